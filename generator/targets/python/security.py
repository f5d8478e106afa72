"""The API's security schemes as data: what `_operations.py` declares and the README explains."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ... import ir
from .literals import PyCall

# The kinds of scheme the runtime applies (or, for mutualTLS, leaves to the HTTP client).
KINDS = ("http", "apiKey", "oauth2", "openIdConnect", "mutualTLS")


@dataclass(frozen=True)
class PyScheme:
    name: str
    options: tuple[tuple[str, Any], ...]  # SecurityScheme's keyword arguments, in order

    @property
    def call(self) -> PyCall:
        return PyCall("SecurityScheme", (self.name,), self.options)


def schemes(api: ir.Api) -> list[PyScheme]:
    """One entry per scheme of a kind the runtime knows, in the spec's order."""
    result = []
    for scheme in api.security_schemes:
        if scheme.kind not in KINDS:
            continue
        options: list[tuple[str, Any]] = [("kind", scheme.kind)]
        if scheme.kind == "http" and scheme.scheme:
            options.append(("scheme", scheme.scheme))
        if scheme.kind == "apiKey":
            if scheme.location in ("header", "query", "cookie"):
                options.append(("location", scheme.location))
            options.append(("parameter_name", str(scheme.parameter_name)))
        if scheme.kind == "oauth2" and scheme.token_url:
            options.append(("token_url", scheme.token_url))
        result.append(PyScheme(scheme.name, tuple(options)))
    return result


def operation_security(api: ir.Api, known: list[PyScheme], op: ir.Operation) -> list[str] | None:
    """The names of the schemes `op` accepts; None when the API declares none at all."""
    if not api.security_schemes:
        return None
    names = {s.name for s in known}
    return [name for name in op.security if name in names]

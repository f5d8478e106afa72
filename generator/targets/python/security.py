"""The API's security schemes as data: what `_operations.py` declares and the README explains."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ... import ir
from ...naming import NameAllocator, safe_identifier, screaming, split_words
from .literals import PyCall, PyName

# The kinds of scheme the runtime applies (or, for mutualTLS, leaves to the HTTP client).
KINDS = ("http", "apiKey", "oauth2", "openIdConnect", "mutualTLS")


@dataclass(frozen=True)
class PySignature:
    """A request signature scheme: the module constant `const` = `call` (a runtime Signature)."""

    const: str
    call: PyCall


@dataclass(frozen=True)
class PyScheme:
    name: str
    options: tuple[tuple[str, Any], ...]  # SecurityScheme's keyword arguments, in order
    signature: PySignature | None = None

    @property
    def call(self) -> PyCall:
        return PyCall("SecurityScheme", (self.name,), self.options)


def _signature(signature: ir.Signature, const: str) -> PySignature:
    """The runtime's Signature(...) for the scheme, every field spelt out (defaults included)."""
    options: tuple[tuple[str, Any], ...] = (
        ("key_id_header", signature.key_id_header),
        ("timestamp_header", signature.timestamp_header),
        ("nonce_header", signature.nonce_header),
        ("signature_header", signature.signature_header),
        ("algorithm", signature.algorithm),
        ("canonical", tuple(signature.canonical)),
        ("separator", signature.separator),
        ("encoding", signature.encoding),
        ("nonce_bytes", signature.nonce_bytes),
    )
    return PySignature(const, PyCall("Signature", (), options))


def schemes(api: ir.Api) -> list[PyScheme]:
    """One entry per scheme of a kind the runtime knows, in the spec's order."""
    result = []
    consts = NameAllocator()
    for scheme in api.security_schemes:
        if scheme.kind not in KINDS:
            continue
        signature = None
        if scheme.signature is not None:
            const = safe_identifier(screaming(split_words(scheme.name)), "SCHEME")
            if not const.endswith("SIGNATURE"):
                const += "_SIGNATURE"
            signature = _signature(scheme.signature, consts.allocate(const, "_"))
        options: list[tuple[str, Any]] = [("kind", scheme.kind)]
        if scheme.kind == "http" and scheme.scheme:
            options.append(("scheme", scheme.scheme))
        if scheme.kind == "apiKey":
            if scheme.location in ("header", "query", "cookie"):
                options.append(("location", scheme.location))
            options.append(("parameter_name", str(scheme.parameter_name)))
        if scheme.kind == "oauth2" and scheme.token_url:
            options.append(("token_url", scheme.token_url))
        if signature is not None:
            options.append(("signature", PyName(signature.const)))
        result.append(PyScheme(scheme.name, tuple(options), signature))
    return result


def operation_security(api: ir.Api, known: list[PyScheme], op: ir.Operation) -> list[str] | None:
    """The names of the schemes `op` accepts; None when the API declares none at all."""
    if not api.security_schemes:
        return None
    names = {s.name for s in known}
    return [name for name in op.security if name in names]

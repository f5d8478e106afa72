"""Security: the API's schemes as SecurityScheme descriptors, which ones each operation accepts,
and the README's table of how each is sent."""

from __future__ import annotations

from typing import Any

from ... import ir
from .literals import Call, md_cell, md_code

_SCHEME_FIELDS = ("scheme", "location", "parameter_name", "token_url")


def operation_security(api: ir.Api, op: ir.Operation) -> Any:
    """The operation's `security:`: nil when the API declares no scheme, else the ones it accepts."""
    if not api.security_schemes:
        return None
    declared = {scheme.name for scheme in api.security_schemes}
    names = tuple(name for name in op.security if name in declared)
    return Call("SECURITY_SCHEMES.values_at", args=names) if names else []


def security_schemes(api: ir.Api) -> list[tuple[str, Call]]:
    """(name, SecurityScheme.new(...)) for every scheme the API declares."""
    result = []
    for scheme in api.security_schemes:
        kwargs: list[tuple[str, Any]] = [("name", scheme.name), ("kind", scheme.kind)]
        kwargs += [(key, getattr(scheme, key)) for key in _SCHEME_FIELDS if getattr(scheme, key)]
        result.append((scheme.name, Call("SecurityScheme.new", kwargs=tuple(kwargs))))
    return result


def security_readme(api: ir.Api) -> list[tuple[str, str, str]]:
    """(name, what is sent, the client options that send it) for the README, as Markdown cells."""
    return [(scheme.name, *_how(scheme)) for scheme in api.security_schemes]


def _how(scheme: ir.SecurityScheme) -> tuple[str, str]:
    if scheme.kind == "http" and scheme.scheme == "basic":
        return "`Authorization: Basic ...`", "`username:`, `password:`"
    if scheme.kind == "http" and scheme.scheme == "bearer":
        return "`Authorization: Bearer ...`", "`token:`"
    if scheme.kind == "apiKey":
        return md_cell(scheme.location) + " " + md_code(scheme.parameter_name), "`api_key:`"
    if scheme.kind == "oauth2":
        how = "OAuth2 bearer token" + (" from " + md_code(scheme.token_url) if scheme.token_url else "")
        return how, "`client_id:`, `client_secret:` (or `token:`)"
    if scheme.kind == "openIdConnect":
        return "OpenID Connect bearer token", "`token:`"
    return md_cell(f"{scheme.kind} {scheme.scheme}".strip()), "none (configure the transport)"

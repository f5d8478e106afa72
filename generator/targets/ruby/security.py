"""Security: the API's schemes as SecurityScheme descriptors, which ones each operation accepts,
and the README's table of how each is sent."""

from __future__ import annotations

from typing import Any

from ... import ir
from .literals import Call, KeyPath, md_cell, md_code

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
        if scheme.signature is not None:
            kwargs.append(("signature", _signature(scheme.signature)))
        result.append((scheme.name, Call("SecurityScheme.new", kwargs=tuple(kwargs))))
    return result


def _signature(signature: ir.Signature) -> Call:
    """RequestSignature.new(...): how the runtime's RequestSigner signs for this scheme."""
    return Call("RequestSignature.new", kwargs=(
        ("algorithm", signature.algorithm), ("key_id_header", signature.key_id_header),
        ("timestamp_header", signature.timestamp_header), ("nonce_header", signature.nonce_header),
        ("signature_header", signature.signature_header), ("canonical", KeyPath(signature.canonical)),
        ("separator", signature.separator), ("encoding", signature.encoding), ("nonce_bytes", signature.nonce_bytes),
    ))


def signed_schemes(api: ir.Api) -> list[ir.SecurityScheme]:
    """The schemes a client signs itself (x-sdkgen-signature)."""
    return [scheme for scheme in api.security_schemes if scheme.signature is not None]


def security_readme(api: ir.Api) -> list[tuple[str, str, str]]:
    """(name, what is sent, the client options that send it) for the README, as Markdown cells."""
    return [(scheme.name, *_how(scheme)) for scheme in api.security_schemes]


def _how(scheme: ir.SecurityScheme) -> tuple[str, str]:
    if scheme.kind == "http" and scheme.scheme == "basic":
        return "`Authorization: Basic ...`", "`username:`, `password:`"
    if scheme.kind == "http" and scheme.scheme == "bearer":
        return "`Authorization: Bearer ...`", "`token:`"
    if scheme.signature is not None:
        sig = scheme.signature
        headers = ", ".join(md_code(h) for h in (sig.key_id_header, sig.timestamp_header, sig.nonce_header,
                                                   sig.signature_header))
        return "a request signature (" + md_cell(sig.algorithm) + "): " + headers, \
            "`signing_key_id:`, `signing_secret:`"
    if scheme.kind == "apiKey":
        return md_cell(scheme.location) + " " + md_code(scheme.parameter_name), "`api_key:`"
    if scheme.kind == "oauth2":
        how = "OAuth2 bearer token" + (" from " + md_code(scheme.token_url) if scheme.token_url else "")
        return how, "`client_id:`, `client_secret:` (or `token:`)"
    if scheme.kind == "openIdConnect":
        return "OpenID Connect bearer token", "`token:`"
    return md_cell(f"{scheme.kind} {scheme.scheme}".strip()), "none (configure the transport)"

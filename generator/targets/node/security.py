"""Security schemes: as the runtime's `SecurityScheme` data, and as the README's table rows."""

from __future__ import annotations

from typing import Any

from ... import ir

_SCHEME_KINDS = ("http", "apiKey", "oauth2", "openIdConnect", "mutualTLS")


def scheme_data(scheme: ir.SecurityScheme) -> dict[str, Any] | None:
    """One `SecurityScheme` object as data; None for a scheme no client could apply (an unknown
    type, or an API key without a name or place)."""
    if scheme.signature is not None:
        return {"kind": "signature", "signature": signature_data(scheme.signature)}
    if scheme.kind not in _SCHEME_KINDS:
        return None
    data: dict[str, Any] = {"kind": scheme.kind}
    if scheme.kind == "http":
        data["scheme"] = scheme.scheme
    elif scheme.kind == "apiKey":
        if scheme.location not in ("header", "query", "cookie") or not scheme.parameter_name:
            return None
        data["location"] = scheme.location
        data["name"] = scheme.parameter_name
    elif scheme.kind == "oauth2" and scheme.token_url:
        data["tokenUrl"] = scheme.token_url
    return data


def signature_data(signature: ir.Signature) -> dict[str, Any]:
    """The runtime's `RequestSignature` of a scheme the client signs with (every field spelt out)."""
    return {
        "algorithm": signature.algorithm,
        "keyIdHeader": signature.key_id_header,
        "timestampHeader": signature.timestamp_header,
        "nonceHeader": signature.nonce_header,
        "signatureHeader": signature.signature_header,
        "canonical": list(signature.canonical),
        "separator": signature.separator,
        "encoding": signature.encoding,
        "nonceBytes": signature.nonce_bytes,
    }


def signatures(api: ir.Api) -> list[tuple[str, dict[str, Any]]]:
    """(scheme name, its `RequestSignature`) of every scheme the client signs with, in spec order."""
    return [(s.name, signature_data(s.signature)) for s in api.security_schemes if s.signature is not None]


def operation_security(api: ir.Api, op: ir.Operation) -> list[dict[str, Any]] | None:
    """The schemes `op` accepts, distinct and in order; None when the spec declares no schemes
    (the runtime then sends a given token with every request)."""
    if not api.security_schemes:
        return None
    schemes = {s.name: s for s in api.security_schemes}
    accepted: list[dict[str, Any]] = []
    for name in op.security:
        scheme = schemes.get(name)
        data = None if scheme is None else scheme_data(scheme)
        if data is not None and data not in accepted:
            accepted.append(data)
    return accepted


def scheme_row(scheme: ir.SecurityScheme) -> tuple[str, str, str]:
    """(name, how it is sent, the client options it reads) of one scheme, for the README."""
    if scheme.signature is not None:
        sig = scheme.signature
        headers = ", ".join(f"`{h}`" for h in (sig.key_id_header, sig.timestamp_header, sig.nonce_header,
                                               sig.signature_header))
        return scheme.name, f"a request signature ({sig.algorithm}: {headers}), made by the client per attempt", \
            "`signingKeyId`, `signingSecret`"
    if scheme.kind == "http" and scheme.scheme == "basic":
        return scheme.name, "Authorization: Basic", "`username`, `password`"
    if scheme.kind == "http" and scheme.scheme == "bearer":
        return scheme.name, "Authorization: Bearer", "`token`"
    if scheme.kind == "apiKey" and scheme_data(scheme) is not None:
        place = "query parameter" if scheme.location == "query" else scheme.location
        return scheme.name, f"the `{scheme.parameter_name}` {place}", "`apiKey`"
    if scheme.kind == "oauth2":
        where = f" from {scheme.token_url}" if scheme.token_url else ""
        return (scheme.name, f"Authorization: Bearer, a client-credentials token{where}",
                "`clientId`, `clientSecret`, `scopes`, `tokenUrl` (or `token`)")
    if scheme.kind == "openIdConnect":
        return scheme.name, "Authorization: Bearer", "`token`"
    if scheme.kind == "mutualTLS":
        return scheme.name, "a TLS client certificate", "`fetchOptions` (an undici dispatcher)"
    return scheme.name, f"not supported ({scheme.kind} {scheme.scheme})".strip(), "-"

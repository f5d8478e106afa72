"""Security schemes as data: which runtime `SecurityScheme` factory each scheme is and its arguments."""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir
from ...naming import screaming, split_words

_API_KEY_LOCATIONS = {"header": "HEADER", "query": "QUERY", "cookie": "COOKIE"}


@dataclass(frozen=True)
class SchemeSpec:
    """`SecurityScheme.<factory>([Operation.Location.<location>, ]<args>...)` in the operations table."""

    factory: str  # http, apiKey, oauth2, openIdConnect, mutualTls, signed
    location: str | None  # an API key's place: HEADER, QUERY, COOKIE
    args: tuple[str, ...]  # string arguments
    signature: str | None = None  # signed: the Operations constant holding its `Signature`


def signature_constant(scheme: ir.SecurityScheme) -> str:
    """The Operations constant of a signed scheme's `Signature`: `agentSignature` -> AGENT_SIGNATURE."""
    return screaming(split_words(scheme.name)) or "SIGNATURE"


def scheme_spec(scheme: ir.SecurityScheme, constants: dict[str, str] | None = None) -> SchemeSpec | None:
    """The runtime scheme of `scheme`; None for one no client could apply (an unknown type, or an
    API key without a name or place). A scheme with a signature is signed (its `Signature` is the
    Operations constant `constants` names for it), whatever its kind."""
    if scheme.signature is not None:
        return SchemeSpec("signed", None, (), (constants or {}).get(scheme.name) or signature_constant(scheme))
    if scheme.kind == "http":
        return SchemeSpec("http", None, (scheme.scheme,))
    if scheme.kind == "apiKey":
        location = _API_KEY_LOCATIONS.get(scheme.location)
        if location is None or not scheme.parameter_name:
            return None
        return SchemeSpec("apiKey", location, (scheme.parameter_name,))
    if scheme.kind == "oauth2":
        return SchemeSpec("oauth2", None, (scheme.token_url,) if scheme.token_url else ())
    if scheme.kind == "openIdConnect":
        return SchemeSpec("openIdConnect", None, ())
    if scheme.kind == "mutualTLS":
        return SchemeSpec("mutualTls", None, ())
    return None


def operation_security(api: ir.Api, op: ir.Operation, constants: dict[str, str] | None = None
                       ) -> list[SchemeSpec] | None:
    """The schemes `op` accepts, each once (none: it takes no credentials); None when the API
    declares no schemes (a client's token then goes everywhere)."""
    if not api.security_schemes:
        return None
    schemes = {s.name: s for s in api.security_schemes}
    specs: list[SchemeSpec] = []
    for name in op.security:
        scheme = schemes.get(name)
        spec = None if scheme is None else scheme_spec(scheme, constants)
        if spec is not None and spec not in specs:
            specs.append(spec)
    return specs

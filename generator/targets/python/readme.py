"""What the generated README says that depends on the API: how each security scheme is configured."""

from __future__ import annotations

from ... import ir
from .literals import md_code


def auth_lines(api: ir.Api) -> list[str]:
    """README bullets: which client option each of the API's schemes takes."""
    if not api.security_schemes:
        return ["`token=...`: sent as `Authorization: Bearer ...` with every request."]
    return [line for scheme in api.security_schemes for line in [_auth_line(scheme)] if line]


def _auth_line(scheme: ir.SecurityScheme) -> str | None:
    name = md_code(scheme.name)
    if scheme.kind == "http":
        if scheme.scheme == "basic":
            return f"{name}: `username=..., password=...`, sent as HTTP basic."
        if scheme.scheme == "bearer":
            return f"{name}: `token=...`, sent as `Authorization: Bearer ...`."
        return (f"{name}: not applied by the SDK (HTTP {md_code(scheme.scheme or '?')}); "
                "pass the header in `headers=...` or compute it in a `signer`.")
    if scheme.kind == "apiKey":
        where = {"query": "query parameter", "cookie": "cookie"}.get(scheme.location, "header")
        return f"{name}: `api_key=...`, sent as the {where} {md_code(scheme.parameter_name)}."
    if scheme.kind == "oauth2" and scheme.token_url:
        return (
            f"{name}: `client_id=..., client_secret=...` (and `scopes=[...]`): OAuth2 client credentials "
            f"from {md_code(scheme.token_url)} (or `token_url=...`), fetched when needed, cached until it "
            "expires and fetched again on a 401; or `token=...`, an access token obtained elsewhere."
        )
    if scheme.kind in ("oauth2", "openIdConnect"):
        return f"{name}: `token=...`, an access token obtained elsewhere, sent as a bearer token."
    if scheme.kind == "mutualTLS":
        return f"{name}: a client certificate, configured on your own `http_client=httpx.Client(...)`."
    return None

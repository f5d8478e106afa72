"""The security schemes operations accept, as data the `scheme` macro prints as a
core.SecurityScheme literal."""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir
from .symbols import GoSymbols

# The runtime's constants for scheme kinds and parameter locations; other values print as strings.
SCHEME_CONST = {"http": "core.SchemeHTTP", "apiKey": "core.SchemeAPIKey", "oauth2": "core.SchemeOAuth2",
                "openIdConnect": "core.SchemeOpenIDConnect", "mutualTLS": "core.SchemeMutualTLS"}
IN_CONST = {"path": "core.InPath", "query": "core.InQuery", "header": "core.InHeader", "cookie": "core.InCookie"}


@dataclass
class GoSecurity:
    """One security scheme some operation accepts: a package-level core.SecurityScheme."""

    var: str
    name: str  # as the API description names it
    kind: str
    kind_const: str  # the runtime's constant for the kind, "" when it has none
    scheme: str
    location: str
    location_const: str  # the runtime's constant for the location, "" when it has none
    parameter: str
    token_url: str


def security_schemes(api: ir.Api, symbols: GoSymbols) -> dict[str, GoSecurity]:
    """The declared schemes by name; `var` is "" for a scheme no operation uses."""
    return {
        scheme.name: GoSecurity(symbols.security_vars.get(scheme.name, ""), scheme.name, scheme.kind,
                                SCHEME_CONST.get(scheme.kind, ""), scheme.scheme, scheme.location,
                                IN_CONST.get(scheme.location, ""), scheme.parameter_name, scheme.token_url)
        for scheme in api.security_schemes
    }


def auth_options(api: ir.Api) -> dict[str, bool]:
    """Which credential options the API's schemes take (only those are exported)."""
    kinds = {(s.kind, s.scheme.lower()) for s in api.security_schemes}
    return {
        "basic": ("http", "basic") in kinds,
        "api_key": any(kind == "apiKey" for kind, _ in kinds),
        "client_credentials": any(s.kind == "oauth2" for s in api.security_schemes),
    }

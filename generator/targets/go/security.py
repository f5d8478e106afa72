"""The security schemes operations accept, as data the `scheme` macro prints as a
core.SecurityScheme literal."""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir
from .symbols import GoSymbols
from .text import go_pascal

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
    signature: ir.Signature | None = None  # the request signature the client computes (x-sdkgen-signature)


def security_schemes(api: ir.Api, symbols: GoSymbols) -> dict[str, GoSecurity]:
    """The declared schemes by name; `var` is "" for a scheme no operation uses."""
    return {
        scheme.name: GoSecurity(symbols.security_vars.get(scheme.name, ""), scheme.name, scheme.kind,
                                SCHEME_CONST.get(scheme.kind, ""), scheme.scheme, scheme.location,
                                IN_CONST.get(scheme.location, ""), scheme.parameter_name, scheme.token_url,
                                scheme.signature)
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


@dataclass
class GoHost:
    """A named host: its key, default URL, the option that sets it and the Client method that reads it."""

    key: str
    default_url: str
    option: str
    accessor: str
    env: str


@dataclass
class GoSigner:
    """A scheme with a request signature: the constructor of its hand signer and the scheme's var."""

    constructor: str
    scheme: str  # as the API description names it
    var: str  # the package-level core.SecurityScheme ("" when no operation uses it)
    signature: ir.Signature


def hosts(api: ir.Api, symbols: GoSymbols, env_prefix: str) -> list[GoHost]:
    return [GoHost(h.key, h.default_url, symbols.host_options[h.key], symbols.host_accessors[h.key],
                   f"{env_prefix}_{h.key.upper()}_BASE_URL")
            for h in api.hosts]


@dataclass
class GoTenant:
    """The API's tenant header (`x-sdkgen-tenant`): the header, the option that sets it and its
    environment variable."""

    header: str
    option: str  # the generated option, e.g. WithTenantID
    env: str  # the full variable name, e.g. PLATFORM_TENANT_ID


def tenant(api: ir.Api, env_prefix: str) -> GoTenant | None:
    if api.tenant is None:
        return None
    return GoTenant(api.tenant.header, "With" + go_pascal(api.tenant.option), f"{env_prefix}_{api.tenant.env}")


def signers(api: ir.Api, symbols: GoSymbols, security: dict[str, GoSecurity]) -> list[GoSigner]:
    return [GoSigner(symbols.signer_constructors[s.name], s.name, security[s.name].var, s.signature)
            for s in api.security_schemes if s.signature is not None]

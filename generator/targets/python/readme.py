"""What the generated README says that depends on the API: how each security scheme is configured."""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir
from .literals import md_code
from .surface import PyModule, PySurfaceMethod
from .symbols import PythonSymbols


def auth_lines(api: ir.Api) -> list[str]:
    """README bullets: which client option each of the API's schemes takes."""
    if not api.security_schemes:
        return ["`token=...`: sent as `Authorization: Bearer ...` with every request."]
    return [line for scheme in api.security_schemes for line in [_auth_line(scheme)] if line]


def _auth_line(scheme: ir.SecurityScheme) -> str | None:
    name = md_code(scheme.name)
    if scheme.signature is not None:
        sig = scheme.signature
        headers = ", ".join(md_code(h) for h in (sig.key_id_header, sig.timestamp_header, sig.nonce_header,
                                                 sig.signature_header))
        return (f"{name}: `signing_key_id=..., signing_secret=...`: the SDK signs every attempt itself "
                f"({sig.algorithm}, {sig.encoding}; sent as {headers}).")
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


@dataclass(frozen=True)
class PyExample:
    """One call of the resource surface for the README: `client.<path>(<arguments>)`."""

    path: str  # accessors and method, dotted: "deployments.list"
    arguments: tuple[str, ...]  # the path parameters' names, then `name=...` per required keyword
    mode: str  # "call", "iterate" or "stream"


def surface_paths(symbols: PythonSymbols) -> dict[str, str]:
    """operationId -> the dotted path of its resource-surface method from the client."""
    result = {}
    for operation_id, names in symbols.surface.items():
        accessors = [symbols.namespaces[names.namespace[:depth]].attr for depth in range(1, len(names.namespace) + 1)]
        result[operation_id] = ".".join([*accessors, names.method])
    return result


def examples(modules: list[PyModule], symbols: PythonSymbols, most: int = 3) -> list[PyExample]:
    """A few calls that show the surface: a list method, a call with a body, a plain read."""
    paths = surface_paths(symbols)
    by_id = {m.operation_id: m for module in modules for ns in module.namespaces for m in ns.methods
             if m.mode not in ("wait", "tail")}  # a helper shares its method's operation
    methods = [by_id[operation_id] for operation_id in symbols.surface]  # the spec's order
    wanted = [
        next((m for m in methods if m.mode == "iterate"), None),
        next((m for m in methods if m.fields or m.body), None),
        next((m for m in methods if m.mode == "call" and m.positional and not m.fields and not m.body), None),
    ]
    chosen: list[PySurfaceMethod] = []
    for method in wanted:
        if method is not None and all(method is not other for other in chosen):
            chosen.append(method)
    return [_example(paths[m.operation_id], m) for m in (chosen or methods[:1])[:most]]


def _example(path: str, method: PySurfaceMethod) -> PyExample:
    # The required keywords, else one: a body field when there is one (it says most about the call).
    fields = [arg for _, arg in method.fields or []]
    keywords = [a.name for a in method.keywords if not a.optional]
    keywords = keywords or fields[:1] or [a.name for a in method.keywords[:1]]
    return PyExample(path, tuple(a.name for a in method.positional) + tuple(k + "=..." for k in keywords), method.mode)

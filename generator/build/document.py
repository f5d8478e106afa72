"""The document as a whole: its version, info and servers, then every part in a fixed order
(security schemes, component schemas, so their names win any collision, then the paths)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..diagnostics import SpecError
from ..extensions import apply_document_extensions
from ..naming import split_words
from . import bodies, operations, refs, security
from .hosts import build_servers

if TYPE_CHECKING:
    from .builder import Builder


def build_api(b: Builder) -> ir.Api:
    data = _checked_root(b)
    info: dict[str, Any] = data["info"] if isinstance(data.get("info"), dict) else {}
    api = ir.Api(
        title=str(info.get("title") or "API"),
        version=str(info.get("version") or "0.0.0"),
        description=str(info.get("description") or ""),
    )
    api.servers = b.document_servers = build_servers(data.get("servers"))
    api.security_schemes = security.build_security_schemes(b)
    refs.build_component_schemas(b)
    api.resources = operations.build_resources(b, data)
    for key in ("webhooks",):
        if data.get(key):
            b.diags.warning(
                "webhooks-skipped",
                f"{len(data[key])} webhook(s) describe requests the API sends, not calls a client "
                "makes: no SDK method is generated for them",
                b.loc(b.root, "/" + key),
            )
    api.models = b.models
    api.hosts = b.hosts
    apply_document_extensions(
        api, data, b.diags, b.root,
        lambda name, raw, pointer: _payload_type(b, name, raw, pointer),
    )
    return api


def _payload_type(b: Builder, name: str, raw: Any, pointer: str) -> ir.Type | None:
    """The JSON request body type of a `webhooks` entry (read only for x-sdkgen-webhook-signature)."""
    body = bodies.request_body(b, raw, b.root, pointer, [*split_words(name), "payload"])
    return body.type if body is not None and "json" in body.content_type else None


def _checked_root(b: Builder) -> dict[str, Any]:
    """The root mapping of an OpenAPI 3.0/3.1 document; anything else is refused here."""
    data = b.root.data
    if not isinstance(data, dict):
        b.diags.error(
            "not-openapi", "the document is not a mapping", b.loc(b.root, ""),
            "an OpenAPI document starts with `openapi: 3.1.0`",
        )
        raise SpecError(b.diags)
    version = data.get("openapi")
    if "swagger" in data:  # 2.0 was converted on loading; anything older is refused
        b.diags.error(
            "swagger-version", f"Swagger {data.get('swagger')} documents are not supported",
            b.loc(b.root, "/swagger"), "supported: Swagger 2.0, OpenAPI 3.0 and 3.1",
        )
        raise SpecError(b.diags)
    if not isinstance(version, str) or not version.startswith(("3.0", "3.1")):
        b.diags.error(
            "openapi-version", f"unsupported or missing `openapi` version: {version!r}",
            b.loc(b.root, "/openapi" if "openapi" in data else ""),
            "supported: 3.0.x and 3.1.x",
        )
        raise SpecError(b.diags)
    return data

"""Request bodies: the preferred media type's schema, and every media type offered."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..loader import Document, join_pointer
from ..media import pick_media
from .helpers import description

if TYPE_CHECKING:
    from .builder import Builder


def request_body(b: Builder, raw: Any, doc: Document, pointer: str, hint: list[str]) -> ir.Body | None:
    value, body_doc, pointer = b.deref(raw, doc, pointer)
    if not isinstance(value, dict):
        return None
    content = value.get("content") or {}
    if not isinstance(content, dict):
        return None
    media = pick_media(content)
    if media is None:
        return None
    media_obj = content[media] if isinstance(content[media], dict) else {}
    schema = media_obj.get("schema", {})
    schema_pointer = join_pointer(pointer, "content", media, "schema")
    btype = b.schema_type(schema, body_doc, schema_pointer, hint + ["Request"])
    return ir.Body(
        content_type=media,
        type=btype,
        required=value.get("required") is True,
        description=description(value),
        content_types=tuple(str(k) for k in content),
    )

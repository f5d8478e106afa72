"""Responses: one per status code (and `default`), each with its preferred media type's schema,
named after the operation (`...Response`, `...Response201` when several succeed, `...Error404`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..loader import Document, join_pointer
from ..media import pick_media

if TYPE_CHECKING:
    from .builder import Builder


def responses(b: Builder, raw: Any, doc: Document, pointer: str, hint: list[str]) -> list[ir.Response]:
    if not isinstance(raw, dict) or not raw:
        b.diags.warning("responses-missing", "the operation declares no responses", b.loc(doc, pointer))
        return []
    result = []
    several = len([k for k in raw if str(k)[:1] in ("2", "3")]) > 1
    for status, value in raw.items():
        status = str(status).upper() if str(status).lower() != "default" else "default"
        response = _response(b, status, value, doc, join_pointer(pointer, status), hint, several)
        if response is not None:
            result.append(response)
    return result


def _response(
    b: Builder, status: str, value: Any, doc: Document, pointer: str, hint: list[str], several: bool
) -> ir.Response | None:
    value, resp_doc, pointer = b.deref(value, doc, pointer)
    if not isinstance(value, dict):
        return None
    content = value.get("content") or {}
    media = pick_media(content) if isinstance(content, dict) else None
    rtype = None
    if media is not None:
        media_obj = content[media] if isinstance(content[media], dict) else {}
        words = hint + ["Response"] + ([status] if several else [])
        if status[:1] not in ("2", "3"):
            words = hint + ["Error", status]
        schema_pointer = join_pointer(pointer, "content", media, "schema")
        rtype = b.schema_type(media_obj.get("schema", {}), resp_doc, schema_pointer, words)
    headers = tuple(str(h) for h in (value.get("headers") or {}))
    return ir.Response(status, str(value.get("description") or ""), media, rtype, headers)

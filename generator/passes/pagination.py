"""Pagination inferred from a listing's shape, for operations that declare none.

A GET whose success response is an object with one list field (or one named items, data,
results or lines) pages by cursor (a cursor query parameter and a next-cursor field), by offset
(offset and limit parameters) or by page (page and a page-size parameter). Anything else is not
paginated: a wrong guess would make the SDK's iterator skip or repeat items.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import ir
from .types import resolve_alias

_ITEM_FIELDS = ("items", "data", "results", "lines")
_TOTAL_FIELDS = ("total", "total_count", "totalCount", "count")
_CURSOR_PARAMS = ("cursor", "page_token", "pageToken", "after")
_NEXT_CURSOR_FIELDS = ("next_cursor", "nextCursor", "next_page_token", "nextPageToken")
_HAS_MORE_FIELDS = ("has_more", "hasMore")
_LIMIT_PARAMS = ("limit", "page_size", "pageSize")
_PER_PAGE_PARAMS = ("per_page", "perPage", "page_size", "pageSize", "size")


def infer_all(api: ir.Api) -> None:
    """Give every operation without a declared pagination the one its shape shows, if any."""
    for op in api.operations:
        if op.pagination is None:
            op.pagination = infer_pagination(op, api.models)


def infer_pagination(op: ir.Operation, models: Mapping[str, ir.Model]) -> ir.Pagination | None:
    if op.method != "GET":
        return None
    model = success_object(op, models)
    if model is None:
        return None
    items = _items_field(model)
    if items is None:
        return None
    assert isinstance(items.type, ir.ArrayType)
    query = {p.name: p for p in op.params_in("query")}
    fields = {f.wire_name: f for f in model.fields}
    total = _first(fields, _TOTAL_FIELDS)
    cursor_param = _first(query, _CURSOR_PARAMS)
    next_cursor = _first(fields, _NEXT_CURSOR_FIELDS)
    if cursor_param and next_cursor:
        return ir.Pagination("cursor", items.wire_name, items.type.item, total,
                             limit_param=_first(query, _LIMIT_PARAMS), cursor_param=cursor_param,
                             next_cursor=next_cursor, has_more=_first(fields, _HAS_MORE_FIELDS))
    if "offset" in query and "limit" in query:
        return ir.Pagination("offset", items.wire_name, items.type.item, total,
                             limit_param="limit", offset_param="offset")
    per_page = _first(query, _PER_PAGE_PARAMS) if "page" in query else None
    if per_page:
        return ir.Pagination("page", items.wire_name, items.type.item, total,
                             page_param="page", per_page_param=per_page)
    return None


def success_object(op: ir.Operation, models: Mapping[str, ir.Model]) -> ir.ObjectModel | None:
    """The object model the first success response with a type decodes to, through aliases."""
    for response in op.success_responses:
        if response.type is None:
            continue
        t = resolve_alias(models, response.type)
        if isinstance(t, ir.NamedType):  # the first named result decides
            decl = models.get(t.name)
            return decl if isinstance(decl, ir.ObjectModel) else None
    return None


def _items_field(model: ir.ObjectModel) -> ir.Field | None:
    """The one list field, or the one list field with a conventional name."""
    arrays = [f for f in model.fields if isinstance(f.type, ir.ArrayType)]
    if len(arrays) == 1:
        return arrays[0]
    preferred = [f for f in arrays if f.wire_name in _ITEM_FIELDS]
    return preferred[0] if len(preferred) == 1 else None


def _first(names: Mapping[str, Any], candidates: tuple[str, ...]) -> str | None:
    return next((n for n in candidates if n in names), None)

"""Pagination: inferred from a listing's shape where it is unambiguous, else declared.

A GET whose success response is an object with one list field (or one named items, data,
results or lines) pages, if its parameters and fields say exactly how:

- cursor: a cursor query parameter and a next-cursor field (top level, or `continue` inside a
  `metadata` object beside a `continue` query parameter, as Kubernetes lists do);
- starting_after: a `starting_after` parameter and a `has_more` flag (Stripe), the cursor being
  the last item's `id`;
- offset: offset and limit parameters;
- page: page and a page-size parameter (stop on an empty or short page when there is no total);
  offset and page also when the response is the list itself (museum: `?page=&limit=` -> `[...]`);
- next_url: a next-page URL field (`next`, `next_page_url`, `next_page_uri`, `next_url`, or
  `next` inside `links`/`_links`/`meta` objects) and no cursor parameter (Twilio).

Anything else is not paginated: a wrong guess would make an SDK's iterator skip or repeat items.
A Link header (GitHub) cannot be seen in the shape; `x-sdkgen-pagination` declares it, and
anything else the shape leaves open. A declared descriptor gets its item type here.
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
_PER_PAGE_PARAMS = ("per_page", "perPage", "page_size", "pageSize", "size", "limit", "PageSize")
_NEW_PAGE_SIZES = ("limit", "PageSize")  # read as a page size only without a cursor parameter
_NEXT_URL_FIELDS = ("next_page_url", "next_page_uri", "nextPageUrl", "next_url", "nextUrl", "next")
_LINK_OBJECTS = ("links", "_links", "meta", "metadata")


def infer_all(api: ir.Api) -> None:
    """Give every operation without a declared pagination the one its shape shows, if any;
    give a declared one the item type its items path leads to."""
    for op in api.operations:
        if op.pagination is None:
            op.pagination = infer_pagination(op, api.models)
        elif op.pagination.declared and isinstance(op.pagination.item_type, ir.AnyType):
            op.pagination.item_type = _item_type_at(op, api.models, op.pagination.items_path)


def paging_in(op: ir.Operation, styles: tuple[str, ...]) -> ir.Pagination | None:
    """The pagination a target whose runtime's generic pager knows `styles` can page with."""
    p = op.pagination
    return p if p is not None and p.style in styles else None


def infer_pagination(op: ir.Operation, models: Mapping[str, ir.Model]) -> ir.Pagination | None:
    if op.method != "GET":
        return None
    query = {p.name: p for p in op.params_in("query")}
    listed = success_array(op, models)
    if listed is not None:  # the page is the list itself (museum): counting styles only
        return _offset(query, {}, models, (), listed.item, (), ()) or _page(query, {}, models, (), listed.item, (), ())
    model = success_object(op, models)
    if model is None:
        return None
    items = _items_field(model)
    if items is None:
        return None
    assert isinstance(items.type, ir.ArrayType)
    fields = {f.wire_name: f for f in model.fields}
    path, item = (items.wire_name,), items.type.item
    total = _path(_first(fields, _TOTAL_FIELDS))
    has_more = _path(_first(fields, _HAS_MORE_FIELDS))
    for kind in (_cursor, _starting_after, _offset, _page, _next_url):
        found = kind(query, fields, models, path, item, total, has_more)
        if found is not None:
            return found
    return None


def _cursor(query: Mapping[str, ir.Parameter], fields: Mapping[str, ir.Field], models: Mapping[str, ir.Model],
            path: tuple[str, ...], item: ir.Type, total: tuple[str, ...],
            has_more: tuple[str, ...]) -> ir.Pagination | None:
    param, next_path = _first(query, _CURSOR_PARAMS), _path(_first(fields, _NEXT_CURSOR_FIELDS))
    if not (param and next_path):
        param, next_path = _nested_continue(query, fields, models)
    if not (param and next_path):
        return None
    stop = ("has_more", "token") if has_more else ("token",)
    return ir.Pagination("cursor", path, item, param, _first(query, _LIMIT_PARAMS), next_path, total, has_more, stop)


def _nested_continue(query: Mapping[str, ir.Parameter], fields: Mapping[str, ir.Field],
                     models: Mapping[str, ir.Model]) -> tuple[str | None, tuple[str, ...]]:
    """Kubernetes: `?continue=` and the page's `metadata.continue`."""
    if "continue" not in query or "metadata" not in fields:
        return None, ()
    meta = _object(models, fields["metadata"].type)
    if meta is not None and any(f.wire_name == "continue" for f in meta.fields):
        return "continue", ("metadata", "continue")
    return None, ()


def _starting_after(query: Mapping[str, ir.Parameter], fields: Mapping[str, ir.Field],
                    models: Mapping[str, ir.Model], path: tuple[str, ...], item: ir.Type,
                    total: tuple[str, ...], has_more: tuple[str, ...]) -> ir.Pagination | None:
    if "starting_after" not in query or not has_more:
        return None
    element = _object(models, item)
    if element is None or not any(f.wire_name == "id" for f in element.fields):
        return None
    return ir.Pagination("starting_after", path, item, "starting_after", _first(query, _LIMIT_PARAMS), ("id",),
                         total, has_more, ("has_more", "empty", "token"))


def _next_url(query: Mapping[str, ir.Parameter], fields: Mapping[str, ir.Field], models: Mapping[str, ir.Model],
              path: tuple[str, ...], item: ir.Type, total: tuple[str, ...],
              has_more: tuple[str, ...]) -> ir.Pagination | None:
    if _first(query, _CURSOR_PARAMS):
        return None  # a cursor parameter without a next-cursor field: which field feeds it is unclear
    next_path = _path(_first({k: f for k, f in fields.items() if _is_string(models, f.type)}, _NEXT_URL_FIELDS))
    if not next_path:
        for name in _LINK_OBJECTS:
            holder = _object(models, fields[name].type) if name in fields else None
            if holder is not None and any(f.wire_name == "next" and _is_string(models, f.type) for f in holder.fields):
                next_path = (name, "next")
                break
    if not next_path:
        return None
    size = _first(query, _PER_PAGE_PARAMS)
    stop = ("has_more", "token") if has_more else ("token",)
    return ir.Pagination("next_url", path, item, None, size, next_path, total, has_more, stop)


def _offset(query: Mapping[str, ir.Parameter], fields: Mapping[str, ir.Field], models: Mapping[str, ir.Model],
            path: tuple[str, ...], item: ir.Type, total: tuple[str, ...],
            has_more: tuple[str, ...]) -> ir.Pagination | None:
    if "offset" not in query or "limit" not in query:
        return None
    # has_more is not read for offset and page (as before the descriptor was neutral)
    return ir.Pagination("offset", path, item, "offset", "limit", (), total, (), _stops(total))


def _page(query: Mapping[str, ir.Parameter], fields: Mapping[str, ir.Field], models: Mapping[str, ir.Model],
          path: tuple[str, ...], item: ir.Type, total: tuple[str, ...],
          has_more: tuple[str, ...]) -> ir.Pagination | None:
    size = _first(query, _PER_PAGE_PARAMS) if "page" in query else None
    if size in _NEW_PAGE_SIZES and _first(query, _CURSOR_PARAMS):
        return None  # page/limit beside a cursor (Slack): which one pages is unclear
    if not size:
        return None
    return ir.Pagination("page", path, item, "page", size, (), total, (), _stops(total))


def _stops(total: tuple[str, ...]) -> tuple[str, ...]:
    return ("empty", "short") + (("total",) if total else ())


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


def success_array(op: ir.Operation, models: Mapping[str, ir.Model]) -> ir.ArrayType | None:
    """The array type the first success response with a type is, through aliases."""
    for response in op.success_responses:
        if response.type is not None:
            t = resolve_alias(models, response.type)
            return t if isinstance(t, ir.ArrayType) else None
    return None


def _item_type_at(op: ir.Operation, models: Mapping[str, ir.Model], path: tuple[str, ...]) -> ir.Type:
    """The element type of the array at `path` in the success object; `any` if it leads nowhere."""
    if not path:
        listed = success_array(op, models)
        return listed.item if listed is not None else ir.AnyType()
    model: ir.ObjectModel | None = success_object(op, models)
    for i, key in enumerate(path):
        found = next((f for f in model.fields if f.wire_name == key), None) if model is not None else None
        if found is None:
            return ir.AnyType()
        if i == len(path) - 1:
            t = resolve_alias(models, found.type)
            return t.item if isinstance(t, ir.ArrayType) else ir.AnyType()
        model = _object(models, found.type)
    return ir.AnyType()


def _object(models: Mapping[str, ir.Model], t: ir.Type) -> ir.ObjectModel | None:
    t = resolve_alias(models, t)
    decl = models.get(t.name) if isinstance(t, ir.NamedType) else None
    return decl if isinstance(decl, ir.ObjectModel) else None


def _is_string(models: Mapping[str, ir.Model], t: ir.Type) -> bool:
    t = resolve_alias(models, t)
    return isinstance(t, ir.Primitive) and t.name == "string"


def _items_field(model: ir.ObjectModel) -> ir.Field | None:
    """The one list field, or the one list field with a conventional name."""
    arrays = [f for f in model.fields if isinstance(f.type, ir.ArrayType)]
    if len(arrays) == 1:
        return arrays[0]
    preferred = [f for f in arrays if f.wire_name in _ITEM_FIELDS]
    return preferred[0] if len(preferred) == 1 else None


def _path(name: str | None) -> tuple[str, ...]:
    return (name,) if name else ()


def _first(names: Mapping[str, Any], candidates: tuple[str, ...]) -> str | None:
    return next((n for n in candidates if n in names), None)

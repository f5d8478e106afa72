"""Internal: from one page to the query of the next, for the three pagination styles."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .operation import Pagination
from .serde import wire_get
from .types import UNSET

__all__ = ["as_int", "is_more", "next_query", "page_items"]


def as_int(value: Any) -> int | None:
    if isinstance(value, bool) or value is None or value is UNSET:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def page_items(page: Any, pagination: Pagination) -> list[Any]:
    items = wire_get(page, pagination.items)
    return list(items) if isinstance(items, (list, tuple)) else []


def is_more(page: Any, pagination: Pagination) -> bool | None:
    """The page's own "more to fetch" flag: True, False, or None when it has none."""
    if pagination.has_more is None:
        return None
    value = wire_get(page, pagination.has_more)
    return value if isinstance(value, bool) else None


def _cursor(value: Any) -> str | None:
    if value is None or value is UNSET or value == "":
        return None
    return str(value)


def next_query(
    pagination: Pagination, query: Mapping[str, Any], page: Any, items: list[Any]
) -> dict[str, Any] | None:
    """The query for the page after ``page`` (fetched with ``query``), or None at the end.

    - offset: stop on an empty page, a page shorter than ``limit``, or once
      ``offset + len(items) >= total``;
    - page: stop on an empty or short page, or once ``page * per_page >= total``;
    - cursor: stop when the next cursor is empty/absent or does not move.

    A page that says ``has_more: false`` is always the last.
    """
    if is_more(page, pagination) is False:
        return None
    total = as_int(wire_get(page, pagination.total)) if pagination.total else None
    if pagination.style == "cursor":
        if pagination.cursor_param is None or pagination.next_cursor is None:
            return None
        cursor = _cursor(wire_get(page, pagination.next_cursor))
        if cursor is None or cursor == _cursor(query.get(pagination.cursor_param)):
            return None
        return {**query, pagination.cursor_param: cursor}
    if not items:
        return None
    if pagination.style == "offset":
        if pagination.offset_param is None:
            return None
        offset = (as_int(query.get(pagination.offset_param)) or 0) + len(items)
        limit = as_int(query.get(pagination.limit_param)) if pagination.limit_param else None
        if (total is not None and offset >= total) or (limit is not None and len(items) < limit):
            return None
        return {**query, pagination.offset_param: offset}
    if pagination.page_param is None:
        return None
    number = as_int(query.get(pagination.page_param)) or 1
    per_page = as_int(query.get(pagination.per_page_param)) if pagination.per_page_param else None
    if per_page is not None and len(items) < per_page:
        return None
    if total is not None and number * (per_page or len(items)) >= total:
        return None
    return {**query, pagination.page_param: number + 1}

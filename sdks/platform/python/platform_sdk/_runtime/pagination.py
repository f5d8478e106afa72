"""Internal: the one pager. From a page to the request for the next, reading ``Pagination``.

Nothing here knows an API: the descriptor says where the items, token, URL, total and
has-more flag are, which query parameter moves, and which rules stop the iteration.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urljoin, urlsplit

from .operation import Pagination
from .serde import wire_get
from .types import UNSET

__all__ = ["NextPage", "PageState", "as_int", "get_path", "is_more", "next_page", "page_items", "same_origin"]


@dataclasses.dataclass(frozen=True)
class NextPage:
    """The request for the next page: the operation with ``query``, or a GET of ``url``."""

    query: dict[str, Any]
    url: str | None = None


@dataclasses.dataclass(frozen=True)
class PageState:
    """One fetched page of a list operation: its decoded body, its items, the request for the
    next page (None: this is the last) and the count of items seen so far, this page's included."""

    body: Any
    items: list[Any]
    next: NextPage | None
    seen: int
    request_id: str | None = None
    response: Any = None  # the httpx.Response it came in


def as_int(value: Any) -> int | None:
    if isinstance(value, bool) or value is None or value is UNSET:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def get_path(value: Any, path: Sequence[str]) -> Any:
    """The value at ``path`` (wire names) in a decoded page or item; UNSET where it stops."""
    for key in path:
        value = wire_get(value, key)
        if value is UNSET:
            return UNSET
    return value


def page_items(page: Any, pagination: Pagination) -> list[Any]:
    items = get_path(page, pagination.items)
    return list(items) if isinstance(items, (list, tuple)) else []


def is_more(page: Any, pagination: Pagination) -> bool | None:
    """The page's own "more to fetch" flag: True, False, or None when it has none."""
    if not pagination.has_more:
        return None
    value = get_path(page, pagination.has_more)
    return value if isinstance(value, bool) else None


def _token(value: Any) -> str | None:
    if value is None or value is UNSET or value == "" or isinstance(value, (dict, list)):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(getattr(value, "value", value))  # an enum by its value


def same_origin(url: str, base: str) -> bool:
    a, b = urlsplit(url), urlsplit(base)
    return (a.scheme, a.netloc) == (b.scheme, b.netloc)


def next_page(
    pagination: Pagination,
    query: Mapping[str, Any],
    page: Any,
    items: list[Any],
    *,
    seen: int,
    url: str,
    link_next: str | None = None,
) -> NextPage | None:
    """The request after ``page`` (fetched with ``query`` from ``url``), or None at the end.

    ``seen`` counts the items of every page so far, this one included; ``link_next`` is the
    response's ``Link`` rel="next" URL, if it had one.
    """
    p, stop = pagination, pagination.stop
    if "has_more" in stop and is_more(page, p) is False:
        return None
    if "empty" in stop and not items:
        return None
    size = as_int(query.get(p.size_param)) if p.size_param else None
    if "short" in stop and size is not None and len(items) < size:
        return None
    if "total" in stop and p.total:
        total = as_int(get_path(page, p.total))
        if total is not None and _position(p, query, items, size, seen) >= total:
            return None
    if p.style in ("offset", "page"):
        if p.param is None:
            return None
        if p.style == "offset":
            return NextPage({**query, p.param: (as_int(query.get(p.param)) or 0) + len(items)})
        return NextPage({**query, p.param: (as_int(query.get(p.param)) or 1) + 1})
    # the token styles: a token, an id or a URL moves the iteration on
    if p.style == "link_header":
        token = _token(link_next)
    elif p.style == "starting_after":
        token = _token(get_path(items[-1], p.next)) if items else None
    else:
        token = _token(get_path(page, p.next))
    if token is None:
        return None  # nothing to move on with: the end, whatever the stop rules say
    if p.style in ("next_url", "link_header"):
        target = urljoin(url, token)
        return None if target == url else NextPage(dict(query), target)
    if p.param is None or token == _token(query.get(p.param)):
        return None  # an unchanged token would fetch the same page forever
    return NextPage({**query, p.param: token})


def _position(p: Pagination, query: Mapping[str, Any], items: list[Any], size: int | None, seen: int) -> int:
    """How many items of the whole list lie up to the end of this page."""
    if p.style == "offset" and p.param:
        return (as_int(query.get(p.param)) or 0) + len(items)
    if p.style == "page" and p.param:
        return (as_int(query.get(p.param)) or 1) * (size or len(items))
    return seen

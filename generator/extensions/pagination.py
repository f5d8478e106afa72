"""`x-sdkgen-pagination`: how a listing operation pages, declared where its shape leaves it open.

    x-sdkgen-pagination:
      style: link_header        # offset, page, cursor, next_url, link_header, starting_after
      items: data               # where the items are: a key, a dotted path, a list of keys; [] = the page
      param: page_token         # the query parameter that receives the offset/page/token/id
      size_param: limit         # the page-size query parameter (read by the `short` rule)
      next: metadata.continue   # cursor: the token; next_url: the URL; starting_after: the item's id key
      total: total_count        # a count of all items (read by the `total` rule)
      has_more: has_more        # a boolean "another page exists" (read by the `has_more` rule)
      stop: [empty, short]      # default: what the style implies (see DEFAULT_STOP)

A path given as a list keeps keys that hold dots. Every problem is reported at the value.
"""

from __future__ import annotations

from typing import Any

from .. import ir
from .base import OperationExtension, Site

KEY = "x-sdkgen-pagination"

_KEYS = ("style", "items", "param", "size_param", "next", "total", "has_more", "stop")
# What each style needs besides `items`.
_NEEDS: dict[str, tuple[str, ...]] = {
    "offset": ("param",),
    "page": ("param",),
    "cursor": ("param", "next"),
    "starting_after": ("param",),
    "next_url": ("next",),
    "link_header": (),
}


def default_stop(style: str, has_more: bool, total: bool) -> tuple[str, ...]:
    """The stop rules a style implies: counting styles stop on an empty or short page (and at the
    total), token styles when the token/URL is missing; a has-more flag is always obeyed."""
    rules: tuple[str, ...] = ("has_more",) if has_more else ()
    if style in ("offset", "page"):
        return rules + ("empty", "short") + (("total",) if total else ())
    if style == "starting_after":
        return rules + ("empty", "token")
    return rules + ("token",)


def apply(value: Any, op: ir.Operation, site: Site) -> None:
    problems: list[str] = []
    found = read(value, problems)
    if found is None or problems:
        site.error(f"{KEY}: " + "; ".join(problems or ["not a mapping"]),
                   "e.g. {style: cursor, items: items, param: continue, next: metadata.continue}; styles: "
                   + ", ".join(ir.PAGINATION_STYLES) + "; stop rules: " + ", ".join(ir.STOP_RULES))
        return
    op.pagination = found


def read(value: Any, problems: list[str]) -> ir.Pagination | None:
    """The descriptor `value` declares, or None with `problems` saying why."""
    if not isinstance(value, dict):
        problems.append("needs a mapping")
        return None
    problems += [f"unknown key `{k}`" for k in value if k not in _KEYS]
    style = value.get("style")
    if style not in ir.PAGINATION_STYLES:
        problems.append(f"`style` must be one of {', '.join(ir.PAGINATION_STYLES)} (got {style!r})")
        return None
    items = _path(value, "items", problems)
    if "items" not in value:
        problems.append("`items` (where the list is in the page; [] when the page is the list) is required")
    problems += [f"style {style} needs `{k}`" for k in _NEEDS[style] if value.get(k) in (None, "", [])]
    param, size = _name(value, "param", problems), _name(value, "size_param", problems)
    next_path = _path(value, "next", problems) or (("id",) if style == "starting_after" else ())
    total, has_more = _path(value, "total", problems), _path(value, "has_more", problems)
    stop = value.get("stop")
    if stop is None:
        rules = default_stop(style, bool(has_more), bool(total))
    elif isinstance(stop, list) and stop and all(r in ir.STOP_RULES for r in stop):
        rules = tuple(stop)
    else:
        problems.append(f"`stop` must be a non-empty list of {', '.join(ir.STOP_RULES)} (got {stop!r})")
        return None
    needed = {"short": size, "total": total, "has_more": has_more}
    problems += [f"stop rule `{r}` needs `{k}`" for r, k in (("short", "size_param"), ("total", "total"),
                                                             ("has_more", "has_more")) if r in rules and not needed[r]]
    return ir.Pagination(style, items, ir.AnyType(), param, size, next_path, total, has_more, rules, declared=True)


def _name(value: dict[str, Any], key: str, problems: list[str]) -> str | None:
    name = value.get(key)
    if name is None:
        return None
    if isinstance(name, str) and name:
        return name
    problems.append(f"`{key}` must be a parameter name (got {name!r})")
    return None


def _path(value: dict[str, Any], key: str, problems: list[str]) -> tuple[str, ...]:
    raw = value.get(key)
    if raw is None or (key == "items" and raw == []):
        return ()
    if isinstance(raw, str) and raw and all(raw.split(".")):
        return tuple(raw.split("."))
    if isinstance(raw, list) and raw and all(isinstance(k, str) and k for k in raw):
        return tuple(raw)
    problems.append(f"`{key}` must be a key, a dotted path or a list of keys (got {raw!r})")
    return ()


EXTENSION = OperationExtension(KEY, "declare how a listing operation pages (style, items, token, stop rules)", apply)

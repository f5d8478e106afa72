"""`x-sdkgen-tail: {name, param, value}`: a helper that follows a log-like listing, calling the
operation with query parameter `param` set to `value` (e.g. direction=forward) page after page."""

from __future__ import annotations

from typing import Any

from .. import ir
from .base import OperationExtension, Site

KEY = "x-sdkgen-tail"


def apply(value: Any, op: ir.Operation, site: Site) -> None:
    if isinstance(value, dict) and all(isinstance(value.get(k), str) for k in ("name", "param", "value")):
        op.tail = ir.Tail(value["name"], value["param"], value["value"])
        return
    site.error(f"{KEY} needs `name`, `param` and `value`", "e.g. {name: logs, param: direction, value: forward}")


EXTENSION = OperationExtension(KEY, "follow a listing forward, as `tail -f` does", apply)

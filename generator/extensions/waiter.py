"""`x-sdkgen-waiter: {name, field, terminal}`: a helper that polls the operation until `field` of
its result holds one of the `terminal` values. `name` defaults to the operation's resource."""

from __future__ import annotations

from typing import Any

from .. import ir
from .base import OperationExtension, Site

KEY = "x-sdkgen-waiter"


def apply(value: Any, op: ir.Operation, site: Site) -> None:
    if isinstance(value, dict) and isinstance(value.get("field"), str) and isinstance(value.get("terminal"), list):
        op.waiter = ir.Waiter(
            str(value.get("name") or op.resource),
            value["field"],
            tuple(str(v) for v in value["terminal"]),
        )
        return
    site.error(f"{KEY} needs `field` and a `terminal` list", "e.g. {field: status, terminal: [live, failed]}")


EXTENSION = OperationExtension(KEY, "poll the operation until a field reaches a terminal value", apply)

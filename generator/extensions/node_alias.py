"""`x-sdkgen-node-alias: deployments.list`: a second, dotted name for an operation in the Node SDK.

Read here as text; which segments Node accepts and which names collide is decided by the Node
target (generator/targets/node.py, `node-alias-invalid` / `node-alias-collision`), which knows
Node's members."""

from __future__ import annotations

from typing import Any

from .. import ir
from .base import OperationExtension, Site

KEY = "x-sdkgen-node-alias"


def apply(value: Any, op: ir.Operation, site: Site) -> None:
    if isinstance(value, str) and value:
        op.node_alias = value
        return
    site.error(f"{KEY} of {op.operation_id} must be a non-empty dotted name", "e.g. `deployments.list`")


EXTENSION = OperationExtension(KEY, "a dotted alias for the operation in the Node SDK's resource model", apply)

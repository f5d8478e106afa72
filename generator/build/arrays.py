"""Arrays: `items` (or the first of a tuple's `items`) is the element type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..loader import Document, join_pointer
from .helpers import schema_kind

if TYPE_CHECKING:
    from .builder import Builder


def array_type(
    b: Builder, schema: dict[str, Any], doc: Document, pointer: str, hint: list[str], nullable: bool, hoist: bool
) -> ir.Type | None:
    """The array a schema stands for (None: not an array)."""
    if schema_kind(schema) != "array":
        return None
    items = schema.get("items", {})
    if isinstance(items, list):  # tuple form (3.0 never allows it; be lenient)
        items = items[0] if items else {}
    item = b.schema_type(items, doc, join_pointer(pointer, "items"), hint + ["Item"])
    return ir.ArrayType(item, nullable=nullable)

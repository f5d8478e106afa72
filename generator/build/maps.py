"""Maps: an object schema without properties of its own is a map of its extra properties."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..loader import Document, join_pointer
from .helpers import has_properties, schema_kind

if TYPE_CHECKING:
    from .builder import Builder


def map_type(
    b: Builder, schema: dict[str, Any], doc: Document, pointer: str, hint: list[str], nullable: bool, hoist: bool
) -> ir.Type | None:
    """The map an object schema without properties stands for (None: not such a schema)."""
    if schema_kind(schema) != "object" or has_properties(schema):
        return None
    extra = schema.get("additionalProperties", True)
    if isinstance(extra, dict) and extra:
        value = b.schema_type(extra, doc, join_pointer(pointer, "additionalProperties"), hint + ["Value"])
        return ir.MapType(value, nullable=nullable)
    return ir.MapType(ir.AnyType(), nullable=nullable)

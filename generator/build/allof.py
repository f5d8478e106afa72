"""allOf: one member (a reference with a description or a nullable flag) is that member; more
members, or members beside properties, merge into an object model (see objects)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..loader import Document, join_pointer
from .helpers import has_properties, with_nullable
from .objects import hoisted_object

if TYPE_CHECKING:
    from .builder import Builder


def allof_type(
    b: Builder, schema: dict[str, Any], doc: Document, pointer: str, hint: list[str], nullable: bool, hoist: bool
) -> ir.Type | None:
    """The type of a schema with `allOf` (None: it has none)."""
    if "allOf" not in schema:
        return None
    parts = schema["allOf"] if isinstance(schema["allOf"], list) else []
    alone = not has_properties(schema) and "oneOf" not in schema and "anyOf" not in schema
    if alone and len(parts) == 1:
        inner = b.schema_type(parts[0], doc, join_pointer(pointer, "allOf", 0), hint)
        return with_nullable(inner, nullable or inner.nullable)
    return hoisted_object(b, schema, doc, pointer, hint, nullable)

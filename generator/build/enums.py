"""Enums: boolean enums stay booleans, other values become an enum model (hoisted when inline)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..extensions import enum_descriptions
from ..loader import Document, join_pointer
from .helpers import description, json_kind, json_text, schema_kind

if TYPE_CHECKING:
    from .builder import Builder


def _is_enum(schema: dict[str, Any]) -> bool:
    return "enum" in schema and schema_kind(schema) != "object"


def lists_null(schema: dict[str, Any]) -> bool:
    """Whether an enum schema lists null among its values (which makes its type nullable)."""
    return _is_enum(schema) and isinstance(schema["enum"], list) and None in schema["enum"]


def enum_type(
    b: Builder, schema: dict[str, Any], doc: Document, pointer: str, hint: list[str], nullable: bool, hoist: bool
) -> ir.Type | None:
    """An enum's type: booleans stay booleans; other values hoist an enum model. None: not
    an enum after all (nothing to hoist), the schema is read by its other keywords."""
    if not _is_enum(schema):
        return None
    real = [v for v in schema["enum"] if v is not None] if isinstance(schema["enum"], list) else []
    if len(real) == 1 and isinstance(real[0], bool):
        return ir.ConstType(real[0], "boolean", nullable=nullable)
    if real and all(isinstance(v, bool) for v in real):
        return ir.Primitive("boolean", nullable=nullable)
    if not (hoist and real):
        return None
    name = b.hoist(hint, lambda name: enum_model(b, schema, doc, pointer, name))
    return ir.NamedType(name, nullable=nullable) if name is not None else ir.AnyType(nullable=nullable)


def enum_model(b: Builder, schema: dict[str, Any], doc: Document, pointer: str, name: str) -> ir.EnumModel | None:
    """The enum model of an enum schema's non-null values (None: it has none)."""
    raw = schema.get("enum")
    if not isinstance(raw, list):
        b.diags.error("enum-invalid", "`enum` must be a list", b.loc(doc, join_pointer(pointer, "enum")))
        return None
    values = [v for v in raw if v is not None]
    if not values:
        return None
    kinds = {json_kind(v) for v in values}
    if kinds == {"string"}:
        base = "string"
    elif kinds == {"integer"}:
        base = "integer"
    elif kinds <= {"integer", "number"}:
        base = "number"
    else:
        b.diags.warning(
            "enum-mixed",
            f"enum mixes value types ({', '.join(sorted(kinds))}); its values are kept as strings",
            b.loc(doc, join_pointer(pointer, "enum")),
        )
        base = "string"
        values = [v if isinstance(v, str) else json_text(v) for v in values]
    unique = list(dict.fromkeys(values))  # values are str, int or float here
    texts = enum_descriptions.read(schema, b.diags, doc, pointer)
    enum_values = [ir.EnumValue(v, texts[i] if i < len(texts) else "") for i, v in enumerate(unique)]
    return ir.EnumModel(name, base, enum_values, description(schema), f"{doc.display_name}#{pointer}")

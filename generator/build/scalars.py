"""Scalars: consts, the `type` keyword (one type, a list of types, `null`, an unknown name) and the
primitive types with their `format`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..loader import Document, join_pointer
from .helpers import JSON_TYPES, PRIMITIVES, json_kind, schema_kind

if TYPE_CHECKING:
    from .builder import Builder


def const_type(value: Any, nullable: bool) -> ir.Type:
    return ir.ConstType(value, json_kind(value), nullable=nullable or value is None)


def typed_schema(
    b: Builder, schema: dict[str, Any], doc: Document, pointer: str, hint: list[str], nullable: bool
) -> ir.Type | tuple[dict[str, Any], bool]:
    """Read the `type` keyword: a finished type (a union of several types, null, an unknown
    type), or the schema with at most one type left and whether null was among them."""
    types = schema.get("type")
    if isinstance(types, list):
        return _type_list(b, schema, types, doc, pointer, hint, nullable)
    if types is not None and types not in JSON_TYPES:
        unknown_type(b, types, doc, pointer)
        return ir.AnyType(nullable=nullable)
    if types == "null":
        return ir.AnyType(nullable=True)
    return schema, nullable


def _type_list(
    b: Builder, schema: dict[str, Any], types: list[Any], doc: Document, pointer: str, hint: list[str],
    nullable: bool,
) -> ir.Type | tuple[dict[str, Any], bool]:
    """`type: [a, b, "null"]` (3.1): a union of the types, nullable when null is listed."""
    for t in types:
        if t not in JSON_TYPES:
            unknown_type(b, t, doc, pointer)
    nullable = nullable or "null" in types
    known = [t for t in types if t != "null" and t in JSON_TYPES]
    if len(known) > 1:
        variants = tuple(
            b.schema_type({**schema, "type": t, "nullable": False}, doc, pointer, hint + [t]) for t in known
        )
        return ir.UnionType(variants, nullable=nullable)
    if len(known) == 1:
        return {**schema, "type": known[0]}, nullable
    if nullable:
        return ir.AnyType(nullable=True)
    return {k: v for k, v in schema.items() if k != "type"}, nullable


def unknown_type(b: Builder, value: Any, doc: Document, pointer: str) -> None:
    b.diags.error(
        "unknown-type",
        f"unknown type {value!r}",
        b.loc(doc, join_pointer(pointer, "type")),
        "use one of: " + ", ".join(JSON_TYPES),
    )


def primitive_type(
    b: Builder, schema: dict[str, Any], doc: Document, pointer: str, hint: list[str], nullable: bool, hoist: bool
) -> ir.Type | None:
    """A string, integer, number or boolean, with its `format` (None: not a primitive)."""
    kind = schema_kind(schema)
    if kind not in PRIMITIVES:
        return None
    fmt = schema.get("format")
    return ir.Primitive(kind, str(fmt) if fmt is not None else None, nullable=nullable)

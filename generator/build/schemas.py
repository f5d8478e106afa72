"""A schema's type, dispatched over one handler per kind of schema, and the declaration a named
schema becomes.

`schema_type` reads a schema in a fixed order: a reference, a const, the `type` keyword (lists of
types, `null`), then the first of the kind handlers in `KIND_HANDLERS` that recognises it (enum,
allOf, oneOf/anyOf, object or map, array, primitive); a schema none of them recognises is `any`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import ir
from ..loader import Document, join_pointer
from ..naming import split_words
from . import allof, arrays, enums, maps, objects, refs, scalars, unions
from .helpers import description, is_object_like, schema_kind

if TYPE_CHECKING:
    from .builder import Builder

# Keywords that narrow or reshape valid values but have no counterpart in generated types: where one
# appears the SDK's type is looser than the schema, which the user hears about as a warning.
UNMODELLED_KEYWORDS = ("not", "if", "patternProperties", "prefixItems", "dependentSchemas")

# (builder, schema, document, pointer, hint, nullable, hoist) -> the type, or None: not this kind.
KindHandler = Callable[["Builder", dict[str, Any], Document, str, list[str], bool, bool], "ir.Type | None"]

KIND_HANDLERS: tuple[KindHandler, ...] = (
    enums.enum_type,
    allof.allof_type,
    unions.union_type,
    objects.object_type,
    maps.map_type,
    arrays.array_type,
    scalars.primitive_type,
)


def schema_type(b: Builder, schema: Any, doc: Document, pointer: str, hint: list[str], hoist: bool) -> ir.Type:
    """The type of a schema standing at `pointer`; hoists what needs a declaration.

    A YAML alias puts one schema node in many places: its type is worked out once and shared
    (one model, not a new one per place, which grew as 9^depth for nested aliases). The loader
    has refused aliases inside their own anchor, so a node is never met inside itself."""
    if not hoist or not isinstance(schema, dict) or id(schema) not in doc.shared:
        return _schema_type(b, schema, doc, pointer, hint, hoist)
    seen = b.schema_types.get(id(schema))
    if seen is not None and seen[0] is schema:  # the node itself, kept alive here: not a reused id
        return seen[1]
    result = _schema_type(b, schema, doc, pointer, hint, hoist)
    b.schema_types[id(schema)] = (schema, result)
    return result


def _schema_type(b: Builder, schema: Any, doc: Document, pointer: str, hint: list[str], hoist: bool) -> ir.Type:
    if schema is True or schema is None or schema is False or schema == {}:
        return ir.AnyType()
    if not isinstance(schema, dict):
        b.diags.error("schema-invalid", "a schema must be an object", b.loc(doc, pointer))
        return ir.AnyType()
    nullable = schema.get("nullable") is True
    _warn_unmodelled(b, schema, doc, pointer)
    if "$ref" in schema:
        return refs.ref_type(b, schema, doc, pointer, nullable)
    if "const" in schema:
        return scalars.const_type(schema["const"], nullable)
    narrowed = scalars.typed_schema(b, schema, doc, pointer, hint, nullable)
    if isinstance(narrowed, ir.Type):
        return narrowed
    schema, nullable = narrowed
    nullable = nullable or enums.lists_null(schema)
    for handler in KIND_HANDLERS:
        result = handler(b, schema, doc, pointer, hint, nullable, hoist)
        if result is not None:
            return result
    return ir.AnyType(nullable=nullable)


def _warn_unmodelled(b: Builder, schema: dict[str, Any], doc: Document, pointer: str) -> None:
    for keyword in UNMODELLED_KEYWORDS:
        if keyword in schema:
            b.diags.warning(
                "keyword-unmodelled",
                f"`{keyword}` is not modelled: the generated type accepts values this schema excludes",
                b.loc(doc, join_pointer(pointer, keyword)),
                "the server still validates; describe the shape with properties, oneOf or items instead",
            )


def declaration(b: Builder, schema: Any, doc: Document, pointer: str, name: str) -> ir.Model:
    """Build the declaration a named schema becomes."""
    source = f"{doc.display_name}#{pointer}"
    if not isinstance(schema, dict):
        if schema is not True and schema is not None:
            b.diags.error("schema-invalid", "a schema must be an object", b.loc(doc, pointer))
        return ir.AliasModel(name, ir.AnyType(), description(schema), source)
    if "$ref" in schema:
        return _ref_declaration(b, schema, doc, pointer, name)
    if "enum" in schema and schema_kind(schema) != "object":
        enum = enums.enum_model(b, schema, doc, pointer, name)
        if enum is not None:
            return enum
    if is_object_like(schema):
        return objects.object_model(b, schema, doc, pointer, name)
    union = unions.union_parts(schema, pointer)
    if union is not None:
        return unions.union_model(b, union, schema, doc, pointer, name)
    target = b.schema_type(schema, doc, pointer, split_words(name), hoist=False)
    return ir.AliasModel(name, target, description(schema), source)


def _ref_declaration(b: Builder, schema: dict[str, Any], doc: Document, pointer: str, name: str) -> ir.Model:
    """A named schema that is a `$ref` (plus perhaps a description): an alias of its target."""
    source = f"{doc.display_name}#{pointer}"
    if refs.ref_only_cycle(b, schema, doc, pointer):
        b.diags.error(
            "ref-cycle",
            f"schema {name} is only a reference that leads back to itself, so it has no shape",
            b.loc(doc, join_pointer(pointer, "$ref")),
            "give one schema in the cycle properties, items or a type",
        )
        return ir.AliasModel(name, ir.AnyType(), description(schema), source)
    target = b.schema_type(schema, doc, pointer, split_words(name))
    return ir.AliasModel(name, target, description(schema), source)

"""Objects: a schema with properties (or an allOf to merge) becomes an object model, its
properties merged from every allOf part in order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..loader import Document, join_pointer
from ..naming import split_words
from .helpers import description, has_properties, schema_kind

if TYPE_CHECKING:
    from .builder import Builder

# wire name -> (the property's schema, the document and pointer it stands at)
Properties = dict[str, tuple[Any, Document, str]]


def object_type(
    b: Builder, schema: dict[str, Any], doc: Document, pointer: str, hint: list[str], nullable: bool, hoist: bool
) -> ir.Type | None:
    """An object schema with properties hoists an object model (None: not such a schema)."""
    if schema_kind(schema) != "object" or not has_properties(schema):
        return None
    if not hoist:
        b.diags.error("internal", "object schema not hoisted", b.loc(doc, pointer))
        return ir.AnyType()
    return hoisted_object(b, schema, doc, pointer, hint, nullable)


def hoisted_object(
    b: Builder, schema: dict[str, Any], doc: Document, pointer: str, hint: list[str], nullable: bool
) -> ir.Type:
    """An inline object schema declared as a model named after `hint`; its named type."""
    name = b.hoist(hint, lambda name: object_model(b, schema, doc, pointer, name))
    assert name is not None  # object_model always declares
    return ir.NamedType(name, nullable=nullable)


def object_model(b: Builder, schema: dict[str, Any], doc: Document, pointer: str, name: str) -> ir.ObjectModel:
    properties: Properties = {}
    required: list[str] = []
    _collect_object(b, schema, doc, pointer, properties, required, set(), name)
    words = split_words(name)
    fields = [
        _field(b, wire, prop, prop_doc, prop_pointer, wire in required, words)
        for wire, (prop, prop_doc, prop_pointer) in properties.items()
    ]
    additional = schema.get("additionalProperties", True)
    extra_type: ir.Type | None
    if additional is False:
        extra_type = None
    elif isinstance(additional, dict) and additional:
        extra_type = b.schema_type(additional, doc, join_pointer(pointer, "additionalProperties"), words + ["Value"])
    else:
        extra_type = ir.AnyType()
    return ir.ObjectModel(name, fields, description(schema), extra_type, f"{doc.display_name}#{pointer}")


def _field(
    b: Builder, wire: str, prop: Any, doc: Document, pointer: str, required: bool, words: list[str]
) -> ir.Field:
    prop_type = b.schema_type(prop, doc, pointer, words + split_words(wire))
    prop_dict = prop if isinstance(prop, dict) else {}
    return ir.Field(
        wire_name=wire,
        type=prop_type,
        required=required,
        description=description(prop_dict),
        default=prop_dict.get("default"),
        has_default="default" in prop_dict,
        read_only=prop_dict.get("readOnly") is True,
        write_only=prop_dict.get("writeOnly") is True,
        deprecated=prop_dict.get("deprecated") is True,
    )


def _collect_object(
    b: Builder,
    schema: dict[str, Any],
    doc: Document,
    pointer: str,
    properties: Properties,
    required: list[str],
    seen: set[tuple[str, str]],
    name: str,
) -> None:
    """Merge the properties and required lists of a schema and its allOf parts."""
    for index, part in enumerate(schema.get("allOf") or []):
        part_pointer = join_pointer(pointer, "allOf", index)
        part_doc = doc
        if isinstance(part, dict) and "$ref" in part:
            ref = b.ws.resolve(part["$ref"], doc, join_pointer(part_pointer, "$ref"))
            if ref is None:
                continue
            if ref.key in seen:
                b.diags.error("allof-cycle", "allOf includes itself", b.loc(doc, part_pointer))
                continue
            seen = seen | {ref.key}
            part, part_doc, part_pointer = ref.value(), ref.document, ref.pointer
        if isinstance(part, dict):
            _collect_object(b, part, part_doc, part_pointer, properties, required, seen, name)
    _collect_own(b, schema, doc, pointer, properties, name)
    for item in schema.get("required") or []:
        if isinstance(item, str) and item not in required:
            required.append(item)


def _collect_own(
    b: Builder, schema: dict[str, Any], doc: Document, pointer: str, properties: Properties, name: str
) -> None:
    """A schema's own properties, after its allOf parts' (a later one of the same name wins)."""
    props = schema.get("properties") or {}
    if not isinstance(props, dict):
        b.diags.error("properties-invalid", "`properties` must be a mapping", b.loc(doc, pointer))
        props = {}
    for wire, prop in props.items():
        wire = str(wire)
        prop_pointer = join_pointer(pointer, "properties", wire)
        if wire in properties and _conflicting(properties[wire][0], prop):
            b.diags.warning(
                "allof-conflict",
                f"property {wire!r} of {name} is declared twice with different types; the last wins",
                b.loc(doc, prop_pointer),
            )
        properties[wire] = (prop, doc, prop_pointer)


def _conflicting(a: Any, b: Any) -> bool:
    if not isinstance(a, dict) or not isinstance(b, dict):
        return False
    ta, tb = a.get("type"), b.get("type")
    return ta is not None and tb is not None and ta != tb

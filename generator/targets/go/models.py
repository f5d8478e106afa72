"""The models of the API as Go declarations: enums, structs, unions and defined types.

Names come from the symbol provider; what is built here is data the templates print (a union
variant's shape is a kind, the required wire names and the constant members, printed by
`go_value` and the `variant` macro)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ... import ir
from .comments import doc_lines
from .symbols import GoSymbols
from .text import go_literal, go_tag

_INT64 = (-(2**63), 2**63 - 1)
_KIND_OF = {"string": "core.KindString", "integer": "core.KindInteger", "number": "core.KindNumber",
            "boolean": "core.KindBoolean"}


@dataclass
class GoField:
    name: str
    wire: str
    type: str
    tag: str
    doc: str


@dataclass
class GoStruct:
    name: str
    doc: str
    fields: list[GoField]


@dataclass
class GoEnumMember:
    name: str
    value: Any  # printed by go_value: str, int or float as the enum's base takes it
    doc: str


@dataclass
class GoEnum:
    name: str
    base: str  # string, int64, float64
    doc: str
    members: list[GoEnumMember]


@dataclass
class GoVariant:
    type: str
    accessor: str
    constructor: str
    kind: str  # the runtime's core.Kind* constant
    required: list[str]  # wire names an object variant must have
    consts: dict[str, str]  # wire name -> JSON text of a constant member
    tags: list[str]  # discriminator values naming this variant


@dataclass
class GoUnion:
    name: str
    var: str
    doc: str
    discriminator: str  # the discriminator's wire name, "" when there is none
    variants: list[GoVariant]


@dataclass
class GoDefined:
    """A named array or map type: `type Name Target`."""

    name: str
    doc: str
    target: str


@dataclass
class GoModels:
    enums: list[GoEnum]
    structs: list[GoStruct]
    unions: list[GoUnion]
    defined: list[GoDefined]


def build_models(api: ir.Api, symbols: GoSymbols) -> GoModels:
    models = GoModels([], [], [], [])
    pointers = symbols.types.recursive_fields()
    for model_name, decl in api.models.items():
        if model_name not in symbols.type_names:
            continue
        name = symbols.type_names[model_name]
        if isinstance(decl, ir.EnumModel):
            models.enums.append(_enum(name, decl, symbols.enum_members[model_name]))
        elif isinstance(decl, ir.ObjectModel):
            models.structs.append(_struct(model_name, name, decl, symbols, pointers))
        elif isinstance(decl, ir.UnionModel):
            models.unions.append(_union(model_name, name, decl, symbols))
        elif isinstance(decl, ir.AliasModel):
            models.defined.append(GoDefined(name, model_doc(name, decl.description),
                                            symbols.types.type_expr(decl.target)))
    return models


def _enum(name: str, decl: ir.EnumModel, member_names: list[str]) -> GoEnum:
    base = {"string": "string", "integer": "int64", "number": "float64"}[decl.base]
    kind = decl.base
    if kind == "integer" and any(not _INT64[0] <= int(v.value) <= _INT64[1] for v in decl.values):
        base, kind = "float64", "number"
    members = [GoEnumMember(member, enum_value(value.value, kind), visible(value.description))
               for member, value in zip(member_names, decl.values, strict=True)]
    return GoEnum(name, base, model_doc(name, decl.description), members)


def enum_value(value: Any, kind: str) -> Any:
    """The value as its Go constant takes it: text for a string enum, an int for an integer one,
    else a finite float (NaN and infinities have no Go constant: ValueError)."""
    if kind == "string":
        return str(value)
    if kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return value
    go_literal(value, "number")  # raises for NaN and infinities
    return float(value)


def _struct(model_name: str, name: str, decl: ir.ObjectModel, symbols: GoSymbols,
            pointers: set[tuple[str, str]]) -> GoStruct:
    fields = []
    for go_name, f in zip(symbols.struct_fields[model_name], decl.fields, strict=True):
        pointer = (model_name, f.wire_name) in pointers
        doc = f.description
        if f.deprecated:
            doc = (doc + "\n\n" if doc else "") + "Deprecated: the API marks this field deprecated."
        fields.append(GoField(go_name, f.wire_name, symbols.types.field_type(f.type, f.required, pointer),
                              go_tag(f.wire_name), visible(doc)))
    return GoStruct(name, model_doc(name, decl.description), fields)


def _union(model_name: str, name: str, decl: ir.UnionModel, symbols: GoSymbols) -> GoUnion:
    tags: dict[str, list[str]] = {}
    if decl.discriminator is not None:
        for value, target in decl.discriminator.mapping.items():
            tags.setdefault(target, []).append(str(value))
    variants = []
    for variant in symbols.union_variants[model_name]:
        kind, required, consts = variant_shape(symbols, variant.type)
        named = variant.type.name if isinstance(variant.type, ir.NamedType) else None
        variants.append(GoVariant(variant.go_type, variant.accessor, variant.constructor, kind, required,
                                  {k: json.dumps(v, separators=(",", ":"), ensure_ascii=False)
                                   for k, v in consts.items()},
                                  tags.get(named, []) if named is not None else []))
    discriminator = str(decl.discriminator.property) if decl.discriminator else ""
    return GoUnion(name, symbols.union_vars[model_name], model_doc(name, decl.description), discriminator, variants)


def variant_shape(symbols: GoSymbols, t: ir.Type) -> tuple[str, list[str], dict[str, Any]]:
    """How the runtime recognises a variant: its JSON kind, and for an object the required wire
    names and constant members."""
    resolved, _ = symbols.types.resolve(t)
    obj = symbols.types.object_of(resolved)
    if obj is not None:
        required = [f.wire_name for f in obj.fields if f.required]
        consts = {f.wire_name: f.type.value for f in obj.fields
                  if isinstance(f.type, ir.ConstType) and f.required and not f.type.nullable}
        return "core.KindObject", required, consts
    if isinstance(resolved, ir.NamedType):
        decl = symbols.api.models.get(resolved.name)
        if isinstance(decl, ir.EnumModel):
            return {"string": "core.KindString", "integer": "core.KindInteger"}.get(
                decl.base, "core.KindNumber"), [], {}
        if isinstance(decl, ir.AliasModel):
            return ("core.KindArray" if isinstance(decl.target, ir.ArrayType) else "core.KindObject"), [], {}
        return "core.KindAny", [], {}
    if isinstance(resolved, ir.Primitive):
        return _KIND_OF.get(resolved.name, "core.KindAny"), [], {}
    if isinstance(resolved, ir.ConstType):
        return _KIND_OF.get(resolved.base, "core.KindAny"), [], {}
    if isinstance(resolved, ir.ArrayType):
        return "core.KindArray", [], {}
    if isinstance(resolved, ir.MapType):
        return "core.KindObject", [], {}
    return "core.KindAny", [], {}


def visible(text: str) -> str:
    """text, or "" when nothing of it would show in a comment (so no empty comment line is written)."""
    return text if doc_lines(text) else ""


def model_doc(name: str, description: str) -> str:
    text = description.strip()
    return f"{name}: {text}" if text else f"{name} is a model of the API."

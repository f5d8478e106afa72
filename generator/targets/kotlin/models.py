"""Models as Kotlin: data classes, enums with an Unknown, sealed unions, typealiases."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ... import ir
from ...diagnostics import Diagnostics, Location
from ...naming import NameAllocator
from ...passes import unions
from .literal import Call, Code, Pair
from .symbols import MODEL_MEMBERS, KotlinSymbols, enum_member, member_name, wrapper_name
from .text import kt_literal
from .types import KotlinTypes

# JVM methods take at most 255 parameter slots; a data class needs its constructor,
# `copy` and the synthetic default-argument constructor to fit.
_MAX_SLOTS = 254
_JSON_KINDS = {"string": "STRING", "integer": "INTEGER", "number": "NUMBER", "boolean": "BOOLEAN"}
_VALUE_TYPES = {"string": "String", "integer": "Long", "number": "Double"}


@dataclass
class KtField:
    name: str
    wire: str
    type: str
    default: str | None  # Kotlin expression, or None when required
    doc: str
    required: bool  # @JsonProperty(required = true): Jackson refuses a document without it
    include: str | None  # JsonInclude.Include constant of the getter, if not the class's NON_NULL


@dataclass
class KtClass:
    name: str
    doc: str
    fields: list[KtField]
    supertypes: list[str]
    union_member: bool
    imports: list[str] = field(default_factory=list)
    # A declared property whose wire name is "additionalProperties": the map's own backing field
    # would otherwise join that property in Jackson's eyes and clash with it.
    hide_map_field: bool = False


@dataclass
class KtEnumMember:
    name: str
    literal: str
    doc: str


@dataclass
class KtEnum:
    name: str
    doc: str
    value_type: str  # String, Long, Double
    members: list[KtEnumMember]
    imports: list[str] = field(default_factory=list)


@dataclass
class KtWrapper:
    name: str
    type: str


@dataclass
class KtUnion:
    name: str
    doc: str
    wrappers: list[KtWrapper]
    variants: list[Call]  # each `UnionVariant(...) { ... }`
    mapping: list[Pair]  # each `"tag" to UnionVariant(...) { ... }`
    discriminator: str | None  # the property's wire name
    unchecked: bool
    imports: list[str] = field(default_factory=list)


@dataclass
class KtAlias:
    name: str
    doc: str
    target: str
    imports: list[str] = field(default_factory=list)


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool))


def union_members(api: ir.Api, symbols: KotlinSymbols) -> dict[str, list[str]]:
    """Object model -> the sealed unions it implements (it is a variant of each)."""
    return {obj: [symbols.models[u] for u in parents] for obj, parents in unions.union_parents(api).items()}


class ModelBuilder:
    def __init__(self, api: ir.Api, symbols: KotlinSymbols, types: KotlinTypes, diagnostics: Diagnostics) -> None:
        self.api = api
        self.symbols = symbols
        self.types = types
        self.diagnostics = diagnostics
        self.union_members = union_members(api, symbols)

    def data_class(self, model_name: str, name: str, decl: ir.ObjectModel) -> KtClass:
        allocator = NameAllocator(MODEL_MEMBERS)
        fields: list[KtField] = []
        doc_extra = ""
        for f in sorted(decl.fields, key=lambda f: not f.required):
            if f.wire_name == "":
                # Jackson reads an empty @JsonProperty name as "no name": such a property cannot be a
                # constructor parameter, so its value stays in additionalProperties under "".
                doc_extra = 'The property named "" is kept in `additionalProperties` under the key "".'
                continue
            fields.append(self._field(f, member_name(f.wire_name, "field", allocator)))
        slots = 1 + sum(2 if f.type in ("Long", "Double") else 1 for f in fields)
        # constructor, plus one mask per 32 parameters and a marker in the default-argument constructor
        if slots + (len(fields) + 1 + 31) // 32 + 1 > _MAX_SLOTS:
            self.diagnostics.error(
                "kotlin-too-many-fields",
                f"schema {model_name} has {len(fields)} properties; a Kotlin data class (a JVM constructor) "
                f"takes at most about {_MAX_SLOTS} parameter slots",
                Location(decl.source.split("#", 1)[0], decl.source.split("#", 1)[-1]),
                "split the schema with allOf into smaller ones",
            )
        description = "\n\n".join(text for text in (decl.description, doc_extra) if text)
        return KtClass(name, description, fields, list(self.union_members.get(model_name, [])),
                       model_name in self.union_members,
                       hide_map_field=any(f.wire == "additionalProperties" for f in fields))

    def _field(self, f: ir.Field, prop: str) -> KtField:
        any_type = self.types.is_any(f.type)
        nullable = self.types.is_nullable(f.type)
        include: str | None = None
        default: str | None = None
        if isinstance(f.type, ir.ConstType) and f.required and not nullable and _scalar(f.type.value):
            type_text = self.types.kt_type(f.type)
            default = kt_literal(f.type.value, f.type.base)
        elif f.required:
            type_text = self.types.kt_type(f.type)
            if nullable and not any_type:
                include = "ALWAYS"
        elif nullable and not any_type:
            type_text = f"Omittable<{self.types.kt_type(f.type)}>"
            default = "Omittable.Absent"
            include = "NON_EMPTY"
        else:
            type_text = self.types.optional(f.type)
            default = "null"
        doc = f.description
        if f.deprecated:
            doc = (doc + "\n\n" if doc else "") + "Deprecated."
        return KtField(prop, f.wire_name, type_text, default, doc, f.required and not nullable and not any_type,
                       include)

    def enum(self, name: str, decl: ir.EnumModel) -> KtEnum:
        allocator = NameAllocator()
        members = [KtEnumMember(enum_member(value.value, allocator), kt_literal(value.value, decl.base),
                                value.description) for value in decl.values]
        return KtEnum(name, decl.description, _VALUE_TYPES[decl.base], members)

    def union(self, name: str, decl: ir.UnionModel) -> KtUnion:
        wrappers: list[KtWrapper] = []
        variants: list[Call] = []
        by_model: dict[str, Call] = {}
        local = NameAllocator(self.symbols.top_level() | {name})
        unchecked = False
        for variant in decl.variants:
            built = self._variant(variant, wrappers, local)
            if built is None:
                continue
            call, is_generic = built
            unchecked = unchecked or is_generic
            variants.append(call)
            if isinstance(variant, ir.NamedType):
                by_model[variant.name] = call
        mapping: list[Pair] = []
        discriminator = None
        if decl.discriminator is not None:
            discriminator = decl.discriminator.property
            for tag, target in decl.discriminator.mapping.items():
                found = by_model.get(target)  # a target that is not a member cannot be a value
                if found is not None:
                    mapping.append(Pair(tag, found))
        return KtUnion(name, decl.description, wrappers, variants, mapping, discriminator, unchecked)

    def _variant(self, t: ir.Type, wrappers: list[KtWrapper], local: NameAllocator) -> tuple[Call, bool] | None:
        """The UnionVariant(...) { wrap } of one variant; adds a wrapper class when needed."""
        decl = self.api.models.get(t.name) if isinstance(t, ir.NamedType) else None
        if isinstance(t, ir.NamedType) and isinstance(decl, ir.ObjectModel):
            cls = self.symbols.models[t.name]
            required = tuple(f.wire_name for f in decl.fields if f.required)
            consts = tuple(Pair(f.wire_name, Code(kt_literal(f.type.value, f.type.base))) for f in decl.fields
                           if f.required and isinstance(f.type, ir.ConstType) and _scalar(f.type.value))
            args = (Code(cls + "::class.java"), Code("JsonKind.OBJECT"),
                    Call("setOf", required, 96) if required else Call("emptySet"),
                    Call("mapOf", consts, 96) if consts else Call("emptyMap"))
            return Call("UnionVariant", args, 95, " { it as " + cls + " }"), False
        if self.types.is_any(t):
            return None  # anything fits: the union's Unknown keeps it
        resolved = self.types.resolve(t)
        type_text = self.types.kt_type(t, nullable=False)
        wrapper = wrapper_name(type_text, local)
        wrappers.append(KtWrapper(wrapper, type_text))
        kind = Code("JsonKind." + self._json_kind(resolved))
        # A typealias hides its type arguments: `it as Names` is as unchecked as `it as List<String>`.
        generic = "<" in type_text or (type_text != "JsonNode" and isinstance(resolved, (ir.ArrayType, ir.MapType)))
        wrap = " { " + wrapper + "(it as " + type_text + ") }"
        return Call("UnionVariant", (Code(self.types.java_type(t, nullable=False)), kind), 95, wrap), generic

    def _json_kind(self, resolved: ir.Type) -> str:
        if isinstance(resolved, ir.Primitive):
            return _JSON_KINDS[resolved.name]
        if isinstance(resolved, ir.ConstType):
            return _JSON_KINDS.get(resolved.base, "ANY")
        if isinstance(resolved, ir.ArrayType):
            return "ARRAY"
        if isinstance(resolved, ir.MapType):
            return "OBJECT"
        if isinstance(resolved, ir.NamedType):
            target = self.api.models.get(resolved.name)
            if isinstance(target, ir.EnumModel):
                return _JSON_KINDS[target.base]
        return "ANY"

"""Models, enums and unions as the templates read them: fields, constants, variants and imports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ... import ir
from ...passes import unions
from ...passes.cycles import direct_cycles
from .imports import sorted_imports
from .literals import java_literal, java_string
from .symbols import JavaSymbols
from .types import JType


@dataclass
class JField:
    name: str
    wire: str
    type: JType
    storage: str  # Java type of the field (T or JsonNullable<T>)
    accessor_type: str  # what the accessor returns
    mode: str  # plain, optional, nullable (tri-state)
    required: bool
    const: str | None  # Java literal of a const field
    doc: str
    deprecated: bool

    @property
    def jsonnullable(self) -> bool:
        return self.storage.startswith("JsonNullable<")


@dataclass
class JModel:
    name: str
    doc: str
    fields: list[JField]
    implements: list[str]
    imports: list[str]
    required: list[JField]


@dataclass
class JEnumConstant:
    name: str
    literal: str
    doc: str


@dataclass
class JEnum:
    name: str
    doc: str
    value_type: str  # String, long, double
    boxed: str
    constants: list[JEnumConstant]
    imports: list[str]


@dataclass
class JVariant:
    """One variant of a union, as neutral values the template prints with `java_value`."""

    kind: str
    type_name: str  # class implementing the union (a model, or a nested wrapper)
    required: list[str]  # wire names of its required fields
    constants: list[tuple[str, Any]]  # (wire name, constant value)
    tags: list[str]  # discriminator values
    wrapper: JType | None  # the wrapped type for a nested wrapper class


@dataclass
class JUnion:
    name: str
    doc: str
    permits: list[str]
    variants: list[JVariant]
    discriminator: str | None  # the discriminator's wire name
    imports: list[str]


_MODEL_IMPORTS = frozenset({
    "com.fasterxml.jackson.annotation.JsonAnyGetter", "com.fasterxml.jackson.annotation.JsonAnySetter",
    "com.fasterxml.jackson.annotation.JsonAutoDetect", "com.fasterxml.jackson.annotation.JsonIgnore",
    "com.fasterxml.jackson.annotation.JsonInclude", "com.fasterxml.jackson.annotation.JsonProperty",
    "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
    "com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder", "java.util.Arrays", "java.util.Collections",
    "java.util.LinkedHashMap", "java.util.Map", "java.util.Objects",
})
_UNION_IMPORTS = frozenset({
    "com.fasterxml.jackson.annotation.JsonCreator", "com.fasterxml.jackson.annotation.JsonValue",
    "com.fasterxml.jackson.databind.annotation.JsonDeserialize", "java.util.List", "java.util.Map",
    "java.util.Objects",
})


def const_literal(value: Any, java_type: str) -> str:
    """The Java literal a const field of `java_type` is preset to."""
    if java_type == "Boolean":
        return "Boolean.TRUE" if value else "Boolean.FALSE"
    if java_type == "Long" and isinstance(value, int):
        return java_literal(value)
    if java_type == "Double" and isinstance(value, (int, float)):
        return java_literal(float(value))
    if java_type == "String":
        return java_string(value)
    return "null"


def _scalar_const(t: ir.Type) -> bool:
    return isinstance(t, ir.ConstType) and t.value is not None and not isinstance(t.value, (dict, list))


class JavaModels:
    """Every model, enum and union of the API; unions first, so models know the unions they implement."""

    def __init__(self, symbols: JavaSymbols) -> None:
        self.symbols = symbols
        self.api = symbols.api
        self.package = symbols.package
        self.union_parents: dict[str, list[str]] = {}  # object model -> unions it implements
        # Java's cycle finder does not look into inline unions (Node's and Ruby's do): see direct_cycles.
        cyclic = direct_cycles(self.api, through_inline_unions=False)
        self.unions = [self._union(symbols.class_names[name], decl, cyclic)
                       for name, decl in self.api.models.items() if isinstance(decl, ir.UnionModel)]
        self.enums: list[JEnum] = []
        self.models: list[JModel] = []
        for model_name, decl in self.api.models.items():
            if isinstance(decl, ir.EnumModel):
                self.enums.append(self._enum(symbols.class_names[model_name], decl))
            elif isinstance(decl, ir.ObjectModel):
                self.models.append(self._model(model_name, decl))

    # ------------------------------------------------------------ unions

    def _object_variant(self, union: str, variant: ir.Type, resolved: ir.Type, target: ir.ObjectModel,
                        tags_by_model: dict[str, list[str]]) -> JVariant:
        assert isinstance(resolved, ir.NamedType)
        target_name = resolved.name
        self.union_parents.setdefault(target_name, [])
        if union not in self.union_parents[target_name]:
            self.union_parents[target_name].append(union)
        required = [f.wire_name for f in target.fields if f.required]
        constants = [(f.wire_name, f.type.value) for f in target.fields
                     if isinstance(f.type, ir.ConstType) and _scalar_const(f.type)]
        tags = tags_by_model.get(target_name, [])
        if variant != resolved and isinstance(variant, ir.NamedType):
            tags = tags + tags_by_model.get(variant.name, [])
        return JVariant("OBJECT", self.symbols.class_names[target_name], required, constants, tags, None)

    def _union(self, name: str, decl: ir.UnionModel, cyclic: set[str]) -> JUnion:
        wrappers = self.symbols.union_wrappers(name)
        variants: list[JVariant] = []
        tags_by_model: dict[str, list[str]] = {}
        if decl.discriminator is not None:
            for value, model in decl.discriminator.mapping.items():
                tags_by_model.setdefault(model, []).append(value)
        seen: set[str] = set()
        members = unions.java_union_members(self.api, decl.name, cyclic)
        for variant in members:
            resolved, _ = self.symbols.types.resolve(variant)
            target_name = resolved.name if isinstance(resolved, ir.NamedType) else None
            target = self.api.models.get(target_name) if target_name else None
            if isinstance(target, ir.ObjectModel) and target_name is not None:
                if self.symbols.class_names[target_name] not in seen:
                    seen.add(self.symbols.class_names[target_name])
                    variants.append(self._object_variant(name, variant, resolved, target, tags_by_model))
                continue
            jt = self.symbols.jtype(variant, models_package=True)
            if jt.text not in seen:
                seen.add(jt.text)
                wrapper = self.symbols.wrapper_name(wrappers, jt)
                variants.append(JVariant(jt.kind, f"{name}.{wrapper}", [], [], [], jt))
        variants.append(JVariant("ANY", f"{name}.Unknown", [], [], [], None))
        imports = set(_UNION_IMPORTS) | {f"{self.package}.core.UnionDeserializer"}
        for v in variants:
            if v.wrapper is not None:
                imports |= v.wrapper.imports
        discriminator = decl.discriminator.property if decl.discriminator else None
        return JUnion(name, decl.description, [v.type_name for v in variants], variants, discriminator,
                      sorted_imports(imports, self.package, ".models"))

    # ------------------------------------------------------------ enums and objects

    def _enum(self, name: str, decl: ir.EnumModel) -> JEnum:
        value_type, boxed = {"string": ("String", "String"), "integer": ("long", "Long")}.get(
            decl.base, ("double", "Double"))
        constants = []
        for value, constant in zip(decl.values, self.symbols.enum_constants(decl), strict=True):
            if decl.base == "string":
                literal = java_string(value.value)
            elif decl.base == "integer":
                literal = java_literal(int(value.value))
            else:
                literal = java_literal(float(value.value))
            constants.append(JEnumConstant(constant, literal, value.description))
        imports = ["com.fasterxml.jackson.annotation.JsonCreator", "com.fasterxml.jackson.annotation.JsonValue",
                   "java.util.List"]
        if decl.base == "string":
            imports.append("java.util.Objects")
        return JEnum(name, decl.description, value_type, boxed, constants, sorted(imports))

    def _field(self, attr: str, f: ir.Field) -> JField:
        jt = self.symbols.jtype(f.type, models_package=True)
        nullable = self.symbols.types.nullable(f.type)
        const = const_literal(f.type.value, jt.text) if isinstance(f.type, ir.ConstType) and _scalar_const(
            f.type) else None
        if f.required and not nullable:
            mode, storage, accessor_type = "plain", jt.text, jt.text
        elif f.required or not nullable:
            mode, storage = "optional", f"JsonNullable<{jt.text}>"
            accessor_type = f"Optional<{jt.text}>"
        else:
            mode, storage = "nullable", f"JsonNullable<{jt.text}>"
            accessor_type = storage
        return JField(attr, f.wire_name, jt, storage, accessor_type, mode, f.required, const,
                      f.description, f.deprecated)

    def _model(self, model_name: str, decl: ir.ObjectModel) -> JModel:
        name = self.symbols.class_names[model_name]
        fields = [self._field(attr, f) for attr, f in zip(self.symbols.field_names(name, decl.fields), decl.fields,
                                                           strict=True)]
        imports = set(_MODEL_IMPORTS)
        for f in fields:
            imports |= f.type.imports
            if f.mode == "optional":
                imports.add("java.util.Optional")
            if f.jsonnullable:
                imports.add(f"{self.package}.core.JsonNullable")
        required = [f for f in fields if f.mode == "plain" and f.const is None]
        if required:
            imports.add(f"{self.package}.core.Checks")
        implements = self.union_parents.get(model_name, [])
        return JModel(name, decl.description, fields, implements, sorted_imports(imports, self.package, ".models"),
                      required)

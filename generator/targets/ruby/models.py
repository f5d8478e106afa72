"""The model files: a class per object schema, a module of constants per enum, a module per union,
as data the model template lays out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ... import ir
from ...passes import unions
from ...passes.cycles import direct_cycles
from .literals import WIDTH, Frozen, Sym, WordArray, comment_lines
from .symbols import RubySymbols
from .types import ANY, NULLABLE, RubyTypes, is_nullable_expr


@dataclass
class RbAttribute:
    name: str
    wire: str
    type: Any  # the Serde type description, as data for rb_literal
    required: bool
    nullable: bool
    doc: list[str]  # YARD lines (without "# ")


@dataclass
class RbEnumMember:
    constant: str
    value: Any  # for rb_literal
    doc: str


@dataclass
class RbModel:
    kind: str  # class, enum, union
    name: str
    file: str
    doc: str
    attributes: list[RbAttribute] = field(default_factory=list)
    members: list[RbEnumMember] = field(default_factory=list)
    variants: list[Any] = field(default_factory=list)  # Serde descriptions
    discriminator: str | None = None  # the property
    mapping: list[tuple[str, Any]] = field(default_factory=list)  # (value, Symbol of the class)
    values: Any = None  # the enum's values, frozen (for rb_literal)


class ModelBuilder:
    def __init__(self, api: ir.Api, symbols: RubySymbols, types: RubyTypes) -> None:
        self.api = api
        self.symbols = symbols
        self.types = types
        self.cyclic = direct_cycles(api)

    def build(self) -> list[RbModel]:
        models = []
        for model_name, decl in self.api.models.items():
            if model_name not in self.symbols.model_files:
                continue
            name = self.symbols.class_names[model_name]
            file = self.symbols.model_files[model_name]
            if isinstance(decl, ir.ObjectModel):
                models.append(self._class(name, file, decl, self.symbols.attributes[model_name]))
            elif isinstance(decl, ir.EnumModel):
                models.append(self._enum(name, file, decl, self.symbols.enum_constants[model_name]))
            elif isinstance(decl, ir.UnionModel):
                models.append(self._union(name, file, decl))
        return models

    def _doc(self, name: str, description: str, kind: str) -> str:
        return description.strip() or f"{name}: {kind} of {self.api.title}."

    def _class(self, name: str, file: str, decl: ir.ObjectModel, names: list[str]) -> RbModel:
        attributes = []
        for attr, f in zip(names, decl.fields, strict=True):
            text = f"@return [{self.types.yard_type(f.type)}]" + (f" {f.description}" if f.description else "")
            enum = self.types.enum_of(f.type)
            if enum:
                text += f" Values: {{{enum}}}."
            attributes.append(RbAttribute(
                name=attr,
                wire=f.wire_name,
                type=self.types.type_expr(f.type),
                required=f.required,
                nullable=self.types.nullable(f.type),
                doc=comment_lines(text, WIDTH - 6 - 4, 2),
            ))
        return RbModel("class", name, file, self._doc(name, decl.description, "an object"), attributes=attributes)

    def _enum(self, name: str, file: str, decl: ir.EnumModel, constants: list[str]) -> RbModel:
        values = [float(v.value) if decl.base == "number" else v.value for v in decl.values]
        members = [RbEnumMember(constant, value, v.description)
                   for constant, value, v in zip(constants, values, decl.values, strict=True)]
        model = RbModel("enum", name, file, self._doc(name, decl.description, "an enum"), members=members)
        model.values = Frozen(WordArray(tuple(str(v) for v in values)) if decl.base == "string" else values)
        return model

    def _union(self, name: str, file: str, decl: ir.UnionModel) -> RbModel:
        variants: list[Any]
        if decl.name in self.cyclic:
            found = unions.ruby_union_members(self.api, decl.name, self.cyclic)
            assert found is not None  # the union is on a cycle
            leaves, nullable = found
            variants = []
            for rendered in (self.types.nested(t) for t in leaves):
                if rendered not in variants:
                    variants.append(rendered)
            own = self.types.type_expr(ir.NamedType(decl.name))
            variants = [v for v in variants if v != own] or [ANY]
            if nullable and not any(is_nullable_expr(v) for v in variants):
                variants[0] = [NULLABLE, variants[0]]
        else:
            variants = [self.types.nested(v) for v in decl.variants]
        model = RbModel("union", name, file, self._doc(name, decl.description, "a union"), variants=variants)
        if decl.discriminator is not None:
            model.discriminator = decl.discriminator.property
            model.mapping = [
                (value, Sym(self.symbols.class_names[target]))
                for value, target in decl.discriminator.mapping.items()
                if target in self.symbols.class_names
            ]
        return model

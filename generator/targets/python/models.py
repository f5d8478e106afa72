"""What models.py declares, as data the template prints: enums, attrs classes, type aliases and the
TypedDicts of operation parameters."""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from typing import Any

from ... import ir
from ...passes import unions
from .literals import py_literal
from .symbols import PythonSymbols
from .types import TypeMapper, join_union
from .unions import alias_order

# The enum class each kind of value is declared with.
_ENUM_CLASS = {"string": "enum.StrEnum", "integer": "enum.IntEnum", "number": "float, enum.Enum"}


@dataclass
class PyField:
    name: str
    wire: str
    annotation: str  # `... | Unset` when optional
    required: bool  # else it defaults to UNSET
    doc: str


@dataclass
class PyClass:
    name: str
    doc: str
    fields: list[PyField]


@dataclass
class PyEnum:
    name: str
    base: str  # the base classes: enum.StrEnum, enum.IntEnum, float + enum.Enum
    doc: str
    members: list[tuple[str, Any]]  # (member name, value)


@dataclass
class PyAlias:
    name: str
    doc: str
    union: str  # the type it stands for
    # A discriminated union: the property and (value, class name) pairs its Discriminator maps.
    discriminator: str | None = None
    mapping: list[tuple[str, str]] = field(default_factory=list)
    # On a cycle of aliases (A = list[A] | B): Python cannot evaluate it, mypy can. The runtime
    # then sees Any (and keeps such values as plain JSON); type checkers see the real alias.
    recursive: bool = False

    def mentions(self) -> list[str]:
        """The names its declaration uses, for the imports."""
        if self.discriminator is None:
            return [self.union]
        return [self.union, "Annotated", "Discriminator", py_literal(self.discriminator),
                *(py_literal(value) + " " + cls for value, cls in self.mapping)]


@dataclass
class PyKey:
    key: str  # the wire name
    annotation: str
    required: bool


@dataclass
class PyTypedDict:
    name: str
    class_syntax: bool  # every key is an identifier; else the functional form
    entries: list[PyKey]


@dataclass
class PyModels:
    enums: list[PyEnum] = field(default_factory=list)
    classes: list[PyClass] = field(default_factory=list)
    aliases: list[PyAlias] = field(default_factory=list)
    typed_dicts: list[PyTypedDict] = field(default_factory=list)  # filled while operations are built


def build_models(api: ir.Api, symbols: PythonSymbols, types: TypeMapper) -> PyModels:
    """Every named model of `api`, aliases after the aliases they mention."""
    result = PyModels()
    pending: list[str] = []
    for model_name, decl in api.models.items():
        name = symbols.classes[model_name]
        if isinstance(decl, ir.EnumModel):
            values = [v.value if decl.base != "number" else float(v.value) for v in decl.values]
            members = list(zip(symbols.enum_members[model_name], values, strict=True))
            result.enums.append(PyEnum(name, _ENUM_CLASS[decl.base], decl.description, members))
        elif isinstance(decl, ir.ObjectModel):
            result.classes.append(PyClass(name, decl.description, [
                _field(f, attr, types) for f, attr in symbols.fields[model_name]
            ]))
        else:
            pending.append(model_name)
    order, cyclic = alias_order(pending, lambda name: unions.python_alias_members(api, name))
    for model_name in order:
        alias = _alias(model_name, api.models[model_name], symbols.classes[model_name], api, types)
        alias.recursive = model_name in cyclic
        result.aliases.append(alias)
    return result


def _field(f: ir.Field, attr: str, types: TypeMapper) -> PyField:
    annotation = types.annotation(f.type)
    if not f.required:
        annotation += " | Unset"
    return PyField(attr, f.wire_name, annotation, f.required, f.description)


def _alias(model_name: str, decl: ir.Model, name: str, api: ir.Api, types: TypeMapper) -> PyAlias:
    if isinstance(decl, ir.UnionModel):
        members = unions.python_union_members(api, model_name)
        union = _union_or_any(join_union(types.annotation(v) for v in members))
        if decl.discriminator is not None and union != "Any":
            mapping = [(value, types.class_names[target]) for value, target in decl.discriminator.mapping.items()
                       if target in types.class_names]
            return PyAlias(name, decl.description, union, decl.discriminator.property, mapping)
        return PyAlias(name, decl.description, union)
    assert isinstance(decl, ir.AliasModel)
    if unions.aliases_back(api.models, decl.target, {model_name}):
        targets = unions.python_alias_members(api, model_name)
        return PyAlias(name, decl.description, _union_or_any(join_union(types.annotation(t) for t in targets)))
    return PyAlias(name, decl.description, types.annotation(decl.target))


def _union_or_any(union: str) -> str:
    # Null alone (a union of itself and null) would leave `None`, which `X | None` cannot take at run time.
    return "Any" if union in ("", "None") else union


def typed_dict(op: ir.Operation, location: str, name: str | None, types: TypeMapper) -> PyTypedDict | None:
    """The TypedDict of `op`'s parameters in `location` (header values are strings), named `name`."""
    params = op.params_in(location)
    if not params or name is None:
        return None
    class_syntax = all(p.name.isidentifier() and not keyword.iskeyword(p.name) for p in params)
    entries = [PyKey(p.name, "str" if location in ("header", "cookie") else types.annotation(p.type, ""), p.required)
               for p in params]
    return PyTypedDict(name, class_syntax, entries)

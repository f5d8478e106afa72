"""IR types as Python annotations (`list[m.Item] | None`, `Literal["a"]`, `Status | str`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from ... import ir
from .literals import py_literal

_PRIMITIVES = {
    ("string", ""): "str",
    ("string", "date-time"): "datetime.datetime",
    ("string", "date"): "datetime.date",
    ("string", "binary"): "bytes",
    ("integer", ""): "int",
    ("number", ""): "float",
    ("boolean", ""): "bool",
}
for _fmt in ("int32", "int64", "uint32", "uint64"):
    _PRIMITIVES[("integer", _fmt)] = "int"
for _fmt in ("float", "double", "decimal"):
    _PRIMITIVES[("number", _fmt)] = "float"

_BUILTINS = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict"})

# The plain type an enum of each base also accepts (an unknown value stays a plain value).
ENUM_BASE = {"string": "str", "integer": "int", "number": "float"}


class TypeMapper:
    """Annotations for IR types, given the class name of every model."""

    def __init__(self, models: Mapping[str, ir.Model], class_names: Mapping[str, str], *,
                 qualified: bool = False) -> None:
        self.models = models
        self.class_names = class_names
        # `builtins.str` for `str` and so on: in a class whose methods shadow the builtins.
        self.qualified = qualified

    def builtin(self, name: str) -> str:
        """`name` (a builtin type such as `str`), qualified when this mapper qualifies them."""
        return "builtins." + name if self.qualified and name in _BUILTINS else name

    def annotation(self, t: ir.Type, prefix: str = "") -> str:
        """The Python annotation for `t`; `prefix` qualifies model names (e.g. "m.")."""
        text = self._bare(t, prefix)
        if t.nullable and text != "Any" and "None" not in split_union(text):
            text += " | None"
        return text

    def _bare(self, t: ir.Type, prefix: str) -> str:
        if isinstance(t, ir.Primitive):
            return self.builtin(_PRIMITIVES.get((t.name, t.format or ""), _PRIMITIVES.get((t.name, ""), "Any")))
        if isinstance(t, ir.ArrayType):
            return self.builtin("list") + "[" + self.annotation(t.item, prefix) + "]"
        if isinstance(t, ir.MapType):
            return self.builtin("dict") + "[" + self.builtin("str") + ", " + self.annotation(t.value, prefix) + "]"
        if isinstance(t, ir.NamedType):
            return self._named(t, prefix)
        if isinstance(t, ir.ConstType):
            if t.value is None:
                return "None"
            if isinstance(t.value, (str, int, bool)):
                return "Literal[" + py_literal(t.value) + "]"
            return self.builtin("float") if isinstance(t.value, float) else "Any"
        if isinstance(t, ir.UnionType):
            return join_union(self.annotation(variant, prefix) for variant in t.variants)
        return "Any"

    def _named(self, t: ir.NamedType, prefix: str) -> str:
        name = prefix + self.class_names[t.name]
        decl = self.models[t.name]
        if isinstance(decl, ir.AliasModel) and isinstance(decl.target, (ir.Primitive, ir.ConstType)):
            # A named string or number reads best as what it is.
            return self._bare(decl.target, prefix) + (" | None" if decl.target.nullable else "")
        if isinstance(decl, ir.EnumModel):
            return name + " | " + self.builtin(ENUM_BASE[decl.base])
        return name


def scalar_kind(models: Mapping[str, ir.Model], t: ir.Type) -> str | None:
    """"string", "integer", "number" or "boolean" when `t`'s values are one plain scalar (through
    named aliases and enums), else None: what the runtime checks a surface argument against."""
    seen: set[str] = set()
    while isinstance(t, ir.NamedType) and t.name not in seen:
        seen.add(t.name)
        decl = models.get(t.name)
        if isinstance(decl, ir.EnumModel):
            return decl.base if decl.base in _SCALARS else None
        if not isinstance(decl, ir.AliasModel):
            return None
        t = decl.target
    if isinstance(t, ir.Primitive) and t.name in _SCALARS and not (t.name == "string" and t.format == "binary"):
        return t.name
    return None


_SCALARS = ("string", "integer", "number", "boolean")


def join_union(annotations: Iterable[str]) -> str:
    """`A | B | None` from annotations, each member once; `Any` when any member is `Any`."""
    parts: list[str] = []
    for annotation in annotations:
        for part in split_union(annotation):
            if part not in parts:
                parts.append(part)
    return "Any" if "Any" in parts else " | ".join(parts)


def split_union(annotation: str) -> list[str]:
    """The top-level members of `A | list[B | C] | None`: [A, list[B | C], None]."""
    parts, depth, start, quoted, escaped = [], 0, 0, False, False
    for index, char in enumerate(annotation):
        if quoted:  # inside a Literal's string: brackets and bars there are text
            escaped, quoted = (not escaped and char == "\\"), quoted and (escaped or char != '"')
            continue
        if char == '"':
            quoted = True
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(annotation[start:index].strip())
            start = index + 1
    parts.append(annotation[start:].strip())
    return parts


def nullable_if(t: ir.Type, nullable: bool) -> ir.Type:
    """`t`, made nullable when `nullable` says so."""
    return dataclasses.replace(t, nullable=True) if nullable and not t.nullable else t

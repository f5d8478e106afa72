"""Type descriptions: what the runtime's Serde reads (neutral data the literal filter prints,
`[:array, :Thing]`) and what a reader of the YARD docs sees (`Array<Api::Models::Thing>`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ... import ir
from ...passes.types import is_object_like
from .literals import Sym
from .symbols import RubySymbols, alias_class

ANY = Sym("any")
NULLABLE = Sym("nullable")

_STRING_FORMATS = {"date-time": Sym("date_time"), "date": Sym("date"), "binary": Sym("binary")}
_PRIMITIVES = {"integer": Sym("integer"), "number": Sym("number"), "boolean": Sym("boolean")}
_YARD_PRIMITIVES = {"integer": "Integer", "number": "Float", "boolean": "Boolean"}
_YARD_CONSTS = {"string": "String", "integer": "Integer", "number": "Float", "boolean": "Boolean"}


def is_nullable_expr(expr: Any) -> bool:
    """Whether a Serde description already lets null through (`[:nullable, ...]` or `:any`)."""
    return expr == ANY or (isinstance(expr, list) and bool(expr) and expr[0] == NULLABLE)


class RubyTypes:
    def __init__(self, api: ir.Api, symbols: RubySymbols) -> None:
        self.api = api
        self.symbols = symbols
        self.module = symbols.module

    # ------------------------------------------------------------ Serde descriptions

    def type_expr(self, t: ir.Type | None, seen: frozenset[str] = frozenset()) -> Any:
        """The Serde type description of `t` (nullability left to the caller)."""
        if t is None:
            return ANY
        if isinstance(t, ir.Primitive):
            if t.name == "string":
                return _STRING_FORMATS.get(t.format or "", Sym("string"))
            return _PRIMITIVES.get(t.name, ANY)
        if isinstance(t, ir.ArrayType):
            return [Sym("array"), self.nested(t.item, seen)]
        if isinstance(t, ir.MapType):
            return [Sym("map"), self.nested(t.value, seen)]
        if isinstance(t, ir.ConstType):
            return [Sym("const"), t.value]
        if isinstance(t, ir.UnionType):
            return [Sym("union"), *(self.nested(v, seen) for v in t.variants)]
        if isinstance(t, ir.NamedType):
            decl = self.api.models.get(t.name)
            if isinstance(decl, ir.AliasModel):
                if t.name in seen:
                    return ANY
                return self.type_expr(decl.target, seen | {t.name})
            if t.name in self.symbols.class_names:
                return Sym(self.symbols.class_names[t.name])
        return ANY

    def nested(self, t: ir.Type, seen: frozenset[str] = frozenset()) -> Any:
        inner = self.type_expr(t, seen)
        return [NULLABLE, inner] if t.nullable and inner != ANY else inner

    def nullable(self, t: ir.Type) -> bool:
        seen: set[str] = set()
        while True:
            if t.nullable:
                return True
            if not isinstance(t, ir.NamedType) or t.name in seen:
                return False
            seen.add(t.name)
            decl = self.api.models.get(t.name)
            if not isinstance(decl, ir.AliasModel):
                return False
            t = decl.target

    # ------------------------------------------------------------ YARD

    def yard_type(self, t: ir.Type | None, seen: frozenset[str] = frozenset()) -> str:
        """The YARD type of `t` (what a reader of the docs sees)."""
        text = self._yard_bare(t, seen)
        if not text:  # a union met again inside its own expansion: the outer expansion lists its parts
            return "nil" if t is not None and t.nullable else text
        if t is not None and self.nullable(t) and text != "Object" and not text.endswith(", nil"):
            text += ", nil"
        return text

    def _yard_bare(self, t: ir.Type | None, seen: frozenset[str]) -> str:
        if t is None or isinstance(t, ir.AnyType):
            return "Object"
        if isinstance(t, ir.Primitive):
            if t.name == "string":
                return {"date-time": "Time", "date": "Date"}.get(t.format or "", "String")
            return _YARD_PRIMITIVES.get(t.name, "Object")
        if isinstance(t, ir.ArrayType):
            return "Array<" + (self.yard_type(t.item, seen) or "Object") + ">"
        if isinstance(t, ir.MapType):
            return "Hash{String => " + (self.yard_type(t.value, seen) or "Object") + "}"
        if isinstance(t, ir.ConstType):
            return _YARD_CONSTS.get(t.base, "Object")
        if isinstance(t, ir.UnionType):
            return self._yard_union(t.variants, seen)
        if isinstance(t, ir.NamedType):
            return self._yard_named(t.name, seen)
        return "Object"

    def _yard_named(self, name: str, seen: frozenset[str]) -> str:
        decl = self.api.models.get(name)
        if isinstance(decl, ir.AliasModel):
            return "Object" if name in seen else self._yard_bare(decl.target, seen | {name})
        if isinstance(decl, ir.EnumModel):
            return {"string": "String", "integer": "Integer"}.get(decl.base, "Float")
        if isinstance(decl, ir.UnionModel):
            # A union that recurses through other unions (no object in between) comes back here;
            # its parts are already being listed, so the inner visit adds nothing.
            return "" if name in seen else self._yard_union(decl.variants, seen | {name})
        if name in self.symbols.class_names:
            return self.model_path(name)
        return "Object"

    def _yard_union(self, variants: Sequence[ir.Type], seen: frozenset[str]) -> str:
        parts: list[str] = []
        for variant in variants:
            for part in self.yard_type(variant, seen).split(", "):
                if part and part not in parts:
                    parts.append(part)
        return ", ".join(parts) or "Object"

    def model_path(self, name: str) -> str:
        """The full constant of a model class (`Api::Models::Thing`)."""
        return self.module + "::Models::" + self.symbols.class_names[name]

    def enum_of(self, t: ir.Type) -> str | None:
        """The enum module a value of `t` comes from, for the docs."""
        target = alias_class(self.api.models, t, set())
        if target is not None and isinstance(self.api.models.get(target), ir.EnumModel):
            return self.model_path(target)
        return None

    def body_yard(self, body: ir.Body | None) -> str:
        if body is None:
            return "nil"
        text = self.yard_type(body.type)
        if is_object_like(self.api.models, body.type, any_is_object=True) and "Hash" not in text:
            text += ", Hash"
        return text if body.required else text + ", nil"

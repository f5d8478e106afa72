"""Kotlin type expressions for IR types, and the `java.lang.reflect.Type` expressions the runtime decodes with."""

from __future__ import annotations

from collections.abc import Mapping

from ... import ir
from ...passes.types import resolve_alias

_PRIMITIVES = {
    ("string", ""): "String",
    ("string", "date-time"): "OffsetDateTime",
    ("string", "date"): "LocalDate",
    ("string", "binary"): "ByteArray",
    ("integer", ""): "Long",
    ("integer", "int32"): "Int",
    ("number", ""): "Double",
    ("boolean", ""): "Boolean",
}
_CONST_TYPES = {"string": "String", "integer": "Long", "number": "Double", "boolean": "Boolean"}


class KotlinTypes:
    """Types as Kotlin writes them; a name on an alias cycle (or unknown, any, a union of scalars) is JsonNode."""

    def __init__(self, models: Mapping[str, ir.Model], class_names: Mapping[str, str], alias_cycles: set[str]) -> None:
        self.models = models
        self.class_names = class_names
        self.alias_cycles = alias_cycles

    def resolve(self, t: ir.Type) -> ir.Type:
        """Follow named aliases to what they stand for (cycles end at Any)."""
        return resolve_alias(self.models, t)

    def is_any(self, t: ir.Type) -> bool:
        if isinstance(t, ir.NamedType) and t.name in self.alias_cycles:
            return True  # written as JsonNode (see _bare)
        resolved = self.resolve(t)
        if isinstance(resolved, ir.NamedType):
            return resolved.name in self.alias_cycles
        return isinstance(resolved, (ir.AnyType, ir.UnionType))

    def is_nullable(self, t: ir.Type) -> bool:
        if t.nullable:
            return True
        if isinstance(t, ir.NamedType):
            decl = self.models.get(t.name)
            if isinstance(decl, ir.AliasModel) and t.name not in self.alias_cycles:
                return self.is_nullable(decl.target)
        return False

    def kt_type(self, t: ir.Type, nullable: bool | None = None) -> str:
        """The Kotlin type for `t`; JSON null becomes `?` (never on JsonNode, which has NullNode)."""
        text = self.bare(t)
        if text == "JsonNode":
            return text
        if nullable is None:
            nullable = self.is_nullable(t)
        return text + "?" if nullable else text

    def bare(self, t: ir.Type) -> str:
        if isinstance(t, ir.Primitive):
            return _PRIMITIVES.get((t.name, t.format or ""), _PRIMITIVES.get((t.name, ""), "JsonNode"))
        if isinstance(t, ir.ArrayType):
            return f"List<{self.kt_type(t.item)}>"
        if isinstance(t, ir.MapType):
            return f"Map<String, {self.kt_type(t.value)}>"
        if isinstance(t, ir.NamedType):
            if t.name in self.alias_cycles or t.name not in self.class_names:
                return "JsonNode"
            if self.is_any(t):
                return "JsonNode"
            return self.class_names[t.name]
        if isinstance(t, ir.ConstType):
            return _CONST_TYPES.get(t.base, "JsonNode")
        return "JsonNode"  # AnyType, UnionType of scalars

    def java_type(self, t: ir.Type, nullable: bool | None = None) -> str:
        """An expression for the `java.lang.reflect.Type` that `typeOf<T>().javaType` gives for
        `kt_type(t, nullable)` (a primitive class only at the top and when not nullable), written
        with class literals and `Types`: an inlined `typeOf` per use made large SDKs slow to compile."""
        if isinstance(t, ir.NamedType) and t.name in self.alias_cycles:
            return "JsonNode::class.java"  # as kt_type writes it: a typealias cannot hold itself
        boxed = self.is_nullable(t) if nullable is None else nullable
        resolved = self.resolve(t)
        if isinstance(resolved, ir.ArrayType):
            return f"Types.list({self.java_type(resolved.item, nullable=True)})"
        if isinstance(resolved, ir.MapType):
            return f"Types.map({self.java_type(resolved.value, nullable=True)})"
        text = self.bare(resolved)
        if boxed and text in ("Long", "Int", "Double", "Boolean"):
            return f"{text}::class.javaObjectType"
        return f"{text}::class.java"

    def optional(self, t: ir.Type) -> str:
        """The type of an argument or property that may be left out: nullable, JsonNode? for any."""
        return self.kt_type(t, nullable=True) if not self.is_any(t) else "JsonNode?"

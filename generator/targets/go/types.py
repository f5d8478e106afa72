"""Go type expressions for IR types, given the names the symbol provider gave the models."""

from __future__ import annotations

from collections.abc import Mapping

from ... import ir
from ...passes.cycles import strongly_connected

_CONST_BASE = {"string": "string", "boolean": "bool", "integer": "int64", "number": "float64"}


class GoTypes:
    """Type expressions: `type_expr` for a value, `elem_expr` for an array item or map value,
    `field_type` for a struct field or parameter (Optional when it may be absent or null)."""

    def __init__(self, models: Mapping[str, ir.Model], type_names: Mapping[str, str]) -> None:
        self.models = models
        self.type_names = type_names

    def resolve(self, t: ir.Type) -> tuple[ir.Type, bool]:
        """Follow inlined aliases: the type that stands for `t`, and whether null is allowed."""
        nullable = t.nullable
        seen: set[str] = set()
        while isinstance(t, ir.NamedType) and t.name not in self.type_names:
            decl = self.models.get(t.name)
            if not isinstance(decl, ir.AliasModel) or t.name in seen:
                return ir.AnyType(), nullable
            seen.add(t.name)
            t = decl.target
            nullable = nullable or t.nullable
        return t, nullable

    def object_of(self, t: ir.Type) -> ir.ObjectModel | None:
        t, _ = self.resolve(t)
        if isinstance(t, ir.NamedType):
            decl = self.models.get(t.name)
            if isinstance(decl, ir.ObjectModel):
                return decl
        return None

    def type_expr(self, t: ir.Type) -> str:
        """The Go type for `t`, null not considered (the caller wraps in Optional)."""
        t, _ = self.resolve(t)
        if isinstance(t, ir.NamedType):
            return self.type_names[t.name]
        if isinstance(t, ir.Primitive):
            return primitive(t)
        if isinstance(t, ir.ArrayType):
            return "[]" + self.elem_expr(t.item)
        if isinstance(t, ir.MapType):
            return "map[string]" + self.elem_expr(t.value)
        if isinstance(t, ir.ConstType):
            return _CONST_BASE.get(t.base, "any")
        return "any"

    def elem_expr(self, t: ir.Type) -> str:
        """An array item or map value: Optional when it may be null."""
        inner = self.type_expr(t)
        _, nullable = self.resolve(t)
        return f"Optional[{inner}]" if nullable and inner != "any" else inner

    def field_type(self, t: ir.Type, required: bool, pointer: bool = False) -> str:
        inner = self.type_expr(t)
        if pointer:
            inner = "*" + inner
        _, nullable = self.resolve(t)
        if inner == "any" and required:
            return inner  # null is already a value of any
        if required and not nullable:
            return inner
        return f"Optional[{inner}]"  # Optional[any] tells an absent member from an explicit null

    def pointer_result(self, t: ir.Type | None, go_type: str) -> str:
        """A result type: objects and unions are returned by pointer."""
        resolved = self.resolve(t)[0] if t is not None else None
        if isinstance(resolved, ir.NamedType) and isinstance(self.models.get(resolved.name),
                                                              (ir.ObjectModel, ir.UnionModel)):
            return "*" + go_type
        return go_type

    def recursive_fields(self) -> set[tuple[str, str]]:
        """(model, wire) of struct fields that hold a struct by value in a cycle: those become pointers."""
        edges: dict[str, list[tuple[str, str]]] = {}
        for model_name, decl in self.models.items():
            if isinstance(decl, ir.ObjectModel):
                for f in decl.fields:
                    target = self.resolve(f.type)[0]
                    decl_of_target = self.models.get(target.name) if isinstance(target, ir.NamedType) else None
                    if isinstance(target, ir.NamedType) and isinstance(decl_of_target, ir.ObjectModel):
                        edges.setdefault(model_name, []).append((target.name, f.wire_name))
        component = strongly_connected({k: [n for n, _ in v] for k, v in edges.items()})
        return {
            (source, wire)
            for source, targets in edges.items()
            for target, wire in targets
            if component.get(source) is not None and component.get(source) == component.get(target)
        }


def primitive(t: ir.Primitive) -> str:
    fmt = (t.format or "").lower()
    if t.name == "string":
        if fmt == "date-time":
            return "time.Time"
        if fmt in ("byte", "binary"):
            return "[]byte"
        return "string"
    if t.name == "integer":
        return "int32" if fmt == "int32" else "int64"
    if t.name == "number":
        return "float64"
    if t.name == "boolean":
        return "bool"
    return "any"


def type_words(go_type: str) -> str:
    """A readable name part for a Go type: []string -> StringList, map[string]any -> AnyMap."""
    if go_type.startswith("[]"):
        return ("Bytes" if go_type == "[]byte" else type_words(go_type[2:]) + "List")
    if go_type.startswith("map[string]"):
        return type_words(go_type[len("map[string]"):]) + "Map"
    if go_type.startswith("Optional["):
        return "Optional" + type_words(go_type[len("Optional["):-1])
    if go_type.startswith("*"):
        return type_words(go_type[1:])
    if go_type == "time.Time":
        return "Time"
    return go_type[:1].upper() + go_type[1:]

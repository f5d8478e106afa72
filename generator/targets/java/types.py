"""Java types of IR types: how each is written, what it imports and how Jackson is told about it."""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir

# The pagination styles the Java runtime's pager reads: all of them.
PAGED_STYLES = ir.PAGINATION_STYLES


@dataclass
class JType:
    """A Java type: how it is written, what it imports, and how Jackson is told about it."""

    text: str
    imports: frozenset[str]
    kind: str  # union variant kind: OBJECT ARRAY STRING INTEGER NUMBER BOOLEAN ANY
    simple: str  # a word for wrapper names (String, List, Deployment)

    @property
    def generic(self) -> bool:
        """Jackson needs a TypeReference (not `X.class`) for it."""
        return "<" in self.text


OBJECT = JType("Object", frozenset(), "ANY", "Object")
STRING = JType("String", frozenset(), "STRING", "String")
_LONG = JType("Long", frozenset(), "INTEGER", "Long")
_DOUBLE = JType("Double", frozenset(), "NUMBER", "Double")
_BOOLEAN = JType("Boolean", frozenset(), "BOOLEAN", "Boolean")
_PRIMITIVE_TYPES = {
    ("string", ""): STRING,
    ("string", "date-time"): JType("OffsetDateTime", frozenset({"java.time.OffsetDateTime"}), "STRING",
                                   "OffsetDateTime"),
    ("string", "date"): JType("LocalDate", frozenset({"java.time.LocalDate"}), "STRING", "LocalDate"),
    ("string", "binary"): JType("byte[]", frozenset(), "STRING", "Bytes"),
    ("string", "byte"): JType("byte[]", frozenset(), "STRING", "Bytes"),
    ("integer", ""): _LONG,
    ("integer", "int32"): JType("Integer", frozenset(), "INTEGER", "Integer"),
    ("number", ""): _DOUBLE,
    ("boolean", ""): _BOOLEAN,
}
_CONST_TYPES = {"string": STRING, "integer": _LONG, "number": _DOUBLE, "boolean": _BOOLEAN}
_ENUM_KINDS = {"string": "STRING", "integer": "INTEGER"}


class JavaTypes:
    """The type mapping of one API: model classes by schema name, aliases written out."""

    def __init__(self, api: ir.Api, package: str, class_names: dict[str, str]) -> None:
        self.api = api
        self.package = package
        self.class_names = class_names

    def resolve(self, t: ir.Type, depth: int = 0) -> tuple[ir.Type, bool]:
        """Follow aliases; the type and whether null is allowed on the way."""
        nullable = t.nullable
        while isinstance(t, ir.NamedType) and depth < 50:
            decl = self.api.models.get(t.name)
            if not isinstance(decl, ir.AliasModel):
                break
            t = decl.target
            nullable = nullable or t.nullable
            depth += 1
        if isinstance(t, ir.NamedType) and isinstance(self.api.models.get(t.name), ir.AliasModel):
            return ir.AnyType(), True  # an alias cycle: nothing better to say
        return t, nullable

    def nullable(self, t: ir.Type) -> bool:
        return self.resolve(t)[1]

    def _aliases(self, t: ir.Type) -> set[str]:
        """The aliases `t` goes through."""
        followed: set[str] = set()
        while isinstance(t, ir.NamedType) and t.name not in followed:
            decl = self.api.models.get(t.name)
            if not isinstance(decl, ir.AliasModel):
                break
            followed.add(t.name)
            t = decl.target
        return followed

    def jtype(self, t: ir.Type, models_package: bool = False, expanding: frozenset[str] = frozenset()) -> JType:
        """The Java type of `t` (boxed); model classes imported unless `models_package`.

        Java has no type aliases, so an alias is written out where it is used; one that comes
        back inside its own items or values (`Nest: array of Nest`) stops there as Object."""
        followed = self._aliases(t)
        if followed & expanding:
            return OBJECT
        expanding |= followed
        t, _ = self.resolve(t)
        if isinstance(t, ir.Primitive):
            return _PRIMITIVE_TYPES.get((t.name, t.format or ""), _PRIMITIVE_TYPES.get((t.name, ""), OBJECT))
        if isinstance(t, ir.ConstType):
            return _CONST_TYPES.get(t.base, OBJECT) if t.value is not None else OBJECT
        if isinstance(t, ir.ArrayType):
            item = self.jtype(t.item, models_package, expanding)
            return JType(f"List<{item.text}>", item.imports | {"java.util.List"}, "ARRAY", "List")
        if isinstance(t, ir.MapType):
            value = self.jtype(t.value, models_package, expanding)
            return JType(f"Map<String, {value.text}>", value.imports | {"java.util.Map"}, "OBJECT", "Map")
        if isinstance(t, ir.NamedType) and t.name in self.class_names:
            return self._model_type(t.name, models_package)
        return OBJECT

    def _model_type(self, model_name: str, models_package: bool) -> JType:
        name = self.class_names[model_name]
        decl = self.api.models[model_name]
        kind = "OBJECT"
        if isinstance(decl, ir.EnumModel):
            kind = _ENUM_KINDS.get(decl.base, "NUMBER")
        elif isinstance(decl, ir.UnionModel):
            kind = "ANY"
        imports = frozenset() if models_package else frozenset({f"{self.package}.models.{name}"})
        return JType(name, imports, kind, name)

"""Golden tests of the builder's schema handlers (build.Builder.schema_type and the handler it
dispatches to for each kind of schema): one schema in, the exact IR type and declarations out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.build import Builder
from generator.diagnostics import Diagnostics
from generator.loader import Workspace

COMPONENTS = {
    "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
    "MaybePet": {"nullable": True, "allOf": [{"$ref": "#/components/schemas/Pet"}]},
}


@pytest.fixture
def builder(tmp_path: Path) -> Builder:
    spec = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
            "components": {"schemas": COMPONENTS}}
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    b = Builder(Workspace(path, Diagnostics()))
    b.build()
    return b


def of(builder: Builder, schema: Any, hoist: bool = True) -> ir.Type:
    return builder.schema_type(schema, builder.root, "/x", ["Hint"], hoist=hoist)


STR, INT, BOOL = ir.Primitive("string"), ir.Primitive("integer"), ir.Primitive("boolean")

GOLDEN: list[tuple[str, Any, ir.Type]] = [
    ("empty", {}, ir.AnyType()),
    ("true", True, ir.AnyType()),
    ("false", False, ir.AnyType()),
    ("ref", {"$ref": "#/components/schemas/Pet"}, ir.NamedType("Pet")),
    ("nullable ref", {"$ref": "#/components/schemas/Pet", "nullable": True}, ir.NamedType("Pet", nullable=True)),
    ("const", {"const": "x"}, ir.ConstType("x", "string")),
    ("const null", {"const": None}, ir.ConstType(None, "null", nullable=True)),
    ("type list", {"type": ["string", "integer"]}, ir.UnionType((STR, INT))),
    ("type list with null", {"type": ["string", "null"]}, ir.Primitive("string", nullable=True)),
    ("only null in a list", {"type": ["null"]}, ir.AnyType(nullable=True)),
    ("null", {"type": "null"}, ir.AnyType(nullable=True)),
    ("boolean enum", {"enum": [True, False]}, BOOL),
    ("one boolean", {"enum": [True]}, ir.ConstType(True, "boolean")),
    ("string", {"type": "string", "format": "date-time"}, ir.Primitive("string", "date-time")),
    ("nullable 3.0", {"type": "integer", "nullable": True}, ir.Primitive("integer", nullable=True)),
    ("array", {"type": "array", "items": {"type": "string"}}, ir.ArrayType(STR)),
    ("tuple items", {"type": "array", "items": [{"type": "integer"}]}, ir.ArrayType(INT)),
    ("map", {"type": "object", "additionalProperties": {"type": "integer"}}, ir.MapType(INT)),
    ("free-form object", {"type": "object"}, ir.MapType(ir.AnyType())),
    ("one-member allOf", {"allOf": [{"$ref": "#/components/schemas/Pet"}], "nullable": True},
     ir.NamedType("Pet", nullable=True)),
    ("primitive union", {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]},
     ir.UnionType((STR, INT), nullable=True)),
    ("no kind", {"description": "anything"}, ir.AnyType()),
]


@pytest.mark.parametrize(("schema", "expected"), [(s, e) for _, s, e in GOLDEN], ids=[n for n, _, _ in GOLDEN])
def test_schema_type(builder: Builder, schema: Any, expected: ir.Type) -> None:
    before = set(builder.models)
    assert of(builder, schema) == expected
    assert set(builder.models) == before  # none of these declares a model
    assert list(builder.diags) == []


def test_string_enum_hoists_an_enum_model(builder: Builder) -> None:
    t = of(builder, {"enum": ["a", "b", None]})
    assert t == ir.NamedType("Hint", nullable=True)
    model = builder.models["Hint"]
    assert isinstance(model, ir.EnumModel) and [v.value for v in model.values] == ["a", "b"]


def test_object_with_properties_hoists_an_object_model(builder: Builder) -> None:
    t = of(builder, {"type": "object", "nullable": True, "properties": {"id": {"type": "integer"}}})
    assert t == ir.NamedType("Hint", nullable=True)
    model = builder.models["Hint"]
    assert isinstance(model, ir.ObjectModel) and [(f.wire_name, f.type) for f in model.fields] == [("id", INT)]


def test_object_union_hoists_a_union_model(builder: Builder) -> None:
    t = of(builder, {"oneOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "string"}]})
    assert t == ir.NamedType("Hint")
    model = builder.models["Hint"]
    assert isinstance(model, ir.UnionModel) and model.variants == [ir.NamedType("Pet"), STR]


def test_object_with_properties_unhoisted_is_an_internal_error(builder: Builder) -> None:
    assert of(builder, {"properties": {"id": {"type": "integer"}}}, hoist=False) == ir.AnyType()
    assert [d.code for d in builder.diags] == ["internal"]


@pytest.mark.parametrize(("schema", "codes"), [
    ({"type": "strin"}, ["unknown-type"]),
    ({"type": ["string", "strin"]}, ["unknown-type"]),
    ({"type": "string", "not": {"const": "x"}}, ["keyword-unmodelled"]),
    ("text", ["schema-invalid"]),
])
def test_bad_schemas_are_diagnosed(builder: Builder, schema: Any, codes: list[str]) -> None:
    of(builder, schema)
    assert [d.code for d in builder.diags] == codes

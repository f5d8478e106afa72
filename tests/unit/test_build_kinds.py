"""The builder package: one handler per kind of schema, each recognising only its own kind (so
the dispatch order in `schemas.KIND_HANDLERS` decides nothing by accident), the names the rest of
the project imports from `generator.build`, and `x-enum-descriptions` read by its extension module."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import build, ir
from generator.build import Builder, schemas
from generator.diagnostics import Diagnostics
from generator.loader import Workspace


def make_builder(tmp_path: Path, components: dict[str, Any] | None = None) -> Builder:
    spec = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
            "components": {"schemas": components or {}}}
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    b = Builder(Workspace(path, Diagnostics()))
    b.build()
    return b


def test_the_package_keeps_the_names_imported_from_the_old_module() -> None:
    assert callable(build.load_api)
    assert build.HTTP_METHODS[0] == "get" and "trace" in build.HTTP_METHODS
    assert build.JSON_TYPES == ("string", "integer", "number", "boolean", "array", "object", "null")
    assert "not" in build.UNMODELLED_KEYWORDS


# One schema of each kind, and the handler that must be the only one to recognise it.
KINDS: list[tuple[dict[str, Any], str]] = [
    ({"enum": ["a", "b"]}, "enum_type"),
    ({"allOf": [{"type": "string"}, {"maxLength": 3}]}, "allof_type"),
    ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, "union_type"),
    ({"type": "object", "properties": {"a": {"type": "string"}}}, "object_type"),
    ({"type": "object", "additionalProperties": {"type": "string"}}, "map_type"),
    ({"type": "array", "items": {"type": "string"}}, "array_type"),
    ({"type": "number", "format": "float"}, "primitive_type"),
]


@pytest.mark.parametrize(("schema", "owner"), KINDS, ids=[owner for _, owner in KINDS])
def test_each_kind_is_recognised_by_its_own_handler_only(tmp_path: Path, schema: dict[str, Any], owner: str) -> None:
    b = make_builder(tmp_path)
    recognised = [
        handler.__name__
        for handler in schemas.KIND_HANDLERS
        if handler(b, schema, b.root, "/x", ["Hint"], False, True) is not None
    ]
    assert recognised == [owner]


def test_a_schema_no_handler_knows_is_any(tmp_path: Path) -> None:
    b = make_builder(tmp_path)
    assert b.schema_type({"description": "anything"}, b.root, "/x", ["Hint"]) == ir.AnyType()
    assert b.schema_type({"enum": [None], "description": "only null"}, b.root, "/x", ["Hint"]) == ir.AnyType(
        nullable=True
    )


def test_enum_descriptions_follow_the_values(tmp_path: Path) -> None:
    b = make_builder(tmp_path, {"Color": {"enum": ["red", "green", "red"],
                                          "x-enum-descriptions": ["warm", "cool", 7]}})
    model = b.models["Color"]
    assert isinstance(model, ir.EnumModel)
    assert [(v.value, v.description) for v in model.values] == [("red", "warm"), ("green", "cool")]
    assert list(b.diags) == []


def test_enum_descriptions_that_are_not_a_list_warn_and_are_ignored(tmp_path: Path) -> None:
    b = make_builder(tmp_path, {"Color": {"enum": ["red"], "x-enum-descriptions": {"red": "warm"}}})
    model = b.models["Color"]
    assert isinstance(model, ir.EnumModel)
    assert [(v.value, v.description) for v in model.values] == [("red", "")]
    diagnostics = list(b.diags)
    assert [(d.severity.value, d.code) for d in diagnostics] == [("warning", "extension-invalid")]
    assert "x-enum-descriptions must be a list" in diagnostics[0].message


def test_path_templates_read_rfc6570_operators_unless_the_name_is_declared() -> None:
    from generator.build.paths import read_template

    template = read_template("/a/{id*}/{.fmt}/{;m}/{plain}/{.kept}", declared={"plain", ".kept"})
    assert template.path == "/a/{id}/{fmt}/{m}/{plain}/{.kept}"
    assert template.names == ["id", "fmt", "m", "plain", ".kept"]
    assert template.operators == {"id": ("simple", True), "fmt": ("label", False), "m": ("matrix", False)}
    assert len(template.readings) == 3


def test_every_builder_module_stays_under_300_lines() -> None:
    folder = Path(build.__file__).parent
    sizes = {path.name: len(path.read_text(encoding="utf-8").splitlines()) for path in folder.glob("*.py")}
    assert len(sizes) >= 15
    assert {name: size for name, size in sizes.items() if size >= 300} == {}

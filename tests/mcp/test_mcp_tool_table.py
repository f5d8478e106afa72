"""The MCP target in the generation matrix, in-process: for every spec of the corpus
(../shared/specs) and every construct case, the tool table (`build_tools`, what `_tools.json`
holds and `tools/list` shows) has a tool for every operation, names that fit MCP clients, and
schemas that are valid JSON Schema 2020-12 without `$ref`/`$defs`. Plus the naming and argument
rules on small specs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator.cli import load
from generator.targets.mcp import build_tools
from generator.targets.mcp.tools import fit
from tests.generation.conftest import count_operations
from tests.generation.test_matrix import all_specs, label
from tests.mcp.test_mcp_server import keywords

NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


@pytest.mark.parametrize("spec", all_specs(), ids=label)
def test_tool_table(spec: Path) -> None:
    api = load(spec, False).api
    tools = build_tools(api)
    calls = [t for t in tools if t["kind"] == "call"]
    assert len(calls) == count_operations(spec)
    assert sorted(t["operation"] for t in calls) == sorted(op.operation_id for op in api.operations)
    names = [t["name"] for t in tools]
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    for tool in tools:
        assert NAME.fullmatch(tool["name"]), tool["name"]
        assert tool["description"].strip()
        for key in ("inputSchema", "outputSchema"):
            schema = tool[key]
            jsonschema.Draft202012Validator.check_schema(schema)
            assert not set(keywords(schema)) & {"$ref", "$defs", "definitions"}, (tool["name"], key)
            assert schema["type"] == "object"
        json.dumps(tool)  # plain JSON: what _tools.json holds
    ops = {op.operation_id: op for op in api.operations}
    for tool in calls:  # every parameter of the operation is an argument
        op = ops[tool["operation"]]
        routed = {(r["in"], r["name"]) for r in tool["arguments"].values()}
        assert {(p.location, p.name) for p in op.parameters} <= routed, tool["name"]
        assert set(tool["arguments"]) | {tool["select"]} - {None} == set(tool["inputSchema"]["properties"])
        # the field selection argument: on tools whose answer is an object with known fields
        if tool["select"] is not None:
            assert not tool["wrapped"] and tool["outputSchema"]["properties"], tool["name"]
            assert tool["inputSchema"]["properties"][tool["select"]]["type"] == "array"


def _api(tmp_path: Path, paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps({"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": paths,
                                "components": {"schemas": schemas or {}}}))
    return build_tools(load(spec, False).api)


def test_long_names_are_cut_with_a_stable_digest() -> None:
    long = "a_" * 50
    assert len(fit(long)) == 64 and fit(long) == fit(long) and fit(long) != fit(long + "b")
    assert fit("short_name") == "short_name"


def test_clashing_arguments_are_renamed_predictably(tmp_path: Path) -> None:
    tools = _api(tmp_path, {"/items/{id}": {"put": {
        "tags": ["items"], "operationId": "putItem",
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                       {"name": "id", "in": "header", "schema": {"type": "string"}}],
        "requestBody": {"required": True, "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Item"}}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"type": "array", "items": {"type": "string"}}}}}},
    }}}, {"Item": {"type": "object", "required": ["id", "name"], "properties": {
        "id": {"type": "string"}, "name": {"type": "string"}, "child": {"$ref": "#/components/schemas/Item"}}}})
    (tool,) = tools
    assert tool["name"] == "items_update"
    assert list(tool["arguments"]) == ["id", "header_id", "body_id", "name", "child"]
    assert tool["arguments"]["body_id"] == {"in": "body", "name": "id"}
    assert tool["inputSchema"]["required"] == ["id", "body_id", "name"]
    assert "`body_id` is the body field `id`" in tool["description"]
    # recursion is cut, and the description says so
    assert "recursive (Item)" in tool["description"]
    assert tool["wrapped"] and tool["outputSchema"]["properties"]["result"]["type"] == "array"
    assert tool["annotations"] == {"destructiveHint": False, "idempotentHint": True}


def test_colliding_names_get_numbered_in_spec_order(tmp_path: Path) -> None:
    # `aB.c` and `a.bC` are different neutral names, but both read a_b_c as a tool name.
    paths = {"/x": {"get": {"tags": ["a"], "operationId": "one", "x-sdkgen-method": "aB.c",
                            "responses": {"200": {"description": "ok"}}}},
             "/y": {"get": {"tags": ["a"], "operationId": "two", "x-sdkgen-method": "a.bC",
                            "responses": {"200": {"description": "ok"}}}}}
    first = [t["name"] for t in _api(tmp_path, paths)]
    assert first == ["a_b_c", "a_b_c_2"]
    assert [t["name"] for t in _api(tmp_path, paths)] == first


def test_field_selection_argument(tmp_path: Path) -> None:
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {
        "type": "object", "properties": {"id": {"type": "string"}, "size": {"type": "integer"}}}}}}}
    tools = _api(tmp_path, {
        "/a": {"get": {"tags": ["a"], "operationId": "getA", "responses": ok}},
        "/b": {"get": {"tags": ["a"], "operationId": "getB", "responses": ok, "parameters": [
            {"name": "fields", "in": "query", "schema": {"type": "string"}}]}},
        "/c": {"delete": {"tags": ["a"], "operationId": "deleteC", "responses": {"204": {"description": "gone"}}}},
        "/d": {"get": {"tags": ["a"], "operationId": "listD", "responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}}}},
    })
    by_op = {t["operation"]: t for t in tools}
    assert by_op["getA"]["select"] == "fields"
    assert "dotted paths" in by_op["getA"]["inputSchema"]["properties"]["fields"]["description"]
    # the operation's own `fields` keeps its name; the selection moves aside
    assert by_op["getB"]["select"] == "_fields" and by_op["getB"]["arguments"]["fields"]["in"] == "query"
    assert by_op["deleteC"]["select"] is None and by_op["listD"]["select"] is None  # no object answer

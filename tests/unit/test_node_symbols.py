"""The Node symbol provider (generator/targets/node/symbols.py): reserved words escaped, collisions
resolved deterministically in a fixed order, and the literal filter the templates print data with."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.cli import load
from generator.diagnostics import Diagnostics
from generator.targets.node.literals import Record, ts_value
from generator.targets.node.symbols import GLOBAL_NAMES, OBJECT_MEMBERS, RUNTIME_EXPORTS, NodeSymbols


def _spec(tmp_path: Path, paths: dict[str, Any], schemas: dict[str, Any] | None = None,
          name: str = "sym") -> Path:
    doc: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": paths}
    if schemas:
        doc["components"] = {"schemas": schemas}
    spec = tmp_path / f"{name}.json"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    return spec


def _symbols(spec: Path) -> tuple[NodeSymbols, Diagnostics]:
    loaded = load(spec, strict=False)
    diagnostics = Diagnostics()
    return NodeSymbols(loaded.api, loaded.settings, diagnostics), diagnostics


def _get(operation_id: str, tag: str = "things", **extra: Any) -> dict[str, Any]:
    return {"get": {"operationId": operation_id, "tags": [tag], "responses": {"204": {"description": "none"}},
                    **extra}}


def test_reserved_and_taken_type_names_are_escaped(tmp_path: Path) -> None:
    schemas = {name: {"type": "object"} for name in ("Promise", "Error", "RequestOptions", "delete", "2fa", "m")}
    symbols, _ = _symbols(_spec(tmp_path, {"/a": _get("getA")}, schemas))
    assert list(symbols.models.values()) == [
        "PromiseModel",  # a global the modules use
        "ErrorModel",
        "RequestOptionsModel",  # a runtime export
        "Delete",  # PascalCase is not the keyword
        "Model2fa",  # no identifier starts with a digit
        "M2",  # `m` (the models namespace import) is taken, ignoring case
    ]
    declared = set(symbols.models.values())
    assert not declared & (RUNTIME_EXPORTS | GLOBAL_NAMES)


def test_reserved_member_names_are_escaped(tmp_path: Path) -> None:
    paths = {"/a": _get("delete", tag="function"), "/b": _get("constructor", tag="function"),
             "/c": _get("request", tag="request")}
    symbols, _ = _symbols(_spec(tmp_path, paths))
    accessors = [name for name, _ in symbols.roots]
    assert accessors == ["function_", "request_2"]  # a keyword; the client's own member is taken
    methods = {op: name for op, name in symbols.methods.items()}
    assert methods == {"delete": "delete_", "constructor": "constructor_", "request": "request"}
    assert not set(methods.values()) & OBJECT_MEMBERS


def test_collisions_resolve_in_spec_order_and_helpers_take_what_is_left(tmp_path: Path) -> None:
    paging = {"parameters": [{"name": "offset", "in": "query", "schema": {"type": "integer"}},
                             {"name": "limit", "in": "query", "schema": {"type": "integer"}}],
              "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                  "type": "object", "properties": {"items": {"type": "array", "items": {"type": "string"}},
                                                   "total": {"type": "integer"}}}}}}}}
    paths = {
        "/a": _get("get-thing"),
        "/b": _get("getThing"),
        "/c": {"get": {"operationId": "listThings", "tags": ["things"], **paging}},
        "/d": _get("iterListThings"),
        "/e/{id}": _get("getOne", parameters=[{"name": "id", "in": "path", "required": True,
                                              "schema": {"type": "string"}}]),
    }
    schemas = {"GetOnePathParams": {"type": "object"}}
    spec = _spec(tmp_path, paths, schemas)
    symbols, diagnostics = _symbols(spec)
    assert not diagnostics.has_errors()
    scope = symbols.resources[0]
    assert [(name, kind) for name, kind, _ in scope.members] == [
        ("getThing", "operation"), ("getThing_2", "operation"), ("listThings", "operation"),
        ("iterListThings", "operation"), ("getOne", "operation"),
        # the resource methods at their derived names (passes/method_names.py), after the seed's
        ("getA", "method"), ("getB", "method"), ("getC", "method"), ("getD", "method"),
        ("iterListThings_2", "iterate"),  # the helper comes after every method, so it yields
    ]
    nested = symbols.namespaces[0]
    assert (nested.path, nested.members) == (("things", "e"), [("get", "method", "getOne")])
    # the model was declared first: the operation's parameter type takes the next name
    assert symbols.models["GetOnePathParams"] == "GetOnePathParams"
    assert symbols.params_types[("getOne", "PathParams")] == "GetOnePathParams2"
    assert symbols.params_types[("listThings", "Query")] == "ListThingsQuery"
    again, _ = _symbols(spec)  # the same spec names everything the same way
    assert again.models == symbols.models and again.methods == symbols.methods
    assert again.params_types == symbols.params_types
    assert [s.members for s in again.resources] == [s.members for s in symbols.resources]


def test_order_follows_the_spec(tmp_path: Path) -> None:
    schemas = {name: {"type": "string"} for name in ("Zeta", "Alpha", "Mid")}
    paths = {"/z": _get("zOp", tag="zulu"), "/a": _get("aOp", tag="alpha")}
    symbols, _ = _symbols(_spec(tmp_path, paths, schemas))
    assert list(symbols.models.values()) == ["Zeta", "Alpha", "Mid"]
    assert [name for name, _ in symbols.roots] == ["zulu", "alpha"]
    assert [s.file for s in symbols.resources] == ["resources/zulu", "resources/alpha"]


def test_pinned_names_open_namespaces_in_order_and_collisions_are_reported(tmp_path: Path) -> None:
    paths = {"/a": _get("op0", **{"x-sdkgen-method": "apps.git.connect"}),
             "/b": _get("op1", **{"x-sdkgen-method": "apps.list"}),
             "/c": _get("op2", **{"x-sdkgen-method": "things.op2"})}  # its own method name: no alias
    symbols, diagnostics = _symbols(_spec(tmp_path, paths))
    assert not diagnostics.has_errors()
    assert [s.path for s in symbols.namespaces] == [("apps",), ("apps", "git")]
    assert [s.class_name for s in symbols.namespaces] == ["AppsNamespace", "AppsGitNamespace"]
    assert [name for name, _ in symbols.roots] == ["things", "apps"]
    apps = symbols.namespaces[0]
    assert apps.members == [("list", "method", "op1")]
    assert [name for name, _ in apps.children] == ["git"]
    assert symbols.resources[0].members == [("op0", "operation", "op0"), ("op1", "operation", "op1"),
                                            ("op2", "operation", "op2")]

    clash = {"/a": _get("op0", tag="things", **{"x-sdkgen-method": "withOptions.x"})}
    _, diagnostics = _symbols(_spec(tmp_path, clash, name="clash"))
    assert [d.code for d in diagnostics.items] == ["node-alias-collision"]
    assert "the client already has a member named 'withOptions'" in diagnostics.items[0].message


def test_literal_filter_prints_data_as_typescript() -> None:
    assert ts_value({"name": "a", "required": True, "explode": False, "n": -3, "x": None}) == \
        '{ name: "a", required: true, explode: false, n: -3, x: null }'
    assert ts_value({"a-b": ["x", 1.5], "empty": {}, "list": []}) == '{ "a-b": ["x", 1.5], empty: {}, list: [] }'
    assert ts_value(Record({"200": "json", "default": "json"})) == '{ "200": "json", "default": "json" }'
    assert ts_value(Record()) == "{}"
    assert ts_value('quote " and \\ and \n and \u2028') == '"quote \\" and \\\\ and \\n and \\u2028"'
    assert ts_value(("a", ("b",))) == '["a", ["b"]]'


def test_derived_names_take_the_next_free_name(tmp_path: Path) -> None:
    """A derived name that the seed's methods already hold moves to `_2`; the seed keeps its name."""
    paths = {"/things": {"get": {"operationId": "list", "tags": ["things"],
                                 "responses": {"204": {"description": "none"}}},
                         "post": {"operationId": "create", "tags": ["things"],
                                  "responses": {"204": {"description": "none"}}}},
             "/things/{id}": {"get": {"operationId": "get", "tags": ["things"],
                                      "parameters": [{"name": "id", "in": "path", "required": True,
                                                      "schema": {"type": "string"}}],
                                      "responses": {"204": {"description": "none"}}}}}
    symbols, diagnostics = _symbols(_spec(tmp_path, paths))
    assert not diagnostics.has_errors()
    names = {(op.operation_id, op.neutral_name.method) for op in symbols.api.operations if op.neutral_name}
    assert ("list", ("list",)) in names  # what the shared pass derives
    members = symbols.resources[0].members
    # the seed's `list`, `create` and `get` stay; derived names equal to an operation's own seed
    # method name give no second method
    assert [(n, k) for n, k, _ in members] == [("list", "operation"), ("create", "operation"),
                                               ("get_", "operation"),  # `get` is reserved for a seed method
                                               ("get", "method")]


def test_surface_inputs_path_order_and_body(tmp_path: Path) -> None:
    body = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/New"}}}}
    clash = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Clash"}}}}
    path_params = [{"name": "b-id", "in": "path", "required": True, "schema": {"type": "string"}},
                   {"name": "aId", "in": "path", "required": True, "schema": {"type": "string"}}]
    query = [{"name": "force", "in": "query", "schema": {"type": "boolean"}}]
    ok = {"204": {"description": "none"}}
    paths = {
        "/a/{aId}/b/{b-id}": {"post": {"operationId": "make", "tags": ["t"], "parameters": path_params + query,
                                       "requestBody": body, "responses": ok,
                                       "x-sdkgen-method": "t.build"}},
        "/c": {"post": {"operationId": "clash", "tags": ["t"], "parameters": query, "requestBody": clash,
                        "responses": ok, "x-sdkgen-method": "t.check"}},
    }
    schemas = {"New": {"type": "object", "properties": {"name": {"type": "string"}}},
               "Clash": {"type": "object", "properties": {"force": {"type": "string"}}}}
    symbols, _ = _symbols(_spec(tmp_path, paths, schemas))
    make = symbols.surface["make"]
    assert [(name, p.name) for name, p in make.path_args] == [("aId", "aId"), ("bId", "b-id")]  # path order
    assert (make.params_type, make.body_key) == ("TBuildParams", None)  # the body's fields spread in
    assert symbols.surface["clash"].body_key == "body"  # a field named like a parameter: kept whole


def test_derived_names_land_in_their_tag_resource_even_when_it_was_renamed(tmp_path: Path) -> None:
    ok = {"204": {"description": "none"}}
    item = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    paths = {"/options": {"get": {"operationId": "readOptions", "tags": ["options"], "responses": ok}},
             "/options/{id}": {"get": {"operationId": "readOption", "tags": ["options"], "parameters": item,
                                       "responses": ok}},
             "/options/{id}/constructor": {"post": {"operationId": "build", "tags": ["options"],
                                                    "parameters": item, "responses": ok}}}
    symbols, diagnostics = _symbols(_spec(tmp_path, paths))
    assert not diagnostics.has_errors()
    # the tag `options` is the client's own member: its accessor is `options_2`, and the derived
    # names (resource `options`) go into that same class instead of opening a second one
    assert [name for name, _ in symbols.roots] == ["options_2"]
    assert symbols.namespaces == []
    members = [(n, k) for n, k, _ in symbols.resources[0].members]
    assert members[:3] == [("readOptions", "operation"), ("readOption", "operation"), ("build", "operation")]
    # `constructor` (an own member of every object) is escaped, never a member name
    assert [n for n, k in members if k == "method"] == ["list", "get", "constructor_"]

"""The Kotlin symbol provider (generator/targets/kotlin/symbols.py): reserved words are escaped,
names that collide (with each other, with imports, builtins or members the generated classes
already have) are resolved the same way every time, and names are handed out in spec order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import ir
from generator.build import load_api
from generator.naming import NameAllocator
from generator.targets.kotlin.literal import Call, Code, Named, Pair, kt_value
from generator.targets.kotlin.symbols import (
    CLIENT_MEMBERS,
    RESERVED_WORDS,
    KotlinSymbols,
    enum_member,
    escape,
    member_name,
    wrapper_name,
)

OBJECT = {"type": "object", "properties": {"id": {"type": "string"}}}


def spec(tmp_path: Path, paths: dict[str, Any], schemas: dict[str, Any] | None = None,
         security: dict[str, Any] | None = None) -> ir.Api:
    document: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths,
                                "components": {"schemas": schemas or {}, "securitySchemes": security or {}}}
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return load_api(path)


def get(op_id: str, tag: str, params: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"get": {"operationId": op_id, "tags": [tag], "parameters": params or [],
                    "responses": {"200": {"description": "ok", "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}


def test_reserved_words_are_escaped() -> None:
    assert "fun" in RESERVED_WORDS and "when" in RESERVED_WORDS
    assert escape("fun") == "fun_"
    assert escape("value") == "value"
    allocator = NameAllocator()
    assert member_name("object", "field", allocator) == "object_"
    assert member_name("in", "field", allocator) == "in_"
    assert member_name("2fa", "field", allocator) == "field2fa"
    assert member_name("", "param", allocator) == "param"


def test_member_names_collide_deterministically() -> None:
    allocator = NameAllocator({"additionalProperties"})
    names = [member_name(wire, "field", allocator) for wire in
             ("user_id", "userId", "UserID", "additional_properties", "user-id")]
    # equal ignoring case is a collision (a file system may ignore case): later ones are numbered
    assert names == ["userId", "userId2", "userID3", "additionalProperties2", "userId4"]
    again = NameAllocator({"additionalProperties"})
    assert [member_name(wire, "field", again) for wire in
            ("user_id", "userId", "UserID", "additional_properties", "user-id")] == names


def test_enum_members_and_wrappers() -> None:
    allocator = NameAllocator()
    assert [enum_member(v, allocator) for v in ("a-b", "A_B", "", "1st", -3)] == [
        "A_B", "A_B_2", "EMPTY", "VALUE_1ST", "MINUS_VALUE_3"]
    local = NameAllocator({"ListStringValue"})
    assert wrapper_name("List<String>", local) == "ListStringValue2"
    assert wrapper_name("Map<String, Long>", local) == "MapStringLongValue"


def test_models_avoid_imports_builtins_and_the_client(tmp_path: Path) -> None:
    schemas = {name: OBJECT for name in ("Thing", "Flow", "String", "Api", "thing", "2d", "Operations")}
    api = spec(tmp_path, get("listThings", "things"), schemas)
    symbols = KotlinSymbols(api, client="Api")
    # in the spec's order; the loader already told `thing` from `Thing`
    assert list(symbols.models.values()) == ["Thing", "Flow2", "String2", "Api2", "Thing2", "Model2d",
                                             "Operations2"]


def test_resources_methods_and_params_in_spec_order(tmp_path: Path) -> None:
    path_param = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    query = {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    paths = {
        "/close/{id}": get("close_it", "close", [path_param]),
        "/things": get("list_things", "things", [query]),
        "/things/{id}": get("get_thing", "things", [path_param]),
        "/fun": get("fun", "object"),
    }
    api = spec(tmp_path, paths, {"Thing": OBJECT, "CloseItPathParams": OBJECT})
    symbols = KotlinSymbols(api, client="Client")
    # `close` is a member of SdkClient, `object` a reserved word: neither becomes a bare accessor.
    assert "close" in CLIENT_MEMBERS
    assert [(r.attr, r.class_name) for r in symbols.resources] == [
        ("close2", "Close2Resource"), ("things", "ThingsResource"), ("objectResource", "ObjectResourceResource")]
    ops = symbols.operations
    assert list(ops) == ["close_it", "list_things", "get_thing", "fun"]
    # the model already holds CloseItPathParams: the params class gets the next number
    assert ops["close_it"].path_params == "CloseItPathParams2"
    assert ops["list_things"].query == "ListThingsQuery"
    assert ops["get_thing"].path_params == "GetThingPathParams"
    assert ops["fun"].method == "fun_"
    assert symbols.params == {"CloseItPathParams2", "ListThingsQuery", "GetThingPathParams"}


def test_symbols_are_the_same_every_time(tmp_path: Path) -> None:
    paths = {f"/r{i}/x": get(f"op_{i % 3}_x{i}", f"tag{i % 4}") for i in range(12)}
    api = spec(tmp_path, paths, {"Thing": OBJECT})
    first = KotlinSymbols(api, "Client")
    second = KotlinSymbols(api, "Client")
    assert first.models == second.models
    assert first.resources == second.resources


def test_security_scheme_properties(tmp_path: Path) -> None:
    security = {"ALL": {"type": "http", "scheme": "bearer"}, "get": {"type": "apiKey", "in": "header", "name": "K"},
                "2fa": {"type": "http", "scheme": "basic"}}
    api = spec(tmp_path, get("x", "t"), {"Thing": OBJECT}, security)
    assert KotlinSymbols(api, "Client").schemes == {"ALL": "allScheme", "get": "getScheme", "2fa": "scheme2faScheme"}


@pytest.mark.parametrize(("value", "expected"), [
    ("a$b", '"a\\$b"'),
    (True, "true"),
    (None, "null"),
    (["x", "y"], 'listOf("x", "y")'),
    ([], "emptyList()"),
    (Named("n", Code("A.B")), "n = A.B"),
    (Pair("k", 3), '"k" to 3L'),
    (Call("f", ("a", Named("b", False)), 80), 'f("a", b = false)'),
])
def test_literal_filter_scalars(value: Any, expected: str) -> None:
    assert kt_value(value) == expected


def test_literal_filter_layout() -> None:
    long = Call("Param", ("a" * 30, "b" * 30), 60)
    assert kt_value(long) == 'Param(\n    "' + "a" * 30 + '",\n    "' + "b" * 30 + '",\n)'
    assert kt_value(Call("Operation", (Named("items", Call("listOf", ("x",), 0)),), 0), 4) == (
        'Operation(\n        items =\n            listOf(\n                "x",\n            ),\n    )')
    # a key before the call counts against its width
    assert kt_value(Pair("key", Call("f", ("v",), 10))) == '"key" to f(\n    "v",\n)'


def pinned(op_id: str, tag: str, name: str, params: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    item = get(op_id, tag, params)
    item["get"]["x-sdkgen-method"] = name
    return item


def test_friendly_namespaces_nest_and_join_the_seed_resource(tmp_path: Path) -> None:
    paths = {
        "/a": pinned("listThings", "things", "things.list"),
        "/b": pinned("thingsOwners", "things", "things.owners.list"),
        "/c": pinned("gitConnect", "things", "apps.git.connectGithub"),
        "/d": pinned("objFun", "things", "things.fun"),
    }
    symbols = KotlinSymbols(spec(tmp_path, paths, {"Thing": OBJECT}), "Client")
    top = symbols.namespaces
    # `things` is the seed's accessor: the friendly methods join its class
    assert [(n.attr, n.class_name, n.seed) for n in top] == [("things", "ThingsResource", True),
                                                              ("apps", "AppsResource", False)]
    assert top[0].methods == {"listThings": "list", "objFun": "fun_"}
    assert [(c.attr, c.class_name) for c in top[0].children] == [("owners", "ThingsOwnersResource")]
    assert top[0].children[0].methods == {"thingsOwners": "list"}
    assert [(c.attr, c.class_name) for c in top[1].children] == [("git", "AppsGitResource")]
    assert top[1].children[0].methods == {"gitConnect": "connectGithub"}
    assert symbols.friendly["gitConnect"][1] == "connectGithub"


def test_friendly_names_never_take_a_seed_name(tmp_path: Path) -> None:
    # the seed method of operationId `list` is `list`: the friendly `things.list` comes after it
    paths = {"/a": pinned("list", "things", "things.list"), "/b": pinned("core", "things", "things.core")}
    symbols = KotlinSymbols(spec(tmp_path, paths, {"Thing": OBJECT}), "Client")
    assert [o.method for o in symbols.resources[0].operations.values()] == ["list", "core2"]
    assert symbols.namespaces[0].methods == {"list": "list2", "core": "core3"}
    # and the same again on a second run
    assert KotlinSymbols(spec(tmp_path, paths, {"Thing": OBJECT}), "Client").namespaces[0].methods == {
        "list": "list2", "core": "core3"}


def test_friendly_argument_names(tmp_path: Path) -> None:
    symbols = KotlinSymbols(spec(tmp_path, get("x", "t"), {"Thing": OBJECT}), "Client")
    names = symbols.arguments([("app_id", "param"), ("options", "param"), ("appId", "field"), ("class", "field"),
                               ("body", "body")])
    assert names == ["appId", "options2", "appId2", "class_", "body"]

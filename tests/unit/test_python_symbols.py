"""The Python symbol provider (generator/targets/python/symbols.py): reserved words escaped,
collisions with the runtime's and the generated modules' own names resolved deterministically,
names handed out in the spec's order whatever else ran before."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.build import load_api
from generator.naming import RESERVED
from generator.targets.python.symbols import (
    CLIENT_MEMBERS,
    MODEL_MEMBERS,
    PythonSymbols,
    enum_member,
    escape,
    field_attr,
    operation_method,
)
from generator.targets.python.symbols import (
    RESERVED as PYTHON_RESERVED,
)


def api_of(tmp_path: Path, spec: dict[str, Any]) -> ir.Api:
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps({"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, **spec}))
    return load_api(path)


def obj(*names: str) -> dict[str, Any]:
    return {"type": "object", "properties": {n: {"type": "string"} for n in names}, "required": [names[0]]}


def get(operation_id: str, tag: str = "things", params: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"get": {"operationId": operation_id, "tags": [tag], "parameters": params or [],
                    "responses": {"200": {"description": "ok"}}}}


def test_reserved_table_matches_the_shared_one_until_it_moves() -> None:
    # The table lives here now; naming.RESERVED["python"] is the old copy nothing in the target reads.
    assert RESERVED["python"] == PYTHON_RESERVED


@pytest.mark.parametrize(("word", "escaped"), [
    ("class", "class_"), ("None", "None_"), ("match", "match_"), ("self", "self_"), ("l", "l_"),
    ("klass", "klass"), ("Class", "Class"),
])
def test_reserved_words_get_a_trailing_underscore(word: str, escaped: str) -> None:
    assert escape(word) == escaped


def test_escaping_applies_to_every_kind_of_name() -> None:
    assert field_attr("class") == "class_"
    assert field_attr("2fa") == "field_2fa"
    assert field_attr("") == "field"
    assert operation_method("import") == "import_"
    assert operation_method("2go") == "op_2go"
    assert enum_member("") == "EMPTY"
    assert enum_member("1st") == "VALUE_1ST"
    assert enum_member(-3) == "MINUS_VALUE_3"


def test_model_members_and_module_names_are_never_shadowed(tmp_path: Path) -> None:
    api = api_of(tmp_path, {"paths": {}, "components": {"schemas": {
        "Model": obj("id"),  # the runtime's base class
        "Widget": obj("to_dict", "toDict", "additional_properties", "int", "class"),
        "AxClient": obj("id"),  # the client class the settings name
    }}})
    symbols = PythonSymbols.assign(api, "AxClient", "AsyncAxClient")
    assert symbols.classes == {"Model": "Model2", "Widget": "Widget", "AxClient": "AxClient2"}
    attrs = [attr for _, attr in symbols.fields["Widget"]]
    assert attrs == ["to_dict_2", "to_dict_3", "additional_properties_2", "int_2", "class_"]
    assert not set(attrs) & MODEL_MEMBERS


def test_collisions_go_to_the_later_name_in_spec_order(tmp_path: Path) -> None:
    api = api_of(tmp_path, {"paths": {}, "components": {"schemas": {
        "user_profile": obj("id"), "UserProfile": obj("id"), "USER-PROFILE": obj("id"),
        "Colour": {"type": "string", "enum": ["red", "RED", "Red", "dark red"]},
    }}})
    symbols = PythonSymbols.assign(api, "C", "AsyncC")
    assert list(symbols.classes.values()) == ["UserProfile", "UserProfile2", "UserProfile3", "Colour"]
    assert symbols.enum_members["Colour"] == ["RED", "RED_2", "RED_3", "DARK_RED"]


def test_parameter_dictionaries_share_the_model_scope(tmp_path: Path) -> None:
    param = {"name": "q", "in": "query", "schema": {"type": "string"}}
    api = api_of(tmp_path, {
        "paths": {"/a": get("listThings", params=[param])},
        "components": {"schemas": {"ListThingsQuery": obj("id")}},
    })
    symbols = PythonSymbols.assign(api, "C", "AsyncC")
    assert symbols.classes["ListThingsQuery"] == "ListThingsQuery"
    assert symbols.operations["listThings"].query == "ListThingsQuery2"
    assert symbols.operations["listThings"].path_params is None


def test_resource_accessors_and_methods(tmp_path: Path) -> None:
    api = api_of(tmp_path, {"paths": {
        "/a": get("close", tag="close"),
        "/b": get("withOptions", tag="async"),
        "/c": get("with_options2", tag="async"),
        "/d": get("getThing", tag="2fa"),
    }})
    symbols = PythonSymbols.assign(api, "C", "AsyncC")
    accessors = {name: r.attr for name, r in symbols.resources.items()}
    assert accessors == {"close": "close_2", "async": "async_", "2fa": "r2fa"}
    assert not set(accessors.values()) & CLIENT_MEMBERS
    assert symbols.resources["async"].class_name == "AsyncResource"
    assert symbols.resources["async"].async_class_name == "AsyncAsyncResource"
    assert symbols.operations["withOptions"].method == "with_options_2"
    assert symbols.operations["with_options2"].method == "with_options2"


def test_same_api_same_names_in_the_same_order(tmp_path: Path) -> None:
    schemas = {name: obj("a", "A", "b") for name in ("Zeta", "Any", "Alpha", "Any2")}
    api = api_of(tmp_path, {"paths": {"/x": get("any")}, "components": {"schemas": schemas}})
    first = PythonSymbols.assign(api, "C", "AsyncC")
    second = PythonSymbols.assign(api, "C", "AsyncC")
    assert first == second
    assert list(first.classes) == list(api.models)  # the spec's order, not sorted or hashed
    # `Any` is the typing name: the model of that name comes first in the spec, so it gets `Any2`
    # and the later `Any2` moves on.
    assert first.classes == {"Zeta": "Zeta", "Any": "Any2", "Alpha": "Alpha", "Any2": "Any22"}
    assert [attr for _, attr in first.fields["Zeta"]] == ["a", "a_2", "b"]


def test_resource_surface_names_come_after_the_seeds_and_nest(tmp_path: Path) -> None:
    param = {"name": "appID", "in": "path", "required": True, "schema": {"type": "string"}}
    api = api_of(tmp_path, {"paths": {
        "/apps/{appID}/m": {"get": {**get("list", tag="things")["get"], "parameters": [param],
                                    "x-sdkgen-method": "things.list"}},
        "/apps/{appID}/git": {"post": {**get("connect", tag="things")["get"], "parameters": [param],
                                       "x-sdkgen-method": "apps.git.connect"}},
        "/x": {"get": {**get("mThing", tag="things")["get"], "x-sdkgen-method": "things.m"}},
    }})
    symbols = PythonSymbols.assign(api, "C", "AsyncC")
    # The seed method `list` keeps its name; the surface method of the same name moves on.
    assert symbols.operations["list"].method == "list"
    assert symbols.surface["list"].method == "list_2"
    assert symbols.surface["list"].namespace == ("things",)  # merged into the tag resource
    assert symbols.surface["list"].arguments == {("path", "appID"): "app_id"}
    # `m` is the models module inside a resource class: a method may not take it.
    assert symbols.surface["mThing"].method == "m_"
    # A namespace without a tag of its name is a class of its own, nested as the name says.
    git = symbols.namespaces[("apps", "git")]
    assert (git.attr, git.class_name, git.module, git.tag) == ("git", "AppsGitResource", "apps", None)
    assert symbols.namespaces[("apps",)].attr == "apps"
    assert list(symbols.namespaces) == [("things",), ("apps",), ("apps", "git")]  # creation order

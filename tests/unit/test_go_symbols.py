"""The Go symbol provider (generator/targets/go/symbols.py): reserved words escaped, member-name
collisions resolved deterministically, and names allocated in one fixed order (models before
operations before security vars), so that adding a later element never renames an earlier one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import load
from generator.diagnostics import SpecError
from generator.targets.go.symbols import (
    CLIENT_METHODS,
    GO_RESERVED,
    MODEL_MEMBERS,
    RUNTIME_TYPES,
    UNION_MEMBERS,
    GoSymbols,
)


def symbols(tmp_path: Path, doc: dict[str, Any], toml: str = "") -> GoSymbols:
    spec = tmp_path / "openapi.yaml"
    document = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, **doc}
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    if toml:
        (tmp_path / "sdkgen.toml").write_text(toml)
    loaded = load(spec, strict=False)
    return GoSymbols(loaded.api, loaded.settings)


def obj(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


STRING = {"type": "string"}


def test_runtime_and_fixed_names_are_reserved_for_models(tmp_path: Path) -> None:
    names = symbols(tmp_path, {"paths": {}, "components": {"schemas": {
        "Client": obj(a=STRING), "Optional": obj(a=STRING), "NotFoundError": obj(a=STRING), "Core": obj(a=STRING),
    }}}).type_names
    assert names == {"Client": "Client2", "Optional": "Optional2", "NotFoundError": "NotFoundError2",
                     "Core": "Core2"}  # names compare ignoring case: the package's import of core
    assert "Optional" in RUNTIME_TYPES


def test_struct_fields_never_take_a_model_member_and_collide_deterministically(tmp_path: Path) -> None:
    props = {"marshal_json": STRING, "extraFields": STRING, "app_id": STRING, "appId": STRING, "AppID": STRING}
    s = symbols(tmp_path, {"paths": {}, "components": {"schemas": {"Thing": obj(**props)}}})
    assert s.struct_fields["Thing"] == ["MarshalJSON_2", "ExtraFields_2", "AppID", "AppID_2", "AppID_3"]
    assert {"MarshalJSON", "ExtraFields"} <= set(MODEL_MEMBERS)


def test_union_accessors_avoid_union_members(tmp_path: Path) -> None:
    s = symbols(tmp_path, {"paths": {}, "components": {"schemas": {
        "Value": obj(a=STRING), "Raw": obj(b=STRING),
        "Either": {"oneOf": [{"$ref": "#/components/schemas/Value"}, {"$ref": "#/components/schemas/Raw"},
                             STRING]},
    }}})
    variants = s.union_variants["Either"]
    assert [(v.go_type, v.accessor, v.constructor) for v in variants] == [
        ("Value", "AsValue", "EitherFromValue"), ("Raw", "AsRaw", "EitherFromRaw"),
        ("string", "AsString", "EitherFromString")]
    assert "Value" in UNION_MEMBERS and s.union_vars["Either"] == "unionEither"


def test_enum_members_named_from_values_and_deduplicated(tmp_path: Path) -> None:
    s = symbols(tmp_path, {"paths": {}, "components": {"schemas": {
        "Mode": {"type": "string", "enum": ["a-b", "a_b", "", "-1"]},
        "Level": {"type": "number", "enum": [-1.5, 2]},
    }}})
    assert s.enum_members == {"Mode": ["ModeAB", "ModeAB2", "ModeEmpty", "ModeMinus1"],
                              "Level": ["LevelMinus1Point5", "Level2"]}


def _api(tags: list[str], security: bool = False) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for index, tag in enumerate(tags):
        op: dict[str, Any] = {"operationId": f"{tag}List{'More' if tag in tags[:index] else ''}", "tags": [tag],
                              "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                              "responses": {"200": {"description": "ok"}}}
        if security:
            op["security"] = [{"bearer": []}]
        paths[f"/p{index}"] = {"get": op}
    doc: dict[str, Any] = {"paths": paths}
    if security:
        doc["components"] = {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}
    return doc


def test_resource_names_escape_go_reserved_words_and_client_methods(tmp_path: Path) -> None:
    s = symbols(tmp_path, _api(["type", "request", "Request"]))
    assert [(r.accessor, r.service, r.attr, r.file) for r in s.resources] == [
        ("Type", "TypeService", "type_", "type_service.go"),
        ("Request2", "Request2Service", "request", "request_service.go"),
        ("Request3", "Request3Service", "request2", "request_3_service.go"),
    ]
    assert "type" in GO_RESERVED and "Request" in CLIENT_METHODS


def test_models_are_named_before_operations_and_security_last(tmp_path: Path) -> None:
    doc = _api(["things"], security=True)
    doc["components"]["schemas"] = {"ThingsListQuery": obj(a=STRING), "SecurityBearer": obj(a=STRING),
                                    "OpThingsList": obj(a=STRING)}
    s = symbols(tmp_path, doc)
    op = s.resources[0].operations[0]
    assert s.type_names == {"ThingsListQuery": "ThingsListQuery", "SecurityBearer": "SecurityBearer",
                            "OpThingsList": "OpThingsList"}
    assert (op.method, op.var, op.structs["Query"]) == ("ThingsList", "opThingsList2", "ThingsListQuery2")
    assert s.security_vars == {"bearer": "securityBearer2"}


def test_same_spec_same_names_and_an_added_operation_renames_nothing(tmp_path: Path) -> None:
    runs = {}
    for label, tags in (("first", ["a", "b"]), ("again", ["a", "b"]), ("more", ["a", "b", "a"])):
        (tmp_path / label).mkdir()
        s = symbols(tmp_path / label, _api(tags))
        runs[label] = [[(o.method, o.var, o.structs) for o in r.operations] for r in s.resources]
    assert runs["first"] == runs["again"]
    assert [ops[:1] for ops in runs["more"]] == runs["first"]
    assert runs["more"][0][1][:2] == ("AListMore", "opAListMore")


def test_params_struct_fields_avoid_param_values(tmp_path: Path) -> None:
    doc = {"paths": {"/x": {"get": {"operationId": "getX", "parameters": [
        {"name": "paramValues", "in": "query", "schema": STRING},
        {"name": "a-b", "in": "query", "schema": STRING}, {"name": "a_b", "in": "query", "schema": STRING}],
        "responses": {"200": {"description": "ok"}}}}}}
    op = symbols(tmp_path, doc).resources[0].operations[0]
    assert op.structs == {"PathParams": None, "Query": "GetXQuery", "Headers": None}
    assert op.struct_fields["Query"] == ["ParamValues_2", "AB", "AB_2"]


def test_package_keyword_repaired_and_bad_module_refused(tmp_path: Path) -> None:
    s = symbols(tmp_path, {"paths": {}}, '[go]\npackage = "type"\n')
    assert s.package == "typeapi"
    (tmp_path / "bad").mkdir()
    with pytest.raises(SpecError) as error:
        symbols(tmp_path / "bad", {"paths": {}}, '[go]\nmodule = "Not A Module"\n')
    assert [d.code for d in error.value.diagnostics.errors] == ["go-module-invalid"]


# ---------------------------------------------------------------- the friendly surface (issue 16)


AXHUB = Path(__file__).resolve().parents[2] / "spec" / "axhub" / "openapi.yaml"


def test_axhub_friendly_names_are_the_spec_names_in_go_casing() -> None:
    loaded = load(AXHUB, strict=False)
    s = GoSymbols(loaded.api, loaded.settings)
    names = {}
    for op in (op for r in loaded.api.resources for op in r.operations):
        node, friendly = s.friendly[id(op)]
        chain = []
        walk: Any = node
        while walk is not None:
            chain.insert(0, walk.accessor)
            walk = walk.parent
        names[op.neutral_name.written if op.neutral_name else ""] = ".".join([*chain, friendly.method])
    assert names["deployments.list"] == "Deployments.List"
    assert names["apps.git.connectGithub"] == "Apps.Git.ConnectGithub"
    assert names["deployments.lifecycle.retryPromotion"] == "Deployments.Lifecycle.RetryPromotion"
    assert names[""] == "Deployments.Github.Complete"  # the one derived name
    assert len(names) == 24
    deployments = s.surface.nodes[("deployments",)]
    assert deployments.reused and deployments.type == "DeploymentsService"  # the tag service gains the methods
    assert s.surface.nodes[("apps", "git")].type == "AppsGitResource"


def test_friendly_name_meeting_a_seed_method_gets_a_number(tmp_path: Path) -> None:
    doc = {"paths": {"/things": {"get": {"operationId": "list", "tags": ["things"], "x-sdkgen-method": "things.list",
                                         "responses": {"200": {"description": "ok"}}}}}}
    s = symbols(tmp_path, doc)
    node, friendly = next(iter(s.friendly.values()))
    assert s.resources[0].operations[0].method == "List"  # the seed name never changes
    assert (node.type, friendly.method, friendly.params_struct) == ("ThingsService", "List2", None)


def test_path_arguments_escape_go_words_and_the_method_locals(tmp_path: Path) -> None:
    names = ("type", "ctx", "params", "app_id")
    params = [{"name": n, "in": "path", "required": True, "schema": STRING} for n in names]
    doc = {"paths": {"/x/{type}/{ctx}/{params}/{app_id}": {"get": {
        "operationId": "getX", "tags": ["x"], "parameters": [*params, {"name": "q", "in": "query", "schema": STRING}],
        "responses": {"200": {"description": "ok"}}}}}}
    _, friendly = next(iter(symbols(tmp_path, doc).friendly.values()))
    assert friendly.path_args == ["type_", "ctx_", "params2", "appID"]
    assert friendly.fields == ["Q"] and friendly.params_struct == "XGetParams"

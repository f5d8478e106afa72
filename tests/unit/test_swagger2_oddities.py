"""How the Swagger 2.0 oddities of real documents (Docker Engine, Slack, grpc-gateway) are read:
the converter's output for each, and the IR of the construct case that collects them
(tests/generation/cases/swagger2_oddities.yaml, whose models every language round-trips)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import ir, swagger2
from generator.build import load_api
from generator.diagnostics import Diagnostics

CASE = Path(__file__).parents[1] / "generation" / "cases" / "swagger2_oddities.yaml"


def convert(document: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    warnings: list[tuple[str, str]] = []
    spec = {"swagger": "2.0", "info": {"title": "t", "version": "1"}, **document}
    return swagger2.convert(spec, lambda pointer, message: warnings.append((pointer, message))), warnings


def one_get(parameters: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"paths": {"/x": {"get": {"parameters": parameters, "responses": {"200": {"description": "ok"}}, **extra}}}}


@pytest.fixture(scope="module")
def api() -> ir.Api:
    return load_api(CASE)


@pytest.fixture(scope="module")
def ops(api: ir.Api) -> dict[str, ir.Operation]:
    return {op.operation_id: op for op in api.operations}


def field(api: ir.Api, model: str, wire: str) -> ir.Field:
    decl = api.models[model]
    assert isinstance(decl, ir.ObjectModel)
    return next(f for f in decl.fields if f.wire_name == wire)


# ---------------------------------------------------------------- x-nullable


def test_x_nullable_on_a_parameter_moves_into_its_schema() -> None:
    out, warnings = convert(one_get([{"name": "n", "in": "query", "type": "string", "x-nullable": True}]))
    (param,) = out["paths"]["/x"]["get"]["parameters"]
    assert param == {"name": "n", "in": "query", "schema": {"type": "string", "nullable": True}}
    assert warnings == []


def test_x_nullable_on_properties_definitions_and_parameters(api: ir.Api, ops: dict[str, ir.Operation]) -> None:
    label, comment = field(api, "Thing", "label"), field(api, "Thing", "comment")
    assert (label.required, label.type.nullable) == (True, True)  # required, may be null
    assert (comment.required, comment.type.nullable) == (False, True)  # may be absent or null
    assert not field(api, "Thing", "id").type.nullable
    assert field(api, "Thing", "previous").type == ir.NamedType("Person", nullable=True)  # beside a $ref
    assert field(api, "Thing", "maybe").type == ir.NamedType("MaybeText", nullable=True)  # on a definition
    assert field(api, "Thing", "tags").type == ir.ArrayType(ir.Primitive("string", nullable=True))
    note = next(p for p in ops["getThing"].parameters if p.name == "note")
    assert note.type == ir.Primitive("string", nullable=True)
    assert field(api, "UploadRequest", "title").type.nullable  # a formData parameter


# ---------------------------------------------------------------- type "null", type lists, items lists


def test_type_null_and_type_lists_are_read_as_in_3_1_with_a_warning(api: ir.Api) -> None:
    assert field(api, "Thing", "region").type == ir.Primitive("string", nullable=True)
    assert field(api, "Thing", "amount").type == ir.UnionType((ir.Primitive("integer"), ir.Primitive("string")))
    assert field(api, "Thing", "nothing").type == ir.AnyType(nullable=True)
    diagnostics = Diagnostics()
    load_api(CASE, diagnostics)
    messages = {(w.location.pointer, w.message) for w in diagnostics.warnings}
    assert all(w.code == "swagger2-conversion" for w in diagnostics.warnings)
    assert any(p == "/definitions/v1.Thing/properties/region/type" and "one type name, not a list" in m
               for p, m in messages)
    assert any(p == "/definitions/v1.Thing/properties/nothing/type" and 'no type "null"' in m for p, m in messages)
    assert not diagnostics.errors


def test_a_type_list_on_a_parameter_warns_too() -> None:
    out, warnings = convert(one_get([{"name": "n", "in": "query", "type": ["string", "null"]}]))
    assert out["paths"]["/x"]["get"]["parameters"][0]["schema"] == {"type": ["string", "null"]}
    assert [p for p, _ in warnings] == ["/paths/~1x/get/parameters/0/type"]


def test_an_items_list_outside_an_array_is_one_of_its_members(api: ir.Api) -> None:
    # Slack: `latest: {items: [{$ref: message}, {type: "null"}]}` is a message or null, not an array.
    assert field(api, "Thing", "latest").type == ir.NamedType("Person", nullable=True)
    out, warnings = convert({"definitions": {"A": {"items": [{"type": "string"}, {"type": "integer"}]}}})
    assert out["components"]["schemas"]["A"] == {"anyOf": [{"type": "string"}, {"type": "integer"}]}
    assert [p for p, _ in warnings] == ["/definitions/A/items"]


def test_an_items_list_inside_an_array_is_what_each_item_may_be() -> None:
    items = [{"type": "string"}, {"type": "integer"}]
    out, warnings = convert({"definitions": {"A": {"type": "array", "items": items}}})
    assert out["components"]["schemas"]["A"] == {"type": "array",
                                                 "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}
    assert len(warnings) == 1


# ---------------------------------------------------------------- files, text and tar bodies


def test_a_file_response_is_a_binary_download(ops: dict[str, ir.Operation]) -> None:
    (ok,) = ops["downloadThing"].responses
    assert (ok.content_type, ok.type) == ("application/octet-stream", ir.Primitive("string", "binary"))


def test_a_file_response_never_takes_a_json_media_type() -> None:
    out, _ = convert({"paths": {"/x": {"get": {"produces": ["application/json", "application/zip"], "responses": {
        "200": {"description": "ok", "schema": {"type": "file"}}}}}}})
    content = out["paths"]["/x"]["get"]["responses"]["200"]["content"]
    assert content == {"application/zip": {"schema": {"type": "string", "format": "binary"}}}


def test_a_schemaless_response_of_a_tar_operation_is_its_bytes(ops: dict[str, ir.Operation]) -> None:
    (ok,) = ops["getThingArchive"].responses
    assert (ok.content_type, ok.type) == ("application/x-tar", ir.Primitive("string", "binary"))


def test_a_schemaless_response_of_a_json_or_text_operation_stays_empty() -> None:
    out, warnings = convert(one_get([], produces=["text/plain"]))
    assert "content" not in out["paths"]["/x"]["get"]["responses"]["200"]
    out, warnings = convert(one_get([]))
    assert "content" not in out["paths"]["/x"]["get"]["responses"]["200"] and warnings == []


def test_tar_text_and_form_bodies(ops: dict[str, ir.Operation]) -> None:
    put = ops["putThingArchive"].body
    assert put is not None and put.type == ir.Primitive("string", "binary")
    assert put.content_types == ("application/x-tar", "application/octet-stream")
    echo = ops["echo"].body
    assert echo is not None and (echo.content_type, echo.type) == ("text/plain", ir.Primitive("string"))
    assert [(r.content_type, r.type) for r in ops["ping"].responses] == [("text/plain", ir.Primitive("string"))]
    upload = ops["upload"].body
    assert upload is not None and upload.content_type == "multipart/form-data"


def test_a_form_file_is_a_multipart_binary_part(api: ir.Api) -> None:
    file = field(api, "UploadRequest", "file")
    assert (file.required, file.type) == (True, ir.Primitive("string", "binary"))
    assert field(api, "UploadRequest", "labels").type == ir.ArrayType(ir.Primitive("string"))


# ---------------------------------------------------------------- formats


def test_nonstandard_formats_stay_on_their_base_type(api: ir.Api) -> None:
    # Docker writes dateTime, int, uint64 and json: kept as written, so each target falls back to
    # its plain string or integer type; `dateTime` is not turned into date-time (Docker's
    # timestamps carry nanoseconds, and a guessed parse that fails would lose the whole value).
    assert field(api, "Thing", "created").type == ir.Primitive("string", "dateTime")
    assert field(api, "Thing", "config").type == ir.Primitive("string", "json")
    assert field(api, "Thing", "size").type == ir.Primitive("integer", "uint64")
    assert field(api, "Thing", "flags").type == ir.Primitive("integer", "int")


def test_int64_as_a_string_stays_a_string(api: ir.Api, ops: dict[str, ir.Operation]) -> None:
    assert field(api, "Thing", "id").type == ir.Primitive("string", "int64")
    assert field(api, "Upload", "size").type == ir.Primitive("string", "int64")
    path = ops["getThing"].params_in("path")[0]
    assert (path.name, path.type) == ("thing.id", ir.Primitive("string", "int64"))


# ---------------------------------------------------------------- grpc-gateway names


def test_dotted_definitions_drop_their_package_when_no_name_clashes(api: ir.Api) -> None:
    names = set(api.models)
    assert {"Thing", "Person", "ThingState", "ProtobufAny", "RpcStatus", "Owner", "V2Owner", "V2Wrapper"} <= names
    assert field(api, "V2Wrapper", "owner").type == ir.NamedType("V2Owner")
    assert field(api, "Thing", "state").type == ir.NamedType("ThingState")


@pytest.mark.parametrize(
    ("definitions", "expected"),
    [
        (["v1.Foo", "v1.Bar"], {"v1.Foo": "Foo", "v1.Bar": "Bar"}),
        (["v1.Foo", "v2.Foo"], {}),  # both would be Foo: both keep the package
        (["v1.Foo", "v1.Bar", "Foo"], {}),  # one clash keeps the whole package prefixed
        (["a.b.Foo", "Foo.Inner"], {"a.b.Foo": "Foo"}),
        (["google.protobuf.Any"], {"google.protobuf.Any": "protobuf.Any"}),
        (["Outer.Inner"], {}),
        (["v1.foo"], {}),  # no message name left
    ],
)
def test_definition_renames(definitions: list[str], expected: dict[str, str]) -> None:
    assert swagger2._definition_renames({"definitions": {d: {"type": "object"} for d in definitions}}) == expected


def test_renamed_definitions_are_referred_to_by_their_new_names() -> None:
    out, _ = convert({"definitions": {"v1.A": {"type": "object", "properties": {"b": {"$ref": "#/definitions/v1.B"}}},
                                      "v1.B": {"type": "string"}}})
    schemas = out["components"]["schemas"]
    assert set(schemas) == {"A", "B"} and schemas["A"]["properties"]["b"] == {"$ref": "#/components/schemas/B"}


def test_no_renames_where_a_name_is_also_a_value() -> None:
    source = {"definitions": {"v1.Pet": {"type": "object", "discriminator": "kind"}, "v1.Cat": {"type": "object"}}}
    assert swagger2._definition_renames(source) == {}


def test_dotted_parameter_names_keep_their_wire_names(ops: dict[str, ir.Operation], api: ir.Api) -> None:
    assert [p.name for p in ops["getThing"].params_in("query")][:2] == ["page.limit", "body.name"]
    assert field(api, "SubmitFormRequest", "user.name").required


# ---------------------------------------------------------------- collectionFormat


def test_collection_formats(ops: dict[str, ir.Operation]) -> None:
    styles = {p.name: (p.style, p.explode) for p in ops["getThing"].parameters}
    assert styles["tags"] == ("form", True)  # multi: ?tags=a&tags=b
    assert styles["ids"] == ("form", False)  # csv: ?ids=1,2
    assert styles["words"] == ("spaceDelimited", False)
    assert styles["flags"] == ("pipeDelimited", False)
    assert styles["X-Trace"] == ("simple", False)


def test_tsv_is_sent_comma_separated_with_a_warning() -> None:
    out, warnings = convert(one_get([{"name": "v", "in": "query", "type": "array", "items": {"type": "string"},
                                      "collectionFormat": "tsv"}]))
    param = out["paths"]["/x"]["get"]["parameters"][0]
    assert (param["style"], param["explode"]) == ("form", False) and "tsv" in warnings[0][1]


def test_a_named_items_list_is_a_union_model(api: ir.Api) -> None:
    revision = api.models["Revision"]
    assert isinstance(revision, ir.UnionModel)
    assert revision.variants == [ir.Primitive("string"), ir.Primitive("integer")]


# ---------------------------------------------------------------- diagnostics


def test_builder_warnings_point_into_the_2_0_text(tmp_path: Path) -> None:
    spec = tmp_path / "where.yaml"
    spec.write_text(
        'swagger: "2.0"\n'
        "info: {title: t, version: '1'}\n"
        "paths:\n"
        "  /x:\n"
        "    get:\n"
        "      responses:\n"
        "        '200':\n"
        "          description: ok\n"
        "          schema:\n"
        "            type: object\n"
        "            not: {type: string}\n"
        "definitions:\n"
        "  v1.Mixed:\n"
        "    enum: [1, a]\n"
    )
    diagnostics = Diagnostics()
    load_api(spec, diagnostics)
    found = {w.code: (w.location.pointer, w.location.line) for w in diagnostics.warnings}
    assert found["keyword-unmodelled"] == ("/paths/~1x/get/responses/200/schema/not", 11)
    assert found["enum-mixed"] == ("/definitions/v1.Mixed/enum", 14)


@pytest.mark.parametrize(
    ("converted", "source"),
    [
        ("/components/schemas/Foo/properties/a", "/definitions/v1.Foo/properties/a"),
        ("/components/schemas/Bar", "/definitions/Bar"),
        ("/components/parameters/P/schema/items", "/parameters/P/items"),
        ("/components/requestBodies/B/content/application~1json/schema/type", "/parameters/B/schema/type"),
        ("/components/responses/R/content/application~1json/schema", "/responses/R/schema"),
        ("/paths/~1x/post/requestBody/content/application~1json/schema", "/paths/~1x/post/parameters"),
        ("/paths/~1x/get/parameters/2/schema", "/paths/~1x/get/parameters"),
        ("/paths/~1x/get/responses/200/content/text~1plain/schema/type", "/paths/~1x/get/responses/200/schema/type"),
        ("/paths/~1x/get/operationId", "/paths/~1x/get/operationId"),
    ],
)
def test_source_pointers(converted: str, source: str) -> None:
    to_source = swagger2.source_pointers({"definitions": {"v1.Foo": {}, "Bar": {}}})
    assert to_source(converted) == source

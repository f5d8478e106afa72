"""The IR that specs become: references across files, recursion, composition, nullability."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import ir
from generator.build import load_api

SPECS = Path(__file__).parent / "ir_specs"


@pytest.fixture(scope="module")
def multi() -> ir.Api:
    return load_api(SPECS / "multi" / "openapi.yaml")


@pytest.fixture(scope="module")
def features() -> ir.Api:
    return load_api(SPECS / "features.json")


def fields(model: ir.Model) -> dict[str, ir.Field]:
    assert isinstance(model, ir.ObjectModel), model
    return {f.wire_name: f for f in model.fields}


def test_refs_to_relative_files_and_recursion_across_them(multi: ir.Api) -> None:
    (op,) = multi.operations
    assert [(p.name, p.location, p.required) for p in op.parameters] == [("petId", "path", True)]
    ok = next(r for r in op.responses if r.status == "200")
    assert ok.type == ir.NamedType("Pet")
    pet = fields(multi.models["Pet"])
    assert pet["name"].required and not pet["owner"].required
    assert pet["owner"].type == ir.NamedType("Owner")
    owner_pets = fields(multi.models["Owner"])["pets"].type
    assert owner_pets == ir.ArrayType(ir.NamedType("Pet"))  # back to the first file: a cycle, named once
    error = next(r for r in op.responses if r.status == "default")
    assert error.type == ir.NamedType("Problem") and not error.is_success


def test_operation_without_id_or_tag_gets_derived_names(features: ir.Api) -> None:
    op = next(o for o in features.operations if o.method == "GET")
    assert op.operation_id == "getShapes"
    assert op.resource == "default"


def test_allof_merges_properties_and_required_lists(features: ir.Api) -> None:
    circle = fields(features.models["Circle"])
    assert list(circle) == ["kind", "label", "radius"]
    assert circle["kind"].required and circle["radius"].required and not circle["label"].required


def test_union_with_explicit_and_implicit_discriminator_mapping(features: ir.Api) -> None:
    shape = features.models["Shape"]
    assert isinstance(shape, ir.UnionModel)
    assert shape.variants == [ir.NamedType("Circle"), ir.NamedType("Square")]
    assert shape.discriminator == ir.Discriminator("kind", {"round": "Circle", "Square": "Square"})


def test_nullable_in_every_form(features: ir.Api) -> None:
    assert fields(features.models["Base"])["label"].type == ir.Primitive("string", nullable=True)  # 3.1 type array
    assert fields(features.models["Legacy"])["note"].type == ir.Primitive("string", nullable=True)  # 3.0 flag
    parent = fields(features.models["Square"])["parent"].type  # oneOf with {type: null}, and self-recursion
    assert parent == ir.NamedType("Square", nullable=True)


def test_recursion_through_maps_and_unions_of_primitives(features: ir.Api) -> None:
    assert fields(features.models["Tree"])["children"].type == ir.MapType(ir.NamedType("Tree"))
    union = features.models["IdOrName"]  # named, so a declaration even though its members are primitives
    assert isinstance(union, ir.UnionModel) and union.discriminator is None
    assert union.variants == [ir.Primitive("integer"), ir.Primitive("string")]


def test_inline_schemas_are_hoisted_with_deterministic_names(features: ir.Api) -> None:
    op = next(o for o in features.operations if o.operation_id == "createShape")
    assert op.body is not None and op.body.required
    assert op.body.type == ir.NamedType("CreateShapeRequest")
    kind = fields(features.models["CreateShapeRequest"])["kind"].type
    assert kind == ir.NamedType("CreateShapeRequestKind")
    enum = features.models["CreateShapeRequestKind"]
    assert isinstance(enum, ir.EnumModel) and [v.value for v in enum.values] == ["circle", "square"]
    again = load_api(SPECS / "features.json")
    assert list(again.models) == list(features.models)


def test_platform_spec_ir() -> None:
    api = load_api(Path(__file__).resolve().parents[2] / "spec" / "axhub" / "openapi.yaml")
    assert len(api.operations) == 24
    assert [r.name for r in api.resources] == ["deployments"]
    by_id = {op.operation_id: op for op in api.operations}
    logs = by_id["deployGetApiV1AppsByAppIDLogs"]
    assert logs.pagination is not None and logs.pagination.style == "cursor"
    assert logs.tail == ir.Tail("logs", "direction", "forward")
    assert by_id["deployGetApiV1AppsByAppIDDeploymentsByDid"].waiter == ir.Waiter(
        "deployment", "status", ("succeeded", "failed", "cancelled"))
    repos = by_id["deployGetApiV1GithubInstallationsByInstallationIDRepositories"].pagination
    assert repos is not None and (repos.style, repos.items_path, repos.total_path) == (
        "page", ("repositories",), ("total_count",))
    assert by_id["deployGetApiV1TenantsByTenantIDDeployments"].pagination is None  # no offset or cursor to page with
    assert by_id["deployPostApiV1AppsByAppIDGitGithubConnect"].neutral_name == ir.MethodName(
        (("apps",), ("git",)), ("connect", "Github"), "x-sdkgen-method", "apps.git.connectGithub")

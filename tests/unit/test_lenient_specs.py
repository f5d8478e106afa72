"""One defect in one operation does not refuse the whole API: it is read a sensible way, with a
warning naming the operation, and only `--strict` refuses it. Also: operations given by `$ref` to
another file (vendor multi-file specs), and path templates written with RFC 6570 operators."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import ir
from generator.build import load_api
from generator.cli import main
from generator.diagnostics import Diagnostics

WARNING_SPECS = Path(__file__).parent / "warning_specs"
CASES = Path(__file__).resolve().parents[1] / "generation" / "cases"
SPLIT = CASES / "split_operations" / "openapi.yaml"
PATH_STYLES = CASES / "path_styles.yaml"


def load(spec: Path) -> tuple[ir.Api, Diagnostics]:
    diagnostics = Diagnostics()
    api = load_api(spec, diagnostics)
    assert not diagnostics.errors
    return api, diagnostics


def operation(api: ir.Api, op_id: str) -> ir.Operation:
    (op,) = [o for o in api.operations if o.operation_id == op_id]
    return op


def codes(diagnostics: Diagnostics) -> list[str]:
    return sorted(d.code for d in diagnostics.warnings)


def strict_refuses(spec: Path, code: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "strict"
    assert main(["generate", "--strict", "--spec", str(spec), "--lang", "python", "--out", str(out)]) == 2
    assert f"error[{code}]" in capsys.readouterr().err
    assert not out.exists()
    assert main(["generate", "--spec", str(spec), "--lang", "python", "--out", str(out)]) == 0
    assert any(out.iterdir())


def test_undeclared_path_parameter_is_a_required_string(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    spec = WARNING_SPECS / "undeclared_path_param.yaml"
    api, diagnostics = load(spec)
    (warning,) = diagnostics.warnings
    assert warning.code == "path-param-undeclared"
    assert "getToy" in warning.message and "{toyId}" in warning.message
    assert warning.location.line == 6 and warning.location.pointer == "/paths/~1pets~1{petId}~1toys~1{toyId}/get"
    assert "`name: toyId` and `in: path`" in warning.hint
    toy = next(p for p in operation(api, "getToy").parameters if p.name == "toyId")
    assert (toy.location, toy.type, toy.required, toy.style, toy.explode) == (
        "path", ir.Primitive("string"), True, "simple", False)
    strict_refuses(spec, "path-param-undeclared", tmp_path, capsys)


def test_several_path_defects_in_one_operation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = WARNING_SPECS / "lenient.yaml"
    api, diagnostics = load(spec)
    assert codes(diagnostics) == ["parameter-invalid", "path-param-undeclared", "path-param-unused"]
    by_code = {d.code: d for d in diagnostics.warnings}
    # Both undeclared names in one warning (one per operation and code).
    assert "{toyId}, {size}" in by_code["path-param-undeclared"].message
    assert "'color'" in by_code["path-param-unused"].message and "getToy" in by_code["path-param-unused"].message
    assert by_code["parameter-invalid"].location.pointer.endswith("/get/parameters/2")
    params = {(p.location, p.name) for p in operation(api, "getToy").parameters}
    # `color` has no place in the path, `limit` is `in: body` (not a 3.x location): both left out.
    assert params == {("path", "petId"), ("path", "toyId"), ("path", "size"), ("query", "q")}
    # A declared name with a dot is not mistaken for an RFC 6570 label operator.
    dotted = operation(api, "getDotted")
    assert dotted.path == "/dotted/{user.id}" and dotted.params_in("path")[0].style == "simple"
    strict_refuses(spec, "path-param-unused", tmp_path, capsys)


def test_duplicate_operation_id_gets_a_name_of_its_own(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    spec = WARNING_SPECS / "duplicate_operation_id.yaml"
    api, diagnostics = load(spec)
    (warning,) = diagnostics.warnings
    assert warning.code == "duplicate-operation-id" and warning.location.line == 10
    assert "'listPets'" in warning.message and "'getAnimals'" in warning.message
    assert sorted((o.operation_id, o.path) for o in api.operations) == [
        ("getAnimals", "/animals"), ("listPets", "/pets")]
    strict_refuses(spec, "duplicate-operation-id", tmp_path, capsys)


def test_operation_by_ref_to_another_file_resolves_relative_to_that_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api, diagnostics = load(SPLIT)
    assert codes(diagnostics) == ["operation-ref"] * 3
    first = min(diagnostics.warnings, key=lambda d: d.location.line or 0)
    assert first.location.pointer == "/paths/~1pets/get/$ref" and first.location.line == 10
    assert "GET /pets" in first.message and "resources/pets/list.yml" in first.message
    listing = operation(api, "listPets")
    assert [(p.location, p.name) for p in listing.parameters] == [("query", "limit")]
    assert listing.success_responses[0].type == ir.ArrayType(ir.NamedType("Pet"))
    get = operation(api, "getPet")
    # The path-level parameter comes from the root file, the operation's own from its file.
    assert [(p.location, p.name) for p in get.parameters] == [("path", "petId"), ("query", "verbose")]
    assert [r.status for r in get.responses] == ["200", "404"]
    assert get.source.endswith("get.yml#")
    pet = api.models["Pet"]
    assert isinstance(pet, ir.ObjectModel)
    assert [f.wire_name for f in pet.fields] == ["id", "name", "owner"]
    assert isinstance(api.models["Owner"], ir.ObjectModel)
    assert operation(api, "createPet").body is not None
    strict_refuses(SPLIT, "operation-ref", tmp_path, capsys)


def test_operation_ref_to_a_missing_file_is_an_error(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text('openapi: 3.0.3\ninfo: {title: T, version: "1"}\npaths:\n  /a:\n    get: {$ref: "nope/get.yml"}\n')
    diagnostics = Diagnostics()
    with pytest.raises(Exception, match="error"):
        load_api(spec, diagnostics)
    assert [d.code for d in diagnostics.errors] == ["file-not-found"]
    assert diagnostics.errors[0].location.pointer == "/paths/~1a/get/$ref"


def test_rfc6570_operators_are_read_as_their_style() -> None:
    api, diagnostics = load(PATH_STYLES)
    op = operation(api, "templateOperators")
    assert op.path == "/rfc6570/{ids}/{kind}{tags}"
    styles = {p.name: (p.style, p.explode) for p in op.params_in("path")}
    assert styles == {"ids": ("simple", True), "kind": ("label", False), "tags": ("matrix", True)}
    warning = next(d for d in diagnostics.warnings if d.code == "path-template-operator")
    assert "templateOperators" in warning.message
    for text in ("{ids*} as 'ids' with style simple, explode true", "{.kind} as 'kind' with style label",
                 "{;tags*} as 'tags' with style matrix, explode true"):
        assert text in warning.message
    declared = {p.name: (p.style, p.explode) for p in operation(api, "matrixPlain").params_in("path")}
    assert declared == {"prim": ("matrix", False), "list": ("matrix", False), "obj": ("matrix", False)}
    assert codes(diagnostics) == ["path-param-undeclared", "path-template-operator"]

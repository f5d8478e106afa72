"""Swagger 2.0 input becomes the same IR as its OpenAPI 3.0 twin."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator.build import load_api
from generator.diagnostics import Diagnostics, SpecError

HERE = Path(__file__).parent / "swagger2"


def without_sources(value: object) -> object:
    """The IR with `source` locations blanked: they name different files by nature."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: without_sources(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if "source" in fields:
            fields["source"] = ""
        return type(value)(**fields)
    if isinstance(value, list):
        return [without_sources(v) for v in value]
    if isinstance(value, tuple):
        return tuple(without_sources(v) for v in value)
    if isinstance(value, dict):
        return {k: without_sources(v) for k, v in value.items()}
    return value


def test_swagger2_and_openapi3_twins_give_the_same_ir() -> None:
    two = load_api(HERE / "petstore.swagger.yaml")
    three = load_api(HERE / "petstore.openapi.yaml")
    assert without_sources(two) == without_sources(three)


def test_converted_details() -> None:
    api = load_api(HERE / "petstore.swagger.yaml")
    assert api.default_base_url == "https://pets.example.com/v1"
    ops = {op.operation_id: op for op in api.operations}
    tags, ids = ops["listPets"].parameters[1:]
    assert (tags.style, tags.explode, ids.style, ids.explode) == ("form", True, "pipeDelimited", False)
    upload = ops["uploadPhoto"].body
    assert upload is not None and upload.content_type == "multipart/form-data" and upload.required
    assert {s.name: (s.kind, s.token_url) for s in api.security_schemes}["oauth"] == (
        "oauth2", "https://pets.example.com/token")


def test_tsv_collection_format_is_a_warning_with_its_line(tmp_path: Path) -> None:
    spec = tmp_path / "tsv.yaml"
    spec.write_text(
        'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths:\n  /x:\n    get:\n      parameters:\n'
        "        - {name: v, in: query, type: array, items: {type: string}, collectionFormat: tsv}\n"
        "      responses: {'200': {description: ok}}\n"
    )
    diagnostics = Diagnostics()
    load_api(spec, diagnostics)
    (warning,) = diagnostics.warnings
    assert warning.code == "swagger2-conversion" and warning.location.line == 7


def test_older_swagger_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "old.yaml"
    spec.write_text('swagger: "1.2"\ninfo: {title: t, version: "1"}\n')
    diagnostics = Diagnostics()
    with pytest.raises(SpecError):
        load_api(spec, diagnostics)
    assert [d.code for d in diagnostics.errors] == ["swagger-version"]

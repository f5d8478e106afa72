"""Swagger 2.0 `formData` arrays keep their `collectionFormat` as OpenAPI 3 says it: in the form
body's `encoding` (style and explode) for application/x-www-form-urlencoded, and as one part per
item for `multi` in multipart/form-data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import swagger2
from generator.build import load_api
from generator.diagnostics import Diagnostics


def _document(consumes: list[str], *params: dict[str, Any]) -> dict[str, Any]:
    return {
        "swagger": "2.0",
        "info": {"title": "forms", "version": "1"},
        "paths": {"/tags": {"post": {
            "operationId": "setTags",
            "consumes": consumes,
            "parameters": list(params),
            "responses": {"204": {"description": "stored"}},
        }}},
    }


def _convert(document: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    warnings: list[tuple[str, str]] = []
    converted = swagger2.convert(document, lambda pointer, message: warnings.append((pointer, message)))
    return converted["paths"]["/tags"]["post"]["requestBody"]["content"], warnings


def _tags(fmt: str | None, items: dict[str, Any] | None = None) -> dict[str, Any]:
    param: dict[str, Any] = {"name": "tags", "in": "formData", "type": "array", "items": items or {"type": "string"}}
    if fmt is not None:
        param["collectionFormat"] = fmt
    return param


URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


@pytest.mark.parametrize(("fmt", "style", "explode"), [
    ("csv", "form", False),
    (None, "form", False),  # csv is 2.0's default; OpenAPI 3's default (explode) would repeat the field
    ("ssv", "spaceDelimited", False),
    ("pipes", "pipeDelimited", False),
    ("multi", "form", True),
])
def test_urlencoded_array_gets_the_style_of_its_collection_format(
        fmt: str | None, style: str, explode: bool) -> None:
    content, warnings = _convert(_document([URLENCODED], _tags(fmt), {"name": "note", "in": "formData",
                                                                      "type": "string"}))
    media = content[URLENCODED]
    assert media["schema"]["properties"]["tags"] == {"type": "array", "items": {"type": "string"}}
    assert media["schema"]["properties"]["note"] == {"type": "string"}
    assert media["encoding"] == {"tags": {"style": style, "explode": explode}}  # nothing for the scalar field
    assert "collectionFormat" not in str(media["schema"])
    assert warnings == []


def test_urlencoded_tsv_is_comma_separated_with_a_warning() -> None:
    content, warnings = _convert(_document([URLENCODED], _tags("tsv")))
    assert content[URLENCODED]["encoding"] == {"tags": {"style": "form", "explode": False}}
    ((pointer, message),) = warnings
    assert pointer == "/paths/~1tags/post/parameters/0/collectionFormat"
    assert "tsv has no OpenAPI 3 equivalent" in message


def test_multipart_multi_is_one_part_per_item() -> None:
    content, warnings = _convert(_document([MULTIPART], _tags("multi", {"type": "integer"})))
    media = content[MULTIPART]
    assert media["schema"]["properties"]["tags"] == {"type": "array", "items": {"type": "integer"}}
    assert "encoding" not in media  # an array in multipart is one part per item in OpenAPI 3
    assert warnings == []


@pytest.mark.parametrize(("fmt", "style"), [("csv", "form"), ("ssv", "spaceDelimited"), ("pipes", "pipeDelimited")])
def test_multipart_joined_array_is_written_the_openapi_31_way_with_a_warning(fmt: str, style: str) -> None:
    content, warnings = _convert(_document([MULTIPART], _tags(fmt)))
    assert content[MULTIPART]["encoding"] == {"tags": {"style": style, "explode": False}}
    ((pointer, message),) = warnings
    assert pointer == "/paths/~1tags/post/parameters/0/collectionFormat"
    assert f"collectionFormat {fmt} in a multipart/form-data body" in message and "OpenAPI 3.1" in message


def test_both_form_media_types_each_get_their_encoding() -> None:
    content, _ = _convert(_document([MULTIPART, URLENCODED], _tags("multi"), {**_tags("pipes"), "name": "ids"}))
    assert content[URLENCODED]["encoding"] == {"tags": {"style": "form", "explode": True},
                                               "ids": {"style": "pipeDelimited", "explode": False}}
    assert content[MULTIPART]["encoding"] == {"ids": {"style": "pipeDelimited", "explode": False}}


def test_array_of_files_makes_the_body_multipart() -> None:
    # No form media type declared (only the document's JSON default): a file array still needs multipart.
    content, warnings = _convert(_document(["application/json"], _tags("multi", {"type": "file"})))
    assert list(content) == [MULTIPART]
    assert content[MULTIPART]["schema"]["properties"]["tags"]["items"] == {"type": "string", "format": "binary"}
    assert warnings == []


def test_collection_format_on_a_scalar_and_an_unknown_format_are_warnings() -> None:
    scalar = {"name": "one", "in": "formData", "type": "string", "collectionFormat": "csv"}
    content, warnings = _convert(_document([URLENCODED], scalar, _tags("commas")))
    assert content[URLENCODED]["encoding"] == {"tags": {"style": "form", "explode": False}}
    assert [pointer for pointer, _ in warnings] == ["/paths/~1tags/post/parameters/0/collectionFormat",
                                                    "/paths/~1tags/post/parameters/1/collectionFormat"]
    assert "arrays only" in warnings[0][1] and "unknown collectionFormat 'commas'" in warnings[1][1]


def test_shared_form_parameters_of_the_path_item_keep_their_format_and_pointer() -> None:
    document = _document([URLENCODED])
    document["paths"]["/tags"]["parameters"] = [_tags("tsv")]
    content, warnings = _convert(document)
    assert content[URLENCODED]["encoding"] == {"tags": {"style": "form", "explode": False}}
    assert [pointer for pointer, _ in warnings] == ["/paths/~1tags/parameters/0/collectionFormat"]


def test_the_converted_spec_builds_and_the_warning_has_its_line(tmp_path: Path) -> None:
    spec = tmp_path / "forms.yaml"
    spec.write_text(
        'swagger: "2.0"\ninfo: {title: forms, version: "1"}\npaths:\n  /tags:\n    post:\n'
        "      operationId: setTags\n      consumes: [application/x-www-form-urlencoded]\n      parameters:\n"
        "        - {name: tags, in: formData, type: array, items: {type: string}, collectionFormat: multi}\n"
        "        - {name: words, in: formData, type: array, items: {type: string}, collectionFormat: tsv}\n"
        "      responses: {'204': {description: stored}}\n"
    )
    diagnostics = Diagnostics()
    api = load_api(spec, diagnostics)
    (op,) = api.operations
    assert op.body is not None and op.body.content_type == URLENCODED
    (warning,) = diagnostics.warnings
    assert warning.code == "swagger2-conversion" and warning.location.line == 10

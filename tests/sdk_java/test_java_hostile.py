"""Spec strings cannot break or inject Java: a hostile spec generates code that compiles, with
every string it put in code escaped."""

from __future__ import annotations

import json
from pathlib import Path

from generator.cli import main
from generator.targets.java import java_doc, java_string

from .toolchain import checkstyle, ensure_java_toolchain, maven, tail

EVIL = 'ends */ here \\u000a "quoted" \\ back <b>&amp;</b> @param {@code x} ${x} #{y}\u2028next\u0000nul\ttab'



def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Evil */ API \"x\"", "version": "1.0.0", "description": EVIL},
    "servers": [{"url": "https://evil.example/\"*/"}],
    "tags": [{"name": "default", "description": EVIL}],
    "paths": {
        "/things/{class}/\"q\"": {
            "parameters": [
                {"name": "class", "in": "path", "required": True, "schema": {"type": "string"}, "description": EVIL},
            ],
            "get": {
                "operationId": "get-things */ \"now\"",
                "tags": ["default"],
                "summary": EVIL,
                "parameters": [
                    {"name": "x-\"h\"", "in": "header", "schema": {"type": "string"}},
                    {"name": "2fa", "in": "query", "schema": {"type": "integer", "format": "int32"}},
                    {"name": "body", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {"description": EVIL, "content": {"application/json": {"schema": ref("String")}}},
                    "default": {"description": "x", "content": {"application/json": {"schema": ref("Error")}}},
                },
            },
            "post": {
                "operationId": "class",
                "tags": ["default"],
                "requestBody": {"required": True, "content": {"application/json": {"schema": ref("List")}}},
                "responses": {"201": {"description": "made", "content": {"application/json": {"schema": {
                    "oneOf": [{"type": "string"}, {"type": "integer"}, {"$ref": "#/components/schemas/String"}]}}}}},
            },
        },
    },
    "components": {
        "schemas": {
            "String": {
                "type": "object",
                "description": EVIL,
                "required": ["class", "builder"],
                "properties": {
                    "class": {"type": "string", "description": EVIL},
                    "builder": {"type": "string"},
                    "hashCode": {"type": "integer"},
                    "additionalProperties": {"type": "boolean"},
                    "2fa": {"type": ["string", "null"]},
                    "kind": {"type": "string", "enum": ["*/", "a\"b", "back\\slash", "", "1st", "-", "ü", "\u2028"]},
                    "nested": {"type": "object", "properties": {"x-y": {"type": "number", "enum": [1.5, -2, 3]}}},
                },
            },
            "List": {"type": "object", "properties": {"Object": {"type": "string", "default": EVIL}}},
            "Builder": {"type": "string", "enum": ["Builder", "of", "values"]},
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
        }
    },
}


def test_escaping_filters() -> None:
    assert java_string('a"b\\c\n\u2028') == '"a\\"b\\\\c\\n\\u2028"'
    assert "\\u000a" not in java_string("\n")
    doc = java_doc("x */ y \\u002a/ <i> @see")
    assert "*/" not in doc and "\\u" not in doc and "<i>" not in doc and "@see" not in doc


def test_a_hostile_spec_generates_java_that_compiles(tmp_path: Path) -> None:
    spec = tmp_path / "evil.json"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(spec), "--lang", "java", "--out", str(out)]) == 0
    project = out / "evil" / "java"
    sources = "\n".join(p.read_text(encoding="utf-8") for p in project.rglob("*.java"))
    assert "ends */ here" not in sources
    ensure_java_toolchain()
    result = maven(project, "-q", "-Dmaven.test.skip=true", "compile")
    assert result.returncode == 0, tail(result)
    lint = checkstyle(project / "src" / "main")
    assert lint.returncode == 0, tail(lint)

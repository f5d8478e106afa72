"""Output order is the spec's order, and stays so: every SDK's operations table lists the
operations grouped by resource (resources in the order their tag first appears), each group in
document order (paths as written, methods as written within a path). The expected order is read
straight from the document, not from the IR."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.cli import load
from generator.targets import TARGETS
from generator.targets.base import render_target

from .conftest import CORPUS, HTTP_METHODS, REPO

SPECS = [
    REPO / "spec" / "axhub" / "openapi.yaml",
    Path(__file__).parent / "cases" / "security.yaml",
    CORPUS / "oai" / "petstore-expanded.yaml",
    CORPUS / "museum" / "openapi.yaml",
]

# Where each target's operations table names an operation (ids in these specs need no escaping).
TABLES: dict[str, tuple[str, re.Pattern[str]]] = {
    "python": (r"[^/]+/_operations\.py", re.compile(r'^        operation_id="([^"\\]*)",$', re.M)),
    "go": (r"operations\.go", re.compile(r'^\tID: +"([^"\\]*)",$', re.M)),
    "java": (r"src/main/java/.*/Operations\.java", re.compile(r'builder\("([^"\\]*)", ')),
    "kotlin": (r"src/main/kotlin/.*/Operations\.kt", re.compile(r'^            operationId = "([^"\\]*)",$', re.M)),
    "node": (r"src/operations\.ts", re.compile(r'^    operationId: "([^"\\]*)",$', re.M)),
    "ruby": (r"lib/[^/]+/operations\.rb", re.compile(r'^    "([^"\\]*)" => Operation\.new\($', re.M)),
    "docs": (r"search\.html", re.compile(r'^<li data-operation="([^"\\]*)"', re.M)),
    "mcp": (r"[^/]+/_tools\.json", re.compile(r'^  "operation": "([^"\\]*)",\n  "kind": "call",$', re.M)),
}


def spec_order(spec: Path) -> list[str]:
    """operationIds grouped by first tag (groups in order of first appearance), document order within."""
    data = yaml.safe_load(spec.read_text(encoding="utf-8"))
    groups: dict[str, list[str]] = {}
    for item in (data.get("paths") or {}).values():
        for method, op in item.items():
            if method in HTTP_METHODS:
                tags = op.get("tags") or ["default"]
                groups.setdefault(str(tags[0]), []).append(op["operationId"])
    return [op_id for ids in groups.values() for op_id in ids]


def table_order(files: dict[str, bytes], language: str) -> list[str]:
    where, pattern = TABLES[language]
    (name,) = [name for name in files if re.fullmatch(where, name)]
    return pattern.findall(files[name].decode("utf-8"))


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.parent.name + "/" + p.name)
def test_operations_tables_follow_the_spec(spec: Path) -> None:
    if not spec.is_file():
        pytest.skip(f"{spec} is not on this machine")
    expected = spec_order(spec)
    assert len(expected) >= 3 and len(set(expected)) == len(expected)
    loaded = load(spec, strict=False)
    assert [op.operation_id for op in loaded.api.operations] == expected
    for language in TARGETS:
        files = render_target(TARGETS[language], loaded.api, loaded.settings)
        assert table_order(files, language) == expected, language


def test_interleaved_tags_are_grouped_in_first_appearance_order(tmp_path: Path) -> None:
    def op(op_id: str, tag: str) -> dict[str, object]:
        return {"operationId": op_id, "tags": [tag], "responses": {"204": {"description": "done"}}}

    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump({
        "openapi": "3.1.0", "info": {"title": "Order", "version": "1"},
        "paths": {
            "/zebras": {"get": op("listZebras", "zebras"), "post": op("createZebra", "zebras")},
            "/apples": {"delete": op("dropApples", "apples"), "get": op("listApples", "apples")},
            "/zebras/{id}": {"get": {**op("getZebra", "zebras"), "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]}},
        },
    }, sort_keys=False), encoding="utf-8")
    expected = ["listZebras", "createZebra", "getZebra", "dropApples", "listApples"]
    assert spec_order(spec) == expected
    loaded = load(spec, strict=False)
    for language in TARGETS:
        files = render_target(TARGETS[language], loaded.api, loaded.settings)
        assert table_order(files, language) == expected, language

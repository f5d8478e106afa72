"""The extension registry (generator/extensions): each x-sdkgen-* extension read by its own module,
with its own diagnostics; unknown x-sdkgen-* keys are warned about."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.build import Builder
from generator.diagnostics import Diagnostics
from generator.extensions import OPERATION_EXTENSIONS
from generator.loader import Workspace


def build(tmp_path: Path, extensions: dict[str, Any]) -> tuple[ir.Operation, Diagnostics]:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/things/{id}": {"get": {
            "operationId": "getThing", "tags": ["things"],
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                "type": "object", "properties": {"status": {"type": "string"}}}}}}},
            **extensions,
        }}},
    }
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    diagnostics = Diagnostics()
    api = Builder(Workspace(path, diagnostics)).build()
    (op,) = api.operations
    return op, diagnostics


def codes(diagnostics: Diagnostics) -> list[tuple[str, str]]:
    return [(d.code, d.location.pointer) for d in diagnostics]


def test_registry_has_one_module_per_extension_read() -> None:
    keys = [e.key for e in OPERATION_EXTENSIONS]
    assert keys == ["x-sdkgen-method", "x-sdkgen-node-alias", "x-sdkgen-waiter", "x-sdkgen-tail",
                    "x-sdkgen-pagination", "x-sdkgen-session", "x-sdkgen-resume"]
    assert all(e.summary for e in OPERATION_EXTENSIONS)


def test_valid_extensions_reach_the_operation(tmp_path: Path) -> None:
    op, diagnostics = build(tmp_path, {
        "x-sdkgen-method": "things.get",
        "x-sdkgen-waiter": {"field": "status", "terminal": ["done", 3]},
        "x-sdkgen-tail": {"name": "logs", "param": "direction", "value": "forward"},
    })
    assert list(diagnostics) == []
    assert op.neutral_name == ir.MethodName((("things",),), ("get",), "x-sdkgen-method", "things.get")
    assert op.waiter == ir.Waiter("things", "status", ("done", "3"))  # name defaults to the resource
    assert op.tail == ir.Tail("logs", "direction", "forward")


@pytest.mark.parametrize(("key", "value"), [
    ("x-sdkgen-method", ""),
    ("x-sdkgen-method", ["a", "b"]),
    ("x-sdkgen-method", "single"),
    ("x-sdkgen-method", "things..get"),
    ("x-sdkgen-method", "things.2fa"),
    ("x-sdkgen-waiter", {"field": "status"}),
    ("x-sdkgen-waiter", "status"),
    ("x-sdkgen-tail", {"name": "logs", "param": "direction"}),
    ("x-sdkgen-pagination", "cursor"),
    ("x-sdkgen-pagination", {"style": "scroll", "items": "data"}),  # no such style
    ("x-sdkgen-pagination", {"style": "cursor", "items": "data", "param": "c"}),  # cursor needs `next`
    ("x-sdkgen-pagination", {"style": "page", "param": "p"}),  # where are the items?
    ("x-sdkgen-pagination", {"style": "page", "items": "data", "param": "p", "stop": ["short"]}),  # no size
    ("x-sdkgen-pagination", {"style": "page", "items": "data", "param": "p", "stop": ["never"]}),
    ("x-sdkgen-pagination", {"style": "link_header", "items": [], "pages": 3}),  # unknown key
    ("x-sdkgen-pagination", {"style": "next_url", "items": "a..b", "next": "next"}),  # empty key in path
])
def test_invalid_extension_is_an_error_at_its_value(tmp_path: Path, key: str, value: Any) -> None:
    op, diagnostics = build(tmp_path, {key: value})
    assert codes(diagnostics) == [("extension-invalid", f"/paths/~1things~1{{id}}/get/{key}")]
    (diagnostic,) = diagnostics
    assert key in diagnostic.message and diagnostic.location.line is not None and diagnostic.hint
    assert (op.neutral_name, op.waiter, op.tail, op.pagination) == (None, None, None, None)


def test_declared_pagination_is_a_neutral_descriptor(tmp_path: Path) -> None:
    op, diagnostics = build(tmp_path, {"x-sdkgen-pagination": {
        "style": "cursor", "items": ["result", "items"], "param": "continue", "size_param": "limit",
        "next": "metadata.continue", "has_more": "more"}})
    assert list(diagnostics) == []
    assert op.pagination == ir.Pagination(
        "cursor", ("result", "items"), ir.AnyType(), "continue", "limit", ("metadata", "continue"), (), ("more",),
        ("has_more", "token"), declared=True)
    op, _ = build(tmp_path, {"x-sdkgen-pagination": {"style": "link_header", "items": []}})
    assert op.pagination is not None and (op.pagination.items_path, op.pagination.stop) == ((), ("token",))
    op, _ = build(tmp_path, {"x-sdkgen-pagination": {"style": "starting_after", "items": "data", "param": "after",
                                                       "stop": ["empty", "token"]}})
    assert op.pagination is not None and (op.pagination.next_path, op.pagination.stop) == (("id",), ("empty", "token"))


def test_unknown_sdkgen_extension_is_a_warning(tmp_path: Path) -> None:
    op, diagnostics = build(tmp_path, {"x-sdkgen-waitr": {"field": "status"}, "x-other-tool": 1})
    assert codes(diagnostics) == [("extension-unknown", "/paths/~1things~1{id}/get/x-sdkgen-waitr")]
    assert not diagnostics.has_errors() and op.waiter is None


def test_method_words_come_from_the_one_splitter(tmp_path: Path) -> None:
    op, diagnostics = build(tmp_path, {"x-sdkgen-method": "app-hooks.GitHub.connect_URLs"})
    assert list(diagnostics) == []
    assert op.neutral_name == ir.MethodName((("app", "hooks"), ("Git", "Hub")), ("connect", "URLs"),
                                            "x-sdkgen-method", "app-hooks.GitHub.connect_URLs")


def test_node_alias_is_a_deprecated_synonym(tmp_path: Path) -> None:
    op, diagnostics = build(tmp_path, {"x-sdkgen-node-alias": "things.connectGithub"})
    assert codes(diagnostics) == [("extension-deprecated", "/paths/~1things~1{id}/get/x-sdkgen-node-alias")]
    (warning,) = diagnostics
    assert "x-sdkgen-method: things.connectGithub" in warning.hint and not diagnostics.has_errors()
    assert op.neutral_name == ir.MethodName((("things",),), ("connect", "Github"), "x-sdkgen-node-alias",
                                            "things.connectGithub")


def test_both_names_at_once_is_an_error(tmp_path: Path) -> None:
    op, diagnostics = build(tmp_path, {"x-sdkgen-method": "things.get", "x-sdkgen-node-alias": "things.fetch"})
    assert ("extension-invalid", "/paths/~1things~1{id}/get/x-sdkgen-node-alias") in codes(diagnostics)
    assert op.neutral_name is not None and op.neutral_name.written == "things.get"  # the new key wins

"""The shared IR passes (generator/passes): what every target used to compute on its own."""

from __future__ import annotations

import pytest

from generator import ir
from generator.passes.docs import operation_doc, operation_text
from generator.passes.responses import ResponseKind, response_kind, streams


def op(summary: str = "", description: str = "", responses: list[ir.Response] | None = None) -> ir.Operation:
    return ir.Operation("listThings", "GET", "/things", "things", summary, description,
                        responses=responses or [])


@pytest.mark.parametrize(("summary", "description", "text"), [
    ("", "", ""),
    ("List things.", "", "List things."),
    ("", "  All of them. ", "All of them."),
    ("List things.", "Every one.", "List things.\n\nEvery one."),
    ("List things.", "List things. Every one.", "List things. Every one."),  # repeated summary dropped
])
def test_operation_text_merges_summary_and_description(summary: str, description: str, text: str) -> None:
    assert operation_text(op(summary, description)) == text


def test_operation_doc_appends_the_header() -> None:
    assert operation_doc(op(), "GET /things") == "GET /things"
    assert operation_doc(op("List."), "GET /things") == "List.\n\nGET /things"


@pytest.mark.parametrize(("status", "media", "kind"), [
    ("302", None, ResponseKind.REDIRECT),
    ("302", "application/json", ResponseKind.REDIRECT),
    ("204", None, ResponseKind.EMPTY),
    ("200", "Text/Event-Stream; charset=utf-8", ResponseKind.EVENT_STREAM),
    ("200", "text/plain", ResponseKind.TEXT),
    ("200", "application/json; charset=utf-8", ResponseKind.JSON),
    ("200", "application/problem+json", ResponseKind.JSON),
    ("200", "*/*", ResponseKind.JSON),
    ("200", "application/octet-stream", ResponseKind.BINARY),
])
def test_response_kind(status: str, media: str | None, kind: ResponseKind) -> None:
    response = ir.Response(status, "", media, ir.AnyType() if media else None)
    assert response_kind(response) is kind


def test_streams_looks_at_success_responses_only() -> None:
    events = ir.Response("200", "", "text/event-stream", ir.Primitive("string"))
    error_events = ir.Response("500", "", "text/event-stream", ir.Primitive("string"))
    assert streams(op(responses=[events]))
    assert not streams(op(responses=[error_events]))

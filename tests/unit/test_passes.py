"""The shared IR passes (generator/passes): what every target used to compute on its own."""

from __future__ import annotations

import pytest

from generator import ir
from generator.passes import refine
from generator.passes.docs import operation_doc, operation_text
from generator.passes.pagination import infer_pagination
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


# ---------------------------------------------------------------- pagination

STRING = ir.Primitive("string")
ITEMS = ir.ArrayType(ir.NamedType("Thing"))


def listing(fields: dict[str, ir.Type], query: list[str], method: str = "GET") -> tuple[ir.Operation, ir.Api]:
    page = ir.ObjectModel("ThingPage", [ir.Field(name, t, False) for name, t in fields.items()])
    api = ir.Api("T", "1", "")
    api.models = {"ThingPage": page, "PageAlias": ir.AliasModel("PageAlias", ir.NamedType("ThingPage"))}
    operation = ir.Operation("listThings", method, "/things", "things",
                             parameters=[ir.Parameter(name, "query", STRING, False) for name in query],
                             responses=[ir.Response("200", "", "application/json", ir.NamedType("PageAlias"))])
    api.resources = [ir.Resource("things", "", [operation])]
    return operation, api


def inferred(fields: dict[str, ir.Type], query: list[str], method: str = "GET") -> ir.Pagination | None:
    operation, api = listing(fields, query, method)
    return infer_pagination(operation, api.models)


def test_cursor_pagination_through_an_alias() -> None:
    found = inferred({"data": ITEMS, "next_cursor": STRING, "has_more": ir.Primitive("boolean")},
                     ["cursor", "page_size"])
    assert found == ir.Pagination("cursor", "data", ir.NamedType("Thing"), None, limit_param="page_size",
                                  cursor_param="cursor", next_cursor="next_cursor", has_more="has_more")


def test_offset_and_page_pagination() -> None:
    offset = inferred({"items": ITEMS, "total": ir.Primitive("integer")}, ["offset", "limit"])
    assert offset is not None and (offset.style, offset.total, offset.offset_param) == ("offset", "total", "offset")
    page = inferred({"items": ITEMS}, ["page", "per_page"])
    assert page is not None and (page.style, page.per_page_param) == ("page", "per_page")


@pytest.mark.parametrize(("fields", "query", "method"), [
    ({"items": ITEMS}, ["offset", "limit"], "POST"),  # only GETs list
    ({"a": ITEMS, "b": ITEMS}, ["offset", "limit"], "GET"),  # which list? no guess
    ({"items": ITEMS}, ["page"], "GET"),  # a page without its size
    ({"next_cursor": STRING}, ["cursor"], "GET"),  # nothing to iterate
])
def test_no_pagination_without_a_clear_shape(fields: dict[str, ir.Type], query: list[str], method: str) -> None:
    assert inferred(fields, query, method) is None


def test_refine_keeps_a_declared_pagination() -> None:
    operation, api = listing({"items": ITEMS}, ["offset", "limit"])
    declared = ir.Pagination("page", "items", STRING, page_param="p", per_page_param="n")
    operation.pagination = declared
    refine(api)
    assert operation.pagination is declared
    operation.pagination = None
    refine(api)
    assert operation.pagination is not None and operation.pagination.style == "offset"

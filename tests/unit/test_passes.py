"""The shared IR passes (generator/passes): what every target used to compute on its own."""

from __future__ import annotations

import pytest

from generator import ir
from generator.passes import refine
from generator.passes.cycles import (
    alias_cycles,
    dependencies_first,
    direct_cycles,
    mentions,
    on_cycle,
    strongly_connected,
)
from generator.passes.docs import operation_doc, operation_text
from generator.passes.pagination import infer_pagination, paging_in
from generator.passes.responses import ResponseKind, response_kind, streams
from generator.passes.types import is_object_like, resolve_alias


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
    assert found == ir.Pagination("cursor", ("data",), ir.NamedType("Thing"), "cursor", "page_size",
                                  ("next_cursor",), (), ("has_more",), ("has_more", "token"))


def test_offset_and_page_pagination() -> None:
    offset = inferred({"items": ITEMS, "total": ir.Primitive("integer")}, ["offset", "limit"])
    assert offset is not None and (offset.style, offset.total_path, offset.param) == ("offset", ("total",), "offset")
    page = inferred({"items": ITEMS}, ["page", "per_page"])
    assert page is not None and (page.style, page.size_param, page.stop) == ("page", "per_page", ("empty", "short"))


@pytest.mark.parametrize(("fields", "query", "method"), [
    ({"items": ITEMS}, ["offset", "limit"], "POST"),  # only GETs list
    ({"a": ITEMS, "b": ITEMS}, ["offset", "limit"], "GET"),  # which list? no guess
    ({"items": ITEMS}, ["page"], "GET"),  # a page without its size
    ({"next_cursor": STRING}, ["cursor"], "GET"),  # nothing to iterate
    ({"data": ITEMS, "has_more": ir.Primitive("boolean")}, ["starting_after"], "GET"),  # items without an id
    ({"items": ITEMS, "next": STRING}, ["cursor"], "GET"),  # a URL and a cursor: which one pages?
    ({"items": ITEMS}, ["page", "limit", "cursor"], "GET"),  # page/limit beside a cursor (Slack)
])
def test_no_pagination_without_a_clear_shape(fields: dict[str, ir.Type], query: list[str], method: str) -> None:
    assert inferred(fields, query, method) is None


def shaped(models: dict[str, ir.Model], result: ir.Type, query: list[str]) -> ir.Pagination | None:
    api = ir.Api("T", "1", "")
    api.models = {"Thing": ir.ObjectModel("Thing", [ir.Field("id", STRING, True)]), **models}
    operation = ir.Operation("listThings", "GET", "/things", "things",
                             parameters=[ir.Parameter(name, "query", STRING, False) for name in query],
                             responses=[ir.Response("200", "", "application/json", result)])
    return infer_pagination(operation, api.models)


def test_newer_styles_from_the_shape() -> None:
    meta = ir.ObjectModel("ListMeta", [ir.Field("continue", STRING, False), ir.Field("resourceVersion", STRING, False)])
    page = ir.ObjectModel("PodList", [ir.Field("items", ITEMS, True),
                                      ir.Field("metadata", ir.NamedType("ListMeta"), False)])
    k8s = shaped({"ListMeta": meta, "PodList": page}, ir.NamedType("PodList"), ["limit", "continue"])
    assert k8s is not None and (k8s.style, k8s.param, k8s.next_path, k8s.size_param) == (
        "cursor", "continue", ("metadata", "continue"), "limit")

    twilio = ir.ObjectModel("Msgs", [ir.Field("messages", ITEMS, False), ir.Field("next_page_uri", STRING, False)])
    found = shaped({"Msgs": twilio}, ir.NamedType("Msgs"), ["PageSize", "Page", "PageToken"])
    assert found is not None and (found.style, found.next_path, found.size_param, found.stop) == (
        "next_url", ("next_page_uri",), "PageSize", ("token",))

    links = ir.ObjectModel("Links", [ir.Field("next", STRING, False)])
    hal = ir.ObjectModel("Hal", [ir.Field("items", ITEMS, False), ir.Field("_links", ir.NamedType("Links"), False)])
    found = shaped({"Links": links, "Hal": hal}, ir.NamedType("Hal"), [])
    assert found is not None and (found.style, found.next_path) == ("next_url", ("_links", "next"))

    stripe = ir.ObjectModel("List", [ir.Field("data", ITEMS, True),
                                     ir.Field("has_more", ir.Primitive("boolean"), True)])
    found = shaped({"List": stripe}, ir.NamedType("List"), ["limit", "starting_after", "ending_before"])
    assert found is not None and (found.style, found.param, found.next_path, found.stop) == (
        "starting_after", "starting_after", ("id",), ("has_more", "empty", "token"))

    museum = shaped({}, ITEMS, ["startDate", "page", "limit"])  # the page is the list; no total
    assert museum == ir.Pagination("page", (), ir.NamedType("Thing"), "page", "limit", stop=("empty", "short"))


def test_targets_page_only_the_styles_their_runtime_reads() -> None:
    """paging_in drops a style a runtime does not read; Java, Kotlin and Ruby now read all six."""
    from generator.targets.java import types as java
    from generator.targets.kotlin import symbols as kotlin
    from generator.targets.ruby import symbols as ruby

    body_driven = ("offset", "page", "cursor", "starting_after")
    operation = ir.Operation("listThings", "GET", "/things", "things")
    operation.pagination = ir.Pagination("next_url", ("items",), STRING, next_path=("next",), stop=("token",))
    assert paging_in(operation, body_driven) is None
    for target in (java, kotlin, ruby):
        assert target.PAGED_STYLES == ir.PAGINATION_STYLES
        assert paging_in(operation, target.PAGED_STYLES) is operation.pagination
    operation.pagination = ir.Pagination("link_header", ("items",), STRING, stop=("token",))
    assert all(paging_in(operation, t.PAGED_STYLES) is operation.pagination for t in (java, kotlin, ruby))
    operation.pagination = ir.Pagination("cursor", ("items",), STRING, "continue", next_path=("metadata", "continue"))
    assert paging_in(operation, body_driven) is operation.pagination  # nested paths: any runtime reads them


def test_declared_pagination_gets_the_item_type_at_its_path() -> None:
    wrapper = ir.ObjectModel("Wrapped", [ir.Field("result", ir.NamedType("Inner"), True)])
    inner = ir.ObjectModel("Inner", [ir.Field("rows", ITEMS, True)])
    api = ir.Api("T", "1", "")
    api.models = {"Thing": ir.ObjectModel("Thing", []), "Wrapped": wrapper, "Inner": inner}
    operation = ir.Operation("listThings", "GET", "/things", "things",
                             responses=[ir.Response("200", "", "application/json", ir.NamedType("Wrapped"))])
    operation.pagination = ir.Pagination("link_header", ("result", "rows"), ir.AnyType(), stop=("token",),
                                         declared=True)
    api.resources = [ir.Resource("things", "", [operation])]
    refine(api)
    assert operation.pagination.item_type == ir.NamedType("Thing")
    operation.pagination = ir.Pagination("link_header", ("result", "nope"), ir.AnyType(), stop=("token",),
                                         declared=True)
    refine(api)
    assert operation.pagination.item_type == ir.AnyType()  # a path to nowhere: items stay raw JSON


def test_refine_keeps_a_declared_pagination() -> None:
    operation, api = listing({"items": ITEMS}, ["offset", "limit"])
    declared = ir.Pagination("page", ("items",), STRING, "p", "n", stop=("empty",), declared=True)
    operation.pagination = declared
    refine(api)
    assert operation.pagination is declared
    operation.pagination = None
    refine(api)
    assert operation.pagination is not None and operation.pagination.style == "offset"


# ---------------------------------------------------------------- cycles


def models_api(models: dict[str, ir.Model]) -> ir.Api:
    api = ir.Api("T", "1", "")
    api.models = models
    return api


def named(name: str, nullable: bool = False) -> ir.NamedType:
    return ir.NamedType(name, nullable=nullable)


def test_strongly_connected_marks_cycles_and_self_loops_only() -> None:
    graph = {"a": ["b"], "b": ["a", "c"], "c": [], "d": ["d"], "e": ["a"]}
    components = strongly_connected(graph)
    assert set(components) == {"a", "b", "d"} == on_cycle(graph)
    assert components["a"] == components["b"] != components["d"]


def test_dependencies_first_orders_what_is_mentioned_before() -> None:
    assert dependencies_first({"a": ["b", "c"], "b": ["c"], "c": [], "d": []}) == ["c", "b", "a", "d"]
    assert dependencies_first({"a": ["b"], "b": ["a"]}) == ["b", "a"]  # the cycle closes at the entry


def test_mentions_looks_where_it_is_told() -> None:
    t = ir.UnionType((ir.ArrayType(named("A")), ir.MapType(named("B")), named("C"), named("Z")))
    keep = {"A", "B", "C"}.__contains__
    assert mentions(t, keep, containers=True, unions=True) == ["A", "B", "C"]
    assert mentions(t, keep, containers=False, unions=True) == ["C"]
    assert mentions(t, keep, containers=True, unions=False) == []
    assert mentions(named("Z"), keep, containers=True, unions=True) == []


def test_direct_cycles_through_unions_and_aliases_not_objects_or_arrays() -> None:
    obj = ir.ObjectModel("Obj", [ir.Field("next", named("U1"), False)])
    api = models_api({
        "U1": ir.UnionModel("U1", [ir.Primitive("string"), named("U2")]),
        "U2": ir.UnionModel("U2", [ir.Primitive("integer"), named("U1")]),  # U1 <-> U2: direct
        "Obj": obj,
        "U3": ir.UnionModel("U3", [ir.Primitive("string"), named("Obj")]),  # back through an object
        "L": ir.AliasModel("L", ir.ArrayType(named("L"))),  # through an array: not direct
        "V": ir.UnionModel("V", [ir.Primitive("string"), named("W")]),
        "W": ir.AliasModel("W", ir.UnionType((named("V"), ir.Primitive("boolean")), nullable=True)),
    })
    assert direct_cycles(api) == {"U1", "U2", "V", "W"}
    # Java's variant does not look into the inline union of W (a known difference, kept for now).
    assert direct_cycles(api, through_inline_unions=False) == {"U1", "U2"}


def test_alias_cycles_through_arrays_and_maps_not_unions() -> None:
    api = models_api({
        "L": ir.AliasModel("L", ir.ArrayType(named("L"))),
        "M": ir.AliasModel("M", ir.MapType(named("N"))),
        "N": ir.AliasModel("N", ir.ArrayType(named("M"))),
        "U": ir.AliasModel("U", ir.UnionType((named("U"), ir.Primitive("string")))),
        "P": ir.AliasModel("P", named("L")),  # reaches a cycle, is not on it
    })
    assert alias_cycles(api) == {"L", "M", "N"}


# ---------------------------------------------------------------- aliases and object-like types


def test_resolve_alias_follows_aliases_and_stops_on_a_cycle() -> None:
    models: dict[str, ir.Model] = {
        "A": ir.AliasModel("A", named("B")),
        "B": ir.AliasModel("B", ir.ArrayType(STRING)),
        "C": ir.AliasModel("C", named("D")),
        "D": ir.AliasModel("D", named("C")),
        "O": ir.ObjectModel("O", []),
    }
    assert resolve_alias(models, named("A")) == ir.ArrayType(STRING)
    assert resolve_alias(models, named("O")) == named("O")
    assert resolve_alias(models, named("C")) == named("C")  # C -> D -> C: stops where it began
    assert resolve_alias(models, STRING) == STRING


def test_is_object_like_through_aliases() -> None:
    models: dict[str, ir.Model] = {
        "O": ir.ObjectModel("O", []),
        "U": ir.UnionModel("U", [STRING, named("O")]),
        "ToO": ir.AliasModel("ToO", named("O")),
        "Dict": ir.AliasModel("Dict", ir.MapType(STRING)),
        "Whatever": ir.AliasModel("Whatever", ir.AnyType()),
        "E": ir.EnumModel("E", "string", []),
    }
    for name in ("O", "U", "ToO", "Dict"):
        assert is_object_like(models, named(name)), name
    assert not is_object_like(models, named("E"))
    assert not is_object_like(models, named("Whatever"))
    assert is_object_like(models, named("Whatever"), any_is_object=True)
    assert not is_object_like(models, ir.ArrayType(named("O")))

"""The one pager across every style, against fake servers (respx): a token at any depth
(Kubernetes), a next-page URL in the body (Twilio), a Link header (GitHub), has_more with
starting_after the last id (Stripe) and page/limit without a total (museum); sync and async."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
import respx
from fakeapi import AsyncFakeClient, FakeClient
from fakeapi._runtime import InvalidArgumentError, Pagination
from fakeapi._runtime.pagination import next_page
from rt_support import BASE_URL

ALL = [f"i{n}" for n in range(7)]


def k8s(request: httpx.Request) -> httpx.Response:
    start = int(request.url.params.get("continue", "0") or 0)
    limit = int(request.url.params["limit"])
    end = min(start + limit, len(ALL))
    meta = {"resourceVersion": "9", **({"continue": str(end)} if end < len(ALL) else {})}
    return httpx.Response(200, json={"items": [{"name": n} for n in ALL[start:end]], "metadata": meta})


def twilio(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params.get("Page", "0"))
    size = int(request.url.params["PageSize"])
    rows = ALL[page * size:(page + 1) * size]
    more = (page + 1) * size < len(ALL)
    query = urlencode({"PageSize": size, "Page": page + 1, "PageToken": f"PA{page + 1}"})
    nxt = f"/2010-04-01/Accounts/AC1/Messages.json?{query}" if more else None
    return httpx.Response(200, json={"messages": [{"sid": r} for r in rows], "next_page_uri": nxt, "page": page})


def github(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params.get("page", "1"))
    size = int(request.url.params["per_page"])
    rows = ALL[(page - 1) * size:page * size]
    links = [f'<{BASE_URL}/repos?per_page={size}&page=1>; rel="first"']
    if page * size < len(ALL):
        links.append(f'<{BASE_URL}/repos?per_page={size}&page={page + 1}>; rel="next"')
    return httpx.Response(200, json=[{"name": r} for r in rows], headers={"Link": ", ".join(links)})


def stripe(request: httpx.Request) -> httpx.Response:
    after = request.url.params.get("starting_after")
    limit = int(request.url.params["limit"])
    start = ALL.index(after) + 1 if after else 0
    rows = ALL[start:start + limit]
    return httpx.Response(200, json={"object": "list", "data": [{"id": r} for r in rows],
                                     "has_more": start + limit < len(ALL)})


def museum(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params.get("page", "1"))
    limit = int(request.url.params["limit"])
    return httpx.Response(200, json=[{"date": d} for d in ALL[(page - 1) * limit:page * limit]])


CASES: list[tuple[str, Any, dict[str, Any] | None, dict[str, Any], str]] = [
    ("k8sList", k8s, None, {"limit": 3}, "name"),
    ("twilioList", twilio, {"sid": "AC1"}, {"PageSize": 3}, "sid"),
    ("githubList", github, None, {"per_page": 3}, "name"),
    ("stripeList", stripe, None, {"limit": 3}, "id"),
    ("museumList", museum, None, {"limit": 3}, "date"),
]


@pytest.mark.parametrize(("op", "server", "path", "query", "key"), CASES, ids=[c[0] for c in CASES])
def test_every_style_pages_to_the_end(client: FakeClient, api: respx.MockRouter, op: str, server: Any,
                                      path: dict[str, Any] | None, query: dict[str, Any], key: str) -> None:
    route = api.route().mock(side_effect=server)
    items = list(client.iterate(op, path, query))
    assert [item[key] for item in items] == ALL
    assert route.call_count == 3  # 3 + 3 + 1: the short or last page ends it, no extra request


@pytest.mark.anyio
@pytest.mark.parametrize(("op", "server", "path", "query", "key"), CASES, ids=[c[0] for c in CASES])
async def test_every_style_pages_async(aclient: AsyncFakeClient, api: respx.MockRouter, op: str, server: Any,
                                       path: dict[str, Any] | None, query: dict[str, Any], key: str) -> None:
    api.route().mock(side_effect=server)
    async with aclient:
        items = [item async for item in aclient.iterate(op, path, query)]
    assert [item[key] for item in items] == ALL


def test_each_style_sends_what_moves_it(client: FakeClient, api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=k8s)
    list(client.iterate("k8sList", None, {"limit": 3}))
    assert [c.request.url.params.get("continue") for c in route.calls] == [None, "3", "6"]
    route.reset()
    route.mock(side_effect=stripe)
    list(client.iterate("stripeList", None, {"limit": 3}))
    assert [c.request.url.params.get("starting_after") for c in route.calls] == [None, "i2", "i5"]
    route.reset()
    route.mock(side_effect=twilio)
    list(client.iterate("twilioList", {"sid": "AC1"}, {"PageSize": 3}))
    second = route.calls[1].request.url
    assert second.path == "/2010-04-01/Accounts/AC1/Messages.json"
    assert dict(second.params) == {"PageSize": "3", "Page": "1", "PageToken": "PA1"}  # the URL's query, once
    assert route.calls[1].request.headers["Authorization"] == "Bearer tok_secret"


def test_page_without_total_stops_on_an_empty_page_when_the_last_is_full(client: FakeClient,
                                                                          api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=museum)
    assert len(list(client.iterate("museumList", None, {"limit": 7}))) == 7
    assert [c.request.url.params.get("page") for c in route.calls] == [None, "2"]  # full page, then empty


def test_a_next_url_elsewhere_is_refused_without_sending_credentials(client: FakeClient,
                                                                     api: respx.MockRouter) -> None:
    page = {"messages": [{"sid": "x"}], "next_page_uri": "https://evil.test/steal?PageSize=3"}
    route = api.route().mock(return_value=httpx.Response(200, json=page))
    with pytest.raises(InvalidArgumentError, match="evil.test"):
        list(client.iterate("twilioList", {"sid": "AC1"}, {"PageSize": 3}))
    assert route.call_count == 1


def test_a_link_header_pointing_at_the_same_page_ends_the_iteration(client: FakeClient,
                                                                    api: respx.MockRouter) -> None:
    same = httpx.Response(200, json=[{"name": "a"}], headers={"Link": f'<{BASE_URL}/repos?per_page=1>; rel="next"'})
    route = api.route().mock(return_value=same)
    assert len(list(client.iterate("githubList", None, {"per_page": 1}))) == 1
    assert route.call_count == 1


def test_a_stuck_or_missing_token_ends_the_iteration(client: FakeClient, api: respx.MockRouter) -> None:
    stuck = {"items": [{"name": "a"}], "metadata": {"continue": "c1"}}
    route = api.route().mock(return_value=httpx.Response(200, json=stuck))
    assert len(list(client.iterate("k8sList", None, {"limit": 1, "continue": "c1"}))) == 1
    assert route.call_count == 1
    route.mock(return_value=httpx.Response(200, json={"data": [], "has_more": True}))
    assert list(client.iterate("stripeList", None, {"limit": 1})) == []  # has_more, but no last id


STOPS = Pagination(style="offset", items=("items",), param="o", size_param="n", total=("t",),
                   has_more=("more",), stop=("has_more", "empty", "short", "total"))


@pytest.mark.parametrize(("page", "query", "expected"), [
    ({"items": [1, 2], "t": 9, "more": False}, {"n": 2}, None),  # has_more false
    ({"items": [], "t": 9}, {"n": 2}, None),  # empty
    ({"items": [1], "t": 9}, {"n": 2}, None),  # short
    ({"items": [1, 2], "t": 4}, {"n": 2, "o": 2}, None),  # total reached
    ({"items": [1, 2], "t": 9, "more": True}, {"n": 2, "o": 2}, {"n": 2, "o": 4}),
])
def test_stop_rules_are_read_from_the_descriptor(page: dict[str, Any], query: dict[str, Any],
                                                 expected: dict[str, Any] | None) -> None:
    found = next_page(STOPS, query, page, list(page["items"]), seen=len(page["items"]), url=BASE_URL)
    assert (found.query if found else None) == expected
    # without the rules, the same pages go on (offset moves by the items seen)
    loose = Pagination(style="offset", items=("items",), param="o", size_param="n", stop=())
    moved = next_page(loose, query, page, list(page["items"]), seen=0, url=BASE_URL)
    assert moved is not None and moved.query["o"] == query.get("o", 0) + len(page["items"])

"""iterate (offset, page, cursor), wait and tail — sync."""

from __future__ import annotations

from typing import Any

import fakeapi.models as m
import httpx
import pytest
import respx
from fakeapi import FakeClient
from fakeapi._operations import OPERATIONS
from fakeapi._runtime import InvalidArgumentError, NotFoundError, WaiterTimeoutError
from rt_support import FakeClock


def deployment(i: int, status: str = "running") -> dict[str, Any]:
    return {"id": f"d{i}", "app_id": "a", "status": status,
            "created_at": "2024-01-01T00:00:00Z", "completed_at": None}


def offset_server(total: int) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params.get("limit", "3"))
        offset = int(request.url.params.get("offset", "0"))
        items = [deployment(i) for i in range(offset, min(offset + limit, total))]
        return httpx.Response(200, json={"items": items, "total": total})
    return handler


def test_iterate_offset(client: FakeClient, api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=offset_server(7))
    items = list(client.iterate(OPERATIONS["deployListDeployments"], {"appID": "a"},
                                {"limit": 3}))
    assert [d.id for d in items] == [f"d{i}" for i in range(7)]
    assert all(isinstance(d, m.Deployment) for d in items)
    assert [c.request.url.params.get("offset") for c in route.calls] == [None, "3", "6"]


def test_iterate_offset_stops_at_total_and_on_empty_page(client: FakeClient,
                                                         api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=offset_server(6))
    assert len(list(client.iterate("deployListDeployments", {"appID": "a"}, {"limit": 3}))) == 6
    assert route.call_count == 2  # 3 + 3 >= total: no third request
    route.reset()
    route.mock(side_effect=[httpx.Response(200, json={"items": [deployment(1)], "total": 9}),
                            httpx.Response(200, json={"items": [], "total": 9})])
    assert len(list(client.iterate("deployListDeployments", {"appID": "a"}))) == 1
    assert route.call_count == 2


def test_iterate_is_lazy(client: FakeClient, api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=offset_server(100))
    iterator = client.iterate("deployListDeployments", {"appID": "a"}, {"limit": 3})
    assert route.call_count == 0
    assert next(iterator).id == "d0"
    for _, _ in zip(range(3), iterator, strict=False):
        pass
    assert route.call_count == 2


def test_iterate_page_per_page(client: FakeClient, api: respx.MockRouter) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        per_page = int(request.url.params["per_page"])
        start = (page - 1) * per_page
        repos = [{"id": i, "full_name": f"o/r{i}"} for i in range(start, min(start + per_page, 5))]
        return httpx.Response(200, json={"repos": repos, "total_count": 5})

    route = api.route().mock(side_effect=handler)
    repos = list(client.iterate("gitListRepos", None, {"per_page": 2}))
    assert [r.full_name for r in repos] == [f"o/r{i}" for i in range(5)]
    assert [c.request.url.params.get("page") for c in route.calls] == [None, "2", "3"]


def test_iterate_page_stops_when_page_times_per_page_reaches_total(
    client: FakeClient, api: respx.MockRouter
) -> None:
    full = {"repos": [{"id": 1, "full_name": "a"}, {"id": 2, "full_name": "b"}],
            "total_count": 4}
    route = api.route().respond(200, json=full)
    assert len(list(client.iterate("gitListRepos", None, {"per_page": 2}))) == 4
    assert route.call_count == 2


def test_iterate_cursor(client: FakeClient, api: respx.MockRouter) -> None:
    pages = {
        None: {"lines": [{"ts": "2024-01-01T00:00:00Z", "message": "one"}], "next_cursor": "c1"},
        "c1": {"lines": [{"ts": "2024-01-01T00:00:01Z", "message": "two"}], "next_cursor": "c2"},
        "c2": {"lines": [{"ts": "2024-01-01T00:00:02Z", "message": "three"}], "next_cursor": ""},
    }
    route = api.route().mock(
        side_effect=lambda request: httpx.Response(
            200, json=pages[request.url.params.get("cursor")]))
    lines = list(client.iterate("deployGetLogs", {"appID": "a"}))
    assert [line.message for line in lines] == ["one", "two", "three"]
    assert isinstance(lines[0], m.LogLine)
    assert route.call_count == 3


def test_iterate_cursor_stops_when_absent_or_stuck(client: FakeClient,
                                                   api: respx.MockRouter) -> None:
    route = api.route().respond(200, json={"lines": [], "next_cursor": "same"})
    assert list(client.iterate("deployGetLogs", {"appID": "a"}, {"cursor": "same"})) == []
    assert route.call_count == 1
    route.respond(200, json={"lines": [{"ts": "2024-01-01T00:00:00Z", "message": "x"}]})
    assert len(list(client.iterate("deployGetLogs", {"appID": "a"}))) == 1


def test_iterate_requires_pagination(client: FakeClient) -> None:
    with pytest.raises(InvalidArgumentError, match="not paginated"):
        client.iterate("deployGetDeployment", {"appID": "a", "deploymentID": "d"})


def test_wait_until_terminal(client: FakeClient, clock: FakeClock, api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=[
        httpx.Response(200, json=deployment(1, "pending")),
        httpx.Response(200, json=deployment(1, "running")),
        httpx.Response(200, json=deployment(1, "succeeded")),
    ])
    result = client.wait("deployGetDeployment", {"appID": "a", "deploymentID": "d1"},
                         timeout=60, interval=5)
    assert isinstance(result, m.Deployment)
    assert result.status is m.DeploymentStatus.SUCCEEDED
    assert route.call_count == 3
    assert clock.sleeps == [5, 5]


def test_wait_returns_failed_too(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(200, json=deployment(1, "failed"))
    result = client.wait(OPERATIONS["deployGetDeployment"], {"appID": "a", "deploymentID": "d1"})
    assert result.status is m.DeploymentStatus.FAILED


def test_wait_timeout_carries_the_last_object(client: FakeClient, clock: FakeClock,
                                              api: respx.MockRouter) -> None:
    route = api.route().respond(200, json=deployment(1, "running"))
    with pytest.raises(WaiterTimeoutError) as info:
        client.wait("deployGetDeployment", {"appID": "a", "deploymentID": "d1"},
                    timeout=10, interval=4)
    assert isinstance(info.value.last, m.Deployment)
    assert info.value.value == "running"
    assert "running" in str(info.value) and "10s" in str(info.value)
    assert clock.sleeps == [4, 4, 2]  # never sleeps past the deadline
    assert route.call_count == 4


def test_wait_propagates_errors(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(404, json={"code": "not_found"})
    with pytest.raises(NotFoundError):
        client.wait("deployGetDeployment", {"appID": "a", "deploymentID": "d1"})


def test_wait_requires_a_waiter(client: FakeClient) -> None:
    with pytest.raises(InvalidArgumentError, match="no waiter"):
        client.wait("deployListDeployments", {"appID": "a"})


def log_page(messages: list[str], cursor: str, has_more: bool = False) -> httpx.Response:
    lines = [{"ts": "2024-01-01T00:00:00Z", "message": text} for text in messages]
    return httpx.Response(200, json={"lines": lines, "next_cursor": cursor, "has_more": has_more})


def test_tail_follows_cursors_and_polls(client: FakeClient, clock: FakeClock,
                                        api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=[
        log_page(["a", "b"], "c1", has_more=True),
        log_page(["c"], "c2"),
        log_page([], ""),
        log_page(["d"], "c3"),
    ])
    lines = client.tail("deployGetLogs", {"appID": "a"}, {"limit": 2}, interval=2.0)
    got = []
    for line in lines:
        got.append(line.message)
        if line.message == "d":
            break
    assert got == ["a", "b", "c", "d"]
    params = [dict(c.request.url.params) for c in route.calls]
    assert params == [
        {"limit": "2", "direction": "forward"},
        {"limit": "2", "direction": "forward", "cursor": "c1"},
        {"limit": "2", "direction": "forward", "cursor": "c2"},
        {"limit": "2", "direction": "forward", "cursor": "c2"},  # empty cursor: keep the last
    ]
    assert clock.sleeps == [2.0, 2.0]  # none after the has_more page


def test_tail_full_page_polls_at_once(client: FakeClient, clock: FakeClock,
                                      api: respx.MockRouter) -> None:
    api.route().mock(side_effect=[
        httpx.Response(200, json={"lines": [{"ts": "2024-01-01T00:00:00Z", "message": "x"}] * 2,
                                  "next_cursor": "c1"}),
        log_page([], "c1"),
    ])
    assert len(list(client.tail("deployGetLogs", {"appID": "a"}, {"limit": 2},
                                max_polls=2))) == 2
    assert clock.sleeps == []


def test_tail_stop_condition_and_max_polls(client: FakeClient, clock: FakeClock,
                                           api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=lambda request: log_page(["x"], "c"))
    seen: list[Any] = []
    for line in client.tail("deployGetLogs", {"appID": "a"}, stop=lambda: len(seen) >= 3,
                            interval=1.0):
        seen.append(line)
    assert len(seen) == 3
    assert route.call_count == 3
    assert clock.sleeps == [1.0, 1.0]
    route.reset()
    assert len(list(client.tail("deployGetLogs", {"appID": "a"}, max_polls=4))) == 4
    assert route.call_count == 4


def test_tail_sleeps_after_an_empty_page_even_if_it_says_has_more(
    client: FakeClient, clock: FakeClock, api: respx.MockRouter
) -> None:
    api.route().respond(200, json={"lines": [], "next_cursor": "c", "has_more": True})
    assert list(client.tail("deployGetLogs", {"appID": "a"}, max_polls=3, interval=2)) == []
    assert clock.sleeps == [2, 2]


def test_tail_requires_a_tail(client: FakeClient) -> None:
    with pytest.raises(InvalidArgumentError, match="cannot be tailed"):
        client.tail("deployListDeployments", {"appID": "a"})

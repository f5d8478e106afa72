"""The async client: the same plans, awaited."""

from __future__ import annotations

from typing import Any

import fakeapi.models as m
import httpx
import pytest
import respx
from fakeapi import AsyncFakeClient
from fakeapi._operations import OPERATIONS
from fakeapi._runtime import (
    APIConnectionError,
    APITimeoutError,
    InvalidArgumentError,
    NotFoundError,
    RateLimitError,
    RequestOptions,
    WaiterTimeoutError,
)
from rt_support import FakeClock

pytestmark = pytest.mark.anyio

LIST = OPERATIONS["deployListDeployments"]
PAGE = {"items": [], "total": 0}


def deployment(i: int, status: str = "running") -> dict[str, Any]:
    return {"id": f"d{i}", "app_id": "a", "status": status,
            "created_at": "2024-01-01T00:00:00Z", "completed_at": None}


async def test_call_and_typed_resource(aclient: AsyncFakeClient, api: respx.MockRouter) -> None:
    api.route().respond(200, json={"items": [deployment(1)], "total": 1, "x": 1})
    async with aclient:
        page = await aclient.deployments.deploy_list_deployments({"appID": "a b"})
    assert isinstance(page, m.DeploymentPage)
    assert page.additional_properties == {"x": 1}
    request = api.calls.last.request
    assert request.url.raw_path == b"/api/v1/apps/a%20b/deployments"
    assert request.headers["Authorization"] == "Bearer tok_secret"


async def test_retries_with_backoff_and_retry_after(aclient: AsyncFakeClient, clock: FakeClock,
                                                    api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=[
        httpx.Response(503), httpx.Response(429, headers={"Retry-After": "2"}),
        httpx.Response(200, json=PAGE)])
    await aclient.call(LIST, {"appID": "a"})
    assert route.call_count == 3
    assert clock.sleeps == [0.5, 2.0]


async def test_post_idempotency_key_reused_on_retry(aclient: AsyncFakeClient,
                                                    api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=[
        httpx.ConnectError("reset"),
        httpx.Response(202, json={"deployment_id": "d", "status": "pending"})])
    await aclient.request("deployCreateDeployment", {"appID": "a"}, body={"image_uri": "i"})
    keys = {c.request.headers["Idempotency-Key"] for c in route.calls}
    assert len(keys) == 1 and route.call_count == 2


async def test_errors(aclient: AsyncFakeClient, api: respx.MockRouter) -> None:
    api.route().respond(429, json={"statusCode": 429, "code": "rate_limited",
                                   "message": "slow", "retryAfter": 1})
    with pytest.raises(RateLimitError) as info:
        await aclient.call(LIST, {"appID": "a"}, options=RequestOptions(max_retries=0))
    assert (info.value.code, info.value.retry_after) == ("rate_limited", 1)
    api.route().respond(404)
    with pytest.raises(NotFoundError):
        await aclient.call(LIST, {"appID": "a"})
    with pytest.raises(InvalidArgumentError):
        await aclient.call(LIST, {"appID": ""})
    with pytest.raises(InvalidArgumentError):
        await aclient.request("nope")


async def test_transport_errors(aclient: AsyncFakeClient, api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=httpx.ConnectError("down"))
    with pytest.raises(APIConnectionError):
        await aclient.call(LIST, {"appID": "a"})
    assert route.call_count == 3
    route.mock(side_effect=httpx.ConnectTimeout("slow"))
    with pytest.raises(APITimeoutError):
        await aclient.call(LIST, {"appID": "a"}, options=RequestOptions(max_retries=0))


async def test_empty_redirect_and_raw(aclient: AsyncFakeClient, api: respx.MockRouter) -> None:
    api.route().respond(204)
    assert await aclient.request("deployCancelDeployment",
                                 {"appID": "a", "deploymentID": "d"}) == {}
    api.route().respond(302, headers={"Location": "/next"})
    assert await aclient.request("gitInstallStart") == {"status": 302, "location": "/next"}
    api.route().respond(500, text="boom")
    raw = await aclient.raw_request("gitInstallStart", options=RequestOptions(max_retries=0))
    assert (raw.status, raw.body) == (500, b"boom")


async def test_iterate_all_styles(aclient: AsyncFakeClient, api: respx.MockRouter) -> None:
    api.get("/api/v1/apps/a/deployments").mock(side_effect=[
        httpx.Response(200, json={"items": [deployment(0), deployment(1)], "total": 3}),
        httpx.Response(200, json={"items": [deployment(2)], "total": 3}),
    ])
    ids = [d.id async for d in aclient.iterate(LIST, {"appID": "a"}, {"limit": 2})]
    assert ids == ["d0", "d1", "d2"]

    api.get("/api/v1/git/repos").mock(side_effect=[
        httpx.Response(200, json={"repos": [{"id": 1, "full_name": "x"}], "total_count": 2}),
        httpx.Response(200, json={"repos": [{"id": 2, "full_name": "y"}], "total_count": 2}),
    ])
    names = [r.full_name async for r in aclient.iterate("gitListRepos", None, {"per_page": 1})]
    assert names == ["x", "y"]

    api.get("/api/v1/apps/a/logs").mock(side_effect=[
        httpx.Response(200, json={"lines": [{"ts": "2024-01-01T00:00:00Z", "message": "1"}],
                                  "next_cursor": "c"}),
        httpx.Response(200, json={"lines": [{"ts": "2024-01-01T00:00:00Z", "message": "2"}]}),
    ])
    messages = [line.message async for line in aclient.iterate("deployGetLogs", {"appID": "a"})]
    assert messages == ["1", "2"]


async def test_wait_and_timeout(aclient: AsyncFakeClient, clock: FakeClock,
                                api: respx.MockRouter) -> None:
    ids = {"appID": "a", "deploymentID": "d1"}
    api.route().mock(side_effect=[httpx.Response(200, json=deployment(1, "pending")),
                                  httpx.Response(200, json=deployment(1, "cancelled"))])
    done = await aclient.wait("deployGetDeployment", ids, timeout=30, interval=3)
    assert done.status is m.DeploymentStatus.CANCELLED
    assert clock.sleeps == [3]
    api.route().respond(200, json=deployment(1, "running"))
    with pytest.raises(WaiterTimeoutError) as info:
        await aclient.wait("deployGetDeployment", ids, timeout=5, interval=3)
    assert info.value.last.status is m.DeploymentStatus.RUNNING


async def test_tail(aclient: AsyncFakeClient, clock: FakeClock, api: respx.MockRouter) -> None:
    def page(text: str, cursor: str) -> httpx.Response:
        return httpx.Response(200, json={
            "lines": [{"ts": "2024-01-01T00:00:00Z", "message": text}], "next_cursor": cursor})

    route = api.route().mock(side_effect=[page("a", "c1"), page("b", "c2"), page("c", "c3")])
    got = []
    async for line in aclient.tail("deployGetLogs", {"appID": "a"}, interval=1.5):
        got.append(line.message)
        if len(got) == 3:
            break
    assert got == ["a", "b", "c"]
    assert [c.request.url.params.get("cursor") for c in route.calls] == [None, "c1", "c2"]
    assert clock.sleeps == [1.5, 1.5]


async def test_with_options_and_close(aclient: AsyncFakeClient, api: respx.MockRouter) -> None:
    api.route().respond(200, json=PAGE)
    other = aclient.with_options(token=None, headers={"X-A": "1"})
    assert other.deployments._client is other
    await other.deployments.deploy_list_deployments({"appID": "a"})
    assert "Authorization" not in api.calls.last.request.headers
    await other.close()
    await aclient.deployments.deploy_list_deployments({"appID": "a"})
    await aclient.aclose()
    assert aclient._http.is_closed

"""The bounded waiter and tail helpers of the generated AxHub SDK (issue 16 item 8), sync and async,
over a mocked transport and a fake clock: the seed's dictionary forms (`wait_for_deployment`,
`tail_logs`) and the resource forms (`deployments.wait_for(app_id, did)`,
`deployments.follow_logs(app_id)`) stop by count, deadline and callback, and refuse bad bounds
with the SDK's argument error before anything is sent."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import respx
from axhub import AsyncAxHubClient, AxHubClient, InvalidArgumentError, WaiterTimeoutError, models

BASE = "https://api.test"
APP = "5f0c2b8e-8d47-4d4e-9d8c-1f2e3a4b5c6d"
DID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
DEPLOYMENT = {
    "id": DID, "app_id": APP, "commit_sha": "a" * 40, "status": "building", "trigger_source": "manual",
    "started_at": "2026-11-22T09:00:00Z", "completed_at": None, "current_stage": "building",
    "failure_reason": None, "image_uri": None,
}
LOGS = f"{BASE}/api/v1/apps/{APP}/logs"
ONE = f"{BASE}/api/v1/apps/{APP}/deployments/{DID}"


class FakeTime:
    """A clock that moves only when the client sleeps: no test waits in real time."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def line(n: int) -> dict[str, Any]:
    return {"timestamp": "2026-11-22T09:00:00Z", "stream": "stdout", "message": f"line {n}"}


def log_page(request: httpx.Request) -> httpx.Response:
    """Every poll gives one new line and a cursor naming the next."""
    cursor = int(request.url.params.get("cursor", "0"))
    return httpx.Response(200, json={"lines": [line(cursor)], "next_cursor": str(cursor + 1), "has_more": False})


def sync_client(fake: FakeTime) -> AxHubClient:
    return AxHubClient(BASE, token="tok", max_retries=0, clock=fake.clock, sleep=fake.sleep)


def async_client(fake: FakeTime) -> AsyncAxHubClient:
    return AsyncAxHubClient(BASE, token="tok", max_retries=0, clock=fake.clock, sleep=fake.async_sleep)


@respx.mock
def test_follow_logs_stops_after_max_polls_and_sends_the_cursor_forward() -> None:
    route = respx.get(LOGS).mock(side_effect=log_page)
    fake = FakeTime()
    lines = list(sync_client(fake).deployments.follow_logs(APP, limit=50, max_polls=3, interval=1.5))
    assert [x.message for x in lines] == ["line 0", "line 1", "line 2"]
    assert isinstance(lines[0], models.LogLine)
    sent = [dict(call.request.url.params) for call in route.calls]
    assert [q.get("cursor") for q in sent] == [None, "1", "2"]
    assert all(q["direction"] == "forward" and q["limit"] == "50" for q in sent)
    assert fake.sleeps == [1.5, 1.5]  # between polls, none after the last


@respx.mock
def test_seed_tail_logs_is_bounded_by_count_deadline_and_stop() -> None:
    route = respx.get(LOGS).mock(side_effect=log_page)
    fake = FakeTime()
    client = sync_client(fake)
    assert len(list(client.deployments.tail_logs({"appID": APP}, max_polls=2))) == 2
    assert route.call_count == 2
    # deadline: polls at 0, 2, 4 (interval 2); at 5 the deadline has passed; the last sleep is cut to 1
    fake.sleeps.clear()
    assert len(list(client.deployments.tail_logs({"appID": APP}, timeout=5, interval=2))) == 3
    assert fake.sleeps == [2, 2, 1]
    seen: list[str] = []
    stopped = client.deployments.tail_logs({"appID": APP}, stop=lambda: len(seen) >= 4)
    for item in stopped:
        seen.append(item.message)
    assert len(seen) == 4


@respx.mock
def test_follow_logs_deadline_and_stop_callback() -> None:
    respx.get(LOGS).mock(side_effect=log_page)
    fake = FakeTime()
    client = sync_client(fake)
    assert len(list(client.deployments.follow_logs(APP, timeout=0))) == 0
    count = 0

    def enough() -> bool:
        return count >= 2

    for _ in client.deployments.follow_logs(APP, stop=enough):
        count += 1
    assert count == 2


@respx.mock
def test_wait_for_returns_the_terminal_result_positionally() -> None:
    states = iter(["building", "deploying", "succeeded"])
    respx.get(ONE).mock(side_effect=lambda _: httpx.Response(200, json={**DEPLOYMENT, "status": next(states)}))
    fake = FakeTime()
    done = sync_client(fake).deployments.wait_for(APP, DID, interval=3)
    assert isinstance(done, models.Deployment)
    assert done.status == "succeeded"
    assert fake.sleeps == [3, 3]


@respx.mock
def test_waiters_give_up_by_count_deadline_and_stop() -> None:
    route = respx.get(ONE).respond(200, json=DEPLOYMENT)
    fake = FakeTime()
    client = sync_client(fake)
    with pytest.raises(WaiterTimeoutError, match="after 2 poll") as by_count:
        client.deployments.wait_for(APP, DID, max_polls=2)
    assert by_count.value.last.status == "building"
    assert route.call_count == 2
    with pytest.raises(WaiterTimeoutError, match="after 10s"):
        client.deployments.wait_for_deployment({"appID": APP, "did": DID}, timeout=10, interval=4)
    assert fake.sleeps[-3:] == [4, 4, 2]
    before = route.call_count
    with pytest.raises(WaiterTimeoutError, match="stop callback"):
        client.deployments.wait_for(APP, DID, stop=lambda: True)
    assert route.call_count == before  # stopped before polling at all


@pytest.mark.parametrize(
    ("bounds", "named"),
    [({"max_polls": -1}, "max_polls"), ({"max_polls": True}, "max_polls"), ({"max_polls": 1.5}, "max_polls"),
     ({"timeout": -1}, "timeout"), ({"timeout": "5"}, "timeout"), ({"interval": -0.5}, "interval"),
     ({"stop": "yes"}, "stop")],
)
@respx.mock
def test_bad_bounds_are_the_sdks_argument_error_before_sending(bounds: dict[str, Any], named: str) -> None:
    route = respx.get(url__regex=r".*").respond(200, json=DEPLOYMENT)
    client = sync_client(FakeTime())
    with pytest.raises(InvalidArgumentError, match=named):
        list(client.deployments.follow_logs(APP, **bounds))
    with pytest.raises(InvalidArgumentError, match=named):
        list(client.deployments.tail_logs({"appID": APP}, **bounds))
    with pytest.raises(InvalidArgumentError, match=named):
        client.deployments.wait_for(APP, DID, **bounds)
    assert not route.called


def test_async_helpers_are_bounded_too() -> None:
    async def main() -> None:
        fake = FakeTime()
        with respx.mock:
            respx.get(LOGS).mock(side_effect=log_page)
            respx.get(ONE).respond(200, json=DEPLOYMENT)
            async with async_client(fake) as client:
                lines = [x.message async for x in client.deployments.follow_logs(APP, max_polls=2)]
                assert lines == ["line 0", "line 1"]
                seed = [x async for x in client.deployments.tail_logs({"appID": APP}, timeout=3, interval=2)]
                assert len(seed) == 2
                with pytest.raises(WaiterTimeoutError, match="after 3 poll"):
                    await client.deployments.wait_for(APP, DID, max_polls=3)
                with pytest.raises(WaiterTimeoutError, match="stop callback"):
                    await client.deployments.wait_for_deployment({"appID": APP, "did": DID}, stop=lambda: True)
                with pytest.raises(InvalidArgumentError, match="max_polls"):
                    [x async for x in client.deployments.follow_logs(APP, max_polls=-2)]

    asyncio.run(main())


def test_helpers_sit_beside_the_methods_they_poll() -> None:
    for client in (AxHubClient(BASE, token="t"), AsyncAxHubClient(BASE, token="t")):
        assert callable(client.deployments.wait_for)
        assert callable(client.deployments.follow_logs)
        assert callable(client.deployments.bootstraps.wait_for)
    assert asyncio.iscoroutinefunction(AsyncAxHubClient(BASE, token="t").deployments.wait_for)
    assert not asyncio.iscoroutinefunction(AsyncAxHubClient(BASE, token="t").deployments.follow_logs)

"""Retries: what is retried, how often, how long in between, and idempotency keys."""

from __future__ import annotations

import email.utils
from typing import Any

import httpx
import pytest
import respx
from fakeapi import FakeClient
from fakeapi._operations import OPERATIONS
from fakeapi._runtime import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    RateLimitError,
    RequestOptions,
    ServerError,
)
from rt_support import FakeClock

LIST = OPERATIONS["deployListDeployments"]
CREATE = OPERATIONS["deployCreateDeployment"]
PAGE = {"items": [], "total": 0}


def test_retries_then_succeeds_with_exact_backoff(client: FakeClient, clock: FakeClock,
                                                  api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=[httpx.Response(503), httpx.Response(500),
                                          httpx.Response(200, json=PAGE)])
    client.call(LIST, {"appID": "a"})
    assert route.call_count == 3
    assert clock.sleeps == [0.5, 1.0]  # jitter 1.0: the ceilings 0.5 * 2**n


def test_retries_exhausted_raise_the_last_error(client: FakeClient, clock: FakeClock,
                                                api: respx.MockRouter) -> None:
    route = api.route().respond(502)
    with pytest.raises(ServerError) as info:
        client.call(LIST, {"appID": "a"})
    assert info.value.status == 502
    assert route.call_count == 3  # 1 + max_retries (2)
    assert clock.sleeps == [0.5, 1.0]


def test_full_jitter_and_cap(client_kwargs: dict[str, Any], clock: FakeClock,
                             api: respx.MockRouter) -> None:
    api.route().respond(500)
    kwargs = {**client_kwargs, "jitter": lambda: 0.25}
    with FakeClient(max_retries=6, sleep=clock.sleep, **kwargs) as client, \
            pytest.raises(ServerError):
        client.call(LIST, {"appID": "a"})
    assert clock.sleeps == [0.125, 0.25, 0.5, 1.0, 2.0, 2.0]  # 0.25 * min(8, 0.5 * 2**n)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses(client: FakeClient, api: respx.MockRouter, status: int) -> None:
    route = api.route().mock(side_effect=[httpx.Response(status), httpx.Response(200, json=PAGE)])
    client.call(LIST, {"appID": "a"})
    assert route.call_count == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 412, 422, 428, 501])
def test_other_statuses_are_not_retried(client: FakeClient, clock: FakeClock,
                                        api: respx.MockRouter, status: int) -> None:
    route = api.route().respond(status)
    with pytest.raises(Exception):  # noqa: B017  (the class is checked in test_rt_responses)
        client.call(LIST, {"appID": "a"})
    assert route.call_count == 1
    assert clock.sleeps == []


def test_retry_after_seconds(client: FakeClient, clock: FakeClock, api: respx.MockRouter) -> None:
    api.route().mock(side_effect=[httpx.Response(429, headers={"Retry-After": "3"}),
                                  httpx.Response(200, json=PAGE)])
    client.call(LIST, {"appID": "a"})
    assert clock.sleeps == [3.0]


def test_retry_after_http_date(client: FakeClient, clock: FakeClock,
                               api: respx.MockRouter) -> None:
    when = email.utils.formatdate(clock.time() + 7, usegmt=True)
    api.route().mock(side_effect=[httpx.Response(503, headers={"Retry-After": when}),
                                  httpx.Response(200, json=PAGE)])
    client.call(LIST, {"appID": "a"})
    assert clock.sleeps == [pytest.approx(7.0, abs=1.0)]


def test_retry_after_in_the_error_body_and_cap(client: FakeClient, clock: FakeClock,
                                               api: respx.MockRouter) -> None:
    body = {"statusCode": 429, "code": "rate_limited", "message": "slow down", "retryAfter": 4}
    api.route().mock(side_effect=[httpx.Response(429, json=body),
                                  httpx.Response(429, headers={"Retry-After": "3600"}),
                                  httpx.Response(200, json=PAGE)])
    client.call(LIST, {"appID": "a"})
    assert clock.sleeps == [4.0, 60.0]


def test_rate_limit_error_after_retries_carries_retry_after(
    client: FakeClient, api: respx.MockRouter
) -> None:
    body = {"statusCode": 429, "code": "rate_limited", "message": "slow down", "retryAfter": 42}
    api.route().respond(429, json=body)
    with pytest.raises(RateLimitError) as info:
        client.call(LIST, {"appID": "a"})
    assert info.value.retry_after == 42


def test_post_gets_one_idempotency_key_per_call_reused_on_retries(
    client: FakeClient, api: respx.MockRouter
) -> None:
    route = api.route().mock(side_effect=[
        httpx.Response(503), httpx.Response(202, json={"deployment_id": "d", "status": "x"}),
        httpx.Response(202, json={"deployment_id": "d2", "status": "x"}),
    ])
    client.call(CREATE, {"appID": "a"}, None, {"image_uri": "i"})
    first, retry = (c.request.headers["Idempotency-Key"] for c in route.calls)
    assert first == retry
    assert len(first) == 36
    client.call(CREATE, {"appID": "a"}, None, {"image_uri": "i"})
    assert route.calls.last.request.headers["Idempotency-Key"] != first


def test_user_idempotency_key_is_used(client: FakeClient, api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=[httpx.Response(500), httpx.Response(204)])
    client.request("deployCancelDeployment", {"appID": "a", "deploymentID": "d"},
                   options=RequestOptions(idempotency_key="mine-1"))
    assert [c.request.headers["Idempotency-Key"] for c in route.calls] == ["mine-1", "mine-1"]


def test_no_key_and_no_retry_when_retries_are_off(client: FakeClient,
                                                  api: respx.MockRouter) -> None:
    route = api.route().respond(503)
    with pytest.raises(ServerError):
        client.call(CREATE, {"appID": "a"}, None, {"image_uri": "i"},
                    RequestOptions(max_retries=0))
    assert route.call_count == 1
    assert "Idempotency-Key" not in route.calls.last.request.headers


def test_patch_without_key_is_not_retried_with_key_it_is(
    client: FakeClient, api: respx.MockRouter
) -> None:
    route = api.route().respond(503)
    with pytest.raises(ServerError):
        client.request("deployUpdateApp", {"appID": "a"}, body={"name": "n"})
    assert route.call_count == 1
    assert "Idempotency-Key" not in route.calls.last.request.headers
    route.reset()
    route.mock(side_effect=[httpx.Response(503), httpx.Response(200)])
    client.request("deployUpdateApp", {"appID": "a"}, body={"name": "n"},
                   options=RequestOptions(headers={"Idempotency-Key": "k"}))
    assert route.call_count == 2


def test_delete_is_retried(client: FakeClient, api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=[httpx.Response(504), httpx.Response(204)])
    assert client.request("deployDeleteApp", {"appID": "a"}) == {}
    assert route.call_count == 2


def test_connection_errors_are_retried_then_raised(client: FakeClient, clock: FakeClock,
                                                   api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as info:
        client.call(LIST, {"appID": "a"})
    assert not isinstance(info.value, APITimeoutError)
    assert route.call_count == 3
    assert clock.sleeps == [0.5, 1.0]
    assert "deployListDeployments" in str(info.value)
    assert "GET /api/v1/apps/a/deployments" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_connection_error_then_success(client: FakeClient, api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=[httpx.ConnectError("reset"),
                                          httpx.Response(200, json=PAGE)])
    client.call(LIST, {"appID": "a"})
    assert route.call_count == 2


def test_timeout_is_an_api_timeout_error(client: FakeClient, api: respx.MockRouter) -> None:
    route = api.route().mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError) as info:
        client.call(LIST, {"appID": "a"})
    assert isinstance(info.value, APIConnectionError)
    assert route.call_count == 3
    assert "timed out" in str(info.value)


def test_per_call_and_per_client_max_retries(client_kwargs: dict[str, Any], clock: FakeClock,
                                             api: respx.MockRouter) -> None:
    route = api.route().respond(500)
    with FakeClient(max_retries=4, sleep=clock.sleep, **client_kwargs) as client:
        with pytest.raises(ServerError):
            client.call(LIST, {"appID": "a"})
        assert route.call_count == 5
        route.reset()
        with pytest.raises(ServerError):
            client.call(LIST, {"appID": "a"}, None, None, RequestOptions(max_retries=1))
        assert route.call_count == 2
        route.reset()
        with pytest.raises(ServerError):
            client.with_options(max_retries=0).call(LIST, {"appID": "a"})
        assert route.call_count == 1


def test_bad_request_is_not_retried_even_for_get(client: FakeClient,
                                                 api: respx.MockRouter) -> None:
    route = api.route().respond(400, json={"code": "bad", "message": "no"})
    with pytest.raises(BadRequestError):
        client.call(LIST, {"appID": "a"})
    assert route.call_count == 1

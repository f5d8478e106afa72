"""Fault injection (``X-Fault``), the ``/_admin/`` routes, and per-token rate limiting."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
from conftest import AsgiClient
from refserver_testlib import SHOP, SHOP_V1

from reference_server.apis.axhub.domain.errors import DomainError
from reference_server.apis.axhub.domain.service import Platform
from reference_server.http.faults import DropConnection, FaultRegistry, FaultSpec, parse_fault
from reference_server.http.ratelimit import Rate, RateLimiter, parse_rate

OWNER = {"Authorization": "Bearer tok_owner"}
DEPLOYMENT = f"/api/v1/apps/{SHOP}/deployments/{SHOP_V1}"
TRIGGER = f"/api/v1/apps/{SHOP}/deployments"


def fault(value: str) -> dict[str, str]:
    return {**OWNER, "X-Fault": value}


# -- the header ----------------------------------------------------------------------------
def test_parse_fault():
    assert parse_fault("id=a; kind=503; times=2; retry-after=5") == FaultSpec("a", "503", 2, 5, 1000)
    assert parse_fault("kind=delay;delay-ms=30") == FaultSpec("kind=delay;delay-ms=30", "delay", 1, 1, 30)
    assert parse_fault(" ID = x ; KIND = DROP-AFTER ").kind == "drop-after"
    for bad in ("kind=teapot", "id=a", "id=a; kind=503; times=-1", "kind=503; colour=red", "kind=503; nonsense"):
        with pytest.raises(DomainError) as info:
            parse_fault(bad)
        assert info.value.status == 400 and info.value.message.startswith("X-Fault: ")


def test_registry_counts_per_id():
    registry = FaultRegistry(max_ids=2)
    spec = FaultSpec("a", "503", times=2)
    assert [registry.take(spec) for _ in range(3)] == [True, True, False]
    assert registry.take(FaultSpec("b", "503")) and registry.take(FaultSpec("c", "503"))
    assert registry.served("a") == 0  # evicted: the oldest id goes first
    registry.reset()
    assert registry.served("b") == 0


def test_malformed_header_is_400(client: Any):
    response = client.get(DEPLOYMENT, headers=fault("kind=teapot"))
    assert response.status_code == 400
    assert response.json()["message"].startswith("X-Fault: kind must be one of")


# -- kinds over the ASGI interface ------------------------------------------------------------
def test_503_n_times_then_normal(client: Any):
    header = fault("id=t503; kind=503; times=2; retry-after=3")
    for _ in range(2):
        response = client.get(DEPLOYMENT, headers=header)
        assert response.status_code == 503
        assert response.headers["retry-after"] == "3"
        assert response.json() == {
            "statusCode": 503,
            "code": "service_unavailable",
            "message": "injected fault 't503': unavailable",
            "retryAfter": 3,
        }
    assert client.get(DEPLOYMENT, headers=header).status_code == 200


def test_429_fault(client: Any):
    response = client.get(DEPLOYMENT, headers=fault("id=t429; kind=429; retry-after=7"))
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert response.json()["code"] == "rate_limited" and response.json()["retryAfter"] == 7
    assert client.get(DEPLOYMENT, headers=fault("id=t429; kind=429; retry-after=7")).status_code == 200


def test_default_retry_after_is_one_second(client: Any):
    response = client.get(DEPLOYMENT, headers=fault("id=d; kind=503"))
    assert response.headers["retry-after"] == "1"


def test_ids_are_counted_separately(client: Any):
    assert client.get(DEPLOYMENT, headers=fault("id=one; kind=503")).status_code == 503
    assert client.get(DEPLOYMENT, headers=fault("id=two; kind=503")).status_code == 503
    assert client.get(DEPLOYMENT, headers=fault("id=one; kind=503")).status_code == 200


def test_faults_come_before_authentication(client: Any):
    response = client.get(DEPLOYMENT, headers={"X-Fault": "id=noauth; kind=503"})
    assert response.status_code == 503
    assert client.get(DEPLOYMENT, headers={"X-Fault": "id=noauth; kind=503"}).status_code == 401


def test_delay(client: Any):
    started = time.monotonic()
    response = client.get(DEPLOYMENT, headers=fault("id=slow; kind=delay; delay-ms=250"))
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.25
    started = time.monotonic()
    assert client.get(DEPLOYMENT, headers=fault("id=slow; kind=delay; delay-ms=250")).status_code == 200
    assert time.monotonic() - started < 0.25


def test_drop_without_a_socket_raises(client: Any):
    with pytest.raises(DropConnection):
        client.get(DEPLOYMENT, headers=fault("id=asgi-drop; kind=drop"))
    assert client.get(DEPLOYMENT, headers=fault("id=asgi-drop; kind=drop")).status_code == 200


def test_without_faults_the_header_does_nothing(make_app: Any):
    plain = AsgiClient(make_app())
    try:
        for value in ("id=x; kind=503", "id=x; kind=drop", "kind=teapot"):
            assert plain.get(DEPLOYMENT, headers=fault(value)).status_code == 200
    finally:
        plain.close()


# -- drop and drop-after over a real socket ------------------------------------------------------
@pytest.mark.parametrize(("http_impl", "loop"), [("auto", "auto"), ("h11", "asyncio")])
def test_drop_closes_the_connection_without_a_response(app: Any, http_impl: str, loop: str):
    from conftest import LiveServer

    server = LiveServer(app, http=http_impl, loop=loop)
    header = fault("id=sock-drop; kind=drop; times=2")
    try:
        with httpx.Client(base_url=server.url, timeout=10) as http:
            for _ in range(2):
                with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
                    http.get(DEPLOYMENT, headers=header)
            assert http.get(DEPLOYMENT, headers=header).status_code == 200
    finally:
        server.stop()


def test_drop_after_commits_and_the_retry_replays(live_server: str):
    headers = {**fault("id=after; kind=drop-after"), "Idempotency-Key": "drop-after-1"}
    with httpx.Client(base_url=live_server, timeout=10) as http:
        before = http.get(TRIGGER, headers=OWNER).json()["total"]
        with pytest.raises(httpx.RemoteProtocolError):
            http.post(TRIGGER, json={}, headers=headers)
        # the deployment exists although the client never heard of it
        assert http.get(TRIGGER, headers=OWNER).json()["total"] == before + 1
        retry = http.post(TRIGGER, json={}, headers=headers)
        assert retry.status_code == 202
        assert retry.headers["idempotent-replayed"] == "true"
        assert http.get(TRIGGER, headers=OWNER).json()["total"] == before + 1
        newest = http.get(TRIGGER, params={"limit": 1}, headers=OWNER).json()["items"][0]
        assert newest["id"] == retry.json()["id"]


def test_sdk_style_retry_loop_sees_each_fault_then_succeeds(live_server: str):
    """What an SDK does: resend the same request (same headers) until it passes."""
    headers = {**fault("id=loop; kind=503; times=3; retry-after=0"), "Idempotency-Key": "loop-1"}
    seen = []
    with httpx.Client(base_url=live_server, timeout=10) as http:
        for _ in range(5):
            response = http.post(TRIGGER, json={}, headers=headers)
            seen.append(response.status_code)
            if response.status_code < 500:
                break
    assert seen == [503, 503, 503, 202]


# -- admin routes ----------------------------------------------------------------------------
def test_admin_clock_and_advance(client: Any):
    clock = client.get("/_admin/clock").json()
    assert clock == {"now": "2025-06-01T00:00:00Z", "manual": True}
    did = client.post(TRIGGER, json={}, headers=OWNER).json()["id"]
    moved = client.post("/_admin/advance", params={"seconds": 10})
    assert moved.status_code == 200
    assert moved.json()["deployments"][did][-1] == "succeeded"
    assert client.get(f"{TRIGGER}/{did}", headers=OWNER).json()["status"] == "succeeded"
    assert client.post("/_admin/advance", params={"seconds": "soon"}).status_code == 400
    assert client.post("/_admin/advance", params={"seconds": "-1"}).status_code == 400


def test_admin_tick(client: Any, platform: Platform):
    did = client.post(TRIGGER, json={}, headers=OWNER).json()["id"]
    platform.clock.advance(3)  # type: ignore[attr-defined]
    report = client.post("/_admin/tick").json()
    assert report["deployments"][did] == ["building"]


def test_admin_reset_reloads_the_fixtures(client: Any):
    before = client.get(TRIGGER, headers=OWNER).json()["total"]
    client.post(TRIGGER, json={}, headers=OWNER)
    assert client.get(DEPLOYMENT, headers=fault("id=r; kind=503")).status_code == 503
    assert client.post("/_admin/reset").status_code == 204
    assert client.get(TRIGGER, headers=OWNER).json()["total"] == before
    assert client.get(DEPLOYMENT, headers=fault("id=r; kind=503")).status_code == 503  # counters forgotten


def test_admin_advance_needs_a_manual_clock(make_app: Any, tmp_path: Any):
    real = Platform.open(f"sqlite:///{tmp_path / 'real.sqlite3'}")
    admin = AsgiClient(make_app(real, faults=True))
    try:
        response = admin.post("/_admin/advance", params={"seconds": 1})
        assert response.status_code == 409 and "--manual-clock" in response.json()["message"]
        assert admin.get("/_admin/clock").json()["manual"] is False
    finally:
        admin.close()
        real.close()


# -- rate limiting ---------------------------------------------------------------------------
def test_parse_rate():
    assert parse_rate("100/min") == Rate(100, 60.0)
    assert parse_rate("5/s") == Rate(5, 1.0) and parse_rate("7") == Rate(7, 60.0)
    assert str(parse_rate("10/minute")) == "10/min"
    for bad in ("fast", "0/min", "5/fortnight", "-1/min"):
        with pytest.raises(ValueError):
            parse_rate(bad)


def test_token_bucket_refills():
    now = [0.0]
    limiter = RateLimiter(Rate(2, 60.0), clock=lambda: now[0])
    limiter.check("t")
    limiter.check("t")
    with pytest.raises(DomainError) as info:
        limiter.check("t")
    assert (info.value.status, info.value.code, info.value.retry_after) == (429, "rate_limited", 30)
    limiter.check("other")
    now[0] = 29.0
    with pytest.raises(DomainError) as info:
        limiter.check("t")
    assert info.value.retry_after == 1
    now[0] = 30.0
    limiter.check("t")


def test_rate_limit_per_token(make_app: Any):
    limited = AsgiClient(make_app(rate_limit="3/min"))
    try:
        for _ in range(3):
            assert limited.get(DEPLOYMENT, headers=OWNER).status_code == 200
        response = limited.get(DEPLOYMENT, headers=OWNER)
        assert response.status_code == 429
        assert response.headers["retry-after"] == "20"
        assert response.json() == {
            "statusCode": 429,
            "code": "rate_limited",
            "message": "rate limit of 3/min for this token exceeded; retry in 20 s",
            "retryAfter": 20,
        }
        # another token has its own bucket; unknown tokens are refused before counting
        assert limited.get(DEPLOYMENT, headers={"Authorization": "Bearer tok_member"}).status_code == 200
        assert limited.get(DEPLOYMENT, headers={"Authorization": "Bearer tok_nope"}).status_code == 401
    finally:
        limited.close()


def test_rate_limit_under_concurrency(make_app: Any):
    from conftest import LiveServer

    server = LiveServer(make_app(rate_limit="10/min"))

    async def burst() -> list[int]:
        async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
            responses = await asyncio.gather(*(http.get(DEPLOYMENT, headers=OWNER) for _ in range(25)))
        return [r.status_code for r in responses]

    try:
        statuses = asyncio.run(burst())
    finally:
        server.stop()
    assert sorted(statuses) == [200] * 10 + [429] * 15

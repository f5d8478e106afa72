"""Misuse, as issue 16's "What users found" lists it for Python, and a few more: each is refused
with the SDK's own error (an InvalidArgumentError, a subclass of SDKError), before anything is sent
where it can be, never a bare httpx or Python exception."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx
from axhub import AsyncAxHubClient, AxHubClient, InvalidArgumentError, RequestOptions, SDKError, WaiterTimeoutError

BASE = "https://api.test"
APP = "5f0c2b8e-8d47-4d4e-9d8c-1f2e3a4b5c6d"
DID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
GET_ONE = "deployGetApiV1AppsByAppIDDeploymentsByDid"


def client() -> AxHubClient:
    return AxHubClient(BASE, token="tok", max_retries=0)


def closed() -> AxHubClient:
    c = client()
    c.close()
    return c


# (what a user did, the call, a piece of the message)
CASES: list[tuple[str, Callable[[], Any], str]] = [
    ("a call on a closed client (httpx's RuntimeError before)",
     lambda: closed().deployments.get(APP, DID), "client is closed"),
    ("the seed form on a closed client",
     lambda: closed().request(GET_ONE, {"appID": APP, "did": DID}), "client is closed"),
    ('timeout="5" on the client (TypeError at the first call before)',
     lambda: AxHubClient(BASE, token="t", timeout="5"), "timeout must be seconds"),  # type: ignore[arg-type]
    ('timeout="5" for one call', lambda: client().deployments.get(
        APP, DID, options=RequestOptions(timeout="5")), "timeout must be seconds"),  # type: ignore[arg-type]
    ("timeout in with_options", lambda: client().with_options(timeout="5"),  # type: ignore[arg-type]
     "timeout must be seconds"),
    ("a string where path params belong (AttributeError before)",
     lambda: client().deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(APP),  # type: ignore[arg-type]
     "path_params must be a mapping"),
    ("a string where the query belongs", lambda: client().request(
        "deployGetApiV1AppsByAppIDDeployments", {"appID": APP}, "limit=5"),  # type: ignore[arg-type]
     "query must be a mapping"),
    ("a missing path parameter", lambda: client().request(GET_ONE, {"appID": APP}), "did"),
    ("an empty path parameter", lambda: client().deployments.get(APP, ""), "did"),
    ("a dictionary for an ID", lambda: client().deployments.get(APP, {"id": 1}), "did"),  # type: ignore[arg-type]
    ('limit="ten"', lambda: client().deployments.list(APP, limit="ten"),  # type: ignore[arg-type]
     "takes an integer"),
    ("a misspelt operationId", lambda: client().request("deployGetApiV1AppsByAppIDDeployment"),
     "did you mean"),
    ("a bad base URL (retried three times before)", lambda: AxHubClient("localhost:8080", token="t"),
     "absolute http"),
    ("ftp:// as the base URL", lambda: AxHubClient("ftp://files.example", token="t"), "absolute http"),
    ("a bad base URL in with_options", lambda: client().with_options(base_url="api.test"), "absolute http"),
    ("no credential at all (the server's 401 at the first call before)",
     lambda: AxHubClient(BASE), "none were given"),
    ("a token that is not a string", lambda: AxHubClient(BASE, token=123), "token must be a string"),  # type: ignore[arg-type]
    ("max_retries=-1", lambda: AxHubClient(BASE, token="t", max_retries=-1), "max_retries must be >= 0"),
    ("username without password", lambda: AxHubClient(BASE, username="ann"), "go together"),
    ("a tail that cannot stop (no bound) given a bad bound",
     lambda: list(client().deployments.tail_logs({"appID": APP}, max_polls=-1)), "max_polls"),
    ("a waiter given a bad interval",
     lambda: client().deployments.wait_for(APP, DID, interval="1"), "interval"),  # type: ignore[arg-type]
    ("options that are not RequestOptions",
     lambda: client().deployments.get(APP, DID, options={"timeout": 5}), "options must be"),  # type: ignore[arg-type]
    ("a body field of the wrong type", lambda: client().deployments.trigger(
        APP, force_rebuild="yes"), "force_rebuild"),  # type: ignore[arg-type]
]


@respx.mock
def test_next_page_after_the_last_page() -> None:
    respx.get(f"{BASE}/api/v1/apps/{APP}/deployments").respond(200, json={"items": [], "next_cursor": "", "total": 0})
    page = client().deployments.list(APP)
    assert not page.has_next_page()
    with pytest.raises(InvalidArgumentError, match="last page"):
        page.next_page()


@pytest.fixture(autouse=True)
def no_token_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AXHUB_TOKEN", raising=False)


@pytest.mark.parametrize(("call", "message"), [(c, m) for _, c, m in CASES], ids=[w for w, _, _ in CASES])
def test_misuse_is_the_sdks_own_error(call: Callable[[], Any], message: str) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={})
        with pytest.raises(InvalidArgumentError, match=message) as caught:
            call()
        assert not route.called  # refused before anything was sent
    assert isinstance(caught.value, SDKError)


def test_the_async_client_refuses_the_same() -> None:
    async def scenario() -> None:
        c = AsyncAxHubClient(BASE, token="tok", max_retries=0)
        await c.close()
        with pytest.raises(InvalidArgumentError, match="client is closed"):
            await c.deployments.get(APP, DID)
        with pytest.raises(InvalidArgumentError, match="client is closed"):
            async for _ in c.deployments.list(APP):
                pass
        with pytest.raises(InvalidArgumentError, match="timeout must be seconds"):
            AsyncAxHubClient(BASE, token="t", timeout="5")  # type: ignore[arg-type]

    asyncio.run(scenario())


def test_a_waiter_that_gives_up_is_the_sdks_error() -> None:
    with respx.mock:
        respx.get(f"{BASE}/api/v1/apps/{APP}/deployments/{DID}").mock(return_value=httpx.Response(200, json={
            "id": DID, "app_id": APP, "commit_sha": "a" * 40, "status": "building", "trigger_source": "manual",
            "started_at": "2026-11-22T09:00:00Z"}))
        with pytest.raises(WaiterTimeoutError) as caught:
            client().deployments.wait_for(APP, DID, max_polls=2, interval=0)
    assert isinstance(caught.value, SDKError) and caught.value.last is not None

"""Raw responses per method (issue 16 item 6): `client.deployments.with_raw_response.list(...)`
and friends return an APIResponse (status, headers, request_id, parse()), sync and async; models
decoded from a response carry its request ID as `_request_id`. Over respx."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import respx
from axhub import APIResponse, AsyncAxHubClient, AxHubClient, NotFoundError, SyncPage, models

BASE = "https://api.test"
APP = "5f0c2b8e-8d47-4d4e-9d8c-1f2e3a4b5c6d"
DID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
DEPLOYMENT = {
    "id": DID, "app_id": APP, "commit_sha": "a" * 40, "status": "building", "trigger_source": "manual",
    "started_at": "2026-11-22T09:00:00Z", "completed_at": None, "current_stage": "building",
    "failure_reason": None, "image_uri": None,
}
PAGE = {"items": [DEPLOYMENT], "next_cursor": "", "total": 1}
HEADERS = {"x-request-id": "req_7", "x-custom": "yes"}


def client() -> AxHubClient:
    return AxHubClient(BASE, token="tok", max_retries=0)


@respx.mock
def test_a_call_as_it_came_and_parsed() -> None:
    respx.get(f"{BASE}/api/v1/apps/{APP}/deployments/{DID}").respond(200, json=DEPLOYMENT, headers=HEADERS)
    raw = client().deployments.with_raw_response.get(APP, DID)
    assert isinstance(raw, APIResponse)
    assert (raw.status, raw.request_id, raw.headers["x-custom"]) == (200, "req_7", "yes")
    assert raw.json() == DEPLOYMENT
    deployment = raw.parse()
    assert isinstance(deployment, models.Deployment) and deployment.id == DID
    assert raw.parse() is deployment  # decoded once
    assert deployment._request_id == "req_7"


@respx.mock
def test_successful_results_carry_the_request_id() -> None:
    respx.get(f"{BASE}/api/v1/apps/{APP}/deployments/{DID}").respond(200, json=DEPLOYMENT, headers=HEADERS)
    assert client().deployments.get(APP, DID)._request_id == "req_7"
    built = models.Deployment.from_dict(DEPLOYMENT)
    assert built._request_id is None  # not from a response
    assert built == client().deployments.get(APP, DID)  # the request ID is not part of equality


@respx.mock
def test_a_list_as_it_came_parses_to_its_page() -> None:
    respx.get(f"{BASE}/api/v1/apps/{APP}/deployments").respond(200, json=PAGE, headers=HEADERS)
    raw = client().deployments.with_raw_response.list(APP, limit=5)
    assert raw.status == 200 and raw.request_id == "req_7"
    page = raw.parse()
    assert isinstance(page, SyncPage) and [d.id for d in page] == [DID] and not page.has_next_page()


@respx.mock
def test_an_error_status_raises_at_the_call() -> None:
    respx.get(f"{BASE}/api/v1/apps/{APP}/deployments/{DID}").respond(
        404, json={"statusCode": 404, "code": "not_found", "message": "gone"}, headers=HEADERS)
    with pytest.raises(NotFoundError) as caught:
        client().deployments.with_raw_response.get(APP, DID)
    assert caught.value.request_id == "req_7"


def test_every_namespace_has_the_raw_form() -> None:
    c = client()
    assert callable(c.deployments.lifecycle.with_raw_response.diagnosis)
    assert callable(c.apps.git.with_raw_response.connect_github)
    assert not hasattr(c.deployments.with_raw_response, "wait_for")  # helpers have no raw form


def test_async_raw_responses() -> None:
    async def scenario() -> None:
        with respx.mock:
            respx.get(f"{BASE}/api/v1/apps/{APP}/deployments/{DID}").respond(200, json=DEPLOYMENT, headers=HEADERS)
            respx.get(f"{BASE}/api/v1/apps/{APP}/deployments").mock(
                return_value=httpx.Response(200, json=PAGE, headers=HEADERS))
            async with AsyncAxHubClient(BASE, token="tok", max_retries=0) as c:
                raw = await c.deployments.with_raw_response.get(APP, DID)
                assert raw.request_id == "req_7" and raw.parse().id == DID
                assert (await c.deployments.get(APP, DID))._request_id == "req_7"
                listed = await c.deployments.with_raw_response.list(APP)
                page = listed.parse()
                assert [d.id for d in page.items] == [DID] and [d.id async for d in page] == [DID]

    asyncio.run(scenario())

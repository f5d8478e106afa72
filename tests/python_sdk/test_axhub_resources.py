"""The resource surface of the generated AxHub SDK (`client.deployments.list(app_id, limit=20)`),
sync and async, over a mocked transport: names from the spec's x-sdkgen-method, path parameters
positional, everything else keyword arguments, list methods paging through every item, and the
same request as the seed surface sends."""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from typing import Any

import httpx
import pytest
import respx
from axhub import AsyncAxHubClient, AxHubClient, InvalidArgumentError, models

BASE = "https://api.test"
APP = "5f0c2b8e-8d47-4d4e-9d8c-1f2e3a4b5c6d"
DID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
DEPLOYMENT = {
    "id": DID, "app_id": APP, "commit_sha": "a" * 40, "status": "building", "trigger_source": "manual",
    "started_at": "2026-11-22T09:00:00Z", "completed_at": None, "current_stage": "building",
    "failure_reason": None, "image_uri": None,
}


def deployment(index: int) -> dict[str, object]:
    return {**DEPLOYMENT, "id": f"{DID[:-2]}{index:02d}"}


@pytest.fixture
def client() -> AxHubClient:
    return AxHubClient(BASE, token="tok", max_retries=0)


def test_names_nest_as_the_spec_gives_them() -> None:
    for flavour in (AxHubClient(BASE, token="t"), AsyncAxHubClient(BASE, token="t")):
        for dotted in ("deployments.list", "deployments.trigger", "deployments.get", "deployments.cancel",
                       "deployments.lifecycle.diagnosis", "deployments.lifecycle.retry_promotion",
                       "deployments.github.accounts", "deployments.bootstraps.create", "deployments.tenant_feed",
                       "apps.git.connect_github", "apps.git.disconnect", "apps.git.install_start"):
            target: object = flavour
            for part in dotted.split("."):
                target = getattr(target, part)
            assert callable(target), dotted


def test_path_parameters_are_positional_and_the_rest_keyword_only() -> None:
    signature = inspect.signature(AxHubClient(BASE, token="t").deployments.trigger)
    kinds = {name: p.kind for name, p in signature.parameters.items()}
    assert kinds["app_id"] is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert kinds["force_rebuild"] is inspect.Parameter.KEYWORD_ONLY
    assert kinds["commit_sha"] is inspect.Parameter.KEYWORD_ONLY
    assert list(inspect.signature(AxHubClient(BASE, token="t").deployments.get).parameters)[:2] == ["app_id", "did"]


@respx.mock
def test_get_sends_what_the_seed_sends(client: AxHubClient) -> None:
    route = respx.get(f"{BASE}/api/v1/apps/{APP}/deployments/{DID}").respond(200, json=DEPLOYMENT)
    friendly = client.deployments.get(APP, DID)
    seed = client.deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did({"appID": APP, "did": DID})
    assert friendly == seed
    assert isinstance(friendly, models.Deployment) and friendly.status is models.DeploymentStatus.BUILDING
    first, second = (call.request for call in route.calls)
    assert first.url == second.url
    assert first.headers["authorization"] == second.headers["authorization"] == "Bearer tok"


@respx.mock
def test_body_fields_and_header_are_keywords(client: AxHubClient) -> None:
    route = respx.post(f"{BASE}/api/v1/apps/{APP}/deployments").respond(201, json=DEPLOYMENT)
    client.deployments.trigger(APP, force_rebuild=True, idempotency_key="key-1")
    request = route.calls.last.request
    assert json.loads(request.content) == {"force_rebuild": True}  # unset fields are not sent
    assert request.headers["idempotency-key"] == "key-1"
    client.deployments.trigger(APP)
    assert route.calls.last.request.content in (b"", b"{}")


@respx.mock
def test_required_body_fields_are_sent(client: AxHubClient) -> None:
    route = respx.post(f"{BASE}/api/v1/apps/{APP}/git/github/connect").respond(
        200, json={"app_id": APP, "installation_id": 7, "repo_full_name": "o/r", "branch": "main"})
    client.apps.git.connect_github(APP, installation_id=7, repo_full_name="o/r")
    assert json.loads(route.calls.last.request.content) == {"installation_id": 7, "repo_full_name": "o/r"}


@respx.mock
def test_list_pages_through_every_item(client: AxHubClient) -> None:
    pages = [
        {"items": [deployment(0), deployment(1)], "next_cursor": "", "total": 3},
        {"items": [deployment(2)], "next_cursor": "", "total": 3},
    ]
    route = respx.get(f"{BASE}/api/v1/apps/{APP}/deployments").mock(
        side_effect=[httpx.Response(200, json=page) for page in pages])
    items = list(client.deployments.list(APP, limit=2))
    assert [item.id[-2:] for item in items] == ["00", "01", "02"]
    assert all(isinstance(item, models.Deployment) for item in items)
    assert [dict(call.request.url.params) for call in route.calls] == [{"limit": "2"}, {"limit": "2", "offset": "2"}]


def test_async_surface_awaits_and_iterates() -> None:
    async def scenario() -> tuple[models.Deployment, list[models.Deployment]]:
        with respx.mock:
            respx.get(f"{BASE}/api/v1/apps/{APP}/deployments/{DID}").respond(200, json=DEPLOYMENT)
            respx.get(f"{BASE}/api/v1/apps/{APP}/deployments").respond(
                200, json={"items": [deployment(5)], "next_cursor": "", "total": 1})
            async with AsyncAxHubClient(BASE, token="tok", max_retries=0) as client:
                one = await client.deployments.get(APP, DID)
                every = [item async for item in client.deployments.list(APP, limit=20)]
        return one, every

    one, every = asyncio.run(scenario())
    assert one.id == DID
    assert [item.id[-2:] for item in every] == ["05"]


def test_a_missing_path_parameter_is_the_sdks_error(client: AxHubClient) -> None:
    with pytest.raises(InvalidArgumentError, match="appID"):
        client.deployments.get("", DID)


@pytest.mark.parametrize(("call", "message"), [
    (lambda c: list(c.deployments.list(APP, limit="ten")), "query parameter 'limit' takes an integer"),
    (lambda c: list(c.deployments.list(APP, limit=True)), "takes an integer, not bool"),
    (lambda c: c.deployments.get(APP, {"did": DID}), "path parameter 'did' takes a string, not dict"),
    (lambda c: c.deployments.get(123, DID), "path parameter 'appID' takes a string, not int"),
    (lambda c: c.deployments.trigger(APP, idempotency_key=5), "header parameter 'Idempotency-Key'"),
])
def test_arguments_of_the_wrong_kind_are_refused_before_sending(
    client: AxHubClient, call: Any, message: str
) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={})
        with pytest.raises(InvalidArgumentError, match=re.escape(message)):
            call(client)
    assert not route.called


def test_the_seed_surface_is_not_checked_that_way(client: AxHubClient) -> None:
    # The seed's dictionaries stay as they were: a string for an integer is sent as text.
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={"items": [], "next_cursor": "", "total": 0})
        client.deployments.deploy_get_api_v1_apps_by_app_id_deployments({"appID": APP}, {"limit": "5"})  # type: ignore[typeddict-item]
    assert route.calls.last.request.url.params["limit"] == "5"

"""The seed's surface and the typed layer of the generated AxHub SDK, over a mocked transport."""

from __future__ import annotations

import asyncio
import datetime
import json
from pathlib import Path

import axhub
import httpx
import pytest
import respx
from axhub import AsyncAxHubClient, AxHubClient, models

SEED_TABLE = Path(__file__).resolve().parents[1] / "unit" / "test_naming.py"
BASE = "https://api.test"
APP = "5f0c2b8e-8d47-4d4e-9d8c-1f2e3a4b5c6d"
DID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"

DEPLOYMENT = {
    "id": DID,
    "app_id": APP,
    "commit_sha": "a" * 40,
    "status": "building",
    "trigger_source": "manual",
    "started_at": "2026-11-22T09:00:00Z",
    "completed_at": None,
    "current_stage": "building",
    "failure_reason": None,
    "image_uri": None,
}


def seed_rows() -> list[tuple[str, ...]]:
    namespace: dict[str, object] = {}
    source = SEED_TABLE.read_text()
    exec(source[source.index("SEED_NAMES"):source.index("LANGUAGES")], namespace)  # the table only
    return namespace["SEED_NAMES"]  # type: ignore[return-value]


@pytest.fixture
def client() -> AxHubClient:
    return AxHubClient(BASE, token="tok", max_retries=0)


def test_every_seed_method_exists_sync_and_async() -> None:
    sync = AxHubClient(BASE, token="t")
    asynchronous = AsyncAxHubClient(BASE, token="t")
    for operation_id, _go, _java, _kotlin, python, _ruby in seed_rows():
        assert callable(getattr(sync.deployments, python)), python
        method = getattr(asynchronous.deployments, python)
        assert asyncio.iscoroutinefunction(method), python
        assert operation_id in AxHubClient.OPERATIONS


@respx.mock
def test_typed_result_with_wire_names_and_three_states(client: AxHubClient) -> None:
    respx.get(f"{BASE}/api/v1/apps/{APP}/deployments/{DID}").respond(
        200, json={**DEPLOYMENT, "new_field": {"x": 1}}
    )
    result = client.deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(
        path_params={"appID": APP, "did": DID}
    )
    assert isinstance(result, models.Deployment)
    assert result.app_id == APP
    assert result.status is models.DeploymentStatus.BUILDING
    assert result.started_at == datetime.datetime(2026, 11, 22, 9, 0, tzinfo=datetime.UTC)
    assert result.completed_at is None
    assert result.additional_properties == {"new_field": {"x": 1}}
    assert result.to_dict()["new_field"] == {"x": 1}
    assert result.to_dict()["completed_at"] is None


@respx.mock
def test_unknown_enum_value_is_kept(client: AxHubClient) -> None:
    respx.get(f"{BASE}/api/v1/apps/{APP}/deployments/{DID}").respond(200, json={**DEPLOYMENT, "status": "paused"})
    result = client.deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did({"appID": APP, "did": DID})
    assert result.status == "paused"


@respx.mock
def test_trigger_accepts_a_model_or_a_dict_and_sends_wire_keys(client: AxHubClient) -> None:
    route = respx.post(f"{BASE}/api/v1/apps/{APP}/deployments").respond(202, json={**DEPLOYMENT, "status": "pending"})
    typed = client.deployments.deploy_post_api_v1_apps_by_app_id_deployments(
        {"appID": APP}, body=models.TriggerDeploymentRequest(force_rebuild=True)
    )
    plain = client.deployments.deploy_post_api_v1_apps_by_app_id_deployments(
        path_params={"appID": APP}, query=None, body={"commit_sha": "b" * 40}
    )
    assert typed.status == models.DeploymentStatus.PENDING and plain.id == DID
    assert json.loads(route.calls[0].request.content) == {"force_rebuild": True}
    assert json.loads(route.calls[1].request.content) == {"commit_sha": "b" * 40}
    assert route.calls[0].request.headers["Authorization"] == "Bearer tok"


@respx.mock
def test_204_gives_an_empty_map(client: AxHubClient) -> None:
    respx.post(f"{BASE}/api/v1/apps/{APP}/deployments/{DID}/cancel").respond(204)
    assert client.deployments.deploy_post_api_v1_apps_by_app_id_deployments_by_did_cancel(
        {"appID": APP, "did": DID}
    ) == {}


@respx.mock
def test_302_is_not_followed(client: AxHubClient) -> None:
    location = "https://github.com/apps/axhub/installations/new?state=abc"
    respx.get(f"{BASE}/api/v1/apps/{APP}/git/github/install/start").respond(302, headers={"Location": location})
    result = client.deployments.deploy_get_api_v1_apps_by_app_id_git_github_install_start({"appID": APP})
    assert result == {"status": 302, "location": location}


@respx.mock
def test_connected_union_decodes_both_shapes(client: AxHubClient) -> None:
    route = respx.get(f"{BASE}/api/v1/apps/{APP}/git-connection")
    route.respond(200, json={"connected": True, "provider": "github", "repo_full_name": "o/r",
                             "branch": "main", "installation_id": 7})
    connected = client.deployments.deploy_get_api_v1_apps_by_app_id_git_connection({"appID": APP})
    assert isinstance(connected, models.GitConnectionConnected)
    assert connected.installation_id == 7
    route.respond(200, json={"connected": False, "install_url": "https://github.com/apps/x?state=s"})
    disconnected = client.deployments.deploy_get_api_v1_apps_by_app_id_git_connection({"appID": APP})
    assert isinstance(disconnected, models.GitConnectionDisconnected)


@respx.mock
def test_request_dispatches_by_operation_id_with_string_query(client: AxHubClient) -> None:
    route = respx.get(f"{BASE}/api/v1/apps/{APP}/deployments").respond(
        200, json={"items": [DEPLOYMENT], "next_cursor": "", "total": 1}
    )
    page = client.request("deployGetApiV1AppsByAppIDDeployments", {"appID": APP}, {"limit": 5, "offset": 0})
    assert isinstance(page, models.DeploymentPage)
    assert isinstance(page.items[0], models.Deployment)
    assert dict(route.calls[0].request.url.params) == {"limit": "5", "offset": "0"}


@respx.mock
def test_error_carries_status_code_message_and_operation(client: AxHubClient) -> None:
    respx.post(f"{BASE}/api/v1/apps/{APP}/deployments").respond(
        412, json={"statusCode": 412, "code": "staging_required", "message": "turn staging on first"}
    )
    with pytest.raises(axhub.PreconditionFailedError) as caught:
        client.deployments.deploy_post_api_v1_apps_by_app_id_deployments({"appID": APP})
    error = caught.value
    assert (error.status, error.code, error.operation_id) == (412, "staging_required",
                                                               "deployPostApiV1AppsByAppIDDeployments")
    assert "staging_required" in str(error) and "deployPostApiV1AppsByAppIDDeployments" in str(error)


@respx.mock
def test_header_parameter_idempotency_key_is_sent_as_given(client: AxHubClient) -> None:
    route = respx.post(f"{BASE}/api/v1/apps/{APP}/deployments").respond(202, json=DEPLOYMENT)
    client.deployments.deploy_post_api_v1_apps_by_app_id_deployments(
        {"appID": APP}, headers={"Idempotency-Key": "my-key"}
    )
    assert route.calls[0].request.headers["Idempotency-Key"] == "my-key"
    assert "Idempotency-Key" not in route.calls[0].request.url.params


@respx.mock
def test_pagination_helper_walks_every_page(client: AxHubClient) -> None:
    pages = [
        {"items": [{**DEPLOYMENT, "id": f"d{i}"} for i in range(2)], "next_cursor": "", "total": 3},
        {"items": [{**DEPLOYMENT, "id": "d2"}], "next_cursor": "", "total": 3},
    ]
    route = respx.get(f"{BASE}/api/v1/apps/{APP}/deployments").mock(
        side_effect=[httpx.Response(200, json=p) for p in pages]
    )
    ids = [d.id for d in client.deployments.iter_deploy_get_api_v1_apps_by_app_id_deployments(
        {"appID": APP}, {"limit": 2})]
    assert ids == ["d0", "d1", "d2"]
    assert route.calls[1].request.url.params["offset"] == "2"


def test_async_client_has_the_same_call() -> None:
    async def run() -> models.Deployment:
        with respx.mock:
            respx.get(f"{BASE}/api/v1/apps/{APP}/deployments/{DID}").respond(200, json=DEPLOYMENT)
            async with AsyncAxHubClient(BASE, token="t") as client:
                return await client.deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(
                    {"appID": APP, "did": DID}
                )

    assert asyncio.run(run()).id == DID


def test_missing_path_param_is_refused_before_sending(client: AxHubClient) -> None:
    with respx.mock(assert_all_called=False) as mock:
        route = mock.get(url__regex=r".*").respond(200)
        with pytest.raises(axhub.InvalidArgumentError, match="appID"):
            client.deployments.deploy_get_api_v1_apps_by_app_id_diagnosis({"appID": ""})
        assert not route.called

"""Idempotency-Key over HTTP: replay, 409 on reuse, per caller, 5xx not recorded, concurrency."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from refserver_testlib import LAB, NOGIT, NOSUB, SHOP

from reference_server.apis.axhub.domain.service import Platform

OWNER = {"Authorization": "Bearer tok_owner"}
TRIGGER = f"/api/v1/apps/{SHOP}/deployments"


def key(value: str, token: str = "tok_owner") -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "Idempotency-Key": value}


def total(client: Any) -> int:
    return int(client.get(TRIGGER, headers=OWNER).json()["total"])


def test_same_key_same_body_replays_the_first_response(client: Any):
    before = total(client)
    first = client.post(TRIGGER, json={"force_rebuild": True}, headers=key("k-1"))
    assert first.status_code == 202
    assert "idempotent-replayed" not in first.headers
    again = client.post(TRIGGER, json={"force_rebuild": True}, headers=key("k-1"))
    assert again.status_code == 202
    assert again.headers["idempotent-replayed"] == "true"
    assert again.headers["content-type"] == "application/json"
    assert again.json() == first.json()
    assert total(client) == before + 1


def test_same_key_other_body_is_409(client: Any):
    assert client.post(TRIGGER, json={}, headers=key("k-2")).status_code == 202
    reused = client.post(TRIGGER, json={"force_rebuild": True}, headers=key("k-2"))
    assert reused.status_code == 409
    assert reused.json()["code"] == "idempotency_key_reused"


def test_same_key_on_another_operation_is_409(client: Any):
    assert client.post(TRIGGER, json={}, headers=key("k-3")).status_code == 202
    # keys are for POSTs: a PUT with the same key is simply served
    other = client.request("PUT", f"/api/v1/apps/{SHOP}/staging", headers=key("k-3"))
    assert other.status_code == 202 and "idempotent-replayed" not in other.headers
    connect = client.post(
        f"/api/v1/apps/{NOGIT}/git/github/connect",
        json={"installation_id": 1001, "repo_full_name": "octo-owner/new-service"},
        headers=key("k-3"),
    )
    assert connect.status_code == 409
    assert connect.json()["code"] == "idempotency_key_reused"


def test_keys_belong_to_their_caller(client: Any):
    assert client.post(TRIGGER, json={}, headers=key("shared")).status_code == 202
    # the same key from the tenant admin is a new request: the deployment runs already
    theirs = client.post(TRIGGER, json={}, headers=key("shared", "tok_admin"))
    assert theirs.status_code == 409
    assert theirs.json()["code"] == "deployment_in_progress"


def test_refusals_are_replayed_too(client: Any):
    first = client.post(f"/api/v1/apps/{NOSUB}/deployments", json={}, headers=key("k-412"))
    assert first.status_code == 412
    again = client.post(f"/api/v1/apps/{NOSUB}/deployments", json={}, headers=key("k-412"))
    assert (again.status_code, again.headers["idempotent-replayed"]) == (412, "true")
    assert again.json() == first.json() and again.json()["code"] == "no_subdomain"


def test_validation_failures_are_not_recorded(client: Any):
    assert client.post(TRIGGER, json={"commit_sha": "x"}, headers=key("k-400")).status_code == 400
    assert client.post(TRIGGER, json={}, headers=key("k-400")).status_code == 202


def test_no_content_answers_replay(client: Any):
    did = client.post(TRIGGER, json={}, headers=OWNER).json()["id"]
    first = client.post(f"{TRIGGER}/{did}/cancel", headers=key("cancel-1"))
    again = client.post(f"{TRIGGER}/{did}/cancel", headers=key("cancel-1"))
    assert (first.status_code, again.status_code) == (204, 204)
    assert again.content == b"" and again.headers["idempotent-replayed"] == "true"


def test_replay_of_a_consumed_state(client: Any):
    start = client.get(f"/api/v1/apps/{NOGIT}/git/github/install/start", headers=OWNER)
    state = start.headers["location"].split("state=")[1]
    body = {"state": state, "installation_id": 1001, "repo_full_name": "octo-owner/new-service"}
    first = client.post("/api/v1/git/github/complete", json=body, headers=key("done-1"))
    assert first.status_code == 201
    # the state is single-use: without the key a second call fails, with it the first answer comes back
    assert client.post("/api/v1/git/github/complete", json=body, headers=OWNER).status_code == 400
    again = client.post("/api/v1/git/github/complete", json=body, headers=key("done-1"))
    assert (again.status_code, again.json()) == (201, first.json())


def test_key_is_ignored_on_get(client: Any):
    a = client.get(TRIGGER, headers=key("get-1"))
    client.post(TRIGGER, json={}, headers=OWNER)
    b = client.get(TRIGGER, headers=key("get-1"))
    assert b.json()["total"] == a.json()["total"] + 1
    assert "idempotent-replayed" not in b.headers


def test_server_errors_are_not_recorded(client: Any, monkeypatch: pytest.MonkeyPatch):
    from reference_server.apis.axhub.domain import service

    real = service.OPERATION_HANDLERS["deployPostApiV1AppsByAppIDDeployments"]
    calls = {"n": 0}

    def flaky(*args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("transient")
        return real(*args)

    monkeypatch.setitem(service.OPERATION_HANDLERS, "deployPostApiV1AppsByAppIDDeployments", flaky)
    assert client.post(TRIGGER, json={}, headers=key("k-500")).status_code == 500
    retried = client.post(TRIGGER, json={}, headers=key("k-500"))
    assert retried.status_code == 202 and "idempotent-replayed" not in retried.headers


def test_concurrent_requests_with_one_key_run_once(live_server: str, platform: Platform):
    async def burst() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=live_server, timeout=30) as http:
            return await asyncio.gather(*(http.post(TRIGGER, json={}, headers=key("burst")) for _ in range(20)))

    responses = asyncio.run(burst())
    statuses = sorted(r.status_code for r in responses)
    created = [r for r in responses if r.status_code == 202 and "idempotent-replayed" not in r.headers]
    assert len(created) == 1, statuses
    assert set(statuses) <= {202, 409}
    for r in responses:
        if r.status_code == 202:
            assert r.json()["id"] == created[0].json()["id"]
        else:
            assert r.json()["code"] == "conflict"  # the first is still running


# -- a key names one request on one resource (finding 1: path parameters were not in the hash) ----
def test_same_key_on_another_deployment_is_409_not_a_replay(client: Any):
    first = client.post(TRIGGER, json={}, headers=OWNER)
    other = client.post(f"/api/v1/apps/{LAB}/deployments", json={}, headers=OWNER)
    assert first.status_code == other.status_code == 202, (first.text, other.text)
    a, c = first.json()["id"], other.json()["id"]
    cancel_a = client.post(f"{TRIGGER}/{a}/cancel", headers=key("cancel-k"))
    assert cancel_a.status_code == 204
    cancel_c = client.post(f"/api/v1/apps/{LAB}/deployments/{c}/cancel", headers=key("cancel-k"))
    assert cancel_c.status_code == 409, cancel_c.text
    assert cancel_c.json()["code"] == "idempotency_key_reused"
    assert "idempotent-replayed" not in cancel_c.headers
    still = client.get(f"/api/v1/apps/{LAB}/deployments/{c}", headers=OWNER).json()
    assert still["status"] not in ("cancelled",), still


def test_same_key_on_another_app_does_not_return_its_deployment(client: Any):
    shop = client.post(TRIGGER, json={}, headers=key("trigger-k"))
    assert shop.status_code == 202
    lab = client.post(f"/api/v1/apps/{LAB}/deployments", json={}, headers=key("trigger-k"))
    assert lab.status_code == 409, lab.text
    assert lab.json()["code"] == "idempotency_key_reused"
    # the same key on the same app with the same body still replays
    again = client.post(TRIGGER, json={}, headers=key("trigger-k"))
    assert again.headers["idempotent-replayed"] == "true" and again.json() == shop.json()

"""Smoke test of the Python SDK's resource surface against the live reference server, as a user
writes it: `client.deployments.trigger(app_id, commit_sha=...)`, path parameters positional,
everything else keyword arguments, list methods iterating every item across pages.

Trigger a deployment of shop, wait until it succeeded, read its logs (every line, and tailed),
roll production back to it, cancel a second one, and read the error of a call that is not
allowed. Sync and async. Waiting and tailing have no resource-surface form yet: they use the
seed's helpers (`wait_for_deployment`, `tail_logs`), the rest only the new names.
"""

from __future__ import annotations

import asyncio
import sys
from itertools import islice

import pytest
from contract_lib import SDK_ROOT, RefServer

if str(SDK_ROOT) not in sys.path:
    sys.path.insert(0, str(SDK_ROOT))

import axhub  # noqa: E402
from axhub import models  # noqa: E402

SHOP = "0c000000-0000-4000-8000-000000000001"
SHOP_V1 = "0d000000-0000-4000-8000-000000000101"
ACME = "0a000000-0000-4000-8000-000000000001"
SHA = "0123456789abcdef0123456789abcdef01234567"
OTHER_SHA = "89abcdef0123456789abcdef0123456789abcdef"


def test_resource_surface_sync(refserver: RefServer) -> None:
    refserver.reset()
    with axhub.AxHubClient(base_url=refserver.base_url, token="tok_owner") as client:
        started = client.deployments.trigger(SHOP, commit_sha=SHA)
        assert isinstance(started, models.Deployment)
        assert started.status == models.DeploymentStatus.PENDING
        assert started.trigger_source == models.TriggerSource.MANUAL
        assert started.completed_at is None
        assert client.deployments.get(SHOP, started.id).id == started.id

        done = client.deployments.wait_for_deployment({"appID": SHOP, "did": started.id}, timeout=60, interval=0.1)
        assert done.status == models.DeploymentStatus.SUCCEEDED
        assert done.failure_reason is None
        assert done.image_uri == "gcr.io/axhub-apps/acme/shop:0123456789ab"
        assert done.completed_at is not None and done.completed_at >= done.started_at

        # Every log line across pages, from the list method itself.
        every_line = list(client.deployments.logs(SHOP, limit=100))
        assert len(every_line) == 250 + 6  # the fixture's lines and this deployment's
        assert all(isinstance(line, models.LogLine) for line in every_line)
        # Pages come newest first (each in time order): this deployment's six lines are on the first.
        assert "server listening on :8080" in [line.message for line in every_line[:100]]
        tailed = list(islice(
            client.deployments.tail_logs({"appID": SHOP}, {"since": done.started_at, "limit": 100}, interval=0.1), 6
        ))
        assert tailed[0].message.startswith(f"deployment {started.id} queued")
        assert tailed[-1].stream == models.LogLineStream.STDOUT

        # Roll production back to v1, then forward to the new deployment.
        assert client.deployments.rollback(SHOP, SHOP_V1) == {}
        assert client.deployments.rollback(SHOP, done.id, confirm_schema_skew=False) == {}
        live = [r for r in client.deployments.lifecycle.releases(SHOP, limit=1) if r.active_prod]
        assert [r.deployment_id for r in live] == [done.id]

        # A second deployment, cancelled while it runs.
        second = client.deployments.trigger(SHOP, commit_sha=OTHER_SHA)
        cancelled = client.deployments.cancel(SHOP, second.id)
        assert cancelled == {} and isinstance(cancelled, axhub.EmptyResult)
        final = client.deployments.wait_for_deployment({"appID": SHOP, "did": second.id}, timeout=10, interval=0.1)
        assert final.status == models.DeploymentStatus.CANCELLED
        assert final.current_stage is None

        history = list(client.deployments.list(SHOP, limit=1))
        assert {second.id, done.id} <= {d.id for d in history}

    # A plain member may not deploy.
    with axhub.AxHubClient(base_url=refserver.base_url, token="tok_member") as member:
        try:
            member.deployments.trigger(SHOP)
        except axhub.PermissionDeniedError as error:
            assert (error.status, error.code) == (403, "forbidden")
            assert error.operation_id == "deployPostApiV1AppsByAppIDDeployments"
        else:
            raise AssertionError("a plain member could deploy")


def test_resource_surface_async(refserver: RefServer) -> None:
    refserver.reset()

    async def scenario() -> None:
        async with axhub.AsyncAxHubClient(base_url=refserver.base_url, token="tok_owner") as client:
            started = await client.deployments.trigger(SHOP, commit_sha=SHA, force_rebuild=True)
            done = await client.deployments.wait_for_deployment(
                {"appID": SHOP, "did": started.id}, timeout=60, interval=0.1
            )
            assert done.status == models.DeploymentStatus.SUCCEEDED
            assert done.image_uri == f"gcr.io/axhub-apps/acme/shop:0123456789ab-{started.id[:8]}"

            lines = [line async for line in client.deployments.logs(SHOP, limit=100)]
            assert len(lines) == 250 + 6
            assert "server listening on :8080" in [line.message for line in lines[:100]]

            await client.deployments.rollback(SHOP, SHOP_V1)
            versions = [r async for r in client.deployments.lifecycle.releases(SHOP)]
            assert [r.version for r in versions if r.active_prod] == [1]

            second = await client.deployments.trigger(SHOP)
            assert await client.deployments.cancel(SHOP, second.id) == {}
            got = await client.deployments.get(SHOP, second.id)
            assert got.status == models.DeploymentStatus.CANCELLED

        async with axhub.AsyncAxHubClient(base_url=refserver.base_url, token="tok_outsider") as outsider:
            try:
                await outsider.deployments.lifecycle.diagnosis(SHOP)
            except axhub.NotFoundError as error:
                assert (error.status, error.code) == (404, "not_found")
            else:
                raise AssertionError("an outsider could see shop")
            try:
                await outsider.deployments.tenant_feed(ACME)
            except axhub.PermissionDeniedError as error:
                assert (error.status, error.code) == (403, "forbidden")
            else:
                raise AssertionError("an outsider could read acme's feed")

    asyncio.run(scenario())


def test_configured_from_the_environment(refserver: RefServer, monkeypatch: pytest.MonkeyPatch) -> None:
    refserver.reset()
    monkeypatch.setenv("AXHUB_BASE_URL", refserver.base_url)
    monkeypatch.setenv("AXHUB_TOKEN", "tok_owner")
    with axhub.AxHubClient() as client:
        assert client.deployments.get(SHOP, SHOP_V1).id == SHOP_V1

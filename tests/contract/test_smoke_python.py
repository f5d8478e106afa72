"""Smoke test of the Python SDK's typed surface against the live reference server, as a user writes it.

Trigger a deployment of shop, wait until it succeeded, read its logs (paged and
tailed), roll production back to it, cancel a second one, and read the error
of a call that is not allowed. Sync and async.
"""

from __future__ import annotations

import asyncio
import sys
from itertools import islice

from contract_lib import SDK_ROOT, RefServer

if str(SDK_ROOT) not in sys.path:
    sys.path.insert(0, str(SDK_ROOT))

import axhub  # noqa: E402
from axhub import models  # noqa: E402

SHOP = "0c000000-0000-4000-8000-000000000001"
SHOP_V1 = "0d000000-0000-4000-8000-000000000101"
SHA = "0123456789abcdef0123456789abcdef01234567"
OTHER_SHA = "89abcdef0123456789abcdef0123456789abcdef"


def test_typed_sync(refserver: RefServer) -> None:
    refserver.reset()
    with axhub.AxHubClient(base_url=refserver.base_url, token="tok_owner") as client:
        deployments = client.deployments

        started = deployments.deploy_post_api_v1_apps_by_app_id_deployments(
            {"appID": SHOP}, body=models.TriggerDeploymentRequest(commit_sha=SHA)
        )
        assert isinstance(started, models.Deployment)
        assert started.status == models.DeploymentStatus.PENDING
        assert started.trigger_source == models.TriggerSource.MANUAL
        assert started.completed_at is None

        done = deployments.wait_for_deployment({"appID": SHOP, "did": started.id}, timeout=60, interval=0.1)
        assert done.id == started.id
        assert done.status == models.DeploymentStatus.SUCCEEDED
        assert done.failure_reason is None
        assert done.image_uri == "gcr.io/axhub-apps/acme/shop:0123456789ab"
        assert done.completed_at is not None and done.completed_at >= done.started_at

        # Logs, paged backward: the newest page ends with the app coming up.
        newest = deployments.deploy_get_api_v1_apps_by_app_id_logs({"appID": SHOP}, {"limit": 2})
        assert isinstance(newest, models.LogPage) and newest.has_more
        assert newest.lines[-1].message == "server listening on :8080"
        every_line = list(deployments.iter_deploy_get_api_v1_apps_by_app_id_logs({"appID": SHOP}, {"limit": 100}))
        assert len(every_line) == 250 + 6  # the fixture's lines and this deployment's
        assert all(isinstance(line, models.LogLine) for line in every_line)
        # Logs, tailed forward from the deployment's start: its six lines in order.
        tailed = list(islice(
            deployments.tail_logs({"appID": SHOP}, {"since": done.started_at, "limit": 100}, interval=0.1), 6
        ))
        assert [line.message for line in tailed][0].startswith(f"deployment {started.id} queued")
        assert tailed[-1].message == "server listening on :8080"
        assert tailed[0].stream == models.LogLineStream.STDOUT

        # Roll production back to v1, then back to the new deployment.
        assert deployments.deploy_post_api_v1_apps_by_app_id_deployments_by_did_rollback(
            {"appID": SHOP, "did": SHOP_V1}
        ) == {}
        assert deployments.deploy_post_api_v1_apps_by_app_id_deployments_by_did_rollback(
            {"appID": SHOP, "did": done.id}, body=models.RollbackRequest(confirm_schema_skew=False)
        ) == {}
        live = [r for r in deployments.iter_deploy_get_api_v1_apps_by_app_id_releases({"appID": SHOP}, {"limit": 1})
                if r.active_prod]
        assert [r.deployment_id for r in live] == [done.id]

        # A second deployment, cancelled while it runs.
        second = deployments.deploy_post_api_v1_apps_by_app_id_deployments(
            {"appID": SHOP}, body={"commit_sha": OTHER_SHA}
        )
        cancelled = deployments.deploy_post_api_v1_apps_by_app_id_deployments_by_did_cancel(
            {"appID": SHOP, "did": second.id}
        )
        assert cancelled == {} and isinstance(cancelled, axhub.EmptyResult)
        final = deployments.wait_for_deployment({"appID": SHOP, "did": second.id}, timeout=10, interval=0.1)
        assert final.status == models.DeploymentStatus.CANCELLED
        assert final.current_stage is None

    # A plain member may not deploy.
    with axhub.AxHubClient(base_url=refserver.base_url, token="tok_member") as member:
        try:
            member.deployments.deploy_post_api_v1_apps_by_app_id_deployments({"appID": SHOP})
        except axhub.PermissionDeniedError as error:
            assert error.status == 403
            assert error.code == "forbidden"
            assert error.operation_id == "deployPostApiV1AppsByAppIDDeployments"
            assert error.body["statusCode"] == 403
            assert "deployPostApiV1AppsByAppIDDeployments" in str(error) and "403 forbidden" in str(error)
        else:
            raise AssertionError("a plain member could deploy")


def test_typed_async(refserver: RefServer) -> None:
    refserver.reset()

    async def scenario() -> None:
        async with axhub.AsyncAxHubClient(base_url=refserver.base_url, token="tok_owner") as client:
            deployments = client.deployments
            started = await deployments.deploy_post_api_v1_apps_by_app_id_deployments(
                {"appID": SHOP}, body=models.TriggerDeploymentRequest(commit_sha=SHA, force_rebuild=True)
            )
            done = await deployments.wait_for_deployment({"appID": SHOP, "did": started.id}, timeout=60, interval=0.1)
            assert done.status == models.DeploymentStatus.SUCCEEDED
            assert done.image_uri == f"gcr.io/axhub-apps/acme/shop:0123456789ab-{started.id[:8]}"

            lines = []
            async for line in deployments.tail_logs({"appID": SHOP}, {"since": done.started_at}, interval=0.1):
                lines.append(line)
                if len(lines) == 6:
                    break
            assert lines[-1].message == "server listening on :8080"

            await deployments.deploy_post_api_v1_apps_by_app_id_deployments_by_did_rollback(
                {"appID": SHOP, "did": SHOP_V1}
            )
            versions = [r async for r in deployments.iter_deploy_get_api_v1_apps_by_app_id_releases({"appID": SHOP})]
            assert [r.version for r in versions if r.active_prod] == [1]

            second = await deployments.deploy_post_api_v1_apps_by_app_id_deployments({"appID": SHOP})
            assert await deployments.deploy_post_api_v1_apps_by_app_id_deployments_by_did_cancel(
                {"appID": SHOP, "did": second.id}
            ) == {}
            got = await deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(
                {"appID": SHOP, "did": second.id}
            )
            assert got.status == models.DeploymentStatus.CANCELLED

        async with axhub.AsyncAxHubClient(base_url=refserver.base_url, token="tok_outsider") as outsider:
            try:
                await outsider.deployments.deploy_get_api_v1_apps_by_app_id_diagnosis({"appID": SHOP})
            except axhub.NotFoundError as error:
                assert (error.status, error.code) == (404, "not_found")
            else:
                raise AssertionError("an outsider could see shop")
            try:
                await outsider.deployments.deploy_get_api_v1_tenants_by_tenant_id_deployments(
                    {"tenantID": "0a000000-0000-4000-8000-000000000001"}
                )
            except axhub.PermissionDeniedError as error:
                assert (error.status, error.code) == (403, "forbidden")
            else:
                raise AssertionError("an outsider could read acme's feed")

    asyncio.run(scenario())

"""A program using the installed AxHub SDK as a user would, sync and async.

Run as ``python consumer.py BASE_URL`` against a reference server with its fixture: lists the
deployments of the app "shop", reads the newest one back, and reads the typed error of a deployment
that does not exist. Prints one ``ok ...`` line per step; any mismatch raises. tests/install runs it
in a fresh virtual environment and type-checks it with ``mypy --strict`` against the installed
package.
"""

from __future__ import annotations

import asyncio
import sys

import axhub
from axhub import models

SHOP = "0c000000-0000-4000-8000-000000000001"
MISSING = "0d000000-0000-4000-8000-0000000fffff"


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SystemExit(f"consumer: {what}")


def check_page(page: models.DeploymentPage) -> models.Deployment:
    check(isinstance(page, models.DeploymentPage), f"list gave {type(page).__name__}")
    check(page.total >= 1 and len(page.items) >= 1, f"shop has no deployments: {page}")
    check(all(d.app_id == SHOP for d in page.items), "a listed deployment belongs to another app")
    return page.items[0]


def run_sync(base_url: str) -> None:
    with axhub.AxHubClient(base_url=base_url, token="tok_owner") as client:
        page = client.deployments.deploy_get_api_v1_apps_by_app_id_deployments({"appID": SHOP}, {"limit": 5})
        newest = check_page(page)
        got = client.deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(
            {"appID": SHOP, "did": newest.id}
        )
        check(got.id == newest.id and got.status == newest.status, f"get gave {got.id} {got.status}")
        # An open enum: a known status decodes to the enum member, an unknown one stays text.
        check(isinstance(got.status, models.DeploymentStatus), f"status {got.status!r} is not a known one")
        try:
            client.deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did({"appID": SHOP, "did": MISSING})
        except axhub.NotFoundError as error:
            check(error.status == 404, f"status {error.status}")
            check(error.operation_id == "deployGetApiV1AppsByAppIDDeploymentsByDid", f"{error.operation_id}")
            print(f"ok sync: {page.total} deployments, got {got.id} ({got.status}), missing -> {error.code}")
        else:
            raise SystemExit("consumer: a missing deployment was found")


async def run_async(base_url: str) -> None:
    async with axhub.AsyncAxHubClient(base_url=base_url, token="tok_owner") as client:
        page = await client.deployments.deploy_get_api_v1_apps_by_app_id_deployments({"appID": SHOP})
        newest = check_page(page)
        got = await client.deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(
            {"appID": SHOP, "did": newest.id}
        )
        check(got.id == newest.id, f"get gave {got.id}")
        try:
            await client.deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(
                {"appID": SHOP, "did": MISSING}
            )
        except axhub.APIStatusError as error:
            check(isinstance(error, axhub.NotFoundError), f"{type(error).__name__}: {error}")
            print(f"ok async: {page.total} deployments, got {got.id}, missing -> {error.status} {error.code}")
        else:
            raise SystemExit("consumer: a missing deployment was found")


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit("usage: consumer.py BASE_URL")
    run_sync(sys.argv[1])
    asyncio.run(run_async(sys.argv[1]))


if __name__ == "__main__":
    main()

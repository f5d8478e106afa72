"""One program using two installed SDKs generated from two specs, AxHub and Deplite, side by side.

Run as ``python consumer.py AXHUB_URL DEPLITE_ROOT`` against the two reference servers: AxHub's
app "shop" is listed with its sync and async clients; on Deplite an enrollment token is created, an
agent enrolls and sends a signed heartbeat, and a wrong secret is refused. Each SDK's errors are its
own classes (catching one SDK's error does not catch the other's). Prints ``ok ...`` lines; any
mismatch raises. tests/install type-checks it with ``mypy --strict`` against both installed packages.
"""

from __future__ import annotations

import asyncio
import sys

import axhub
import deplite
from axhub import models as axhub_models
from deplite import models as deplite_models

SHOP = "0c000000-0000-4000-8000-000000000001"


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SystemExit(f"consumer: {what}")


def use_axhub(base_url: str) -> axhub_models.Deployment:
    with axhub.AxHubClient(base_url=base_url, token="tok_owner") as client:
        page = client.deployments.list(SHOP, limit=5)
        check(len(page.items) >= 1, "shop has no deployments")
        newest = page.items[0]
        check(isinstance(newest, axhub_models.Deployment), f"listed {type(newest).__name__}")
        return client.deployments.get(SHOP, newest.id)


async def use_axhub_async(base_url: str) -> int:
    async with axhub.AsyncAxHubClient(base_url=base_url, token="tok_owner") as client:
        return len([d async for d in client.deployments.list(SHOP, limit=5)])


def use_deplite(root: str) -> str:
    user = deplite.DepliteClient(base_url=root + "/api", agent_base_url=root, token="tok_owner")
    enrollment = user.agents.create_enrollment_token_2("org-abc", label="two-sdks")
    newcomer = deplite.DepliteClient(base_url=root + "/api", agent_base_url=root, token=enrollment.token)
    creds: deplite_models.AgentCredentials = newcomer.agent.enroll(hostname="both")
    agent = deplite.DepliteClient(base_url=root + "/api", agent_base_url=root,
                                  signing_key_id=creds.agent_id, signing_secret=creds.agent_secret)
    ack = agent.agent.heartbeat(version="1.0")
    check(isinstance(ack, deplite_models.HeartbeatAck), f"heartbeat gave {type(ack).__name__}")
    forged = agent.with_options(signing_secret="0" * 64, agent_base_url=root)
    try:
        try:
            forged.agent.heartbeat(version="1.0")
        except axhub.SDKError:
            raise SystemExit("consumer: AxHub's SDKError caught Deplite's error") from None
    except deplite.AuthenticationError as error:
        check(error.code == "invalid_signature", f"code {error.code}")
    else:
        raise SystemExit("consumer: a wrong secret was accepted")
    for client in (user, newcomer, agent):
        client.close()
    return creds.agent_id


def main() -> None:
    axhub_url, deplite_root = sys.argv[1], sys.argv[2]
    check(not issubclass(deplite.AuthenticationError, axhub.SDKError), "the two SDKs share one error hierarchy")
    deployment = use_axhub(axhub_url)
    print(f"ok axhub sync: {deployment.id}")
    print(f"ok axhub async: {asyncio.run(use_axhub_async(axhub_url))} deployments")
    print(f"ok deplite: agent {use_deplite(deplite_root)} signed a heartbeat")


if __name__ == "__main__":
    main()

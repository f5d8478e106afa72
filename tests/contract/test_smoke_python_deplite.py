"""Smoke test of the Deplite Python SDK against the live reference server, playing both sides with
the resource surface: the user (a bearer token, on the user API under `/api`) and the agent (signed
with its key id and secret by the SDK itself, on the agent host at the server's root).

Enrollment token -> the agent enrolls -> reports its workflows -> a trigger and an API token
(`plain_token` shown once) -> the trigger runs with an Idempotency-Key -> the agent reads the job
from its signed event stream -> uploads logs and the result -> the user waits for `success` and
reads the logs. A wrong secret is refused with the SDK's AuthenticationError. Sync and async.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading

from contract_lib import ROOT, RefServer

DEPLITE_SDK = ROOT / "sdks" / "deplite" / "python"
if str(DEPLITE_SDK) not in sys.path:
    sys.path.insert(0, str(DEPLITE_SDK))

import deplite  # noqa: E402
from deplite import models  # noqa: E402

ORG = "org-abc"


def read_job(stream: deplite.EventStream, found: list[models.JobAssignment]) -> None:
    """The first `job` event of the agent's stream (pings and others are skipped)."""
    with stream:
        for event in stream:
            if event.event == "job":
                found.append(models.JobAssignment.from_dict(json.loads(event.data)))
                return


def test_both_sides_sync(deplite_server: RefServer) -> None:
    deplite_server.reset()
    root = deplite_server.base_url
    user = deplite.DepliteClient(base_url=root + "/api", agent_base_url=root, token="tok_owner")
    assert user.host_base_urls == {"agent": root}

    enrollment = user.agents.create_enrollment_token_2(ORG, label="ci")
    assert enrollment.token.startswith("enr_")
    with deplite.DepliteClient(base_url=root + "/api", agent_base_url=root, token=enrollment.token) as newcomer:
        creds = newcomer.agent.enroll(hostname="runner-1", version="1.0")
    assert creds.agent_id and creds.agent_secret

    # One client holds the agent's signing key and the user's token: each operation gets its own.
    agent = deplite.DepliteClient(base_url=root + "/api", agent_base_url=root, token="tok_owner",
                                  signing_key_id=creds.agent_id, signing_secret=creds.agent_secret)
    ack = agent.agent.report_workflows(
        workflows=[models.WorkflowReportWorkflowsItem(name="deploy", secrets_keys=["AWS_KEY"])]
    )
    assert ack.count == 1
    assert agent.agents.get(creds.agent_id).id == creds.agent_id  # the bearer token, same client

    trigger = user.triggers.create(ORG, agent_id=creds.agent_id, name="deploy-prod", workflow_name="deploy",
                                   type_=models.TriggerType.WEBHOOK, allowed_refs=["main", "release/*"])
    issued = user.api_tokens.create(ORG, name="ci", scope_type=models.TokenScope.TRIGGER,
                                    trigger_ids=[trigger.id])
    assert issued.plain_token.startswith("tk_")
    assert all(not hasattr(t, "plain_token") for t in user.api_tokens.list(ORG))  # shown once

    with deplite.DepliteClient(base_url=root + "/api", agent_base_url=root, token=issued.plain_token) as ci:
        run = ci.triggers.run(trigger.id, idempotency_key="run-1", ref="release/1.2", params={"env": "prod"})
        assert isinstance(run, models.RunQueued)
        replay = ci.triggers.run(trigger.id, idempotency_key="run-1", ref="release/1.2", params={"env": "prod"})
        assert isinstance(replay, models.RunQueued) and replay.job_id == run.job_id
        try:
            ci.triggers.run(trigger.id, idempotency_key="run-1", ref="main")
        except deplite.ConflictError as error:
            assert (error.status, error.code) == (409, "idempotency_key_reused")
        else:
            raise AssertionError("an Idempotency-Key was reused with another body")

    found: list[models.JobAssignment] = []
    reader = threading.Thread(target=read_job, args=(agent.agent.stream(), found))
    reader.start()
    reader.join(30)  # a safety bound only: the job is queued before the stream opens
    assert found, "no job event on the agent's stream"
    job = found[0]
    assert (job.job_id, job.workflow_name, job.ref, job.params) == (run.job_id, "deploy", "release/1.2",
                                                                     {"env": "prod"})
    assert user.jobs.get(job.job_id).status == models.JobStatus.RUNNING

    lines = [models.LogLine(seq=i, stream=models.LogStream.RAW, step_name="build", content=f"line {i}")
             for i in range(3)]
    uploaded = agent.agent.upload_logs(job.job_id, items=lines)
    assert (uploaded.accepted, uploaded.next_seq) == (3, 3)
    agent.agent.submit_result(job.job_id, status=models.JobOutcome.SUCCESS, exit_code=0)

    done = user.jobs.wait_for(job.job_id, timeout=30, interval=0.1)
    assert done.status == models.JobStatus.SUCCESS and done.exit_code == 0
    assert [line.content for line in user.jobs.logs(job.job_id, limit=2)] == ["line 0", "line 1", "line 2"]

    forged = deplite.DepliteClient(base_url=root + "/api", agent_base_url=root,
                                   signing_key_id=creds.agent_id, signing_secret="0" * 64)
    try:
        forged.agent.heartbeat(version="1.0")
    except deplite.AuthenticationError as error:
        assert (error.status, error.code) == (401, "invalid_signature")
        declared = error.error_as(models.Error)  # the spec's error shape, typed
        assert declared is not None and declared.code == "invalid_signature"
    else:
        raise AssertionError("a request signed with the wrong secret was accepted")
    for client in (user, agent, forged):
        client.close()


def test_both_sides_async(deplite_server: RefServer) -> None:
    deplite_server.reset()
    root = deplite_server.base_url

    async def scenario() -> None:
        async with deplite.AsyncDepliteClient(base_url=root + "/api", agent_base_url=root,
                                              token="tok_owner") as user:
            enrollment = await user.agents.create_enrollment_token_2(ORG, label="async")
            async with deplite.AsyncDepliteClient(base_url=root + "/api", agent_base_url=root,
                                                  token=enrollment.token) as newcomer:
                creds = await newcomer.agent.enroll(hostname="runner-2")
            async with deplite.AsyncDepliteClient(base_url=root + "/api", agent_base_url=root,
                                                  signing_key_id=creds.agent_id,
                                                  signing_secret=creds.agent_secret) as agent:
                build = models.WorkflowReportWorkflowsItem(name="build", secrets_keys=[])
                await agent.agent.report_workflows(workflows=[build])
                trigger = await user.triggers.create(ORG, agent_id=creds.agent_id, name="build",
                                                     workflow_name="build", type_="webhook")
                issued = await user.api_tokens.create(ORG, name="ci-async")
                async with deplite.AsyncDepliteClient(base_url=root + "/api", agent_base_url=root,
                                                      token=issued.plain_token) as ci:
                    run = await ci.triggers.run(trigger.id, idempotency_key="run-async", ref="main")
                async with await agent.agent.stream() as stream:
                    async for event in stream:
                        if event.event == "job":
                            job = models.JobAssignment.from_dict(json.loads(event.data))
                            break
                assert job.job_id == run.job_id
                await agent.agent.upload_logs(job.job_id, items=[
                    models.LogLine(seq=0, stream="raw", step_name="", content="hello")])
                await agent.agent.submit_result(job.job_id, status="failed", exit_code=3)
            done = await user.jobs.wait_for(job.job_id, timeout=30, interval=0.1)
            assert done.status == models.JobStatus.FAILED and done.exit_code == 3
            assert [line.content async for line in user.jobs.logs(job.job_id)] == ["hello"]

    asyncio.run(asyncio.wait_for(scenario(), 60))

"""Deplite over real HTTP: ``python -m reference_server --api deplite`` started on a SQLite file.

An agent written here (enroll, sign every call as the spec's ``agentSignature`` scheme says, read
the SSE stream) and a user walk the seed's whole flow, then every refusal the issue lists.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from refserver_testlib import PG_ENV

from reference_server.apis.deplite.store import Store

ROOT = Path(__file__).resolve().parents[2]
OWNER = {"Authorization": "Bearer tok_owner"}
MEMBER = {"Authorization": "Bearer tok_member"}
SLACK_SECRET = b"deplite-demo-slack-signing-secret"


def _database(kind: str, tmp: Path) -> str:
    """A SQLite file, or the PostgreSQL of ``REFSERVER_TEST_PG_URL`` emptied first (else skip)."""
    if kind == "sqlite":
        return f"sqlite:///{tmp / 'deplite.sqlite3'}"
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL not configured: set {PG_ENV}=postgresql+psycopg://... to run")
    store = Store(url)
    store.reset()
    store.close()
    return url


@contextlib.contextmanager
def serve(db: str, tmp: Path, sync_wait: float = 0.5) -> Iterator[str]:
    """``python -m reference_server --api deplite`` on ``db``; its URL once ``--ready-file`` says it serves."""
    ready = tmp / "ready.json"
    ready.unlink(missing_ok=True)
    env = {**os.environ, "DEPLITE_SYNC_WAIT_SECONDS": str(sync_wait), "DEPLITE_PING_SECONDS": "1"}
    command = [
        sys.executable, "-m", "reference_server", "--api", "deplite", "--port", "0",
        "--db", db, "--ready-file", str(ready), "--validate-responses",
    ]  # fmt: skip
    log_path = tmp / "server.log"
    with log_path.open("ab") as log:
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        while not ready.exists():
            if proc.poll() is not None:
                raise RuntimeError(f"server exited: {log_path.read_text(errors='replace')}")
            time.sleep(0.05)
        facts = json.loads(ready.read_text())
        assert {t["token"] for t in facts["tokens"]} == {"tok_owner", "tok_member"}
        yield str(facts["url"])
    finally:
        proc.terminate()
        proc.wait(10)
    output = log_path.read_text(errors="replace")
    assert "does not conform" not in output and "Traceback" not in output, output[-5000:]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def base(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("deplite")
    with serve(_database(request.param, tmp), tmp) as url:
        yield url


def test_nonces_and_agents_survive_a_restart(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'restart.sqlite3'}"
    nonce = secrets.token_hex(16)
    with serve(db, tmp_path) as url:
        agent = enroll(url)
        assert agent.post("/agent/heartbeat", {}, nonce=nonce).status_code == 200
    with serve(db, tmp_path) as url:
        agent.base = url
        replayed = agent.post("/agent/heartbeat", {}, nonce=nonce)
        assert replayed.status_code == 401 and replayed.json()["code"] == "replayed_nonce"
        assert agent.post("/agent/heartbeat", {}).status_code == 200


class Agent:
    def __init__(self, base: str, agent_id: str, secret: str) -> None:
        self.base, self.id, self.secret = base, agent_id, secret

    def headers(
        self,
        method: str,
        target: str,
        body: bytes,
        *,
        ts: int | None = None,
        nonce: str | None = None,
        secret: str | None = None,
    ) -> dict[str, str]:
        timestamp = str(ts if ts is not None else int(time.time()))
        nonce = nonce or secrets.token_hex(16)
        canonical = "\n".join([method, target, timestamp, nonce, hashlib.sha256(body).hexdigest()])
        key = (secret or self.secret).encode()
        signature = hmac.new(key, canonical.encode(), hashlib.sha256).hexdigest()
        return {
            "X-Agent-Id": self.id,
            "X-Timestamp": timestamp,
            "X-Nonce": nonce,
            "X-Signature": signature,
            "Content-Type": "application/json",
        }

    def post(self, target: str, payload: Any, **kw: Any) -> httpx.Response:
        body = json.dumps(payload).encode()
        return httpx.post(self.base + target, content=body, headers=self.headers("POST", target, body, **kw))


def enroll(base: str) -> Agent:
    token = httpx.post(f"{base}/api/orgs/org-abc/agents/enroll-tokens", json={"label": "ci"}, headers=OWNER)
    assert token.status_code == 201, token.text
    value = token.json()["token"]
    assert value.startswith("enr_")
    creds = httpx.post(
        f"{base}/agent/enroll",
        json={"hostname": "runner-1", "version": "1.0"},
        headers={"Authorization": f"Bearer {value}"},
    )
    assert creds.status_code == 201, creds.text
    again = httpx.post(f"{base}/agent/enroll", json={}, headers={"Authorization": f"Bearer {value}"})
    assert again.status_code == 401  # single use
    return Agent(base, creds.json()["agentId"], creds.json()["agentSecret"])


def read_events(agent: Agent, out: list[tuple[str, dict[str, Any]]], want: str, done: threading.Event) -> None:
    target = "/agent/stream"
    with httpx.stream("GET", agent.base + target, headers=agent.headers("GET", target, b""), timeout=30) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        event = ""
        for line in r.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                out.append((event, json.loads(line[6:])))
                if event == want:
                    done.set()
                    return


def test_the_whole_flow(base: str) -> None:
    agent = enroll(base)
    report = agent.post("/agent/workflows/report", {"workflows": [{"name": "deploy", "secretsKeys": ["AWS_KEY"]}]})
    assert report.status_code == 200 and report.json() == {"count": 1}
    trigger = httpx.post(
        f"{base}/api/orgs/org-abc/triggers",
        headers=OWNER,
        json={
            "agentId": agent.id,
            "name": "deploy-prod",
            "workflowName": "deploy",
            "type": "webhook",
            "allowedRefs": ["main", "release/*"],
        },
    )
    assert trigger.status_code == 201, trigger.text
    trigger_id = trigger.json()["id"]
    token = httpx.post(
        f"{base}/api/orgs/org-abc/api-tokens",
        headers=OWNER,
        json={"name": "ci", "scopeType": "trigger", "triggerIds": [trigger_id]},
    )
    assert token.status_code == 201, token.text
    plain = token.json()["plainToken"]
    assert plain.startswith("tk_")
    run_headers = {"Authorization": f"Bearer {plain}", "Idempotency-Key": "run-1"}
    run = httpx.post(
        f"{base}/triggers/{trigger_id}/run", headers=run_headers, json={"ref": "release/1.2", "params": {"env": "prod"}}
    )
    assert run.status_code == 202, run.text
    job_id = run.json()["jobId"]
    replay = httpx.post(
        f"{base}/triggers/{trigger_id}/run", headers=run_headers, json={"ref": "release/1.2", "params": {"env": "prod"}}
    )
    assert replay.status_code == 202 and replay.json()["jobId"] == job_id
    conflict = httpx.post(f"{base}/triggers/{trigger_id}/run", headers=run_headers, json={"ref": "main"})
    assert conflict.status_code == 409 and conflict.json()["code"] == "idempotency_key_reused"

    events: list[tuple[str, dict[str, Any]]] = []
    got = threading.Event()
    reader = threading.Thread(target=read_events, args=(agent, events, "job", got))
    reader.start()
    reader.join(20)
    assert got.is_set(), events
    job_event = [data for name, data in events if name == "job"][0]
    assert job_event == {
        "jobId": job_id,
        "workflowName": "deploy",
        "ref": "release/1.2",
        "debug": False,
        "params": {"env": "prod"},
    }
    assert httpx.get(f"{base}/api/jobs/{job_id}", headers=OWNER).json()["status"] == "running"

    lines = [{"seq": i, "stream": "raw", "stepName": "build", "content": f"line {i}"} for i in range(3)]
    up = agent.post(f"/agent/jobs/{job_id}/logs", {"items": lines})
    assert up.status_code == 200 and up.json() == {"accepted": 3, "nextSeq": 3}
    again = agent.post(f"/agent/jobs/{job_id}/logs", {"items": lines[:2]})
    assert again.json() == {"accepted": 0, "nextSeq": 3}  # idempotent by seq
    result = agent.post(f"/agent/jobs/{job_id}/result", {"status": "success", "exitCode": 0, "output": {"url": "x"}})
    assert result.status_code == 200, result.text
    late = agent.post(f"/agent/jobs/{job_id}/logs", {"items": [{**lines[0], "seq": 9}]})
    assert late.status_code == 409 and late.json()["code"] == "job_finished"

    job = httpx.get(f"{base}/api/jobs/{job_id}", headers={"Authorization": f"Bearer {plain}"})
    assert job.status_code == 200 and job.json()["status"] == "success" and job.json()["exitCode"] == 0
    page = httpx.get(f"{base}/api/jobs/{job_id}/logs", params={"sinceSeq": 1, "limit": 1}, headers=OWNER).json()
    assert page == {"items": [lines[1]], "nextSeq": 2}


def test_signature_refusals(base: str) -> None:
    agent = enroll(base)
    beat = {"version": "1.0"}
    assert agent.post("/agent/heartbeat", beat).status_code == 200
    bad = agent.post("/agent/heartbeat", beat, secret="0" * 64)
    assert bad.status_code == 401 and bad.json()["code"] == "invalid_signature"
    stale = agent.post("/agent/heartbeat", beat, ts=int(time.time()) - 301)
    assert stale.status_code == 401 and stale.json()["code"] == "stale_timestamp"
    nonce = secrets.token_hex(16)
    assert agent.post("/agent/heartbeat", beat, nonce=nonce).status_code == 200
    replayed = agent.post("/agent/heartbeat", beat, nonce=nonce)
    assert replayed.status_code == 401 and replayed.json()["code"] == "replayed_nonce"
    unknown = Agent(base, "agt_nobody", "x").post("/agent/heartbeat", beat)
    assert unknown.status_code == 401 and unknown.json()["code"] == "unknown_agent"
    assert httpx.delete(f"{base}/api/agents/{agent.id}", headers=MEMBER).status_code == 403
    assert httpx.delete(f"{base}/api/agents/{agent.id}", headers=OWNER).status_code == 204
    revoked = agent.post("/agent/heartbeat", beat)
    assert revoked.status_code == 401 and revoked.json()["code"] == "agent_revoked"


def test_run_refusals(base: str) -> None:
    agent = enroll(base)
    make = {"agentId": agent.id, "name": "t", "workflowName": "deploy", "type": "webhook", "allowedRefs": ["release/*"]}
    assert httpx.post(f"{base}/api/orgs/org-abc/triggers", headers=MEMBER, json=make).status_code == 403
    first = httpx.post(f"{base}/api/orgs/org-abc/triggers", headers=OWNER, json=make).json()["id"]
    second = httpx.post(
        f"{base}/api/orgs/org-abc/triggers", headers=OWNER, json={**make, "allowedRefs": [], "responseMode": "sync"}
    ).json()["id"]
    token = httpx.post(
        f"{base}/api/orgs/org-abc/api-tokens",
        headers=OWNER,
        json={"name": "narrow", "scopeType": "trigger", "triggerIds": [first], "rateLimitPerMinute": 2},
    ).json()
    auth = {"Authorization": f"Bearer {token['plainToken']}"}
    wrong_ref = httpx.post(f"{base}/triggers/{first}/run", headers=auth, json={"ref": "main"})
    assert wrong_ref.status_code == 422 and wrong_ref.json()["code"] == "ref_not_allowed"
    scope = httpx.post(f"{base}/triggers/{second}/run", headers=auth, json={})
    assert scope.status_code == 403 and scope.json()["code"] == "token_out_of_scope"
    for _ in range(2):
        assert httpx.post(f"{base}/triggers/{first}/run", headers=auth, json={"ref": "release/x"}).status_code == 202
    limited = httpx.post(f"{base}/triggers/{first}/run", headers=auth, json={"ref": "release/x"})
    assert limited.status_code == 429 and limited.json()["retryAfter"] >= 1
    assert limited.headers["retry-after"] == str(limited.json()["retryAfter"])
    rotated = httpx.post(f"{base}/api/orgs/org-abc/api-tokens/{token['id']}/rotate", headers=OWNER).json()
    assert httpx.post(f"{base}/triggers/{first}/run", headers=auth, json={}).status_code == 401
    assert rotated["plainToken"] != token["plainToken"]
    wide = httpx.post(f"{base}/api/orgs/org-abc/api-tokens", headers=OWNER, json={"name": "wide"}).json()
    sync = httpx.post(
        f"{base}/triggers/{second}/run", headers={"Authorization": f"Bearer {wide['plainToken']}"}, json={}
    )
    assert sync.status_code == 202 and sync.json()["status"] == "queued"  # nobody ran it within the wait


def test_slack_signature_and_challenge(base: str) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "abc123"}).encode()
    ts = str(int(time.time()))
    good = "v0=" + hmac.new(SLACK_SECRET, b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    headers = {"X-Slack-Request-Timestamp": ts, "Content-Type": "application/json"}
    ok = httpx.post(f"{base}/api/slack/events", content=body, headers={**headers, "X-Slack-Signature": good})
    assert ok.status_code == 200 and ok.json() == {"challenge": "abc123"}
    bad = httpx.post(f"{base}/api/slack/events", content=body, headers={**headers, "X-Slack-Signature": "v0=00"})
    assert bad.status_code == 401 and bad.json()["code"] == "invalid_signature"
    url = httpx.get(f"{base}/api/orgs/org-abc/slack/install-url", headers=OWNER).json()["url"]
    state = url.split("state=")[1]
    assert httpx.get(f"{base}/api/slack/oauth/callback", params={"code": "c", "state": "nope"}).status_code == 400
    done = httpx.get(f"{base}/api/slack/oauth/callback", params={"code": "c", "state": state})
    assert done.status_code == 302
    assert len(httpx.get(f"{base}/api/orgs/org-abc/slack/installations", headers=OWNER).json()) == 1


def test_presigned_files(base: str) -> None:
    made = httpx.post(
        f"{base}/api/orgs/org-abc/files/presign-upload",
        headers=OWNER,
        json={"fileName": "a.txt", "contentType": "text/plain", "size": 5},
    )
    assert made.status_code == 201, made.text
    upload = made.json()
    file_id = upload["fileId"]
    early = httpx.post(f"{base}/api/orgs/org-abc/files/{file_id}/complete", headers=OWNER)
    assert early.status_code == 409 and early.json()["code"] == "upload_incomplete"
    tampered = upload["uploadUrl"].replace("signature=", "signature=0")
    assert httpx.put(tampered, content=b"hello").status_code == 403
    assert httpx.put(upload["uploadUrl"], content=b"hello").status_code == 200
    assert httpx.post(f"{base}/api/orgs/org-abc/files/{file_id}/complete", headers=OWNER).json()["state"] == "uploaded"
    url = httpx.get(f"{base}/api/orgs/org-abc/files/{file_id}/download-url", headers=OWNER).json()["url"]
    assert httpx.get(url).content == b"hello"


def test_routes_follow_each_operations_server(base: str) -> None:
    # The user API lives under /api (the document's server); the agent API and the run endpoint at the root.
    assert httpx.get(f"{base}/orgs/org-abc/triggers", headers=OWNER).status_code == 404
    assert httpx.get(f"{base}/api/orgs/org-abc/triggers", headers=OWNER).status_code == 200
    assert httpx.post(f"{base}/api/agent/enroll", json={}).status_code == 404


def test_stream_sends_refresh_and_ping(base: str) -> None:
    agent = enroll(base)
    target = "/agent/stream"
    with httpx.stream("GET", base + target, headers=agent.headers("GET", target, b""), timeout=30) as stream:
        lines = stream.iter_lines()
        assert next(lines) == ": connected"
        refresh = httpx.post(f"{base}/api/agents/{agent.id}/workflows/refresh", headers=OWNER)
        assert refresh.status_code == 202 and refresh.json() == {"agentId": agent.id, "delivered": True}
        seen: list[str] = []
        for line in lines:
            if line.startswith("event: "):
                seen.append(line[7:])
            if "refresh" in seen and "ping" in seen:
                break
    assert seen.index("refresh") < seen.index("ping")  # the refresh comes at once, pings when idle


def test_workflow_rate_limit(base: str) -> None:
    agent = enroll(base)
    agent.post("/agent/workflows/report", {"workflows": [{"name": "build", "secretsKeys": []}]})
    limits = {"rateLimitPerMinute": 1, "rateLimitPerHour": None}
    missing = httpx.patch(f"{base}/api/agents/{agent.id}/workflows/nope/rate-limit", json=limits, headers=OWNER)
    assert missing.status_code == 422 and missing.json()["code"] == "workflow_not_found"
    assert (
        httpx.patch(f"{base}/api/agents/{agent.id}/workflows/build/rate-limit", json=limits, headers=MEMBER).status_code
        == 403
    )
    set_limit = httpx.patch(f"{base}/api/agents/{agent.id}/workflows/build/rate-limit", json=limits, headers=OWNER)
    assert set_limit.status_code == 200 and set_limit.json()["rateLimitPerMinute"] == 1
    trigger = httpx.post(
        f"{base}/api/orgs/org-abc/triggers",
        headers=OWNER,
        json={"agentId": agent.id, "name": "b", "workflowName": "build", "type": "manual"},
    ).json()["id"]
    assert httpx.post(f"{base}/api/triggers/{trigger}/run-manual", headers=MEMBER, json={}).status_code == 202
    limited = httpx.post(f"{base}/api/triggers/{trigger}/run-manual", headers=MEMBER, json={})
    assert limited.status_code == 429 and limited.json()["code"] == "rate_limited"
    assert 1 <= limited.json()["retryAfter"] <= 60


def test_command_line_refusals(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("organisation: {id: org-x, name: X}\nusers: [{token: t, id: u, role: boss, name: N, email: e}]\n")
    run = [sys.executable, "-m", "reference_server", "--api", "deplite", "--port", "0"]
    fixture = subprocess.run(
        [*run, "--db", "sqlite://", "--fixtures", str(bad)], cwd=ROOT, capture_output=True, text=True
    )
    assert fixture.returncode == 2 and "users[0].role must be one of" in fixture.stderr
    assert "Traceback" not in fixture.stderr
    workers = subprocess.run(
        [*run, "--db", str(tmp_path / "w.db"), "--workers", "2"], cwd=ROOT, capture_output=True, text=True
    )
    assert workers.returncode == 2 and "use --workers 1" in workers.stderr


def test_sync_run_answers_with_the_result(tmp_path: Path) -> None:
    """responseMode sync: the run call returns 200 with the job's result once the agent posts it."""
    with serve(f"sqlite:///{tmp_path / 'sync.sqlite3'}", tmp_path, sync_wait=120) as url:
        agent = enroll(url)
        trigger = httpx.post(
            f"{url}/api/orgs/org-abc/triggers",
            headers=OWNER,
            json={"agentId": agent.id, "name": "s", "workflowName": "w", "type": "webhook", "responseMode": "sync"},
        ).json()["id"]
        token = httpx.post(f"{url}/api/orgs/org-abc/api-tokens", headers=OWNER, json={"name": "s"}).json()
        answers: list[httpx.Response] = []
        caller = threading.Thread(
            target=lambda: answers.append(
                httpx.post(
                    f"{url}/triggers/{trigger}/run",
                    headers={"Authorization": f"Bearer {token['plainToken']}"},
                    json={"params": {"a": "b"}},
                    timeout=130,
                )
            )
        )
        caller.start()
        events: list[tuple[str, dict[str, Any]]] = []
        got = threading.Event()
        read_events(agent, events, "job", got)
        job_id = [data for name, data in events if name == "job"][0]["jobId"]
        done = agent.post(f"/agent/jobs/{job_id}/result", {"status": "failed", "exitCode": 3, "output": {"why": "x"}})
        assert done.status_code == 200, done.text
        caller.join(130)
        assert answers and answers[0].status_code == 200, answers
        assert answers[0].json() == {"jobId": job_id, "status": "failed", "exitCode": 3, "output": {"why": "x"}}

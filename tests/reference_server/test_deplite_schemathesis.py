"""Schemathesis runs ``spec/deplite/openapi.yaml`` against a live ``python -m reference_server --api deplite``.

As ``test_http_schemathesis.py`` does for AxHub: the real command with ``--validate-responses`` (a
nonconforming response is a 500 there, and its log must show none), every one-request check, and
valid cases pointed at real objects (an enrolled agent with a reported workflow, a trigger, a job,
an API token, a file) so that they reach the domain.

Each case goes to its operation's own server path (``/api`` for the user API, the root for the run
endpoint and the agent API). Agent calls are signed as the ``agentSignature`` scheme says and Slack
calls with Slack's v0 signature, by a ``requests`` auth hook over the bytes actually sent; for those
the ``ignored_auth`` and ``missing_required_header`` checks are left out (a signer would add back the
header such a check removes; the unsigned refusals are tested in ``test_deplite_flow.py``), and
negative cases go unsigned (refused with 401).

Not fuzzed: ``openAgentStream`` (an endless event stream; ``test_deplite_flow.py`` reads it).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    allow_header_conformance,
    content_type_conformance,
    ignored_auth,
    missing_required_header,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)

from reference_server.http.spec import build_api_spec

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "deplite" / "openapi.yaml"
MAX_EXAMPLES = 15
CONFIG = SchemathesisConfig.from_str(
    """
[generation]
allow-x00 = false

[checks]
positive_data_acceptance.expected-statuses = ["2xx", "3xx", "400", "401", "403", "404", "409", "422", "429"]
"""
)
SERVER_PATHS = {op_id: op.server_path for op_id, op in build_api_spec(SPEC).operations.items()}
SIGNED = {"sendAgentHeartbeat", "reportAgentWorkflows", "uploadJobLogs", "submitJobResult"}
SLACK = {"receiveSlackEvent", "receiveSlackCommand"}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
    positive_data_acceptance,
    missing_required_header,
    unsupported_method,
    allow_header_conformance,
    ignored_auth,
]
SLACK_SECRET = b"deplite-demo-slack-signing-secret"
WORLD: dict[str, Any] = {}
STATUSES: list[tuple[str, int]] = []

schema = schemathesis.openapi.from_path(SPEC, config=CONFIG).exclude(operation_id="openAgentStream")


class AgentSigner(requests.auth.AuthBase):
    def __init__(self, agent_id: str, secret: str) -> None:
        self.agent_id, self.secret = agent_id, secret

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode()
        timestamp, nonce = str(int(time.time())), secrets.token_hex(16)
        canonical = "\n".join(
            [str(request.method), str(request.path_url), timestamp, nonce, hashlib.sha256(body).hexdigest()]
        )
        signature = hmac.new(self.secret.encode(), canonical.encode(), hashlib.sha256).hexdigest()
        request.headers.update(
            {"X-Agent-Id": self.agent_id, "X-Timestamp": timestamp, "X-Nonce": nonce, "X-Signature": signature}
        )
        return request


class SlackSigner(requests.auth.AuthBase):
    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode()
        timestamp = str(int(time.time()))
        base = b"v0:" + timestamp.encode() + b":" + body
        request.headers["X-Slack-Request-Timestamp"] = timestamp
        request.headers["X-Slack-Signature"] = "v0=" + hmac.new(SLACK_SECRET, base, hashlib.sha256).hexdigest()
        return request


def _make_world(url: str) -> dict[str, Any]:
    """An enrolled agent with a reported workflow, a trigger, a job, an API token and an uploaded file."""
    owner = {"Authorization": "Bearer tok_owner"}
    api = f"{url}/api"
    enr = httpx.post(f"{api}/orgs/org-abc/agents/enroll-tokens", json={"label": "fuzz"}, headers=owner).json()
    creds = httpx.post(f"{url}/agent/enroll", json={}, headers={"Authorization": f"Bearer {enr['token']}"}).json()
    signer = AgentSigner(creds["agentId"], creds["agentSecret"])
    report = json.dumps({"workflows": [{"name": "deploy", "secretsKeys": []}]}).encode()
    requests.post(
        f"{url}/agent/workflows/report", data=report, auth=signer, headers={"Content-Type": "application/json"}
    )
    trigger = httpx.post(
        f"{api}/orgs/org-abc/triggers",
        headers=owner,
        json={"agentId": creds["agentId"], "name": "t", "workflowName": "deploy", "type": "webhook"},
    ).json()
    token = httpx.post(f"{api}/orgs/org-abc/api-tokens", headers=owner, json={"name": "fuzz"}).json()
    job = httpx.post(f"{api}/triggers/{trigger['id']}/run-manual", headers=owner, json={}).json()
    upload = httpx.post(
        f"{api}/orgs/org-abc/files/presign-upload",
        headers=owner,
        json={"fileName": "f.txt", "contentType": "text/plain", "size": 2},
    ).json()
    httpx.put(upload["uploadUrl"], content=b"hi")
    return {
        "signer": signer,
        "plain": token["plainToken"],
        "ids": {
            "orgId": ["org-abc"],
            "agentId": [creds["agentId"]],
            "triggerId": [trigger["id"]],
            "jobId": [job["jobId"]],
            "tokenId": [token["id"]],
            "fileId": [upload["fileId"]],
            "workflowName": ["deploy"],
        },
    }


def _populate(url: str) -> None:
    """Two worlds: DELETE cases (revoke the agent, delete the trigger...) get the second, so that the
    first stays whole for every other case."""
    WORLD.update(_make_world(url))
    WORLD["victims"] = _make_world(url)["ids"]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("deplite-schemathesis")
    ready, log_path = tmp / "ready.json", tmp / "server.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DEPLITE_SYNC_WAIT_SECONDS": "0.2"}
    command = [
        sys.executable, "-m", "reference_server", "--api", "deplite", "--port", "0",
        "--db", f"sqlite:///{tmp / 'deplite.sqlite3'}", "--validate-responses", "--no-access-log",
        "--log-level", "warning", "--ready-file", str(ready),
    ]  # fmt: skip
    with log_path.open("wb") as log:
        proc = subprocess.Popen(command, cwd=tmp, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        while not ready.exists():
            if proc.poll() is not None:
                raise RuntimeError(f"the server did not start:\n{log_path.read_text(errors='replace')}")
            time.sleep(0.05)
        url = str(json.loads(ready.read_text())["url"])
        _populate(url)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    output = log_path.read_text(errors="replace")
    assert "does not conform" not in output and "Traceback" not in output, output[-5000:]


def _point_at_world(case: Any) -> None:
    ids = WORLD["victims"] if case.method.upper() == "DELETE" else WORLD["ids"]
    for name, value in list(case.path_parameters.items()):
        pool = ids.get(name)
        if pool:
            case.path_parameters[name] = pool[zlib.crc32(repr(value).encode()) % len(pool)]
    if isinstance(case.query, dict):
        case.query.pop("cursor", None)  # opaque: only the server issues cursors
    if isinstance(case.body, dict) and "agentId" in case.body:
        case.body["agentId"] = WORLD["ids"]["agentId"][0]


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)
def test_spec_against_server(case: Any, served: str) -> None:
    op_id = case.operation.definition.raw["operationId"]
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if positive:
        _point_at_world(case)
    base = served + SERVER_PATHS[op_id]
    kwargs: dict[str, Any] = {}
    excluded: list[Any] = []
    headers: dict[str, str] = {}
    if op_id in SIGNED | SLACK:
        # Signed over the bytes sent, for valid cases only: a signer would put back a signature header
        # that a negative case (or missing_required_header) took away on purpose; unsigned, those get 401.
        excluded = [ignored_auth, missing_required_header]
        if positive:
            kwargs["auth"] = WORLD["signer"] if op_id in SIGNED else SlackSigner()
    elif op_id == "runTrigger":
        headers["Authorization"] = f"Bearer {WORLD['plain']}"
    elif op_id != "slackOauthCallback":
        headers["Authorization"] = "Bearer tok_owner"
    response = case.call_and_validate(
        base_url=base, headers=headers, checks=CHECKS, excluded_checks=excluded, timeout=30, **kwargs
    )
    STATUSES.append((op_id, response.status_code))


def test_fuzzing_reached_the_domain() -> None:
    if len({label for label, _ in STATUSES}) < 20:
        pytest.skip("run together with test_spec_against_server")
    succeeded = {label for label, status in STATUSES if 200 <= status < 400}
    labels = {label for label, _ in STATUSES}
    print(f"operations with a 2xx/3xx: {len(succeeded)} of {len(labels)}; without: {sorted(labels - succeeded)}")
    assert len(succeeded) >= len(labels) * 3 // 4, sorted(labels - succeeded)

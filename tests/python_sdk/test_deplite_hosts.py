"""The generated Deplite client's second host and signing options (issue 19), over respx: the
`agent_base_url` argument (else DEPLITE_AGENT_BASE_URL, else the spec's default), checked when the
client is built; every surface (resource method, seed method, request by operationId) sends an
agent operation to the agent host, signed, and a user operation to base_url."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import respx

DEPLITE_SDK = Path(__file__).resolve().parents[2] / "sdks" / "deplite" / "python"
if str(DEPLITE_SDK) not in sys.path:
    sys.path.insert(0, str(DEPLITE_SDK))

import deplite  # noqa: E402

RUN = {"jobId": "job_1", "status": "queued", "statusUrl": "/api/jobs/job_1"}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TOKEN", "BASE_URL", "AGENT_BASE_URL", "SIGNING_KEY_ID", "SIGNING_SECRET"):
        monkeypatch.delenv(f"DEPLITE_{name}", raising=False)


def test_the_agent_host_from_argument_environment_and_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert deplite.DepliteClient(token="t").host_base_urls == {"agent": "https://api.deplite.io"}
    assert deplite.DepliteClient(token="t").base_url == "https://app.deplite.io/api"
    monkeypatch.setenv("DEPLITE_AGENT_BASE_URL", "http://127.0.0.1:8080/")
    assert deplite.AsyncDepliteClient(token="t").host_base_urls == {"agent": "http://127.0.0.1:8080"}
    given = deplite.DepliteClient(token="t", agent_base_url="https://agents.example")
    assert given.host_base_urls == {"agent": "https://agents.example"}


def test_with_options_moves_a_host() -> None:
    client = deplite.DepliteClient("https://app.example/api", token="t")
    moved = client.with_options(agent_base_url="https://agents.example/", max_retries=1)
    assert isinstance(moved, deplite.DepliteClient)
    assert moved.host_base_urls == {"agent": "https://agents.example"} and moved.max_retries == 1
    assert client.host_base_urls == {"agent": "https://api.deplite.io"}  # the original is unchanged
    assert client.with_options(timeout=3).host_base_urls == client.host_base_urls
    with pytest.raises(deplite.InvalidArgumentError, match="agent_base_url"):
        client.with_options(agent_base_url="ftp://agents.example")


@pytest.mark.parametrize("url", ["ftp://agents.example", "localhost:8080", "/agent"])
def test_a_bad_agent_base_url_is_refused_when_built(url: str) -> None:
    with pytest.raises(deplite.InvalidArgumentError, match="agent_base_url"):
        deplite.DepliteClient(token="t", agent_base_url=url)
    with pytest.raises(deplite.InvalidArgumentError, match="agent_base_url"):
        deplite.AsyncDepliteClient(token="t", agent_base_url=url)


def test_signing_key_and_secret_go_together() -> None:
    with pytest.raises(deplite.InvalidArgumentError, match="go together"):
        deplite.DepliteClient(signing_key_id="agt_1")


@respx.mock
def test_every_surface_sends_to_the_operations_host() -> None:
    run = respx.post("https://agents.example/triggers/trg_1/run").respond(202, json=RUN)
    beat = respx.post("https://agents.example/agent/heartbeat").respond(200, json={"ok": True})
    job = respx.get("https://app.example/api/jobs/job_1").respond(404, json={
        "statusCode": 404, "code": "not_found", "message": "no job"})
    client = deplite.DepliteClient("https://app.example/api", agent_base_url="https://agents.example",
                                   token="tk_1", signing_key_id="agt_1", signing_secret="s3cret", max_retries=0)
    client.triggers.run("trg_1", ref="main")
    client.triggers.run_trigger({"triggerId": "trg_1"}, None, {"ref": "main"})
    client.request("runTrigger", {"triggerId": "trg_1"}, None, {"ref": "main"})
    assert run.call_count == 3
    assert all(c.request.headers["authorization"] == "Bearer tk_1" for c in run.calls)
    client.agent.heartbeat(version="1")
    signed = beat.calls.last.request
    assert signed.headers["x-agent-id"] == "agt_1" and len(signed.headers["x-signature"]) == 64
    assert "authorization" not in signed.headers
    with pytest.raises(deplite.NotFoundError):
        client.jobs.get("job_1")
    assert job.called


def test_the_signer_is_public() -> None:
    signer = deplite.RequestSigner(deplite.AGENT_SIGNATURE, "agt_1", "ags_test_secret",
                                   clock=lambda: 1_700_000_000, nonce=lambda n: bytes.fromhex(
                                       "00112233445566778899aabbccddeeff"))
    headers = signer.sign("GET", "/agent/stream")
    assert headers["X-Signature"] == "86ad7ec66cd0e160e5f79a19cb087817b1e253a22d3d152ca5c175b5b1a12d99"

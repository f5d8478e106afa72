"""Named hosts and request signatures, driven by descriptor data (issue 19): the shared test
vectors, the host each operation goes to (argument, environment, default), signing on every
attempt with a fresh nonce, a bearer token beside a signing key, redaction, and bad options."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import inspect
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fakeapi._runtime import (
    AsyncClient,
    AsyncClientOptions,
    ClientChanges,
    InvalidArgumentError,
    Operation,
    Param,
    RequestSigner,
    SecurityScheme,
    Signature,
    SyncClient,
    SyncClientOptions,
)
from fakeapi._runtime.base_client import BaseClient

SECRET = "ags_test_secret"
NONCE = bytes.fromhex("00112233445566778899aabbccddeeff")
AGENT = Signature(key_id_header="X-Agent-Id", timestamp_header="X-Timestamp", nonce_header="X-Nonce",
                  signature_header="X-Signature")
SIGNED = SecurityScheme("agentSignature", kind="apiKey", location="header", parameter_name="X-Signature",
                        signature=AGENT)
BEARER = SecurityScheme("userJwt", kind="http", scheme="bearer")
OPERATIONS = {
    "submitResult": Operation(
        "submitResult", "POST", "/agent/jobs/{jobId}/result",
        params=(Param("jobId", "path", required=True), Param("x", "query")),
        request_content_type="application/json", responses={"200": Any}, security=(SIGNED,), host="agent",
    ),
    "stream": Operation("stream", "GET", "/agent/stream", responses={"200": Any}, security=(SIGNED,),
                        host="agent"),
    "getJob": Operation("getJob", "GET", "/jobs/{jobId}", params=(Param("jobId", "path", required=True),),
                        responses={"200": Any}, security=(BEARER,)),
}


class Signed(SyncClient):
    OPERATIONS = OPERATIONS
    DEFAULT_BASE_URL = "https://app.example.test/api"
    HOSTS = {"agent": "https://agent.example.test"}
    ENV_PREFIX = "SIGTEST"


class AsyncSigned(AsyncClient):
    OPERATIONS = OPERATIONS
    DEFAULT_BASE_URL = "https://app.example.test/api"
    HOSTS = {"agent": "https://agent.example.test"}
    ENV_PREFIX = "SIGTEST"


def fixed_signer(signature: Signature = AGENT) -> RequestSigner:
    return RequestSigner(signature, "agt_1", SECRET, clock=lambda: 1_700_000_000.0, nonce=lambda n: NONCE[:n])


def test_the_shared_vectors() -> None:
    body = b'{"status":"success","exitCode":0}'
    headers = fixed_signer().sign("POST", "/agent/jobs/job_1/result?x=1", body)
    assert headers == {
        "X-Agent-Id": "agt_1",
        "X-Timestamp": "1700000000",
        "X-Nonce": "00112233445566778899aabbccddeeff",
        "X-Signature": "9f4e429577a950aa381b15a00e191ba85e2faf95a1b989fd5f1ff0d775e0a1f6",
    }
    b64 = Signature(**{**AGENT.__dict__, "encoding": "base64"})
    signed = fixed_signer(b64).sign("post", "/agent/jobs/job_1/result?x=1", body.decode())
    assert signed["X-Signature"] == "n05ClXepUKo4GxWgDhkbqF4vr5WhuYn9Xx/w13XgofY="
    got = fixed_signer().sign("GET", "/agent/stream")
    assert got["X-Signature"] == "86ad7ec66cd0e160e5f79a19cb087817b1e253a22d3d152ca5c175b5b1a12d99"
    # explicit timestamp and nonce win over the clock and the random source
    again = fixed_signer().sign("GET", "/agent/stream", b"", timestamp=1_700_000_000,
                                nonce="00112233445566778899aabbccddeeff")
    assert again == got


def test_signer_refuses_bad_input() -> None:
    with pytest.raises(InvalidArgumentError, match="secret"):
        RequestSigner(AGENT, "agt_1", "")
    with pytest.raises(InvalidArgumentError, match="target"):
        fixed_signer().sign("GET", "agent/stream")
    with pytest.raises(InvalidArgumentError, match="body"):
        fixed_signer().sign("POST", "/x", {"a": 1})  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="algorithm"):
        Signature("a", "b", "c", "d", algorithm="md5")
    assert SECRET not in repr(fixed_signer())


class Recorder:
    """An httpx transport that answers from a list of statuses and keeps every request."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses) or [200]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return httpx.Response(status, json={"ok": True})


def expected(request: httpx.Request, secret: str = SECRET) -> str:
    canonical = "\n".join([request.method, request.url.raw_path.decode(), request.headers["x-timestamp"],
                           request.headers["x-nonce"], hashlib.sha256(request.content).hexdigest()])
    return hmac.new(secret.encode(), canonical.encode(), hashlib.sha256).hexdigest()


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("TOKEN", "BASE_URL", "AGENT_BASE_URL", "SIGNING_KEY_ID", "SIGNING_SECRET", "LOG"):
        monkeypatch.delenv(f"SIGTEST_{name}", raising=False)
    yield


def make(recorder: Recorder, **options: Any) -> Signed:
    return Signed(http_client=httpx.Client(transport=httpx.MockTransport(recorder)), sleep=lambda s: None,
                  jitter=lambda: 0.0, **options)


def test_each_operation_goes_to_its_host_and_is_signed_when_its_security_says() -> None:
    recorder = Recorder()
    client = make(recorder, token="tok_user", signing_key_id="agt_1", signing_secret=SECRET)
    client.request("submitResult", {"jobId": "job_1"}, {"x": 1}, {"status": "success", "exitCode": 0})
    client.request("getJob", {"jobId": "job_1"})
    signed, user = recorder.requests
    assert str(signed.url) == "https://agent.example.test/agent/jobs/job_1/result?x=1"
    assert signed.headers["x-agent-id"] == "agt_1"
    assert len(signed.headers["x-nonce"]) == 32
    assert signed.headers["x-signature"] == expected(signed)
    assert "authorization" not in signed.headers  # the operation accepts only the signature
    assert str(user.url) == "https://app.example.test/api/jobs/job_1"
    assert user.headers["authorization"] == "Bearer tok_user"
    assert "x-signature" not in user.headers


def test_every_attempt_is_signed_afresh() -> None:
    recorder = Recorder(503, 503, 200)
    clock = iter([1_700_000_000.0, 1_700_000_001.0, 1_700_000_002.0, 1_700_000_003.0, 1_700_000_004.0])
    client = make(recorder, signing_key_id="agt_1", signing_secret=SECRET, wall_clock=lambda: next(clock))
    client.request("stream")
    assert len(recorder.requests) == 3
    nonces = {r.headers["x-nonce"] for r in recorder.requests}
    assert len(nonces) == 3
    assert len({r.headers["x-timestamp"] for r in recorder.requests}) == 3
    assert all(r.headers["x-signature"] == expected(r) for r in recorder.requests)


def test_injected_nonce_gives_the_vector_through_the_client() -> None:
    recorder = Recorder()
    client = make(recorder, signing_key_id="agt_1", signing_secret=SECRET, wall_clock=lambda: 1_700_000_000.0,
                  signing_nonce=lambda n: NONCE[:n])
    client.request("stream")
    assert recorder.requests[0].headers["x-signature"] == (
        "86ad7ec66cd0e160e5f79a19cb087817b1e253a22d3d152ca5c175b5b1a12d99")


def test_without_a_signing_key_nothing_is_signed() -> None:
    recorder = Recorder()
    make(recorder, token="tok").request("stream")
    assert "x-signature" not in recorder.requests[0].headers
    assert "authorization" not in recorder.requests[0].headers


def test_hosts_from_argument_environment_and_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert make(Recorder(), token="").host_base_urls == {"agent": "https://agent.example.test"}
    monkeypatch.setenv("SIGTEST_AGENT_BASE_URL", "http://127.0.0.1:9/")
    assert make(Recorder(), token="").host_base_urls == {"agent": "http://127.0.0.1:9"}
    client = make(Recorder(), token="", host_base_urls={"agent": "http://localhost:8080"})
    assert client.host_base_urls == {"agent": "http://localhost:8080"}
    moved = client.with_options(host_base_urls={"agent": "https://other.test"})
    assert moved.host_base_urls == {"agent": "https://other.test"} and moved.base_url == client.base_url
    monkeypatch.setenv("SIGTEST_AGENT_BASE_URL", "localhost:8080")
    with pytest.raises(InvalidArgumentError, match="SIGTEST_AGENT_BASE_URL"):
        make(Recorder(), token="")


def test_a_signing_key_alone_is_a_credential_and_none_at_all_is_refused() -> None:
    make(Recorder(), signing_key_id="agt_1", signing_secret=SECRET)
    with pytest.raises(InvalidArgumentError, match="none were given"):
        make(Recorder())


def test_bad_host_and_signing_options_are_refused_at_build() -> None:
    with pytest.raises(InvalidArgumentError, match="agent_base_url"):
        make(Recorder(), host_base_urls={"agent": "ftp://x.test"})
    with pytest.raises(InvalidArgumentError, match="unknown host 'agnet'"):
        make(Recorder(), host_base_urls={"agnet": "https://x.test"})
    with pytest.raises(InvalidArgumentError, match="go together"):
        make(Recorder(), signing_key_id="agt_1")
    with pytest.raises(InvalidArgumentError, match="signing_secret must be a string"):
        make(Recorder(), signing_key_id="agt_1", signing_secret=b"x")


def test_signing_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGTEST_SIGNING_KEY_ID", "agt_env")
    monkeypatch.setenv("SIGTEST_SIGNING_SECRET", "env_secret")
    recorder = Recorder()
    make(recorder).request("stream")
    request = recorder.requests[0]
    assert request.headers["x-agent-id"] == "agt_env"
    assert request.headers["x-signature"] == expected(request, "env_secret")
    recorder = Recorder()  # explicit arguments win
    make(recorder, signing_key_id="agt_1", signing_secret=SECRET).request("stream")
    assert recorder.requests[0].headers["x-agent-id"] == "agt_1"


def test_debug_hooks_never_see_the_secret_or_the_signature() -> None:
    seen: list[httpx.Request] = []
    make(Recorder(), signing_key_id="agt_1", signing_secret=SECRET, on_request=seen.append).request("stream")
    (shown,) = seen
    assert shown.headers["x-signature"] != expected(shown) and shown.headers["x-agent-id"] == "agt_1"
    assert SECRET not in repr(make(Recorder(), signing_key_id="agt_1", signing_secret=SECRET)._credentials)


def test_async_client_signs_and_routes_too() -> None:
    recorder = Recorder()

    async def main() -> None:
        client = AsyncSigned(http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)),
                             signing_key_id="agt_1", signing_secret=SECRET)
        await client.request("submitResult", {"jobId": "j"}, None, {"status": "failed"})
        await client.close()

    asyncio.run(main())
    (request,) = recorder.requests
    assert str(request.url) == "https://agent.example.test/agent/jobs/j/result"
    assert json.loads(request.content) == {"status": "failed"}
    assert request.headers["x-signature"] == expected(request)


@pytest.mark.parametrize("options", [SyncClientOptions, AsyncClientOptions])
def test_client_options_list_every_keyword_of_the_constructor(options: type) -> None:
    keywords = {name for name, p in inspect.signature(BaseClient.__init__).parameters.items()
                if p.kind is inspect.Parameter.KEYWORD_ONLY}
    assert set(options.__annotations__) | set(options.__optional_keys__) == keywords - {"host_base_urls"}


def test_client_changes_list_every_keyword_of_with_options() -> None:
    keywords = {name for name, p in inspect.signature(BaseClient.with_options).parameters.items()
                if p.kind is inspect.Parameter.KEYWORD_ONLY}
    assert set(ClientChanges.__annotations__) == keywords


def test_a_stop_iteration_from_the_transport_is_not_taken_for_the_end_of_the_call() -> None:
    """A mock transport whose answers ran out raised StopIteration; the call returned None."""
    def exhausted(request: httpx.Request) -> httpx.Response:
        raise StopIteration

    client = Signed(http_client=httpx.Client(transport=httpx.MockTransport(exhausted)), token="t")
    with pytest.raises(StopIteration):
        client.request("getJob", {"jobId": "j"})

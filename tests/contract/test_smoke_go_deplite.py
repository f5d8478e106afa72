"""Smoke test of the Deplite Go SDK against the live Deplite reference server, both sides.

runners/go/deplite/smoke_test.go (``go test``; the clients take the user API from
``DEPLITE_BASE_URL`` = the server's ``/api`` and the agent API from ``DEPLITE_AGENT_BASE_URL`` = its
root, as the SDK's NewClient reads them): the owner makes an enrollment token, an agent enrolls with
it, reports its workflows signed (WithSigningKey), the owner creates a trigger and an API token, CI
runs the trigger with an Idempotency-Key (replayed), the agent takes the job from its signed event
stream, uploads logs and the result, the owner waits for the job (the job waiter) and reads its
logs auto-paged (LogsAutoPaging). Refusals, each the SDK's typed error with the server's code: the
Idempotency-Key with another body (*ConflictError), a ref outside allowedRefs
(*UnprocessableEntityError), a wrong secret and a lagging clock (*AuthenticationError,
invalid_signature and stale_timestamp); a request signed by hand with NewAgentSignatureSigner is
accepted, and its nonce sent again is refused as replayed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from contract_lib import ROOT, RefServer

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.sdk_go.gotool import output, run_go  # noqa: E402

GO_RUNNER = Path(__file__).resolve().parent / "runners" / "go"


def test_typed_go_deplite(deplite_server: RefServer, monkeypatch: pytest.MonkeyPatch) -> None:
    deplite_server.reset()
    monkeypatch.setenv("DEPLITE_BASE_URL", deplite_server.base_url + "/api")
    monkeypatch.setenv("DEPLITE_AGENT_BASE_URL", deplite_server.base_url)
    for name in ("DEPLITE_TOKEN", "DEPLITE_SIGNING_KEY_ID", "DEPLITE_SIGNING_SECRET", "DEPLITE_LOG"):
        monkeypatch.delenv(name, raising=False)
    result = run_go(["test", "-count=1", "-v", "./deplite/"], cwd=GO_RUNNER)
    assert result.returncode == 0, f"{output(result)}\n--- server log ---\n{deplite_server.log_tail()}"
    assert "--- PASS: TestDepliteFlow" in result.stdout, output(result)

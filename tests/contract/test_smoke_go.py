"""Smoke test of the Go SDK's resource methods against the live reference server, as a user writes it.

runners/go/smoke/smoke_test.go (``go test``; the client takes the server from ``AXHUB_BASE_URL``,
as the SDK's NewClient reads it): trigger a deployment of shop (Deployments().Trigger), get it,
wait until it succeeded (Deployments().WaitFor), read its logs (Deployments().LogsAutoPaging,
Logs one page at a time, FollowLogs), roll production back to it (Rollback), list releases
(Deployments().Lifecycle().Releases), cancel a second one (EmptyResult), read a member's 403
(*PermissionDeniedError with its Code), and see a closed client refuse a call.
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


def test_typed_go(refserver: RefServer, monkeypatch: pytest.MonkeyPatch) -> None:
    refserver.reset()
    monkeypatch.setenv("AXHUB_BASE_URL", refserver.base_url)
    result = run_go(["test", "-count=1", "-v", "./smoke/"], cwd=GO_RUNNER)
    assert result.returncode == 0, f"{output(result)}\n--- server log ---\n{refserver.log_tail()}"
    assert "--- PASS: TestTypedSurface" in result.stdout, output(result)

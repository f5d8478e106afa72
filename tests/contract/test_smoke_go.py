"""Smoke test of the Go SDK's typed surface against the live reference server, as a user writes it.

runners/go/smoke/smoke_test.go (``go test``, the server in ``AXHUB_BASE_URL``):
trigger a deployment of shop, wait until it succeeded (WaitForDeployment), read
its logs (IterDeployGetApiV1AppsByAppIDLogs, TailLogs), roll production back to
it, cancel a second one (EmptyResult), and read a member's 403
(*PermissionDeniedError with its Code).
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

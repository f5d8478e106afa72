"""The Go SDK against the reference server's Platform API (``--api platform``, manual clock):
tests/sdk_go/platform/live_test.go registers, lets the server's clock expire the access token,
makes 10 concurrent calls that cause exactly one refresh, checks that the rotated-out refresh token is
the authentication error, that the tenant header goes only to tenant-scoped operations, and that a
webhook delivered to a receiver the Go test runs is verified by VerifyWebhook (tampered: refused;
old and new secret during a rotation)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .gotool import output, run_go

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent / "platform"
STARTUP_LIMIT = 120.0  # a bound on waiting for the server to come up, not a check


@pytest.fixture(scope="module")
def platform_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("platform-go")
    ready = tmp / "ready.json"
    command = [sys.executable, "-m", "reference_server", "--api", "platform", "--port", "0",
               "--db", f"sqlite:///{tmp / 'platform.sqlite3'}", "--ready-file", str(ready),
               "--faults", "--manual-clock"]  # the clock moves only through POST /_admin/advance
    log_path = tmp / "server.log"
    with log_path.open("ab") as log:
        proc = subprocess.Popen(command, cwd=REPO, env=dict(os.environ), stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + STARTUP_LIMIT
        while not ready.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the platform server did not start: {log_path.read_text(errors='replace')}")
            time.sleep(0.05)
        yield str(json.loads(ready.read_text())["url"])
    finally:
        proc.terminate()
        proc.wait(10)


def test_sessions_and_tenants_against_the_platform_server(platform_root: str) -> None:
    vet = run_go(["vet", "./..."], HERE)
    assert vet.returncode == 0, output(vet)
    result = run_go(["test", "-count=1", "-v", "./..."], HERE, env={"PLATFORM_LIVE_ROOT": platform_root})
    assert result.returncode == 0, output(result)
    for name in ("TestLiveRegisterThenConcurrentCallsAfterExpiryRefreshOnce",
                 "TestLiveTenantHeaderOnlyWhereTheSpecSays", "TestLiveWebhookDeliveryIsVerifiedWithTheHelper"):
        assert f"--- PASS: {name} " in result.stdout, output(result)

"""The Go SDK against the reference server's Platform API (``--api platform``, manual clock):
tests/sdk_go/platform/live_test.go registers, lets the server's clock expire the access token,
makes 10 concurrent calls that cause exactly one refresh, checks that the rotated-out refresh token is
the authentication error, that the tenant header goes only to tenant-scoped operations, and that a
webhook delivered to a receiver the Go test runs is verified by VerifyWebhook (tampered: refused;
old and new secret during a rotation); and, against a server that cuts every stream after two events,
that StreamEvents resumes with nothing lost or repeated."""

from __future__ import annotations

import contextlib
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


@contextlib.contextmanager
def serve(tmp: Path, **env: str) -> Iterator[str]:
    """The platform server with a manual clock (and env added); its root URL once it serves."""
    ready = tmp / "ready.json"
    command = [sys.executable, "-m", "reference_server", "--api", "platform", "--port", "0",
               "--db", f"sqlite:///{tmp / 'platform.sqlite3'}", "--ready-file", str(ready),
               "--faults", "--manual-clock"]  # the clock moves only through POST /_admin/advance
    log_path = tmp / "server.log"
    with log_path.open("ab") as log:
        proc = subprocess.Popen(command, cwd=REPO, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT)
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


@pytest.fixture(scope="module")
def platform_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve(tmp_path_factory.mktemp("platform-go")) as root:
        yield root


def test_sessions_and_tenants_against_the_platform_server(platform_root: str) -> None:
    vet = run_go(["vet", "./..."], HERE)
    assert vet.returncode == 0, output(vet)
    result = run_go(["test", "-count=1", "-v", "-skip", "TestLiveStream", "./..."], HERE,
                    env={"PLATFORM_LIVE_ROOT": platform_root})
    assert result.returncode == 0, output(result)
    for name in ("TestLiveRegisterThenConcurrentCallsAfterExpiryRefreshOnce",
                 "TestLiveTenantHeaderOnlyWhereTheSpecSays", "TestLiveWebhookDeliveryIsVerifiedWithTheHelper"):
        assert f"--- PASS: {name} " in result.stdout, output(result)


def test_a_stream_the_server_cuts_is_resumed(tmp_path: Path) -> None:
    """Every connection of this server ends after two events (PLATFORM_STREAM_CUT_AFTER=2)."""
    with serve(tmp_path, PLATFORM_STREAM_CUT_AFTER="2") as root:
        result = run_go(["test", "-count=1", "-v", "-run", "TestLiveStream", "./..."], HERE,
                        env={"PLATFORM_LIVE_ROOT": root})
    assert result.returncode == 0, output(result)
    assert "--- PASS: TestLiveStreamResumesAfterTheServerCutsIt " in result.stdout, output(result)

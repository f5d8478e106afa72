"""The Platform API's mechanics in the generated Ruby SDK (sdks/platform/ruby): tenants, sessions,
webhook verification and resumable streams, through the minitest suite of tests/sdk_ruby/platform
(a fake transport and clock) with warnings on."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .ruby_toolchain import HERE, ensure_ruby, output, run

REPO = HERE.parents[1]
SDK = REPO / "sdks" / "platform" / "ruby"

ADMIN_KEY = "lsk_demoAdminKey0000000000000000000000000000000"  # the platform fixtures' admin key

pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module", autouse=True)
def ruby() -> None:
    ensure_ruby()


def test_the_platform_minitest_suite_passes_with_warnings_on() -> None:
    files = sorted((HERE / "platform").glob("test_*.rb"))
    assert files
    script = "ARGV.each { |file| require File.expand_path(file) }"
    result = run(["ruby", "-w", "-I", str(SDK / "lib"), "-e", script, *map(str, files)], cwd=REPO)
    assert result.returncode == 0, output(result)
    assert re.search(r"[1-9]\d* runs, \d+ assertions, 0 failures, 0 errors, 0 skips", result.stdout), output(result)
    warnings = [line for line in result.stderr.splitlines() if "warning:" in line]
    assert not warnings, output(result)


def test_rubocop_is_clean_on_the_platform_sdk() -> None:
    result = run(["rubocop", "--format", "simple", "--no-color"], cwd=SDK)
    assert result.returncode == 0, output(result)


def test_the_sdk_against_the_platform_reference_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rotation (10 concurrent calls, one refresh; the old refresh token refused), tenants, and a
    stream the server cuts after 2 events, against `python -m reference_server --api platform`."""
    ready = tmp_path / "ready.json"
    command = [sys.executable, "-m", "reference_server", "--api", "platform", "--port", "0",
               "--db", f"sqlite:///{tmp_path / 'platform.sqlite3'}", "--ready-file", str(ready),
               "--faults", "--manual-clock"]
    env = {**os.environ, "PLATFORM_PING_SECONDS": "1", "PLATFORM_STREAM_CUT_AFTER": "2"}
    log = tmp_path / "server.log"
    with log.open("ab") as out:
        server = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        while not ready.exists():  # polled until the server says it serves (no time limit asserted)
            assert server.poll() is None, log.read_text(errors="replace")
            time.sleep(0.05)
        url = str(json.loads(ready.read_text())["url"])
        monkeypatch.setenv("PLATFORM_LIVE_URL", url)
        monkeypatch.setenv("PLATFORM_ADMIN_KEY", ADMIN_KEY)
        result = run(["ruby", "-w", "-I", str(SDK / "lib"), str(HERE / "platform_live" / "test_live.rb")], cwd=REPO)
    finally:
        server.terminate()
        server.wait(30)
    assert result.returncode == 0, output(result)
    assert re.search(r"[1-9]\d* runs, \d+ assertions, 0 failures, 0 errors, 0 skips", result.stdout), output(result)
    assert "warning:" not in result.stderr, output(result)

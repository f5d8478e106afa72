"""The Platform Java SDK (sdks/platform/java) is current, passes Checkstyle, compiles with
-Xlint:all -Werror and doclint, passes its runtime's JUnit tests, and passes the live tests under
tests/sdk_java/platform/ against the reference server's Platform API (``--api platform``, manual
clock): the tenant header only where the spec puts it, sessions with refresh-token rotation, webhook
verification of real deliveries, and a resumable stream the server cuts."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.cli import main

from .test_java_readme import as_class, usage_snippets
from .toolchain import checkstyle, ensure_java_toolchain, maven, tail

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SDK = REPO / "sdks" / "platform" / "java"
LIVE = HERE / "platform"
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


def suites(project: Path) -> dict[str, dict[str, int]]:
    """Each JUnit suite's counts, by class name."""
    found = {}
    for report in (project / "target" / "surefire-reports").glob("TEST-*.xml"):
        root = ET.parse(report).getroot()
        found[str(root.get("name"))] = {k: int(root.get(k, "0")) for k in ("tests", "failures", "errors", "skipped")}
    return found


def test_platform_java_sdk_is_current() -> None:
    assert main(["check", "--spec", str(REPO / "spec" / "platform"), "--lang", "java",
                 "--out", str(REPO / "sdks")]) == 0


def test_platform_java_sdk_passes_checkstyle() -> None:
    ensure_java_toolchain()
    result = checkstyle(SDK / "src", LIVE / "src")
    assert result.returncode == 0, tail(result)


def test_platform_java_sdk_against_the_platform_server(tmp_path: Path) -> None:
    """The whole build (runtime tests included, and the README's usage snippets compiled) with the
    live tests against one server; then the
    stream test against a server that cuts every stream after two events (PLATFORM_STREAM_CUT_AFTER=2)."""
    ensure_java_toolchain()
    project = tmp_path / "java"
    shutil.copytree(SDK, project, ignore=shutil.ignore_patterns("target", ".mvn"))
    shutil.copytree(LIVE / "src", project / "src", dirs_exist_ok=True)
    # The session section's snippet (the operationId form's example leaves its body to the reader)
    snippets = [s for s in usage_snippets((SDK / "README.md").read_text(encoding="utf-8")) if "tokenStore(" in s]
    assert len(snippets) == 1, "the README shows the session's token store"
    readme = project / "src" / "test" / "java" / "readme"
    readme.mkdir(parents=True)
    (readme / "ReadmeSnippets.java").write_text(as_class(snippets), encoding="utf-8")  # compiled with -Werror
    (tmp_path / "server").mkdir()
    with serve(tmp_path / "server") as root:
        result = maven(project, "-q", "verify", "-Dtest=!StreamLiveTest", env={"PLATFORM_LIVE_ROOT": root})
    assert result.returncode == 0, tail(result)
    found = suites(project)
    assert all(s["failures"] == 0 and s["errors"] == 0 for s in found.values()), found
    for suite in ("io.platformexample.sdk.PlatformLiveTest", "io.platformexample.sdk.WebhookLiveTest",
                  "io.platformexample.sdk.core.TenantTest", "io.platformexample.sdk.core.SessionTest",
                  "io.platformexample.sdk.core.WebhookTest", "io.platformexample.sdk.core.ResumeTest"):
        assert suite in found and found[suite]["tests"] >= 1 and found[suite]["skipped"] == 0, (suite, found)

    (tmp_path / "cut").mkdir()
    with serve(tmp_path / "cut", PLATFORM_STREAM_CUT_AFTER="2") as root:
        result = maven(project, "-q", "surefire:test", "-Dtest=StreamLiveTest", env={"PLATFORM_LIVE_ROOT": root})
    assert result.returncode == 0, tail(result)
    stream = suites(project).get("io.platformexample.sdk.StreamLiveTest")
    assert stream == {"tests": 1, "failures": 0, "errors": 0, "skipped": 0}, stream

"""Smoke test of the Deplite Java SDK's friendly surface against the live Deplite reference server,
both sides: the user and the agent (signed requests, its event stream).

runners/java/deplite/DepliteSurfaceTest.java (JUnit via ``mvn test``) walks the seed's whole flow;
the client's builder reads the user API from ``DEPLITE_BASE_URL`` (``<root>/api``) and the agent
host from ``DEPLITE_AGENT_BASE_URL`` (the server's root). Built in a temporary project: the runner's
pom, the Deplite SDK's sources (sdks/deplite/java/src/main/java) and that one test, offline from the
warm ~/.m2 like the AxHub runner (test_contract_java.build_java_project).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from contract_lib import ROOT, RefServer

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.sdk_java.toolchain import ensure_java_toolchain, maven, tail  # noqa: E402

RUNNER = Path(__file__).resolve().parent / "runners" / "java"
SDK_SOURCES = ROOT / "sdks" / "deplite" / "java" / "src" / "main" / "java"


def test_typed_java_deplite(deplite_server: RefServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deplite_server.reset()
    for name in ("DEPLITE_TOKEN", "DEPLITE_SIGNING_KEY_ID", "DEPLITE_SIGNING_SECRET", "DEPLITE_LOG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DEPLITE_BASE_URL", deplite_server.base_url + "/api")
    monkeypatch.setenv("DEPLITE_AGENT_BASE_URL", deplite_server.base_url)
    ensure_java_toolchain()
    project = tmp_path / "java"
    (project / "src" / "test" / "java" / "smoke").mkdir(parents=True)
    shutil.copy(RUNNER / "pom.xml", project / "pom.xml")
    shutil.copytree(SDK_SOURCES, project / "src" / "main" / "java")
    shutil.copy(RUNNER / "deplite" / "DepliteSurfaceTest.java", project / "src" / "test" / "java" / "smoke")
    offline = ["-o"] if (Path.home() / ".m2" / "repository").is_dir() else []
    goals = ["-q", "test", "-Dtest=DepliteSurfaceTest", "-Dsurefire.failIfNoSpecifiedTests=false"]
    result = maven(project, *offline, *goals)
    if result.returncode != 0 and offline and "offline" in result.stdout + result.stderr:
        result = maven(project, *goals)  # something missing from the cache: allow downloads once
    assert result.returncode == 0, tail(result) + "\n--- server log ---\n" + deplite_server.log_tail()
    report = project / "target" / "surefire-reports" / "TEST-smoke.DepliteSurfaceTest.xml"
    assert report.is_file(), os.listdir(project / "target")
    text = report.read_text()
    assert 'tests="1"' in text and 'failures="0"' in text and 'errors="0"' in text and 'skipped="0"' in text, text

"""Smoke test of the Java SDK's typed surface against the live reference server, as a user writes it.

runners/java/src/test/java/smoke/TypedSurfaceTest.java (JUnit via ``mvn test``,
the server in ``AXHUB_BASE_URL``): trigger a deployment of shop, wait until it
succeeded (waitForDeployment), read its logs (the logs call,
iterateDeployGetApiV1AppsByAppIDLogs, tailLogs), roll production back to it,
cancel a second one (EmptyResult), and read a member's 403
(PermissionDeniedException with its code). Built like the contract runner
(test_contract_java.build_java_project): a temporary copy with the SDK's sources.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from contract_lib import RefServer
from test_contract_java import build_java_project


def test_typed_java(refserver: RefServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    refserver.reset()
    monkeypatch.setenv("AXHUB_BASE_URL", refserver.base_url)
    project = build_java_project(tmp_path, "test", "-Dtest=TypedSurfaceTest", "-Dsurefire.failIfNoSpecifiedTests=false")
    report = project / "target" / "surefire-reports" / "TEST-smoke.TypedSurfaceTest.xml"
    assert report.is_file(), os.listdir(project / "target")
    text = report.read_text()
    assert 'tests="1"' in text and 'failures="0"' in text and 'errors="0"' in text and 'skipped="0"' in text, text

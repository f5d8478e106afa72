"""Smoke test of the Kotlin SDK's friendly surface against the live reference server, as a user writes it.

runners/kotlin/src/test/kotlin/smoke/TypedSurfaceTest.kt (JUnit 5): the client takes its server
from ``AXHUB_BASE_URL`` (no ``baseUrl`` given); trigger a deployment of shop
(``deployments.trigger``), wait until it succeeded (waitForDeployment), read its logs
(``deployments.logs``, every page as a Flow; the tailLogs Flow), roll production back to it
(``deployments.rollback``), list releases (``deployments.lifecycle.releases``), cancel a second
one started through the seed's map form (EmptyResult), read a member's 403
(PermissionDeniedException with its code), and see the closed client refuse calls
(ClientClosedException). It is compiled with the contract runner
(test_contract_kotlin.build_kotlin_project, one kotlinc run for both); here Maven only runs it
(``surefire:test``, no lifecycle, so nothing is compiled again).
"""

from __future__ import annotations

import os

import pytest
from contract_lib import RefServer
from test_contract_kotlin import build_kotlin_project, maven, output_tail


def test_typed_kotlin(refserver: RefServer, tmp_path_factory: pytest.TempPathFactory) -> None:
    project = build_kotlin_project(tmp_path_factory)
    refserver.reset()
    result = maven(project, "surefire:test", "-Dtest=TypedSurfaceTest", env={"AXHUB_BASE_URL": refserver.base_url})
    report = project / "target" / "surefire-reports" / "TEST-smoke.TypedSurfaceTest.xml"
    assert result.returncode == 0, f"{output_tail(result)}\n--- server log ---\n{refserver.log_tail()}"
    assert report.is_file(), os.listdir(project / "target")
    text = report.read_text()
    assert 'tests="1"' in text and 'failures="0"' in text and 'errors="0"' in text and 'skipped="0"' in text, text

"""Smoke test of the Kotlin Deplite SDK's friendly surface against the live Deplite reference server.

runners/kotlin/src/test/kotlin/smoke/DepliteFlowTest.kt (JUnit 5) plays both sides of the seed's
flow: the user (tok_owner) and the agent, whose calls the SDK signs (HMAC-SHA256 from the spec's
``agentSignature`` scheme) and sends to the agent host. The clients read both base URLs from the
environment: ``DEPLITE_BASE_URL`` (the user API, the server's ``/api``) and
``DEPLITE_AGENT_BASE_URL`` (the server's root). It is compiled with the contract runner
(test_contract_kotlin.build_kotlin_project, one kotlinc run for all); Maven only runs it here.
"""

from __future__ import annotations

import os

import pytest
from contract_lib import RefServer
from test_contract_kotlin import build_kotlin_project, maven, output_tail


def test_deplite_flow_kotlin(deplite_server: RefServer, tmp_path_factory: pytest.TempPathFactory) -> None:
    project = build_kotlin_project(tmp_path_factory)
    deplite_server.reset()
    env = {"DEPLITE_BASE_URL": deplite_server.base_url + "/api", "DEPLITE_AGENT_BASE_URL": deplite_server.base_url}
    result = maven(project, "surefire:test", "-Dtest=DepliteFlowTest", env=env)
    report = project / "target" / "surefire-reports" / "TEST-smoke.DepliteFlowTest.xml"
    assert result.returncode == 0, f"{output_tail(result)}\n--- server log ---\n{deplite_server.log_tail()}"
    assert report.is_file(), os.listdir(project / "target")
    text = report.read_text()
    assert 'tests="1"' in text and 'failures="0"' in text and 'errors="0"' in text and 'skipped="0"' in text, text

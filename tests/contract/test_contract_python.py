"""Every contract scenario of every API through the Python SDKs' generic surface, sync and async."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from contract_lib import RUNNER, SCENARIOS, RefServer, check_runner_output, server_args, server_logs


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_contract_scenarios(servers: dict[str, RefServer], mode: str) -> None:
    result = subprocess.run(
        [sys.executable, str(RUNNER), *server_args(servers), "--mode", mode],
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"the {mode} runner failed:\n{output}\n{server_logs(servers)}"
    problems = check_runner_output(result.stdout, [mode])
    assert not problems, "\n".join(problems) + "\n" + output


def test_runner_refuses_scenarios_without_their_server(refserver: RefServer) -> None:
    """A scenario is never skipped silently: without the server of its API the runner does not start."""
    result = subprocess.run(
        [sys.executable, str(RUNNER), "--base-url", refserver.base_url, "--mode", "sync"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "no server for the scenarios of deplite, platform" in result.stderr
    assert result.stdout == ""


def test_a_wrong_expectation_of_a_signed_step_fails(deplite_server: RefServer, tmp_path: Path) -> None:
    """The runner checks what it claims to for another API too: a changed code turns the scenario into a FAIL."""
    doc = json.loads((SCENARIOS / "deplite" / "deplite_refusals.json").read_text())
    index, step = next((i, s) for i, s in enumerate(doc["steps"], 1) if s["expect"].get("code") == "invalid_signature")
    step["expect"]["code"] = "some_other_code"
    (tmp_path / "deplite").mkdir()
    (tmp_path / "deplite" / "deplite_refusals.json").write_text(json.dumps(doc))
    result = subprocess.run(
        [sys.executable, str(RUNNER), "--server", f"deplite={deplite_server.base_url}", "--mode", "sync",
         "--scenarios", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    pattern = rf"^FAIL sync deplite_refusals .*: step {index} sendAgentHeartbeat .*code 'invalid_signature', expected"
    assert re.search(pattern, result.stdout, re.M), result.stdout
    assert result.stdout.strip().splitlines()[-1] == "0 passed, 1 failed"


def test_fixture_server_lists_the_fixture_tokens(refserver: RefServer) -> None:
    if refserver.process is None:
        pytest.skip("CONTRACT_BASE_URL: a server started elsewhere")
    fixture_tokens = {"tok_admin", "tok_owner", "tok_member", "tok_outsider", "tok_platform", "tok_former"}
    assert fixture_tokens <= set(refserver.tokens), refserver.tokens
    assert refserver.base_url.startswith("http://127.0.0.1:")

"""Every contract scenario of every API through the Python SDKs' generic surface, sync and async."""

from __future__ import annotations

import subprocess
import sys

import pytest
from contract_lib import RUNNER, RefServer, check_runner_output, server_args, server_logs


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


def test_fixture_server_lists_the_fixture_tokens(refserver: RefServer) -> None:
    if refserver.process is None:
        pytest.skip("CONTRACT_BASE_URL: a server started elsewhere")
    fixture_tokens = {"tok_admin", "tok_owner", "tok_member", "tok_outsider", "tok_platform", "tok_former"}
    assert fixture_tokens <= set(refserver.tokens), refserver.tokens
    assert refserver.base_url.startswith("http://127.0.0.1:")

"""Every contract scenario through the Python SDK's generic surface, sync and async."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from contract_lib import RUNNER, RefServer


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_contract_scenarios(refserver: RefServer, mode: str) -> None:
    result = subprocess.run(
        [sys.executable, str(RUNNER), "--base-url", refserver.base_url, "--mode", mode],
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 0, f"the {mode} runner failed:\n{output}\n--- server log ---\n{refserver.log_tail()}"
    assert lines and re.fullmatch(r"\d+ passed, 0 failed", lines[-1]), output


def test_fixture_server_lists_the_fixture_tokens(refserver: RefServer) -> None:
    if refserver.process is None:
        pytest.skip("CONTRACT_BASE_URL: a server started elsewhere")
    fixture_tokens = {"tok_admin", "tok_owner", "tok_member", "tok_outsider", "tok_platform", "tok_former"}
    assert fixture_tokens <= set(refserver.tokens), refserver.tokens
    assert refserver.base_url.startswith("http://127.0.0.1:")

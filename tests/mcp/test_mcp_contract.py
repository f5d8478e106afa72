"""Every contract scenario (tests/contract/scenarios) through the installed `axhub-mcp`'s tools,
driven by the official MCP client over stdio and over streamable HTTP (contract_runner.py)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from contract_lib import RefServer

from tests.install.install_lib import run
from tests.mcp.mcp_lib import Installed

pytestmark = pytest.mark.timeout(1800)

RUNNER = Path(__file__).with_name("contract_runner.py")
SCENARIOS = Path(__file__).resolve().parents[1] / "contract" / "scenarios"
# The only kinds of step, or part of a step, the runner may call not applicable (see its docstring).
NOT_APPLICABLE = {"raw-status", "raw-headers", "tail-interval", "schema-refused"}


def run_contract(installed: Installed, server: RefServer, transport: str,
                 *extra: str) -> subprocess.CompletedProcess[str]:
    return run([installed.python, RUNNER, "--base-url", server.base_url, "--script", installed.script,
                "--transport", transport, "--log-dir", installed.work, *extra], cwd=installed.work, timeout=1500)


@pytest.mark.parametrize("transport", ["stdio", "http"])
def test_every_scenario_through_the_tools(installed: Installed, mcp_refserver: RefServer, transport: str) -> None:
    result = run_contract(installed, mcp_refserver, transport)
    output = result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 0, f"{output}\n--- server log ---\n{mcp_refserver.log_tail()}"
    scenarios = sorted(p.stem for p in SCENARIOS.glob("*.json"))
    assert sorted(line.split()[2] for line in lines if line.startswith("PASS ")) == scenarios
    assert lines[-1] == f"{len(scenarios)} passed, 0 failed"
    kinds = [line.split()[2].rstrip(":") for line in lines if line.startswith("N/A ")]
    assert set(kinds) <= NOT_APPLICABLE, kinds
    # 15 raw steps check a status, 2 of them headers too; the input schemas refuse 8 bad arguments.
    assert (kinds.count("raw-status"), kinds.count("raw-headers"), kinds.count("schema-refused")) == (15, 2, 8)


def test_a_wrong_expectation_fails(installed: Installed, mcp_refserver: RefServer, tmp_path: Path) -> None:
    """The runner checks what it claims to: one changed expectation turns the scenario into a FAIL."""
    scenario = json.loads((SCENARIOS / "releases.json").read_text())
    step = next(s for s in scenario["steps"] if "error" not in s["expect"] and s["expect"].get("fields"))
    path = next(iter(step["expect"]["fields"]))
    step["expect"]["fields"][path] = {"$type": "boolean"} if step["expect"]["fields"][path] != {"$type": "boolean"} \
        else {"$type": "string"}
    (tmp_path / "releases.json").write_text(json.dumps(scenario))
    result = run_contract(installed, mcp_refserver, "stdio", "--scenarios", str(tmp_path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(rf"^FAIL stdio releases .*{re.escape(path)}: expected", result.stdout, re.M), result.stdout
    assert result.stdout.strip().splitlines()[-1] == "0 passed, 1 failed"

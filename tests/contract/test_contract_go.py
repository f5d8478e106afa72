"""Every contract scenario through the Go SDK's generic surface (runners/go, a module of its own).

The runner is built with the local Go toolchain (GOTOOLCHAIN=local, GOPROXY=off:
standard library only, the SDK through a ``replace``) into a temporary folder
and run against the session's reference server.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from contract_lib import ROOT, RefServer, check_runner_output, server_args, server_logs

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.sdk_go.gotool import go_env, output, run_go  # noqa: E402

GO_RUNNER = Path(__file__).resolve().parent / "runners" / "go"
SCENARIOS = Path(__file__).resolve().parent / "scenarios"


@pytest.fixture(scope="module")
def go_runner(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The runner, built into a temporary folder."""
    binary = tmp_path_factory.mktemp("contract-go") / "contract-go"
    built = run_go(["build", "-o", str(binary), "."], cwd=GO_RUNNER)
    assert built.returncode == 0, output(built)
    return binary


def test_go_runner_is_formatted_and_vetted() -> None:
    formatted = run_go(["gofmt", "-l", "."], cwd=GO_RUNNER)
    assert formatted.returncode == 0 and formatted.stdout.strip() == "", output(formatted)
    vetted = run_go(["vet", "./..."], cwd=GO_RUNNER)
    assert vetted.returncode == 0, output(vetted)


def test_each_apis_driver_is_the_same_code() -> None:
    """sdk_<api>.go is sdk_axhub.go with the package's name and import path replaced."""
    template = (GO_RUNNER / "sdk_axhub.go").read_text()
    imports = {"deplite": "github.com/deplite/deplite-go", "platform": "github.com/platform-example/platform-go"}
    for api, path in imports.items():
        expected = (
            template.replace("github.com/axhub/axhub-go", "@IMPORT@")
            .replace("axhub", api)
            .replace("Axhub", api.title())
            .replace("@IMPORT@", path)
        )
        assert (GO_RUNNER / f"sdk_{api}.go").read_text() == expected, f"sdk_{api}.go drifted from sdk_axhub.go"


def test_contract_scenarios_go(servers: dict[str, RefServer], go_runner: Path) -> None:
    result = subprocess.run(
        [str(go_runner), *server_args(servers), "--scenarios", str(SCENARIOS)],
        capture_output=True,
        text=True,
        timeout=900,
        env=go_env(),
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, f"the Go runner failed:\n{out}\n{server_logs(servers)}"
    problems = check_runner_output(result.stdout, ["go"])
    assert not problems, "\n".join(problems) + "\n" + out


def test_go_runner_rejects_bad_arguments(go_runner: Path, tmp_path: Path) -> None:
    missing = subprocess.run([str(go_runner)], capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2, missing.stdout + missing.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "bad", "description": "x", "steps": [{"operation": "op", "expect": {}, "nope": 1}]}')
    malformed = subprocess.run(
        [str(go_runner), "--base-url", "http://127.0.0.1:9", "--scenarios", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert malformed.returncode == 2, malformed.stdout + malformed.stderr
    assert re.search(r"bad\.json: step 1: unknown step key \"nope\"", malformed.stderr), malformed.stderr

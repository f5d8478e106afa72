"""Every contract scenario of every API through the Node SDKs' generic surface (tests/contract/runners/node).

The SDKs (sdks/<api>/node) are copied to a temp folder and built there with the committed
TypeScript tooling (tests/sdk_node/node_toolchain), so the generated folders stay as the generator
wrote them; the runner is compiled beside them (strict tsc) and run with node against the session's
reference servers, one per API.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from contract_lib import ROOT, SCENARIOS, RefServer, scenario_files, server_args, server_logs

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.sdk_node.node_toolchain import (  # noqa: E402
    copy_sdk,
    ensure_tooling,
    link_modules,
    package_name,
    report,
    run,
    tsc,
)

NODE_SDKS = {api: ROOT / "sdks" / api / "node" for api in ("axhub", "deplite", "platform")}
NODE_RUNNER = Path(__file__).resolve().parent / "runners" / "node"


def build_node_workspace(root: Path) -> Path:
    """Build the SDK copies and the runner (with the smoke program) in ``root``; the runner's folder."""
    ensure_tooling()
    copies = {api: copy_sdk(source, root / f"sdk-{api}") for api, source in NODE_SDKS.items()}
    link_modules(root, {package_name(NODE_SDKS[api]): sdk for api, sdk in copies.items()})
    for api, sdk in copies.items():
        built = tsc("-p", str(sdk / "tsconfig.json"))
        assert built.returncode == 0, f"tsc on the {api} Node SDK failed:\n" + report(built)
    runner = root / "runner"
    shutil.copytree(NODE_RUNNER, runner, ignore=shutil.ignore_patterns("node_modules", "dist"))
    compiled = tsc("-p", str(runner / "tsconfig.json"))
    assert compiled.returncode == 0, "tsc on the Node runner failed:\n" + report(compiled)
    assert compiled.stdout.strip() == "" and compiled.stderr.strip() == "", "tsc printed warnings:\n" + report(compiled)
    return runner


# Scenarios the Node SDK cannot pass because of an SDK bug: name -> (the failing step's number, a text
# its FAIL line must contain, the bug). Such a scenario is an xfail once the rest of it (every step but
# the failing one) passes; when the SDK is fixed the test fails, asking for the entry to be removed.
KNOWN_SDK_BUGS: dict[str, tuple[int, str, str]] = {}
SCENARIO_FILES = {path.stem: path for path in scenario_files()}
SCENARIO_NAMES = sorted(SCENARIO_FILES)
_LINE_RE = re.compile(r"^(PASS|FAIL) node (\S+) \(")


@pytest.fixture(scope="module")
def node_runner(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_node_workspace(tmp_path_factory.mktemp("contract-node"))


def run_runner(runner: Path, servers: dict[str, RefServer], *args: str) -> subprocess.CompletedProcess[str]:
    return run(
        ["node", str(runner / "dist" / "src" / "run.js"), *server_args(servers), *args], cwd=runner, timeout=900
    )


@pytest.fixture(scope="module")
def node_results(servers: dict[str, RefServer], node_runner: Path) -> tuple[dict[str, str], str]:
    """Every scenario run once by the Node runner: name -> its PASS/FAIL line, and the whole output."""
    result = run_runner(node_runner, servers, "--scenarios", str(SCENARIOS))
    output = f"{result.stdout}{result.stderr}\n--- exit status {result.returncode} ---"
    lines: dict[str, str] = {}
    for line in result.stdout.splitlines():
        match = _LINE_RE.match(line)
        if match:
            lines[match.group(2)] = line
    last = result.stdout.strip().splitlines()[-1:] or [""]
    failed = sum(line.startswith("FAIL") for line in lines.values())
    assert last[0] == f"{len(lines) - failed} passed, {failed} failed", output
    assert result.returncode == (1 if failed else 0), output
    return lines, output + "\n" + server_logs(servers)


@pytest.mark.parametrize("name", SCENARIO_NAMES)
def test_contract_scenario_node(
    name: str, node_results: tuple[dict[str, str], str], node_runner: Path, servers: dict[str, RefServer],
    tmp_path: Path,
) -> None:
    lines, output = node_results
    line = lines.get(name)
    assert line is not None, f"the node runner did not report {name}:\n{output}"
    if name not in KNOWN_SDK_BUGS:
        assert line.startswith("PASS "), f"{line}\n\nthe node runner's output:\n{output}"
        return
    step, signature, bug = KNOWN_SDK_BUGS[name]
    assert not line.startswith("PASS "), f"{name} passes now: remove it from KNOWN_SDK_BUGS ({bug})"
    assert f": step {step} " in line and signature in line, f"{name} fails differently:\n{line}\n\n{output}"
    # Everything else in the scenario still has to pass: run it without the failing step.
    path = SCENARIO_FILES[name]
    doc = json.loads(path.read_text())
    del doc["steps"][step - 1]
    target = tmp_path / path.relative_to(SCENARIOS)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(doc))
    rest = run_runner(node_runner, servers, "--scenarios", str(tmp_path))
    assert rest.returncode == 0 and rest.stdout.strip().endswith("1 passed, 0 failed"), (
        f"{name} without step {step} fails too:\n{report(rest)}"
    )
    pytest.xfail(bug)


def test_node_runner_rejects_bad_arguments_and_scenarios(node_runner: Path, tmp_path: Path) -> None:
    script = str(node_runner / "dist" / "src" / "run.js")
    assert run(["node", script], cwd=node_runner).returncode == 2
    assert run(["node", script, "--base-url", "http://127.0.0.1:1", "--bogus"], cwd=node_runner).returncode == 2
    (tmp_path / "odd.json").write_text(
        '{"name": "odd", "description": "d", "extra": 1, "steps": [{"operation": "x", "expect": {"surprise": 1}}]}'
    )
    result = run(["node", script, "--base-url", "http://127.0.0.1:1", "--scenarios", str(tmp_path)], cwd=node_runner)
    assert result.returncode == 2, report(result)
    assert "unknown scenario key 'extra'" in result.stderr, report(result)
    assert "unknown expect key 'surprise'" in result.stderr, report(result)

"""Every contract scenario through the Ruby SDK's generic surface (runners/ruby/run.rb).

The runner runs as ``ruby -w -I sdks/<api>/ruby/lib`` for every API (Ruby 3.1, standard
library only; found or installed by tests/sdk_ruby/ruby_toolchain.py) against the session's
reference servers, one per API, and must print no warnings.

One scenario fails because of a Ruby SDK bug (``SDK_BUGS``): it is run on its own and
marked xfail (strict: it fails the suite once the bug is fixed), and the rest of it,
without the step that meets the bug, must pass.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from contract_lib import ROOT, SCENARIOS, RefServer, scenario_files, server_args, server_logs

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.sdk_ruby.ruby_toolchain import output, run  # noqa: E402

RUBY_RUNNER = Path(__file__).resolve().parent / "runners" / "ruby"
RUN_RB = RUBY_RUNNER / "run.rb"
SDK_LIBS = [ROOT / "sdks" / api / "ruby" / "lib" for api in ("axhub", "deplite", "platform")]
INCLUDES = [arg for lib in SDK_LIBS for arg in ("-I", str(lib))]
SCENARIO_FILES = {path.stem: path for path in scenario_files()}

# scenario -> (the 1-based step that meets the bug, what the runner reports there, why)
SDK_BUGS: dict[str, tuple[int, str, str]] = {}


def ruby_runner(*args: str, timeout: int = 900) -> subprocess.CompletedProcess[str]:
    return run(["ruby", "-w", *INCLUDES, str(RUN_RB), *args], cwd=ROOT, timeout=timeout)


def test_ruby_runner_parses_without_warnings() -> None:
    for script in (RUN_RB, RUBY_RUNNER / "smoke.rb"):
        checked = run(["ruby", "-wc", *INCLUDES, str(script)], cwd=ROOT)
        assert checked.returncode == 0 and checked.stderr == "", output(checked)


def test_contract_scenarios_ruby(servers: dict[str, RefServer]) -> None:
    result = ruby_runner(*server_args(servers), "--scenarios", str(SCENARIOS))
    out = output(result)
    lines = result.stdout.strip().splitlines()
    names = sorted(SCENARIO_FILES)
    assert result.stderr == "", f"the Ruby runner wrote to stderr (warnings?):\n{out}"
    expected = [name for name in names if name not in SDK_BUGS]
    passed = sorted(m.group(1) for m in map(re.compile(r"^PASS ruby (\S+) \(").match, lines) if m)
    missing = [name for name in expected if name not in passed]
    assert not missing, f"scenarios that did not pass: {missing}\n{out}\n{server_logs(servers)}"
    assert lines and re.fullmatch(r"\d+ passed, \d+ failed", lines[-1]), out
    assert sum(line.startswith(("PASS ruby ", "FAIL ruby ")) for line in lines) == len(names), out
    known_failures = [name for name in names if name in SDK_BUGS and name not in passed]
    assert lines[-1] == f"{len(names) - len(known_failures)} passed, {len(known_failures)} failed", out
    assert result.returncode == (1 if known_failures else 0), out


@pytest.mark.parametrize("name", sorted(SDK_BUGS))
def test_contract_sdk_bug_ruby(servers: dict[str, RefServer], name: str) -> None:
    step, symptom, reason = SDK_BUGS[name]
    result = ruby_runner(*server_args(servers), "--scenarios", str(SCENARIOS), "-k", name)
    lines = result.stdout.strip().splitlines()
    assert lines and lines[-1] in ("1 passed, 0 failed", "0 passed, 1 failed"), output(result)
    if lines[-1] == "1 passed, 0 failed":
        pytest.fail(f"{name} passes now: the SDK bug is fixed, remove it from SDK_BUGS")
    assert re.search(rf"^FAIL ruby {name} .*: step {step} .*{re.escape(symptom)}", result.stdout, re.M), output(result)
    pytest.xfail(reason)


@pytest.mark.parametrize("name", sorted(SDK_BUGS))
def test_contract_sdk_bug_ruby_rest_of_scenario(servers: dict[str, RefServer], name: str, tmp_path: Path) -> None:
    """The scenario without the step that meets the bug passes (so only that step is xfailed)."""
    step, _, _ = SDK_BUGS[name]
    path = SCENARIO_FILES[name]
    doc = json.loads(path.read_text(encoding="utf-8"))
    del doc["steps"][step - 1]
    target = tmp_path / path.relative_to(SCENARIOS)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(doc), encoding="utf-8")
    result = ruby_runner(*server_args(servers), "--scenarios", str(tmp_path))
    assert result.returncode == 0 and result.stderr == "", output(result)
    assert result.stdout.strip().splitlines()[-1] == "1 passed, 0 failed", output(result)


def test_ruby_runner_rejects_bad_arguments(tmp_path: Path) -> None:
    missing = ruby_runner(timeout=60)
    assert missing.returncode == 2, output(missing)
    unknown = ruby_runner("--base-url", "http://127.0.0.1:9", "--nope", timeout=60)
    assert unknown.returncode == 2, output(unknown)
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "bad", "description": "x", "steps": [{"operation": "op", "expect": {}, "nope": 1}]}')
    malformed = ruby_runner("--base-url", "http://127.0.0.1:9", "--scenarios", str(tmp_path), timeout=60)
    assert malformed.returncode == 2, output(malformed)
    assert re.search(r"bad\.json: step 1: unknown step key \"nope\"", malformed.stderr), output(malformed)
    assert "warning" not in malformed.stderr, output(malformed)

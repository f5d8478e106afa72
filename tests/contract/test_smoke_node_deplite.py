"""Typed smoke test of the Deplite Node SDK against the live reference server (issue 19 part 5).

runners/node/deplite/smoke.ts, compiled with strict tsc against a temp build of sdks/deplite/node,
plays both sides through the resource methods: the owner issues an enrollment token, an agent
enrolls with it and then signs every call (workflow report, heartbeat, its event stream, log and
result uploads), the owner makes a trigger and an API token, CI runs the trigger with an
Idempotency-Key, the job reaches the agent over the stream, and the owner waits for ``success`` and
pages through the logs; a hand-made signature (RequestSigner) is accepted and a wrong secret is the
SDK's AuthenticationError (401 ``invalid_signature``).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from contract_lib import ROOT, RefServer

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.sdk_node.node_toolchain import copy_sdk, ensure_tooling, link_modules, package_name, report, run, tsc  # noqa: E402

DEPLITE_SDK = ROOT / "sdks" / "deplite" / "node"
RUNNER = Path(__file__).resolve().parent / "runners" / "node" / "deplite"


@pytest.fixture(scope="module")
def deplite_runner(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("smoke-node-deplite")
    ensure_tooling()
    sdk = copy_sdk(DEPLITE_SDK, root / "sdk")
    link_modules(root, {package_name(DEPLITE_SDK): sdk})
    built = tsc("-p", str(sdk / "tsconfig.json"))
    assert built.returncode == 0, "tsc on the Deplite Node SDK failed:\n" + report(built)
    runner = root / "runner"
    shutil.copytree(RUNNER, runner, ignore=shutil.ignore_patterns("node_modules", "dist"))
    compiled = tsc("-p", str(runner / "tsconfig.json"))
    assert compiled.returncode == 0, "tsc on the Deplite smoke program failed:\n" + report(compiled)
    assert compiled.stdout.strip() == "" and compiled.stderr.strip() == "", report(compiled)
    return runner


def test_typed_node_deplite(deplite_server: RefServer, deplite_runner: Path) -> None:
    deplite_server.reset()
    result = run(
        ["node", str(deplite_runner / "dist" / "smoke.js"), "--base-url", deplite_server.base_url],
        cwd=deplite_runner,
        timeout=300,
    )
    assert result.returncode == 0, (
        f"the typed Deplite Node smoke test failed:\n{report(result)}\n--- server log ---\n{deplite_server.log_tail()}"
    )
    assert result.stdout.strip().splitlines()[-1:] == ["smoke ok"], report(result)

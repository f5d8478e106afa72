"""Smoke test of the Node SDK's typed surface against the live reference server, as a user writes it.

runners/node/smoke/smoke.ts (compiled with strict tsc against a temp build of sdks/axhub/node, see
test_contract_node.build_node_workspace) triggers a deployment of shop through
``sdk.deployments.deployPostApiV1AppsByAppIDDeployments``, waits with ``waitForDeployment``, reads the
logs (``iterDeployGetApiV1AppsByAppIDLogs``, ``tailLogs``), rolls back (generated name and the
``rollback`` alias), cancels a second deployment started with ``trigger`` (``{}``), and reads a
member's ``PermissionDeniedError``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from contract_lib import ROOT, RefServer
from test_contract_node import build_node_workspace

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.sdk_node.node_toolchain import report, run  # noqa: E402


@pytest.fixture(scope="module")
def smoke_runner(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_node_workspace(tmp_path_factory.mktemp("smoke-node"))


def test_typed_node(refserver: RefServer, smoke_runner: Path) -> None:
    refserver.reset()
    result = run(
        ["node", str(smoke_runner / "dist" / "smoke" / "smoke.js"), "--base-url", refserver.base_url],
        cwd=smoke_runner,
        timeout=300,
    )
    assert result.returncode == 0, (
        f"the typed Node smoke test failed:\n{report(result)}\n--- server log ---\n{refserver.log_tail()}"
    )
    assert result.stdout.strip().splitlines()[-1:] == ["smoke ok"], report(result)

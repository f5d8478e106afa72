"""Smoke test of the Node SDK's resource methods against the live reference server, as a user writes them.

runners/node/smoke/smoke.ts (compiled with strict tsc against a temp build of sdks/axhub/node, see
test_contract_node.build_node_workspace) takes its base URL and token from AXHUB_BASE_URL and
AXHUB_TOKEN, triggers a deployment of shop with ``sdk.deployments.trigger(appId, { commit_sha })``,
waits with ``deployments.waitFor``, reads every log line through the list method ``logs`` and then
``followLogs`` (stopped by a callback), rolls back with ``rollback(appId, did, { confirm_schema_skew })``, walks
``lifecycle.releases``, cancels a second deployment, reads a member's ``PermissionDeniedError`` and
sees a closed client refuse a call. The seed's operationId surface is driven by the contract scenarios.
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

"""Smoke test of the Ruby SDK's resource methods against the live reference server, as a user writes it.

runners/ruby/smoke.rb (``ruby -w``; the client finds the server in ``AXHUB_BASE_URL`` by itself):
``client.deployments.trigger(app_id, commit_sha: ...)``, ``get``, a wait until it succeeded
(``wait_for``), every log line through ``logs`` (auto-paging) and the tail
(``follow_logs``), ``rollback`` both ways, ``lifecycle.releases``, ``cancel`` ({}),
``apps.git.get``, a wrong argument refused before sending, and a member's 403
(AxHub::PermissionDeniedError with its code). Ruby comes from tests/sdk_ruby/ruby_toolchain.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from contract_lib import ROOT, RefServer

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.sdk_ruby.ruby_toolchain import output, run  # noqa: E402

SMOKE_RB = Path(__file__).resolve().parent / "runners" / "ruby" / "smoke.rb"
SDK_LIB = ROOT / "sdks" / "axhub" / "ruby" / "lib"


def test_typed_ruby(refserver: RefServer, monkeypatch: pytest.MonkeyPatch) -> None:
    refserver.reset()
    monkeypatch.setenv("AXHUB_BASE_URL", refserver.base_url)
    result = run(["ruby", "-w", "-I", str(SDK_LIB), str(SMOKE_RB)], cwd=ROOT, timeout=300)
    assert result.returncode == 0, f"{output(result)}\n--- server log ---\n{refserver.log_tail()}"
    assert result.stdout.strip().splitlines()[-1] == "SMOKE OK", output(result)
    assert result.stderr == "", f"warnings or errors on stderr:\n{output(result)}"

"""Smoke test of the Deplite Ruby SDK against the live Deplite reference server (issue #19): the
agent (enrolled, signing every call, reading its event stream) and the user, both through the
friendly surface, on two hosts: the user API at ``<root>/api`` and the agent API at the root.

runners/ruby/smoke_deplite.rb (``ruby -w``) reads both base URLs from ``DEPLITE_BASE_URL`` and
``DEPLITE_AGENT_BASE_URL``. Ruby comes from tests/sdk_ruby/ruby_toolchain.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from contract_lib import ROOT, RefServer

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.sdk_ruby.ruby_toolchain import output, run  # noqa: E402

SMOKE_RB = Path(__file__).resolve().parent / "runners" / "ruby" / "smoke_deplite.rb"
SDK_LIB = ROOT / "sdks" / "deplite" / "ruby" / "lib"


def test_typed_ruby_deplite(deplite_server: RefServer, monkeypatch: pytest.MonkeyPatch) -> None:
    deplite_server.reset()
    monkeypatch.setenv("DEPLITE_BASE_URL", deplite_server.base_url + "/api")
    monkeypatch.setenv("DEPLITE_AGENT_BASE_URL", deplite_server.base_url)
    for name in ("DEPLITE_TOKEN", "DEPLITE_SIGNING_KEY_ID", "DEPLITE_SIGNING_SECRET", "DEPLITE_LOG"):
        monkeypatch.delenv(name, raising=False)
    result = run(["ruby", "-w", "-I", str(SDK_LIB), str(SMOKE_RB)], cwd=ROOT, timeout=300)
    assert result.returncode == 0, f"{output(result)}\n--- server log ---\n{deplite_server.log_tail()}"
    assert result.stdout.strip().splitlines()[-1] == "SMOKE OK", output(result)
    assert result.stderr == "", f"warnings or errors on stderr:\n{output(result)}"

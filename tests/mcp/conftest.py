"""Fixtures of the MCP tests: the installed server (see mcp_lib) and one reference server."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "contract"))

from contract_lib import RefServer, start_server, stop_server  # noqa: E402

from tests.mcp.mcp_lib import Installed, install  # noqa: E402


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("mcp-install")
    assert ROOT not in work.parents
    return install(work)


@pytest.fixture(scope="session")
def mcp_refserver() -> Iterator[RefServer]:
    with tempfile.TemporaryDirectory(prefix="mcp-refserver-") as tmp:
        server = start_server(Path(tmp))
        try:
            yield server
        finally:
            stop_server(server)

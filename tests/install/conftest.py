"""Install tests: every generated SDK built as its ecosystem's package, installed into a fresh
consumer project outside the SDK folder (as a user would), compiled and run against a live
reference server, on the oldest language version the SDK claims.

One test module per language (``test_<lang>_install.py``); each parametrizes over every API's SDK
of its language (``sdk_dirs``), so an API added under ``spec/`` is installed and tested too.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "contract"))

from contract_lib import RefServer, start_server, stop_server  # noqa: E402


@pytest.fixture(scope="session")
def install_server() -> Iterator[RefServer]:
    """One reference server (AxHub, in memory) for the consumer programs of every language."""
    with tempfile.TemporaryDirectory(prefix="install-refserver-") as tmp:
        server = start_server(Path(tmp))
        try:
            yield server
        finally:
            stop_server(server)

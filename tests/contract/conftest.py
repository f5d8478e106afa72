"""The contract suite's reference server: one per pytest session, reset before every scenario.

``refserver`` starts ``python -m reference_server`` (see ``contract_lib``) and
stops it with SIGTERM when the session ends. ``CONTRACT_BASE_URL`` points the
suite at a server already running instead (it must run with ``--faults``).
``deplite_server`` is the same for Deplite (``--api deplite``); its user API
is served under ``/api`` of the server's URL and its agent API at the root
(``CONTRACT_DEPLITE_BASE_URL`` names a running one).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from contract_lib import RefServer, start_server, stop_server


@pytest.fixture(scope="session")
def refserver() -> Iterator[RefServer]:
    """A running reference server (``--faults``); tests reset it before they use it."""
    external = os.environ.get("CONTRACT_BASE_URL")
    if external:
        yield RefServer(base_url=external.rstrip("/"))
        return
    with tempfile.TemporaryDirectory(prefix="contract-refserver-") as tmp:
        server = start_server(Path(tmp))
        try:
            yield server
        finally:
            stop_server(server)


@pytest.fixture(scope="session")
def deplite_server() -> Iterator[RefServer]:
    """A running Deplite reference server (``--faults``): ``base_url`` is its root (the agent host);
    the user API is ``base_url + "/api"``. Reset it before use."""
    external = os.environ.get("CONTRACT_DEPLITE_BASE_URL")
    if external:
        yield RefServer(base_url=external.rstrip("/"))
        return
    with tempfile.TemporaryDirectory(prefix="contract-deplite-") as tmp:
        server = start_server(Path(tmp), api="deplite")
        try:
            yield server
        finally:
            stop_server(server)

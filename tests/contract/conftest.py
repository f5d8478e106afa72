"""The contract suite's reference server: one per pytest session, reset before every scenario.

``refserver`` starts ``python -m reference_server`` (see ``contract_lib``) and
stops it with SIGTERM when the session ends. ``CONTRACT_BASE_URL`` points the
suite at a server already running instead (it must run with ``--faults``).
``deplite_server`` is the same for Deplite (``--api deplite``); its user API
is served under ``/api`` of the server's URL and its agent API at the root
(``CONTRACT_DEPLITE_BASE_URL`` names a running one). ``platform_server`` is Platform's
(``--api platform``, on its manual clock; its API under ``/v1``; ``CONTRACT_PLATFORM_BASE_URL``
names a running one, which must use ``--manual-clock`` too). ``servers`` is all
three by API name, for the runners.
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


@pytest.fixture(scope="session")
def platform_server() -> Iterator[RefServer]:
    """A running Platform reference server (``--faults``): ``base_url`` is its root, the API is
    ``base_url + "/v1"``. Reset it before use."""
    external = os.environ.get("CONTRACT_PLATFORM_BASE_URL")
    if external:
        yield RefServer(base_url=external.rstrip("/"))
        return
    with tempfile.TemporaryDirectory(prefix="contract-platform-") as tmp:
        server = start_server(Path(tmp), api="platform")
        try:
            yield server
        finally:
            stop_server(server)


@pytest.fixture(scope="session")
def servers(refserver: RefServer, deplite_server: RefServer, platform_server: RefServer) -> dict[str, RefServer]:
    """Every API's server by name (``contract_lib.server_args`` turns it into a runner's arguments)."""
    return {"axhub": refserver, "deplite": deplite_server, "platform": platform_server}


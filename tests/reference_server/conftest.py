"""Shared fixtures for the reference server domain tests.

Domain tests run on an in-memory SQLite store with a ManualClock. Store tests
take ``store_url`` and run on in-memory SQLite, a SQLite file and, when
``REFSERVER_TEST_PG_URL`` is set, PostgreSQL (skipped with a reason otherwise).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from refserver_testlib import PG_ENV, SETTINGS, START, Users

from reference_server.apis.axhub.domain.service import Platform
from reference_server.apis.axhub.fixtures import ensure_fixtures
from reference_server.apis.axhub.store import Store
from reference_server.clock import ManualClock


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture(scope="session")
def fixture_template() -> Iterator[Store]:
    """The default fixture loaded once; each test gets a fresh copy of it."""
    store = Store("sqlite://")
    ensure_fixtures(store, clock=ManualClock(START), settings=SETTINGS)
    yield store
    store.close()


@pytest.fixture
def platform(clock: ManualClock, fixture_template: Store) -> Iterator[Platform]:
    store = Store("sqlite://", create_schema=False)
    store.copy_from(fixture_template)
    p = Platform(store, clock=clock, settings=SETTINGS)
    yield p
    p.close()


@pytest.fixture
def users(platform: Platform) -> Users:
    return Users(platform)


# -- store URLs -----------------------------------------------------------------
def _fresh_pg_url() -> str:
    """The PostgreSQL URL from the environment, with an emptied schema; else skip."""
    url = os.environ.get(PG_ENV)
    if not url:
        reason = f"PostgreSQL not configured: set {PG_ENV}=postgresql+psycopg://... to run"
        print(reason)
        pytest.skip(reason)
    store = Store(url)
    store.reset()
    store.close()
    return url


@pytest.fixture(params=["sqlite-memory", "sqlite-file", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    kind = request.param
    if kind == "sqlite-memory":
        return "sqlite://"
    if kind == "sqlite-file":
        return f"sqlite:///{tmp_path / 'refserver.sqlite3'}"
    return _fresh_pg_url()


@pytest.fixture(params=["sqlite-file", "postgresql"])
def shared_store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL whose database is shared by several engines/threads (no in-memory)."""
    if request.param == "sqlite-file":
        return f"sqlite:///{tmp_path / 'refserver.sqlite3'}"
    return _fresh_pg_url()


# -- HTTP layer ---------------------------------------------------------------------
# Apps built by ``make_app`` check every response against the spec with
# openapi-core (``validate_responses=True``); a test fails at teardown if any
# response did not conform.
@pytest.fixture
def make_app(platform: Platform) -> Iterator[Any]:
    from reference_server.app import create_app

    built: list[Any] = []

    def make(target: Platform | None = None, **kwargs: Any) -> Any:
        kwargs.setdefault("validate_responses", True)
        kwargs.setdefault("auth_cache_seconds", 0)
        app = create_app(target or platform, **kwargs)
        built.append(app)
        return app

    yield make
    failures = [failure for app in built for failure in app.refserver.conformance_failures]
    assert failures == [], "responses that do not conform to the spec:\n" + "\n".join(failures)


@pytest.fixture
def app(make_app: Any) -> Any:
    """The app over the test platform, with fault injection and admin routes on."""
    return make_app(faults=True)


class AsgiClient:
    """A synchronous httpx client of an ASGI app (no socket): ``httpx.ASGITransport``
    driven through an anyio blocking portal, so tests stay plain functions."""

    def __init__(self, asgi_app: Any, base_url: str = "http://refserver.test") -> None:
        import anyio.from_thread
        import httpx

        self._portal_cm = anyio.from_thread.start_blocking_portal()
        self._portal = self._portal_cm.__enter__()
        self._client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=asgi_app), base_url=base_url, follow_redirects=False
        )

    def request(self, method: str, url: str, **kwargs: Any) -> Any:
        return self._portal.call(functools.partial(self._client.request, method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> Any:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> Any:
        return self.request("POST", url, **kwargs)

    def close(self) -> None:
        self._portal.call(self._client.aclose)
        self._portal_cm.__exit__(None, None, None)


@pytest.fixture
def client(app: Any) -> Iterator[AsgiClient]:
    """A synchronous client of ``app`` through the ASGI interface (no socket)."""
    test_client = AsgiClient(app)
    try:
        yield test_client
    finally:
        test_client.close()


class LiveServer:
    """An ASGI app served by uvicorn on a free loopback port, in a thread."""

    def __init__(self, asgi_app: Any, **config: Any) -> None:
        import threading
        import time

        import uvicorn

        from reference_server.http.server import bind_socket

        self.sock = bind_socket("127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(
            uvicorn.Config(asgi_app, lifespan="off", log_level="warning", access_log=False, **config)
        )
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, name="live-server", daemon=True
        )
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


@pytest.fixture
def live_server(app: Any) -> Iterator[str]:
    """``app`` served by uvicorn on a free loopback port (in a thread); yields the base URL."""
    server = LiveServer(app)
    try:
        yield server.url
    finally:
        server.stop()

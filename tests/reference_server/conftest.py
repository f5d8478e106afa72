"""Shared fixtures for the reference server domain tests.

Domain tests run on an in-memory SQLite store with a ManualClock. Store tests
take ``store_url`` and run on in-memory SQLite, a SQLite file and, when
``REFSERVER_TEST_PG_URL`` is set, PostgreSQL (skipped with a reason otherwise).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from refserver_testlib import PG_ENV, SETTINGS, START, Users

from reference_server.clock import ManualClock
from reference_server.domain.service import Platform
from reference_server.fixtures import ensure_fixtures
from reference_server.store import Store


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

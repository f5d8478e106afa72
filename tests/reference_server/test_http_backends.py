"""HTTP behaviour that must be the same on a SQLite file and on PostgreSQL.

PostgreSQL runs when ``REFSERVER_TEST_PG_URL`` is set (``nox -s postgres``);
otherwise those cases skip with the reason.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from refserver_testlib import ACME, SETTINGS, SHOP, START, TEMPLATE_NODE

from reference_server.apis.axhub.domain.service import Platform
from reference_server.apis.axhub.fixtures import ensure_fixtures
from reference_server.apis.axhub.store import Store
from reference_server.clock import ManualClock

OWNER = {"Authorization": "Bearer tok_owner"}
TRIGGER = f"/api/v1/apps/{SHOP}/deployments"


@pytest.fixture
def shared_platform(shared_store_url: str) -> Iterator[Platform]:
    store = Store(shared_store_url)
    ensure_fixtures(store, clock=ManualClock(START), settings=SETTINGS)
    platform = Platform(store, clock=ManualClock(START), settings=SETTINGS)
    yield platform
    platform.close()


@pytest.fixture
def served(make_app: Any, shared_platform: Platform) -> Iterator[str]:
    from conftest import LiveServer

    server = LiveServer(make_app(shared_platform))
    try:
        yield server.url
    finally:
        server.stop()


def test_concurrent_duplicates_of_one_key_all_get_the_one_answer(served: str, shared_platform: Platform):
    """Finding 8: PostgreSQL answered 409 where SQLite replayed; now every duplicate waits and replays."""

    async def burst() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=served, timeout=60) as http:
            headers = {**OWNER, "Idempotency-Key": "burst"}
            return await asyncio.gather(*(http.post(TRIGGER, json={}, headers=headers) for _ in range(12)))

    responses = asyncio.run(burst())
    assert [r.status_code for r in responses] == [202] * 12, [(r.status_code, r.text) for r in responses]
    assert len({r.json()["id"] for r in responses}) == 1
    assert sum("idempotent-replayed" not in r.headers for r in responses) == 1


def test_bootstrap_name_with_nul_is_refused_on_every_backend(served: str, shared_platform: Platform):
    """Finding 4: PostgreSQL accepted (202) a name with NUL and the saga never finished."""
    body = {
        "template_id": TEMPLATE_NODE,
        "name": "Blog\x00",
        "slug": "blog",
        "subdomain": "blog",
        "github_owner": "octo-owner",
        "github_installation_id": 1001,
        "repo_name": "blog",
    }
    response = httpx.post(f"{served}/api/v1/tenants/{ACME}/app-bootstraps", json=body, headers=OWNER)
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "validation_failed" and "NUL" in response.json()["message"]
    clean = httpx.post(
        f"{served}/api/v1/tenants/{ACME}/app-bootstraps", json={**body, "name": "Blog"}, headers=OWNER
    )
    assert clean.status_code == 202, clean.text

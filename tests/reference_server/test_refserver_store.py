"""Persistence: backends, schema, restart, and the DB-level one-in-progress guarantee.

Parametrized over in-memory SQLite, a SQLite file and PostgreSQL (only when
REFSERVER_TEST_PG_URL is set; skipped with the reason printed otherwise).
"""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import pytest
from refserver_testlib import SETTINGS, SHOP, STAGE, START, app_path
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from reference_server.apis.axhub.domain.errors import DomainError
from reference_server.apis.axhub.domain.service import Platform
from reference_server.apis.axhub.fixtures import ensure_fixtures
from reference_server.apis.axhub.store import Store, api_tokens, deployments, tenants
from reference_server.clock import ManualClock


def open_platform(url: str, clock: ManualClock | None = None) -> Platform:
    return Platform.open(url, clock=clock or ManualClock("2025-06-01T00:00:00Z"), settings=SETTINGS)


def test_schema_and_fixtures_load_on_every_backend(store_url: str):
    p = open_platform(store_url)
    try:
        with p.store.read() as conn:
            assert conn.execute(select(func.count()).select_from(tenants)).scalar_one() == 2
            tokens = set(conn.execute(select(api_tokens.c.token)).scalars())
        assert {"tok_admin", "tok_owner", "tok_member", "tok_outsider", "tok_platform"} <= tokens
        assert p.store.ping()
    finally:
        p.close()


def test_fixtures_load_only_into_an_empty_store(store_url: str):
    p = open_platform(store_url)
    try:
        assert ensure_fixtures(p.store) is False
    finally:
        p.close()


def test_full_flow_on_every_backend(store_url: str):
    p = open_platform(store_url)
    try:
        owner = p.user_for_token("tok_owner")
        dep = p.trigger_deployment(owner, app_path(SHOP), {}, {})
        assert dep is not None
        with pytest.raises(DomainError) as info:
            p.trigger_deployment(owner, app_path(SHOP), {}, {})
        assert info.value.code == "deployment_in_progress"
        p.advance(STAGE * 4)
        got = p.get_deployment(owner, app_path(SHOP, did=dep["id"]), {}, None)
        assert got is not None and got["status"] == "succeeded"
        releases = p.list_releases(owner, app_path(SHOP), {}, None)
        assert releases is not None and releases["items"][0]["version"] == 3
        logs = p.get_logs(owner, app_path(SHOP), {"limit": "5"}, None)
        assert logs is not None and len(logs["lines"]) == 5
    finally:
        p.close()


def test_sqlite_file_uses_wal_and_foreign_keys(tmp_path: Path):
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    try:
        with store.read() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    finally:
        store.close()


def test_default_url_is_a_sqlite_file(monkeypatch: pytest.MonkeyPatch):
    from reference_server.apis.axhub import store as store_module

    monkeypatch.delenv(store_module.DEFAULT_URL_ENV, raising=False)
    assert store_module.default_url().startswith("sqlite:///")
    monkeypatch.setenv(store_module.DEFAULT_URL_ENV, "sqlite://")
    assert store_module.default_url() == "sqlite://"


def test_restart_on_the_same_sqlite_file_loses_nothing(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'axhub.sqlite3'}"
    clock = ManualClock("2025-06-01T00:00:00Z")
    first = open_platform(url, clock)
    owner = first.user_for_token("tok_owner")
    dep = first.trigger_deployment(owner, app_path(SHOP), {}, {})
    assert dep is not None
    first.advance(STAGE * 2)  # mid-pipeline
    first.update_git_connection(owner, app_path(SHOP), {}, {"branch": "develop"})
    first.close()

    second = open_platform(url, clock)
    try:
        owner = second.user_for_token("tok_owner")  # tokens survive
        got = second.get_deployment(owner, app_path(SHOP, did=dep["id"]), {}, None)
        assert got is not None and got["status"] == "pushing"
        status = second.get_git_connection(owner, app_path(SHOP), {}, None)
        assert status is not None and status["branch"] == "develop"
        # fixtures were not loaded twice
        assert second.list_deployments(owner, app_path(SHOP), {}, None)["total"] == 4
        # and the pipeline continues where it stopped
        second.advance(STAGE * 2)
        got = second.get_deployment(owner, app_path(SHOP, did=dep["id"]), {}, None)
        assert got is not None and got["status"] == "succeeded"
    finally:
        second.close()


def test_partial_unique_index_allows_one_in_progress_per_app(store_url: str):
    store = Store(store_url)
    ensure_fixtures(store)
    base = {
        "app_id": SHOP,
        "commit_sha": "0" * 40,
        "trigger_source": "manual",
        "force_rebuild": False,
        "started_us": 1,
        "stage_started_us": 1,
    }
    try:
        with store.write() as conn:
            for status in ("succeeded", "failed", "cancelled", "succeeded"):
                conn.execute(deployments.insert().values(id=str(uuid.uuid4()), status=status, **base))
            conn.execute(deployments.insert().values(id=str(uuid.uuid4()), status="building", **base))
        with pytest.raises(IntegrityError), store.write() as conn:
            conn.execute(deployments.insert().values(id=str(uuid.uuid4()), status="pending", **base))
    finally:
        store.close()


def test_fifty_concurrent_triggers_give_exactly_one_deployment(shared_store_url: str):
    p = open_platform(shared_store_url)
    try:
        owner = p.user_for_token("tok_owner")
        barrier = threading.Barrier(50)
        outcomes: list[str] = []
        lock = threading.Lock()

        def worker() -> None:
            barrier.wait()
            try:
                p.trigger_deployment(owner, app_path(SHOP), {}, {})
                result = "ok"
            except DomainError as exc:
                result = exc.code
            except Exception as exc:  # pragma: no cover - reported by the assertion
                result = f"crash: {exc!r}"
            with lock:
                outcomes.append(result)

        threads = [threading.Thread(target=worker) for _ in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert len(outcomes) == 50
        assert outcomes.count("ok") == 1, outcomes
        assert outcomes.count("deployment_in_progress") == 49, outcomes
        with p.store.read() as conn:
            in_progress = conn.execute(
                select(func.count())
                .select_from(deployments)
                .where(deployments.c.app_id == SHOP, deployments.c.status == "pending")
            ).scalar_one()
        assert in_progress == 1
    finally:
        p.close()


def test_concurrent_triggers_from_separate_engines(shared_store_url: str):
    """Two 'processes' (engines) on one database still get exactly one deployment."""
    platforms = [open_platform(shared_store_url) for _ in range(2)]
    try:
        owners = [p.user_for_token("tok_owner") for p in platforms]
        barrier = threading.Barrier(20)
        outcomes: list[str] = []
        lock = threading.Lock()

        def worker(i: int) -> None:
            p, owner = platforms[i % 2], owners[i % 2]
            barrier.wait()
            try:
                p.trigger_deployment(owner, app_path(SHOP), {}, {})
                result = "ok"
            except DomainError as exc:
                result = exc.code
            with lock:
                outcomes.append(result)

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sorted(set(outcomes)) == ["deployment_in_progress", "ok"]
        assert outcomes.count("ok") == 1
    finally:
        for p in platforms:
            p.close()


def test_in_memory_store_is_shared_across_threads():
    p = open_platform("sqlite://")
    try:
        owner = p.user_for_token("tok_owner")
        results: list[int] = []

        def reader() -> None:
            page = p.list_deployments(owner, app_path(SHOP), {}, None)
            assert page is not None
            results.append(page["total"])

        threads = [threading.Thread(target=reader) for _ in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        assert results == [3] * 10
    finally:
        p.close()


def test_reset_is_atomic_against_concurrent_requests(store_url: str):
    """A request still in flight while the store resets (e.g. a handler its client gave up on)
    sees the tables before or after the reset, never half-dropped."""
    store = Store(store_url)
    ensure_fixtures(store, None, clock=ManualClock(START), settings=SETTINGS)
    failures: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                with store.read() as conn:
                    conn.execute(select(func.count()).select_from(deployments)).scalar_one()
            except BaseException as exc:  # noqa: BLE001 - collected and asserted below
                failures.append(exc)
                return

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        for _ in range(5):
            store.reset()
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        store.close()
    assert failures == []

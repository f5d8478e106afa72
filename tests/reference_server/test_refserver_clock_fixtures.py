"""The clock helpers and the fixture loader."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from refserver_testlib import SETTINGS

from reference_server.apis.axhub.fixtures import DEFAULT_FIXTURE, FixtureError, load_fixture, read_fixture
from reference_server.apis.axhub.store import Store
from reference_server.clock import (
    ManualClock,
    SystemClock,
    from_us,
    parse_rfc3339,
    rfc3339,
    to_us,
)


def test_manual_clock_moves_only_when_told():
    clock = ManualClock("2025-06-01T00:00:00Z")
    assert clock.now() == datetime(2025, 6, 1, tzinfo=UTC)
    clock.advance(1.5)
    assert rfc3339(clock.now()) == "2025-06-01T00:00:01.5Z"
    clock.set("2026-01-01T00:00:00+09:00")
    assert rfc3339(clock.now()) == "2025-12-31T15:00:00Z"
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_system_clock_is_aware():
    assert SystemClock().now().tzinfo is not None


def test_microsecond_roundtrip_and_rfc3339():
    moment = datetime(2025, 5, 3, 12, 0, 0, 123456, tzinfo=UTC)
    assert from_us(to_us(moment)) == moment
    assert rfc3339(to_us(moment)) == "2025-05-03T12:00:00.123456Z"
    assert parse_rfc3339("2025-05-03T12:00:00.123456789Z") == moment
    for bad in ("2025-05-03", "yesterday", "2025-05-03T12:00:00"):
        with pytest.raises(ValueError):
            parse_rfc3339(bad)


def test_default_fixture_names_the_documented_tokens():
    doc = read_fixture()
    tokens = {u["token"] for u in doc["users"]}
    assert {"tok_admin", "tok_owner", "tok_member", "tok_outsider", "tok_platform"} <= tokens
    assert DEFAULT_FIXTURE.exists()


def test_fixture_errors_are_reported(tmp_path: Path):
    store = Store("sqlite://")
    try:
        with pytest.raises(FixtureError, match="unknown tenant"):
            load_fixture(
                store, {"users": [{"id": "u1", "name": "x", "memberships": {"nope": "member"}}]}, settings=SETTINGS
            )
    finally:
        store.close()
    bad = tmp_path / "bad.yaml"
    bad.write_text("- just a list\n")
    with pytest.raises(FixtureError):
        read_fixture(bad)


def test_custom_fixture_file(tmp_path: Path):
    custom = tmp_path / "tiny.yaml"
    custom.write_text(
        "tenants: [{key: t, id: 1a000000-0000-4000-8000-000000000001, slug: tiny}]\n"
        "users: [{key: u, id: 1b000000-0000-4000-8000-000000000001, name: U, token: tok_u,"
        " memberships: {t: admin}}]\n"
    )
    from reference_server.apis.axhub.domain.service import Platform

    p = Platform.open("sqlite://", fixture=custom, settings=SETTINGS)
    try:
        user = p.user_for_token("tok_u")
        assert user.is_tenant_admin("1a000000-0000-4000-8000-000000000001")
    finally:
        p.close()

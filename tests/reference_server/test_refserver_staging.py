"""Staging opt-in: enable and disable."""

from __future__ import annotations

from refserver_testlib import (
    CATALOG,
    CATALOG_V1,
    LAB,
    NOGIT,
    PORTAL,
    STAGE,
    Users,
    app_path,
    raises,
)
from sqlalchemy import select

from reference_server.apis.axhub.domain.service import Platform
from reference_server.apis.axhub.store import apps, env_vars, schema_ops


def app_row(platform: Platform, app_id: str):
    with platform.store.read() as conn:
        return conn.execute(select(apps).where(apps.c.id == app_id)).one()


def test_enable_staging_forks_production(platform: Platform, users: Users):
    assert platform.enable_staging(users.owner, app_path(CATALOG), {}, None) is None
    row = app_row(platform, CATALOG)
    assert row.staging_enabled is True
    assert row.staging_deployment_id == CATALOG_V1
    with platform.store.read() as conn:
        staging_env = dict(
            conn.execute(
                select(env_vars.c.key, env_vars.c.value).where(
                    env_vars.c.app_id == CATALOG, env_vars.c.environment == "staging"
                )
            ).all()
        )
    assert staging_env == {"LOG_LEVEL": "info", "CACHE_TTL": "60"}
    # an approved app with staging can deploy again (to staging)
    dep = platform.trigger_deployment(users.owner, app_path(CATALOG), {}, {})
    assert dep is not None
    platform.advance(STAGE * 4)
    assert app_row(platform, CATALOG).production_deployment_id == CATALOG_V1


def test_enable_without_production_deployment_is_412(platform: Platform, users: Users):
    raises("no_production_deployment", 412, platform.enable_staging, users.owner, app_path(NOGIT), {}, None)


def test_enable_twice_is_409(platform: Platform, users: Users):
    raises("conflict", 409, platform.enable_staging, users.owner, app_path(PORTAL), {}, None)


def test_enable_requires_owner_or_admin(platform: Platform, users: Users):
    raises("forbidden", 403, platform.enable_staging, users.member, app_path(CATALOG), {}, None)
    raises("not_found", 404, platform.enable_staging, users.outsider, app_path(CATALOG), {}, None)


def test_disable_needs_confirmation(platform: Platform, users: Users):
    for body in (None, {}, {"confirm_discard_ops": False}):
        raises("confirm_discard_ops_required", 412, platform.disable_staging, users.owner, app_path(LAB), {}, body)
    assert app_row(platform, LAB).staging_enabled is True


def test_disable_with_pending_review_is_412(platform: Platform, users: Users):
    raises(
        "pending_review",
        412,
        platform.disable_staging,
        users.owner,
        app_path(PORTAL),
        {},
        {"confirm_discard_ops": True},
    )


def test_disable_discards_staging(platform: Platform, users: Users):
    assert platform.disable_staging(users.owner, app_path(LAB), {}, {"confirm_discard_ops": True}) is None
    row = app_row(platform, LAB)
    assert (row.staging_enabled, row.staging_deployment_id) == (False, None)
    with platform.store.read() as conn:
        assert conn.execute(select(schema_ops).where(schema_ops.c.app_id == LAB)).all() == []
    # idempotent once off
    platform.disable_staging(users.owner, app_path(LAB), {}, {"confirm_discard_ops": True})


def test_disable_requires_owner_or_admin(platform: Platform, users: Users):
    raises("forbidden", 403, platform.disable_staging, users.member, app_path(LAB), {}, {"confirm_discard_ops": True})
    raises(
        "validation_failed",
        400,
        platform.disable_staging,
        users.owner,
        app_path(LAB),
        {},
        {"confirm_discard_ops": "yes"},
    )

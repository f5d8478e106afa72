"""Staging opt-in: enable (fork of production) and disable (discarding staging)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, select

from reference_server.apis.axhub.auth import App
from reference_server.apis.axhub.domain import events
from reference_server.apis.axhub.domain.errors import conflict, fail
from reference_server.apis.axhub.domain.params import bool_field
from reference_server.apis.axhub.store import apps, env_vars, promotion_requests, schema_ops


def enable(conn: Connection, app: App, now_us: int) -> None:
    """PUT /apps/{appID}/staging (202): needs a production deployment to seed from."""
    if app.staging_enabled:
        raise conflict("staging is already enabled for this app")
    if not app.production_deployment_id:
        raise fail(
            "no_production_deployment",
            "staging needs a production deployment to seed from; deploy once first",
        )
    won = conn.execute(
        apps.update()
        .where(apps.c.id == app.id, apps.c.staging_enabled.is_(False))
        .values(staging_enabled=True, staging_deployment_id=app.production_deployment_id)
    ).rowcount
    if won != 1:
        raise conflict("staging is already enabled for this app")
    # Fork: staging starts with production's environment.
    conn.execute(env_vars.delete().where(env_vars.c.app_id == app.id, env_vars.c.environment == "staging"))
    prod_env = (
        conn.execute(
            select(env_vars.c.key, env_vars.c.value).where(
                env_vars.c.app_id == app.id, env_vars.c.environment == "production"
            )
        )
        .mappings()
        .all()
    )
    for row in prod_env:
        conn.execute(env_vars.insert().values(app_id=app.id, environment="staging", key=row["key"], value=row["value"]))
    events.record(
        conn,
        app.id,
        "staging.enabled",
        {"seed_deployment_id": app.production_deployment_id},
        now_us,
    )


def disable(conn: Connection, app: App, body: Mapping[str, Any], now_us: int) -> None:
    """DELETE /apps/{appID}/staging (204): explicit consent; no pending review."""
    if not bool_field(body, "confirm_discard_ops"):
        raise fail(
            "confirm_discard_ops_required",
            "disabling staging discards unpromoted schema changes; resend with confirm_discard_ops=true",
        )
    pending = conn.execute(
        select(promotion_requests.c.id).where(
            promotion_requests.c.app_id == app.id, promotion_requests.c.status == "pending"
        )
    ).first()
    if pending is not None:
        raise fail("pending_review", "a review is pending; cancel or decide it first")
    if not app.staging_enabled:
        return
    discarded = conn.execute(
        schema_ops.delete().where(schema_ops.c.app_id == app.id, schema_ops.c.applied_prod_us.is_(None))
    ).rowcount
    conn.execute(env_vars.delete().where(env_vars.c.app_id == app.id, env_vars.c.environment == "staging"))
    conn.execute(apps.update().where(apps.c.id == app.id).values(staging_enabled=False, staging_deployment_id=None))
    events.record(conn, app.id, "staging.disabled", {"discarded_ops": discarded}, now_us)

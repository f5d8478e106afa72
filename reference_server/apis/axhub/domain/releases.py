"""Releases (versions of successful deployments), promote preflight and promotion retry.

A release is created for every succeeded deployment, numbered 1, 2, ... per
app. A promotion request is a review asking to put a (staging) release into
production; once approved its promote runs and ends ``succeeded`` or
``failed``. A failed promote, or one stuck in ``promoting`` longer than
``Settings.promotion_stuck_seconds``, can be retried.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, func, select

from reference_server.apis.axhub.auth import App
from reference_server.apis.axhub.domain import events
from reference_server.apis.axhub.domain.errors import conflict, fail, not_found, validation
from reference_server.apis.axhub.domain.params import int_param
from reference_server.apis.axhub.domain.settings import Settings
from reference_server.apis.axhub.store import (
    apps,
    deployments,
    env_vars,
    promotion_requests,
    releases,
    schema_ops,
)
from reference_server.clock import rfc3339


def list_releases(conn: Connection, app: App, query: Mapping[str, Any]) -> dict[str, Any]:
    limit = int_param(query, "limit", 20, 1, 100)
    offset = int_param(query, "offset", 0, 0)
    where = releases.c.app_id == app.id
    total = conn.execute(select(func.count()).select_from(releases).where(where)).scalar_one()
    rows = conn.execute(
        select(releases, deployments.c.commit_sha, deployments.c.image_uri)
        .join(deployments, deployments.c.id == releases.c.deployment_id)
        .where(where)
        .order_by(releases.c.version.desc())
        .limit(limit)
        .offset(offset)
    ).mappings()
    items = [
        {
            "version": int(r["version"]),
            "deployment_id": r["deployment_id"],
            "commit_sha": r["commit_sha"],
            "image_uri": r["image_uri"],
            "created_at": rfc3339(int(r["created_us"])),
            "active_prod": r["deployment_id"] == app.production_deployment_id,
            "active_staging": app.staging_enabled and r["deployment_id"] == app.staging_deployment_id,
            "approved": bool(r["approved"]),
        }
        for r in rows
    ]
    return {"items": items, "total": int(total), "next_cursor": ""}


def _env(conn: Connection, app_id: str, environment: str) -> dict[str, str]:
    rows = conn.execute(
        select(env_vars.c.key, env_vars.c.value).where(
            env_vars.c.app_id == app_id, env_vars.c.environment == environment
        )
    ).mappings()
    return {str(r["key"]): str(r["value"]) for r in rows}


def pending_ops(conn: Connection, app_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(schema_ops)
        .where(schema_ops.c.app_id == app_id, schema_ops.c.applied_prod_us.is_(None))
        .order_by(schema_ops.c.seq)
    ).mappings()
    return [
        {
            "seq": int(r["seq"]),
            "kind": r["op"],
            "description": f"{str(r['op']).replace('_', ' ')} {r['target']}",
            "destructive": bool(r["destructive"]),
        }
        for r in rows
    ]


def preflight(conn: Connection, app: App, query: Mapping[str, Any]) -> dict[str, Any]:
    """GET /apps/{appID}/releases/promote-preflight."""
    raw = query.get("deployment_id")
    if not isinstance(raw, str) or not raw:
        raise validation("deployment_id is required")
    try:
        did = str(uuid.UUID(raw))
    except ValueError:
        raise validation("deployment_id must be a UUID") from None
    if not app.staging_enabled:
        raise fail("staging_required", "promote needs staging; enable staging for this app first")
    row = (
        conn.execute(select(deployments).where(deployments.c.id == did, deployments.c.app_id == app.id))
        .mappings()
        .one_or_none()
    )
    if row is None:
        raise not_found("deployment not found")
    missing: list[str] = []
    if not row["image_uri"]:
        missing.append(f"deployment {did} has no built image")
    elif row["image_missing"]:
        missing.append(str(row["image_uri"]))
    prod_env, staging_env = _env(conn, app.id, "production"), _env(conn, app.id, "staging")
    diff_keys = sorted(key for key in set(prod_env) | set(staging_env) if prod_env.get(key) != staging_env.get(key))
    ops = pending_ops(conn, app.id)
    cursor_seq = max((op["seq"] for op in ops), default=0)
    if not ops:
        top = conn.execute(select(func.max(schema_ops.c.seq)).where(schema_ops.c.app_id == app.id)).scalar_one_or_none()
        cursor_seq = int(top or 0)
    return {
        "promotable": not missing,
        "missing_images": missing,
        "diff_keys": diff_keys,
        "ops": ops,
        "cursor_seq": cursor_seq,
    }


def _request_row(conn: Connection, app_id: str, request_id: str) -> dict[str, Any]:
    try:
        rid = str(uuid.UUID(request_id))
    except (ValueError, TypeError, AttributeError):
        raise validation("requestID must be a UUID") from None
    row = (
        conn.execute(
            select(promotion_requests).where(promotion_requests.c.id == rid, promotion_requests.c.app_id == app_id)
        )
        .mappings()
        .one_or_none()
    )
    if row is None:
        raise not_found("promotion request not found")
    return dict(row)


def retry_promotion(conn: Connection, app: App, request_id: str, now_us: int, settings: Settings) -> None:
    """POST /apps/{appID}/promotions/{requestID}/retry (202 when accepted)."""
    row = _request_row(conn, app.id, request_id)
    promote_status = row["promote_status"]
    if row["status"] != "approved":
        raise fail(
            "invalid_state",
            f"the review is {row['status']}; only approved promotions can be retried",
            status=412,
        )
    if promote_status == "promoting":
        started = int(row["promote_started_us"] or row["updated_us"])
        if now_us - started < settings.promotion_stuck_us:
            raise conflict("the promotion is still running; retry once it failed or got stuck")
    elif promote_status != "failed":
        state = "already succeeded" if promote_status == "succeeded" else "has not run yet"
        raise fail(
            "invalid_state",
            f"the promotion {state}; only a failed or stuck promotion can be retried",
            status=412,
        )
    won = conn.execute(
        promotion_requests.update()
        .where(
            promotion_requests.c.id == row["id"],
            promotion_requests.c.promote_status == promote_status,
            promotion_requests.c.updated_us == row["updated_us"],
        )
        .values(
            promote_status="promoting",
            promote_started_us=now_us,
            promote_error=None,
            attempts=int(row["attempts"]) + 1,
            updated_us=now_us,
        )
    ).rowcount
    if won != 1:
        raise conflict("the promotion changed state concurrently; try again")
    events.record(
        conn,
        app.id,
        "promotion.retried",
        {"request_id": row["id"], "attempt": int(row["attempts"]) + 1},
        now_us,
    )


def due_promotions(conn: Connection, due_before_us: int) -> list[str]:
    rows = conn.execute(
        select(promotion_requests.c.id).where(
            promotion_requests.c.promote_status == "promoting",
            promotion_requests.c.promote_started_us.is_not(None),
            promotion_requests.c.promote_started_us <= due_before_us,
        )
    ).scalars()
    return [str(r) for r in rows]


def finish_promotion(conn: Connection, request_id: str, now_us: int, settings: Settings) -> bool:
    """Complete a running promote whose time has come: images swapped, ops applied."""
    row = conn.execute(select(promotion_requests).where(promotion_requests.c.id == request_id)).mappings().one_or_none()
    if row is None or row["promote_status"] != "promoting" or row["promote_started_us"] is None:
        return False
    done_at = int(row["promote_started_us"]) + settings.promotion_us
    if done_at > now_us:
        return False
    dep = conn.execute(select(deployments).where(deployments.c.id == row["deployment_id"])).mappings().one()
    app_id = str(row["app_id"])
    if not dep["image_uri"] or dep["image_missing"]:
        values: dict[str, Any] = {
            "promote_status": "failed",
            "updated_us": done_at,
            "promote_error": "image missing from the registry",
        }
    else:
        values = {"promote_status": "succeeded", "updated_us": done_at, "promote_error": None}
    won = conn.execute(
        promotion_requests.update()
        .where(
            promotion_requests.c.id == request_id,
            promotion_requests.c.promote_status == "promoting",
        )
        .values(**values)
    ).rowcount
    if won != 1:
        return False
    if values["promote_status"] == "succeeded":
        conn.execute(apps.update().where(apps.c.id == app_id).values(production_deployment_id=dep["id"]))
        conn.execute(
            schema_ops.update()
            .where(
                schema_ops.c.app_id == app_id,
                schema_ops.c.applied_prod_us.is_(None),
                schema_ops.c.seq <= int(row["cursor_seq"]),
            )
            .values(applied_prod_us=done_at)
        )
    events.record(
        conn,
        app_id,
        f"promotion.{values['promote_status']}",
        {"request_id": request_id, "deployment_id": dep["id"]},
        done_at,
    )
    return True


def promotion_json(conn: Connection, request_id: str) -> dict[str, Any]:
    row = conn.execute(select(promotion_requests).where(promotion_requests.c.id == request_id)).mappings().one()
    return {
        "id": row["id"],
        "app_id": row["app_id"],
        "deployment_id": row["deployment_id"],
        "status": row["status"],
        "promote_status": row["promote_status"],
        "promote_error": row["promote_error"],
        "cursor_seq": int(row["cursor_seq"]),
        "attempts": int(row["attempts"]),
    }

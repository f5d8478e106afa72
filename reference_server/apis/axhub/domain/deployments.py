"""Deployment lifecycle and the simulated build/deploy pipeline.

A deployment moves pending → building → pushing → deploying → succeeded, each
stage lasting ``Settings.stage_seconds`` on the injected clock, or ends
``failed`` (with ``failure_reason`` {code, message, stage}) or ``cancelled``.
``advance(...)`` moves one deployment through every stage whose time has
elapsed; ``Platform.tick()`` calls it for all in-progress deployments.

Deterministic failures, by commit sha prefix (still 40 hex characters):
``bad0…``/``bad…`` fail while building, ``bad1…`` while pushing, ``bad2…``
while deploying.

At most one deployment per app is in progress; a partial unique index on
``deployments(app_id) WHERE status IN (in-progress)`` guarantees it under
concurrent triggers on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, func, select
from sqlalchemy.exc import IntegrityError

from reference_server.apis.axhub.auth import App, User
from reference_server.apis.axhub.domain import events, logs
from reference_server.apis.axhub.domain.errors import fail, not_found, validation
from reference_server.apis.axhub.domain.git import get_connection
from reference_server.apis.axhub.domain.github import GitHubProvider
from reference_server.apis.axhub.domain.params import bool_field, int_param, str_field
from reference_server.apis.axhub.domain.settings import Settings
from reference_server.apis.axhub.store import (
    IN_PROGRESS_STATUSES,
    apps,
    deployments,
    log_lines,
    releases,
    schema_ops,
    tenants,
)
from reference_server.clock import rfc3339, rfc3339_opt

TERMINAL_STATUSES = ("succeeded", "failed", "cancelled")
NEXT_STAGE = {
    "pending": "building",
    "building": "pushing",
    "pushing": "deploying",
    "deploying": "succeeded",
}
FAILURE_CODES = {
    "building": ("build_failed", "image build failed: npm ERR! code ELIFECYCLE (exit status 1)"),
    "pushing": ("push_failed", "pushing the image to the registry failed: denied"),
    "deploying": (
        "rollout_failed",
        "rollout did not become ready: container exited with code 1 (CrashLoopBackOff)",
    ),
}
_SHA_RE = re.compile(r"^[0-9a-f]{40}$")


def failing_stage(commit_sha: str) -> str | None:
    """The stage where a deployment of this commit fails (``None``: it succeeds)."""
    sha = commit_sha.lower()
    if not sha.startswith("bad"):
        return None
    return {"1": "pushing", "2": "deploying"}.get(sha[3:4], "building")


def deployment_json(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "app_id": row["app_id"],
        "commit_sha": row["commit_sha"],
        "status": row["status"],
        "current_stage": row["current_stage"],
        "trigger_source": row["trigger_source"],
        "image_uri": row["image_uri"],
        "failure_reason": row["failure_reason"],
        "started_at": rfc3339(int(row["started_us"])),
        "completed_at": rfc3339_opt(row["completed_us"]),
    }


# Built once (a hot path): SQLAlchemy reuses the compiled statement for every call.
_DEPLOYMENT_OF_APP = select(deployments).where(
    deployments.c.id == bindparam("did"), deployments.c.app_id == bindparam("app_id")
)


def get_row(conn: Connection, app_id: str, deployment_id: str) -> dict[str, Any]:
    """The deployment of this app; 404 otherwise (also for another app's deployment)."""
    try:
        did = str(uuid.UUID(deployment_id))
    except (ValueError, TypeError, AttributeError):
        raise validation("deployment id must be a UUID") from None
    row = conn.execute(_DEPLOYMENT_OF_APP, {"did": did, "app_id": app_id}).mappings().one_or_none()
    if row is None:
        raise not_found("deployment not found")
    return dict(row)


def list_for_app(conn: Connection, app_id: str, query: Mapping[str, Any]) -> dict[str, Any]:
    limit = int_param(query, "limit", 20, 1, 100)
    offset = int_param(query, "offset", 0, 0)
    where = deployments.c.app_id == app_id
    total = conn.execute(select(func.count()).select_from(deployments).where(where)).scalar_one()
    rows = conn.execute(
        select(deployments)
        .where(where)
        .order_by(deployments.c.started_us.desc(), deployments.c.pk.desc())
        .limit(limit)
        .offset(offset)
    ).mappings()
    return {"items": [deployment_json(r) for r in rows], "total": int(total), "next_cursor": ""}


def list_for_tenant(conn: Connection, tenant_id: str, query: Mapping[str, Any]) -> dict[str, Any]:
    limit = int_param(query, "limit", 20, 1, 100)
    where = apps.c.tenant_id == tenant_id
    joined = deployments.join(apps, apps.c.id == deployments.c.app_id)
    total = conn.execute(select(func.count()).select_from(joined).where(where)).scalar_one()
    rows = conn.execute(
        select(deployments)
        .select_from(joined)
        .where(where)
        .order_by(deployments.c.started_us.desc(), deployments.c.pk.desc())
        .limit(limit)
    ).mappings()
    return {"items": [deployment_json(r) for r in rows], "total": int(total), "next_cursor": ""}


def in_progress_for_app(conn: Connection, app_id: str) -> str | None:
    did = conn.execute(
        select(deployments.c.id).where(deployments.c.app_id == app_id, deployments.c.status.in_(IN_PROGRESS_STATUSES))
    ).scalar_one_or_none()
    return None if did is None else str(did)


def create(
    conn: Connection,
    app: App,
    *,
    commit_sha: str,
    trigger_source: str,
    force_rebuild: bool,
    requested_by: str | None,
    now_us: int,
) -> dict[str, Any]:
    """Insert a pending deployment; 409 when one is already in progress (DB-enforced)."""
    if in_progress_for_app(conn, app.id) is not None:
        raise fail("deployment_in_progress", "a deployment of this app is already in progress")
    did = str(uuid.uuid4())
    values = {
        "id": did,
        "app_id": app.id,
        "commit_sha": commit_sha,
        "status": "pending",
        "current_stage": "pending",
        "trigger_source": trigger_source,
        "force_rebuild": force_rebuild,
        "started_us": now_us,
        "stage_started_us": now_us,
        "requested_by": requested_by,
    }
    try:
        with conn.begin_nested():
            conn.execute(deployments.insert().values(**values))
    except IntegrityError:
        raise fail("deployment_in_progress", "a deployment of this app is already in progress") from None
    logs.append(
        conn,
        app.id,
        now_us,
        f"deployment {did} queued for commit {commit_sha[:12]}",
        pod=f"build-{did[:8]}",
        deployment_id=did,
    )
    events.record(
        conn,
        app.id,
        "deployment.triggered",
        {
            "deployment_id": did,
            "commit_sha": commit_sha,
            "trigger_source": trigger_source,
            "force_rebuild": force_rebuild,
        },
        now_us,
    )
    return get_row(conn, app.id, did)


def trigger(
    conn: Connection,
    github: GitHubProvider,
    app: App,
    user: User,
    body: Mapping[str, Any],
    now_us: int,
) -> dict[str, Any]:
    """POST /apps/{appID}/deployments (manual trigger)."""
    sha = str_field(body, "commit_sha").strip().lower()
    force_rebuild = bool_field(body, "force_rebuild")
    if sha and not _SHA_RE.match(sha):
        raise validation("commit_sha must be a 40-character hex git commit")
    if not app.subdomain:
        raise fail("no_subdomain", "the app has no subdomain; set one before deploying")
    connection = get_connection(conn, app.id)
    if connection is None:
        raise fail("no_git_connection", "the app has no git connection; connect GitHub first")
    if app.approved and not app.staging_enabled:
        raise fail(
            "staging_required",
            "the app is published: enable staging to deploy; production changes only by promote",
        )
    if not sha:
        head = github.branch_head(conn, connection.repo_full_name, connection.branch)
        if head is None:
            raise fail(
                "invalid_branch",
                f"branch {connection.branch!r} not found in {connection.repo_full_name}",
            )
        sha = head
    return create(
        conn,
        app,
        commit_sha=sha,
        trigger_source="manual",
        force_rebuild=force_rebuild,
        requested_by=user.id,
        now_us=now_us,
    )


def cancel(conn: Connection, app_id: str, deployment_id: str, now_us: int) -> None:
    """Cancel an in-progress deployment; idempotent when already cancelled."""
    row = get_row(conn, app_id, deployment_id)
    status = row["status"]
    if status == "cancelled":
        return
    if status in ("succeeded", "failed"):
        raise fail(
            "invalid_state",
            f"deployment already {status}; only in-progress deployments can be cancelled",
            status=409,
        )
    won = conn.execute(
        deployments.update()
        .where(deployments.c.id == row["id"], deployments.c.status == status)
        .values(status="cancelled", current_stage=None, cancel_requested_us=now_us, completed_us=now_us)
    ).rowcount
    if won != 1:
        # The pipeline moved it in between: decide again on the fresh row.
        cancel(conn, app_id, deployment_id, now_us)
        return
    logs.append(
        conn,
        app_id,
        now_us,
        f"deployment {row['id']} cancelled",
        stream="stderr",
        pod=f"build-{str(row['id'])[:8]}",
        deployment_id=str(row["id"]),
    )
    events.record(conn, app_id, "deployment.cancelled", {"deployment_id": row["id"]}, now_us)


def _destructive_since(conn: Connection, app_id: str, since_us: int) -> list[str]:
    rows = conn.execute(
        select(schema_ops.c.op, schema_ops.c.target)
        .where(
            schema_ops.c.app_id == app_id,
            schema_ops.c.destructive.is_(True),
            schema_ops.c.applied_prod_us.is_not(None),
            schema_ops.c.applied_prod_us > since_us,
        )
        .order_by(schema_ops.c.seq)
    ).mappings()
    return [f"{r['op']} {r['target']}" for r in rows]


def rollback(conn: Connection, app: App, deployment_id: str, body: Mapping[str, Any], now_us: int) -> None:
    """Point production at an earlier built image; no new deployment row."""
    confirm = bool_field(body, "confirm_schema_skew")
    row = get_row(conn, app.id, deployment_id)
    if not row["image_uri"]:
        raise fail("no_image", "the deployment has no built image to roll back to")
    release = conn.execute(select(releases).where(releases.c.deployment_id == row["id"])).mappings().one_or_none()
    if app.staging_enabled and (release is None or not release["approved"]):
        raise fail("release_not_approved", "staging apps can only roll back to versions approved in review")
    since = int(row["completed_us"] or row["started_us"])
    skew = _destructive_since(conn, app.id, since)
    if skew and not confirm:
        raise fail(
            "confirm_schema_skew_required",
            "rollback does not revert the schema; destructive changes applied since this "
            f"version ({', '.join(skew)}): resend with confirm_schema_skew=true",
        )
    conn.execute(apps.update().where(apps.c.id == app.id).values(production_deployment_id=row["id"]))
    events.record(
        conn,
        app.id,
        "production.rollback",
        {
            "from_deployment_id": app.production_deployment_id,
            "to_deployment_id": row["id"],
            "image_uri": row["image_uri"],
            "confirm_schema_skew": confirm,
            "schema_skew": skew,
        },
        now_us,
    )
    logs.append(
        conn,
        app.id,
        now_us,
        f"rolling production back to image {row['image_uri']}",
        pod=f"{app.slug}-rollout",
        deployment_id=str(row["id"]),
    )


def _latest_terminal(conn: Connection, app_id: str) -> dict[str, Any] | None:
    row = (
        conn.execute(
            select(deployments)
            .where(deployments.c.app_id == app_id, deployments.c.status.in_(TERMINAL_STATUSES))
            .order_by(deployments.c.started_us.desc(), deployments.c.pk.desc())
            .limit(1)
        )
        .mappings()
        .one_or_none()
    )
    return None if row is None else dict(row)


def _last_stderr(conn: Connection, app_id: str, deployment_id: str) -> str | None:
    message = conn.execute(
        select(log_lines.c.message)
        .where(
            log_lines.c.app_id == app_id,
            log_lines.c.deployment_id == deployment_id,
            log_lines.c.stream == "stderr",
        )
        .order_by(log_lines.c.ts_us.desc(), log_lines.c.pk.desc())
        .limit(1)
    ).scalar_one_or_none()
    return None if message is None else str(message)


def _deployment(conn: Connection, deployment_id: str | None) -> dict[str, Any] | None:
    if not deployment_id:
        return None
    row = conn.execute(select(deployments).where(deployments.c.id == deployment_id)).mappings().one_or_none()
    return None if row is None else dict(row)


def diagnosis(conn: Connection, app: App) -> dict[str, Any]:
    """Live rollout state of the app's services.

    Not applicable while nothing runs (no production deployment). The
    production service is unhealthy when a newer deployment failed during
    rollout (``reason`` from the platform: ``CrashLoopBackOff``; ``app_signal``
    the app's own last stderr line, untrusted) or when its image is gone.
    """
    prod = _deployment(conn, app.production_deployment_id)
    if prod is None:
        return {"app_id": app.id, "applicable": False, "healthy": False, "services": []}
    latest = _latest_terminal(conn, app.id)
    failure = (latest or {}).get("failure_reason") or {}
    failed_rollout = (
        latest is not None
        and latest["status"] == "failed"
        and failure.get("stage") == "deploying"
        and int(latest["started_us"]) > int(prod["started_us"])
    )
    reason: str | None = None
    signal: str | None = None
    restarts = 0
    if failed_rollout and latest is not None:
        reason = "CrashLoopBackOff"
        signal = _last_stderr(conn, app.id, str(latest["id"]))
        restarts = 5
    elif prod["image_missing"]:
        reason = "ImagePullBackOff"
    healthy = reason is None
    services = [
        {
            "name": app.slug,
            "ready": healthy,
            "restarts": restarts,
            "reason": reason,
            "app_signal": signal,
        }
    ]
    staging = _deployment(conn, app.staging_deployment_id) if app.staging_enabled else None
    if staging is not None:
        staging_reason = "ImagePullBackOff" if staging["image_missing"] else None
        services.append(
            {
                "name": f"{app.slug}-staging",
                "ready": staging_reason is None,
                "restarts": 0,
                "reason": staging_reason,
                "app_signal": None,
            }
        )
    return {"app_id": app.id, "applicable": True, "healthy": healthy, "services": services}


# -- the simulated pipeline ----------------------------------------------------
@dataclass(frozen=True)
class StepResult:
    deployment_id: str
    transitions: list[str]


def in_progress_ids(conn: Connection, due_before_us: int) -> list[str]:
    """In-progress deployments whose current stage began at or before ``due_before_us``."""
    rows = conn.execute(
        select(deployments.c.id)
        .where(
            deployments.c.status.in_(IN_PROGRESS_STATUSES),
            deployments.c.stage_started_us <= due_before_us,
        )
        .order_by(deployments.c.stage_started_us, deployments.c.pk)
    ).scalars()
    return [str(r) for r in rows]


def _image_uri(conn: Connection, row: Mapping[Any, Any], registry: str) -> str:
    app = (
        conn.execute(
            select(apps.c.slug, tenants.c.slug.label("tenant_slug"))
            .join(tenants, tenants.c.id == apps.c.tenant_id)
            .where(apps.c.id == row["app_id"])
        )
        .mappings()
        .one()
    )
    tag = str(row["commit_sha"])[:12]
    if row["force_rebuild"]:
        tag += f"-{str(row['id'])[:8]}"
    return f"{registry}/{app['tenant_slug']}/{app['slug']}:{tag}"


def next_version(conn: Connection, app_id: str) -> int:
    top = conn.execute(select(func.max(releases.c.version)).where(releases.c.app_id == app_id)).scalar_one_or_none()
    return int(top or 0) + 1


def _succeed(conn: Connection, row: Mapping[Any, Any], at_us: int) -> None:
    app_id, did = str(row["app_id"]), str(row["id"])
    version = next_version(conn, app_id)
    conn.execute(
        releases.insert().values(app_id=app_id, version=version, deployment_id=did, approved=False, created_us=at_us)
    )
    staging = conn.execute(select(apps.c.staging_enabled, apps.c.slug).where(apps.c.id == app_id)).mappings().one()
    pointer = "staging_deployment_id" if staging["staging_enabled"] else "production_deployment_id"
    conn.execute(apps.update().where(apps.c.id == app_id).values({pointer: did}))
    environment = "staging" if staging["staging_enabled"] else "production"
    events.record(
        conn,
        app_id,
        "deployment.succeeded",
        {"deployment_id": did, "version": version, "environment": environment},
        at_us,
    )
    pod = f"{staging['slug']}-{did[:8]}"
    logs.append(
        conn,
        app_id,
        at_us,
        f"starting {staging['slug']} ({str(row['commit_sha'])[:7]})",
        pod=pod,
        deployment_id=did,
    )
    logs.append(conn, app_id, at_us, "server listening on :8080", pod=pod, deployment_id=did)


def _stage_entry_log(conn: Connection, row: Mapping[Any, Any], stage: str, at_us: int, image_uri: str) -> None:
    app_id, did = str(row["app_id"]), str(row["id"])
    pod = f"build-{did[:8]}"
    messages = {
        "building": f"building image from commit {row['commit_sha']}"
        + (" (force rebuild)" if row["force_rebuild"] else ""),
        "pushing": f"pushing image {image_uri}",
        "deploying": f"rolling out {image_uri}",
    }
    if stage in messages:
        logs.append(conn, app_id, at_us, messages[stage], pod=pod, deployment_id=did)


def advance(conn: Connection, deployment_id: str, now_us: int, settings: Settings) -> StepResult:
    """Move one deployment through every stage whose time has elapsed by ``now_us``.

    Each transition is a conditional update on the status it came from, so a
    concurrent cancel (or another ticker) wins cleanly: the pipeline stops at
    the stage boundary where it sees a terminal status.
    """
    transitions: list[str] = []
    stage_us = settings.stage_us
    while True:
        row = conn.execute(select(deployments).where(deployments.c.id == deployment_id)).mappings().one_or_none()
        if row is None or row["status"] not in IN_PROGRESS_STATUSES:
            break
        stage = str(row["status"])
        boundary = int(row["stage_started_us"]) + stage_us
        if boundary > now_us:
            break
        image_uri = row["image_uri"] or _image_uri(conn, row, settings.image_registry)
        if failing_stage(str(row["commit_sha"])) == stage:
            code, message = FAILURE_CODES[stage]
            values: dict[str, Any] = {
                "status": "failed",
                "current_stage": None,
                "completed_us": boundary,
                "failure_reason": {"code": code, "message": message, "stage": stage},
            }
            new_status = "failed"
        else:
            new_status = NEXT_STAGE[stage]
            values = {"status": new_status, "stage_started_us": boundary}
            if stage == "pushing":
                values["image_uri"] = image_uri
            if new_status == "succeeded":
                values.update(current_stage=None, completed_us=boundary)
            else:
                values["current_stage"] = new_status
        won = conn.execute(
            deployments.update()
            .where(deployments.c.id == deployment_id, deployments.c.status == stage)
            .values(**values)
        ).rowcount
        if won != 1:
            break
        transitions.append(new_status)
        if new_status == "failed":
            logs.append(
                conn,
                str(row["app_id"]),
                boundary,
                f"{stage} failed: {values['failure_reason']['message']}",
                stream="stderr",
                pod=f"build-{deployment_id[:8]}",
                deployment_id=deployment_id,
            )
            events.record(
                conn,
                str(row["app_id"]),
                "deployment.failed",
                {"deployment_id": deployment_id, "stage": stage},
                boundary,
            )
            break
        if new_status == "succeeded":
            _succeed(conn, row, boundary)
            break
        _stage_entry_log(conn, row, new_status, boundary, image_uri)
    return StepResult(deployment_id, transitions)


def give_up(conn: Connection, deployment_id: str, now_us: int, message: str) -> bool:
    """Mark an in-progress deployment failed after its stage kept raising; True if it was in progress."""
    row = conn.execute(select(deployments).where(deployments.c.id == deployment_id)).mappings().one_or_none()
    if row is None or row["status"] not in NEXT_STAGE:
        return False
    stage = str(row["status"])
    won = conn.execute(
        deployments.update()
        .where(deployments.c.id == deployment_id, deployments.c.status == stage)
        .values(
            status="failed",
            current_stage=None,
            completed_us=now_us,
            failure_reason={"code": "internal_error", "message": message, "stage": stage},
        )
    ).rowcount
    return bool(won)

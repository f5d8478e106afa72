"""App bootstrap saga: app → repo → push → connect → deploy → done.

``create`` validates and records the saga (202). ``advance`` moves one saga
through every stage whose time (``Settings.bootstrap_stage_seconds`` each) has
elapsed on the clock, doing that stage's work when it ends:

* app: create the app (``app_failed`` if the slug or subdomain is taken);
* repo: create ``github_owner/repo_name`` (``repo_exists`` if it exists);
* push: push the template to ``main``;
* connect: connect the app to the repository;
* deploy: trigger the first deployment, then ``done``.
A failing stage ends the saga ``failed`` at that stage with ``error_code``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, select

from reference_server.apis.axhub.auth import User, get_app
from reference_server.apis.axhub.domain import deployments, events, git
from reference_server.apis.axhub.domain.errors import DomainError, fail, not_found, validation
from reference_server.apis.axhub.domain.github import GitHubProvider, fake_sha
from reference_server.apis.axhub.domain.settings import Settings
from reference_server.apis.axhub.store import apps, bootstraps, templates

STAGES = ("app", "repo", "push", "connect", "deploy", "done")
_SLUG_RE = re.compile(r"^[a-z0-9-]{2,64}$")
_SUBDOMAIN_RE = re.compile(r"^(?=.{2,32}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$")
_REPO_NAME_RE = re.compile(r"^[A-Za-z0-9._-]{1,100}$")
_OWNER_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")


def status_url(tenant_id: str, bootstrap_id: str) -> str:
    return f"/api/v1/tenants/{tenant_id}/app-bootstraps/{bootstrap_id}"


def _text(
    body: Mapping[str, Any],
    name: str,
    pattern: re.Pattern[str] | None,
    hint: str,
    max_len: int | None = None,
) -> str:
    raw = body.get(name)
    if not isinstance(raw, str) or not raw:
        raise validation(f"{name} is required")
    if max_len is not None and len(raw) > max_len:
        raise validation(f"{name} must be at most {max_len} characters")
    if pattern is not None and not pattern.match(raw):
        raise validation(f"{name} {hint}")
    return raw


def create(
    conn: Connection,
    github: GitHubProvider,
    tenant_id: str,
    user: User,
    body: Mapping[str, Any],
    now_us: int,
) -> dict[str, Any]:
    name = _text(body, "name", None, "", 100)
    slug = _text(body, "slug", _SLUG_RE, "must be 2-64 characters of [a-z0-9-]")
    subdomain = _text(body, "subdomain", _SUBDOMAIN_RE, "must be a 2-32 character DNS label of [a-z0-9-]")
    repo_name = _text(body, "repo_name", _REPO_NAME_RE, "must be 1-100 characters of [A-Za-z0-9._-]")
    if repo_name in (".", ".."):
        raise validation("repo_name must not be '.' or '..'")
    owner = _text(body, "github_owner", _OWNER_RE, "must be a GitHub user or org name")
    raw_template = _text(body, "template_id", None, "")
    try:
        template_id = str(uuid.UUID(raw_template))
    except ValueError:
        raise validation("template_id must be a UUID") from None
    private = body.get("repo_private", True)
    if not isinstance(private, bool):
        raise validation("repo_private must be a boolean")
    installation_id = body.get("github_installation_id")
    if installation_id is None or installation_id == 0:
        raise fail(
            "github_app_not_installed",
            "install the axhub GitHub App first and pass github_installation_id",
        )
    if isinstance(installation_id, bool) or not isinstance(installation_id, int):
        raise validation("github_installation_id must be an integer")
    if installation_id < 0:  # valid per the spec, and certainly none of the caller's installations
        raise fail("installation_not_owned", f"installation {installation_id} is not one of your GitHub installations")
    template = conn.execute(select(templates.c.id).where(templates.c.id == template_id)).scalar_one_or_none()
    if template is None:
        raise fail("unknown_template", f"unknown template_id {template_id}")
    if not github.installation_accessible(conn, user.id, installation_id):
        raise fail("installation_not_owned", f"installation {installation_id} is not one of your GitHub installations")
    installation = github.installation(conn, installation_id)
    if installation is None or str(installation["account_login"]).lower() != owner.lower():
        raise fail("installation_owner_mismatch", f"installation {installation_id} is not installed on {owner}")
    bid = str(uuid.uuid4())
    params = {
        "name": name,
        "slug": slug,
        "subdomain": subdomain,
        "repo_name": repo_name,
        "github_owner": str(installation["account_login"]),
        "template_id": template_id,
        "repo_private": private,
        "github_installation_id": installation_id,
    }
    conn.execute(
        bootstraps.insert().values(
            id=bid,
            tenant_id=tenant_id,
            requested_by=user.id,
            status="running",
            stage="app",
            params=params,
            stage_started_us=now_us,
            created_us=now_us,
            updated_us=now_us,
        )
    )
    events.record(conn, None, "bootstrap.started", {"bootstrap_id": bid, "tenant_id": tenant_id}, now_us)
    return {"bootstrap_id": bid, "status_url": status_url(tenant_id, bid)}


def bootstrap_json(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "status": row["status"],
        "stage": row["stage"],
        "app_id": row["app_id"] or "",
        "repo_full_name": row["repo_full_name"] or "",
        "deployment_id": row["deployment_id"] or "",
        "error_code": row["error_code"] or "",
        "error_message": row["error_message"] or "",
    }


def get(conn: Connection, tenant_id: str, bootstrap_id: str) -> dict[str, Any]:
    try:
        bid = str(uuid.UUID(bootstrap_id))
    except (ValueError, TypeError, AttributeError):
        raise validation("bootstrapID must be a UUID") from None
    row = (
        conn.execute(select(bootstraps).where(bootstraps.c.id == bid, bootstraps.c.tenant_id == tenant_id))
        .mappings()
        .one_or_none()
    )
    if row is None:
        raise not_found("bootstrap not found")
    return bootstrap_json(row)


def running_ids(conn: Connection, due_before_us: int) -> list[str]:
    rows = conn.execute(
        select(bootstraps.c.id)
        .where(bootstraps.c.status == "running", bootstraps.c.stage_started_us <= due_before_us)
        .order_by(bootstraps.c.created_us)
    ).scalars()
    return [str(r) for r in rows]


class _StageFailed(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _run_stage(conn: Connection, github: GitHubProvider, row: Mapping[Any, Any], at_us: int) -> dict[str, Any]:
    """Do the work of the stage that just ended; return the columns it sets."""
    params = dict(row["params"])
    stage = row["stage"]
    tenant_id = str(row["tenant_id"])
    if stage == "app":
        taken = conn.execute(
            select(apps.c.slug, apps.c.subdomain).where(
                apps.c.tenant_id == tenant_id,
                (apps.c.slug == params["slug"]) | (apps.c.subdomain == params["subdomain"]),
            )
        ).first()
        if taken is not None:
            what = "slug" if taken.slug == params["slug"] else "subdomain"
            raise _StageFailed("app_failed", f"app {what} is already taken in this tenant")
        app_id = str(uuid.uuid4())
        conn.execute(
            apps.insert().values(
                id=app_id,
                tenant_id=tenant_id,
                slug=params["slug"],
                name=params["name"],
                subdomain=params["subdomain"],
                owner_id=row["requested_by"],
                staging_enabled=False,
                approved=False,
                created_us=at_us,
            )
        )
        return {"app_id": app_id}
    if stage == "repo":
        full_name = f"{params['github_owner']}/{params['repo_name']}"
        if github.repo_exists(conn, full_name):
            raise _StageFailed("repo_exists", f"repository {full_name} already exists")
        github.create_repository(
            conn,
            int(params["github_installation_id"]),
            params["github_owner"],
            params["repo_name"],
            bool(params["repo_private"]),
            at_us,
        )
        return {"repo_full_name": full_name}
    if stage == "push":
        sha = fake_sha("template", str(params["template_id"]), str(row["repo_full_name"]))
        github.push(conn, str(row["repo_full_name"]), "main", sha)
        return {}
    if stage == "connect":
        git.upsert_connection(
            conn,
            str(row["app_id"]),
            str(row["repo_full_name"]),
            "main",
            int(params["github_installation_id"]),
            at_us,
        )
        return {}
    if stage == "deploy":
        app = get_app(conn, str(row["app_id"]))
        if app is None:
            raise _StageFailed("deploy_failed", "the app disappeared before deploy")
        head = github.branch_head(conn, str(row["repo_full_name"]), "main")
        if head is None:
            raise _StageFailed("deploy_failed", "the pushed branch has no HEAD")
        try:
            dep = deployments.create(
                conn,
                app,
                commit_sha=head,
                trigger_source="manual",
                force_rebuild=False,
                requested_by=str(row["requested_by"]),
                now_us=at_us,
            )
        except DomainError as exc:
            raise _StageFailed("deploy_failed", exc.message) from None
        return {"deployment_id": dep["id"]}
    raise AssertionError(f"no work for stage {stage}")


def advance(conn: Connection, github: GitHubProvider, bootstrap_id: str, now_us: int, settings: Settings) -> list[str]:
    """Run every stage of one saga whose time has come; returns the stages finished."""
    finished: list[str] = []
    while True:
        row = conn.execute(select(bootstraps).where(bootstraps.c.id == bootstrap_id)).mappings().one_or_none()
        if row is None or row["status"] != "running":
            break
        boundary = int(row["stage_started_us"]) + settings.bootstrap_stage_us
        if boundary > now_us:
            break
        stage = str(row["stage"])
        values: dict[str, Any]
        try:
            with conn.begin_nested():
                values = _run_stage(conn, github, row, boundary)
        except _StageFailed as exc:
            values = {"status": "failed", "error_code": exc.code, "error_message": exc.message}
        else:
            nxt = STAGES[STAGES.index(stage) + 1]
            values.update(stage=nxt, stage_started_us=boundary)
            if nxt == "done":
                values["status"] = "done"
        values["updated_us"] = boundary
        won = conn.execute(
            bootstraps.update()
            .where(
                bootstraps.c.id == bootstrap_id,
                bootstraps.c.stage == stage,
                bootstraps.c.status == "running",
            )
            .values(**values)
        ).rowcount
        if won != 1:
            break
        finished.append(stage)
        if values.get("status") in ("failed", "done"):
            events.record(
                conn,
                values.get("app_id") or row["app_id"],
                f"bootstrap.{values['status']}",
                {"bootstrap_id": bootstrap_id},
                boundary,
            )
            break
    return finished


def give_up(conn: Connection, bootstrap_id: str, now_us: int, message: str) -> bool:
    """Mark a running saga failed (``internal_error``) after its stage kept raising; True if it was running."""
    won = conn.execute(
        bootstraps.update()
        .where(bootstraps.c.id == bootstrap_id, bootstraps.c.status == "running")
        .values(status="failed", error_code="internal_error", error_message=message, updated_us=now_us)
    ).rowcount
    return bool(won)

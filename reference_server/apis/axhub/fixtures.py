"""Load YAML fixtures into the store (on start, when the store is empty).

See ``fixtures/default.yaml`` for the format and for what the default fixture
holds. Succeeded deployments get releases numbered by start time; image URIs,
completion times and failure reasons are derived the same way the simulated
pipeline derives them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Connection

from reference_server.apis.axhub.domain import deployments as deploys
from reference_server.apis.axhub.domain.github import fake_sha
from reference_server.apis.axhub.domain.settings import Settings
from reference_server.apis.axhub.store import (
    Store,
    api_tokens,
    apps,
    deployments,
    env_vars,
    git_connections,
    github_branches,
    github_installations,
    github_orgs,
    github_repositories,
    installation_users,
    log_lines,
    memberships,
    promotion_requests,
    releases,
    schema_ops,
    templates,
    tenants,
    users,
)
from reference_server.clock import Clock, SystemClock, parse_rfc3339_us, to_us

DEFAULT_FIXTURE = Path(__file__).with_name("fixtures") / "default.yaml"
_SHA_RE = re.compile(r"^[0-9a-f]{40}$")
_LOG_MESSAGES = (
    "GET /api/items 200 12ms",
    "GET /api/items/42 200 8ms",
    "POST /api/cart 201 31ms",
    "GET /healthz 200 1ms",
    "GET /api/search?q=lamp 200 54ms",
)


class FixtureError(ValueError):
    """The fixture document is malformed or refers to something undefined."""


def read_fixture(path: str | Path | None = None) -> dict[str, Any]:
    source = Path(path) if path is not None else DEFAULT_FIXTURE
    doc = yaml.safe_load(source.read_text(encoding="utf-8"))
    if not isinstance(doc, dict):
        raise FixtureError(f"{source}: the fixture must be a mapping")
    return doc


def ensure_fixtures(
    store: Store,
    path: str | Path | None = None,
    *,
    clock: Clock | None = None,
    settings: Settings | None = None,
) -> bool:
    """Load the fixture if the store holds no tenant yet; True when it loaded."""
    if not store.is_empty():
        return False
    load_fixture(store, read_fixture(path), clock=clock, settings=settings)
    return True


def _time(value: Any, now_us: int, where: str) -> int:
    if value == "now":
        return now_us
    if not isinstance(value, str):
        raise FixtureError(f"{where}: expected an RFC 3339 timestamp or 'now'")
    try:
        return parse_rfc3339_us(value)
    except ValueError as exc:
        raise FixtureError(f"{where}: {exc}") from None


def load_fixture(
    store: Store,
    doc: dict[str, Any],
    *,
    clock: Clock | None = None,
    settings: Settings | None = None,
) -> None:
    clock = clock or SystemClock()
    settings = settings or Settings()
    now_us = to_us(clock.now())
    with store.write() as conn:
        _Loader(conn, settings, now_us).load(doc)


class _Loader:
    def __init__(self, conn: Connection, settings: Settings, now_us: int) -> None:
        self.conn = conn
        self.settings = settings
        self.now_us = now_us
        self.tenant_ids: dict[str, str] = {}
        self.tenant_slugs: dict[str, str] = {}
        self.user_ids: dict[str, str] = {}

    def load(self, doc: dict[str, Any]) -> None:
        for tenant in doc.get("tenants", []):
            self._tenant(tenant)
        for user in doc.get("users", []):
            self._user(user)
        for inst in doc.get("github", {}).get("installations", []):
            self._installation(inst)
        for template in doc.get("templates", []):
            self.conn.execute(
                templates.insert().values(
                    id=template["id"],
                    slug=template["slug"],
                    name=template["name"],
                    description=template.get("description", ""),
                )
            )
        for app in doc.get("apps", []):
            self._app(app)

    def _tenant(self, t: dict[str, Any]) -> None:
        key = t.get("key", t["slug"])
        self.tenant_ids[key] = t["id"]
        self.tenant_slugs[t["id"]] = t["slug"]
        self.conn.execute(tenants.insert().values(id=t["id"], slug=t["slug"], name=t.get("name", t["slug"])))

    def _tenant_id(self, key: str, where: str) -> str:
        if key not in self.tenant_ids:
            raise FixtureError(f"{where}: unknown tenant {key!r}")
        return self.tenant_ids[key]

    def _user_id(self, key: str, where: str) -> str:
        if key not in self.user_ids:
            raise FixtureError(f"{where}: unknown user {key!r}")
        return self.user_ids[key]

    def _user(self, u: dict[str, Any]) -> None:
        key = u.get("key", u["id"])
        self.user_ids[key] = u["id"]
        github = u.get("github") or {}
        self.conn.execute(
            users.insert().values(
                id=u["id"],
                name=u["name"],
                email=u.get("email", f"{key}@example.com"),
                platform_admin=bool(u.get("platform_admin", False)),
                github_login=github.get("login"),
                github_token=github.get("token"),
            )
        )
        tokens = u.get("tokens") or ([u["token"]] if "token" in u else [])
        for token in tokens:
            self.conn.execute(api_tokens.insert().values(token=token, user_id=u["id"]))
        inactive = set(u.get("inactive", []))
        for tenant_key, role in (u.get("memberships") or {}).items():
            if role not in ("member", "admin"):
                raise FixtureError(f"user {key}: role must be member or admin, not {role!r}")
            self.conn.execute(
                memberships.insert().values(
                    tenant_id=self._tenant_id(tenant_key, f"user {key}"),
                    user_id=u["id"],
                    role=role,
                    active=tenant_key not in inactive,
                )
            )
        for position, org in enumerate(github.get("orgs", [])):
            self.conn.execute(
                github_orgs.insert().values(
                    user_id=u["id"],
                    login=org["login"],
                    state=org.get("state", "active"),
                    position=position,
                )
            )

    def _installation(self, inst: dict[str, Any]) -> None:
        inst_id = int(inst["id"])
        account = str(inst["account"])
        self.conn.execute(
            github_installations.insert().values(
                id=inst_id,
                account_login=account,
                account_type=inst.get("type", "User"),
            )
        )
        for user_key in inst.get("users", []):
            self.conn.execute(
                installation_users.insert().values(
                    installation_id=inst_id,
                    user_id=self._user_id(user_key, f"installation {inst_id}"),
                )
            )
        for repo in inst.get("repositories", []):
            full_name = f"{account}/{repo['name']}"
            self.conn.execute(
                github_repositories.insert().values(
                    full_name=full_name,
                    full_name_lower=full_name.lower(),
                    installation_id=inst_id,
                    private=bool(repo.get("private", True)),
                    default_branch=repo.get("default_branch", "main"),
                    created_us=0,
                )
            )
            branches = repo.get("branches") or {"main": "auto"}
            if isinstance(branches, list):
                branches = {name: "auto" for name in branches}
            for branch, sha in branches.items():
                head = fake_sha(full_name, branch) if sha == "auto" else str(sha)
                if not _SHA_RE.match(head):
                    raise FixtureError(f"{full_name}@{branch}: sha must be 40 hex characters")
                self.conn.execute(
                    github_branches.insert().values(
                        repo_full_name_lower=full_name.lower(),
                        branch=branch,
                        head_sha=head,
                    )
                )

    def _app(self, a: dict[str, Any]) -> None:
        key = a.get("key", a["slug"])
        where = f"app {key}"
        tenant_id = self._tenant_id(a["tenant"], where)
        tenant_slug = self.tenant_slugs[tenant_id]
        app_id = a["id"]
        created = _time(a.get("created_at", "2025-04-01T00:00:00Z"), self.now_us, where)
        self.conn.execute(
            apps.insert().values(
                id=app_id,
                tenant_id=tenant_id,
                slug=a["slug"],
                name=a.get("name", a["slug"]),
                subdomain=a.get("subdomain"),
                owner_id=self._user_id(a["owner"], where),
                staging_enabled=bool(a.get("staging", False)),
                approved=bool(a.get("approved", False)),
                created_us=created,
            )
        )
        git = a.get("git")
        if git:
            self.conn.execute(
                git_connections.insert().values(
                    app_id=app_id,
                    provider="github",
                    repo_full_name=git["repo"],
                    branch=git.get("branch", "main"),
                    installation_id=int(git["installation"]),
                    created_us=created,
                    updated_us=created,
                )
            )
        for environment, values in (a.get("env") or {}).items():
            for env_key, value in (values or {}).items():
                self.conn.execute(
                    env_vars.insert().values(
                        app_id=app_id,
                        environment=environment,
                        key=env_key,
                        value=str(value),
                    )
                )
        last_succeeded = self._deployments(a, app_id, tenant_slug, where)
        production = a.get("production")
        if production is None and not a.get("staging"):
            production = last_succeeded
        self.conn.execute(
            apps.update()
            .where(apps.c.id == app_id)
            .values(
                production_deployment_id=production,
                staging_deployment_id=a.get("staging_deployment") if a.get("staging") else None,
            )
        )
        for op in a.get("schema_ops", []):
            applied = op.get("applied_prod_at")
            self.conn.execute(
                schema_ops.insert().values(
                    app_id=app_id,
                    seq=int(op["seq"]),
                    op=op["op"],
                    target=op["target"],
                    destructive=bool(op.get("destructive", False)),
                    created_us=_time(op.get("created_at", applied or "2025-05-01T00:00:00Z"), self.now_us, where),
                    applied_prod_us=None if applied is None else _time(applied, self.now_us, where),
                )
            )
        for promo in a.get("promotions", []):
            updated = _time(promo.get("updated_at", "now"), self.now_us, where)
            self.conn.execute(
                promotion_requests.insert().values(
                    id=promo["id"],
                    app_id=app_id,
                    deployment_id=promo["deployment"],
                    status=promo["status"],
                    promote_status=promo.get("promote_status"),
                    promote_started_us=None,
                    promote_error=None,
                    cursor_seq=int(promo.get("cursor_seq", 0)),
                    attempts=0,
                    created_us=updated,
                    updated_us=updated,
                )
            )
        if a.get("logs"):
            self._logs(app_id, a["slug"], a["logs"], where)

    def _deployments(self, a: dict[str, Any], app_id: str, tenant_slug: str, where: str) -> str | None:
        stage_us = self.settings.stage_us
        items = sorted(a.get("deployments", []), key=lambda d: _time(d["started_at"], self.now_us, where))
        version = 0
        last_succeeded: str | None = None
        for d in items:
            sha = str(d["commit"])
            if not _SHA_RE.match(sha):
                raise FixtureError(f"{where}: commit {sha!r} must be 40 lowercase hex characters")
            started = _time(d["started_at"], self.now_us, where)
            status = d["status"]
            tag = sha[:12]
            image = f"{self.settings.image_registry}/{tenant_slug}/{a['slug']}:{tag}"
            values: dict[str, Any] = {
                "id": d["id"],
                "app_id": app_id,
                "commit_sha": sha,
                "status": status,
                "trigger_source": d.get("trigger_source", "webhook"),
                "force_rebuild": bool(d.get("force_rebuild", False)),
                "image_missing": bool(d.get("image_missing", False)),
                "started_us": started,
                "stage_started_us": started,
            }
            if status == "succeeded":
                values.update(image_uri=image, completed_us=started + 4 * stage_us, current_stage=None)
            elif status == "failed":
                stage = d.get("failed_stage", "building")
                code, message = deploys.FAILURE_CODES[stage]
                index = ("pending", "building", "pushing", "deploying").index(stage)
                values.update(
                    image_uri=image if stage == "deploying" else None,
                    completed_us=started + (index + 1) * stage_us,
                    current_stage=None,
                    failure_reason={"code": code, "message": message, "stage": stage},
                )
            elif status == "cancelled":
                values.update(
                    completed_us=started + stage_us,
                    current_stage=None,
                    cancel_requested_us=started + stage_us,
                )
            else:
                raise FixtureError(f"{where}: fixture deployments must be terminal, not {status}")
            self.conn.execute(deployments.insert().values(**values))
            if status == "succeeded":
                version += 1
                last_succeeded = d["id"]
                self.conn.execute(
                    releases.insert().values(
                        app_id=app_id,
                        version=version,
                        deployment_id=d["id"],
                        approved=bool(d.get("approved", False)),
                        created_us=values["completed_us"],
                    )
                )
        return last_succeeded

    def _logs(self, app_id: str, slug: str, spec: dict[str, Any], where: str) -> None:
        start = _time(spec["start"], self.now_us, where)
        step = int(float(spec.get("every_seconds", 1)) * 1_000_000)
        deployment_id = spec.get("deployment")
        pod = f"{slug}-{str(deployment_id or '00000000')[:8]}"
        rows = []
        for i in range(int(spec["count"])):
            stderr = i % 10 == 9
            message = (
                f"warn: slow query on items ({300 + i}ms)"
                if stderr
                else f"{_LOG_MESSAGES[i % len(_LOG_MESSAGES)]} #{i}"
            )
            rows.append(
                {
                    "app_id": app_id,
                    "ts_us": start + i * step,
                    "stream": "stderr" if stderr else "stdout",
                    "message": message,
                    "pod": pod,
                    "deployment_id": deployment_id,
                }
            )
        if rows:
            self.conn.execute(log_lines.insert(), rows)

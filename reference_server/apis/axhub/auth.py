"""Bearer tokens, roles and tenant isolation.

Roles: a tenant *member*, a tenant *admin*, the *owner* of an app, and the
*platform admin* (every tenant, every app). The rules every operation follows:

* no token, or a token the store does not know: 401 ``unauthorized``;
* an app in a tenant the caller is not an active member of: 404 ``not_found``
  (an app's existence is not revealed to outsiders);
* a member who is neither the app's owner nor a tenant/platform admin, on an
  owner-or-admin operation: 403 ``forbidden``;
* a tenant path the caller is not an active member of: 403 ``forbidden``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, select

from reference_server.apis.axhub.domain.errors import forbidden, not_found, unauthorized, validation
from reference_server.apis.axhub.store import api_tokens, apps, memberships, tenants, users

ROLE_MEMBER = "member"
ROLE_ADMIN = "admin"


@dataclass(frozen=True)
class User:
    id: str
    name: str
    email: str
    platform_admin: bool = False
    github_login: str | None = None
    # tenant id -> role ("member" | "admin"); active memberships only
    roles: dict[str, str] = field(default_factory=dict)

    def is_member(self, tenant_id: str) -> bool:
        return self.platform_admin or tenant_id in self.roles

    def is_tenant_admin(self, tenant_id: str) -> bool:
        return self.platform_admin or self.roles.get(tenant_id) == ROLE_ADMIN


@dataclass(frozen=True)
class App:
    id: str
    tenant_id: str
    tenant_slug: str
    slug: str
    name: str
    subdomain: str | None
    owner_id: str
    staging_enabled: bool
    approved: bool
    production_deployment_id: str | None
    staging_deployment_id: str | None


def load_user(conn: Connection, user_id: str) -> User:
    row = conn.execute(select(users).where(users.c.id == user_id)).mappings().one_or_none()
    if row is None:
        raise unauthorized("unknown user")
    roles = {
        str(m["tenant_id"]): str(m["role"])
        for m in conn.execute(
            select(memberships.c.tenant_id, memberships.c.role).where(
                memberships.c.user_id == user_id, memberships.c.active.is_(True)
            )
        ).mappings()
    }
    return User(
        id=str(row["id"]),
        name=str(row["name"]),
        email=str(row["email"]),
        platform_admin=bool(row["platform_admin"]),
        github_login=row["github_login"],
        roles=roles,
    )


def authenticate(conn: Connection, token: str | None) -> User:
    """The user behind a bearer token; 401 when missing or unknown."""
    if not token:
        raise unauthorized("missing bearer token")
    user_id = conn.execute(select(api_tokens.c.user_id).where(api_tokens.c.token == token)).scalar_one_or_none()
    if user_id is None:
        raise unauthorized("invalid or expired token")
    return load_user(conn, str(user_id))


def check_uuid(value: Any, name: str) -> str:
    """A path/query identifier must be a UUID (400 otherwise)."""
    if not isinstance(value, str) or not value:
        raise validation(f"{name} is required")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise validation(f"{name} must be a UUID") from None


def _app_from_row(row: Any) -> App:
    return App(
        id=str(row["id"]),
        tenant_id=str(row["tenant_id"]),
        tenant_slug=str(row["tenant_slug"]),
        slug=str(row["slug"]),
        name=str(row["name"]),
        subdomain=row["subdomain"],
        owner_id=str(row["owner_id"]),
        staging_enabled=bool(row["staging_enabled"]),
        approved=bool(row["approved"]),
        production_deployment_id=row["production_deployment_id"],
        staging_deployment_id=row["staging_deployment_id"],
    )


# Built once: on the hot path (every app-scoped request) rebuilding the expression cost more
# than running it; with a bind parameter SQLAlchemy reuses its compiled form.
_APP_BY_ID = (
    select(apps, tenants.c.slug.label("tenant_slug"))
    .join(tenants, tenants.c.id == apps.c.tenant_id)
    .where(apps.c.id == bindparam("app_id"))
)


def get_app(conn: Connection, app_id: str) -> App | None:
    row = conn.execute(_APP_BY_ID, {"app_id": app_id}).mappings().one_or_none()
    return None if row is None else _app_from_row(row)


def app_for_member(conn: Connection, user: User, app_id: str) -> App:
    """The app, if ``user`` may see it at all; 404 otherwise (no existence leak)."""
    app = get_app(conn, check_uuid(app_id, "appID"))
    if app is None or not user.is_member(app.tenant_id):
        raise not_found("app not found")
    return app


def can_manage(user: User, app: App) -> bool:
    return app.owner_id == user.id or user.is_tenant_admin(app.tenant_id)


def app_for_manager(conn: Connection, user: User, app_id: str) -> App:
    """The app, if ``user`` is its owner, a tenant admin or a platform admin."""
    app = app_for_member(conn, user, app_id)
    if not can_manage(user, app):
        raise forbidden("only the app owner or a tenant admin may do this")
    return app


def require_tenant_member(conn: Connection, user: User, tenant_id: str) -> str:
    """Tenant path gate: 403 for anyone not an active member (and for unknown tenants)."""
    tid = check_uuid(tenant_id, "tenantID")
    if not user.is_member(tid):
        raise forbidden("not a member of this tenant")
    exists = conn.execute(select(tenants.c.id).where(tenants.c.id == tid)).scalar_one_or_none()
    if exists is None:
        # Only platform admins get this far for an unknown tenant; the spec's
        # tenant operations answer 403 rather than 404 here.
        raise forbidden("no such tenant")
    return tid

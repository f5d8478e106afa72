"""Git connection of an app, and the one-time install state tokens.

A state token binds a GitHub App install round trip to one app and one user:
32 random bytes in hex, valid ten minutes, consumed once. Register and
complete verify everything first and consume last, so a refusal leaves the
token usable (verify-before-consume).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from reference_server.apis.axhub.domain import events
from reference_server.apis.axhub.domain.errors import fail, not_found, validation
from reference_server.apis.axhub.domain.github import GitHubProvider
from reference_server.apis.axhub.store import git_connections, install_states

STATE_TTL_US = 10 * 60 * 1_000_000
DEFAULT_BRANCH = "main"
_REPO_RE = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")
_BAD_REF_CHARS = re.compile(r"[\x00-\x20\x7f~^:?*\[\\]")


@dataclass(frozen=True)
class GitConnection:
    app_id: str
    provider: str
    repo_full_name: str
    branch: str
    installation_id: int

    def to_json(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "repo_full_name": self.repo_full_name,
            "branch": self.branch,
            "installation_id": self.installation_id,
        }


@dataclass(frozen=True)
class InstallState:
    token: str
    app_id: str
    requested_by: str
    expires_us: int
    consumed_us: int | None


# -- validation ---------------------------------------------------------------
def branch_name_error(branch: str) -> str | None:
    """Why ``branch`` is not a valid branch name (git check-ref-format rules)."""
    if not branch:
        return "branch must not be empty"
    if len(branch) > 255:
        return "branch is longer than 255 characters"
    if branch == "@":
        return "branch must not be '@'"
    if branch.startswith("-"):
        return "branch must not start with '-'"
    if branch.startswith("/") or branch.endswith("/"):
        return "branch must not start or end with '/'"
    if branch.endswith("."):
        return "branch must not end with '.'"
    if "//" in branch:
        return "branch must not contain '//'"
    if ".." in branch:
        return "branch must not contain '..'"
    if "@{" in branch:
        return "branch must not contain '@{'"
    if _BAD_REF_CHARS.search(branch):
        return "branch contains a forbidden character (space, control, ~ ^ : ? * [ or \\)"
    for part in branch.split("/"):
        if part.startswith("."):
            return "a branch path component must not start with '.'"
        if part.endswith(".lock"):
            return "a branch path component must not end with '.lock'"
    return None


def normalize_branch(value: Any, *, default: str | None = DEFAULT_BRANCH) -> str:
    """The branch from a request body: empty means ``default``; bad names are 400."""
    if value is None or value == "":
        if default is None:
            raise fail("invalid_branch", "branch must not be empty")
        return default
    if not isinstance(value, str):
        raise validation("branch must be a string")
    problem = branch_name_error(value)
    if problem is not None:
        raise fail("invalid_branch", f"invalid branch name {value!r}: {problem}")
    return value


def require_installation_id(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise validation("installation_id must be a positive integer")
    return value


def require_repo_full_name(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise validation("repo_full_name is required")
    if not _REPO_RE.match(value):
        raise validation("repo_full_name must look like 'owner/repo'")
    return value


# -- connection rows ----------------------------------------------------------
def get_connection(conn: Connection, app_id: str) -> GitConnection | None:
    row = conn.execute(select(git_connections).where(git_connections.c.app_id == app_id)).mappings().one_or_none()
    if row is None:
        return None
    return GitConnection(
        app_id=str(row["app_id"]),
        provider=str(row["provider"]),
        repo_full_name=str(row["repo_full_name"]),
        branch=str(row["branch"]),
        installation_id=int(row["installation_id"]),
    )


def upsert_connection(
    conn: Connection,
    app_id: str,
    repo_full_name: str,
    branch: str,
    installation_id: int,
    now_us: int,
) -> GitConnection:
    values = {
        "provider": "github",
        "repo_full_name": repo_full_name,
        "branch": branch,
        "installation_id": installation_id,
        "updated_us": now_us,
    }
    updated = conn.execute(git_connections.update().where(git_connections.c.app_id == app_id).values(**values)).rowcount
    if not updated:
        conn.execute(git_connections.insert().values(app_id=app_id, created_us=now_us, **values))
    events.record(
        conn,
        app_id,
        "git_connection.upserted",
        {
            "repo_full_name": repo_full_name,
            "branch": branch,
            "installation_id": installation_id,
        },
        now_us,
    )
    return GitConnection(app_id, "github", repo_full_name, branch, installation_id)


def update_branch(conn: Connection, app_id: str, branch: Any, now_us: int) -> GitConnection:
    new_branch = normalize_branch(branch, default=None)
    current = get_connection(conn, app_id)
    if current is None:
        raise not_found("the app has no git connection")
    conn.execute(
        git_connections.update().where(git_connections.c.app_id == app_id).values(branch=new_branch, updated_us=now_us)
    )
    events.record(
        conn,
        app_id,
        "git_connection.branch_changed",
        {"from": current.branch, "to": new_branch},
        now_us,
    )
    return GitConnection(app_id, current.provider, current.repo_full_name, new_branch, current.installation_id)


def delete_connection(conn: Connection, app_id: str, now_us: int) -> bool:
    deleted = conn.execute(git_connections.delete().where(git_connections.c.app_id == app_id)).rowcount
    if deleted:
        events.record(conn, app_id, "git_connection.deleted", {}, now_us)
    return bool(deleted)


# -- install state tokens -----------------------------------------------------
def issue_state(conn: Connection, app_id: str, user_id: str, now_us: int, ttl_us: int = STATE_TTL_US) -> str:
    token = secrets.token_hex(32)
    conn.execute(
        install_states.insert().values(
            token=token,
            app_id=app_id,
            requested_by=user_id,
            created_us=now_us,
            expires_us=now_us + ttl_us,
        )
    )
    return token


def peek_state(conn: Connection, token: Any) -> InstallState:
    """The state row, unconsumed; 400 ``invalid_state`` when unknown or already used."""
    if not isinstance(token, str) or not token:
        raise validation("state is required")
    row = conn.execute(select(install_states).where(install_states.c.token == token)).mappings().one_or_none()
    if row is None:
        raise fail("invalid_state", "unknown install state token")
    if row["consumed_us"] is not None:
        raise fail("state_expired", "install state token was already used; start the install again")
    return InstallState(
        token=str(row["token"]),
        app_id=str(row["app_id"]),
        requested_by=str(row["requested_by"]),
        expires_us=int(row["expires_us"]),
        consumed_us=None,
    )


def check_not_expired(state: InstallState, now_us: int) -> None:
    if now_us >= state.expires_us:
        raise fail("state_expired", "install state token has expired; start the install again")


def consume_state(conn: Connection, token: str, now_us: int) -> None:
    """Mark used; only one concurrent consumer can win (conditional update)."""
    won = conn.execute(
        install_states.update()
        .where(install_states.c.token == token, install_states.c.consumed_us.is_(None))
        .values(consumed_us=now_us)
    ).rowcount
    if won != 1:
        raise fail("state_expired", "install state token was already used; start the install again")


def register_with_state(
    conn: Connection, github: GitHubProvider, app_id: str, body: dict[str, Any], now_us: int
) -> GitConnection:
    """POST /apps/{appID}/git-connection: the state must belong to this app."""
    installation_id = require_installation_id(body.get("installation_id"))
    repo = require_repo_full_name(body.get("repo_full_name"))
    branch = normalize_branch(body.get("branch"))
    state = peek_state(conn, body.get("state"))
    check_not_expired(state, now_us)
    if state.app_id != app_id:
        raise fail("state_app_mismatch", "install state token was issued for another app")
    if not github.installation_can_read(conn, installation_id, repo):
        raise fail(
            "installation_verification_failed",
            f"installation {installation_id} cannot access repository {repo}",
        )
    consume_state(conn, state.token, now_us)
    return upsert_connection(conn, app_id, github.canonical_repo_name(conn, repo), branch, installation_id, now_us)


def connect_with_user_token(
    conn: Connection,
    github: GitHubProvider,
    app_id: str,
    user_id: str,
    body: dict[str, Any],
    now_us: int,
) -> GitConnection:
    """POST /apps/{appID}/git/github/connect: installation ownership via the user's token."""
    installation_id = require_installation_id(body.get("installation_id"))
    repo = require_repo_full_name(body.get("repo_full_name"))
    branch = normalize_branch(body.get("branch"))
    github.check_installation_owned(conn, user_id, installation_id)
    if not github.installation_can_read(conn, installation_id, repo):
        raise fail(
            "installation_verification_failed",
            f"installation {installation_id} cannot access repository {repo}",
        )
    return upsert_connection(conn, app_id, github.canonical_repo_name(conn, repo), branch, installation_id, now_us)


def complete_install(
    conn: Connection, github: GitHubProvider, user_id: str, body: dict[str, Any], now_us: int
) -> tuple[str, GitConnection]:
    """POST /git/github/complete, verify-before-consume; returns (app_id, connection).

    ① peek state ② owner (session user == requester) + expiry ③ installation
    ownership ④ the App can read the repo ⑤ consume ⑥ upsert.
    """
    installation_id = require_installation_id(body.get("installation_id"))
    repo = require_repo_full_name(body.get("repo_full_name"))
    branch = normalize_branch(body.get("branch"))
    state = peek_state(conn, body.get("state"))
    if state.requested_by != user_id:
        raise fail("state_owner_mismatch", "install state token was issued to another user")
    check_not_expired(state, now_us)
    github.check_installation_owned(conn, user_id, installation_id)
    if not github.installation_can_read(conn, installation_id, repo):
        raise fail(
            "installation_verification_failed",
            f"installation {installation_id} cannot access repository {repo}",
        )
    consume_state(conn, state.token, now_us)
    connection = upsert_connection(
        conn,
        state.app_id,
        github.canonical_repo_name(conn, repo),
        branch,
        installation_id,
        now_us,
    )
    return state.app_id, connection

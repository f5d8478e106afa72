"""A simulated GitHub, backed by the store's ``github_*`` tables.

It answers what the real platform asks GitHub: the user's stored OAuth token,
``/user``, ``/user/memberships/orgs``, ``/user/installations``, an
installation's repositories, whether the App can read a repository, a branch
HEAD, and (for bootstraps) repository creation and pushes.
"""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, func, select

from reference_server.apis.axhub.domain.errors import fail
from reference_server.apis.axhub.store import (
    github_branches,
    github_installations,
    github_orgs,
    github_repositories,
    installation_users,
    users,
)


def fake_sha(*parts: str) -> str:
    """A deterministic 40-hex commit sha derived from ``parts``."""
    return hashlib.sha1("\x00".join(parts).encode()).hexdigest()


def account_id(login: str) -> int:
    """A stable numeric GitHub account id for a login (simulated)."""
    return int(hashlib.sha1(login.lower().encode()).hexdigest()[:7], 16) + 1_000_000


class GitHubProvider:
    def __init__(
        self,
        web_base: str = "https://github.com",
        app_slug: str = "axhub",
        avatar_base: str = "https://avatars.githubusercontent.com",
    ) -> None:
        self.web_base = web_base.rstrip("/")
        self.app_slug = app_slug
        self.avatar_base = avatar_base.rstrip("/")

    # -- the GitHub App install screen ---------------------------------
    def install_url(self, state: str) -> str:
        return f"{self.web_base}/apps/{self.app_slug}/installations/new?state={quote(state)}"

    # -- the user's OAuth token ----------------------------------------
    def user_token(self, conn: Connection, user_id: str) -> str | None:
        token = conn.execute(select(users.c.github_token).where(users.c.id == user_id)).scalar_one_or_none()
        return str(token) if token else None

    def require_token(self, conn: Connection, user_id: str) -> str:
        """428 ``github_relogin_required`` when no usable GitHub token is stored."""
        token = self.user_token(conn, user_id)
        if token is None:
            raise fail(
                "github_relogin_required",
                "no GitHub authorization on file; sign in with GitHub again",
            )
        return token

    def user_installation_ids(self, conn: Connection, user_id: str) -> list[int]:
        """``/user/installations`` for the user (needs their token)."""
        self.require_token(conn, user_id)
        rows = conn.execute(
            select(installation_users.c.installation_id)
            .where(installation_users.c.user_id == user_id)
            .order_by(installation_users.c.installation_id)
        ).scalars()
        return [int(v) for v in rows]

    def installation_accessible(self, conn: Connection, user_id: str, installation_id: int) -> bool:
        """Whether the installation is the user's, as the App itself sees it (no user token)."""
        row = conn.execute(
            select(installation_users.c.user_id).where(
                installation_users.c.installation_id == installation_id,
                installation_users.c.user_id == user_id,
            )
        ).first()
        return row is not None

    def check_installation_owned(self, conn: Connection, user_id: str, installation_id: int) -> None:
        """428 without a token; 403 ``installation_not_owned`` when not the user's."""
        if installation_id not in self.user_installation_ids(conn, user_id):
            raise fail(
                "installation_not_owned",
                f"installation {installation_id} is not one of your GitHub installations",
            )

    def installation(self, conn: Connection, installation_id: int) -> dict[str, Any] | None:
        row = (
            conn.execute(select(github_installations).where(github_installations.c.id == installation_id))
            .mappings()
            .one_or_none()
        )
        return None if row is None else dict(row)

    # -- repositories ----------------------------------------------------
    def _repo_row(self, conn: Connection, full_name: str) -> dict[str, Any] | None:
        row = (
            conn.execute(select(github_repositories).where(github_repositories.c.full_name_lower == full_name.lower()))
            .mappings()
            .one_or_none()
        )
        return None if row is None else dict(row)

    def repo_exists(self, conn: Connection, full_name: str) -> bool:
        return self._repo_row(conn, full_name) is not None

    def installation_can_read(self, conn: Connection, installation_id: int, full_name: str) -> bool:
        repo = self._repo_row(conn, full_name)
        return repo is not None and repo["installation_id"] == installation_id

    def canonical_repo_name(self, conn: Connection, full_name: str) -> str:
        repo = self._repo_row(conn, full_name)
        return full_name if repo is None else str(repo["full_name"])

    def branch_head(self, conn: Connection, full_name: str, branch: str) -> str | None:
        sha = conn.execute(
            select(github_branches.c.head_sha).where(
                github_branches.c.repo_full_name_lower == full_name.lower(),
                github_branches.c.branch == branch,
            )
        ).scalar_one_or_none()
        return None if sha is None else str(sha)

    @staticmethod
    def _repo_json(row: Any) -> dict[str, Any]:
        name = str(row["full_name"]).partition("/")[2]
        return {
            "id": int(row["pk"]),
            "name": name,
            "full_name": str(row["full_name"]),
            "private": bool(row["private"]),
            "default_branch": str(row["default_branch"]),
        }

    def installation_repositories(
        self, conn: Connection, installation_id: int, page: int, per_page: int
    ) -> tuple[list[dict[str, Any]], int]:
        where = github_repositories.c.installation_id == installation_id
        total = int(conn.execute(select(func.count()).select_from(github_repositories).where(where)).scalar_one())
        rows = conn.execute(
            select(github_repositories)
            .where(where)
            .order_by(github_repositories.c.full_name_lower)
            .limit(per_page)
            .offset((page - 1) * per_page)
        ).mappings()
        return [self._repo_json(r) for r in rows], total

    def create_repository(
        self,
        conn: Connection,
        installation_id: int,
        owner: str,
        name: str,
        private: bool,
        now_us: int,
    ) -> str:
        full_name = f"{owner}/{name}"
        conn.execute(
            github_repositories.insert().values(
                full_name=full_name,
                full_name_lower=full_name.lower(),
                installation_id=installation_id,
                private=private,
                default_branch="main",
                created_us=now_us,
            )
        )
        return full_name

    def push(self, conn: Connection, full_name: str, branch: str, sha: str) -> None:
        key = full_name.lower()
        updated = conn.execute(
            github_branches.update()
            .where(github_branches.c.repo_full_name_lower == key, github_branches.c.branch == branch)
            .values(head_sha=sha)
        ).rowcount
        if not updated:
            conn.execute(github_branches.insert().values(repo_full_name_lower=key, branch=branch, head_sha=sha))

    # -- accounts (user first, then active org memberships) -------------
    def accounts(self, conn: Connection, user_id: str) -> list[dict[str, Any]]:
        self.require_token(conn, user_id)
        login = conn.execute(select(users.c.github_login).where(users.c.id == user_id)).scalar_one_or_none()
        installed: dict[str, int] = {}
        for inst_id in self.user_installation_ids(conn, user_id):
            inst = self.installation(conn, inst_id)
            if inst is not None:
                installed.setdefault(str(inst["account_login"]).lower(), inst_id)

        def account(name: str, kind: str) -> dict[str, Any]:
            inst_id = installed.get(name.lower())
            return {
                "login": name,
                "id": account_id(name),
                "type": kind,
                "avatar_url": f"{self.avatar_base}/u/{account_id(name)}",
                "installation_id": inst_id,
            }

        result: list[dict[str, Any]] = []
        if login:
            result.append(account(str(login), "User"))
        orgs = conn.execute(
            select(github_orgs.c.login)
            .where(github_orgs.c.user_id == user_id, github_orgs.c.state == "active")
            .order_by(github_orgs.c.position, github_orgs.c.login)
        ).scalars()
        result.extend(account(str(org), "Organization") for org in orgs)
        return result

"""Persistence for the reference server: SQLAlchemy Core over SQLite or PostgreSQL.

* ``sqlite:///path/file.sqlite3`` (the default): WAL journal, foreign keys on,
  write transactions start with ``BEGIN IMMEDIATE`` so concurrent writers queue
  on the busy timeout instead of failing on a lock upgrade.
* ``sqlite://`` (in memory): one shared connection (``StaticPool``) and a
  process-wide lock around every transaction, so threads never interleave
  statements of different transactions on it.
* ``postgresql+psycopg://user:pass@host/db``: plain pooled connections.

The schema is created on start (``metadata.create_all``). Every piece of state
lives in these tables, so reopening the same SQLite file loses nothing.
Timestamps are integer microseconds since the epoch (``*_us`` columns).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    func,
    select,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

DEFAULT_URL_ENV = "REFSERVER_DB_URL"
DEFAULT_SQLITE_PATH = Path(".refserver") / "axhub.sqlite3"

IN_PROGRESS_STATUSES: tuple[str, ...] = ("pending", "building", "pushing", "deploying")

metadata = MetaData()

tenants = Table(
    "tenants",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("slug", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("email", String(320), nullable=False),
    Column("platform_admin", Boolean, nullable=False, default=False),
    Column("github_login", String(100)),
    Column("github_token", String(200)),
)

memberships = Table(
    "memberships",
    metadata,
    Column("tenant_id", String(36), ForeignKey("tenants.id"), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id"), primary_key=True),
    Column("role", String(20), nullable=False),  # member | admin
    Column("active", Boolean, nullable=False, default=True),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("token", String(200), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id"), nullable=False),
)

apps = Table(
    "apps",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("tenant_id", String(36), ForeignKey("tenants.id"), nullable=False),
    Column("slug", String(64), nullable=False),
    Column("name", String(200), nullable=False),
    Column("subdomain", String(64)),
    Column("owner_id", String(36), ForeignKey("users.id"), nullable=False),
    Column("staging_enabled", Boolean, nullable=False, default=False),
    Column("approved", Boolean, nullable=False, default=False),
    Column("production_deployment_id", String(36)),
    Column("staging_deployment_id", String(36)),
    Column("created_us", BigInteger, nullable=False),
    UniqueConstraint("tenant_id", "slug", name="uq_apps_tenant_slug"),
    UniqueConstraint("tenant_id", "subdomain", name="uq_apps_tenant_subdomain"),
)

git_connections = Table(
    "git_connections",
    metadata,
    Column("app_id", String(36), ForeignKey("apps.id"), primary_key=True),
    Column("provider", String(20), nullable=False),
    Column("repo_full_name", String(200), nullable=False),
    Column("branch", String(255), nullable=False),
    Column("installation_id", BigInteger, nullable=False),
    Column("created_us", BigInteger, nullable=False),
    Column("updated_us", BigInteger, nullable=False),
)

install_states = Table(
    "install_states",
    metadata,
    Column("token", String(64), primary_key=True),
    Column("app_id", String(36), ForeignKey("apps.id"), nullable=False),
    Column("requested_by", String(36), ForeignKey("users.id"), nullable=False),
    Column("created_us", BigInteger, nullable=False),
    Column("expires_us", BigInteger, nullable=False),
    Column("consumed_us", BigInteger),
)

deployments = Table(
    "deployments",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("app_id", String(36), ForeignKey("apps.id"), nullable=False),
    Column("commit_sha", String(40), nullable=False),
    Column("status", String(20), nullable=False),
    Column("current_stage", String(20)),
    Column("trigger_source", String(20), nullable=False),
    Column("force_rebuild", Boolean, nullable=False, default=False),
    Column("image_uri", String(500)),
    Column("image_missing", Boolean, nullable=False, default=False),
    Column("failure_reason", JSON),
    Column("started_us", BigInteger, nullable=False),
    Column("stage_started_us", BigInteger, nullable=False),
    Column("completed_us", BigInteger),
    Column("cancel_requested_us", BigInteger),
    Column("requested_by", String(36)),
)
# The DB-level guarantee behind 409 deployment_in_progress: at most one row per
# app in an in-progress status, whatever the number of concurrent triggers.
_in_progress = deployments.c.status.in_(IN_PROGRESS_STATUSES)
Index(
    "uq_deployments_one_in_progress",
    deployments.c.app_id,
    unique=True,
    sqlite_where=_in_progress,
    postgresql_where=_in_progress,
)
Index("ix_deployments_app_started", deployments.c.app_id, deployments.c.started_us)

releases = Table(
    "releases",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("app_id", String(36), ForeignKey("apps.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("deployment_id", String(36), ForeignKey("deployments.id"), nullable=False, unique=True),
    Column("approved", Boolean, nullable=False, default=False),
    Column("created_us", BigInteger, nullable=False),
    UniqueConstraint("app_id", "version", name="uq_releases_app_version"),
)

promotion_requests = Table(
    "promotion_requests",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("app_id", String(36), ForeignKey("apps.id"), nullable=False),
    Column("deployment_id", String(36), ForeignKey("deployments.id"), nullable=False),
    # review status: pending | approved | rejected | cancelled
    Column("status", String(20), nullable=False),
    # promote status once approved: promoting | succeeded | failed (None before)
    Column("promote_status", String(20)),
    Column("promote_started_us", BigInteger),
    Column("promote_error", Text),
    Column("cursor_seq", Integer, nullable=False, default=0),
    Column("attempts", Integer, nullable=False, default=0),
    Column("created_us", BigInteger, nullable=False),
    Column("updated_us", BigInteger, nullable=False),
)

schema_ops = Table(
    "schema_ops",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("app_id", String(36), ForeignKey("apps.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("op", String(40), nullable=False),
    Column("target", String(200), nullable=False),
    Column("destructive", Boolean, nullable=False, default=False),
    Column("created_us", BigInteger, nullable=False),
    # when the change reached production (None: recorded on staging, not promoted)
    Column("applied_prod_us", BigInteger),
    UniqueConstraint("app_id", "seq", name="uq_schema_ops_app_seq"),
)

env_vars = Table(
    "env_vars",
    metadata,
    Column("app_id", String(36), ForeignKey("apps.id"), primary_key=True),
    Column("environment", String(20), primary_key=True),  # production | staging
    Column("key", String(200), primary_key=True),
    Column("value", Text, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("app_id", String(36)),
    Column("kind", String(60), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("created_us", BigInteger, nullable=False),
)

log_lines = Table(
    "log_lines",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("app_id", String(36), ForeignKey("apps.id"), nullable=False),
    Column("ts_us", BigInteger, nullable=False),
    Column("stream", String(10), nullable=False),  # stdout | stderr
    Column("message", Text, nullable=False),
    Column("pod", String(200)),
    Column("deployment_id", String(36)),
)
Index("ix_log_lines_app_ts", log_lines.c.app_id, log_lines.c.ts_us, log_lines.c.pk)

github_orgs = Table(
    "github_orgs",
    metadata,
    Column("user_id", String(36), ForeignKey("users.id"), primary_key=True),
    Column("login", String(100), primary_key=True),
    Column("state", String(20), nullable=False),  # active | pending
    Column("position", Integer, nullable=False, default=0),
)

github_installations = Table(
    "github_installations",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("account_login", String(100), nullable=False),
    Column("account_type", String(20), nullable=False),  # User | Organization
)

installation_users = Table(
    "installation_users",
    metadata,
    Column("installation_id", BigInteger, ForeignKey("github_installations.id"), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id"), primary_key=True),
)

github_repositories = Table(
    "github_repositories",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("full_name", String(200), nullable=False),
    Column("full_name_lower", String(200), nullable=False, unique=True),
    Column("installation_id", BigInteger, ForeignKey("github_installations.id")),
    Column("private", Boolean, nullable=False, default=True),
    Column("default_branch", String(255), nullable=False),
    Column("created_us", BigInteger, nullable=False),
)

github_branches = Table(
    "github_branches",
    metadata,
    Column("repo_full_name_lower", String(200), primary_key=True),
    Column("branch", String(255), primary_key=True),
    Column("head_sha", String(40), nullable=False),
)

templates = Table(
    "templates",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("slug", String(64), nullable=False),
    Column("name", String(200), nullable=False),
    Column("description", Text, nullable=False, default=""),
)

bootstraps = Table(
    "bootstraps",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("tenant_id", String(36), ForeignKey("tenants.id"), nullable=False),
    Column("requested_by", String(36), ForeignKey("users.id"), nullable=False),
    Column("status", String(20), nullable=False),  # running | done | failed
    Column("stage", String(20), nullable=False),  # app | repo | push | connect | deploy | done
    Column("app_id", String(36)),
    Column("repo_full_name", String(200)),
    Column("deployment_id", String(36)),
    Column("error_code", String(60)),
    Column("error_message", Text),
    Column("params", JSON, nullable=False),
    Column("stage_started_us", BigInteger, nullable=False),
    Column("created_us", BigInteger, nullable=False),
    Column("updated_us", BigInteger, nullable=False),
)

idempotency_keys = Table(
    "idempotency_keys",
    metadata,
    Column("principal", String(200), primary_key=True),
    Column("key", String(255), primary_key=True),
    Column("operation_id", String(200), nullable=False),
    Column("request_hash", String(64), nullable=False),
    Column("status_code", Integer),  # None while the first request is in flight
    Column("headers", JSON),
    Column("body", Text),
    Column("created_us", BigInteger, nullable=False),
    Column("completed_us", BigInteger),
)


def default_url() -> str:
    """``$REFSERVER_DB_URL`` or a SQLite file under ``./.refserver/``."""
    configured = os.environ.get(DEFAULT_URL_ENV)
    if configured:
        return configured
    return f"sqlite:///{DEFAULT_SQLITE_PATH}"


def _is_memory_sqlite(url: str) -> bool:
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:")


class Store:
    """Owns the engine; hands out transactional connections."""

    def __init__(self, url: str | None = None, *, echo: bool = False, create_schema: bool = True) -> None:
        self.url = url or default_url()
        parsed = make_url(self.url)
        self.backend = parsed.get_backend_name()
        self.in_memory = _is_memory_sqlite(self.url)
        # In-memory SQLite is one shared connection: serialize transactions on it.
        self._memory_lock: threading.RLock | None = threading.RLock() if self.in_memory else None
        self.engine = self._make_engine(echo)
        if create_schema:
            metadata.create_all(self.engine)

    def _make_engine(self, echo: bool) -> Engine:
        if self.backend != "sqlite":
            return create_engine(self.url, echo=echo, pool_pre_ping=True, pool_size=10, max_overflow=40)
        if self.in_memory:
            engine = create_engine(
                "sqlite://",
                echo=echo,
                connect_args={"check_same_thread": False},
                poolclass=StaticPool,
            )
        else:
            database = make_url(self.url).database
            if database:
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(
                self.url,
                echo=echo,
                connect_args={"check_same_thread": False, "timeout": 60},
                pool_size=20,
                max_overflow=60,
                pool_timeout=60,
            )
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            # Let SQLAlchemy's "begin" event below own transaction control.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=60000")
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            if conn.get_execution_options().get("refserver_write", False):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.exec_driver_sql("BEGIN")

        return engine

    @contextmanager
    def _transaction(self, write: bool) -> Iterator[Connection]:
        if self._memory_lock is not None:
            self._memory_lock.acquire()
        try:
            with self.engine.connect() as raw:
                conn = raw.execution_options(refserver_write=write)
                with conn.begin():
                    yield conn
        finally:
            if self._memory_lock is not None:
                self._memory_lock.release()

    def write(self) -> AbstractContextManager[Connection]:
        """A transaction that may write (``BEGIN IMMEDIATE`` on SQLite)."""
        return self._transaction(True)

    def read(self) -> AbstractContextManager[Connection]:
        """A read-only transaction (consistent snapshot on both backends)."""
        return self._transaction(False)

    def copy_from(self, other: Store) -> None:
        """Replace this SQLite database with a copy of ``other`` (SQLite backup API).

        Tests use it to start each case from a fixture-loaded template quickly.
        """
        if self.backend != "sqlite" or other.backend != "sqlite":
            raise ValueError("copy_from works between SQLite stores only")
        source = other.engine.raw_connection()
        target = self.engine.raw_connection()
        try:
            source.driver_connection.backup(target.driver_connection)  # type: ignore[union-attr]
        finally:
            target.close()
            source.close()

    def is_empty(self) -> bool:
        with self.read() as conn:
            count = conn.execute(select(func.count()).select_from(tenants)).scalar_one()
        return int(count) == 0

    def reset(self) -> None:
        """Drop and recreate every table (tests, and ``--reset`` in the server).

        One write transaction, so a request still in flight (a handler the client
        stopped waiting for) is serialised before or after it, never in between.
        """
        with self.write() as conn:
            metadata.drop_all(conn)
            metadata.create_all(conn)

    def ping(self) -> bool:
        with self.read() as conn:
            return bool(conn.execute(text("SELECT 1")).scalar_one() == 1)

    def close(self) -> None:
        self.engine.dispose()

"""The stateful server's objects, in SQLite or PostgreSQL (SQLAlchemy Core).

One table of objects (``collection``, ``scope``: the parent parameters as JSON, ``id``, the
stored object as JSON, ``seq`` for a stable listing order) and one of integer id counters.
A SQLite file keeps everything across restarts (WAL); ``sqlite://`` lives in memory.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

metadata = MetaData()

objects = Table(
    "stateful_objects",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("collection", String(500), nullable=False),
    Column("scope", String(2000), nullable=False),
    Column("id", String(500), nullable=False),
    Column("body", JSON, nullable=False),
    UniqueConstraint("collection", "scope", "id", name="uq_stateful_objects"),
)

counters = Table(
    "stateful_counters",
    metadata,
    Column("collection", String(500), primary_key=True),
    Column("next_id", BigInteger, nullable=False),
)


def scope_key(values: list[str]) -> str:
    return json.dumps(values, separators=(",", ":"))


class ObjectStore:
    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        self.backend = parsed.get_backend_name()
        self.in_memory = self.backend == "sqlite" and parsed.database in (None, "", ":memory:")
        self._lock = threading.RLock()
        if self.in_memory:
            self.engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
        elif self.backend == "sqlite":
            self.engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

            @event.listens_for(self.engine, "connect")
            def _wal(dbapi_connection: Any, _record: Any) -> None:
                cursor = dbapi_connection.cursor()
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.close()
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
        metadata.create_all(self.engine)

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        if self.in_memory:
            with self._lock, self.engine.begin() as conn:
                yield conn
        else:
            with self.engine.begin() as conn:
                yield conn

    def is_empty(self) -> bool:
        with self.begin() as conn:
            return conn.execute(select(func.count()).select_from(objects)).scalar_one() == 0

    def reset(self) -> None:
        with self.begin() as conn:
            conn.execute(delete(objects))
            conn.execute(delete(counters))

    def next_integer(self, conn: Connection, collection: str) -> int:
        """The next integer id of ``collection``: one atomic increment (a row lock on PostgreSQL, the
        write lock on SQLite), so concurrent creations (``--workers``) never share an id."""
        row = conn.execute(
            update(counters)
            .where(counters.c.collection == collection)
            .values(next_id=counters.c.next_id + 1)
            .returning(counters.c.next_id)
        ).first()
        if row is not None:
            return int(row[0]) - 1
        conn.execute(counters.insert().values(collection=collection, next_id=2))
        return 1

    def exists(self, conn: Connection, collection: str, scope: str, object_id: str) -> bool:
        return self.get(conn, collection, scope, object_id) is not None

    def get(self, conn: Connection, collection: str, scope: str, object_id: str) -> dict[str, Any] | None:
        row = conn.execute(
            select(objects.c.body).where(
                objects.c.collection == collection, objects.c.scope == scope, objects.c.id == object_id
            )
        ).first()
        return dict(row[0]) if row is not None else None

    def insert(self, conn: Connection, collection: str, scope: str, object_id: str, body: dict[str, Any]) -> None:
        conn.execute(objects.insert().values(collection=collection, scope=scope, id=object_id, body=body))

    def replace(self, conn: Connection, collection: str, scope: str, object_id: str, body: dict[str, Any]) -> None:
        conn.execute(
            update(objects)
            .where(objects.c.collection == collection, objects.c.scope == scope, objects.c.id == object_id)
            .values(body=body)
        )

    def remove(self, conn: Connection, collection: str, scope: str, object_id: str) -> bool:
        result = conn.execute(
            delete(objects).where(
                objects.c.collection == collection, objects.c.scope == scope, objects.c.id == object_id
            )
        )
        return bool(result.rowcount)

    def page(
        self, conn: Connection, collection: str, scope: str, offset: int, limit: int
    ) -> tuple[list[dict[str, Any]], int]:
        where = (objects.c.collection == collection, objects.c.scope == scope)
        total = conn.execute(select(func.count()).select_from(objects).where(*where)).scalar_one()
        rows = conn.execute(
            select(objects.c.body).where(*where).order_by(objects.c.seq).offset(offset).limit(limit)
        ).all()
        return [dict(r[0]) for r in rows], int(total)

    def close(self) -> None:
        self.engine.dispose()

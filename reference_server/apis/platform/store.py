"""The Platform API's store: JSON documents by (kind, id) in one SQLAlchemy table (SQLite or PostgreSQL).

The domain keeps every document in memory as well and writes each change through at once, so a
restart on the same database finds the same accounts, sessions, tenants, keys, webhooks and events.
One process owns a database at a time (``--workers`` is refused: the event stream is in-process).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Column, MetaData, String, Table, Text, create_engine, delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

metadata = MetaData()
documents = Table(
    "platform_documents",
    metadata,
    Column("kind", String(32), primary_key=True),
    Column("id", String(200), primary_key=True),
    Column("data", Text, nullable=False),
)


def default_url() -> str:
    return f"sqlite:///{Path(tempfile.gettempdir()) / f'platform-refserver-{os.getuid()}.db'}"


class Store:
    def __init__(self, url: str) -> None:
        self.url = url
        kwargs: dict[str, Any] = {}
        in_memory = url.startswith("sqlite") and (url.rstrip("/").endswith(":memory:") or url == "sqlite://")
        if in_memory:
            kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
        elif url.startswith("sqlite"):
            kwargs = {"connect_args": {"check_same_thread": False}}
        self.engine: Engine = create_engine(url, **kwargs)
        self.backend = self.engine.dialect.name
        metadata.create_all(self.engine)

    def load(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        with self.engine.connect() as conn:
            for kind, key, data in conn.execute(select(documents.c.kind, documents.c.id, documents.c.data)):
                yield str(kind), str(key), json.loads(data)

    def put(self, kind: str, key: str, data: dict[str, Any]) -> None:
        text = json.dumps(data, separators=(",", ":"))
        with self.engine.begin() as conn:
            conn.execute(delete(documents).where(documents.c.kind == kind, documents.c.id == key))
            conn.execute(documents.insert().values(kind=kind, id=key, data=text))

    def remove(self, kind: str, key: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(documents).where(documents.c.kind == kind, documents.c.id == key))

    def reset(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(documents))

    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.id).limit(1)).first() is None

    def close(self) -> None:
        self.engine.dispose()

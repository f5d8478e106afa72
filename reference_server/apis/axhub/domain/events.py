"""Domain events: an append-only audit trail (rollbacks, pointer moves, ...)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from reference_server.apis.axhub.store import events


def record(conn: Connection, app_id: str | None, kind: str, payload: dict[str, Any], now_us: int) -> None:
    conn.execute(events.insert().values(app_id=app_id, kind=kind, payload=payload, created_us=now_us))


def list_for_app(conn: Connection, app_id: str, kind: str | None = None) -> list[dict[str, Any]]:
    query = select(events).where(events.c.app_id == app_id).order_by(events.c.pk)
    if kind is not None:
        query = query.where(events.c.kind == kind)
    return [
        {"kind": r["kind"], "payload": r["payload"], "created_us": r["created_us"]}
        for r in conn.execute(query).mappings()
    ]

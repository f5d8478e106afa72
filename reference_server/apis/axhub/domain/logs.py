"""Runtime log lines of an app, with opaque cursors.

Lines are ordered by (timestamp, seq), where seq is the row's insertion
number. A cursor is URL-safe base64 (unpadded) of a small JSON document
``{"v": 1, "d": "b"|"f", "t": <timestamp µs>, "s": <seq>}``:

* backward (default): pages go from newest to older; each page is returned in
  ascending time order; ``next_cursor`` points below the oldest line returned
  and is ``""`` when nothing older is left.
* forward (tail): lines strictly after the watermark; ``next_cursor`` is always
  the watermark to poll from next, and ``has_more`` is true when the page was
  full. Without a cursor, forward starts at ``since`` or, without that, now.

``since`` is inclusive and ``until`` exclusive (RFC 3339).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from reference_server.apis.axhub.domain.errors import validation
from reference_server.apis.axhub.domain.params import int_param
from reference_server.apis.axhub.store import log_lines
from reference_server.clock import parse_rfc3339_us, rfc3339

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


@dataclass(frozen=True)
class Watermark:
    direction: str  # "b" | "f"
    ts_us: int
    seq: int


def encode_cursor(mark: Watermark) -> str:
    raw = json.dumps({"v": 1, "d": mark.direction, "t": mark.ts_us, "s": mark.seq}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> Watermark:
    """Parse a cursor; 400 ``validation_failed`` on anything malformed."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        doc = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8"))
    except (ValueError, UnicodeError, binascii.Error):
        raise validation("malformed cursor") from None
    if (
        not isinstance(doc, dict)
        or doc.get("v") != 1
        or doc.get("d") not in ("b", "f")
        or not isinstance(doc.get("t"), int)
        or not isinstance(doc.get("s"), int)
        or isinstance(doc.get("t"), bool)
        or isinstance(doc.get("s"), bool)
    ):
        raise validation("malformed cursor")
    return Watermark(str(doc["d"]), int(doc["t"]), int(doc["s"]))


def append(
    conn: Connection,
    app_id: str,
    ts_us: int,
    message: str,
    *,
    stream: str = "stdout",
    pod: str | None = None,
    deployment_id: str | None = None,
) -> None:
    conn.execute(
        log_lines.insert().values(
            app_id=app_id,
            ts_us=ts_us,
            stream=stream,
            message=message,
            pod=pod,
            deployment_id=deployment_id,
        )
    )


def line_json(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        "timestamp": rfc3339(int(row["ts_us"])),
        "stream": row["stream"],
        "message": row["message"],
        "pod": row["pod"] or "",
    }


def _time_param(query: Mapping[str, Any], name: str) -> int | None:
    raw = query.get(name)
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str):
        raise validation(f"{name} must be an RFC 3339 timestamp")
    try:
        return parse_rfc3339_us(raw)
    except ValueError:
        raise validation(f"{name} must be an RFC 3339 timestamp") from None


def read_page(conn: Connection, app_id: str, query: Mapping[str, Any], now_us: int) -> dict[str, Any]:
    direction = query.get("direction") or "backward"
    if direction not in ("backward", "forward"):
        raise validation("direction must be 'backward' or 'forward'")
    limit = int_param(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    since = _time_param(query, "since")
    until = _time_param(query, "until")
    raw_cursor = query.get("cursor") or ""
    if not isinstance(raw_cursor, str):
        raise validation("malformed cursor")
    mark = decode_cursor(raw_cursor) if raw_cursor else None
    want = "b" if direction == "backward" else "f"
    if mark is not None and mark.direction != want:
        raise validation(f"cursor was issued for the other direction, not {direction}")

    conds: list[Any] = [log_lines.c.app_id == app_id]
    if since is not None:
        conds.append(log_lines.c.ts_us >= since)
    if until is not None:
        conds.append(log_lines.c.ts_us < until)
    ts, seq = log_lines.c.ts_us, log_lines.c.pk

    if direction == "backward":
        if mark is not None:
            conds.append(or_(ts < mark.ts_us, and_(ts == mark.ts_us, seq < mark.seq)))
        rows = list(
            conn.execute(select(log_lines).where(*conds).order_by(ts.desc(), seq.desc()).limit(limit + 1)).mappings()
        )
        has_more = len(rows) > limit
        page = list(reversed(rows[:limit]))
        next_cursor = ""
        if has_more and page:
            oldest = page[0]
            next_cursor = encode_cursor(Watermark("b", int(oldest["ts_us"]), int(oldest["pk"])))
        return {
            "lines": [line_json(r) for r in page],
            "has_more": has_more,
            "next_cursor": next_cursor,
        }

    # forward
    if mark is None:
        if since is not None:
            mark = Watermark("f", since, 0)
        else:
            top = conn.execute(select(func.max(log_lines.c.pk))).scalar_one_or_none()
            mark = Watermark("f", now_us, int(top or 0))
    conds.append(or_(ts > mark.ts_us, and_(ts == mark.ts_us, seq > mark.seq)))
    rows = list(conn.execute(select(log_lines).where(*conds).order_by(ts, seq).limit(limit)).mappings())
    if rows:
        last = rows[-1]
        mark = Watermark("f", int(last["ts_us"]), int(last["pk"]))
    return {
        "lines": [line_json(r) for r in rows],
        "has_more": len(rows) >= limit,
        "next_cursor": encode_cursor(mark),
    }

"""Idempotency keys: replay the recorded response of a repeated request.

The HTTP layer calls, for a request carrying ``Idempotency-Key``:

1. ``begin(conn, principal, key, operation_id, body, now_us, ttl_us)``:
   * first time: a placeholder row is written → ``Proceed``;
   * same key, same (operationId, path and query parameters, body), finished → ``Replay`` of the stored
     status, headers and body;
   * same key, same request, still running → 409 ``conflict``;
   * same key, another operation, other parameters (another resource) or
     another body → 409 ``idempotency_key_reused``.
2. after handling: ``complete(...)`` with the response to remember, or
   ``abandon(...)`` (e.g. on a 5xx) so that a retry runs again.

``principal`` is whatever identifies the caller (user id or token); keys of
different principals never meet. Keys older than the TTL are forgotten.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from reference_server.api import Outcome, Proceed, Replay
from reference_server.apis.axhub.domain.errors import conflict, fail, validation
from reference_server.apis.axhub.store import idempotency_keys

MAX_KEY_LENGTH = 255


def request_hash(operation_id: str, body: Any, params: Any = None) -> str:
    """The request's fingerprint: the operation, its parameters (path and query: which resource) and its body."""
    canonical = json.dumps(
        {"op": operation_id, "params": params, "body": body}, sort_keys=True, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


# The spec's pattern for the header: printable ASCII, no space at either end.
_KEY_RE = re.compile(r"[!-~]([ -~]*[!-~])?")


def _check_key(key: str) -> None:
    if len(key) > MAX_KEY_LENGTH or not _KEY_RE.fullmatch(key):
        raise validation(
            f"Idempotency-Key must be 1-{MAX_KEY_LENGTH} printable ASCII characters, without spaces at either end"
        )


def begin(
    conn: Connection,
    principal: str,
    key: str,
    operation_id: str,
    body: Any,
    now_us: int,
    ttl_us: int,
    params: Any = None,
) -> Outcome:
    _check_key(key)
    digest = request_hash(operation_id, body, params)
    where = (idempotency_keys.c.principal == principal, idempotency_keys.c.key == key)
    row = conn.execute(select(idempotency_keys).where(*where)).mappings().one_or_none()
    if row is not None and now_us - int(row["created_us"]) > ttl_us:
        conn.execute(idempotency_keys.delete().where(*where))
        row = None
    if row is None:
        try:
            with conn.begin_nested():
                conn.execute(
                    idempotency_keys.insert().values(
                        principal=principal,
                        key=key,
                        operation_id=operation_id,
                        request_hash=digest,
                        created_us=now_us,
                    )
                )
            return Proceed()
        except IntegrityError:
            row = conn.execute(select(idempotency_keys).where(*where)).mappings().one()
    if row["request_hash"] != digest:
        raise fail("idempotency_key_reused", "Idempotency-Key was already used with a different request")
    if row["status_code"] is None:
        raise conflict("a request with this Idempotency-Key is still being processed")
    headers = row["headers"] or {}
    return Replay(
        status=int(row["status_code"]),
        headers={str(k): str(v) for k, v in dict(headers).items()},
        body=row["body"],
    )


def complete(
    conn: Connection,
    principal: str,
    key: str,
    status: int,
    headers: dict[str, str],
    body: str | None,
    now_us: int,
) -> None:
    conn.execute(
        idempotency_keys.update()
        .where(idempotency_keys.c.principal == principal, idempotency_keys.c.key == key)
        .values(status_code=status, headers=dict(headers), body=body, completed_us=now_us)
    )


def abandon(conn: Connection, principal: str, key: str) -> None:
    conn.execute(
        idempotency_keys.delete().where(
            idempotency_keys.c.principal == principal,
            idempotency_keys.c.key == key,
            idempotency_keys.c.status_code.is_(None),
        )
    )

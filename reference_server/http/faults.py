"""Opt-in fault injection for SDK retry tests (``--faults`` only).

A request asks for a fault with one header::

    X-Fault: id=<string>; kind=503|429|drop|delay|drop-after; times=N; retry-after=S; delay-ms=M

The server counts, per ``id``, how many requests carrying that id it has
already failed: the first ``times`` (default 1) get the fault, later ones pass
through normally. SDK retries resend the same headers, so a client sees the
fault N times and then succeeds. ``id`` defaults to the whole header value.

* ``503``: 503 ``service_unavailable`` with ``Retry-After: S`` (default 1) and
  ``retryAfter`` in the error body;
* ``429``: 429 ``rate_limited``, the same way;
* ``drop``: the connection is closed without any response (a transport error
  for the client);
* ``delay``: wait ``delay-ms`` (default 1000) and answer normally;
* ``drop-after``: run the operation (its changes are committed and an
  ``Idempotency-Key`` records the response), then close the connection
  without answering: a retry with the same key must get the replay.

Without ``--faults`` the header is ignored. Faults apply to the API
operations only (not to ``/_admin/`` routes, not to unknown paths), before
authentication.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

from reference_server.api import validation_error as validation

HEADER = "x-fault"
KINDS = ("503", "429", "drop", "delay", "drop-after")
MAX_DELAY_MS = 120_000
# The ASGI scope key under which the app keeps the server's own ``send``.
RAW_SEND_KEY = "refserver.raw_send"


@dataclass(frozen=True)
class FaultSpec:
    id: str
    kind: str
    times: int = 1
    retry_after: int = 1
    delay_ms: int = 1000


def _int(name: str, text: str, minimum: int, maximum: int) -> int:
    try:
        value = int(text.strip(), 10)
    except ValueError:
        raise validation(f"X-Fault: {name} must be an integer (got {text!r})") from None
    if not minimum <= value <= maximum:
        raise validation(f"X-Fault: {name} must be between {minimum} and {maximum}")
    return value


def parse_fault(header: str) -> FaultSpec:
    """Read an ``X-Fault`` value; 400 ``validation_failed`` when it is malformed."""
    fields: dict[str, str] = {}
    for part in header.split(";"):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key = key.strip().lower()
        if not sep or not key:
            raise validation(f"X-Fault: expected key=value, got {part.strip()!r}")
        if key not in ("id", "kind", "times", "retry-after", "delay-ms"):
            raise validation(f"X-Fault: unknown key {key!r} (id, kind, times, retry-after, delay-ms)")
        fields[key] = value.strip()
    kind = fields.get("kind", "").lower()
    if kind not in KINDS:
        raise validation(f"X-Fault: kind must be one of {', '.join(KINDS)} (got {kind or 'nothing'!r})")
    return FaultSpec(
        id=fields.get("id") or header.strip(),
        kind=kind,
        times=_int("times", fields["times"], 0, 1_000_000) if "times" in fields else 1,
        retry_after=_int("retry-after", fields["retry-after"], 0, 86_400) if "retry-after" in fields else 1,
        delay_ms=_int("delay-ms", fields["delay-ms"], 0, MAX_DELAY_MS) if "delay-ms" in fields else 1000,
    )


class FaultRegistry:
    """How many requests of each fault id were failed already (thread-safe, bounded)."""

    def __init__(self, max_ids: int = 10_000) -> None:
        self._lock = threading.Lock()
        self._served: OrderedDict[str, int] = OrderedDict()
        self._max_ids = max_ids

    def take(self, fault: FaultSpec) -> bool:
        """True when this request gets the fault (and count it)."""
        with self._lock:
            served = self._served.get(fault.id, 0)
            if served >= fault.times:
                return False
            self._served[fault.id] = served + 1
            self._served.move_to_end(fault.id)
            while len(self._served) > self._max_ids:
                self._served.popitem(last=False)
            return True

    def served(self, fault_id: str) -> int:
        with self._lock:
            return self._served.get(fault_id, 0)

    def reset(self) -> None:
        with self._lock:
            self._served.clear()


class DropConnection(Exception):
    """Raised when the server under the app offers no way to close the connection."""


def drop_connection(scope: MutableMapping[str, Any]) -> None:
    """Close the client connection without a response.

    Under uvicorn the server's ``send`` is a bound method of its request cycle,
    which holds the asyncio transport: closing it sends FIN with no response
    bytes, so the client sees "server disconnected" (httpx:
    ``RemoteProtocolError``); marking the cycle disconnected keeps uvicorn
    from answering 500 itself. Elsewhere (e.g. ``httpx.ASGITransport``) the
    app raises ``DropConnection``, which reaches the client as an exception.
    """
    raw_send = scope.get(RAW_SEND_KEY)
    cycle = getattr(raw_send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None or not callable(getattr(transport, "close", None)):
        raise DropConnection("connection dropped by fault injection")
    transport.close()
    for flag, value in (("disconnected", True), ("keep_alive", False)):
        if hasattr(cycle, flag):
            setattr(cycle, flag, value)

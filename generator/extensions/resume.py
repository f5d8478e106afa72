"""`x-sdkgen-resume` on a `text/event-stream` operation: the stream resumes with `Last-Event-ID`.

    x-sdkgen-resume:
      header: Last-Event-ID   # the default
      maxReconnects: 5        # reconnects in a row without an event in between (1-100), default 5
      retryMs: 1000           # the wait before a reconnect when the server sent no `retry:` (0-600000)

The value `true` means all defaults. See ir.Resume for what the runtime does with it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import ir
from .base import OperationExtension, Site

KEY = "x-sdkgen-resume"
_KNOWN = ("header", "maxReconnects", "retryMs")


def _int(value: dict[str, Any], key: str, default: int, low: int, high: int, problems: list[str]) -> int:
    raw = value.get(key, default)
    if not isinstance(raw, int) or isinstance(raw, bool) or not low <= raw <= high:
        problems.append(f"{key} must be an integer from {low} to {high}")
        return default
    return raw


def read(value: Any, problems: list[str]) -> ir.Resume | None:
    if value is True:
        return ir.Resume()
    if not isinstance(value, dict):
        problems.append("must be true or a mapping (header, maxReconnects, retryMs)")
        return None
    unknown = sorted(str(k) for k in value if k not in _KNOWN)
    if unknown:
        problems.append(f"unknown key(s) {', '.join(unknown)} (known: {', '.join(_KNOWN)})")
    header = value.get("header", "Last-Event-ID")
    if not isinstance(header, str) or not header or any(c in header for c in " :\t\r\n"):
        problems.append("header must be a header name")
        header = "Last-Event-ID"
    resume = ir.Resume(
        header=header,
        max_reconnects=_int(value, "maxReconnects", 5, 1, 100, problems),
        retry_ms=_int(value, "retryMs", 1000, 0, 600_000, problems),
    )
    return None if problems else resume


def apply(value: Any, op: ir.Operation, site: Site) -> None:
    problems: list[str] = []
    resume = read(value, problems)
    if resume is None:
        site.error(f"{KEY}: " + "; ".join(problems), "e.g. {header: Last-Event-ID, maxReconnects: 5, retryMs: 1000}")
        return
    if not any(r.content_type == "text/event-stream" for r in op.success_responses):
        site.error(f"{KEY}: {op.operation_id} has no text/event-stream success response to resume",
                   "put it on the operation that opens the stream")
        return
    op.resume = resume


def check(op: ir.Operation, report: Callable[[str], None]) -> None:
    """A resume header the operation also declares must be an optional header parameter."""
    if op.resume is None:
        return
    for param in op.params_in("header"):
        if param.name.lower() == op.resume.header.lower() and param.required:
            report(f"{op.operation_id}: the {param.name} parameter must be optional: "
                   "the first connection has no id to send")


EXTENSION = OperationExtension(KEY, "a server-sent event stream that resumes with Last-Event-ID", apply)

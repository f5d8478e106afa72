"""Injectable time source for the reference server.

All stored timestamps are integer microseconds since the Unix epoch (UTC), so
they sort and compare the same way on SQLite and PostgreSQL. The helpers here
convert between that form, ``datetime`` and the RFC 3339 strings on the wire.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class Clock(Protocol):
    """Anything that can tell the current time (timezone-aware, UTC)."""

    def now(self) -> datetime: ...


class SystemClock:
    """Real wall-clock time."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that only moves when told to; for tests and deterministic demos."""

    def __init__(self, start: datetime | str = "2025-06-01T00:00:00Z") -> None:
        self._lock = threading.Lock()
        self._now = parse_rfc3339(start) if isinstance(start, str) else _aware(start)

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, seconds: float | timedelta) -> datetime:
        step = seconds if isinstance(seconds, timedelta) else timedelta(seconds=seconds)
        if step < timedelta(0):
            raise ValueError("a clock does not run backwards")
        with self._lock:
            self._now = self._now + step
            return self._now

    def set(self, when: datetime | str) -> None:
        value = parse_rfc3339(when) if isinstance(when, str) else _aware(when)
        with self._lock:
            self._now = value


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def to_us(value: datetime) -> int:
    """Microseconds since the epoch for an aware (or naive-UTC) datetime."""
    delta = _aware(value) - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_us(value: int) -> datetime:
    return _EPOCH + timedelta(microseconds=value)


def now_us(clock: Clock) -> int:
    return to_us(clock.now())


def rfc3339(value: int | datetime) -> str:
    """RFC 3339 in UTC with a ``Z``; fractional seconds only when non-zero."""
    moment = from_us(value) if isinstance(value, int) else _aware(value)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += f".{moment.microsecond:06d}".rstrip("0")
    return text + "Z"


def rfc3339_opt(value: int | None) -> str | None:
    return None if value is None else rfc3339(value)


def parse_rfc3339(text: str) -> datetime:
    """Parse an RFC 3339 timestamp; raises ``ValueError`` when it is not one."""
    raw = text.strip()
    if "T" not in raw and "t" not in raw:
        raise ValueError(f"not an RFC 3339 timestamp: {text!r}")
    raw = raw.replace("t", "T")
    if raw.endswith(("Z", "z")):
        raw = raw[:-1] + "+00:00"
    # Python < 3.11 cannot read more than 6 fractional digits; trim nanoseconds.
    if "." in raw:
        head, _, tail = raw.partition(".")
        digits = ""
        for ch in tail:
            if ch.isdigit():
                digits += ch
            else:
                break
        raw = head + "." + (digits[:6] or "0") + tail[len(digits) :]
    parsed = datetime.fromisoformat(raw)
    if parsed.tzinfo is None:
        raise ValueError(f"RFC 3339 timestamp needs an offset: {text!r}")
    return parsed.astimezone(UTC)


def parse_rfc3339_us(text: str) -> int:
    return to_us(parse_rfc3339(text))

"""Internal: when to retry and how long to wait. Shared by the sync and async clients."""

from __future__ import annotations

import datetime
import email.utils
import time
from collections.abc import Callable, Mapping

from .constants import (
    IDEMPOTENCY_HEADER,
    IDEMPOTENT_METHODS,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRYABLE_STATUSES,
)

__all__ = ["backoff_delay", "is_retryable_request", "parse_retry_after", "retry_delay",
           "should_retry_status"]


def is_retryable_request(method: str, headers: Mapping[str, str]) -> bool:
    """An idempotent method, or any method carrying an ``Idempotency-Key``."""
    if method.upper() in IDEMPOTENT_METHODS:
        return True
    return any(k.lower() == IDEMPOTENCY_HEADER.lower() for k in headers)


def should_retry_status(status: int) -> bool:
    return status in RETRYABLE_STATUSES


def backoff_delay(retry: int, jitter: Callable[[], float]) -> float:
    """Exponential backoff with full jitter before retry number ``retry`` (0-based):
    ``jitter() * min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2**retry)``."""
    ceiling = min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2.0 ** min(retry, 32))
    return max(0.0, min(1.0, jitter())) * ceiling


def parse_retry_after(
    headers: Mapping[str, str], wall_clock: Callable[[], float] | None = None
) -> float | None:
    """Seconds from ``Retry-After`` (delta-seconds or an HTTP-date) or ``Retry-After-Ms``."""
    lowered = {k.lower(): v for k, v in headers.items()}
    millis = lowered.get("retry-after-ms")
    if millis is not None:
        try:
            return max(0.0, float(millis) / 1000.0)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)  # noqa: UP017  (3.10 compatible)
    now = (wall_clock or time.time)()
    return max(0.0, when.timestamp() - now)


def retry_delay(
    retry: int,
    retry_after: float | None,
    jitter: Callable[[], float],
) -> float:
    """Wait what the server asked (capped at ``MAX_RETRY_AFTER``), else back off."""
    if retry_after is not None:
        return min(retry_after, MAX_RETRY_AFTER)
    return backoff_delay(retry, jitter)

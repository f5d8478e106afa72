"""Per-token rate limiting (``--rate-limit N/min``): a token bucket per bearer token.

Each token may burst ``N`` requests and regains ``N`` per period (one every
``period / N`` seconds). A request over the limit gets 429 ``rate_limited``
with ``Retry-After`` (and ``retryAfter`` in the body): the whole seconds until
the bucket holds a request again. Only authenticated requests are counted
(a bad token is a 401 first); ``/_admin/`` routes are never limited.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from reference_server.api import rate_limited_error

_PERIODS = {"s": 1.0, "sec": 1.0, "second": 1.0, "m": 60.0, "min": 60.0, "minute": 60.0, "h": 3600.0, "hour": 3600.0}
_RATE_RE = re.compile(r"^\s*(\d+)\s*(?:/\s*([a-z]+))?\s*$")


@dataclass(frozen=True)
class Rate:
    requests: int
    period: float  # seconds

    def __str__(self) -> str:
        unit = {1.0: "s", 60.0: "min", 3600.0: "h"}.get(self.period, f"{self.period:g}s")
        return f"{self.requests}/{unit}"


def parse_rate(text: str) -> Rate:
    """``"100/min"`` (also ``/s``, ``/h``; a bare number means per minute); ValueError otherwise."""
    match = _RATE_RE.match(text.lower())
    if not match:
        raise ValueError(f"rate limit must look like N/min (got {text!r})")
    count = int(match.group(1))
    unit = match.group(2) or "min"
    if unit not in _PERIODS:
        raise ValueError(f"unknown rate limit period {unit!r}: use /s, /min or /h")
    if count < 1:
        raise ValueError("rate limit must allow at least 1 request")
    return Rate(count, _PERIODS[unit])


class RateLimiter:
    def __init__(self, rate: Rate, clock: Callable[[], float] = time.monotonic, max_keys: int = 100_000) -> None:
        self.rate = rate
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self._per_second = rate.requests / rate.period
        self._max_keys = max_keys

    def check(self, key: str) -> None:
        """Take one request from ``key``'s bucket; raise 429 ``rate_limited`` when it is empty."""
        now = self._clock()
        capacity = float(self.rate.requests)
        with self._lock:
            tokens, at = self._buckets.get(key, (capacity, now))
            tokens = min(capacity, tokens + (now - at) * self._per_second)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                if len(self._buckets) > self._max_keys:
                    self._buckets.pop(next(iter(self._buckets)))
                return
            self._buckets[key] = (tokens, now)
            wait = max(1, math.ceil((1.0 - tokens) / self._per_second))
        raise rate_limited_error(f"rate limit of {self.rate} for this token exceeded; retry in {wait} s", wait)

    def reset(self) -> None:
        with self._lock:
            self._buckets.clear()

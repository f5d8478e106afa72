"""Public: per-call options, layered over the client's own settings."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import httpx

from .types import UNSET, Unset

__all__ = ["RequestOptions"]


@dataclasses.dataclass(frozen=True, kw_only=True)
class RequestOptions:
    """Overrides for one call; anything left at its default falls back to the client.

    - ``timeout``: seconds or an ``httpx.Timeout``; ``None`` means no timeout.
    - ``max_retries``: retries after the first attempt (0 turns retries off).
    - ``headers``: extra headers, over the client's.
    - ``idempotency_key``: sent as ``Idempotency-Key`` (and makes the call retryable);
      by default the client generates one for every POST while retries are on.
    - ``extra_query``: extra query parameters, over the call's ``query``.
    """

    timeout: float | httpx.Timeout | None | Unset = UNSET
    max_retries: int | None = None
    headers: Mapping[str, str] | None = None
    idempotency_key: str | None = None
    extra_query: Mapping[str, Any] | None = None

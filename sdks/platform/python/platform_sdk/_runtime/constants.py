"""Internal: every default of the transport in one place (timeouts, retries, headers)."""

from __future__ import annotations

from typing import Final

import httpx

#: Total time allowed for one attempt (connect, write, read, pool), in seconds.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0)

#: Retries after the first attempt; a call makes at most ``1 + max_retries`` attempts.
DEFAULT_MAX_RETRIES: Final = 2

#: Backoff before retry number ``n`` (0-based) is ``uniform(0, min(MAX, BASE * 2**n))``.
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0

#: A ``Retry-After`` (header, or ``retryAfter`` in the error body) is waited for,
#: but never longer than this many seconds.
MAX_RETRY_AFTER: Final = 60.0

#: Statuses that are retried (when the request may be repeated safely).
RETRYABLE_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})

#: Methods that may be repeated without an ``Idempotency-Key``.
IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})

#: Methods that get an ``Idempotency-Key`` from the client when retries are on.
AUTO_IDEMPOTENCY_METHODS: Final = frozenset({"POST"})

IDEMPOTENCY_HEADER: Final = "Idempotency-Key"
TENANT_HEADER: Final = "X-Tenant-ID"

#: ``<sdk-name>/<version> python/<python version>``
USER_AGENT_FORMAT: Final = "{sdk_name}/{sdk_version} python/{python_version}"

#: Headers whose values the debug hooks and the logger never see.
REDACTED_HEADERS: Final = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-signature",
        "x-api-key",
        "x-auth-token",
    }
)
REDACTED: Final = "[REDACTED]"

#: Defaults of the helpers.
DEFAULT_WAIT_TIMEOUT: Final = 600.0
DEFAULT_WAIT_INTERVAL: Final = 2.0
DEFAULT_TAIL_INTERVAL: Final = 2.0

"""Internal: what the debug hooks and the logger are shown — secrets redacted."""

from __future__ import annotations

from collections.abc import Iterable

import httpx

from .constants import REDACTED, REDACTED_HEADERS

__all__ = ["redact_headers", "redacted_request", "redacted_response"]


def redact_headers(
    headers: httpx.Headers, secret: Iterable[str] = REDACTED_HEADERS
) -> httpx.Headers:
    hidden = {name.lower() for name in secret}
    return httpx.Headers(
        [(k, REDACTED if k.lower() in hidden else v) for k, v in headers.multi_items()]
    )


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` (headers redacted, body kept) for a debug hook."""
    copy = httpx.Request(
        request.method,
        request.url,
        headers=redact_headers(request.headers),
        content=request.content,
        extensions=dict(request.extensions),
    )
    return copy


def redacted_response(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """A copy of ``response`` (headers redacted, body kept, already decoded)."""
    headers = redact_headers(response.headers)
    for name in ("content-encoding", "transfer-encoding"):  # the body is already decoded
        headers.pop(name, None)
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=response.content,
        request=request,
    )

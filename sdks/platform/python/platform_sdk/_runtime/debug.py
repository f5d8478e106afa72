"""Internal: what the debug hooks, the logger and error messages are shown — secrets redacted."""

from __future__ import annotations

from collections.abc import Iterable

import httpx

from .constants import REDACTED, REDACTED_HEADERS

__all__ = ["redact_headers", "redact_url", "redacted_request", "redacted_response"]


def redact_headers(headers: httpx.Headers, extra: Iterable[str] = ()) -> httpx.Headers:
    """``headers`` with the values of the usual secret headers and of ``extra`` hidden."""
    hidden = REDACTED_HEADERS | {name.lower() for name in extra}
    return httpx.Headers(
        [(k, REDACTED if k.lower() in hidden else v) for k, v in headers.multi_items()]
    )


def redact_url(url: httpx.URL | str, secret_query: Iterable[str] = ()) -> httpx.URL:
    """``url`` with the values of the query parameters named in ``secret_query`` hidden."""
    url = httpx.URL(url)
    hidden = set(secret_query)
    if not hidden or not any(name in hidden for name in url.params):
        return url
    pairs: list[tuple[str, str | int | float | bool | None]] = [
        (k, REDACTED if k in hidden else v) for k, v in url.params.multi_items()
    ]
    return url.copy_with(params=httpx.QueryParams(pairs))


def redacted_request(
    request: httpx.Request, secret_headers: Iterable[str] = (), secret_query: Iterable[str] = ()
) -> httpx.Request:
    """A copy of ``request`` (secrets redacted, body kept) for a debug hook."""
    copy = httpx.Request(
        request.method,
        redact_url(request.url, secret_query),
        headers=redact_headers(request.headers, secret_headers),
        content=request.content,
        extensions=dict(request.extensions),
    )
    return copy


def redacted_response(
    response: httpx.Response, request: httpx.Request, secret_headers: Iterable[str] = ()
) -> httpx.Response:
    """A copy of ``response`` (headers redacted, body kept, already decoded). The body of
    an event stream is not read yet: the copy has none."""
    headers = redact_headers(response.headers, secret_headers)
    for name in ("content-encoding", "transfer-encoding"):  # the body is already decoded
        headers.pop(name, None)
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=request,
    )

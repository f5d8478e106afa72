"""The HTTP answer type and the shared error body.

Every error leaves the server as ``{"statusCode", "code", "message"[,
"retryAfter"]}`` (``DomainError.to_body()``), with a ``Retry-After`` header
whenever ``retryAfter`` is set.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from reference_server.api import DomainError

JSON_TYPE = "application/json"


@dataclass
class Answer:
    """A complete HTTP response, independent of the framework."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    # Not the server's own behaviour (an injected fault, a 404 route): skipped
    # by response conformance checks.
    synthetic: bool = False
    # Sent chunk by chunk instead of ``body`` (no Content-Length): see ``api.Streamed``.
    stream: Iterator[bytes] | None = None

    @classmethod
    def json(cls, status: int, payload: Any, headers: dict[str, str] | None = None) -> Answer:
        out = {"content-type": JSON_TYPE}
        if headers:
            out.update(headers)
        return cls(status, out, dumps(payload))

    @property
    def text(self) -> str | None:
        return self.body.decode() if self.body else None

    def raw_headers(self) -> list[tuple[bytes, bytes]]:
        headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in self.headers.items()]
        if self.stream is None and self.status not in (204, 304) and not (100 <= self.status < 200):
            headers.append((b"content-length", str(len(self.body)).encode()))
        return headers


def dumps(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def error_answer(error: DomainError, *, synthetic: bool = False) -> Answer:
    headers: dict[str, str] = {}
    if error.retry_after is not None:
        headers["retry-after"] = str(error.retry_after)
    answer = Answer.json(error.status, error.to_body(), headers)
    answer.synthetic = synthetic
    return answer


def error(status: int, code: str, message: str, retry_after: int | None = None, *, synthetic: bool = False) -> Answer:
    return error_answer(DomainError(status, code, message, retry_after), synthetic=synthetic)


def internal_error(message: str = "internal server error") -> Answer:
    return error(500, "internal_error", message)

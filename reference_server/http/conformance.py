"""openapi-core (0.23) behind the server: full request and response validation.

``OpenApiCoreChecker`` wraps ``openapi_core.OpenAPI`` with small adapters for
its ``Request`` (plus ``SupportsPathPattern``: routing already happened) and
``Response`` protocols. The app uses it when built with
``validate_responses=True`` (tests, ``--validate-responses``): every response
the server produces is validated against the spec and a mismatch is a loud
failure. Tests also use ``request_errors`` to check that the fast request
validator agrees with openapi-core.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from reference_server.http.errors import Answer


class CoreRequest:
    """An ``openapi_core.protocols.Request`` with a known path pattern."""

    def __init__(
        self,
        *,
        host_url: str,
        method: str,
        path: str,
        path_pattern: str,
        path_params: Mapping[str, Any],
        query: Iterable[tuple[str, str]] = (),
        headers: Iterable[tuple[str, str]] = (),
        body: bytes | None = None,
        content_type: str | None = None,
    ) -> None:
        self.host_url = host_url
        self.method = method.lower()
        self.path = path
        self.path_pattern = path_pattern
        self.parameters = RequestParameters(
            path=dict(path_params),
            query=ImmutableMultiDict(list(query)),
            header=Headers(list(headers)),
            cookie=ImmutableMultiDict(),
        )
        self.body = body if body else None
        self.content_type = (content_type or "application/octet-stream").lower()


class CoreResponse:
    """An ``openapi_core.protocols.Response`` over an ``Answer``."""

    def __init__(self, answer: Answer) -> None:
        self.status_code = answer.status
        self.headers = Headers(list(answer.headers.items()))
        self.content_type = answer.headers.get("content-type", "")
        self.data = answer.body if answer.body else None


def describe(error: BaseException) -> str:
    """An openapi-core error with its causes and schema errors, on one line."""
    parts = [f"{type(error).__name__}: {error}"]
    cause = error.__cause__
    while cause is not None:
        text = f"{type(cause).__name__}: {cause}"
        schema_errors = getattr(cause, "schema_errors", None)
        if schema_errors:
            text += " [" + "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in schema_errors) + "]"
        parts.append(text)
        cause = cause.__cause__
    return " <- ".join(parts)


class OpenApiCoreChecker:
    def __init__(self, spec_path: str | Path, server_url: str) -> None:
        self.openapi = OpenAPI.from_path(Path(spec_path).resolve())
        self.server_url = server_url.rstrip("/")
        # openapi-core caches lazily; keep concurrent first uses apart.
        self._lock = threading.Lock()

    @classmethod
    def shared(cls, spec_path: str | Path, server_url: str) -> OpenApiCoreChecker:
        """One checker per (spec, server) and process: building one takes a while."""
        key = (str(Path(spec_path).resolve()), server_url)
        with _SHARED_LOCK:
            if key not in _SHARED:
                _SHARED[key] = cls(spec_path, server_url)
            return _SHARED[key]

    def request(self, **kwargs: Any) -> CoreRequest:
        return CoreRequest(host_url=self.server_url, **kwargs)

    def request_errors(self, request: CoreRequest) -> list[str]:
        with self._lock:
            return [describe(e) for e in self.openapi.iter_request_errors(request)]

    def response_errors(self, request: CoreRequest, answer: Answer) -> list[str]:
        with self._lock:
            return [describe(e) for e in self.openapi.iter_response_errors(request, CoreResponse(answer))]


_SHARED: dict[tuple[str, str], OpenApiCoreChecker] = {}
_SHARED_LOCK = threading.Lock()

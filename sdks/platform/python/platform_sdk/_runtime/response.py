"""Internal: reading a response into a result or an error (``RawResponse`` is public)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

import httpx

from .debug import redact_url
from .errors import APIStatusError, ResponseDecodeError, error_class_for_status
from .model import Model
from .operation import Operation
from .retry import parse_retry_after
from .serde import decode
from .types import EmptyResult, RedirectResult

__all__ = [
    "APIResponse",
    "ErrorDetails",
    "RawResponse",
    "declared_error",
    "error_details",
    "parse_response",
    "status_error",
]

_NO_TYPE = object()

T = TypeVar("T")


class RawResponse:
    """The response of one call as it came: status, headers, body bytes.

    ``parsed()`` gives what ``call`` would have returned (or raises its error).
    """

    def __init__(
        self,
        response: httpx.Response,
        operation: Operation,
        wall_clock: Callable[[], float] | None = None,
        secret_query: Iterable[str] = (),
    ) -> None:
        self.http_response = response
        self.operation = operation
        self._wall_clock = wall_clock
        self._secret_query = frozenset(secret_query)

    @property
    def status(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def body(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def url(self) -> str:
        return str(self.http_response.request.url)

    @property
    def request_id(self) -> str | None:
        """The response's ``X-Request-Id``, when it has one."""
        value = self.http_response.headers.get("x-request-id")
        return str(value) if value else None

    def json(self) -> Any:
        return json.loads(self.body) if self.body.strip() else None

    def parsed(self) -> Any:
        return parse_response(self.operation, self.http_response, self._wall_clock, self._secret_query)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.operation.operation_id} {self.status}>"


class APIResponse(RawResponse, Generic[T]):
    """What a method's ``with_raw_response`` form returns: the response as it came (``status``,
    ``headers``, ``request_id``, ``body``, ``http_response``) and ``parse()``, what the method
    itself would have returned (decoded once). An error status raised at the call already."""

    def __init__(
        self,
        response: httpx.Response,
        operation: Operation,
        wall_clock: Callable[[], float] | None = None,
        secret_query: Iterable[str] = (),
        parser: Callable[[], T] | None = None,
    ) -> None:
        super().__init__(response, operation, wall_clock, secret_query)
        self._parser = parser
        self._parsed: list[T] = []

    def parse(self) -> T:
        if not self._parsed:
            value: T = self._parser() if self._parser is not None else self.parsed()
            self._parsed.append(value)
        return self._parsed[0]


def response_type(operation: Operation, status: int) -> Any:
    """The declared body type for ``status``: exact, then ``2XX``-style, then default.

    ``None`` means "no body"; an undeclared status gives ``_NO_TYPE`` (raw JSON).
    """
    for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
        if key in operation.responses:
            return operation.responses[key]
    return _NO_TYPE


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media in ("", "application/json") or media.endswith("+json")


def parse_response(
    operation: Operation,
    response: httpx.Response,
    wall_clock: Callable[[], float] | None = None,
    secret_query: Iterable[str] = (),
) -> Any:
    """2xx → the decoded body (``EmptyResult`` when there is none); 3xx →
    ``RedirectResult``; anything else → raise the status's error class."""
    status = response.status_code
    if 300 <= status < 400:
        return RedirectResult(status=status, location=response.headers.get("location", ""))
    if not 200 <= status < 300:
        raise status_error(operation, response, wall_clock, secret_query)
    if status == 204 or not response.content.strip():
        return EmptyResult()
    tp = response_type(operation, status)
    if tp is bytes:
        return response.content
    content_type = response.headers.get("content-type", "")
    if not _is_json(content_type):
        return response.content if content_type.startswith("application/octet") else response.text
    try:
        data = json.loads(response.content)
    except ValueError as exc:
        raise ResponseDecodeError(
            f"{status} response is not valid JSON ({exc})",
            status=status,
            text=response.text,
            operation_id=operation.operation_id,
        ) from exc
    result = data if tp is _NO_TYPE or tp is None else decode(data, tp)
    request_id = response.headers.get("x-request-id")
    if request_id and isinstance(result, Model):
        object.__setattr__(result, "_sdk_request_id", str(request_id))
    return result


@dataclasses.dataclass(frozen=True)
class ErrorDetails:
    body: Any  # decoded JSON, else the text, else None
    code: str | None
    message: str | None
    retry_after: float | None  # from the body's retryAfter only


def error_details(response: httpx.Response) -> ErrorDetails:
    """Read an error body shaped ``{"statusCode", "code", "message", "retryAfter"}``
    (also ``{"error": {...}}`` and ``{"error": "..."}``), tolerating anything else."""
    text = response.text
    body: Any = None
    if text.strip():
        try:
            body = json.loads(text)
        except ValueError:
            body = text
    fields: Mapping[str, Any] = {}
    if isinstance(body, Mapping):
        fields = body["error"] if isinstance(body.get("error"), Mapping) else body
    code = fields.get("code")
    message = fields.get("message")
    if message is None and isinstance(fields.get("error"), str):
        message = fields["error"]
    if message is None and isinstance(body, str) and len(body) <= 500:
        message = body.strip()
    return ErrorDetails(
        body=body,
        code=None if code is None else str(code),
        message=None if message is None else str(message),
        retry_after=_seconds(fields.get("retryAfter")),
    )


def _seconds(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return None
    return seconds if seconds >= 0 else None


def declared_error(operation: Operation, status: int, body: Any) -> Any:
    """An error body decoded into the type the operation declares for ``status`` (exact, its
    class, or ``default``); None when it declares none, or the body is not JSON or does not fit."""
    if body is None or isinstance(body, str):
        return None
    tp = response_type(operation, status)
    if tp is _NO_TYPE or tp is None or tp is bytes or tp is str:
        return None
    try:
        value = decode(body, tp)
    except (TypeError, ValueError, KeyError):
        return None
    if isinstance(tp, type) and not isinstance(value, tp):
        return None
    return value


def status_error(
    operation: Operation,
    response: httpx.Response,
    wall_clock: Callable[[], float] | None = None,
    secret_query: Iterable[str] = (),
) -> APIStatusError:
    """The error for a non-2xx, non-3xx response, by the one status → class map
    (its URL with the API key query parameters in ``secret_query`` hidden)."""
    details = error_details(response)
    retry_after = parse_retry_after(response.headers, wall_clock)
    if retry_after is None:
        retry_after = details.retry_after
    request = response.request
    return error_class_for_status(response.status_code)(
        error=declared_error(operation, response.status_code, details.body),
        status=response.status_code,
        code=details.code,
        message=details.message or response.reason_phrase or None,
        retry_after=retry_after,
        body=details.body,
        headers=response.headers,
        operation_id=operation.operation_id,
        method=request.method,
        url=str(redact_url(request.url, secret_query)),
        response=response,
    )

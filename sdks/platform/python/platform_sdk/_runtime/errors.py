"""Public: every error the SDK raises, and the one map from HTTP status to class.

    SDKError
    ├── InvalidArgumentError (also a ValueError)   refused before sending
    ├── APIConnectionError                          no response (connect, read, ...)
    │   └── APITimeoutError
    ├── APIStatusError                              a non-2xx, non-3xx response
    │   ├── ClientError                             any other 4xx
    │   │   ├── BadRequestError 400, AuthenticationError 401,
    │   │   ├── PermissionDeniedError 403, NotFoundError 404, ConflictError 409,
    │   │   ├── PreconditionFailedError 412, UnprocessableEntityError 422,
    │   │   └── PreconditionRequiredError 428, RateLimitError 429
    │   └── ServerError                             any other 5xx
    │       └── InternalServerError 500
    ├── ResponseDecodeError                         a 2xx whose body is not what it says
    └── WaiterTimeoutError                          wait() ran out of time
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

E = TypeVar("E")

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "PreconditionRequiredError",
    "RateLimitError",
    "ResponseDecodeError",
    "SDKError",
    "ServerError",
    "UnprocessableEntityError",
    "WaiterTimeoutError",
    "error_class_for_status",
]


class SDKError(Exception):
    """Base of every error this SDK raises."""


class InvalidArgumentError(SDKError, ValueError):
    """An argument was refused before anything was sent (e.g. an empty path parameter)."""


class APIConnectionError(SDKError):
    """No response arrived: the connection failed or broke (retried before it is raised)."""

    def __init__(
        self,
        message: str,
        *,
        operation_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.operation_id = operation_id
        self.method = method
        self.url = url

    def __str__(self) -> str:
        where = " ".join(p for p in (self.method, _path_of(self.url)) if p)
        prefix = f"{self.operation_id}: " if self.operation_id else ""
        return f"{prefix}{where}: {self.message}" if where else f"{prefix}{self.message}"


class APITimeoutError(APIConnectionError):
    """The request timed out (retried before it is raised)."""


class APIStatusError(SDKError):
    """The server answered with an error status.

    ``code``, ``message`` and ``retry_after`` come from the error body
    (``{"statusCode", "code", "message", "retryAfter"}``); ``retry_after`` falls
    back to the ``Retry-After`` header. ``body`` is the decoded JSON body, or the
    raw text when it is not JSON (``None`` when empty). ``error`` is that body decoded
    into the type the spec declares for the status (exact, else its class such as
    ``4XX``, else ``default``), typically the API's error model; ``None`` when the
    operation declares none or the body does not fit it. ``error_as(cls)`` reads it typed.
    ``request_id`` is the response's ``X-Request-Id``.
    """

    def __init__(
        self,
        *,
        status: int,
        code: str | None = None,
        message: str | None = None,
        retry_after: float | None = None,
        body: Any = None,
        headers: httpx.Headers | Mapping[str, str] | None = None,
        operation_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
        response: httpx.Response | None = None,
        error: Any = None,
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.retry_after = retry_after
        self.body = body
        self.headers = httpx.Headers(headers or {})
        self.operation_id = operation_id
        self.method = method
        self.url = url
        self.response = response
        self.error = error
        super().__init__(str(self))

    @property
    def status_code(self) -> int:
        return self.status

    def error_as(self, cls: type[E]) -> E | None:
        """The declared error body when it is a ``cls`` (e.g. ``models.Error``), else None."""
        return self.error if isinstance(self.error, cls) else None

    @property
    def request_id(self) -> str | None:
        value = self.headers.get("x-request-id")
        return str(value) if value else None

    def __str__(self) -> str:
        parts = [f"{self.operation_id}:" if self.operation_id else ""]
        if self.method or self.url:
            parts.append(" ".join(p for p in (self.method, _path_of(self.url)) if p))
            parts.append("returned")
        parts.append(str(self.status))
        if self.code:
            parts.append(self.code)
        text = " ".join(p for p in parts if p)
        if self.message:
            text += f": {self.message}"
        if self.retry_after is not None:
            text += f" (retry after {self.retry_after:g}s)"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text

    def __reduce__(self) -> Any:
        return _rebuild_status_error, (type(self), self.__dict__.copy())


def _rebuild_status_error(cls: type[APIStatusError], state: dict[str, Any]) -> APIStatusError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, str(error))
    return error


class ClientError(APIStatusError):
    """A 4xx; the catch-all for 4xx statuses without their own class."""


class BadRequestError(ClientError):
    """400"""


class AuthenticationError(ClientError):
    """401"""


class PermissionDeniedError(ClientError):
    """403"""


class NotFoundError(ClientError):
    """404"""


class ConflictError(ClientError):
    """409"""


class PreconditionFailedError(ClientError):
    """412"""


class UnprocessableEntityError(ClientError):
    """422"""


class PreconditionRequiredError(ClientError):
    """428"""


class RateLimitError(ClientError):
    """429"""


class ServerError(APIStatusError):
    """A 5xx; catch this for every server failure. Raised as is for 5xx other than 500."""


class InternalServerError(ServerError):
    """500"""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    428: PreconditionRequiredError,
    429: RateLimitError,
    500: InternalServerError,
}


def error_class_for_status(status: int) -> type[APIStatusError]:
    """The one status → class map: exact status, then the class of status, then the base."""
    exact = _STATUS_ERRORS.get(status)
    if exact is not None:
        return exact
    if 400 <= status < 500:
        return ClientError
    if 500 <= status < 600:
        return ServerError
    return APIStatusError


class ResponseDecodeError(SDKError):
    """A 2xx response whose body could not be read as its content type says (e.g. bad JSON)."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        text: str,
        operation_id: str | None = None,
    ) -> None:
        super().__init__(f"{operation_id}: {message}" if operation_id else message)
        self.status = status
        self.text = text
        self.operation_id = operation_id


class WaiterTimeoutError(SDKError):
    """``wait()`` ran out of time before the resource reached a terminal state.

    ``last`` is the last object seen (decoded), ``value`` its watched field.
    """

    def __init__(
        self,
        message: str,
        *,
        last: Any,
        value: Any = None,
        operation_id: str | None = None,
        timeout: float | None = None,
    ) -> None:
        super().__init__(message)
        self.last = last
        self.value = value
        self.operation_id = operation_id
        self.timeout = timeout


def _path_of(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "") if parts.netloc else url

"""Internal: everything the sync and async clients share, written once.

Request building, the retry decision and backoff, response parsing, and the
loops of ``iterate``, ``wait`` and ``tail`` are *plans*: generators that yield
effects — ``Send(request)``, ``Sleep(seconds)``, ``Emit(item)`` — and receive the
outcome of each ``Send`` (an ``httpx.Response``, or the ``httpx.TransportError``
it raised). ``SyncClient`` and ``AsyncClient`` only perform the effects, so there
is one retry loop, not two copies of it.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import enum
import logging
import platform
import uuid
from collections.abc import Callable, Generator, Mapping
from typing import Any, ClassVar, TypeAlias, TypeVar

import httpx

from .constants import (
    AUTO_IDEMPOTENCY_METHODS,
    DEFAULT_TIMEOUT,
    IDEMPOTENCY_HEADER,
    TENANT_HEADER,
    USER_AGENT_FORMAT,
)
from .debug import redacted_request, redacted_response
from .errors import (
    APIConnectionError,
    APITimeoutError,
    InvalidArgumentError,
    WaiterTimeoutError,
)
from .operation import Operation, Pagination
from .options import RequestOptions
from .pagination import as_int, is_more, next_query, page_items
from .request import PreparedRequest, encode_body, render_path, route_params
from .response import RawResponse, error_details, parse_response
from .retry import (
    backoff_delay,
    is_retryable_request,
    parse_retry_after,
    retry_delay,
    should_retry_status,
)
from .serde import wire_get
from .types import UNSET, Unset

__all__ = ["BaseClient", "Emit", "Effect", "Plan", "Send", "Sleep"]

_log = logging.getLogger(__name__)

T = TypeVar("T")
C = TypeVar("C", bound="BaseClient")

RequestHook: TypeAlias = Callable[[httpx.Request], None]
ResponseHook: TypeAlias = Callable[[httpx.Response], None]
Signer: TypeAlias = Callable[[httpx.Request], None]
TimeoutArg: TypeAlias = float | httpx.Timeout | None | Unset


@dataclasses.dataclass(frozen=True)
class Send:
    """Send this request; the plan receives the response or the transport error."""

    request: httpx.Request


@dataclasses.dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclasses.dataclass(frozen=True)
class Emit:
    """Hand one item to the consumer of an iterator (iterate, tail)."""

    item: Any


Effect: TypeAlias = Send | Sleep | Emit
Plan: TypeAlias = Generator[Effect, Any, T]


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _present(value: Any) -> bool:
    return value is not None and value is not UNSET and value != ""


class BaseClient:
    """Configuration and plans shared by ``SyncClient`` and ``AsyncClient``.

    Generated clients subclass those and set the class attributes below; they
    attach their resources in ``_init_resources`` (called again for every
    ``with_options`` copy, so resources always point at their own client).
    """

    OPERATIONS: ClassVar[Mapping[str, Operation]] = {}
    DEFAULT_BASE_URL: ClassVar[str | None] = None
    SDK_NAME: ClassVar[str] = "sdk"
    SDK_VERSION: ClassVar[str] = "0.0.0"

    _http: httpx.Client | httpx.AsyncClient

    def _check(self, base_url: str | None, max_retries: int) -> str:
        """Validate settings before anything is opened; returns the base URL to use."""
        url = base_url or self.DEFAULT_BASE_URL
        if not url:
            raise InvalidArgumentError(f"{type(self).__name__}: base_url is required")
        if max_retries < 0:
            raise InvalidArgumentError("max_retries must be >= 0")
        return url

    def _setup(
        self,
        *,
        http: httpx.Client | httpx.AsyncClient,
        owns_http: bool,
        base_url: str,
        token: str | None,
        tenant_id: str | None,
        timeout: TimeoutArg,
        max_retries: int,
        headers: Mapping[str, str] | None,
        signer: Signer | None,
        on_request: RequestHook | None,
        on_response: ResponseHook | None,
        clock: Callable[[], float],
        wall_clock: Callable[[], float],
        jitter: Callable[[], float],
    ) -> None:
        self._http = http
        self._owns_http = owns_http
        self._base_url = base_url.rstrip("/")
        self._token = token
        self._tenant_id = tenant_id
        if isinstance(timeout, Unset):
            self._timeout = http.timeout if not owns_http else DEFAULT_TIMEOUT
        else:
            self._timeout = _timeout(timeout)
        self._max_retries = max_retries
        self._headers: dict[str, str] = dict(headers or {})
        self._signer = signer
        self._on_request = on_request
        self._on_response = on_response
        self._clock = clock
        self._wall_clock = wall_clock
        self._jitter = jitter
        self._user_agent = USER_AGENT_FORMAT.format(
            sdk_name=self.SDK_NAME,
            sdk_version=self.SDK_VERSION,
            python_version=platform.python_version(),
        )
        self._init_resources()

    def _init_resources(self) -> None:
        """Hook for generated clients: create resource objects bound to ``self``."""

    # ------------------------------------------------------------ configuration

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    def with_options(
        self: C,
        *,
        base_url: str | Unset = UNSET,
        token: str | None | Unset = UNSET,
        tenant_id: str | None | Unset = UNSET,
        timeout: TimeoutArg = UNSET,
        max_retries: int | Unset = UNSET,
        headers: Mapping[str, str] | Unset = UNSET,
        signer: Signer | None | Unset = UNSET,
        on_request: RequestHook | None | Unset = UNSET,
        on_response: ResponseHook | None | Unset = UNSET,
    ) -> C:
        """A copy with some settings changed, sharing this client's connection pool.

        ``headers`` are added over the current ones. Closing the copy does not
        close the shared pool; closing the original does.
        """
        new = copy.copy(self)
        new._owns_http = False
        if not isinstance(base_url, Unset):
            new._base_url = base_url.rstrip("/")
        if not isinstance(token, Unset):
            new._token = token
        if not isinstance(tenant_id, Unset):
            new._tenant_id = tenant_id
        if not isinstance(timeout, Unset):
            new._timeout = _timeout(timeout)
        if not isinstance(max_retries, Unset):
            if max_retries < 0:
                raise InvalidArgumentError("max_retries must be >= 0")
            new._max_retries = max_retries
        if not isinstance(headers, Unset):
            new._headers = {**self._headers, **headers}
        if not isinstance(signer, Unset):
            new._signer = signer
        if not isinstance(on_request, Unset):
            new._on_request = on_request
        if not isinstance(on_response, Unset):
            new._on_response = on_response
        new._init_resources()
        return new

    def _operation(self, operation: Operation | str) -> Operation:
        if isinstance(operation, Operation):
            return operation
        found = self.OPERATIONS.get(operation)
        if found is not None:
            return found
        close = difflib.get_close_matches(operation, list(self.OPERATIONS), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
        raise InvalidArgumentError(f"unknown operationId {operation!r}{hint}")

    # ------------------------------------------------------------ building

    def _prepare(
        self,
        operation: Operation,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        options: RequestOptions | None,
    ) -> PreparedRequest:
        opts = options or RequestOptions()
        path = render_path(operation, path_params)
        routed = route_params(operation, {**(query or {}), **(opts.extra_query or {})})
        content, content_type = encode_body(operation, body)

        headers = httpx.Headers({"Accept": "application/json", "User-Agent": self._user_agent})
        headers.update(self._headers)
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        if self._tenant_id:
            headers[TENANT_HEADER] = self._tenant_id
        for name, value in routed.headers:
            headers[name] = value
        if routed.cookies:
            cookies = "; ".join(f"{k}={v}" for k, v in routed.cookies)
            existing = headers.get("cookie")
            headers["Cookie"] = f"{existing}; {cookies}" if existing else cookies
        headers.update(opts.headers or {})
        if content_type is not None:
            headers["Content-Type"] = content_type

        max_retries = self._max_retries if opts.max_retries is None else opts.max_retries
        if opts.idempotency_key:
            headers[IDEMPOTENCY_HEADER] = opts.idempotency_key
        elif (
            operation.method in AUTO_IDEMPOTENCY_METHODS
            and max_retries > 0
            and IDEMPOTENCY_HEADER not in headers
        ):
            headers[IDEMPOTENCY_HEADER] = str(uuid.uuid4())  # once per call, kept on retries

        return PreparedRequest(
            operation=operation,
            method=operation.method,
            url=self._base_url + path,
            params=tuple(routed.query),
            headers=tuple(headers.multi_items()),
            content=content,
            timeout=self._timeout if isinstance(opts.timeout, Unset) else _timeout(opts.timeout),
            max_retries=max(0, max_retries),
            retryable=is_retryable_request(operation.method, headers),
        )

    def _build_attempt(self, prepared: PreparedRequest) -> httpx.Request:
        request = self._http.build_request(
            prepared.method,
            prepared.url,
            params=list(prepared.params) or None,
            headers=list(prepared.headers),
            content=prepared.content,
            timeout=prepared.timeout,
        )
        if self._signer is not None:
            self._signer(request)
        return request

    # ------------------------------------------------------------ debug

    def _show_request(self, request: httpx.Request, attempt: int) -> None:
        if _log.isEnabledFor(logging.DEBUG):
            _log.debug("request %s %s (attempt %d)", request.method, request.url, attempt)
        if self._on_request is not None:
            self._on_request(redacted_request(request))

    def _show_response(self, response: httpx.Response, request: httpx.Request) -> None:
        if _log.isEnabledFor(logging.DEBUG):
            _log.debug("response %s %s -> %d", request.method, request.url, response.status_code)
        if self._on_response is not None:
            self._on_response(redacted_response(response, redacted_request(request)))

    # ------------------------------------------------------------ plans

    def _send_plan(self, prepared: PreparedRequest) -> Plan[httpx.Response]:
        """Send with retries: transport errors and retryable statuses, for requests
        that may be repeated, up to ``max_retries`` times, waiting in between."""
        retry = 0
        while True:
            request = self._build_attempt(prepared)
            self._show_request(request, retry + 1)
            reply = yield Send(request)
            can_retry = prepared.retryable and retry < prepared.max_retries
            if isinstance(reply, httpx.TransportError):
                if can_retry:
                    yield Sleep(backoff_delay(retry, self._jitter))
                    retry += 1
                    continue
                raise self._transport_error(prepared, reply, retry + 1) from reply
            response: httpx.Response = reply
            self._show_response(response, request)
            if can_retry and should_retry_status(response.status_code):
                retry_after = parse_retry_after(response.headers, self._wall_clock)
                if retry_after is None:
                    retry_after = error_details(response).retry_after
                yield Sleep(retry_delay(retry, retry_after, self._jitter))
                retry += 1
                continue
            return response

    @staticmethod
    def _transport_error(
        prepared: PreparedRequest, error: httpx.TransportError, attempts: int
    ) -> APIConnectionError:
        tries = f" (after {attempts} attempts)" if attempts > 1 else ""
        if isinstance(error, httpx.TimeoutException):
            cls: type[APIConnectionError] = APITimeoutError
            message = f"request timed out{tries}: {error or type(error).__name__}"
        else:
            cls = APIConnectionError
            message = f"connection failed{tries}: {error or type(error).__name__}"
        return cls(
            message,
            operation_id=prepared.operation.operation_id,
            method=prepared.method,
            url=prepared.url,
        )

    def _call_plan(
        self,
        operation: Operation,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        options: RequestOptions | None,
    ) -> Plan[Any]:
        prepared = self._prepare(operation, path_params, query, body, options)
        response = yield from self._send_plan(prepared)
        return parse_response(operation, response, self._wall_clock)

    def _raw_plan(
        self,
        operation: Operation,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        options: RequestOptions | None,
    ) -> Plan[RawResponse]:
        prepared = self._prepare(operation, path_params, query, body, options)
        response = yield from self._send_plan(prepared)
        return RawResponse(response, operation, self._wall_clock)

    def _iterate_plan(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        options: RequestOptions | None,
    ) -> Plan[None]:
        op = self._operation(operation)
        if op.pagination is None:
            raise InvalidArgumentError(f"{op.operation_id} is not paginated")
        return self._iterate_steps(op, op.pagination, path_params, dict(query or {}), options)

    def _iterate_steps(
        self,
        op: Operation,
        pagination: Pagination,
        path_params: Mapping[str, Any] | None,
        query: dict[str, Any],
        options: RequestOptions | None,
    ) -> Plan[None]:
        current: dict[str, Any] | None = query
        while current is not None:
            page = yield from self._call_plan(op, path_params, current, None, options)
            items = page_items(page, pagination)
            for item in items:
                yield Emit(item)
            current = next_query(pagination, current, page, items)

    def _wait_plan(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        timeout: float,
        interval: float,
        options: RequestOptions | None,
    ) -> Plan[Any]:
        op = self._operation(operation)
        if op.waiter is None:
            raise InvalidArgumentError(f"{op.operation_id} has no waiter")
        if timeout < 0 or interval < 0:
            raise InvalidArgumentError("wait: timeout and interval must be >= 0")
        return self._wait_steps(op, path_params, query, timeout, interval, options)

    def _wait_steps(
        self,
        op: Operation,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        timeout: float,
        interval: float,
        options: RequestOptions | None,
    ) -> Plan[Any]:
        assert op.waiter is not None
        field, terminal = op.waiter.field, op.waiter.terminal
        deadline = self._clock() + timeout
        while True:
            current = yield from self._call_plan(op, path_params, query, None, options)
            state = _state(wire_get(current, field))
            if state in terminal:
                return current
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise WaiterTimeoutError(
                    f"{op.operation_id}: {field} is still {state!r} after {timeout:g}s "
                    f"(waiting for {', '.join(terminal)})",
                    last=current,
                    value=state,
                    operation_id=op.operation_id,
                    timeout=timeout,
                )
            yield Sleep(min(interval, remaining))

    def _tail_plan(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        interval: float,
        stop: Callable[[], bool] | None,
        max_polls: int | None,
        options: RequestOptions | None,
    ) -> Plan[None]:
        op = self._operation(operation)
        if op.tail is None:
            raise InvalidArgumentError(f"{op.operation_id} cannot be tailed")
        pagination = op.pagination or Pagination(style="cursor")
        first = {**(query or {}), op.tail.param: op.tail.value}
        return self._tail_steps(op, pagination, path_params, first, interval, stop, max_polls,
                                options)

    def _tail_steps(
        self,
        op: Operation,
        pagination: Pagination,
        path_params: Mapping[str, Any] | None,
        query: dict[str, Any],
        interval: float,
        stop: Callable[[], bool] | None,
        max_polls: int | None,
        options: RequestOptions | None,
    ) -> Plan[None]:
        polls = 0
        limit = as_int(query.get(pagination.limit_param)) if pagination.limit_param else None

        def finished() -> bool:
            return (stop is not None and stop()) or (max_polls is not None and polls >= max_polls)

        while not finished():
            page = yield from self._call_plan(op, path_params, query, None, options)
            polls += 1
            items = page_items(page, pagination)
            for item in items:
                yield Emit(item)
            if pagination.next_cursor and pagination.cursor_param:
                cursor = wire_get(page, pagination.next_cursor)
                if _present(cursor):
                    query = {**query, pagination.cursor_param: str(cursor)}
            # more waiting at once: the page says so, or came back full (never when empty)
            more = bool(items) and (
                is_more(page, pagination) is True or (limit is not None and 0 < limit <= len(items))
            )
            if not more and not finished():
                yield Sleep(interval)


def _state(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    return value

"""Public: the synchronous client. It only performs the effects of the shared plans."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, TypeVar

import httpx

from .base_client import (
    BaseClient,
    Emit,
    Plan,
    RequestHook,
    ResponseHook,
    Send,
    Signer,
    Sleep,
    TimeoutArg,
)
from .constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TAIL_INTERVAL,
    DEFAULT_TIMEOUT,
    DEFAULT_WAIT_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
)
from .operation import Operation
from .options import RequestOptions
from .response import RawResponse
from .types import UNSET, Unset

__all__ = ["SyncClient"]

T = TypeVar("T")
S = TypeVar("S", bound="SyncClient")


class SyncClient(BaseClient):
    """Blocking client over ``httpx.Client``. Use as a context manager, or ``close()``.

    ``clock`` (monotonic seconds), ``wall_clock`` (epoch seconds), ``sleep`` and
    ``jitter`` (uniform in [0, 1)) are injectable for tests.
    """

    _http: httpx.Client

    def __init__(
        self,
        base_url: str | None = None,
        *,
        token: str | None = None,
        tenant_id: str | None = None,
        timeout: TimeoutArg = UNSET,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        signer: Signer | None = None,
        http_client: httpx.Client | None = None,
        on_request: RequestHook | None = None,
        on_response: ResponseHook | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        url = self._check(base_url, max_retries)
        owns_http = http_client is None
        if http_client is None:
            http_client = httpx.Client(
                follow_redirects=False,
                timeout=DEFAULT_TIMEOUT if isinstance(timeout, Unset) else timeout,
            )
        self._sleep = sleep
        self._setup(
            http=http_client,
            owns_http=owns_http,
            base_url=url,
            token=token,
            tenant_id=tenant_id,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            signer=signer,
            on_request=on_request,
            on_response=on_response,
            clock=clock,
            wall_clock=wall_clock,
            jitter=jitter,
        )

    # ------------------------------------------------------------ driving plans

    def _perform(self, effect: Send | Sleep) -> Any:
        if isinstance(effect, Send):
            try:
                return self._http.send(effect.request, follow_redirects=False)
            except httpx.TransportError as error:
                return error
        self._sleep(effect.seconds)
        return None

    def _run(self, plan: Plan[T]) -> T:
        reply: Any = None
        try:
            while True:
                effect = plan.send(reply)
                if isinstance(effect, Emit):
                    raise RuntimeError("a plan that returns a value emitted an item")
                reply = self._perform(effect)
        except StopIteration as done:
            result: T = done.value
            return result
        finally:
            plan.close()

    def _stream(self, plan: Plan[None]) -> Iterator[Any]:
        reply: Any = None
        try:
            while True:
                try:
                    effect = plan.send(reply)
                except StopIteration:
                    return
                if isinstance(effect, Emit):
                    reply = None
                    yield effect.item
                else:
                    reply = self._perform(effect)
        finally:
            plan.close()

    # ------------------------------------------------------------ calls

    def call(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Send one operation with retries and return its decoded result.

        2xx → the body decoded per ``operation.responses`` (``EmptyResult`` when
        empty); 3xx → ``RedirectResult``; otherwise raises ``APIStatusError``'s
        subclass for the status, or ``APIConnectionError`` / ``APITimeoutError``.
        """
        op = self._operation(operation)
        return self._run(self._call_plan(op, path_params, query, body, options))

    def request(
        self,
        operation_id: str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """``call`` by operationId (unknown ids raise ``InvalidArgumentError``)."""
        return self.call(self._operation(operation_id), path_params, query, body, options)

    def raw_request(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        *,
        options: RequestOptions | None = None,
    ) -> RawResponse:
        """Like ``call`` (with retries) but returns the response as it came, any status."""
        op = self._operation(operation)
        return self._run(self._raw_plan(op, path_params, query, body, options))

    def iterate(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        *,
        options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        """Every item of a paginated operation, fetching pages as they are consumed."""
        return self._stream(self._iterate_plan(operation, path_params, query, options))

    def wait(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        *,
        query: Mapping[str, Any] | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        interval: float = DEFAULT_WAIT_INTERVAL,
        options: RequestOptions | None = None,
    ) -> Any:
        """Poll until the operation's waiter field is terminal; return that object.

        Raises ``WaiterTimeoutError`` (with ``.last``) when ``timeout`` seconds pass.
        """
        return self._run(
            self._wait_plan(operation, path_params, query, timeout, interval, options)
        )

    def tail(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        *,
        interval: float = DEFAULT_TAIL_INTERVAL,
        stop: Callable[[], bool] | None = None,
        max_polls: int | None = None,
        options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        """Follow new items forever (until ``stop()`` is true, ``max_polls`` polls,
        or the consumer stops iterating): polls at once while pages are full, else
        every ``interval`` seconds, passing on the previous page's cursor."""
        return self._stream(
            self._tail_plan(operation, path_params, query, interval, stop, max_polls, options)
        )

    # ------------------------------------------------------------ lifetime

    def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: S) -> S:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

"""Public: the synchronous client. It only performs the effects of the shared plans."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, TypeVar

import httpx

from .base_client import Authorize, BaseClient, Emit, Plan, Send, Sleep
from .constants import DEFAULT_TAIL_INTERVAL, DEFAULT_WAIT_INTERVAL, DEFAULT_WAIT_TIMEOUT
from .operation import Operation
from .options import RequestOptions
from .page import SyncPage
from .pagination import NextPage, PageState
from .response import APIResponse, RawResponse
from .sse import EventStream

__all__ = ["SyncClient"]

T = TypeVar("T")
S = TypeVar("S", bound="SyncClient")


class SyncClient(BaseClient[httpx.Client, Callable[[float], None]]):
    """Blocking client over ``httpx.Client``. Use as a context manager, or ``close()``.

    Its options are described on ``BaseClient.__init__``; ``sleep`` defaults to
    ``time.sleep``. One client may be shared by threads: they share one connection
    pool and one OAuth2 token fetch.
    """

    def _new_http(self, timeout: float | httpx.Timeout | None) -> httpx.Client:
        return httpx.Client(follow_redirects=False, timeout=timeout)

    def _default_sleep(self) -> Callable[[float], None]:
        return time.sleep

    # ------------------------------------------------------------ driving plans

    def _perform(self, effect: Send | Sleep | Authorize) -> Any:
        if isinstance(effect, Send):
            return self._send(effect)
        if isinstance(effect, Authorize):
            return self._authorize(effect)
        self._sleep(effect.seconds)
        return None

    def _send(self, effect: Send) -> httpx.Response | httpx.TransportError:
        try:
            response = self._http.send(effect.request, follow_redirects=False, stream=effect.stream)
            if effect.stream and not response.is_success:
                try:  # an error answer is read whole, like any other
                    response.read()
                finally:
                    response.close()
        except httpx.TransportError as error:
            return error
        return response

    def _authorize(self, effect: Authorize) -> str:
        flow = effect.flow
        token = flow.fresh(self._clock(), effect.rejected)
        if token is not None:
            return token
        with flow.thread_lock:  # one fetch; the threads that waited take its token
            token = flow.fresh(self._clock(), effect.rejected)
            if token is None:
                try:
                    response = self._http.send(flow.request(self._http, effect.timeout))
                except httpx.TransportError as error:
                    raise flow.transport_error(error, effect.operation_id) from error
                token = flow.accept(response, self._clock(), effect.operation_id)
        return token

    def _run(self, plan: Plan[T]) -> T:
        reply: Any = None
        try:
            while True:
                try:
                    effect = plan.send(reply)
                except StopIteration as done:  # the plan's own end only, not one from performing
                    result: T = done.value
                    return result
                if isinstance(effect, Emit):
                    raise RuntimeError("a plan that returns a value emitted an item")
                reply = self._perform(effect)
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

    def stream(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions | None = None,
    ) -> EventStream:
        """Send an operation that answers with ``text/event-stream``; iterate the result
        for its events as they arrive, in a ``with`` block to close it when done.

        Retries apply until the response headers arrive; an error status raises as
        ``call`` does. The timeout covers each attempt until the headers arrive, not
        the stream after them: it stays open until the server ends it or it is closed.
        """
        op = self._operation(operation)
        response, url = self._run(self._stream_plan(op, path_params, query, body, options))
        return EventStream(response, op.operation_id, op.method, url)

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

    def page(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        *,
        options: RequestOptions | None = None,
    ) -> SyncPage[Any]:
        """The first page of a paginated operation, fetched now; iterate it for every item
        across pages, or step with ``has_next_page()`` / ``next_page()``."""
        op = self._operation(operation)

        def fetch(step: NextPage, seen: int) -> PageState:
            assert op.pagination is not None
            return self._run(self._page_plan(op, op.pagination, path_params, step, options, seen))

        return SyncPage(op.operation_id, self._run(self._first_page_plan(op, path_params, query, options)), fetch)

    def raw_call(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions | None = None,
    ) -> APIResponse[Any]:
        """``call``, returning the response itself (``parse()`` for the result); an error
        status raises as ``call`` does. Behind every method's ``with_raw_response`` form."""
        return self._run(self._raw_call_plan(self._operation(operation), path_params, query, body, options))

    def raw_page(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        *,
        options: RequestOptions | None = None,
    ) -> APIResponse[SyncPage[Any]]:
        """``page``, returning the first page's response; ``parse()`` gives the ``SyncPage``."""
        op = self._operation(operation)
        first = self.page(op, path_params, query, options=options)
        state = first._state
        return APIResponse(state.response, op, self._wall_clock, parser=lambda: first)

    def wait(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        *,
        query: Mapping[str, Any] | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        interval: float = DEFAULT_WAIT_INTERVAL,
        options: RequestOptions | None = None,
        max_polls: int | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> Any:
        """Poll until the operation's waiter field is terminal; return that object.

        Raises ``WaiterTimeoutError`` (with ``.last``) when ``timeout`` seconds pass, after
        ``max_polls`` polls, or when ``stop()`` turns true before a poll.
        """
        return self._run(
            self._wait_plan(operation, path_params, query, timeout, interval, options, max_polls, stop)
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
        timeout: float | None = None,
    ) -> Iterator[Any]:
        """Follow new items until ``stop()`` is true, ``max_polls`` polls were made,
        ``timeout`` seconds passed, or the consumer stops iterating: polls at once while pages are full, else
        every ``interval`` seconds, passing on the previous page's cursor."""
        return self._stream(
            self._tail_plan(operation, path_params, query, interval, stop, max_polls, options, timeout)
        )

    # ------------------------------------------------------------ lifetime

    def close(self) -> None:
        """Close the connection pool, if this client created it; later calls are refused."""
        self._closed = True
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

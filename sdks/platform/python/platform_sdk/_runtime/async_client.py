"""Public: the asynchronous client. It only performs the effects of the shared plans."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, TypeVar

import httpx

from .base_client import Authorize, BaseClient, Emit, Plan, Send, Sleep
from .constants import DEFAULT_TAIL_INTERVAL, DEFAULT_WAIT_INTERVAL, DEFAULT_WAIT_TIMEOUT
from .operation import Operation
from .options import RequestOptions
from .page import AsyncPage, AsyncPaginator
from .pagination import NextPage, PageState
from .response import APIResponse, RawResponse
from .sse import AsyncEventStream

__all__ = ["AsyncClient"]

T = TypeVar("T")
A = TypeVar("A", bound="AsyncClient")


class AsyncClient(BaseClient[httpx.AsyncClient, Callable[[float], Awaitable[None]]]):
    """Async client over ``httpx.AsyncClient``: the same calls as ``SyncClient``,
    awaited; ``iterate`` and ``tail`` give async iterators. Use ``async with``, or
    ``await close()``.

    Its options are described on ``BaseClient.__init__``. ``sleep`` defaults to
    ``asyncio.sleep``; pass a fake in tests. Concurrent tasks share one OAuth2
    token fetch (under an ``asyncio.Lock``).
    """

    def _new_http(self, timeout: float | httpx.Timeout | None) -> httpx.AsyncClient:
        return httpx.AsyncClient(follow_redirects=False, timeout=timeout)

    def _default_sleep(self) -> Callable[[float], Awaitable[None]]:
        return asyncio.sleep

    # ------------------------------------------------------------ driving plans

    async def _perform(self, effect: Send | Sleep | Authorize) -> Any:
        if isinstance(effect, Send):
            return await self._send(effect)
        if isinstance(effect, Authorize):
            return await self._authorize(effect)
        await self._sleep(effect.seconds)
        return None

    async def _send(self, effect: Send) -> httpx.Response | httpx.TransportError:
        try:
            response = await self._http.send(
                effect.request, follow_redirects=False, stream=effect.stream
            )
            if effect.stream and not response.is_success:
                try:  # an error answer is read whole, like any other
                    await response.aread()
                finally:
                    await response.aclose()
        except httpx.TransportError as error:
            return error
        return response

    async def _authorize(self, effect: Authorize) -> str:
        flow = effect.flow
        token = flow.fresh(self._clock(), effect.rejected)
        if token is not None:
            return token
        async with flow.async_lock:  # one fetch; the tasks that waited take its token
            token = flow.fresh(self._clock(), effect.rejected)
            if token is None:
                try:
                    response = await self._http.send(flow.request(self._http, effect.timeout))
                except httpx.TransportError as error:
                    raise flow.transport_error(error, effect.operation_id) from error
                token = flow.accept(response, self._clock(), effect.operation_id)
        return token

    async def _run(self, plan: Plan[T]) -> T:
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
                reply = await self._perform(effect)
        finally:
            plan.close()

    async def _stream(self, plan: Plan[None]) -> AsyncIterator[Any]:
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
                    reply = await self._perform(effect)
        finally:
            plan.close()

    # ------------------------------------------------------------ calls

    async def call(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """See ``SyncClient.call``."""
        op = self._operation(operation)
        return await self._run(self._call_plan(op, path_params, query, body, options))

    async def request(
        self,
        operation_id: str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """``call`` by operationId (unknown ids raise ``InvalidArgumentError``)."""
        return await self.call(self._operation(operation_id), path_params, query, body, options)

    async def raw_request(
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
        return await self._run(self._raw_plan(op, path_params, query, body, options))

    async def stream(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions | None = None,
    ) -> AsyncEventStream:
        """See ``SyncClient.stream``: ``async for`` over the result, ``async with`` to
        close it when done."""
        op = self._operation(operation)
        response, url = await self._run(self._stream_plan(op, path_params, query, body, options))
        return AsyncEventStream(response, op.operation_id, op.method, url)

    def iterate(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        *,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        """Every item of a paginated operation (``async for``)."""
        return self._stream(self._iterate_plan(operation, path_params, query, options))

    def page(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        *,
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[Any]:
        """A paginated operation, not sent yet: ``await`` it for the first page, or
        ``async for`` over it for every item across pages."""
        op = self._operation(operation)

        async def first() -> PageState:
            return await self._run(self._first_page_plan(op, path_params, query, options))

        async def fetch(step: NextPage, seen: int) -> PageState:
            assert op.pagination is not None
            return await self._run(self._page_plan(op, op.pagination, path_params, step, options, seen))

        return AsyncPaginator(op.operation_id, first, fetch)

    async def raw_call(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions | None = None,
    ) -> APIResponse[Any]:
        """See ``SyncClient.raw_call``."""
        return await self._run(self._raw_call_plan(self._operation(operation), path_params, query, body, options))

    async def raw_page(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        *,
        options: RequestOptions | None = None,
    ) -> APIResponse[AsyncPage[Any]]:
        """The first page's response; ``parse()`` gives the ``AsyncPage``."""
        op = self._operation(operation)
        first: AsyncPage[Any] = await self.page(op, path_params, query, options=options)
        return APIResponse(first._state.response, op, self._wall_clock, parser=lambda: first)

    async def wait(
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
        """See ``SyncClient.wait``."""
        return await self._run(
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
    ) -> AsyncIterator[Any]:
        """See ``SyncClient.tail`` (``async for``)."""
        return self._stream(
            self._tail_plan(operation, path_params, query, interval, stop, max_polls, options, timeout)
        )

    # ------------------------------------------------------------ lifetime

    async def close(self) -> None:
        """Close the connection pool, if this client created it; later calls are refused."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    async def aclose(self) -> None:
        await self.close()

    async def __aenter__(self: A) -> A:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

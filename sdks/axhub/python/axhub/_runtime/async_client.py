"""Public: the asynchronous client. It only performs the effects of the shared plans."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
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

__all__ = ["AsyncClient"]

T = TypeVar("T")
A = TypeVar("A", bound="AsyncClient")


class AsyncClient(BaseClient):
    """Async client over ``httpx.AsyncClient``: the same calls as ``SyncClient``,
    awaited; ``iterate`` and ``tail`` give async iterators. Use ``async with``, or
    ``await close()``.

    ``sleep`` defaults to ``asyncio.sleep``; pass another (e.g. ``trio.sleep``)
    for another event loop, or a fake in tests.
    """

    _http: httpx.AsyncClient

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
        http_client: httpx.AsyncClient | None = None,
        on_request: RequestHook | None = None,
        on_response: ResponseHook | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        url = self._check(base_url, max_retries)
        owns_http = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(
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

    async def _perform(self, effect: Send | Sleep) -> Any:
        if isinstance(effect, Send):
            try:
                return await self._http.send(effect.request, follow_redirects=False)
            except httpx.TransportError as error:
                return error
        await self._sleep(effect.seconds)
        return None

    async def _run(self, plan: Plan[T]) -> T:
        reply: Any = None
        try:
            while True:
                effect = plan.send(reply)
                if isinstance(effect, Emit):
                    raise RuntimeError("a plan that returns a value emitted an item")
                reply = await self._perform(effect)
        except StopIteration as done:
            result: T = done.value
            return result
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

    async def wait(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None = None,
        *,
        query: Mapping[str, Any] | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        interval: float = DEFAULT_WAIT_INTERVAL,
        options: RequestOptions | None = None,
    ) -> Any:
        """See ``SyncClient.wait``."""
        return await self._run(
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
    ) -> AsyncIterator[Any]:
        """See ``SyncClient.tail`` (``async for``)."""
        return self._stream(
            self._tail_plan(operation, path_params, query, interval, stop, max_polls, options)
        )

    # ------------------------------------------------------------ lifetime

    async def close(self) -> None:
        """Close the connection pool, if this client created it."""
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

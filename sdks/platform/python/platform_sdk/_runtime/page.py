"""Public: what a list method of the resource surface returns.

``SyncPage`` is the first page, fetched when the method is called: ``.items`` are its items,
``has_next_page()`` / ``next_page()`` step by hand, and ``for item in page`` goes through every
item of every page from this one on, fetching the next page when the loop reaches it.

The async list methods return an ``AsyncPaginator``: ``async for item in client.x.list()`` goes
through every item, and ``page = await client.x.list()`` gives the first ``AsyncPage`` (the same
methods, awaited). Pages are fetched with the client's retries, credentials and options.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

from .errors import InvalidArgumentError
from .pagination import NextPage, PageState

__all__ = ["AsyncPage", "AsyncPaginator", "SyncPage"]

T = TypeVar("T")

SyncFetch = Callable[[NextPage, int], PageState]
AsyncFetch = Callable[[NextPage, int], Awaitable[PageState]]


def _no_next(operation_id: str) -> InvalidArgumentError:
    return InvalidArgumentError(f"{operation_id}: this is the last page (check has_next_page() first)")


class _Page(Generic[T]):
    def __init__(self, operation_id: str, state: PageState) -> None:
        self.operation_id = operation_id
        self._state = state

    @property
    def items(self) -> list[T]:
        """This page's items."""
        return list(self._state.items)

    @property
    def body(self) -> Any:
        """The page as the API answered it, decoded (its items, cursors, counts)."""
        return self._state.body

    @property
    def request_id(self) -> str | None:
        """The ``X-Request-Id`` of the response this page came in, when it had one."""
        return self._state.request_id

    def has_next_page(self) -> bool:
        """Whether another page follows (by the operation's pagination rules)."""
        return self._state.next is not None

    def __repr__(self) -> str:
        more = ", more" if self.has_next_page() else ""
        return f"<{type(self).__name__} {self.operation_id}: {len(self._state.items)} items{more}>"


class SyncPage(_Page[T]):
    """One page of a list operation; iterating it yields every item from here to the last page."""

    def __init__(self, operation_id: str, state: PageState, fetch: SyncFetch) -> None:
        super().__init__(operation_id, state)
        self._fetch = fetch

    def next_page(self) -> SyncPage[T]:
        """Fetch the page after this one (``InvalidArgumentError`` when this is the last)."""
        step = self._state.next
        if step is None:
            raise _no_next(self.operation_id)
        return SyncPage(self.operation_id, self._fetch(step, self._state.seen), self._fetch)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every page after it, each fetched when the loop reaches it."""
        page: SyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[T]):
    """One page of a list operation (async): ``await next_page()``, ``async for`` every item."""

    def __init__(self, operation_id: str, state: PageState, fetch: AsyncFetch) -> None:
        super().__init__(operation_id, state)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[T]:
        """Fetch the page after this one (``InvalidArgumentError`` when this is the last)."""
        step = self._state.next
        if step is None:
            raise _no_next(self.operation_id)
        return AsyncPage(self.operation_id, await self._fetch(step, self._state.seen), self._fetch)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[T]):
    """An async list call not sent yet: ``await`` it for the first ``AsyncPage``, or
    ``async for`` over it for every item of every page."""

    def __init__(self, operation_id: str, first: Callable[[], Awaitable[PageState]], fetch: AsyncFetch) -> None:
        self.operation_id = operation_id
        self._first = first
        self._fetch = fetch

    async def _first_page(self) -> AsyncPage[T]:
        return AsyncPage(self.operation_id, await self._first(), self._fetch)

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first_page()
        async for item in page:
            yield item

    def __repr__(self) -> str:
        return f"<AsyncPaginator {self.operation_id}>"

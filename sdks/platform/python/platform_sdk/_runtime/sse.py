"""Public: server-sent events (``text/event-stream``), read as they arrive.

``EventStream`` (sync) and ``AsyncEventStream`` (async) are what a streaming
operation returns: iterate them for ``ServerSentEvent`` values; leaving the
``with`` block, or reaching the end, closes the response. ``EventParser`` turns
bytes into events as the HTML standard says, whatever the chunk boundaries.
"""

from __future__ import annotations

import codecs
import dataclasses
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from types import TracebackType
from typing import TypeVar

import httpx

from .errors import APIConnectionError, APITimeoutError

__all__ = ["AsyncEventStream", "EventParser", "EventStream", "ServerSentEvent"]

S = TypeVar("S", bound="EventStream")
A = TypeVar("A", bound="AsyncEventStream")


@dataclasses.dataclass(frozen=True)
class ServerSentEvent:
    """One event: ``event`` (``"message"`` when the stream names none), ``data`` (its
    data lines joined with ``"\\n"``; often JSON), the last ``id`` seen on the stream
    and the last ``retry`` (milliseconds) the server asked for."""

    event: str = "message"
    data: str = ""
    id: str | None = None
    retry: int | None = None


class EventParser:
    """Bytes in, events out. ``feed`` every chunk, then ``finish`` at the end of the stream
    (which also dispatches a last event that had no blank line after it)."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""
        self._started = False
        self._data: list[str] = []
        self._event = ""
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        return self._lines(self._decoder.decode(chunk), final=False)

    def finish(self) -> list[ServerSentEvent]:
        events = self._lines(self._decoder.decode(b"", final=True), final=True)
        if self._buffer:
            events += self._line(self._buffer)
            self._buffer = ""
        return events + self._line("")

    def _lines(self, text: str, *, final: bool) -> list[ServerSentEvent]:
        if not self._started and text:
            self._started = True
            text = text.removeprefix("\ufeff")  # one byte order mark may lead the stream
        buffer = self._buffer + text
        events: list[ServerSentEvent] = []
        start = 0
        while True:
            cr = buffer.find("\r", start)
            lf = buffer.find("\n", start)
            if cr == -1 and lf == -1:
                break
            end = lf if cr == -1 or (lf != -1 and lf < cr) else cr
            if end == cr and end + 1 == len(buffer) and not final:
                break  # a lone CR at the end may be the first half of CRLF: wait for more
            events += self._line(buffer[start:end])
            start = end + (2 if buffer.startswith("\r\n", end) else 1)
        self._buffer = buffer[start:]
        return events

    def _line(self, line: str) -> list[ServerSentEvent]:
        if not line:
            if not self._data:
                self._event = ""
                return []
            event = ServerSentEvent(self._event or "message", "\n".join(self._data), self._id, self._retry)
            self._data, self._event = [], ""
            return [event]
        if line.startswith(":"):
            return []  # a comment, often a keep-alive
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id" and "\0" not in value:
            self._id = value
        elif field == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return []


def _open_ended(response: httpx.Response) -> None:
    """Lift the read timeout for the body of a stream that has started.

    The client's timeout bounds the wait for the response headers; once they are
    here, an event stream may stay quiet for as long as the server likes and ends
    when the server or the caller closes it, as in the other SDKs. httpx takes the
    timeouts of the request's ``timeout`` extension when it starts reading the
    body, so replacing the read timeout there applies to the body alone.
    """
    timeouts = response.request.extensions.get("timeout")
    if isinstance(timeouts, dict):
        response.request.extensions["timeout"] = {**timeouts, "read": None}


def _broken(error: httpx.TransportError, operation_id: str, method: str, url: str) -> APIConnectionError:
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return cls(
        f"the event stream broke: {error or type(error).__name__}",
        operation_id=operation_id,
        method=method,
        url=url,
    )


class EventStream:
    """The events of one response, read as they arrive: ``for event in stream``.

    Use it in a ``with`` block (or call ``close()``) to close the connection when
    leaving early; reading to the end closes it too. A connection that breaks while
    reading raises ``APIConnectionError``; it is never retried: events may have been
    seen. The client's timeout bounded the wait for the headers; the stream itself
    has no deadline (close it to stop waiting).
    """

    def __init__(self, response: httpx.Response, operation_id: str, method: str, url: str) -> None:
        _open_ended(response)
        self.http_response = response
        self._where = (operation_id, method, url)
        self._events = self._read()

    def _read(self) -> Generator[ServerSentEvent, None, None]:
        parser = EventParser()
        try:
            for chunk in self.http_response.iter_bytes():
                yield from parser.feed(chunk)
            yield from parser.finish()
        except httpx.TransportError as error:
            raise _broken(error, *self._where) from error
        finally:
            self.http_response.close()

    def __iter__(self) -> Iterator[ServerSentEvent]:
        return self

    def __next__(self) -> ServerSentEvent:
        return next(self._events)

    def close(self) -> None:
        self._events.close()
        self.http_response.close()

    def __enter__(self: S) -> S:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<EventStream {self._where[0]} {self.http_response.status_code}>"


class AsyncEventStream:
    """``EventStream`` for the async client: ``async for event in stream``, and
    ``async with`` (or ``await stream.aclose()``) to close it early."""

    def __init__(self, response: httpx.Response, operation_id: str, method: str, url: str) -> None:
        _open_ended(response)
        self.http_response = response
        self._where = (operation_id, method, url)
        self._events = self._read()

    async def _read(self) -> AsyncGenerator[ServerSentEvent, None]:
        parser = EventParser()
        try:
            async for chunk in self.http_response.aiter_bytes():
                for event in parser.feed(chunk):
                    yield event
            for event in parser.finish():
                yield event
        except httpx.TransportError as error:
            raise _broken(error, *self._where) from error
        finally:
            await self.http_response.aclose()

    def __aiter__(self) -> AsyncIterator[ServerSentEvent]:
        return self

    async def __anext__(self) -> ServerSentEvent:
        return await anext(self._events)

    async def aclose(self) -> None:
        await self._events.aclose()
        await self.http_response.aclose()

    async def __aenter__(self: A) -> A:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<AsyncEventStream {self._where[0]} {self.http_response.status_code}>"

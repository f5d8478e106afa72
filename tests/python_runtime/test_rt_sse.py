"""Server-sent events: the parser at every chunk boundary, and streams from a real local server
(several chunks, no buffering, errors before the stream, a broken stream), sync and async."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from fakeapi import AsyncFakeClient, FakeClient
from fakeapi._runtime import (
    APIConnectionError,
    APITimeoutError,
    EventStream,
    NotFoundError,
    ServerSentEvent,
)
from fakeapi._runtime.sse import EventParser
from rt_server import Exchange, LocalServer
from rt_support import FakeClock

# Every rule of the format at once: CRLF, CR and LF line ends, comments, a field without a
# colon, no space after the colon, multi-line data, event names, id (kept for later events),
# retry (digits only), an event without data (not dispatched), a NUL in an id (ignored), a
# multi-byte character, and a last event with no blank line after it.
STREAM = (
    "\ufeff: hello\r\n"
    "data: first\r\n\r\n"
    "event: update\rid: 7\rdata:two\rdata:  lines\r\r"
    "retry: 1500\nretry: soon\nevent: ignored\n\n"
    "id: a\0b\ndata\ndata: ü€𝄞\n\n"
    "data: {\"last\": true}"
).encode()
EXPECTED = [
    ServerSentEvent("message", "first", None, None),
    ServerSentEvent("update", "two\n lines", "7", None),
    ServerSentEvent("message", "\nü€𝄞", "7", 1500),
    ServerSentEvent("message", '{"last": true}', "7", 1500),
]


def parse(chunks: list[bytes]) -> list[ServerSentEvent]:
    parser = EventParser()
    events = [event for chunk in chunks for event in parser.feed(chunk)]
    return events + parser.finish()


def test_parser_whole() -> None:
    assert parse([STREAM]) == EXPECTED


def test_parser_at_every_split_point() -> None:
    for cut in range(len(STREAM) + 1):
        assert parse([STREAM[:cut], STREAM[cut:]]) == EXPECTED, cut


def test_parser_byte_by_byte() -> None:
    assert parse([STREAM[i:i + 1] for i in range(len(STREAM))]) == EXPECTED


def test_parser_end_of_stream_cases() -> None:
    assert parse([b"data: a\r"]) == [ServerSentEvent(data="a")]  # a final CR ends the line
    assert parse([b"data: a\n"]) == [ServerSentEvent(data="a")]
    assert parse([b""]) == []
    assert parse([b": only a comment\n\n", b"event: x\n"]) == []


def test_events_are_handed_on_as_they_arrive() -> None:
    parser = EventParser()
    assert parser.feed(b"data: one\n") == []
    assert parser.feed(b"\nda") == [ServerSentEvent(data="one")]
    assert parser.feed(b"ta: two\n\n") == [ServerSentEvent(data="two")]


# ---------------------------------------------------------------- over HTTP


class Events:
    """GET /events/ch: the STREAM in pieces; after the first event it waits for `go`."""

    def __init__(self, server: LocalServer) -> None:
        self.go = threading.Event()
        self.failures_left = 0
        server.route("GET", "/events/ch")(self.serve)

    def serve(self, exchange: Exchange) -> None:
        if self.failures_left:
            self.failures_left -= 1
            exchange.respond(503, {"message": "warming up"})
            return
        exchange.start()
        first = STREAM.index(b"\r\n\r\n") + 4
        exchange.write(STREAM[:first])
        if not self.go.wait(10):  # the client never saw the first event alone: cut the stream short
            exchange.end()
            return
        for start in range(first, len(STREAM), 7):
            exchange.write(STREAM[start:start + 7])
        exchange.end()


@pytest.fixture
def events(server: LocalServer) -> Events:
    return Events(server)


def sync_client(server: LocalServer, client_kwargs: dict[str, Any], clock: FakeClock) -> FakeClient:
    return FakeClient(server.url, token="tok", sleep=clock.sleep, **client_kwargs)


def test_stream_in_chunks(server: LocalServer, events: Events, client_kwargs: dict[str, Any],
                          clock: FakeClock) -> None:
    with sync_client(server, client_kwargs, clock) as client:
        stream = client.deployments.watch_events({"channel": "ch"}, {"since": "5"})
        assert isinstance(stream, EventStream)
        with stream:
            first = next(stream)  # arrives while the server still holds the rest back
            assert first == EXPECTED[0]
            events.go.set()
            assert [first, *stream] == EXPECTED
        assert stream.http_response.is_closed
    (hit,) = server.hits("/events/ch")
    assert hit.headers["accept"] == "text/event-stream"
    assert hit.headers["authorization"] == "Bearer tok"
    assert hit.query == [("since", "5")]


def test_leaving_the_with_block_closes_the_response(server: LocalServer, events: Events,
                                                   client_kwargs: dict[str, Any], clock: FakeClock) -> None:
    with sync_client(server, client_kwargs, clock) as client:
        with client.stream("watchEvents", {"channel": "ch"}) as stream:
            assert next(stream) == EXPECTED[0]
        assert stream.http_response.is_closed
        events.go.set()
        with pytest.raises(StopIteration):
            next(stream)


def test_retries_until_the_stream_starts(server: LocalServer, events: Events, client_kwargs: dict[str, Any],
                                         clock: FakeClock) -> None:
    events.failures_left = 2
    events.go.set()
    with sync_client(server, client_kwargs, clock) as client, client.stream("watchEvents", {"channel": "ch"}) as s:
        assert list(s) == EXPECTED
    assert len(server.hits("/events/ch")) == 3
    assert clock.sleeps == [0.5, 1.0]


def test_an_error_status_raises_before_the_stream(server: LocalServer, client_kwargs: dict[str, Any],
                                                  clock: FakeClock) -> None:
    server.route("GET", "/events/ch")(lambda e: e.respond(404, {"code": "no_channel", "message": "gone"}))
    seen: list[int] = []
    with FakeClient(server.url, token="tok", sleep=clock.sleep, on_response=lambda r: seen.append(r.status_code),
                    **client_kwargs) as client, pytest.raises(NotFoundError) as info:
        client.stream("watchEvents", {"channel": "ch"})
    assert info.value.code == "no_channel" and info.value.message == "gone"
    assert seen == [404]


def test_a_broken_stream_raises_a_connection_error(server: LocalServer, client_kwargs: dict[str, Any],
                                                   clock: FakeClock) -> None:
    def broken(exchange: Exchange) -> None:
        exchange.start()
        exchange.write(b"data: one\n\n")
        exchange.cut(b"ff\r\ndata: cut sho")  # a chunk that never ends

    server.route("GET", "/events/ch")(broken)
    with sync_client(server, client_kwargs, clock) as client, client.stream("watchEvents", {"channel": "ch"}) as s:
        assert next(s) == ServerSentEvent(data="one")
        with pytest.raises(APIConnectionError, match="the event stream broke") as info:
            next(s)
    assert info.value.operation_id == "watchEvents"


def spaced(exchange: Exchange) -> None:
    """Events each well within the 0.25 s timeout of the clients below, adding up to more than it,
    then one quiet spell longer than it, and a last event without a blank line after it."""
    exchange.start()
    for n in range(4):
        exchange.write(f"data: {n}\n\n".encode())
        time.sleep(0.1)
    time.sleep(0.4)
    exchange.write(b"data: last")
    exchange.end()


SPACED = ["0", "1", "2", "3", "last"]


def test_the_timeout_bounds_the_headers_not_the_stream(server: LocalServer, client_kwargs: dict[str, Any],
                                                      clock: FakeClock) -> None:
    server.route("GET", "/events/ch")(spaced)
    with FakeClient(server.url, token="tok", sleep=clock.sleep, timeout=0.25, **client_kwargs) as client, \
            client.stream("watchEvents", {"channel": "ch"}) as stream:
        assert [event.data for event in stream] == SPACED


def test_the_timeout_still_bounds_the_wait_for_the_headers(server: LocalServer, client_kwargs: dict[str, Any],
                                                           clock: FakeClock) -> None:
    release = threading.Event()

    def silent(exchange: Exchange) -> None:
        release.wait(10)  # no headers until the client has given up

    server.route("GET", "/events/ch")(silent)
    try:
        with FakeClient(server.url, token="tok", sleep=clock.sleep, timeout=0.2, max_retries=0,
                        **client_kwargs) as client, pytest.raises(APITimeoutError):
            client.stream("watchEvents", {"channel": "ch"})
    finally:
        release.set()


# ---------------------------------------------------------------- async


@pytest.mark.anyio
async def test_async_timeout_bounds_the_headers_not_the_stream(server: LocalServer, client_kwargs: dict[str, Any],
                                                               clock: FakeClock) -> None:
    server.route("GET", "/events/ch")(spaced)
    async with AsyncFakeClient(server.url, token="tok", sleep=clock.async_sleep, timeout=0.25,
                               **client_kwargs) as client, \
            await client.stream("watchEvents", {"channel": "ch"}) as stream:
        assert [event.data async for event in stream] == SPACED


@pytest.mark.anyio
async def test_async_stream(server: LocalServer, events: Events, client_kwargs: dict[str, Any],
                            clock: FakeClock) -> None:
    async with AsyncFakeClient(server.url, sleep=clock.async_sleep, **client_kwargs) as client:
        events.failures_left = 1
        stream = await client.deployments.watch_events({"channel": "ch"})
        async with stream:
            first = await anext(stream)
            events.go.set()
            assert [first] + [event async for event in stream] == EXPECTED
        assert stream.http_response.is_closed
        assert clock.sleeps == [0.5]

        async with await client.stream("watchEvents", {"channel": "ch"}) as again:
            assert await anext(again) == EXPECTED[0]
        assert again.http_response.is_closed

        server.routes[("GET", "/events/ch")] = lambda e: e.respond(404, {"message": "gone"})
        with pytest.raises(NotFoundError):
            await client.stream("watchEvents", {"channel": "ch"})

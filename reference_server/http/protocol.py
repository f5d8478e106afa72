"""uvicorn's httptools protocol with the server's connection-level limits.

* The request line plus headers may take ``Limits.max_header_bytes`` bytes
  (431 ``request_header_fields_too_large``) and must be complete within
  ``Limits.header_timeout`` seconds of the request's first byte (and of the
  connection's start: a connection that sends nothing is closed then too);
  a slower request gets 408 ``request_timeout`` and the connection closes.
* Requests the HTTP parser itself refuses get the documented JSON error body
  (400 ``validation_failed``) instead of uvicorn's plain text.

Each answer here closes the connection (``connection: close``).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from reference_server.http.limits import Limits

log = logging.getLogger("reference_server.http")


class _HeadersTooLarge(Exception):
    pass


def error_bytes(status: int, code: str, message: str, default_headers: Any = ()) -> bytes:
    """A complete HTTP/1.1 response in the shared error shape, closing the connection."""
    body = json.dumps({"statusCode": status, "code": code, "message": message}).encode()
    status_line = STATUS_LINE.get(status) or f"HTTP/1.1 {status} Error\r\n".encode()
    parts = [status_line]
    for name, value in default_headers:
        parts.extend([name, b": ", value, b"\r\n"])
    parts.extend(
        [
            b"content-type: application/json\r\n",
            b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
            b"connection: close\r\n\r\n",
            body,
        ]
    )
    return b"".join(parts)


class GuardedProtocol(HttpToolsProtocol):
    """``HttpToolsProtocol`` with header size/time limits and JSON errors; see ``protocol_class``."""

    limits: Limits = Limits()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._header_bytes = 0
        self._between_requests = True  # no byte of the next request read yet
        self._started_request = False
        self._header_timer: asyncio.TimerHandle | None = self.loop.call_later(
            self.limits.header_timeout, self._header_timeout
        )

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)

    def _cancel_header_timer(self) -> None:
        timer = getattr(self, "_header_timer", None)
        if timer is not None:
            timer.cancel()
            self._header_timer = None

    def _header_timeout(self) -> None:
        self._header_timer = None
        if self.transport.is_closing():
            return
        if self._started_request:
            log.info("closing a connection whose request headers took over %g s", self.limits.header_timeout)
            message = f"the request headers did not arrive within {self.limits.header_timeout:g} s"
            self.transport.write(error_bytes(408, "request_timeout", message, self.server_state.default_headers))
        self.transport.close()

    def data_received(self, data: bytes) -> None:
        if self._between_requests and data:
            self._between_requests = False
            self._started_request = True
            if self._header_timer is None:
                self._header_timer = self.loop.call_later(self.limits.header_timeout, self._header_timeout)
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():  # pragma: no cover - no websockets here
                self.handle_websocket_upgrade()
            else:
                self._unsupported_upgrade_warning()
        except httptools.HttpParserError as exc:
            if isinstance(exc.__context__, _HeadersTooLarge):
                message = f"the request line and headers exceed {self.limits.max_header_bytes} bytes"
                self._refuse(431, "request_header_fields_too_large", message)
            else:
                self._refuse(400, "validation_failed", f"malformed HTTP request: {exc}")

    def _refuse(self, status: int, code: str, message: str) -> None:
        self._cancel_header_timer()
        log.warning("refused a request: %d %s", status, code)
        self.transport.write(error_bytes(status, code, message, self.server_state.default_headers))
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        self._refuse(400, "validation_failed", msg)

    def _count(self, size: int) -> None:
        self._header_bytes += size
        if self._header_bytes > self.limits.max_header_bytes:
            raise _HeadersTooLarge()

    # parser callbacks
    def on_message_begin(self) -> None:
        self._header_bytes = 0
        self._started_request = True
        super().on_message_begin()

    def on_url(self, url: bytes) -> None:
        self._count(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + 4)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._cancel_header_timer()
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._between_requests = True
        self._started_request = False
        super().on_message_complete()


def protocol_class(limits: Limits) -> type[GuardedProtocol]:
    """A ``GuardedProtocol`` bound to ``limits`` (uvicorn's ``Config(http=...)`` takes a class)."""
    return type("RefServerHttpProtocol", (GuardedProtocol,), {"limits": limits})

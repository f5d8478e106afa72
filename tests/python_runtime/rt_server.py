"""A real HTTP/1.1 server on 127.0.0.1 for the runtime tests that need one (auth, event streams).

Each route is a function of an ``Exchange``: it may answer whole (``respond``) or write a
chunked body piece by piece (``start`` / ``write`` / ``end``), flushing every piece, so the
client sees the pieces as they are written. Every request is recorded.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclasses.dataclass
class Recorded:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]  # lower-case names
    body: bytes


class Exchange:
    def __init__(self, handler: BaseHTTPRequestHandler, request: Recorded) -> None:
        self._handler = handler
        self.request = request

    def respond(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        """Answer whole; a body that is not bytes is sent as JSON."""
        data = body if isinstance(body, bytes) else b"" if body is None else json.dumps(body).encode()
        all_headers = {"Content-Length": str(len(data))}
        if body is not None and not isinstance(body, bytes):
            all_headers["Content-Type"] = "application/json"
        self._head(status, {**all_headers, **(headers or {})})
        self._handler.wfile.write(data)
        self._handler.wfile.flush()

    def start(self, status: int = 200, content_type: str = "text/event-stream") -> None:
        """Send the head of a chunked answer; the body follows with ``write``."""
        self._head(status, {"Content-Type": content_type, "Transfer-Encoding": "chunked"})
        self._handler.wfile.flush()

    def write(self, data: bytes) -> None:
        if data:
            self._handler.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self._handler.wfile.flush()

    def end(self) -> None:
        self._handler.wfile.write(b"0\r\n\r\n")
        self._handler.wfile.flush()

    def cut(self, data: bytes) -> None:
        """Write ``data`` raw (e.g. half a chunk), then drop the connection."""
        self._handler.wfile.write(data)
        self._handler.wfile.flush()
        self._handler.close_connection = True

    def _head(self, status: int, headers: dict[str, str]) -> None:
        self._handler.send_response(status)
        for name, value in headers.items():
            self._handler.send_header(name, value)
        self._handler.end_headers()


Route = Callable[[Exchange], None]


class LocalServer:
    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Route] = {}
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        host, port = self._server.server_address[:2]
        self.url = f"http://{host!s}:{port}"

    def route(self, method: str, path: str) -> Callable[[Route], Route]:
        def register(route: Route) -> Route:
            self.routes[(method, path)] = route
            return route

        return register

    def hits(self, path: str) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                parts = urlsplit(self.path)
                recorded = Recorded(
                    method=self.command,
                    path=parts.path,
                    query=parse_qsl(parts.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=self.rfile.read(length) if length else b"",
                )
                with server._lock:
                    server.requests.append(recorded)
                route = server.routes.get((self.command, parts.path))
                exchange = Exchange(self, recorded)
                if route is None:
                    exchange.respond(404, {"code": "not_found", "message": parts.path})
                else:
                    route(exchange)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

        return Handler

    def start(self) -> None:
        threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True).start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def running() -> Iterator[LocalServer]:
    server = LocalServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()

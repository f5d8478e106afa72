"""The command line: which tools, which transport."""

from __future__ import annotations

import argparse
import contextlib
import logging
import re
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping, Sequence
from typing import Any

import anyio

from .config import ApiConfig, ClientSettings
from .server import ApiServer
from .table import DYNAMIC_THRESHOLD, FilterError, load_tools, select_tools

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
# An HTTP header name (RFC 9110 token).
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def parser(config: ApiConfig) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{config.name}",
        description=f"MCP server for the {config.title} API. Reads {config.env_prefix}_TOKEN and "
                    f"{config.env_prefix}_BASE_URL.")
    p.add_argument("--transport", choices=("stdio", "http"), default="stdio",
                   help="stdio (default) or streamable HTTP at http://HOST:PORT/mcp")
    p.add_argument("--host", default="127.0.0.1", help="HTTP only (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="HTTP only (default 8000)")
    p.add_argument("--tools", choices=("auto", "static", "dynamic"), default="auto",
                   help=f"static: one tool per endpoint; dynamic: three tools (search, describe, invoke); "
                        f"auto (default): dynamic above {DYNAMIC_THRESHOLD} tools")
    p.add_argument("--tag", action="append", default=[], help="only endpoints of this tag (repeatable)")
    p.add_argument("--tool", action="append", default=[],
                   help="only tools whose name matches this shell pattern, e.g. 'deployments_*' (repeatable)")
    p.add_argument("--read-only", action="store_true", help="only tools that change nothing")
    p.add_argument("--header", action="append", default=[], metavar="'NAME: VALUE'",
                   help="an extra header on every API request (repeatable); values are never logged")
    p.add_argument("--max-retries", type=int, default=None, help="retries after a failed attempt (SDK default 2)")
    p.add_argument("--timeout", type=float, default=None, help="seconds per API request attempt (SDK default)")
    p.add_argument("--list-tools", action="store_true", help="print the chosen tool names and exit")
    p.add_argument("--log-level", default="WARNING", choices=("DEBUG", "INFO", "WARNING", "ERROR"),
                   help="log level of the messages written to stderr (default WARNING)")
    return p


def build(config: ApiConfig, argv: Sequence[str] | None = None) -> tuple[ApiServer, argparse.Namespace]:
    p = parser(config)
    args = p.parse_args(argv)
    if not 0 < args.port < 65536:
        p.error(f"--port {args.port}: must be 1-65535")
    if args.max_retries is not None and args.max_retries < 0:
        p.error(f"--max-retries {args.max_retries}: must be 0 or more")
    if args.timeout is not None and not args.timeout > 0:
        p.error(f"--timeout {args.timeout}: must be more than 0 seconds")
    headers: dict[str, str] = {}
    for given in args.header:
        name, colon, value = given.partition(":")
        if not colon or not _TOKEN.fullmatch(name.strip()):
            p.error(f"--header {name.strip()!r}...: expected 'NAME: VALUE' with a valid header name")
        headers[name.strip()] = value.strip()
    settings = ClientSettings(headers, args.max_retries, args.timeout)
    try:
        tools = select_tools(load_tools(config.tools_package), args.tag, args.tool, args.read_only)
    except FilterError as exc:
        p.error(str(exc))
    dynamic = args.tools == "dynamic" or (args.tools == "auto" and len(tools) > DYNAMIC_THRESHOLD)
    return ApiServer(config, tools, dynamic, settings), args


def main(config: ApiConfig, argv: Sequence[str] | None = None) -> None:
    api, args = build(config, argv)
    # stderr only: on stdio, stdout carries the protocol.
    logging.basicConfig(level=args.log_level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    if args.list_tools:
        for name in api.tools:
            print(name)
        return
    try:
        if args.transport == "stdio":
            anyio.run(_stdio, api)
        else:
            _http(api, args.host, args.port)
    except KeyboardInterrupt:
        pass


async def _stdio(api: ApiServer) -> None:
    from mcp.server.stdio import stdio_server

    try:
        async with stdio_server() as (read, write):
            await api.server.run(read, write, api.server.create_initialization_options())
    finally:
        await api.close()


def _http(api: ApiServer, host: str, port: int) -> None:
    import uvicorn
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager

    manager = StreamableHTTPSessionManager(app=api.server)

    @contextlib.asynccontextmanager
    async def lifespan() -> AsyncIterator[None]:
        async with manager.run():
            try:
                yield
            finally:
                await api.close()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(lifespan, receive, send)
        elif scope["type"] == "http" and scope["path"].rstrip("/") == "/mcp":
            await manager.handle_request(scope, receive, send)
        elif scope["type"] == "http":
            await send({"type": "http.response.start", "status": 404,
                        "headers": [(b"content-type", b"text/plain")]})
            await send({"type": "http.response.body", "body": b"not found: the MCP endpoint is /mcp\n"})

    uvicorn.run(app, host=host, port=port, log_level="warning")


async def _lifespan(lifespan: Callable[[], contextlib.AbstractAsyncContextManager[None]], receive: Receive,
                    send: Send) -> None:
    await receive()  # lifespan.startup
    async with lifespan():
        await send({"type": "lifespan.startup.complete"})
        await receive()  # lifespan.shutdown
    await send({"type": "lifespan.shutdown.complete"})

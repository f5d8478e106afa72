"""The ASGI app of the reference server (Starlette).

``create_app(platform, ...)`` builds one route per operation of the spec, read
through the generator's loader and IR, and binds it to
its API's handler (``ApiDefinition.handlers[operationId]``); an operation without a handler (or a
handler without an operation) refuses to build. Every request goes through
``http.dispatch.Dispatcher`` (auth, rate limit, validation, idempotency,
handler); ``http.faults`` wraps it when fault injection is on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

from reference_server.api import ApiDefinition, DomainError, Platform, load_api
from reference_server.http import faults as fault_mod
from reference_server.http.admin import admin_routes
from reference_server.http.dispatch import Call, Dispatcher
from reference_server.http.errors import Answer, error, error_answer
from reference_server.http.faults import FaultRegistry, FaultSpec, drop_connection, parse_fault
from reference_server.http.limits import DEFAULT_LIMITS, Limits
from reference_server.http.ratelimit import Rate, RateLimiter, parse_rate
from reference_server.http.spec import ApiSpec, OperationSpec, cached_api_spec, check_handlers

log = logging.getLogger("reference_server.http")

__all__ = ["RefServerApp", "ServerContext", "create_app"]


@dataclass
class ServerContext:
    """What the routes share; ``app.state.refserver``."""

    platform: Platform
    api: ApiDefinition
    spec: ApiSpec
    dispatcher: Dispatcher
    faults: FaultRegistry | None
    rate_limiter: RateLimiter | None
    limiter: anyio.CapacityLimiter  # worker threads running the (synchronous) domain
    limits: Limits = DEFAULT_LIMITS

    @property
    def conformance_failures(self) -> list[str]:
        return self.dispatcher.conformance_failures

    def reset_counters(self) -> None:
        self.dispatcher.forget_users()
        if self.faults is not None:
            self.faults.reset()
        if self.rate_limiter is not None:
            self.rate_limiter.reset()


class RefServerApp(Starlette):
    """Starlette, keeping the server's own ``send`` in the scope (to drop connections)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope[fault_mod.RAW_SEND_KEY] = send
        await super().__call__(scope, receive, send)

    @property
    def refserver(self) -> ServerContext:
        context: ServerContext = self.state.refserver
        return context


async def send_answer(send: Send, answer: Answer, *, head: bool = False, receive: Receive | None = None) -> None:
    await send({"type": "http.response.start", "status": answer.status, "headers": answer.raw_headers()})
    if answer.stream is not None and not head and receive is not None:
        await send_stream(send, receive, answer.stream)
        return
    if answer.stream is not None:
        close_stream(answer.stream)
    await send({"type": "http.response.body", "body": b"" if head else answer.body})


def close_stream(chunks: Iterator[bytes]) -> None:
    close = getattr(chunks, "close", None)
    if callable(close):
        # ValueError: still running in the thread a cancelled send left behind (the server stopping);
        # it ends at its next wake-up, when the platform is closed.
        with contextlib.suppress(ValueError):
            close()


async def send_stream(send: Send, receive: Receive, chunks: Iterator[bytes]) -> None:
    """Send ``chunks`` as they come (each ``next`` in a worker thread) until they end or the client leaves."""
    gone = anyio.Event()

    async def watch() -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                gone.set()
                return

    done = object()
    try:
        async with anyio.create_task_group() as group:
            group.start_soon(watch)
            while not gone.is_set():
                chunk = await anyio.to_thread.run_sync(next, chunks, done)
                if chunk is done or gone.is_set():
                    break
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            if not gone.is_set():
                await send({"type": "http.response.body", "body": b""})
            group.cancel_scope.cancel()
    except OSError:  # the connection broke while sending
        pass
    finally:
        await anyio.to_thread.run_sync(close_stream, chunks)


class BodyTooLarge(Exception):
    pass


async def read_body(receive: Receive, limit: int | None = None) -> bytes:
    """The whole request body; ``BodyTooLarge`` as soon as more than ``limit`` bytes arrived."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if limit is not None and size > limit:
            raise BodyTooLarge()
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def too_large(limit: int) -> Answer:
    """413 in the shared shape; the connection closes (the rest of the body is never read)."""
    answer = error(413, "payload_too_large", f"the request body exceeds {limit} bytes", synthetic=True)
    answer.headers["connection"] = "close"
    return answer


def declared_length(headers: dict[str, str]) -> int | None:
    raw = headers.get("content-length")
    if raw is None or not raw.strip().isdigit():
        return None
    return int(raw.strip()) if len(raw.strip()) < 20 else 10**20


def _injected(fault: FaultSpec) -> Answer:
    if fault.kind == "429":
        return error(
            429, "rate_limited", f"injected fault {fault.id!r}: rate limited", fault.retry_after, synthetic=True
        )
    return error(
        503, "service_unavailable", f"injected fault {fault.id!r}: unavailable", fault.retry_after, synthetic=True
    )


class OperationEndpoint:
    """The ASGI endpoint of one operation."""

    def __init__(self, context: ServerContext, op: OperationSpec) -> None:
        self.context = context
        self.op = op

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        context = self.context
        head = scope["method"] == "HEAD"
        headers: dict[str, str] = {}
        for raw_name, raw_value in scope["headers"]:
            name = raw_name.decode("latin-1").lower()
            headers.setdefault(name, raw_value.decode("latin-1"))
        max_body = context.limits.max_body_bytes
        length = declared_length(headers)
        if length is not None and length > max_body:  # refused before a byte of the body is read
            await send_answer(send, too_large(max_body), head=head)
            return
        fault: FaultSpec | None = None
        raw_fault = headers.get(fault_mod.HEADER) if context.faults is not None else None
        if raw_fault and context.faults is not None:
            try:
                wanted = parse_fault(raw_fault)
            except DomainError as exc:
                await send_answer(send, error_answer(exc, synthetic=True), head=head)
                return
            if context.faults.take(wanted):
                fault = wanted
        if fault is not None:
            log.info("fault %s (%s) on %s %s", fault.id, fault.kind, scope["method"], scope["path"])
            if fault.kind == "drop":
                drop_connection(scope)
                return
            if fault.kind in ("503", "429"):
                await send_answer(send, _injected(fault), head=head)
                return
            if fault.kind == "delay":
                await asyncio.sleep(fault.delay_ms / 1000)
        try:
            body = await read_body(receive, max_body)
        except BodyTooLarge:
            await send_answer(send, too_large(max_body), head=head)
            return
        raw_target = scope.get("raw_path") or scope["path"].encode()
        query_string = scope.get("query_string", b"")
        call = Call(
            op=self.op,
            target=(raw_target + (b"?" + query_string if query_string else b"")).decode("latin-1"),
            path=scope["path"],
            path_params=scope.get("path_params", {}),
            query=parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True),
            headers=headers,
            body=body,
        )
        answer = await anyio.to_thread.run_sync(context.dispatcher.handle, call, limiter=context.limiter)
        if fault is not None and fault.kind == "drop-after":
            drop_connection(scope)
            return
        await send_answer(send, answer, head=head, receive=receive)


class PathEndpoint:
    """The operations of one path, by method (HEAD is served by GET)."""

    def __init__(self, endpoints: dict[str, OperationEndpoint]) -> None:
        self.endpoints = dict(endpoints)
        if "GET" in self.endpoints:
            self.endpoints.setdefault("HEAD", self.endpoints["GET"])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.endpoints[scope["method"]](scope, receive, send)


def _route_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status == 404:
        answer = error(404, "not_found", f"no such route: {request.method} {request.url.path}", synthetic=True)
    elif status == 405:
        answer = error(
            405, "method_not_allowed", f"{request.method} is not allowed on {request.url.path}", synthetic=True
        )
        if isinstance(exc, HTTPException) and exc.headers:
            answer.headers.update({k.lower(): v for k, v in exc.headers.items()})
    else:
        answer = error(status, "error", str(getattr(exc, "detail", "")) or "error", synthetic=True)
    return Response(answer.body, status_code=answer.status, headers=answer.headers)


async def _route_error_handler(request: Request, exc: Exception) -> Response:
    return _route_error(request, exc)


def _concreteness(path: str) -> tuple[int, ...]:
    """Sort key: per segment 0 for a literal, 1 for a parameter (literals first, place by place)."""
    return tuple(1 if segment.startswith("{") else 0 for segment in path.strip("/").split("/"))


def create_app(
    platform: Platform,
    *,
    api: ApiDefinition | str | None = None,
    faults: bool = False,
    rate_limit: Rate | str | None = None,
    validate_responses: bool = False,
    spec_path: str | Path | None = None,
    fixture: str | Path | None = None,
    threads: int = 8,
    auth_cache_seconds: float = 1.0,
    limits: Limits = DEFAULT_LIMITS,
) -> RefServerApp:
    """The ASGI app serving ``platform``.

    ``faults``: honour ``X-Fault`` and mount ``/_admin/`` (``fixture`` is what
    ``/_admin/reset`` loads). ``rate_limit``: ``"N/min"`` per token.
    ``validate_responses``: check every response with openapi-core; failures
    answer 500 and are listed in ``app.refserver.conformance_failures``.
    ``threads``: how many requests run domain code at once (each in a worker
    thread; more only adds GIL contention). ``auth_cache_seconds``: how long a
    token's user is remembered (0: the store is asked on every request).
    ``limits``: body size, JSON depth, integer range (``http.limits``).
    """
    definition = api if isinstance(api, ApiDefinition) else load_api(api or "axhub")
    spec = cached_api_spec(str(Path(spec_path).resolve() if spec_path else definition.spec_path))
    missing, extra = check_handlers(spec, definition.handlers)
    if missing or extra:
        raise RuntimeError(f"operations without a handler: {missing}; handlers without an operation: {extra}")
    rate = parse_rate(rate_limit) if isinstance(rate_limit, str) else rate_limit
    checker = None
    if validate_responses:
        from reference_server.http.conformance import OpenApiCoreChecker

        checker = OpenApiCoreChecker.shared(spec.path, spec.default_server)
    dispatcher = Dispatcher(
        platform,
        handlers=definition.handlers,
        success_status=definition.success_status,
        rate_limiter=RateLimiter(rate) if rate is not None else None,
        checker=checker,
        auth_cache_seconds=auth_cache_seconds,
        write_lock=threading.Lock() if definition.single_writer(platform) else None,
        limits=limits,
        authenticate_operation=definition.authenticate_operation,
        render_error=definition.render_error,
        authenticate_request=definition.authenticate_request,
        served_at_server_paths=definition.route_at_server_paths,
    )
    context = ServerContext(
        platform=platform,
        api=definition,
        spec=spec,
        dispatcher=dispatcher,
        faults=FaultRegistry() if faults else None,
        rate_limiter=dispatcher.rate_limiter,
        limiter=anyio.CapacityLimiter(threads),
        limits=limits,
    )
    by_path: dict[str, dict[str, OperationEndpoint]] = {}
    for op in spec.operations.values():
        route = op.route if definition.route_at_server_paths else op.path
        by_path.setdefault(route, {})[op.method] = OperationEndpoint(context, op)
    # One route per path, so that a wrong method gets 405 with every allowed one. Routes are tried
    # in order: a literal segment before a parameter in the same place (OpenAPI: concrete paths match
    # first), so /projects/{uuid}/environments is not taken by /projects/{uuid}/{name}.
    routes: list[BaseRoute] = [
        Route(path, PathEndpoint(endpoints), methods=list(endpoints), name=path)
        for path, endpoints in sorted(by_path.items(), key=lambda item: _concreteness(item[0]))
    ]
    if definition.extra_routes is not None:
        routes.extend(definition.extra_routes(platform))
    if faults:
        routes.extend(admin_routes(platform, definition, fixture, context.reset_counters))
    handlers: dict[Any, Any] = {404: _route_error_handler, 405: _route_error_handler}
    app = RefServerApp(routes=routes, exception_handlers=handlers)
    app.router.redirect_slashes = False  # an API answers 404 rather than redirecting to another path
    app.state.refserver = context
    return app

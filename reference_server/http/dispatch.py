"""One API request, start to end, without the framework (runs in a worker thread).

Order of the checks, each answering with the shared error body:

1. authentication: no or unknown bearer token → 401 ``unauthorized``
   (before validation: a caller without a token learns nothing about the
   request's shape);
2. rate limit per token (``--rate-limit``) → 429 ``rate_limited`` + ``Retry-After``;
3. validation against the spec → 400 ``validation_failed`` naming the field;
4. ``Idempotency-Key`` on a POST → replay of the recorded response (a
   duplicate arriving while the first is still running waits for its answer,
   up to ``idempotency_wait_seconds``), or 409 ``idempotency_key_reused`` /
   ``conflict`` (still running after the wait);
5. the domain handler: its result at the operation's success status, or its
   ``DomainError``; anything else → 500 ``internal_error`` (logged).

On a SQLite file, requests that may write (not GET/HEAD) run one at a time
per process (``write_lock``). With a checker (``validate_responses``) every answer is then validated
against the spec with openapi-core; a mismatch is logged, recorded in
``conformance_failures`` and turned into a 500 naming the problem.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reference_server.api import (
    DomainError,
    ErrorRenderer,
    Handler,
    OperationAuthenticator,
    Platform,
    Replay,
    Reply,
    RequestAuthenticator,
    RequestFacts,
    Streamed,
    parse_bearer,
)
from reference_server.http.errors import JSON_TYPE, Answer, dumps, error_answer, internal_error
from reference_server.http.limits import DEFAULT_LIMITS, Limits
from reference_server.http.ratelimit import RateLimiter
from reference_server.http.spec import OperationSpec
from reference_server.http.validation import ValidatedRequest, validate_request

if TYPE_CHECKING:  # openapi-core takes a second to import: only when responses are checked
    from reference_server.http.conformance import OpenApiCoreChecker

log = logging.getLogger("reference_server.http")

MAX_CACHED_USERS = 10_000
IDEMPOTENCY_HEADER = "idempotency-key"
IDEMPOTENCY_POLL_SECONDS = 0.02
REPLAY_HEADER = "idempotent-replayed"
# Response headers an idempotency record keeps (besides status and body).
_RECORDED_HEADERS = ("content-type", "location", "retry-after")


@dataclass
class Call:
    """What the dispatcher needs from an HTTP request."""

    op: OperationSpec
    path: str
    path_params: Mapping[str, str]
    query: Sequence[tuple[str, str]]
    headers: Mapping[str, str]  # lower-case names
    body: bytes = b""
    target: str = ""  # the raw request target (path and query string) as sent; "" means ``path``

    def query_lists(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for key, value in self.query:
            out.setdefault(key, []).append(value)
        return out


@dataclass
class Dispatcher:
    platform: Platform
    handlers: Mapping[str, Handler]
    success_status: Mapping[str, int]
    rate_limiter: RateLimiter | None = None
    checker: OpenApiCoreChecker | None = None
    conformance_failures: list[str] = field(default_factory=list)
    # A token's user is remembered this long (0: ask the store every time).
    auth_cache_seconds: float = 0.0
    # Requests that write (every method but GET/HEAD) take turns on this lock
    # (set for a SQLite file): SQLite admits one writer at a time anyway, and
    # its busy-wait is unfair, so under load some writers waited over a second
    # (wrk: p99 1.4 s -> 0.16 s at the same throughput).
    write_lock: threading.Lock | None = None
    limits: Limits = DEFAULT_LIMITS
    # A duplicate of an Idempotency-Key whose first request is still running waits this long for
    # that answer (then replays it); still running after that: 409 ``conflict``.
    idempotency_wait_seconds: float = 10.0
    # An API derived from its spec (``ApiDefinition.authenticate_operation`` / ``render_error``):
    # security per operation, and errors in the shape each operation documents.
    authenticate_operation: OperationAuthenticator | None = None
    render_error: ErrorRenderer | None = None
    authenticate_request: RequestAuthenticator | None = None
    # False: operations are routed at the root, so the server's path goes in front for the checker.
    served_at_server_paths: bool = True
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _users: dict[str, tuple[float, Any]] = field(default_factory=dict)

    def authenticate(self, authorization: str | None) -> Any:
        """The caller (401 ``unauthorized`` without a known token), cached for ``auth_cache_seconds``.

        Only successes are cached, so a new token works at once; nothing the
        API does changes a token's user or memberships, and ``/_admin/reset``
        clears the cache.
        """
        if self.auth_cache_seconds <= 0 or authorization is None:
            return self.platform.authenticate(authorization)
        now = time.monotonic()
        hit = self._users.get(authorization)
        if hit is not None and hit[0] > now:
            return hit[1]
        user = self.platform.authenticate(authorization)
        if len(self._users) >= MAX_CACHED_USERS:
            self._users.clear()
        self._users[authorization] = (now + self.auth_cache_seconds, user)
        return user

    def forget_users(self) -> None:
        self._users.clear()

    def handle(self, call: Call) -> Answer:
        if self.write_lock is not None and call.op.method not in ("GET", "HEAD"):
            with self.write_lock:
                answer = self._handle(call)
        else:
            answer = self._handle(call)
        if self.checker is not None and not answer.synthetic and answer.stream is None:
            answer = self._check(call, answer)
        return answer

    # -- the pipeline ------------------------------------------------------
    def _handle(self, call: Call) -> Answer:
        try:
            if self.authenticate_request is not None:
                facts = RequestFacts(
                    method=call.op.method,
                    target=call.target or call.path,
                    headers=call.headers,
                    query=call.query_lists(),
                    body=call.body,
                )
                user = self.authenticate_request(self.platform, call.op.operation_id, facts)
            elif self.authenticate_operation is not None:
                user = self.authenticate_operation(
                    self.platform, call.op.operation_id, call.headers, call.query_lists()
                )
            else:
                user = self.authenticate(call.headers.get("authorization"))
            if self.rate_limiter is not None:
                self.rate_limiter.check(parse_bearer(call.headers.get("authorization")))
            validated = validate_request(
                call.op,
                call.path_params,
                call.query_lists(),
                call.headers,
                call.body,
                call.headers.get("content-type"),
                self.limits,
            )
        except DomainError as exc:
            return self._error(call, exc)
        except Exception:
            log.exception("%s %s failed before its handler", call.op.method, call.path)
            return internal_error()
        key = call.headers.get(IDEMPOTENCY_HEADER) if call.op.method == "POST" else None
        if key is None:
            return self._invoke(call, user, validated)
        return self._idempotent(call, user, validated, key)

    def _idempotent(self, call: Call, user: Any, validated: ValidatedRequest, key: str) -> Answer:
        op_id = call.op.operation_id
        params = {"path": validated.path, "query": validated.query}
        give_up = time.monotonic() + self.idempotency_wait_seconds
        while True:
            try:
                outcome = self.platform.idempotency_begin(user.id, key, op_id, validated.body, params)
                break
            except DomainError as exc:
                # The same request is still running elsewhere: wait for its answer and replay it
                # (on every backend; on a SQLite file the write lock already makes it wait).
                if exc.code != "conflict" or time.monotonic() >= give_up:
                    return self._error(call, exc)
            except Exception:
                log.exception("idempotency lookup failed for %s", op_id)
                return internal_error()
            time.sleep(IDEMPOTENCY_POLL_SECONDS)
        if isinstance(outcome, Replay):
            headers = {k.lower(): v for k, v in outcome.headers.items()}
            headers[REPLAY_HEADER] = "true"
            body = outcome.body.encode() if outcome.body else b""
            return Answer(outcome.status, headers, body)
        answer = self._invoke(call, user, validated)
        try:
            if answer.status >= 500:
                self.platform.idempotency_abandon(user.id, key)
            else:
                recorded = {k: v for k, v in answer.headers.items() if k in _RECORDED_HEADERS}
                self.platform.idempotency_complete(user.id, key, answer.status, recorded, answer.text)
        except Exception:
            log.exception("recording the idempotent response of %s failed", op_id)
            try:
                self.platform.idempotency_abandon(user.id, key)
            except Exception:
                log.exception("abandoning idempotency key failed")
            return internal_error()
        return answer

    def _invoke(self, call: Call, user: Any, validated: ValidatedRequest) -> Answer:
        op_id = call.op.operation_id
        handler = self.handlers[op_id]
        try:
            result = handler(self.platform, user, validated.path, validated.query, validated.body)
        except DomainError as exc:
            return self._error(call, exc)
        except Exception:
            log.exception("%s (%s %s) raised", op_id, call.op.method, call.path)
            return internal_error()
        return success_answer(call.op, result, self.success_status)

    def _error(self, call: Call, exc: DomainError) -> Answer:
        if self.render_error is None:
            return error_answer(exc)
        try:
            reply = self.render_error(self.platform, call.op.operation_id, exc)
        except Exception:
            log.exception("rendering %r for %s failed", exc, call.op.operation_id)
            return internal_error()
        answer = reply_answer(reply)
        if exc.retry_after is not None:
            answer.headers["retry-after"] = str(exc.retry_after)
        return answer

    # -- conformance -------------------------------------------------------
    def _check(self, call: Call, answer: Answer) -> Answer:
        assert self.checker is not None
        request = self.checker.request(
            server_url=call.op.server_url or None,
            method=call.op.method,
            path=call.path if self.served_at_server_paths else call.op.server_path + call.path,
            path_pattern=call.op.route,
            path_params=dict(call.path_params),
            query=call.query,
            headers=list(call.headers.items()),
            body=call.body,
            content_type=call.headers.get("content-type"),
        )
        try:
            problems = self.checker.response_errors(request, answer)
        except Exception as exc:  # the checker itself failing is a failure too
            problems = [f"response validation crashed: {exc!r}"]
        if not problems:
            return answer
        text = (
            f"response of {call.op.operation_id} ({call.op.method} {call.path}) does not conform to the spec: "
            f"status {answer.status}, body {answer.body[:300]!r}: " + " | ".join(problems)
        )
        log.error("%s", text)
        with self._lock:
            self.conformance_failures.append(text)
        return internal_error(text[:2000])


def reply_answer(reply: Reply) -> Answer:
    """The answer a ``Reply`` describes (an undocumented status is not checked against the spec)."""
    headers = {k.lower(): v for k, v in reply.headers.items()}
    if reply.body is None:
        answer = Answer(reply.status, headers)
    else:
        headers["content-type"] = reply.content_type or JSON_TYPE
        body = reply.body if isinstance(reply.body, bytes) else dumps(reply.body)
        answer = Answer(reply.status, headers, body)
    answer.synthetic = not reply.documented
    return answer


def success_answer(op: OperationSpec, result: Any, success_status: Mapping[str, int]) -> Answer:
    if isinstance(result, Streamed):
        headers = {k.lower(): v for k, v in result.headers.items()}
        headers["content-type"] = result.content_type
        headers.setdefault("cache-control", "no-store")
        return Answer(result.status, headers, stream=result.chunks)
    if isinstance(result, Reply):
        return reply_answer(result)
    status = success_status.get(op.operation_id, op.success_status)
    if 300 <= status < 400:
        location = result.get("location") if isinstance(result, dict) else None
        if not isinstance(location, str):
            log.error("%s returned no location for its %d", op.operation_id, status)
            return internal_error()
        return Answer(status, {"location": location})
    if result is None or not op.success_has_body:
        return Answer(status)
    return Answer.json(status, result)

"""What the API-neutral layer needs from an API, and how it finds one.

The HTTP layer (``app``, ``http/*``) serves any API that has

* a spec at ``spec/NAME/openapi.yaml``, and
* a package ``reference_server/apis/NAME/`` whose ``API`` is an
  ``ApiDefinition``: one handler per operationId, the success status of each,
  how to open its platform (store + fixtures) and list its demo tokens.

The layer imports no API package by name: ``load_api(NAME)`` imports
``reference_server.apis.NAME`` when the server starts. Adding an API means
adding its spec, its package (domain + fixtures) and nothing else.

Also here, because both sides use them: ``DomainError`` (every refusal:
status, code, message -> the shared error body), the idempotency outcomes
(``Proceed`` / ``Replay``) and ``parse_bearer``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parents[1]
APIS_DIR = Path(__file__).resolve().parent / "apis"
DEFAULT_API = "axhub"


class DomainError(Exception):
    """A refusal the HTTP layer maps to a status and the shared error body."""

    def __init__(self, status: int, code: str, message: str, retry_after: int | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.retry_after = retry_after

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "statusCode": self.status,
            "code": self.code,
            "message": self.message,
        }
        if self.retry_after is not None:
            body["retryAfter"] = self.retry_after
        return body

    def __repr__(self) -> str:
        return f"DomainError({self.status}, {self.code!r}, {self.message!r})"


def validation_error(message: str) -> DomainError:
    return DomainError(400, "validation_failed", message)


def conflict_error(message: str) -> DomainError:
    return DomainError(409, "conflict", message)


def rate_limited_error(message: str, retry_after: int) -> DomainError:
    return DomainError(429, "rate_limited", message, retry_after)


# -- idempotency outcomes ---------------------------------------------------------
@dataclass(frozen=True)
class Proceed:
    """No response recorded: run the operation, then ``complete`` or ``abandon``."""


@dataclass(frozen=True)
class Replay:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: str | None = None


Outcome = Proceed | Replay


# -- bearer tokens ------------------------------------------------------------------
# RFC 6750 section 2.1: "Bearer" 1*SP b64token, and nothing else (no trailing space, no second word).
_BEARER_RE = re.compile(r"[Bb][Ee][Aa][Rr][Ee][Rr] +([A-Za-z0-9\-._~+/]+=*)")


def parse_bearer(authorization: str | None) -> str:
    """The token from an ``Authorization: Bearer <token>`` header value (401 otherwise)."""
    if not authorization:
        raise DomainError(401, "unauthorized", "missing bearer token")
    match = _BEARER_RE.fullmatch(authorization)
    if match is None:
        raise DomainError(
            401, "unauthorized", "expected 'Authorization: Bearer <token>' (RFC 6750: nothing after the token)"
        )
    return match.group(1)


# -- what an API provides -------------------------------------------------------------
class Principal(Protocol):
    @property
    def id(self) -> str: ...


class Clock(Protocol):
    def now(self) -> Any: ...


class Platform(Protocol):
    """An API's running domain, as the layer drives it."""

    clock: Any

    def authenticate(self, authorization: str | None) -> Any: ...

    def idempotency_begin(
        self, principal: str, key: str, operation_id: str, body: Any, params: Any = None
    ) -> Outcome: ...

    def idempotency_complete(
        self, principal: str, key: str, status: int, headers: dict[str, str], body: str | None
    ) -> None: ...

    def idempotency_abandon(self, principal: str, key: str) -> None: ...

    def tick(self) -> Any: ...

    def advance(self, seconds: float) -> Any: ...

    def start_runner(self, interval: float = 0.25) -> Any: ...

    def stop_runner(self) -> None: ...

    def close(self) -> None: ...


Handler = Callable[[Any, Any, Mapping[str, Any], Mapping[str, Any], Any], Any]


@dataclass(frozen=True)
class Reply:
    """A handler result that chooses its own status, headers and media type.

    ``body`` is JSON-able (sent as ``content_type``, JSON by default) or ``bytes``
    (sent as is); ``None`` sends no body. ``documented`` False: the spec lists no
    response for ``status`` (nothing to check it against; response conformance
    checking skips it).
    """

    status: int
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    content_type: str = "application/json"
    documented: bool = True


@dataclass(frozen=True)
class Streamed:
    """A handler result sent as it is produced (``text/event-stream`` and the like).

    ``chunks`` is a blocking iterator of bytes, advanced in a worker thread; the layer closes it
    (``close()``, when it has one) once the client goes away or the server stops. Nothing is
    buffered or checked against the spec (there is no end to check).
    """

    chunks: Iterator[bytes]
    status: int = 200
    content_type: str = "text/event-stream"
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RequestFacts:
    """A request as sent, for APIs whose credentials cover more than a header (request signatures)."""

    method: str  # upper case
    target: str  # the raw path and query string, exactly as sent ("/agent/stream?x=1")
    headers: Mapping[str, str]  # lower-case names
    query: Mapping[str, list[str]]
    body: bytes


# (platform, operationId, the request) -> the caller, or DomainError 401
RequestAuthenticator = Callable[[Any, str, RequestFacts], Any]
# (platform, operationId, headers with lower-case names, query values by name) -> the caller, or DomainError 401
OperationAuthenticator = Callable[[Any, str, Mapping[str, str], Mapping[str, list[str]]], Any]
# (platform, operationId, error) -> the error as the spec documents it for that operation
ErrorRenderer = Callable[[Any, str, DomainError], Reply]


@dataclass(frozen=True)
class OpenRequest:
    """How the command line wants the platform opened."""

    db: str
    stage_seconds: float
    manual_clock: bool = False
    fixtures: str | None = None
    reset: bool = False


@dataclass(frozen=True)
class ApiDefinition:
    name: str
    title: str  # the banner says "<title> reference server listening on URL"
    handlers: Mapping[str, Handler]
    success_status: Mapping[str, int]
    # (options) -> (platform, whether the database already held data); raises fixture_errors on bad fixtures
    open: Callable[[OpenRequest], tuple[Any, bool]]
    # the store of a platform opened by ``open`` again (workers): no fixtures loaded, no reset
    attach: Callable[[OpenRequest], Any]
    demo_tokens: Callable[[Any], list[tuple[str, str, str]]]  # (token, user name, email)
    default_db_url: Callable[[], str]
    default_fixture: Path
    fixture_errors: tuple[type[Exception], ...]
    # /_admin/reset: empty the store and load the fixture again
    reset_to_fixtures: Callable[[Any, str | Path | None], None]
    # /_admin/tick and /advance: a JSON-able view of what a tick moved
    report_json: Callable[[Any], dict[str, Any]]
    # a SQLite file: requests that write take turns in each process (see ``Dispatcher.write_lock``)
    single_writer: Callable[[Any], bool]
    # Optional, for APIs derived from a spec rather than written by hand (``reference_server.stateful``):
    # the spec served (default ``spec/NAME/openapi.yaml``), security checked per operation (instead of
    # ``platform.authenticate(authorization)``), and errors shaped as each operation's spec documents them
    # (instead of the shared error body).
    spec_file: Path | None = None
    authenticate_operation: OperationAuthenticator | None = None
    render_error: ErrorRenderer | None = None
    # Optional: security checked per operation with the whole request at hand (method, raw target,
    # body bytes: what a request signature covers). Takes precedence over ``authenticate_operation``.
    authenticate_request: RequestAuthenticator | None = None
    # Optional: routes served besides the spec's operations (presigned file URLs, ...): Starlette routes
    # built from the opened platform.
    extra_routes: Callable[[Any], list[Any]] | None = None
    # Serve each operation under the path of its effective server (``/api/...`` for ``https://h/api``).
    # False: every path at the root, as before (APIs derived with ``--spec`` still do so; see the README).
    route_at_server_paths: bool = True
    # Optional: the banner's lines about the platform (default: AxHub's deployment pipeline line).
    describe: Callable[[Any], list[str]] | None = None
    # False: the API keeps state in its process (streams, waits): ``--workers`` above 1 is refused.
    supports_workers: bool = True

    @property
    def spec_path(self) -> Path:
        return self.spec_file if self.spec_file is not None else spec_path_for(self.name)


def spec_path_for(name: str) -> Path:
    return ROOT / "spec" / name / "openapi.yaml"


def available_apis() -> list[str]:
    """The APIs this server can serve: a package under ``apis/`` with a spec under ``spec/``."""
    if not APIS_DIR.is_dir():
        return []
    return sorted(
        p.name for p in APIS_DIR.iterdir() if (p / "__init__.py").is_file() and spec_path_for(p.name).is_file()
    )


class UnknownApi(Exception):
    pass


# ``--spec PATH`` reaches ``load_api`` as ``spec:PATH`` (so ``--workers`` processes find it by name too).
SPEC_PREFIX = "spec:"


def load_api(name: str = DEFAULT_API) -> ApiDefinition:
    if name.startswith(SPEC_PREFIX):
        from reference_server.stateful import SpecProblem, definition_for

        try:
            return definition_for(name[len(SPEC_PREFIX) :])
        except SpecProblem as exc:
            raise UnknownApi(str(exc)) from None
    if name not in available_apis():
        raise UnknownApi(f"no API named {name!r} (available: {', '.join(available_apis()) or 'none'})")
    module = importlib.import_module(f"reference_server.apis.{name}")
    api = getattr(module, "API", None)
    if not isinstance(api, ApiDefinition):
        raise UnknownApi(f"reference_server.apis.{name} defines no API = ApiDefinition(...)")
    return api

"""Internal: everything the sync and async clients share, written once.

The constructor and ``with_options`` (every option, validated once) live here.
Request building, the retry decision and backoff, response parsing, and the
loops of ``iterate``, ``wait`` and ``tail`` are *plans*: generators that yield
effects — ``Send(request)``, ``Sleep(seconds)``, ``Authorize(flow)``,
``Emit(item)`` — and receive the outcome of each (an ``httpx.Response`` or the
``httpx.TransportError`` a ``Send`` raised; the access token of an
``Authorize``). ``SyncClient`` and ``AsyncClient`` only perform the effects, so
there is one retry loop, not two copies of it.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import enum
import logging
import platform
import random
import secrets
import time
import uuid
from collections.abc import Callable, Generator, Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeAlias, TypeVar

import httpx

from .auth import Credentials, TokenFlow, authorize
from .config import check_base_url, check_max_retries, check_text, check_timeout, env, set_log
from .constants import (
    AUTO_IDEMPOTENCY_METHODS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    IDEMPOTENCY_HEADER,
    TENANT_HEADER,
    USER_AGENT_FORMAT,
)
from .debug import redact_url, redacted_request, redacted_response
from .errors import (
    APIConnectionError,
    APITimeoutError,
    InvalidArgumentError,
    WaiterTimeoutError,
)
from .operation import Operation, Pagination, TenantHeader
from .options import RequestOptions
from .pagination import (
    NextPage,
    PageState,
    as_int,
    get_path,
    is_more,
    next_page,
    page_items,
    same_origin,
)
from .request import PreparedRequest, encode_body, render_path, route_params
from .response import APIResponse, RawResponse, error_details, parse_response, status_error
from .retry import (
    backoff_delay,
    is_retryable_request,
    parse_retry_after,
    retry_delay,
    should_retry_status,
)
from .serde import wire_get
from .signing import RequestSigner
from .types import UNSET, Unset

__all__ = ["Authorize", "BaseClient", "Emit", "Effect", "Plan", "Send", "Sleep"]

_log = logging.getLogger(__name__)

T = TypeVar("T")
C = TypeVar("C", bound="BaseClient[Any, Any]")
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
SleepT = TypeVar("SleepT")

RequestHook: TypeAlias = Callable[[httpx.Request], None]
ResponseHook: TypeAlias = Callable[[httpx.Response], None]
Signer: TypeAlias = Callable[[httpx.Request], None]
TimeoutArg: TypeAlias = float | httpx.Timeout | None | Unset


@dataclasses.dataclass(frozen=True)
class Send:
    """Send this request; the plan receives the response or the transport error.

    With ``stream``, a 2xx is handed on unread (its body is read as it is
    consumed); any other status is read whole and closed, like every response.
    """

    request: httpx.Request
    stream: bool = False


@dataclasses.dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclasses.dataclass(frozen=True)
class Authorize:
    """Get a valid access token from ``flow``, fetching one (once, under the flow's
    lock) when none is cached, it expired, or it is ``rejected`` (the API answered
    401 to it). The plan receives the token; a failed fetch raises."""

    flow: TokenFlow
    rejected: str | None
    operation_id: str
    timeout: httpx.Timeout


@dataclasses.dataclass(frozen=True)
class Emit:
    """Hand one item to the consumer of an iterator (iterate, tail)."""

    item: Any


Effect: TypeAlias = Send | Sleep | Authorize | Emit
Plan: TypeAlias = Generator[Effect, Any, T]


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _scopes(scopes: Sequence[str]) -> tuple[str, ...]:
    """Scopes as a tuple; one string is split on spaces (its form in a token request)."""
    return tuple(scopes.split()) if isinstance(scopes, str) else tuple(scopes)


def _present(value: Any) -> bool:
    return value is not None and value is not UNSET and value != ""


class BaseClient(Generic[HttpT, SleepT]):
    """Configuration and plans shared by ``SyncClient`` and ``AsyncClient``.

    Generated clients subclass those and set the class attributes below; they
    attach their resources in ``_init_resources`` (called again for every
    ``with_options`` copy, so resources always point at their own client).
    """

    OPERATIONS: ClassVar[Mapping[str, Operation]] = {}
    DEFAULT_BASE_URL: ClassVar[str | None] = None
    # The other base URLs some operations go to (Operation.host), by key: their defaults. Each is
    # overridden by ``host_base_urls[key]`` (a generated client's ``<key>_base_url``), else by
    # the variable <ENV_PREFIX>_<KEY>_BASE_URL.
    HOSTS: ClassVar[Mapping[str, str]] = {}
    # The header naming the tenant (x-sdkgen-tenant): ``tenant_id`` goes in it on the operations
    # marked tenant_scoped only. None: the API declares none, and ``tenant_id`` is sent as
    # X-Tenant-ID with every call.
    TENANT: ClassVar[TenantHeader | None] = None
    # Variables <ENV_PREFIX>_TOKEN, _BASE_URL and _LOG fill in what the constructor is not given.
    ENV_PREFIX: ClassVar[str | None] = None
    SDK_NAME: ClassVar[str] = "sdk"
    SDK_VERSION: ClassVar[str] = "0.0.0"

    _http: HttpT
    _sleep: SleepT

    def __init__(
        self,
        base_url: str | None = None,
        *,
        token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        scopes: Sequence[str] = (),
        signing_key_id: str | None = None,
        signing_secret: str | None = None,
        host_base_urls: Mapping[str, str | None] | None = None,
        tenant_id: str | None = None,
        timeout: TimeoutArg = UNSET,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        signer: Signer | None = None,
        http_client: HttpT | None = None,
        on_request: RequestHook | None = None,
        on_response: ResponseHook | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        sleep: SleepT | None = None,
        jitter: Callable[[], float] = random.random,
        signing_nonce: Callable[[int], bytes] = secrets.token_bytes,
    ) -> None:
        """Credentials are sent per operation, as the schemes it accepts say:

        - ``token``: a bearer token (http bearer, or an OAuth2 / OpenID Connect
          access token obtained elsewhere);
        - ``username`` + ``password``: HTTP basic;
        - ``api_key``: every API key scheme, in its header, query or cookie;
        - ``client_id`` + ``client_secret`` (+ ``token_url`` over the spec's, and
          ``scopes``): OAuth2 client credentials; the token is fetched when needed,
          cached until it expires, and fetched again once when the API answers 401;
        - ``signing_key_id`` + ``signing_secret``: every attempt of an operation whose
          security lists a request signature scheme is signed (``signing.RequestSigner``).

        ``tenant_id`` names the tenant: with a ``TENANT`` header declared, it is sent in that
        header on tenant-scoped operations only (a call's own value for the header wins), and
        ``<ENV_PREFIX>_<TENANT.env>`` fills it in when not given; it is never required.

        ``host_base_urls`` overrides the base URLs of ``HOSTS`` by key (a generated client
        offers one ``<key>_base_url`` argument per host). ``<ENV_PREFIX>_TOKEN``,
        ``_BASE_URL``, ``_<KEY>_BASE_URL``, ``_SIGNING_KEY_ID``, ``_SIGNING_SECRET`` and
        ``_LOG`` fill in what is not given.

        ``http_client`` is used as given (and not closed by ``close()``);
        ``clock`` (monotonic seconds), ``wall_clock`` (epoch seconds), ``sleep`` and
        ``jitter`` (uniform in [0, 1)) and ``signing_nonce`` (n -> n random bytes) are
        injectable for tests.
        """
        name = type(self).__name__
        token = token if token is not None else env(self.ENV_PREFIX, "TOKEN")
        from_env = env(self.ENV_PREFIX, "BASE_URL")
        url = base_url or from_env or self.DEFAULT_BASE_URL
        if not url:
            hint = f" (or set {self.ENV_PREFIX}_BASE_URL)" if self.ENV_PREFIX else ""
            raise InvalidArgumentError(f"{name}: base_url is required{hint}")
        source = "base_url" if base_url else f"{self.ENV_PREFIX}_BASE_URL" if from_env else f"{name}'s default base URL"
        url = check_base_url(url, source)
        hosts = self._resolve_hosts(host_base_urls)
        if signing_key_id is None and signing_secret is None:
            signing_key_id = env(self.ENV_PREFIX, "SIGNING_KEY_ID")
            signing_secret = env(self.ENV_PREFIX, "SIGNING_SECRET")
        if tenant_id is None and self.TENANT is not None and self.TENANT.env:
            tenant_id = env(self.ENV_PREFIX, self.TENANT.env)
        check_timeout(None if isinstance(timeout, Unset) else timeout)
        check_max_retries(max_retries)
        given = {"token": token, "username": username, "password": password, "api_key": api_key,
                 "client_id": client_id, "client_secret": client_secret, "token_url": token_url,
                 "tenant_id": tenant_id, "signing_key_id": signing_key_id, "signing_secret": signing_secret}
        for key, value in given.items():
            check_text(key, value)
        log = env(self.ENV_PREFIX, "LOG")
        if log is not None:
            set_log(log, f"{self.ENV_PREFIX}_LOG")
        self._closed = False
        self._credentials = Credentials(
            token=token,
            username=username,
            password=password,
            api_key=api_key,
            client_id=client_id,
            client_secret=client_secret,
            token_url=token_url,
            scopes=_scopes(scopes),
            signing_key_id=signing_key_id,
            signing_secret=signing_secret,
        )
        self._require_credentials(given)
        self._token_flows: dict[str, TokenFlow] = {}
        self._owns_http = http_client is None
        if http_client is None:
            http_client = self._new_http(DEFAULT_TIMEOUT if isinstance(timeout, Unset) else timeout)
            self._timeout = DEFAULT_TIMEOUT
        else:
            self._timeout = http_client.timeout
        if not isinstance(timeout, Unset):
            self._timeout = _timeout(timeout)
        self._http = http_client
        self._sleep = sleep if sleep is not None else self._default_sleep()
        self._base_url = url
        self._host_urls = hosts
        self._signing_nonce = signing_nonce
        self._tenant_id = tenant_id
        self._max_retries = max_retries
        self._headers: dict[str, str] = dict(headers or {})
        self._signer = signer
        self._on_request = on_request
        self._on_response = on_response
        self._clock = clock
        self._wall_clock = wall_clock
        self._jitter = jitter
        self._user_agent = USER_AGENT_FORMAT.format(
            sdk_name=self.SDK_NAME,
            sdk_version=self.SDK_VERSION,
            python_version=platform.python_version(),
        )
        self._init_resources()

    def _require_credentials(self, given: Mapping[str, Any]) -> None:
        """Refuse a client with no credential at all when every operation requires one: it could
        make no call. An explicit empty ``token=""`` means "none, on purpose" and is let through."""
        operations = list(self.OPERATIONS.values())
        if not operations or any(not op.security for op in operations):
            return  # some operation is public, or the API declares no schemes
        keys = ("token", "username", "api_key", "client_id", "signing_key_id")
        if any(given.get(key) is not None for key in keys):
            return
        name = type(self).__name__
        where = f" (or set {self.ENV_PREFIX}_TOKEN)" if self.ENV_PREFIX else ""
        raise InvalidArgumentError(
            f"{name}: every operation of this API needs credentials and none were given: pass token=...{where}; "
            'token="" builds a client without credentials on purpose'
        )

    def _check_hosts(self, given: Mapping[str, str | None] | None) -> dict[str, str]:
        """The URLs ``given`` for some of ``HOSTS`` (None: not given), checked like ``base_url``."""
        if given is None:
            return {}
        if not isinstance(given, Mapping):
            raise InvalidArgumentError(
                f"host_base_urls must be a mapping of host keys to URLs, not {type(given).__name__}"
            )
        known = ", ".join(map(repr, self.HOSTS)) or "none"
        checked = {}
        for key, value in given.items():
            if key not in self.HOSTS:
                raise InvalidArgumentError(f"unknown host {key!r} in host_base_urls (this API's hosts: {known})")
            if value is not None:
                checked[key] = check_base_url(value, f"{key}_base_url")
        return checked

    def _resolve_hosts(self, given: Mapping[str, str | None] | None) -> dict[str, str]:
        """Each host's URL: the argument, else ``<PREFIX>_<KEY>_BASE_URL``, else its default."""
        hosts = self._check_hosts(given)
        for key, default in self.HOSTS.items():
            if key in hosts:
                continue
            variable = f"{key.upper()}_BASE_URL"
            from_env = env(self.ENV_PREFIX, variable)
            source = f"{self.ENV_PREFIX}_{variable}" if from_env else f"the default {key} base URL"
            hosts[key] = check_base_url(from_env or default, source)
        return hosts

    def _new_http(self, timeout: float | httpx.Timeout | None) -> HttpT:
        """The connection pool this client creates (and closes) when given none."""
        raise NotImplementedError

    def _default_sleep(self) -> SleepT:
        raise NotImplementedError

    def _init_resources(self) -> None:
        """Hook for generated clients: create resource objects bound to ``self``."""

    # ------------------------------------------------------------ configuration

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def host_base_urls(self) -> Mapping[str, str]:
        """The base URL of each of ``HOSTS``, by key, as this client sends to it."""
        return dict(self._host_urls)

    def _url_of(self, operation: Operation) -> str:
        """The base URL ``operation`` goes to."""
        if not operation.host:
            return self._base_url
        url = self._host_urls.get(operation.host)
        if url is None:
            raise InvalidArgumentError(f"{operation.operation_id}: unknown host {operation.host!r} (not in HOSTS)")
        return url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    def with_options(
        self: C,
        *,
        base_url: str | Unset = UNSET,
        token: str | None | Unset = UNSET,
        username: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        api_key: str | None | Unset = UNSET,
        client_id: str | None | Unset = UNSET,
        client_secret: str | None | Unset = UNSET,
        token_url: str | None | Unset = UNSET,
        scopes: Sequence[str] | Unset = UNSET,
        signing_key_id: str | None | Unset = UNSET,
        signing_secret: str | None | Unset = UNSET,
        host_base_urls: Mapping[str, str | None] | Unset = UNSET,
        tenant_id: str | None | Unset = UNSET,
        timeout: TimeoutArg = UNSET,
        max_retries: int | Unset = UNSET,
        headers: Mapping[str, str] | Unset = UNSET,
        signer: Signer | None | Unset = UNSET,
        on_request: RequestHook | None | Unset = UNSET,
        on_response: ResponseHook | None | Unset = UNSET,
    ) -> C:
        """A copy with some settings changed, sharing this client's connection pool.

        ``headers`` are added over the current ones. Closing the copy does not
        close the shared pool; closing the original does. The copy shares the
        cached OAuth2 token unless it changes the client credentials.
        """
        if not isinstance(timeout, Unset):
            check_timeout(timeout)
        new = copy.copy(self)
        new._owns_http = False
        new._closed = False
        if not isinstance(base_url, Unset):
            new._base_url = check_base_url(base_url)
        if not isinstance(host_base_urls, Unset):
            new._host_urls = {**self._host_urls, **self._check_hosts(host_base_urls)}
        given = {
            "token": token,
            "username": username,
            "password": password,
            "api_key": api_key,
            "client_id": client_id,
            "client_secret": client_secret,
            "token_url": token_url,
            "signing_key_id": signing_key_id,
            "signing_secret": signing_secret,
        }
        for key, value in given.items():
            if not isinstance(value, Unset):
                check_text(key, value)
        changes: dict[str, Any] = {k: v for k, v in given.items() if not isinstance(v, Unset)}
        if not isinstance(scopes, Unset):
            changes["scopes"] = _scopes(scopes)
        if changes:
            new._credentials = dataclasses.replace(self._credentials, **changes)
            if changes.keys() & {"client_id", "client_secret", "token_url", "scopes"}:
                new._token_flows = {}
        if not isinstance(tenant_id, Unset):
            check_text("tenant_id", tenant_id)
            new._tenant_id = tenant_id
        if not isinstance(timeout, Unset):
            new._timeout = _timeout(timeout)
        if not isinstance(max_retries, Unset):
            new._max_retries = check_max_retries(max_retries)
        if not isinstance(headers, Unset):
            new._headers = {**self._headers, **headers}
        if not isinstance(signer, Unset):
            new._signer = signer
        if not isinstance(on_request, Unset):
            new._on_request = on_request
        if not isinstance(on_response, Unset):
            new._on_response = on_response
        new._init_resources()
        return new

    def _operation(self, operation: Operation | str) -> Operation:
        if isinstance(operation, Operation):
            return operation
        found = self.OPERATIONS.get(operation)
        if found is not None:
            return found
        close = difflib.get_close_matches(operation, list(self.OPERATIONS), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
        raise InvalidArgumentError(f"unknown operationId {operation!r}{hint}")

    # ------------------------------------------------------------ building

    def _prepare(
        self,
        operation: Operation,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        options: RequestOptions | None,
        *,
        stream: bool = False,
    ) -> PreparedRequest:
        self._check_open(operation)
        if options is not None and not isinstance(options, RequestOptions):
            raise InvalidArgumentError(
                f"{operation.operation_id}: options must be a RequestOptions(...), not {type(options).__name__}"
            )
        opts = options or RequestOptions()
        if not isinstance(opts.timeout, Unset):
            check_timeout(opts.timeout)
        if opts.max_retries is not None:
            check_max_retries(opts.max_retries)
        if path_params is not None and not isinstance(path_params, Mapping):
            raise InvalidArgumentError(
                f"{operation.operation_id}: path_params must be a mapping of wire names to values, "
                f"not {type(path_params).__name__}"
            )
        if query is not None and not isinstance(query, Mapping):
            raise InvalidArgumentError(
                f"{operation.operation_id}: query must be a mapping of wire names to values, not {type(query).__name__}"
            )
        path = render_path(operation, path_params)
        routed = route_params(operation, {**(query or {}), **(opts.extra_query or {})})
        content, content_type = encode_body(operation, body)
        base = self._url_of(operation)
        auth = authorize(operation.security, self._credentials, base)

        accept = "text/event-stream" if stream else "application/json"
        headers = httpx.Headers({"Accept": accept, "User-Agent": self._user_agent})
        headers.update(self._headers)
        headers.update(auth.headers)
        if self._tenant_id:
            tenant = self.TENANT
            if tenant is None:
                headers[TENANT_HEADER] = self._tenant_id
            elif operation.tenant_scoped:  # the call's own header parameter, routed next, wins
                headers[tenant.header] = self._tenant_id
        for name, value in routed.headers:
            headers[name] = value
        cookie_pairs = auth.cookies + routed.cookies
        if cookie_pairs:
            cookies = "; ".join(f"{k}={v}" for k, v in cookie_pairs)
            existing = headers.get("cookie")
            headers["Cookie"] = f"{existing}; {cookies}" if existing else cookies
        headers.update(opts.headers or {})
        # A per-call Authorization wins over a fetched token, as over any other credential.
        given = {name.lower() for name in opts.headers or {}}
        token_url = None if "authorization" in given else auth.token_url
        if content_type is not None:
            headers["Content-Type"] = content_type

        max_retries = self._max_retries if opts.max_retries is None else opts.max_retries
        if opts.idempotency_key:
            headers[IDEMPOTENCY_HEADER] = opts.idempotency_key
        elif (
            operation.method in AUTO_IDEMPOTENCY_METHODS
            and max_retries > 0
            and IDEMPOTENCY_HEADER not in headers
        ):
            headers[IDEMPOTENCY_HEADER] = str(uuid.uuid4())  # once per call, kept on retries

        return PreparedRequest(
            operation=operation,
            method=operation.method,
            url=base + path,
            params=tuple(routed.query + auth.query),
            headers=tuple(headers.multi_items()),
            content=content,
            timeout=self._timeout if isinstance(opts.timeout, Unset) else _timeout(opts.timeout),
            max_retries=max(0, max_retries),
            retryable=is_retryable_request(operation.method, headers),
            stream=stream,
            token_url=token_url,
            signature=auth.signature,
            secret_headers=frozenset(auth.secret_headers)
            | ({auth.signature.signature_header} if auth.signature else set()),
            secret_query=frozenset(auth.secret_query),
        )

    @property
    def is_closed(self) -> bool:
        """Whether ``close()`` was called (on this client, or on the one whose pool it shares)."""
        return self._closed or self._http.is_closed

    def _check_open(self, operation: Operation) -> None:
        if self.is_closed:
            raise InvalidArgumentError(
                f"{operation.operation_id}: this client is closed; create a new one (or use it in a `with` block)"
            )

    def _build_attempt(self, prepared: PreparedRequest, token: str | None) -> httpx.Request:
        request = self._http.build_request(
            prepared.method,
            prepared.url,
            params=list(prepared.params) or None,
            headers=list(prepared.headers),
            content=prepared.content,
            timeout=prepared.timeout,
        )
        if token is not None:
            request.headers["Authorization"] = f"Bearer {token}"
        if prepared.signature is not None:
            self._sign(request, prepared)
        if self._signer is not None:
            self._signer(request)
        return request

    def _sign(self, request: httpx.Request, prepared: PreparedRequest) -> None:
        """Sign this attempt (a fresh timestamp and nonce each time) over its final target and body."""
        assert prepared.signature is not None
        key_id, secret = self._credentials.signing_key_id, self._credentials.signing_secret
        assert key_id is not None and secret is not None
        signer = RequestSigner(prepared.signature, key_id, secret, clock=self._wall_clock, nonce=self._signing_nonce)
        target = request.url.raw_path.decode("ascii")
        request.headers.update(signer.sign(request.method, target, request.content))

    def _token_flow(self, url: str) -> TokenFlow:
        flow = self._token_flows.get(url)
        if flow is None:
            flow = self._token_flows.setdefault(url, TokenFlow(url, self._credentials))
        return flow

    # ------------------------------------------------------------ debug

    def _show_request(self, request: httpx.Request, attempt: int, prepared: PreparedRequest) -> None:
        if _log.isEnabledFor(logging.DEBUG):
            url = redact_url(request.url, prepared.secret_query)
            _log.debug("request %s %s (attempt %d)", request.method, url, attempt)
        if self._on_request is not None:
            self._on_request(redacted_request(request, prepared.secret_headers, prepared.secret_query))

    def _show_response(
        self, response: httpx.Response, request: httpx.Request, prepared: PreparedRequest
    ) -> None:
        if _log.isEnabledFor(logging.DEBUG):
            url = redact_url(request.url, prepared.secret_query)
            _log.debug("response %s %s -> %d", request.method, url, response.status_code)
        if self._on_response is not None:
            shown = redacted_request(request, prepared.secret_headers, prepared.secret_query)
            self._on_response(redacted_response(response, shown, prepared.secret_headers))

    # ------------------------------------------------------------ plans

    def _send_plan(self, prepared: PreparedRequest) -> Plan[httpx.Response]:
        """Send with retries: transport errors and retryable statuses, for requests
        that may be repeated, up to ``max_retries`` times, waiting in between."""
        retry = 0
        rejected: str | None = None  # the token the API answered 401 to: fetched again, once
        reauthorized = False
        while True:
            token = None
            if prepared.token_url is not None:
                flow = self._token_flow(prepared.token_url)
                token = yield Authorize(flow, rejected, prepared.operation.operation_id, prepared.timeout)
            request = self._build_attempt(prepared, token)
            self._show_request(request, retry + 1, prepared)
            reply = yield Send(request, prepared.stream)
            can_retry = prepared.retryable and retry < prepared.max_retries
            if isinstance(reply, httpx.TransportError):
                if can_retry:
                    yield Sleep(backoff_delay(retry, self._jitter))
                    retry += 1
                    continue
                raise self._transport_error(prepared, reply, retry + 1) from reply
            response: httpx.Response = reply
            self._show_response(response, request, prepared)
            if response.status_code == 401 and token is not None and not reauthorized:
                reauthorized, rejected = True, token  # the token may have been revoked early
                continue
            if can_retry and should_retry_status(response.status_code):
                retry_after = parse_retry_after(response.headers, self._wall_clock)
                if retry_after is None:
                    retry_after = error_details(response).retry_after
                yield Sleep(retry_delay(retry, retry_after, self._jitter))
                retry += 1
                continue
            return response

    @staticmethod
    def _transport_error(
        prepared: PreparedRequest, error: httpx.TransportError, attempts: int
    ) -> APIConnectionError:
        tries = f" (after {attempts} attempts)" if attempts > 1 else ""
        if isinstance(error, httpx.TimeoutException):
            cls: type[APIConnectionError] = APITimeoutError
            message = f"request timed out{tries}: {error or type(error).__name__}"
        else:
            cls = APIConnectionError
            message = f"connection failed{tries}: {error or type(error).__name__}"
        return cls(
            message,
            operation_id=prepared.operation.operation_id,
            method=prepared.method,
            url=prepared.url,
        )

    def _call_plan(
        self,
        operation: Operation,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        options: RequestOptions | None,
    ) -> Plan[Any]:
        prepared = self._prepare(operation, path_params, query, body, options)
        response = yield from self._send_plan(prepared)
        return parse_response(operation, response, self._wall_clock, prepared.secret_query)

    def _stream_plan(
        self,
        operation: Operation,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        options: RequestOptions | None,
    ) -> Plan[tuple[httpx.Response, str]]:
        """Send with retries until a 2xx's headers arrive; its body is left unread.
        Returns the response and its URL without the query (for stream errors)."""
        prepared = self._prepare(operation, path_params, query, body, options, stream=True)
        response = yield from self._send_plan(prepared)
        if not response.is_success:
            raise status_error(operation, response, self._wall_clock, prepared.secret_query)
        return response, prepared.url

    def _raw_plan(
        self,
        operation: Operation,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        options: RequestOptions | None,
    ) -> Plan[RawResponse]:
        prepared = self._prepare(operation, path_params, query, body, options)
        response = yield from self._send_plan(prepared)
        return RawResponse(response, operation, self._wall_clock, prepared.secret_query)

    def _raw_call_plan(
        self,
        operation: Operation,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        options: RequestOptions | None,
    ) -> Plan[APIResponse[Any]]:
        """Like ``_call_plan``, but hands back the response (an error status still raises)."""
        prepared = self._prepare(operation, path_params, query, body, options)
        response = yield from self._send_plan(prepared)
        if response.status_code >= 400:
            raise status_error(operation, response, self._wall_clock, prepared.secret_query)
        return APIResponse(response, operation, self._wall_clock, prepared.secret_query)

    def _iterate_plan(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        options: RequestOptions | None,
    ) -> Plan[None]:
        op = self._operation(operation)
        if op.pagination is None:
            raise InvalidArgumentError(f"{op.operation_id} is not paginated")
        return self._iterate_steps(op, op.pagination, path_params, dict(query or {}), options)

    def _iterate_steps(
        self,
        op: Operation,
        pagination: Pagination,
        path_params: Mapping[str, Any] | None,
        query: dict[str, Any],
        options: RequestOptions | None,
    ) -> Plan[None]:
        step: NextPage | None = NextPage(query)
        seen = 0
        while step is not None:
            state = yield from self._page_plan(op, pagination, path_params, step, options, seen)
            for item in state.items:
                yield Emit(item)
            step, seen = state.next, state.seen

    def _first_page_plan(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        options: RequestOptions | None,
    ) -> Plan[PageState]:
        op = self._operation(operation)
        if op.pagination is None:
            raise InvalidArgumentError(f"{op.operation_id} is not paginated")
        return self._page_plan(op, op.pagination, path_params, NextPage(dict(query or {})), options, 0)

    def _page_plan(
        self,
        op: Operation,
        pagination: Pagination,
        path_params: Mapping[str, Any] | None,
        step: NextPage,
        options: RequestOptions | None,
        seen: int,
    ) -> Plan[PageState]:
        """Fetch the page ``step`` asks for; work out the request for the one after it."""
        prepared = self._prepare(op, path_params, step.query, None, options)
        if step.url is not None:
            prepared = self._follow(prepared, step.url)
        response = yield from self._send_plan(prepared)
        page = parse_response(op, response, self._wall_clock, prepared.secret_query)
        items = page_items(page, pagination)
        seen += len(items)
        link = response.links.get("next", {}).get("url") if pagination.style == "link_header" else None
        following = next_page(pagination, step.query, page, items, seen=seen, url=str(response.url), link_next=link)
        return PageState(page, items, following, seen, response.headers.get("x-request-id"), response)

    def _follow(self, prepared: PreparedRequest, url: str) -> PreparedRequest:
        """The request for a next-page URL the API gave: its own query, plus any API key the
        client sends in the query. Only on the API's own origin: elsewhere, no credentials go."""
        base = self._url_of(prepared.operation)
        if not same_origin(url, base):
            raise InvalidArgumentError(
                f"{prepared.operation.operation_id}: the next page is at {redact_url(url, prepared.secret_query)}, "
                f"not on {base}; not following it with this client's credentials"
            )
        parts = httpx.URL(url)
        params = tuple((k, v) for k, v in parts.params.multi_items())
        names = {k for k, _ in params}
        keys = tuple((k, v) for k, v in prepared.params if k in prepared.secret_query and k not in names)
        return dataclasses.replace(prepared, url=str(parts.copy_with(query=None)), params=params + keys)

    def _wait_plan(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        timeout: float,
        interval: float,
        options: RequestOptions | None,
        max_polls: int | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> Plan[Any]:
        op = self._operation(operation)
        if op.waiter is None:
            raise InvalidArgumentError(f"{op.operation_id} has no waiter")
        _check_bounds("wait", interval, max_polls, stop, timeout)
        return self._wait_steps(op, path_params, query, timeout, interval, options, max_polls, stop)

    def _wait_steps(
        self,
        op: Operation,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        timeout: float,
        interval: float,
        options: RequestOptions | None,
        max_polls: int | None,
        stop: Callable[[], bool] | None,
    ) -> Plan[Any]:
        assert op.waiter is not None
        field, terminal = op.waiter.field, op.waiter.terminal
        deadline = self._clock() + timeout
        polls = 0
        current: Any = None
        while True:
            if stop is not None and stop():
                raise WaiterTimeoutError(
                    f"{op.operation_id}: stopped by the stop callback after {polls} poll(s) "
                    f"(waiting for {field} to be {', '.join(terminal)})",
                    last=current, value=_state(wire_get(current, field)) if polls else None,
                    operation_id=op.operation_id, timeout=timeout,
                )
            current = yield from self._call_plan(op, path_params, query, None, options)
            polls += 1
            state = _state(wire_get(current, field))
            if state in terminal:
                return current
            remaining = deadline - self._clock()
            if max_polls is not None and polls >= max_polls:
                raise WaiterTimeoutError(
                    f"{op.operation_id}: {field} is still {state!r} after {polls} poll(s) "
                    f"(max_polls; waiting for {', '.join(terminal)})",
                    last=current, value=state, operation_id=op.operation_id, timeout=timeout,
                )
            if remaining <= 0:
                raise WaiterTimeoutError(
                    f"{op.operation_id}: {field} is still {state!r} after {timeout:g}s "
                    f"(waiting for {', '.join(terminal)})",
                    last=current,
                    value=state,
                    operation_id=op.operation_id,
                    timeout=timeout,
                )
            yield Sleep(min(interval, remaining))

    def _tail_plan(
        self,
        operation: Operation | str,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        interval: float,
        stop: Callable[[], bool] | None,
        max_polls: int | None,
        options: RequestOptions | None,
        timeout: float | None = None,
    ) -> Plan[None]:
        op = self._operation(operation)
        if op.tail is None:
            raise InvalidArgumentError(f"{op.operation_id} cannot be tailed")
        _check_bounds("tail", interval, max_polls, stop, timeout)
        pagination = op.pagination or Pagination(
            style="cursor", param="cursor", size_param="limit", next=("next_cursor",), has_more=("has_more",)
        )
        first = {**(query or {}), op.tail.param: op.tail.value}
        deadline = None if timeout is None else self._clock() + timeout
        return self._tail_steps(op, pagination, path_params, first, interval, stop, max_polls,
                                options, deadline)

    def _tail_steps(
        self,
        op: Operation,
        pagination: Pagination,
        path_params: Mapping[str, Any] | None,
        query: dict[str, Any],
        interval: float,
        stop: Callable[[], bool] | None,
        max_polls: int | None,
        options: RequestOptions | None,
        deadline: float | None = None,
    ) -> Plan[None]:
        polls = 0
        limit = as_int(query.get(pagination.size_param)) if pagination.size_param else None

        def finished() -> bool:
            return ((stop is not None and stop()) or (max_polls is not None and polls >= max_polls)
                    or (deadline is not None and self._clock() >= deadline))

        while not finished():
            page = yield from self._call_plan(op, path_params, query, None, options)
            polls += 1
            items = page_items(page, pagination)
            for item in items:
                yield Emit(item)
            if pagination.next and pagination.param:
                cursor = get_path(page, pagination.next)
                if _present(cursor):
                    query = {**query, pagination.param: str(cursor)}
            # more waiting at once: the page says so, or came back full (never when empty)
            more = bool(items) and (
                is_more(page, pagination) is True or (limit is not None and 0 < limit <= len(items))
            )
            if not more and not finished():
                pause = interval if deadline is None else min(interval, max(deadline - self._clock(), 0.0))
                yield Sleep(pause)


def _check_bounds(helper: str, interval: float, max_polls: int | None,
                  stop: Callable[[], bool] | None, timeout: float | None) -> None:
    """A helper's bounds are checked before the first request: the SDK's argument error, never a
    TypeError from deep inside the loop."""
    for name, value in (("interval", interval), ("timeout", timeout)):
        if value is None and name == "timeout":
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise InvalidArgumentError(f"{helper}: {name} must be a number of seconds >= 0, not {value!r}")
    if max_polls is not None and (isinstance(max_polls, bool) or not isinstance(max_polls, int) or max_polls < 0):
        raise InvalidArgumentError(f"{helper}: max_polls must be an integer >= 0, not {max_polls!r}")
    if stop is not None and not callable(stop):
        raise InvalidArgumentError(f"{helper}: stop must be a callable returning bool, not {stop!r}")


def _state(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    return value

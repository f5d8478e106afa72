"""Internal: which credentials go on a request, and the OAuth2 client-credentials token.

``Credentials`` is what the client was given. ``authorize`` picks, for one
operation, what to send from the schemes it accepts; ``TokenFlow`` fetches and
caches an access token. The sync and async clients only do the locking and the
sending of the token request (each with its own kind of lock).
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import json
import math
import threading
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote_plus, urlencode, urljoin

import httpx

from .errors import APIConnectionError, APITimeoutError, AuthenticationError, InvalidArgumentError
from .operation import SecurityScheme
from .signing import Signature

__all__ = ["Authorization", "Credentials", "TokenFlow", "authorize"]

#: A token is refreshed this many seconds before the server says it expires.
EXPIRY_MARGIN = 30.0


@dataclasses.dataclass(frozen=True, kw_only=True)
class Credentials:
    """Every credential the client holds; ``None`` where it has none."""

    token: str | None = None
    username: str | None = None
    password: str | None = None
    api_key: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    token_url: str | None = None
    scopes: tuple[str, ...] = ()
    signing_key_id: str | None = None
    signing_secret: str | None = None

    def __post_init__(self) -> None:
        if (self.signing_key_id is None) != (self.signing_secret is None):
            raise InvalidArgumentError(
                "signing_key_id and signing_secret go together: give both or neither"
            )
        if (self.username is None) != (self.password is None):
            raise InvalidArgumentError("username and password go together: give both or neither")
        if (self.client_id is None) != (self.client_secret is None):
            raise InvalidArgumentError("client_id and client_secret go together: give both or neither")

    def __repr__(self) -> str:  # never print a secret
        held = [f.name for f in dataclasses.fields(self) if getattr(self, f.name) not in (None, ())]
        return f"Credentials(holding {', '.join(held) or 'nothing'})"

    @property
    def signing(self) -> bool:
        return bool(self.signing_key_id) and bool(self.signing_secret)

    @property
    def client_credentials(self) -> bool:
        return self.client_id is not None and self.client_secret is not None


@dataclasses.dataclass
class Authorization:
    """What one request carries, before the OAuth2 token (which may still need fetching)."""

    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    query: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    cookies: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    secret_headers: set[str] = dataclasses.field(default_factory=set)
    secret_query: set[str] = dataclasses.field(default_factory=set)
    token_url: str | None = None  # a client-credentials token from here goes in Authorization
    signature: Signature | None = None  # every attempt is signed with the client's signing key


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def authorize(
    security: tuple[SecurityScheme, ...] | None, credentials: Credentials, base_url: str
) -> Authorization:
    """The credentials to send for an operation accepting ``security``.

    Every scheme the client has a credential for is applied; when several would
    set ``Authorization``, the first the operation lists wins. ``None`` (the API
    declares no schemes) sends the ``token`` as a bearer token, as always.
    """
    result = Authorization()
    if security is None:
        if credentials.token:
            result.headers["Authorization"] = f"Bearer {credentials.token}"
        return result
    for scheme in security:
        if scheme.signature is not None:  # the key id and secret sign the request; nothing else goes
            if credentials.signing and result.signature is None:
                result.signature = scheme.signature
            continue
        if scheme.kind == "apiKey" and credentials.api_key is not None and scheme.parameter_name:
            _api_key(result, scheme, credentials.api_key)
        elif "Authorization" not in result.headers and result.token_url is None:
            _authorization(result, scheme, credentials, base_url)
    return result


def _api_key(result: Authorization, scheme: SecurityScheme, key: str) -> None:
    name = scheme.parameter_name
    if scheme.location == "query":
        result.query.append((name, key))
        result.secret_query.add(name)
    elif scheme.location == "cookie":
        result.cookies.append((name, key))
    else:
        result.headers[name] = key
        result.secret_headers.add(name)


def _authorization(
    result: Authorization, scheme: SecurityScheme, credentials: Credentials, base_url: str
) -> None:
    if scheme.kind == "http" and scheme.scheme == "basic":
        if credentials.username is not None and credentials.password is not None:
            result.headers["Authorization"] = _basic(credentials.username, credentials.password)
    elif scheme.kind == "http" and scheme.scheme == "bearer":
        if credentials.token:
            result.headers["Authorization"] = f"Bearer {credentials.token}"
    elif scheme.kind in ("oauth2", "openIdConnect"):
        if credentials.client_credentials and scheme.kind == "oauth2":
            url = credentials.token_url or scheme.token_url
            if not url:
                raise InvalidArgumentError(
                    f"security scheme {scheme.name!r} names no token URL: pass token_url"
                )
            result.token_url = urljoin(base_url + "/", url)
        elif credentials.token:  # an access token obtained elsewhere
            result.headers["Authorization"] = f"Bearer {credentials.token}"


class TokenFlow:
    """One token endpoint's client-credentials token, cached until it (nearly) expires.

    The lock of the client that uses it (``thread_lock`` for the sync client,
    ``async_lock`` for the async one) is held around a fetch, so that concurrent
    calls wait for one fetch and share its token.
    """

    def __init__(self, url: str, credentials: Credentials) -> None:
        assert credentials.client_id is not None and credentials.client_secret is not None
        self.url = url
        self._client_id = credentials.client_id
        self._client_secret = credentials.client_secret
        self._scopes = credentials.scopes
        self._token: str | None = None
        self._expires_at: float | None = None
        self.thread_lock = threading.Lock()
        self.async_lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"<TokenFlow {self.url}>"

    def fresh(self, now: float, rejected: str | None = None) -> str | None:
        """The cached token while it is valid and is not the one the API just refused."""
        token = self._token
        if token is None or token == rejected:
            return None
        if self._expires_at is not None and now >= self._expires_at:
            return None
        return token

    def request(self, http: httpx.Client | httpx.AsyncClient, timeout: httpx.Timeout) -> httpx.Request:
        """POST grant_type=client_credentials, the client authenticated with HTTP Basic
        (each part form-encoded first, as RFC 6749 section 2.3.1 says)."""
        form = {"grant_type": "client_credentials"}
        if self._scopes:
            form["scope"] = " ".join(self._scopes)
        return http.build_request(
            "POST",
            self.url,
            headers={
                "Authorization": _basic(quote_plus(self._client_id), quote_plus(self._client_secret)),
                "Accept": "application/json",
                "Content-Type": "application/x-www-form-urlencoded",
            },
            content=urlencode(form).encode("ascii"),
            timeout=timeout,
        )

    def accept(self, response: httpx.Response, now: float, operation_id: str | None) -> str:
        """Cache the token of a token endpoint's answer (read in full), or raise why not."""
        body = _json(response)
        fields: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
        token = fields.get("access_token")
        if not response.is_success or not isinstance(token, str) or not token:
            # Whatever the status, the credentials gave no token: the authentication error
            # with the token endpoint's status, as in every SDK.
            failed = not response.is_success
            error = fields.get("error") if failed else None
            reason = fields.get("error_description") or error if failed else None
            if reason is None:
                reason = (response.reason_phrase or f"status {response.status_code}") if failed \
                    else "the answer has no access_token"
            raise AuthenticationError(
                status=response.status_code,
                code=str(error) if error is not None else None,
                message=f"the token request failed: {reason}",
                body=None,  # the answer may hold a token; it stays out of the error
                operation_id=operation_id,
                method="POST",
                url=self.url,
            )
        seconds = _seconds(fields.get("expires_in"))
        self._token = token
        self._expires_at = None if seconds is None else now + seconds - EXPIRY_MARGIN
        return token

    def transport_error(self, error: httpx.TransportError, operation_id: str | None) -> APIConnectionError:
        cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        return cls(
            f"the token request failed: {error or type(error).__name__}",
            operation_id=operation_id,
            method="POST",
            url=self.url,
        )


def _seconds(value: Any) -> float | None:
    """``expires_in``: a number of seconds, which some servers send as a string."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, (int, float)) and math.isfinite(value):
        return float(value)
    return None


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None

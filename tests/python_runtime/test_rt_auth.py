"""Security schemes per operation, against a real local server: basic, API keys in header, query
and cookie, bearer, none, and OAuth2 client credentials (fetch once, expiry, 401, errors, locks)."""

from __future__ import annotations

import asyncio
import base64
import threading
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from fakeapi import AsyncFakeClient, FakeClient
from fakeapi._runtime import (
    APIConnectionError,
    AuthenticationError,
    InvalidArgumentError,
    RequestOptions,
)
from rt_server import Exchange, LocalServer, running
from rt_support import FakeClock

SECRET = "s3cr3t-value"


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.fixture
def api(server: LocalServer) -> LocalServer:
    for path in ("/auth/bearer", "/auth/basic", "/auth/keys", "/auth/query-key", "/auth/either",
                 "/auth/none"):
        server.route("GET", path)(lambda exchange: exchange.respond(204))
    return server


def make(server: LocalServer, client_kwargs: dict[str, Any], clock: FakeClock, **options: Any) -> FakeClient:
    return FakeClient(server.url, sleep=clock.sleep, **client_kwargs, **options)


def test_basic(api: LocalServer, client_kwargs: dict[str, Any], clock: FakeClock) -> None:
    with make(api, client_kwargs, clock, username="ann", password="pa:ss", token="tok") as client:
        client.request("authBasic")
    assert api.hits("/auth/basic")[0].headers["authorization"] == basic("ann", "pa:ss")


def test_api_key_in_header_query_and_cookie(api: LocalServer, client_kwargs: dict[str, Any],
                                            clock: FakeClock) -> None:
    with make(api, client_kwargs, clock, api_key=SECRET, token="tok") as client:
        client.request("authKeys", query={"session": "s1", "q": "x"})
    (hit,) = api.hits("/auth/keys")
    assert hit.headers["x-key"] == SECRET
    assert hit.query == [("q", "x"), ("key", SECRET)]
    assert hit.headers["cookie"] == f"key={SECRET}; session=s1"  # merged with the cookie parameter
    assert "authorization" not in hit.headers  # the operation accepts no bearer token


def test_operation_without_security_sends_nothing(api: LocalServer, client_kwargs: dict[str, Any],
                                                 clock: FakeClock) -> None:
    credentials = {"token": "tok", "username": "u", "password": "p", "api_key": SECRET,
                   "client_id": "id", "client_secret": "cs"}
    with make(api, client_kwargs, clock, **credentials) as client:
        client.request("authNone")
    (hit,) = api.hits("/auth/none")
    assert not {"authorization", "x-key", "cookie"} & hit.headers.keys()
    assert hit.query == []
    assert api.hits("/oauth/token") == []


def test_bearer_and_missing_credentials(api: LocalServer, client_kwargs: dict[str, Any],
                                        clock: FakeClock) -> None:
    with make(api, client_kwargs, clock, token="tok") as client:
        client.request("authBearer")
        client.request("authBasic")  # no username: nothing to send, the server decides
    assert api.hits("/auth/bearer")[0].headers["authorization"] == "Bearer tok"
    assert "authorization" not in api.hits("/auth/basic")[0].headers


def test_first_listed_scheme_the_client_can_satisfy_wins(api: LocalServer, client_kwargs: dict[str, Any],
                                                        clock: FakeClock) -> None:
    # authEither lists mutualTLS (nothing to send), basic, then bearer
    with make(api, client_kwargs, clock, token="tok", username="u", password="p") as client:
        client.request("authEither")
        client.with_options(username=None, password=None).request("authEither")
    first, second = api.hits("/auth/either")
    assert first.headers["authorization"] == basic("u", "p")
    assert second.headers["authorization"] == "Bearer tok"


def test_credentials_come_in_pairs() -> None:
    with pytest.raises(InvalidArgumentError, match="username and password"):
        FakeClient(username="u")
    with pytest.raises(InvalidArgumentError, match="client_id and client_secret"):
        FakeClient(client_id="id")
    assert SECRET not in repr(FakeClient(api_key=SECRET)._credentials)


def test_secrets_are_hidden_from_hooks_and_error_messages(server: LocalServer, client_kwargs: dict[str, Any],
                                                          clock: FakeClock) -> None:
    server.route("GET", "/auth/keys")(lambda exchange: exchange.respond(403, {"message": "no"}))
    server.route("GET", "/auth/query-key")(lambda exchange: exchange.respond(204))
    seen: list[str] = []

    def show(message: httpx.Request | httpx.Response) -> None:
        seen.append(repr(message.headers) + str(getattr(message, "url", "")))
        if isinstance(message, httpx.Response):
            seen.append(str(message.request.url))

    with make(server, client_kwargs, clock, api_key=SECRET, on_request=show, on_response=show) as client:
        with pytest.raises(Exception) as info:
            client.request("authKeys")
        client.request("authQueryKey")
    assert SECRET not in str(info.value)
    assert SECRET not in str(getattr(info.value, "url", ""))
    assert seen and not [text for text in seen if SECRET in text]
    assert server.hits("/auth/query-key")[0].query == [("key", SECRET)]  # sent all the same


# ---------------------------------------------------------------- OAuth2 client credentials


class TokenEndpoint:
    """Issues tok-1, tok-2, ...; the API accepts only the newest token."""

    def __init__(self, server: LocalServer, expires_in: int | str | None = 3600) -> None:
        self.server = server
        self.issued = 0
        self.expires_in = expires_in
        self.fail: tuple[int, Any] | None = None
        self.hold: threading.Event | None = None  # when set: answer only once it is set
        server.route("POST", "/oauth/token")(self.token)
        server.route("POST", "/auth/oauth")(self.api)
        server.route("GET", "/events/ch")(self.events)

    def token(self, exchange: Exchange) -> None:
        if self.hold is not None:
            self.hold.wait(30)  # a bound only: the test sets it long before
        if self.fail is not None:
            exchange.respond(*self.fail)
            return
        self.issued += 1
        answer: dict[str, Any] = {"access_token": f"tok-{self.issued}", "token_type": "Bearer"}
        if self.expires_in is not None:
            answer["expires_in"] = self.expires_in
        exchange.respond(200, answer)

    def _authorized(self, exchange: Exchange) -> bool:
        if exchange.request.headers.get("authorization") == f"Bearer tok-{self.issued}":
            return True
        exchange.respond(401, {"code": "unauthorized", "message": "token expired"})
        return False

    def api(self, exchange: Exchange) -> None:
        if self._authorized(exchange):
            exchange.respond(200, {"ok": exchange.request.headers["authorization"]})

    def events(self, exchange: Exchange) -> None:
        if self._authorized(exchange):
            exchange.start()
            exchange.write(b"data: hello\n\n")
            exchange.end()

    def revoke(self) -> None:
        """The server forgets the current token early (a 401 is the only way to find out)."""
        self.issued += 1

    def fetches(self) -> list[Any]:
        return self.server.hits("/oauth/token")


@pytest.fixture
def oauth(server: LocalServer) -> TokenEndpoint:
    return TokenEndpoint(server)


def oauth_client(oauth: TokenEndpoint, client_kwargs: dict[str, Any], clock: FakeClock,
                 **options: Any) -> FakeClient:
    return make(oauth.server, client_kwargs, clock, client_id="my app", client_secret="cl&secret",
                **options)


def test_token_is_fetched_once_and_reused(oauth: TokenEndpoint, client_kwargs: dict[str, Any],
                                          clock: FakeClock) -> None:
    with oauth_client(oauth, client_kwargs, clock, scopes=["read", "write"], token="ignored") as client:
        for _ in range(3):
            assert client.request("authOauth", body={}) == {"ok": "Bearer tok-1"}
        copy = client.with_options(headers={"X-A": "1"})  # a copy shares the cached token
        assert copy.request("authOauth", body={}) == {"ok": "Bearer tok-1"}
    (fetch,) = oauth.fetches()
    # RFC 6749 2.3.1: each part form-encoded, then HTTP Basic
    assert fetch.headers["authorization"] == basic("my+app", "cl%26secret")
    assert fetch.headers["accept"] == "application/json"
    assert fetch.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(fetch.body.decode()) == [("grant_type", "client_credentials"), ("scope", "read write")]


def test_token_is_refreshed_after_expiry(oauth: TokenEndpoint, client_kwargs: dict[str, Any],
                                         clock: FakeClock) -> None:
    with oauth_client(oauth, client_kwargs, clock) as client:
        client.request("authOauth", body={})
        clock.now += 3600 - 30 - 1  # still inside the margin
        assert client.request("authOauth", body={}) == {"ok": "Bearer tok-1"}
        clock.now += 1  # expires_in less 30 s has passed
        assert client.request("authOauth", body={}) == {"ok": "Bearer tok-2"}
    assert len(oauth.fetches()) == 2


def test_expires_in_sent_as_a_string_counts_too(oauth: TokenEndpoint, client_kwargs: dict[str, Any],
                                                clock: FakeClock) -> None:
    oauth.expires_in = "3600"  # some servers quote it; the other SDKs read it as well
    with oauth_client(oauth, client_kwargs, clock) as client:
        client.request("authOauth", body={})
        clock.now += 3600 - 30
        assert client.request("authOauth", body={}) == {"ok": "Bearer tok-2"}
    assert len(oauth.fetches()) == 2


def test_token_is_refreshed_once_on_401(oauth: TokenEndpoint, client_kwargs: dict[str, Any],
                                        clock: FakeClock) -> None:
    with oauth_client(oauth, client_kwargs, clock, max_retries=0) as client:
        client.request("authOauth", body={})
        oauth.revoke()
        assert client.request("authOauth", body={}) == {"ok": "Bearer tok-3"}
        assert len(oauth.fetches()) == 2
        # the API keeps refusing: one fresh token, one retry, then the 401 is raised
        oauth.server.routes[("POST", "/auth/oauth")] = lambda e: e.respond(401, {"message": "no"})
        with pytest.raises(AuthenticationError) as info:
            client.request("authOauth", body={})
    assert info.value.status == 401
    assert len(oauth.fetches()) == 3
    assert len(oauth.server.hits("/auth/oauth")) == 1 + 2 + 2


def test_a_call_authorization_header_wins_over_the_token(oauth: TokenEndpoint, client_kwargs: dict[str, Any],
                                                         clock: FakeClock) -> None:
    oauth.issued = 7
    with oauth_client(oauth, client_kwargs, clock) as client:
        result = client.request("authOauth", body={},
                                options=RequestOptions(headers={"Authorization": "Bearer tok-7"}))
    assert result == {"ok": "Bearer tok-7"}
    assert oauth.fetches() == []


# The same rule in every SDK: whatever the token endpoint answered, the authentication error
# with its status, saying the token request failed, without the body or the secret.
@pytest.mark.parametrize(
    ("answer", "code", "reason"),
    [((400, {"error": "invalid_scope"}), "invalid_scope", "invalid_scope"),
     ((401, {"error": "invalid_client", "error_description": "unknown client"}), "invalid_client", "unknown client"),
     ((500, b"down"), None, "Internal Server Error"),
     ((503, b"down"), None, "Service Unavailable"),
     ((200, {"token_type": "Bearer"}), None, "the answer has no access_token"),
     ((200, b"<html>login</html>"), None, "the answer has no access_token")],
)
def test_token_endpoint_errors(oauth: TokenEndpoint, client_kwargs: dict[str, Any], clock: FakeClock,
                               answer: tuple[int, Any], code: str | None, reason: str) -> None:
    oauth.fail = answer
    with oauth_client(oauth, client_kwargs, clock) as client, pytest.raises(AuthenticationError) as info:
        client.request("authOauth", body={})
    error = info.value
    assert error.status == answer[0]
    assert error.code == code
    assert error.body is None
    assert f"the token request failed: {reason}" in str(error)
    shown = f"{error} {error!r}"
    assert "cl&secret" not in shown and "cl%26secret" not in shown
    assert basic("my+app", "cl%26secret").split()[1] not in shown
    assert oauth.server.hits("/auth/oauth") == []


def test_token_endpoint_unreachable(client_kwargs: dict[str, Any], clock: FakeClock) -> None:
    with running() as gone:
        url = gone.url
    with FakeClient(url, client_id="id", client_secret="cs", token_url=url + "/token",
                    sleep=clock.sleep, **client_kwargs) as client, pytest.raises(APIConnectionError) as info:
        client.request("authOauth", body={})
    assert "the token request failed" in str(info.value)


def test_token_url_override_and_missing_url(oauth: TokenEndpoint, client_kwargs: dict[str, Any],
                                            clock: FakeClock) -> None:
    oauth.server.route("POST", "/other/token")(oauth.token)
    with oauth_client(oauth, client_kwargs, clock, token_url="/other/token") as client:
        client.request("authOauth", body={})
    assert len(oauth.server.hits("/other/token")) == 1 and oauth.fetches() == []


def test_concurrent_threads_share_one_fetch(oauth: TokenEndpoint, client_kwargs: dict[str, Any],
                                            clock: FakeClock) -> None:
    oauth.hold = threading.Event()
    results: list[Any] = []

    def call(client: FakeClient) -> None:
        results.append(client.request("authOauth", body={}))

    with oauth_client(oauth, client_kwargs, clock) as client:
        threads = [threading.Thread(target=call, args=(client,)) for _ in range(5)]
        for thread in threads:
            thread.start()
        oauth.hold.set()
        for thread in threads:
            thread.join(30)
    assert results == [{"ok": "Bearer tok-1"}] * 5
    assert len(oauth.fetches()) == 1


def test_the_stream_of_an_oauth_operation(oauth: TokenEndpoint, client_kwargs: dict[str, Any],
                                          clock: FakeClock) -> None:
    with oauth_client(oauth, client_kwargs, clock) as client:
        client.request("authOauth", body={})
        oauth.revoke()  # the stream's first answer is a 401: a new token, then the events
        with client.stream("watchEvents", {"channel": "ch"}) as events:
            assert [e.data for e in events] == ["hello"]
    assert len(oauth.fetches()) == 2


# ---------------------------------------------------------------- async


def async_client(oauth: TokenEndpoint, client_kwargs: dict[str, Any], clock: FakeClock,
                 **options: Any) -> AsyncFakeClient:
    return AsyncFakeClient(oauth.server.url, sleep=clock.async_sleep, client_id="my app",
                           client_secret="cl&secret", **client_kwargs, **options)


@pytest.mark.anyio
async def test_async_tasks_share_one_fetch_and_refresh_on_401(oauth: TokenEndpoint,
                                                              client_kwargs: dict[str, Any],
                                                              clock: FakeClock) -> None:
    async with async_client(oauth, client_kwargs, clock) as client:
        results = await asyncio.gather(*(client.request("authOauth", body={}) for _ in range(5)))
        assert results == [{"ok": "Bearer tok-1"}] * 5
        assert len(oauth.fetches()) == 1
        oauth.revoke()
        assert await client.request("authOauth", body={}) == {"ok": "Bearer tok-3"}
        clock.now += 3600
        assert await client.request("authOauth", body={}) == {"ok": "Bearer tok-4"}
    assert len(oauth.fetches()) == 3


@pytest.mark.anyio
async def test_async_credentials_and_token_errors(oauth: TokenEndpoint, client_kwargs: dict[str, Any],
                                                  clock: FakeClock) -> None:
    oauth.server.route("GET", "/auth/keys")(lambda exchange: exchange.respond(204))
    oauth.server.route("GET", "/auth/none")(lambda exchange: exchange.respond(204))
    async with async_client(oauth, client_kwargs, clock, api_key=SECRET) as client:
        await client.request("authKeys")
        await client.request("authNone")
        oauth.fail = (401, {"error": "invalid_client"})
        with pytest.raises(AuthenticationError, match="the token request failed"):
            await client.request("authOauth", body={})
    keys, none = oauth.server.hits("/auth/keys")[0], oauth.server.hits("/auth/none")[0]
    assert keys.headers["x-key"] == SECRET and keys.query == [("key", SECRET)]
    assert "x-key" not in none.headers and none.query == []

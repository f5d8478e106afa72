"""Public: the constructor's keyword options as TypedDicts, so that a generated client can add its
own typed options (one ``<key>_base_url`` per host) and pass the rest through unchanged.

They list exactly the keyword arguments of ``BaseClient.__init__`` but ``host_base_urls`` (which
the generated client builds from its ``<key>_base_url`` arguments; a test checks this), with the
connection pool and sleep typed for the sync and the async client.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TypedDict

import httpx

from .types import Unset

TimeoutArg = float | httpx.Timeout | None | Unset

__all__ = ["AsyncClientOptions", "ClientChanges", "SyncClientOptions"]


class _Options(TypedDict, total=False):
    token: str | None
    username: str | None
    password: str | None
    api_key: str | None
    client_id: str | None
    client_secret: str | None
    token_url: str | None
    scopes: Sequence[str]
    signing_key_id: str | None
    signing_secret: str | None
    tenant_id: str | None
    timeout: float | httpx.Timeout | None | Unset
    max_retries: int
    headers: Mapping[str, str] | None
    signer: Callable[[httpx.Request], None] | None
    on_request: Callable[[httpx.Request], None] | None
    on_response: Callable[[httpx.Response], None] | None
    clock: Callable[[], float]
    wall_clock: Callable[[], float]
    jitter: Callable[[], float]
    signing_nonce: Callable[[int], bytes]


class SyncClientOptions(_Options, total=False):
    http_client: httpx.Client | None
    sleep: Callable[[float], None] | None


class AsyncClientOptions(_Options, total=False):
    http_client: httpx.AsyncClient | None
    sleep: Callable[[float], Awaitable[None]] | None


class ClientChanges(TypedDict, total=False):
    """The keyword arguments of ``BaseClient.with_options`` (a test checks they match)."""

    base_url: str | Unset
    token: str | None | Unset
    username: str | None | Unset
    password: str | None | Unset
    api_key: str | None | Unset
    client_id: str | None | Unset
    client_secret: str | None | Unset
    token_url: str | None | Unset
    scopes: Sequence[str] | Unset
    signing_key_id: str | None | Unset
    signing_secret: str | None | Unset
    host_base_urls: Mapping[str, str | None] | Unset
    tenant_id: str | None | Unset
    timeout: TimeoutArg
    max_retries: int | Unset
    headers: Mapping[str, str] | Unset
    signer: Callable[[httpx.Request], None] | None | Unset
    on_request: Callable[[httpx.Request], None] | None | Unset
    on_response: Callable[[httpx.Response], None] | None | Unset

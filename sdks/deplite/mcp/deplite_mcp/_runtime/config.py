"""What the generated package tells the runtime about its API, and the environment it reads."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol


class AsyncApiClient(Protocol):
    """The parts of the generated async client the server uses: its stable generic entries."""

    async def request(
        self,
        operation_id: str,
        path_params: Mapping[str, Any] | None = ...,
        query: Mapping[str, Any] | None = ...,
        body: Any = ...,
    ) -> Any: ...

    async def close(self) -> None: ...


@dataclass(frozen=True)
class ClientSettings:
    """How the server's one client talks to the API (`--header`, `--max-retries`, `--timeout`);
    None keeps the SDK's default."""

    headers: Mapping[str, str] = field(default_factory=dict)
    max_retries: int | None = None
    timeout: float | None = None


@dataclass(frozen=True)
class ApiConfig:
    """One API's server: names, where the tool table is, and how to make a client."""

    name: str  # the server's name in `initialize`
    version: str
    title: str
    env_prefix: str  # <PREFIX>_TOKEN, <PREFIX>_BASE_URL
    tools_package: str  # the package holding _tools.json
    default_base_url: str | None
    # (base_url, token, settings) -> a new async client
    make_client: Callable[[str | None, str | None, ClientSettings], AsyncApiClient]
    # Exception classes of the SDK the errors are read from.
    status_error: type[Exception]
    sdk_error: type[Exception]

    def token(self, environ: Mapping[str, str] | None = None) -> str | None:
        # No token is "no credentials, on purpose" (the SDK's empty token), not a refused client: an
        # agent then sees the API's own 401 for the operations that need one, and public ones still work.
        return (os.environ if environ is None else environ).get(f"{self.env_prefix}_TOKEN", "").strip()

    def base_url(self, environ: Mapping[str, str] | None = None) -> str | None:
        value = (os.environ if environ is None else environ).get(f"{self.env_prefix}_BASE_URL", "").strip()
        return value or self.default_base_url

"""Fixtures of the runtime tests; the fake generated package is built by rt_support."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import respx
from rt_server import LocalServer, running
from rt_support import BASE_URL, FAKE_ROOT, FakeClock  # puts the fake package on sys.path

if TYPE_CHECKING:
    from fakeapi import AsyncFakeClient, FakeClient


@pytest.fixture
def fake_root() -> Path:
    return FAKE_ROOT


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def client_kwargs(clock: FakeClock) -> dict[str, Any]:
    # jitter fixed at 1.0: every backoff is exactly its ceiling
    return {"clock": clock.monotonic, "wall_clock": clock.time, "jitter": lambda: 1.0}


@pytest.fixture
def client(client_kwargs: dict[str, Any], clock: FakeClock) -> Iterator[FakeClient]:
    from fakeapi import FakeClient

    with FakeClient(token="tok_secret", sleep=clock.sleep, **client_kwargs) as c:
        yield c


@pytest.fixture
def aclient(client_kwargs: dict[str, Any], clock: FakeClock) -> AsyncFakeClient:
    from fakeapi import AsyncFakeClient

    return AsyncFakeClient(token="tok_secret", sleep=clock.async_sleep, **client_kwargs)


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A real HTTP server on 127.0.0.1 (for what a mocked transport cannot show: streaming)."""
    with running() as local:
        yield local

"""A hand-written stand-in for a generated package (shaped like the contract)."""

from ._client import AsyncFakeClient, FakeClient
from ._runtime import (
    UNSET,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    EmptyResult,
    NotFoundError,
    RedirectResult,
    RequestOptions,
    SDKError,
    Unset,
)

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncFakeClient",
    "EmptyResult",
    "FakeClient",
    "NotFoundError",
    "RedirectResult",
    "RequestOptions",
    "SDKError",
    "Unset",
]

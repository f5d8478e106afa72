"""Clients as the generator emits them."""

from __future__ import annotations

from ._operations import OPERATIONS
from ._runtime import AsyncClient, SyncClient
from .resources.deployments import AsyncDeploymentsResource, DeploymentsResource


class FakeClient(SyncClient):
    DEFAULT_BASE_URL = "https://api.fake.test"
    SDK_NAME = "fakeapi"
    SDK_VERSION = "1.2.3"
    OPERATIONS = OPERATIONS

    deployments: DeploymentsResource

    def _init_resources(self) -> None:
        self.deployments = DeploymentsResource(self)


class AsyncFakeClient(AsyncClient):
    DEFAULT_BASE_URL = "https://api.fake.test"
    SDK_NAME = "fakeapi"
    SDK_VERSION = "1.2.3"
    OPERATIONS = OPERATIONS

    deployments: AsyncDeploymentsResource

    def _init_resources(self) -> None:
        self.deployments = AsyncDeploymentsResource(self)

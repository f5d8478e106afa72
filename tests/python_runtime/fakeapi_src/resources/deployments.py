"""A resource as the generator emits it."""

from __future__ import annotations

from typing import cast

from .. import models as m
from .._operations import OPERATIONS
from .._runtime import AsyncClient, AsyncEventStream, EventStream, RequestOptions, SyncClient


class DeploymentsResource:
    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def deploy_list_deployments(
        self,
        path_params: m.ListDeploymentsPathParams,
        query: m.ListDeploymentsQuery | None = None,
        body: None = None,
        *,
        options: RequestOptions | None = None,
    ) -> m.DeploymentPage:
        return cast(m.DeploymentPage, self._client.call(
            OPERATIONS["deployListDeployments"], path_params, query, body, options))

    def deploy_get_deployment(
        self,
        path_params: m.GetDeploymentPathParams,
        query: None = None,
        body: None = None,
        *,
        options: RequestOptions | None = None,
    ) -> m.Deployment:
        return cast(m.Deployment, self._client.call(
            OPERATIONS["deployGetDeployment"], path_params, query, body, options))

    def watch_events(
        self,
        path_params: m.WatchEventsPathParams,
        query: m.WatchEventsQuery | None = None,
        body: None = None,
        *,
        options: RequestOptions | None = None,
    ) -> EventStream:
        return self._client.stream(OPERATIONS["watchEvents"], path_params, query, body, options)


class AsyncDeploymentsResource:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def deploy_list_deployments(
        self,
        path_params: m.ListDeploymentsPathParams,
        query: m.ListDeploymentsQuery | None = None,
        body: None = None,
        *,
        options: RequestOptions | None = None,
    ) -> m.DeploymentPage:
        return cast(m.DeploymentPage, await self._client.call(
            OPERATIONS["deployListDeployments"], path_params, query, body, options))

    async def watch_events(
        self,
        path_params: m.WatchEventsPathParams,
        query: m.WatchEventsQuery | None = None,
        body: None = None,
        *,
        options: RequestOptions | None = None,
    ) -> AsyncEventStream:
        return await self._client.stream(OPERATIONS["watchEvents"], path_params, query, body, options)

"""OPERATIONS, as the generator emits them."""

from __future__ import annotations

from . import models as m
from ._runtime import Operation, Pagination, Param, Tail, Waiter

OPERATIONS: dict[str, Operation] = {
    "deployListDeployments": Operation(
        operation_id="deployListDeployments",
        method="GET",
        path="/api/v1/apps/{appID}/deployments",
        params=(
            Param("appID", "path", required=True),
            Param("limit", "query"),
            Param("offset", "query"),
            Param("status", "query"),
            Param("tags", "query"),
            Param("verbose", "query"),
        ),
        request_content_type=None,
        responses={"200": m.DeploymentPage},
        pagination=Pagination(
            style="offset", items="items", total="total", limit_param="limit",
            offset_param="offset",
        ),
    ),
    "deployGetDeployment": Operation(
        operation_id="deployGetDeployment",
        method="GET",
        path="/api/v1/apps/{appID}/deployments/{deploymentID}",
        params=(
            Param("appID", "path", required=True),
            Param("deploymentID", "path", required=True),
        ),
        request_content_type=None,
        responses={"200": m.Deployment},
        waiter=Waiter("wait_until_done", "status", ("succeeded", "failed", "cancelled")),
    ),
    "deployCreateDeployment": Operation(
        operation_id="deployCreateDeployment",
        method="POST",
        path="/api/v1/apps/{appID}/deployments",
        params=(Param("appID", "path", required=True),),
        request_content_type="application/json",
        responses={"202": m.DeploymentAccepted},
        body_required=True,
    ),
    "deployCancelDeployment": Operation(
        operation_id="deployCancelDeployment",
        method="POST",
        path="/api/v1/apps/{appID}/deployments/{deploymentID}/cancel",
        params=(
            Param("appID", "path", required=True),
            Param("deploymentID", "path", required=True),
        ),
        request_content_type=None,
        responses={"204": None},
    ),
    "deployUpdateApp": Operation(
        operation_id="deployUpdateApp",
        method="PATCH",
        path="/api/v1/apps/{appID}",
        params=(Param("appID", "path", required=True),),
        request_content_type="application/json",
        responses={"200": None},
    ),
    "deployDeleteApp": Operation(
        operation_id="deployDeleteApp",
        method="DELETE",
        path="/api/v1/apps/{appID}",
        params=(Param("appID", "path", required=True),),
        responses={"204": None},
    ),
    "gitInstallStart": Operation(
        operation_id="gitInstallStart",
        method="GET",
        path="/api/v1/git/install",
        params=(),
        request_content_type=None,
        responses={"302": None},
    ),
    "deployGetLogs": Operation(
        operation_id="deployGetLogs",
        method="GET",
        path="/api/v1/apps/{appID}/logs",
        params=(
            Param("appID", "path", required=True),
            Param("direction", "query"),
            Param("cursor", "query"),
            Param("since", "query"),
            Param("limit", "query"),
        ),
        request_content_type=None,
        responses={"200": m.LogPage},
        pagination=Pagination(
            style="cursor", items="lines", cursor_param="cursor", next_cursor="next_cursor",
            has_more="has_more", limit_param="limit",
        ),
        tail=Tail("tail_logs", "direction", "forward"),
    ),
    "gitListRepos": Operation(
        operation_id="gitListRepos",
        method="GET",
        path="/api/v1/git/repos",
        params=(Param("page", "query"), Param("per_page", "query")),
        request_content_type=None,
        responses={"200": m.RepoPage},
        pagination=Pagination(
            style="page", items="repos", total="total_count", page_param="page",
            per_page_param="per_page",
        ),
    ),
    "gitGetConnection": Operation(
        operation_id="gitGetConnection",
        method="GET",
        path="/api/v1/apps/{appID}/git",
        params=(Param("appID", "path", required=True),),
        responses={"200": m.GitConnectionStatus},
    ),
    "petGet": Operation(
        operation_id="petGet",
        method="GET",
        path="/pets/{petID}",
        params=(Param("petID", "path", required=True),),
        responses={"2XX": m.Pet},
    ),
    "search": Operation(
        operation_id="search",
        method="GET",
        path="/search",
        params=(
            Param("q", "query", required=True),
            Param("ids", "query", explode=False),
            Param("pipes", "query", style="pipeDelimited"),
            Param("spaces", "query", style="spaceDelimited"),
            Param("filter", "query", style="deepObject", explode=True),
            Param("X-Trace", "header"),
            Param("session", "cookie"),
        ),
        responses={"200": None},
    ),
    "formLogin": Operation(
        operation_id="formLogin",
        method="POST",
        path="/login",
        request_content_type="application/x-www-form-urlencoded",
        responses={"200": None},
    ),
    "uploadFile": Operation(
        operation_id="uploadFile",
        method="POST",
        path="/files",
        request_content_type="multipart/form-data",
        responses={"201": None},
    ),
}

"""Every operation over HTTP: its success and each error status the domain gives it.

Requests go through the ASGI app (starlette TestClient); every response is
validated against the spec by openapi-core (``make_app``: a non-conforming
response fails the test).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from refserver_testlib import (
    ACME,
    CATALOG,
    LAB,
    NOGIT,
    NOSUB,
    PORTAL,
    PORTAL_V3,
    PROMO_FAILED,
    PROMO_RUNNING,
    PROMO_SUCCEEDED,
    SHOP,
    SHOP_FAILED,
    SHOP_V1,
    TEMPLATE_NODE,
)

from reference_server.apis.axhub.domain.service import OPERATION_HANDLERS, SUCCESS_STATUS, Platform
from reference_server.http.spec import cached_api_spec, check_handlers

UNKNOWN = "0f000000-0000-4000-8000-00000000ffff"
NO_BODY = object()


@dataclass(frozen=True)
class Req:
    token: str | None
    path: dict[str, str] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    body: Any = NO_BODY
    prepare: Callable[[Any, Req], Req] | None = None


def url(op_id: str, path: dict[str, str]) -> str:
    return cached_api_spec().operations[op_id].path.format(**path)


def send(client: Any, op_id: str, req: Req, headers: dict[str, str] | None = None) -> Any:
    if req.prepare is not None:
        req = req.prepare(client, replace(req, prepare=None))
    op = cached_api_spec().operations[op_id]
    sent = dict(headers or {})
    if req.token is not None:
        sent["Authorization"] = f"Bearer {req.token}"
    kwargs: dict[str, Any] = {"params": req.query, "headers": sent}
    if req.body is not NO_BODY:
        kwargs["json"] = req.body
    return client.request(op.method, url(op_id, req.path), **kwargs)


# -- preparations done over HTTP ---------------------------------------------------------
def state_for(client: Any, token: str = "tok_owner", app: str = NOGIT) -> str:
    response = client.get(url("deployGetApiV1AppsByAppIDGitGithubInstallStart", {"appID": app}), headers=auth(token))
    assert response.status_code == 302, response.text
    return parse_qs(urlparse(response.headers["location"]).query)["state"][0]


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def with_state(token: str = "tok_owner") -> Callable[[Any, Req], Req]:
    def prepare(client: Any, req: Req) -> Req:
        return replace(req, body={**req.body, "state": state_for(client, token)})

    return prepare


def with_new_deployment(client: Any, req: Req) -> Req:
    response = client.post(url("deployPostApiV1AppsByAppIDDeployments", {"appID": SHOP}), headers=auth("tok_owner"))
    assert response.status_code == 202, response.text
    return replace(req, path={**req.path, "did": response.json()["id"]})


def with_running_deployment(client: Any, req: Req) -> Req:
    with_new_deployment(client, req)
    return req


BOOTSTRAP = {
    "template_id": TEMPLATE_NODE,
    "name": "Blog",
    "slug": "blog",
    "subdomain": "blog",
    "github_owner": "octo-owner",
    "github_installation_id": 1001,
    "repo_name": "blog",
}


def with_bootstrap(client: Any, req: Req) -> Req:
    response = client.post(
        url("deployPostApiV1TenantsByTenantIDAppBootstraps", {"tenantID": ACME}),
        headers=auth("tok_owner"),
        json=BOOTSTRAP,
    )
    assert response.status_code == 202, response.text
    assert client.post("/_admin/advance", params={"seconds": 2}).status_code == 200
    return replace(req, path={**req.path, "bootstrapID": response.json()["bootstrap_id"]})


REPO = {"installation_id": 1001, "repo_full_name": "octo-owner/new-service"}

SUCCESS: dict[str, Req] = {
    "deployGetApiV1AppsByAppIDDeployments": Req("tok_member", {"appID": SHOP}, {"limit": "2", "offset": "1"}),
    "deployPostApiV1AppsByAppIDDeployments": Req("tok_owner", {"appID": SHOP}, body={"force_rebuild": True}),
    "deployGetApiV1AppsByAppIDDeploymentsByDid": Req("tok_member", {"appID": SHOP, "did": SHOP_FAILED}),
    "deployPostApiV1AppsByAppIDDeploymentsByDidCancel": Req("tok_owner", {"appID": SHOP}, prepare=with_new_deployment),
    "deployPostApiV1AppsByAppIDDeploymentsByDidRollback": Req("tok_owner", {"appID": SHOP, "did": SHOP_V1}, body={}),
    "deployGetApiV1AppsByAppIDDiagnosis": Req("tok_owner", {"appID": LAB}),
    "deployDeleteApiV1AppsByAppIDGitConnection": Req("tok_owner", {"appID": SHOP}),
    "deployGetApiV1AppsByAppIDGitConnection": Req("tok_owner", {"appID": NOGIT}),
    "deployPatchApiV1AppsByAppIDGitConnection": Req("tok_owner", {"appID": SHOP}, body={"branch": "develop"}),
    "deployPostApiV1AppsByAppIDGitConnection": Req("tok_owner", {"appID": NOGIT}, body=REPO, prepare=with_state()),
    "deployPostApiV1AppsByAppIDGitGithubConnect": Req("tok_owner", {"appID": NOGIT}, body=REPO),
    "deployGetApiV1AppsByAppIDGitGithubInstallStart": Req("tok_owner", {"appID": NOGIT}),
    "deployGetApiV1AppsByAppIDLogs": Req("tok_owner", {"appID": SHOP}, {"limit": "3", "direction": "backward"}),
    "deployPostApiV1AppsByAppIDPromotionsByRequestIDRetry": Req(
        "tok_owner", {"appID": PORTAL, "requestID": PROMO_FAILED}
    ),
    "deployGetApiV1AppsByAppIDReleases": Req("tok_member", {"appID": PORTAL}),
    "deployGetApiV1AppsByAppIDReleasesPromotePreflight": Req(
        "tok_owner", {"appID": PORTAL}, {"deployment_id": PORTAL_V3}
    ),
    "deployDeleteApiV1AppsByAppIDStaging": Req("tok_owner", {"appID": LAB}, body={"confirm_discard_ops": True}),
    "deployPutApiV1AppsByAppIDStaging": Req("tok_owner", {"appID": CATALOG}),
    "deployPostApiV1GitGithubComplete": Req("tok_owner", body=REPO, prepare=with_state()),
    "deployGetApiV1GithubAccounts": Req("tok_owner"),
    "deployGetApiV1GithubInstallationsByInstallationIDRepositories": Req(
        "tok_owner", {"installationID": "1001"}, {"per_page": "2", "page": "2"}
    ),
    "deployPostApiV1TenantsByTenantIDAppBootstraps": Req("tok_owner", {"tenantID": ACME}, body=BOOTSTRAP),
    "deployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID": Req(
        "tok_member", {"tenantID": ACME}, prepare=with_bootstrap
    ),
    "deployGetApiV1TenantsByTenantIDDeployments": Req("tok_member", {"tenantID": ACME}, {"limit": "5"}),
}


def test_routes_and_handlers_match_one_to_one():
    spec = cached_api_spec()
    assert check_handlers(spec, OPERATION_HANDLERS) == ([], [])
    assert sorted(SUCCESS) == sorted(spec.operations)


def test_a_spec_operation_without_handler_refuses_to_build(platform: Platform, monkeypatch: pytest.MonkeyPatch):
    from dataclasses import replace

    from reference_server import app as app_module
    from reference_server.apis.axhub import API

    handlers = dict(OPERATION_HANDLERS)
    handlers.pop("deployGetApiV1GithubAccounts")
    handlers["deployGetNothing"] = OPERATION_HANDLERS["deployGetApiV1GithubAccounts"]
    with pytest.raises(RuntimeError, match=r"deployGetApiV1GithubAccounts.*deployGetNothing"):
        app_module.create_app(platform, api=replace(API, handlers=handlers))


def test_success_status_matches_the_spec():
    for op_id, op in cached_api_spec().operations.items():
        assert SUCCESS_STATUS[op_id] == op.success_status, op_id


@pytest.mark.parametrize("op_id", sorted(SUCCESS))
def test_operation_succeeds(client: Any, op_id: str):
    op = cached_api_spec().operations[op_id]
    response = send(client, op_id, SUCCESS[op_id])
    assert response.status_code == SUCCESS_STATUS[op_id], response.text
    if response.status_code == 302:
        assert response.headers["location"].startswith("https://github.com/")
        assert response.content == b""
    elif not op.success_has_body:
        assert response.content == b""
        assert "content-type" not in response.headers
    else:
        assert response.headers["content-type"] == "application/json"
        assert isinstance(response.json(), dict)


# (op, token, path, query, body, prepare) -> (status, code)
@dataclass(frozen=True)
class Err:
    op: str
    req: Req
    status: int
    code: str


def errors() -> list[Err]:
    trig = "deployPostApiV1AppsByAppIDDeployments"
    out = [
        Err("deployGetApiV1AppsByAppIDDeployments", Req("tok_member", {"appID": "nope"}), 400, "validation_failed"),
        Err("deployGetApiV1AppsByAppIDDeployments", Req(None, {"appID": SHOP}), 401, "unauthorized"),
        Err("deployGetApiV1AppsByAppIDDeployments", Req("tok_outsider", {"appID": SHOP}), 404, "not_found"),
        Err(trig, Req("tok_owner", {"appID": SHOP}, body={"commit_sha": "xyz"}), 400, "validation_failed"),
        Err(trig, Req("tok_nope", {"appID": SHOP}, body={}), 401, "unauthorized"),
        Err(trig, Req("tok_member", {"appID": SHOP}, body={}), 403, "forbidden"),
        Err(trig, Req("tok_outsider", {"appID": SHOP}, body={}), 404, "not_found"),
        Err(
            trig,
            Req("tok_owner", {"appID": SHOP}, body={}, prepare=with_running_deployment),
            409,
            "deployment_in_progress",
        ),
        Err(trig, Req("tok_owner", {"appID": NOSUB}, body={}), 412, "no_subdomain"),
        Err(trig, Req("tok_owner", {"appID": CATALOG}, body={}), 412, "staging_required"),
    ]
    get_d = "deployGetApiV1AppsByAppIDDeploymentsByDid"
    out += [
        Err(get_d, Req("tok_member", {"appID": SHOP, "did": "123"}), 400, "validation_failed"),
        Err(get_d, Req(None, {"appID": SHOP, "did": SHOP_V1}), 401, "unauthorized"),
        Err(get_d, Req("tok_member", {"appID": SHOP, "did": PORTAL_V3}), 404, "not_found"),
    ]
    cancel = "deployPostApiV1AppsByAppIDDeploymentsByDidCancel"
    out += [
        Err(cancel, Req("tok_owner", {"appID": SHOP, "did": "x"}), 400, "validation_failed"),
        Err(cancel, Req(None, {"appID": SHOP, "did": SHOP_V1}), 401, "unauthorized"),
        Err(cancel, Req("tok_member", {"appID": SHOP, "did": SHOP_V1}), 403, "forbidden"),
        Err(cancel, Req("tok_owner", {"appID": SHOP, "did": UNKNOWN}), 404, "not_found"),
        Err(cancel, Req("tok_owner", {"appID": SHOP, "did": SHOP_V1}), 409, "invalid_state"),
    ]
    rollback = "deployPostApiV1AppsByAppIDDeploymentsByDidRollback"
    out += [
        Err(
            rollback,
            Req("tok_owner", {"appID": SHOP, "did": SHOP_V1}, body={"confirm_schema_skew": "yes"}),
            400,
            "validation_failed",
        ),
        Err(rollback, Req(None, {"appID": SHOP, "did": SHOP_V1}), 401, "unauthorized"),
        Err(rollback, Req("tok_member", {"appID": SHOP, "did": SHOP_V1}, body={}), 403, "forbidden"),
        Err(rollback, Req("tok_outsider", {"appID": SHOP, "did": SHOP_V1}, body={}), 404, "not_found"),
        Err(rollback, Req("tok_owner", {"appID": SHOP, "did": SHOP_FAILED}, body={}), 412, "no_image"),
    ]
    for op_id in ("deployGetApiV1AppsByAppIDDiagnosis", "deployDeleteApiV1AppsByAppIDGitConnection"):
        out += [
            Err(op_id, Req("tok_owner", {"appID": "1"}), 400, "validation_failed"),
            Err(op_id, Req(None, {"appID": SHOP}), 401, "unauthorized"),
            Err(op_id, Req("tok_member", {"appID": SHOP}), 403, "forbidden"),
            Err(op_id, Req("tok_outsider", {"appID": SHOP}), 404, "not_found"),
        ]
    git = "deployGetApiV1AppsByAppIDGitConnection"
    out += [
        Err(git, Req("tok_owner", {"appID": "1"}), 400, "validation_failed"),
        Err(git, Req(None, {"appID": SHOP}), 401, "unauthorized"),
        Err(git, Req("tok_outsider", {"appID": SHOP}), 404, "not_found"),
    ]
    patch = "deployPatchApiV1AppsByAppIDGitConnection"
    out += [
        Err(patch, Req("tok_owner", {"appID": SHOP}, body={}), 400, "validation_failed"),
        Err(patch, Req("tok_owner", {"appID": SHOP}, body={"branch": "x..y"}), 400, "invalid_branch"),
        Err(patch, Req(None, {"appID": SHOP}, body={"branch": "main"}), 401, "unauthorized"),
        Err(patch, Req("tok_member", {"appID": SHOP}, body={"branch": "main"}), 403, "forbidden"),
        Err(patch, Req("tok_owner", {"appID": NOGIT}, body={"branch": "main"}), 404, "not_found"),
    ]
    register = "deployPostApiV1AppsByAppIDGitConnection"
    out += [
        Err(register, Req("tok_owner", {"appID": NOGIT}, body={**REPO, "state": "00" * 32}), 400, "invalid_state"),
        Err(register, Req("tok_owner", {"appID": NOGIT}, body=REPO), 400, "validation_failed"),
        Err(register, Req(None, {"appID": NOGIT}, body={**REPO, "state": "ab"}), 401, "unauthorized"),
        Err(register, Req("tok_owner", {"appID": LAB}, body=REPO, prepare=with_state()), 403, "state_app_mismatch"),
        Err(register, Req("tok_member", {"appID": NOGIT}, body={**REPO, "state": "ab"}), 403, "forbidden"),
        Err(register, Req("tok_outsider", {"appID": NOGIT}, body={**REPO, "state": "ab"}), 404, "not_found"),
    ]
    connect = "deployPostApiV1AppsByAppIDGitGithubConnect"
    out += [
        Err(
            connect,
            Req("tok_owner", {"appID": NOGIT}, body={**REPO, "repo_full_name": "acme-org/api"}),
            400,
            "installation_verification_failed",
        ),
        Err(connect, Req("tok_owner", {"appID": NOGIT}, body={"installation_id": 0}), 400, "validation_failed"),
        Err(connect, Req(None, {"appID": NOGIT}, body=REPO), 401, "unauthorized"),
        Err(connect, Req("tok_member", {"appID": NOGIT}, body=REPO), 403, "forbidden"),
        Err(connect, Req("tok_outsider", {"appID": NOGIT}, body=REPO), 404, "not_found"),
        Err(connect, Req("tok_admin", {"appID": NOGIT}, body=REPO), 428, "github_relogin_required"),
    ]
    start = "deployGetApiV1AppsByAppIDGitGithubInstallStart"
    out += [
        Err(start, Req("tok_owner", {"appID": "nogit"}), 400, "validation_failed"),
        Err(start, Req(None, {"appID": NOGIT}), 401, "unauthorized"),
        Err(start, Req("tok_member", {"appID": NOGIT}), 403, "forbidden"),
        Err(start, Req("tok_outsider", {"appID": NOGIT}), 404, "not_found"),
    ]
    logs = "deployGetApiV1AppsByAppIDLogs"
    out += [
        Err(logs, Req("tok_owner", {"appID": SHOP}, {"direction": "sideways"}), 400, "validation_failed"),
        Err(logs, Req("tok_owner", {"appID": SHOP}, {"cursor": "garbage"}), 400, "validation_failed"),
        Err(logs, Req(None, {"appID": SHOP}), 401, "unauthorized"),
        Err(logs, Req("tok_member", {"appID": SHOP}), 403, "forbidden"),
        Err(logs, Req("tok_outsider", {"appID": SHOP}), 404, "not_found"),
    ]
    retry = "deployPostApiV1AppsByAppIDPromotionsByRequestIDRetry"
    out += [
        Err(retry, Req("tok_owner", {"appID": PORTAL, "requestID": "bad"}), 400, "validation_failed"),
        Err(retry, Req(None, {"appID": PORTAL, "requestID": PROMO_FAILED}), 401, "unauthorized"),
        Err(retry, Req("tok_member", {"appID": PORTAL, "requestID": PROMO_FAILED}), 403, "forbidden"),
        Err(retry, Req("tok_owner", {"appID": PORTAL, "requestID": UNKNOWN}), 404, "not_found"),
        Err(retry, Req("tok_owner", {"appID": PORTAL, "requestID": PROMO_RUNNING}), 409, "conflict"),
        Err(retry, Req("tok_owner", {"appID": PORTAL, "requestID": PROMO_SUCCEEDED}), 412, "invalid_state"),
    ]
    releases = "deployGetApiV1AppsByAppIDReleases"
    out += [
        Err(releases, Req("tok_member", {"appID": PORTAL}, {"limit": "0"}), 400, "validation_failed"),
        Err(releases, Req(None, {"appID": PORTAL}), 401, "unauthorized"),
        Err(releases, Req("tok_outsider", {"appID": PORTAL}), 404, "not_found"),
    ]
    pre = "deployGetApiV1AppsByAppIDReleasesPromotePreflight"
    out += [
        Err(pre, Req("tok_owner", {"appID": PORTAL}), 400, "validation_failed"),
        Err(pre, Req(None, {"appID": PORTAL}, {"deployment_id": PORTAL_V3}), 401, "unauthorized"),
        Err(pre, Req("tok_member", {"appID": PORTAL}, {"deployment_id": PORTAL_V3}), 403, "forbidden"),
        Err(pre, Req("tok_owner", {"appID": PORTAL}, {"deployment_id": SHOP_V1}), 404, "not_found"),
        Err(pre, Req("tok_owner", {"appID": SHOP}, {"deployment_id": SHOP_V1}), 412, "staging_required"),
    ]
    off = "deployDeleteApiV1AppsByAppIDStaging"
    out += [
        Err(off, Req("tok_owner", {"appID": LAB}, body={"confirm_discard_ops": "yes"}), 400, "validation_failed"),
        Err(off, Req(None, {"appID": LAB}), 401, "unauthorized"),
        Err(off, Req("tok_member", {"appID": LAB}, body={"confirm_discard_ops": True}), 403, "forbidden"),
        Err(off, Req("tok_outsider", {"appID": LAB}, body={"confirm_discard_ops": True}), 404, "not_found"),
        Err(off, Req("tok_owner", {"appID": LAB}, body={}), 412, "confirm_discard_ops_required"),
    ]
    on = "deployPutApiV1AppsByAppIDStaging"
    out += [
        Err(on, Req("tok_owner", {"appID": "catalog"}), 400, "validation_failed"),
        Err(on, Req(None, {"appID": CATALOG}), 401, "unauthorized"),
        Err(on, Req("tok_member", {"appID": CATALOG}), 403, "forbidden"),
        Err(on, Req("tok_outsider", {"appID": CATALOG}), 404, "not_found"),
        Err(on, Req("tok_owner", {"appID": PORTAL}), 409, "conflict"),
        Err(on, Req("tok_owner", {"appID": NOGIT}), 412, "no_production_deployment"),
    ]
    done = "deployPostApiV1GitGithubComplete"
    out += [
        Err(done, Req("tok_owner", body={**REPO, "state": "nope"}), 400, "invalid_state"),
        Err(done, Req("tok_owner", body={**REPO, "state": "a.b"}), 400, "validation_failed"),
        Err(done, Req(None, body={**REPO, "state": "nope"}), 401, "unauthorized"),
        Err(done, Req("tok_outsider", body=REPO, prepare=with_state()), 403, "state_owner_mismatch"),
        Err(done, Req("tok_admin", body=REPO, prepare=with_state("tok_admin")), 428, "github_relogin_required"),
    ]
    out += [
        Err("deployGetApiV1GithubAccounts", Req(None), 401, "unauthorized"),
        Err("deployGetApiV1GithubAccounts", Req("tok_admin"), 428, "github_relogin_required"),
    ]
    repos = "deployGetApiV1GithubInstallationsByInstallationIDRepositories"
    out += [
        Err(repos, Req("tok_owner", {"installationID": "abc"}), 400, "validation_failed"),
        Err(repos, Req("tok_owner", {"installationID": "1001"}, {"per_page": "101"}), 400, "validation_failed"),
        Err(repos, Req(None, {"installationID": "1001"}), 401, "unauthorized"),
        Err(repos, Req("tok_owner", {"installationID": "2001"}), 403, "installation_not_owned"),
        Err(repos, Req("tok_member", {"installationID": "1001"}), 428, "github_relogin_required"),
    ]
    boot = "deployPostApiV1TenantsByTenantIDAppBootstraps"
    without_installation = {k: v for k, v in BOOTSTRAP.items() if k != "github_installation_id"}
    out += [
        Err(boot, Req("tok_owner", {"tenantID": ACME}, body={"name": "x"}), 400, "validation_failed"),
        Err(boot, Req(None, {"tenantID": ACME}, body=BOOTSTRAP), 401, "unauthorized"),
        Err(boot, Req("tok_outsider", {"tenantID": ACME}, body=BOOTSTRAP), 403, "forbidden"),
        Err(boot, Req("tok_owner", {"tenantID": ACME}, body=without_installation), 422, "github_app_not_installed"),
    ]
    get_b = "deployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID"
    out += [
        Err(get_b, Req("tok_member", {"tenantID": ACME, "bootstrapID": "b1"}), 400, "validation_failed"),
        Err(get_b, Req(None, {"tenantID": ACME, "bootstrapID": UNKNOWN}), 401, "unauthorized"),
        Err(get_b, Req("tok_outsider", {"tenantID": ACME, "bootstrapID": UNKNOWN}), 403, "forbidden"),
        Err(get_b, Req("tok_member", {"tenantID": ACME, "bootstrapID": UNKNOWN}), 404, "not_found"),
    ]
    tenant = "deployGetApiV1TenantsByTenantIDDeployments"
    out += [
        Err(tenant, Req("tok_member", {"tenantID": ACME}, {"limit": "101"}), 400, "validation_failed"),
        Err(tenant, Req(None, {"tenantID": ACME}), 401, "unauthorized"),
        Err(tenant, Req("tok_outsider", {"tenantID": ACME}), 403, "forbidden"),
        Err(tenant, Req("tok_former", {"tenantID": ACME}), 403, "forbidden"),
    ]
    return out


ERRORS = errors()

# The error statuses the domain gives each operation (test_refserver_service.RAISES).
DOMAIN_STATUSES: dict[str, set[int]] = {
    "deployGetApiV1AppsByAppIDDeployments": {400, 401, 404},
    "deployPostApiV1AppsByAppIDDeployments": {400, 401, 403, 404, 409, 412},
    "deployGetApiV1AppsByAppIDDeploymentsByDid": {400, 401, 404},
    "deployPostApiV1AppsByAppIDDeploymentsByDidCancel": {400, 401, 403, 404, 409},
    "deployPostApiV1AppsByAppIDDeploymentsByDidRollback": {400, 401, 403, 404, 412},
    "deployGetApiV1AppsByAppIDDiagnosis": {400, 401, 403, 404},
    "deployDeleteApiV1AppsByAppIDGitConnection": {400, 401, 403, 404},
    "deployGetApiV1AppsByAppIDGitConnection": {400, 401, 404},
    "deployPatchApiV1AppsByAppIDGitConnection": {400, 401, 403, 404},
    "deployPostApiV1AppsByAppIDGitConnection": {400, 401, 403, 404},
    "deployPostApiV1AppsByAppIDGitGithubConnect": {400, 401, 403, 404, 428},
    "deployGetApiV1AppsByAppIDGitGithubInstallStart": {400, 401, 403, 404},
    "deployGetApiV1AppsByAppIDLogs": {400, 401, 403, 404},
    "deployPostApiV1AppsByAppIDPromotionsByRequestIDRetry": {400, 401, 403, 404, 409, 412},
    "deployGetApiV1AppsByAppIDReleases": {400, 401, 404},
    "deployGetApiV1AppsByAppIDReleasesPromotePreflight": {400, 401, 403, 404, 412},
    "deployDeleteApiV1AppsByAppIDStaging": {400, 401, 403, 404, 412},
    "deployPutApiV1AppsByAppIDStaging": {400, 401, 403, 404, 409, 412},
    "deployPostApiV1GitGithubComplete": {400, 401, 403, 428},
    "deployGetApiV1GithubAccounts": {401, 428},
    "deployGetApiV1GithubInstallationsByInstallationIDRepositories": {400, 401, 403, 428},
    "deployPostApiV1TenantsByTenantIDAppBootstraps": {400, 401, 403, 422},
    "deployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID": {400, 401, 403, 404},
    "deployGetApiV1TenantsByTenantIDDeployments": {400, 401, 403},
}


def test_every_domain_error_status_has_an_http_case():
    covered: dict[str, set[int]] = {}
    for err in ERRORS:
        covered.setdefault(err.op, set()).add(err.status)
    assert covered == DOMAIN_STATUSES


@pytest.mark.parametrize("err", ERRORS, ids=[f"{e.op}-{e.status}-{e.code}-{i}" for i, e in enumerate(ERRORS)])
def test_operation_error(client: Any, err: Err):
    response = send(client, err.op, err.req)
    assert response.status_code == err.status, response.text
    body = response.json()
    assert body["statusCode"] == err.status
    assert body["code"] == err.code, body
    assert isinstance(body["message"], str) and body["message"]
    assert set(body) <= {"statusCode", "code", "message", "retryAfter"}

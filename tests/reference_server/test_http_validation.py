"""Request validation: 400s naming the field, precedence with auth, agreement with openapi-core."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from refserver_testlib import ACME, PORTAL, SHOP, SHOP_V1, TEMPLATE_NODE

from reference_server.apis.axhub.domain.errors import DomainError
from reference_server.apis.axhub.domain.service import Platform
from reference_server.http.conformance import OpenApiCoreChecker
from reference_server.http.errors import Answer
from reference_server.http.spec import cached_api_spec
from reference_server.http.validation import validate_request

OWNER = {"Authorization": "Bearer tok_owner"}
DEPLOYMENTS = f"/api/v1/apps/{SHOP}/deployments"


def message(response: Any) -> str:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["code"] == "validation_failed" and body["statusCode"] == 400
    return str(body["message"])


def test_query_parameter_named(client: Any):
    text = message(client.get(DEPLOYMENTS, params={"limit": "500"}, headers=OWNER))
    assert text == "query parameter limit: 500 is greater than the maximum of 100"
    text = message(client.get(DEPLOYMENTS, params={"offset": "abc"}, headers=OWNER))
    assert text == "query parameter offset must be an integer (got 'abc')"
    text = message(client.get(f"/api/v1/apps/{SHOP}/logs", params={"since": "yesterday"}, headers=OWNER))
    assert text == "query parameter since: 'yesterday' is not a 'date-time'"


def test_required_query_parameter(client: Any):
    text = message(client.get(f"/api/v1/apps/{PORTAL}/releases/promote-preflight", headers=OWNER))
    assert text == "query parameter deployment_id is required"


def test_path_parameter_named(client: Any):
    text = message(client.get("/api/v1/apps/not-a-uuid/deployments", headers=OWNER))
    assert text == "path parameter appID: 'not-a-uuid' is not a 'uuid'"
    text = message(client.get("/api/v1/github/installations/0/repositories", headers=OWNER))
    assert text == "path parameter installationID: 0 is less than the minimum of 1"


def test_body_fields_named_by_json_path(client: Any):
    text = message(client.post(DEPLOYMENTS, json={"commit_sha": "XYZ", "force_rebuild": "yes"}, headers=OWNER))
    assert "body.commit_sha: 'XYZ' does not match" in text
    assert "body.force_rebuild: 'yes' is not of type 'boolean'" in text
    text = message(
        client.post(
            f"/api/v1/tenants/{ACME}/app-bootstraps",
            json={"template_id": TEMPLATE_NODE, "name": "", "slug": "x", "subdomain": "ok", "github_owner": "o"},
            headers=OWNER,
        )
    )
    assert "body.repo_name is required" in text
    assert "body.name: '' should be non-empty" in text
    assert "body.slug: 'x' is too short" in text


def test_header_parameter_named(client: Any):
    text = message(client.post(DEPLOYMENTS, json={}, headers={**OWNER, "Idempotency-Key": "k" * 256}))
    assert text.startswith("header parameter Idempotency-Key: 'kkk")
    assert "is too long" in text


def test_body_problems(client: Any):
    bad_json = client.post(
        DEPLOYMENTS, content=b'{"commit_sha": ', headers={**OWNER, "Content-Type": "application/json"}
    )
    assert message(bad_json).startswith("request body is not valid JSON: ")
    form = client.post(
        DEPLOYMENTS, content=b"a=b", headers={**OWNER, "Content-Type": "application/x-www-form-urlencoded"}
    )
    assert message(form) == (
        "request body: Content-Type 'application/x-www-form-urlencoded' is not accepted (use application/json)"
    )
    missing = client.request("PATCH", f"/api/v1/apps/{SHOP}/git-connection", headers=OWNER)
    assert message(missing) == "request body is required"
    not_object = client.request("PATCH", f"/api/v1/apps/{SHOP}/git-connection", json=["main"], headers=OWNER)
    assert message(not_object) == "body: ['main'] is not of type 'object'"


def test_optional_body_may_be_absent_and_ignored_body_is_ignored(client: Any):
    assert client.post(DEPLOYMENTS, headers=OWNER).status_code == 202
    did = client.get(DEPLOYMENTS, params={"limit": 1}, headers=OWNER).json()["items"][0]["id"]
    # cancel takes no body: whatever is sent is not looked at
    cancel = client.post(
        f"{DEPLOYMENTS}/{did}/cancel", content=b"junk", headers={**OWNER, "Content-Type": "text/plain"}
    )
    assert cancel.status_code == 204


def test_every_problem_is_reported_at_once(client: Any):
    text = message(client.get("/api/v1/apps/x/deployments", params={"limit": "0", "offset": "-1"}, headers=OWNER))
    assert text.split("; ") == [
        "path parameter appID: 'x' is not a 'uuid'",
        "query parameter limit: 0 is less than the minimum of 1",
        "query parameter offset: -1 is less than the minimum of 0",
    ]


def test_invalid_request_never_reaches_the_handler(client: Any, platform: Platform):
    before = client.get(DEPLOYMENTS, headers=OWNER).json()["total"]
    message(client.post(DEPLOYMENTS, json={"commit_sha": "nope"}, headers=OWNER))
    assert client.get(DEPLOYMENTS, headers=OWNER).json()["total"] == before


def test_unknown_query_parameters_are_ignored(client: Any):
    assert client.get(DEPLOYMENTS, params={"colour": "blue"}, headers=OWNER).status_code == 200


def test_values_reach_the_handler_cast(client: Any):
    everything = client.get(DEPLOYMENTS, headers=OWNER).json()["items"]
    page = client.get(DEPLOYMENTS, params={"limit": "1", "offset": "1"}, headers=OWNER).json()
    assert [item["id"] for item in page["items"]] == [everything[1]["id"]]


# -- precedence: 401 before 400 --------------------------------------------------------------
def test_unauthenticated_invalid_request_is_401(client: Any):
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic dXNlcjpwYXNz"}):
        response = client.post("/api/v1/apps/x/deployments", content=b"{", headers=headers)
        assert response.status_code == 401, response.text
        assert response.json()["code"] == "unauthorized"


def test_authenticated_invalid_request_is_400_before_403_or_404(client: Any):
    # a member may not trigger, an outsider may not see the app: the malformed body is reported first
    for token in ("tok_member", "tok_outsider"):
        response = client.post(DEPLOYMENTS, json={"commit_sha": 1}, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 400


# -- routes outside the spec -------------------------------------------------------------------
def test_unknown_route_and_method(client: Any):
    missing = client.get("/api/v1/nothing", headers=OWNER)
    assert missing.status_code == 404
    assert missing.json() == {"statusCode": 404, "code": "not_found", "message": "no such route: GET /api/v1/nothing"}
    assert client.get(DEPLOYMENTS + "/", headers=OWNER).status_code == 404  # no redirect
    wrong = client.request("DELETE", DEPLOYMENTS, headers=OWNER)
    assert wrong.status_code == 405
    assert wrong.json()["code"] == "method_not_allowed"
    assert "GET" in wrong.headers["allow"] and "POST" in wrong.headers["allow"]


def test_head_is_get_without_a_body(client: Any):
    get = client.get(DEPLOYMENTS, headers=OWNER)
    head = client.request("HEAD", DEPLOYMENTS, headers=OWNER)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == get.headers["content-length"]


def test_admin_routes_need_faults(make_app: Any):
    from conftest import AsgiClient

    plain = AsgiClient(make_app())
    try:
        assert plain.post("/_admin/reset").status_code == 404
    finally:
        plain.close()


# -- unexpected failures --------------------------------------------------------------------------
def test_unexpected_exception_is_a_500_without_traceback(
    client: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    from reference_server.apis.axhub.domain import service

    def broken(*args: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setitem(service.OPERATION_HANDLERS, "deployGetApiV1AppsByAppIDDeployments", broken)
    with caplog.at_level(logging.ERROR, logger="reference_server.http"):
        response = client.get(DEPLOYMENTS, headers=OWNER)
    assert response.status_code == 500
    assert response.json() == {"statusCode": 500, "code": "internal_error", "message": "internal server error"}
    assert "secret" not in response.text
    assert any("secret internals" in (r.exc_text or "") for r in caplog.records)


# -- agreement with openapi-core ----------------------------------------------------------------
A = SHOP
CORPUS: list[tuple[str, dict[str, str], list[tuple[str, str]], dict[str, str], bytes]] = [
    ("deployGetApiV1AppsByAppIDDeployments", {"appID": A}, [], {}, b""),
    ("deployGetApiV1AppsByAppIDDeployments", {"appID": A}, [("limit", "100"), ("offset", "0")], {}, b""),
    ("deployGetApiV1AppsByAppIDDeployments", {"appID": A}, [("limit", "101")], {}, b""),
    ("deployGetApiV1AppsByAppIDDeployments", {"appID": A}, [("limit", "0")], {}, b""),
    ("deployGetApiV1AppsByAppIDDeployments", {"appID": A}, [("limit", "ten")], {}, b""),
    ("deployGetApiV1AppsByAppIDDeployments", {"appID": A}, [("offset", "-1")], {}, b""),
    ("deployGetApiV1AppsByAppIDDeployments", {"appID": "abc"}, [], {}, b""),
    ("deployGetApiV1AppsByAppIDDeploymentsByDid", {"appID": A, "did": SHOP_V1}, [], {}, b""),
    ("deployGetApiV1AppsByAppIDDeploymentsByDid", {"appID": A, "did": "1"}, [], {}, b""),
    ("deployPostApiV1AppsByAppIDDeployments", {"appID": A}, [], {}, b""),
    ("deployPostApiV1AppsByAppIDDeployments", {"appID": A}, [], {}, b"{}"),
    ("deployPostApiV1AppsByAppIDDeployments", {"appID": A}, [], {}, b'{"commit_sha": ""}'),
    ("deployPostApiV1AppsByAppIDDeployments", {"appID": A}, [], {}, b'{"commit_sha": "' + b"a" * 40 + b'"}'),
    ("deployPostApiV1AppsByAppIDDeployments", {"appID": A}, [], {}, b'{"commit_sha": "' + b"A" * 40 + b'"}'),
    ("deployPostApiV1AppsByAppIDDeployments", {"appID": A}, [], {}, b'{"force_rebuild": 1}'),
    ("deployPostApiV1AppsByAppIDDeployments", {"appID": A}, [], {}, b'{"extra": [1, 2]}'),
    ("deployPostApiV1AppsByAppIDDeployments", {"appID": A}, [], {}, b"[]"),
    ("deployPostApiV1AppsByAppIDDeployments", {"appID": A}, [], {}, b"{"),
    ("deployPostApiV1AppsByAppIDDeployments", {"appID": A}, [], {"idempotency-key": "k1"}, b"{}"),
    ("deployPostApiV1AppsByAppIDDeployments", {"appID": A}, [], {"idempotency-key": ""}, b"{}"),
    ("deployPatchApiV1AppsByAppIDGitConnection", {"appID": A}, [], {}, b'{"branch": "main"}'),
    ("deployPatchApiV1AppsByAppIDGitConnection", {"appID": A}, [], {}, b'{"branch": ""}'),
    ("deployPatchApiV1AppsByAppIDGitConnection", {"appID": A}, [], {}, b"{}"),
    ("deployPatchApiV1AppsByAppIDGitConnection", {"appID": A}, [], {}, b""),
    ("deployPostApiV1GitGithubComplete", {}, [], {}, b'{"state": "s", "installation_id": 1, "repo_full_name": "a/b"}'),
    (
        "deployPostApiV1GitGithubComplete",
        {},
        [],
        {},
        b'{"state": "s.t", "installation_id": 1, "repo_full_name": "a/b"}',
    ),
    ("deployPostApiV1GitGithubComplete", {}, [], {}, b'{"state": "s", "installation_id": 0, "repo_full_name": "a/b"}'),
    ("deployPostApiV1GitGithubComplete", {}, [], {}, b'{"state": "s", "installation_id": 1, "repo_full_name": "ab"}'),
    (
        "deployPostApiV1GitGithubComplete",
        {},
        [],
        {},
        b'{"state": "s", "installation_id": 1.5, "repo_full_name": "a/b"}',
    ),
    ("deployGetApiV1AppsByAppIDLogs", {"appID": A}, [("direction", "forward"), ("limit", "1000")], {}, b""),
    ("deployGetApiV1AppsByAppIDLogs", {"appID": A}, [("direction", "up")], {}, b""),
    ("deployGetApiV1AppsByAppIDLogs", {"appID": A}, [("since", "2025-06-01T00:00:00Z")], {}, b""),
    ("deployGetApiV1AppsByAppIDLogs", {"appID": A}, [("since", "June")], {}, b""),
    ("deployGetApiV1AppsByAppIDLogs", {"appID": A}, [("limit", "1001")], {}, b""),
    ("deployGetApiV1AppsByAppIDReleasesPromotePreflight", {"appID": A}, [], {}, b""),
    ("deployGetApiV1AppsByAppIDReleasesPromotePreflight", {"appID": A}, [("deployment_id", SHOP_V1)], {}, b""),
    ("deployGetApiV1GithubInstallationsByInstallationIDRepositories", {"installationID": "7"}, [], {}, b""),
    ("deployGetApiV1GithubInstallationsByInstallationIDRepositories", {"installationID": "x"}, [], {}, b""),
    ("deployGetApiV1GithubInstallationsByInstallationIDRepositories", {"installationID": "-2"}, [], {}, b""),
    (
        "deployGetApiV1GithubInstallationsByInstallationIDRepositories",
        {"installationID": "1"},
        [("page", "0")],
        {},
        b"",
    ),
    ("deployDeleteApiV1AppsByAppIDStaging", {"appID": A}, [], {}, b'{"confirm_discard_ops": true}'),
    ("deployDeleteApiV1AppsByAppIDStaging", {"appID": A}, [], {}, b'{"confirm_discard_ops": null}'),
    (
        "deployPostApiV1TenantsByTenantIDAppBootstraps",
        {"tenantID": ACME},
        [],
        {},
        json.dumps(
            {
                "template_id": TEMPLATE_NODE,
                "name": "n",
                "slug": "ab",
                "subdomain": "ab",
                "github_owner": "o",
                "repo_name": "r",
            }
        ).encode(),
    ),
    (
        "deployPostApiV1TenantsByTenantIDAppBootstraps",
        {"tenantID": ACME},
        [],
        {},
        json.dumps(
            {
                "template_id": "t",
                "name": "n" * 101,
                "slug": "A_B",
                "subdomain": "a",
                "github_owner": "o",
                "repo_name": "r",
                "repo_private": "no",
            }
        ).encode(),
    ),
]


@pytest.mark.parametrize("case", CORPUS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CORPUS)])
def test_verdict_agrees_with_openapi_core(
    case: tuple[str, dict[str, str], list[tuple[str, str]], dict[str, str], bytes],
):
    op_id, path, query, headers, body = case
    spec = cached_api_spec()
    op = spec.operations[op_id]
    content_type = "application/json" if body else None
    lists: dict[str, list[str]] = {}
    for key, value in query:
        lists.setdefault(key, []).append(value)
    try:
        validate_request(op, path, lists, headers, body, content_type)
        ours: list[str] = []
    except DomainError as exc:
        assert exc.status == 400 and exc.code == "validation_failed"
        ours = [exc.message]
    checker = OpenApiCoreChecker.shared(spec.path, spec.default_server)
    request = checker.request(
        method=op.method,
        path=op.path.format(**path),
        path_pattern=op.path,
        path_params=path,
        query=query,
        headers=[("Authorization", "Bearer tok_owner"), *headers.items()],
        body=body,
        content_type=content_type,
    )
    theirs = checker.request_errors(request)
    assert bool(ours) == bool(theirs), f"ours: {ours}; openapi-core: {theirs}"


# -- the response checker itself -------------------------------------------------------------
def test_response_checker_catches_a_non_conforming_response():
    spec = cached_api_spec()
    checker = OpenApiCoreChecker.shared(spec.path, spec.default_server)
    op = spec.operations["deployGetApiV1AppsByAppIDDeploymentsByDid"]
    path = {"appID": SHOP, "did": SHOP_V1}
    request = checker.request(method="GET", path=op.path.format(**path), path_pattern=op.path, path_params=path)
    assert checker.response_errors(request, Answer.json(200, {"id": 1})) != []
    assert checker.response_errors(request, Answer.json(418, {"statusCode": 418})) != []
    error = {"statusCode": 404, "code": "not_found", "message": "x"}
    assert checker.response_errors(request, Answer.json(404, error)) == []
    # 429 must carry Retry-After
    assert checker.response_errors(request, Answer.json(429, {**error, "statusCode": 429})) != []


def test_non_conforming_response_is_a_loud_500(make_app: Any, monkeypatch: pytest.MonkeyPatch):
    from conftest import AsgiClient

    from reference_server.apis.axhub.domain import service

    monkeypatch.setitem(service.OPERATION_HANDLERS, "deployGetApiV1GithubAccounts", lambda *a: {"accounts": "nope"})
    target = make_app()
    test_client = AsgiClient(target)
    try:
        response = test_client.get("/api/v1/github/accounts", headers=OWNER)
    finally:
        test_client.close()
    assert response.status_code == 500
    assert "does not conform to the spec" in response.json()["message"]
    assert len(target.refserver.conformance_failures) == 1
    target.refserver.conformance_failures.clear()  # expected here; make_app fails the test otherwise

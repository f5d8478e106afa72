"""The facade: every operation has a handler, and results match the spec's schemas."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
import yaml
from refserver_testlib import (
    ACME,
    LAB,
    NOGIT,
    PORTAL,
    PORTAL_V3,
    PROMO_FAILED,
    SHOP,
    SHOP_FAILED,
    SHOP_V1,
    TEMPLATE_NODE,
)

from reference_server.apis.axhub.domain.errors import ERROR_STATUS, DomainError
from reference_server.apis.axhub.domain.service import OPERATION_HANDLERS, SUCCESS_STATUS, Platform

SPEC = Path(__file__).resolve().parents[2] / "spec" / "axhub" / "openapi.yaml"

# The 24 operations of seed 000, in its order.
SEED_OPERATIONS = [
    "deployGetApiV1AppsByAppIDDeployments",
    "deployPostApiV1AppsByAppIDDeployments",
    "deployGetApiV1AppsByAppIDDeploymentsByDid",
    "deployPostApiV1AppsByAppIDDeploymentsByDidCancel",
    "deployPostApiV1AppsByAppIDDeploymentsByDidRollback",
    "deployGetApiV1AppsByAppIDDiagnosis",
    "deployDeleteApiV1AppsByAppIDGitConnection",
    "deployGetApiV1AppsByAppIDGitConnection",
    "deployPatchApiV1AppsByAppIDGitConnection",
    "deployPostApiV1AppsByAppIDGitConnection",
    "deployPostApiV1AppsByAppIDGitGithubConnect",
    "deployGetApiV1AppsByAppIDGitGithubInstallStart",
    "deployGetApiV1AppsByAppIDLogs",
    "deployPostApiV1AppsByAppIDPromotionsByRequestIDRetry",
    "deployGetApiV1AppsByAppIDReleases",
    "deployGetApiV1AppsByAppIDReleasesPromotePreflight",
    "deployDeleteApiV1AppsByAppIDStaging",
    "deployPutApiV1AppsByAppIDStaging",
    "deployPostApiV1GitGithubComplete",
    "deployGetApiV1GithubAccounts",
    "deployGetApiV1GithubInstallationsByInstallationIDRepositories",
    "deployPostApiV1TenantsByTenantIDAppBootstraps",
    "deployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID",
    "deployGetApiV1TenantsByTenantIDDeployments",
]


def _spec() -> dict[str, Any]:
    if not SPEC.exists():
        pytest.skip(f"{SPEC} not written yet")
    doc = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert isinstance(doc, dict)
    return doc


def _operations(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    ops: dict[str, dict[str, Any]] = {}
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                ops[op["operationId"]] = op
    return ops


def test_every_seed_operation_has_a_handler():
    assert sorted(OPERATION_HANDLERS) == sorted(SEED_OPERATIONS)
    assert sorted(SUCCESS_STATUS) == sorted(SEED_OPERATIONS)
    for handler in OPERATION_HANDLERS.values():
        assert callable(handler)
        assert getattr(Platform, handler.__name__) is handler


def test_every_spec_operation_has_a_handler_and_matching_success_status():
    ops = _operations(_spec())
    assert sorted(ops) == sorted(OPERATION_HANDLERS)
    for op_id, op in ops.items():
        successes = sorted(int(code) for code in op["responses"] if str(code)[0] in "23")
        assert successes == [SUCCESS_STATUS[op_id]], op_id


def test_domain_error_codes_are_documented_with_their_status():
    """Each code we raise is named in the spec, on a response of the same status."""
    text = SPEC.read_text(encoding="utf-8") if SPEC.exists() else ""
    if not text:
        pytest.skip("spec not written yet")
    missing = [code for code in ERROR_STATUS if f"`{code}`" not in text]
    assert missing == []


def test_error_body_shape():
    err = DomainError(429, "rate_limited", "slow down", retry_after=3)
    assert err.to_body() == {"statusCode": 429, "code": "rate_limited", "message": "slow down", "retryAfter": 3}
    assert "retryAfter" not in DomainError(404, "not_found", "x").to_body()


# -- responses validate against the spec -----------------------------------------------
def _state(platform: Platform) -> str:
    owner = platform.user_for_token("tok_owner")
    result = platform.start_github_install(owner, {"appID": NOGIT}, {}, None)
    assert result is not None
    return parse_qs(urlparse(result["location"]).query)["state"][0]


def _bootstrap(platform: Platform) -> str:
    owner = platform.user_for_token("tok_owner")
    result = platform.create_bootstrap(
        owner,
        {"tenantID": ACME},
        {},
        {
            "template_id": TEMPLATE_NODE,
            "name": "Blog",
            "slug": "blog",
            "subdomain": "blog",
            "github_owner": "octo-owner",
            "github_installation_id": 1001,
            "repo_name": "blog",
        },
    )
    assert result is not None
    platform.advance(2)
    return str(result["bootstrap_id"])


Call = tuple[str, dict[str, Any], dict[str, Any], Any]
CASES: dict[str, Callable[[Platform], Call]] = {
    "deployGetApiV1AppsByAppIDDeployments": lambda p: ("tok_member", {"appID": SHOP}, {}, None),
    "deployPostApiV1AppsByAppIDDeployments": lambda p: ("tok_owner", {"appID": SHOP}, {}, {}),
    "deployGetApiV1AppsByAppIDDeploymentsByDid": lambda p: (
        "tok_member",
        {"appID": SHOP, "did": SHOP_FAILED},
        {},
        None,
    ),
    "deployPostApiV1AppsByAppIDDeploymentsByDidCancel": lambda p: (
        "tok_owner",
        {"appID": SHOP, "did": p.trigger_deployment(p.user_for_token("tok_owner"), {"appID": SHOP}, {}, {})["id"]},
        {},
        None,
    ),
    "deployPostApiV1AppsByAppIDDeploymentsByDidRollback": lambda p: (
        "tok_owner",
        {"appID": SHOP, "did": SHOP_V1},
        {},
        {},
    ),
    "deployGetApiV1AppsByAppIDDiagnosis": lambda p: ("tok_owner", {"appID": LAB}, {}, None),
    "deployDeleteApiV1AppsByAppIDGitConnection": lambda p: ("tok_owner", {"appID": SHOP}, {}, None),
    "deployGetApiV1AppsByAppIDGitConnection": lambda p: ("tok_owner", {"appID": NOGIT}, {}, None),
    "deployPatchApiV1AppsByAppIDGitConnection": lambda p: ("tok_owner", {"appID": SHOP}, {}, {"branch": "develop"}),
    "deployPostApiV1AppsByAppIDGitConnection": lambda p: (
        "tok_owner",
        {"appID": NOGIT},
        {},
        {"state": _state(p), "installation_id": 1001, "repo_full_name": "octo-owner/new-service"},
    ),
    "deployPostApiV1AppsByAppIDGitGithubConnect": lambda p: (
        "tok_owner",
        {"appID": NOGIT},
        {},
        {"installation_id": 1001, "repo_full_name": "octo-owner/new-service"},
    ),
    "deployGetApiV1AppsByAppIDGitGithubInstallStart": lambda p: ("tok_owner", {"appID": NOGIT}, {}, None),
    "deployGetApiV1AppsByAppIDLogs": lambda p: ("tok_owner", {"appID": SHOP}, {"limit": "3"}, None),
    "deployPostApiV1AppsByAppIDPromotionsByRequestIDRetry": lambda p: (
        "tok_owner",
        {"appID": PORTAL, "requestID": PROMO_FAILED},
        {},
        None,
    ),
    "deployGetApiV1AppsByAppIDReleases": lambda p: ("tok_member", {"appID": PORTAL}, {}, None),
    "deployGetApiV1AppsByAppIDReleasesPromotePreflight": lambda p: (
        "tok_owner",
        {"appID": PORTAL},
        {"deployment_id": PORTAL_V3},
        None,
    ),
    "deployDeleteApiV1AppsByAppIDStaging": lambda p: ("tok_owner", {"appID": LAB}, {}, {"confirm_discard_ops": True}),
    "deployPutApiV1AppsByAppIDStaging": lambda p: (
        "tok_owner",
        {"appID": "0c000000-0000-4000-8000-000000000004"},
        {},
        None,
    ),
    "deployPostApiV1GitGithubComplete": lambda p: (
        "tok_owner",
        {},
        {},
        {"state": _state(p), "installation_id": 1001, "repo_full_name": "octo-owner/new-service"},
    ),
    "deployGetApiV1GithubAccounts": lambda p: ("tok_owner", {}, {}, None),
    "deployGetApiV1GithubInstallationsByInstallationIDRepositories": lambda p: (
        "tok_owner",
        {"installationID": "1001"},
        {"per_page": "2"},
        None,
    ),
    "deployPostApiV1TenantsByTenantIDAppBootstraps": lambda p: (
        "tok_owner",
        {"tenantID": ACME},
        {},
        {
            "template_id": TEMPLATE_NODE,
            "name": "Blog",
            "slug": "blog",
            "subdomain": "blog",
            "github_owner": "octo-owner",
            "github_installation_id": 1001,
            "repo_name": "blog",
        },
    ),
    "deployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID": lambda p: (
        "tok_member",
        {"tenantID": ACME, "bootstrapID": _bootstrap(p)},
        {},
        None,
    ),
    "deployGetApiV1TenantsByTenantIDDeployments": lambda p: ("tok_member", {"tenantID": ACME}, {}, None),
}


def test_every_operation_has_a_schema_case():
    assert sorted(CASES) == sorted(SEED_OPERATIONS)


@pytest.mark.parametrize("op_id", SEED_OPERATIONS)
def test_success_result_matches_spec_schema(platform: Platform, op_id: str):
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    doc = _spec()
    op = _operations(doc)[op_id]
    token, path, query, body = CASES[op_id](platform)
    result = OPERATION_HANDLERS[op_id](platform, platform.user_for_token(token), path, query, body)
    status = SUCCESS_STATUS[op_id]
    response = op["responses"][str(status)]
    if status == 302:
        assert result is not None and result["status"] == 302
        assert result["location"].startswith("https://")
        return
    content = response.get("content")
    if content is None:
        assert result is None, f"{op_id} answers {status} without a body"
        return
    schema = content["application/json"]["schema"]
    registry = Registry().with_resource("urn:axhub", Resource.from_contents(doc, default_specification=DRAFT202012))
    validator = Draft202012Validator(
        {"$ref": "urn:axhub" + schema["$ref"]}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(result), key=lambda e: list(e.path))
    assert errors == [], [f"{list(e.path)}: {e.message}" for e in errors]


# Error statuses each operation's domain code can produce (401 comes from authenticate).
RAISES: dict[str, set[int]] = {
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
# 404 for callers outside the app's tenant (the app's existence is not revealed) on
# two operations whose responses the spec (following the seed) does not list 404 for.
SPEC_GAPS = {
    "deployGetApiV1AppsByAppIDDeployments": {404},
    "deployPostApiV1AppsByAppIDGitGithubConnect": {404},
}


@pytest.mark.parametrize("op_id", SEED_OPERATIONS)
def test_error_statuses_are_documented(op_id: str):
    op = _operations(_spec())[op_id]
    documented = {int(code) for code in op["responses"] if str(code)[0] in "45"}
    undocumented = RAISES[op_id] - documented
    if undocumented and undocumented <= SPEC_GAPS.get(op_id, set()):
        pytest.xfail(f"spec does not list {sorted(undocumented)} for {op_id}")
    assert undocumented == set()

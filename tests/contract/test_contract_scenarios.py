"""The scenarios themselves (no server): well-formed, and covering the contract.

AxHub (scenarios/*.json): every operation of the spec is called successfully
somewhere and refused with each client-error status its spec entry lists (400,
401, 403, 404, 409, 412, 422, 428), except the pairs in ``UNREACHABLE``; and
every SDK behaviour the contract names is exercised by at least one step.

Deplite and Platform (scenarios/<api>/*.json): every step names an operation of
its API's spec; every operation is either called successfully or listed in
``NOT_COVERED`` (and a listed one that gets covered must leave the list); every
behaviour of ``DEPLITE_BEHAVIOURS`` / ``PLATFORM_BEHAVIOURS`` has a step.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from contract_lib import APIS, ROOT, RUNNER, scenario_files

SCENARIOS = Path(__file__).resolve().parent / "scenarios"
SPEC = ROOT / "spec" / "axhub" / "openapi.yaml"
CLIENT_ERRORS = {400, 401, 403, 404, 409, 412, 422, 428}
# Statuses the spec lists that the reference server's domain never produces.
UNREACHABLE = {
    ("deployPostApiV1AppsByAppIDDeploymentsByDidCancel", 412):
        "the spec allows 412 precondition_failed, but no rule of the domain refuses a cancel with it",
}


@functools.cache
def _runner() -> Any:
    spec = importlib.util.spec_from_file_location("contract_runner", RUNNER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _operations(api: str = "axhub") -> dict[str, set[int]]:
    doc = yaml.safe_load((ROOT / "spec" / api / "openapi.yaml").read_text())
    out: dict[str, set[int]] = {}
    for item in doc["paths"].values():
        for method, op in item.items():
            if method in ("get", "put", "post", "delete", "patch"):
                out[op["operationId"]] = {int(s) for s in op["responses"] if s.isdigit()}
    return out


@functools.cache
def _all_steps(api: str = "axhub") -> tuple[tuple[str, dict[str, Any]], ...]:
    return tuple(
        (path.stem, step) for path in scenario_files(api) for step in json.loads(path.read_text())["steps"]
    )


def _steps(api: str = "axhub") -> Iterator[tuple[str, dict[str, Any]]]:
    yield from _all_steps(api)


def test_scenarios_are_well_formed() -> None:
    scenarios = _runner().load_scenarios(SCENARIOS)  # raises, listing every problem
    assert len(scenarios) >= 28
    assert len({s["name"] for s in scenarios}) == len(scenarios)
    by_api = {api: sorted(s["name"] for s in scenarios if s.get("api", "axhub") == api) for api in APIS}
    assert all(len(names) >= 2 for names in by_api.values()), by_api
    assert set(_runner().APIS) == set(APIS)


def test_a_scenario_lives_in_its_apis_folder(tmp_path: Path) -> None:
    doc = {"name": "x", "description": "d", "api": "deplite",
           "steps": [{"operation": "getJob", "expect": {"present": ["id"]}}]}
    (tmp_path / "x.json").write_text(json.dumps(doc))
    with pytest.raises(ValueError, match="x.json: api 'deplite' belongs in deplite/"):
        _runner().load_scenarios(tmp_path)
    (tmp_path / "x.json").unlink()
    (tmp_path / "deplite").mkdir()
    (tmp_path / "deplite" / "x.json").write_text(json.dumps(doc))
    assert [s["name"] for s in _runner().load_scenarios(tmp_path)] == ["x"]
    (tmp_path / "deplite" / "x.json").write_text(json.dumps({**doc, "api": "nope"}))
    with pytest.raises(ValueError, match="api must be one of"):
        _runner().load_scenarios(tmp_path)


@pytest.mark.parametrize("api", APIS)
def test_steps_name_real_operations(api: str) -> None:
    operations = _operations(api)
    unknown = sorted(
        {f"{name}: {step['operation']}" for name, step in _steps(api) if step["operation"] not in operations}
    )
    assert not unknown, unknown


def test_validator_rejects_bad_scenarios() -> None:
    runner = _runner()
    good_step = {"operation": "deployGetApiV1GithubAccounts", "expect": {"fields": {"accounts": {"$len": 2}}}}
    assert runner.validate_scenario({"name": "x", "description": "d", "steps": [good_step]}) == []
    signed = {**good_step, "signingKey": {"keyId": "{{agentId}}", "secret": "{{agentSecret}}"},
              "expect": {"error": "Client", "status": 423}}
    assert runner.validate_scenario({"name": "x", "description": "d", "api": "deplite", "steps": [signed]}) == []
    bad = [
        {"name": "x", "description": "d", "steps": []},
        {"name": "x", "description": "d", "steps": [{**good_step, "expect": {"error": "Teapot"}}]},
        {"name": "x", "description": "d", "steps": [{**good_step, "expect": {"status": 200}}]},
        {"name": "x", "description": "d", "steps": [{**good_step, "expect": {"count": 1}}]},
        {"name": "x", "description": "d", "steps": [{**good_step, "expect": {"fields": {"a": {"$nope": 1}}}}]},
        {"name": "x", "description": "d", "steps": [{**good_step, "bogus": 1}]},
        {"name": "x", "description": "d", "steps": [{**good_step, "helper": "wait", "helperOptions": {"take": 1}}]},
        {"name": "x", "description": "d", "steps": [good_step], "extra": True},
        {"name": "x", "description": "d", "steps": [good_step], "api": "other"},
        {"name": "x", "description": "d", "steps": [{**good_step, "signingKey": {"keyId": "a"}}]},
        {"name": "x", "description": "d", "steps": [{**good_step, "signingKey": {"keyId": "a", "secret": 1}}]},
    ]
    for doc in bad:
        assert runner.validate_scenario(doc), doc


@pytest.mark.parametrize("operation_id", sorted(_operations()))
def test_every_operation_succeeds_and_fails_as_specified(operation_id: str) -> None:
    listed = _operations()[operation_id] & CLIENT_ERRORS
    successes = 0
    refused: set[int] = set()
    for _, step in _steps():
        if step["operation"] != operation_id:
            continue
        if "error" in step["expect"]:
            refused.add(step["expect"].get("status", 0))
        else:
            successes += 1
    assert successes, f"no scenario calls {operation_id} successfully"
    missing = sorted(s for s in listed - refused if (operation_id, s) not in UNREACHABLE)
    assert not missing, f"{operation_id}: no scenario provokes {missing}"


def _has(predicate: Any) -> bool:
    return any(predicate(step) for _, step in _steps())


def _fault(step: dict[str, Any], kind: str) -> bool:
    return f"kind={kind};" in str((step.get("headers") or {}).get("X-Fault", "")) + ";"


def _helper(step: dict[str, Any], helper: str, operation: str | None = None) -> bool:
    return step.get("helper") == helper and operation in (None, step["operation"])


def _field(step: dict[str, Any], path: str) -> Any:
    return (step["expect"].get("fields") or {}).get(path)


def _retried_ok(step: dict[str, Any], kind: str) -> bool:
    return _fault(step, kind) and "elapsedAtLeast" in step["expect"] and "error" not in step["expect"]


def _empty(step: dict[str, Any], status: int) -> bool:
    return bool(step.get("raw") and step["expect"].get("status") == status and step["expect"].get("empty"))


DEPLOYMENTS = "deployGetApiV1AppsByAppIDDeployments"
DEPLOYMENT = "deployGetApiV1AppsByAppIDDeploymentsByDid"
RELEASES = "deployGetApiV1AppsByAppIDReleases"
LOGS = "deployGetApiV1AppsByAppIDLogs"
REPOSITORIES = "deployGetApiV1GithubInstallationsByInstallationIDRepositories"
BOOTSTRAP = "deployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID"

BEHAVIOURS = {
    "204 gives {}": lambda s: _empty(s, 204),
    "202 without a body gives {}": lambda s: _empty(s, 202),
    "302 gives {status, location}": lambda s: _field(s, "status") == 302 and _field(s, "location") is not None,
    "503 retried honouring Retry-After": lambda s: _retried_ok(s, "503"),
    "503 retries exhausted": lambda s: _fault(s, "503") and s["expect"].get("error") == "Server",
    "429 retried honouring Retry-After": lambda s: _retried_ok(s, "429"),
    "429 surfaces with retryAfter": lambda s: _fault(s, "429") and "retryAfter" in s["expect"],
    "drop-after replayed": lambda s: _fault(s, "drop-after") and "idempotencyKey" in s.get("options", {}),
    "no duplicate after a replay": lambda s: "$plus" in json.dumps(s["expect"]),
    "Connection error": lambda s: _fault(s, "drop") and s["expect"].get("error") == "Connection",
    "Timeout error": lambda s: _fault(s, "delay") and s["expect"].get("error") == "Timeout",
    "offset pagination (deployments)": lambda s: _helper(s, "paginate", DEPLOYMENTS),
    "offset pagination (releases)": lambda s: _helper(s, "paginate", RELEASES),
    "cursor pagination (250 log lines)": lambda s: _helper(s, "paginate", LOGS) and s["expect"].get("count") == 250,
    "page pagination": lambda s: _helper(s, "paginate", REPOSITORIES),
    "log tail": lambda s: _helper(s, "tail", LOGS) and s["expect"].get("count", 0) > 0,
    "deployment waiter: succeeded": lambda s: _helper(s, "wait", DEPLOYMENT) and _field(s, "status") == "succeeded",
    "deployment waiter: failed with failure_reason": lambda s: _helper(s, "wait", DEPLOYMENT)
    and _field(s, "status") == "failed" and _field(s, "failure_reason.code") is not None,
    "bootstrap waiter: done": lambda s: _helper(s, "wait", BOOTSTRAP) and _field(s, "status") == "done",
    "bootstrap waiter: repo_exists": lambda s: _helper(s, "wait", BOOTSTRAP)
    and _field(s, "error_code") == "repo_exists",
}


@pytest.mark.parametrize("behaviour", sorted(BEHAVIOURS))
def test_every_behaviour_is_exercised(behaviour: str) -> None:
    assert _has(BEHAVIOURS[behaviour]), f"no step exercises: {behaviour}"


# -- Deplite and Platform ----------------------------------------------------------------------------

NOT_COVERED = {
    "deplite": {
        "updateTrigger", "runTriggerManually", "listAgents", "getAgent", "renameAgent", "setWorkflowRateLimit",
        "refreshAgentWorkflows",
        "getSlackInstallUrl", "slackOauthCallback", "listSlackInstallations", "deleteSlackInstallation",
        "receiveSlackEvent", "receiveSlackCommand", "presignFileUpload", "completeFileUpload",
        "getFileDownloadUrl", "getFile", "deleteFile", "listFiles",
        # a text/event-stream: no step kind reads a stream (the typed smoke tests do)
        "openAgentStream",
    },
    "platform": {
        "verifyEmail", "resendVerification", "resetPassword", "listTenants", "createTenant", "inviteMember",
        "acceptInvitation", "removeMember", "changeMemberRole", "transferOwnership",
        # a text/event-stream: no step kind reads a stream
        "streamEvents",
    },
}


@pytest.mark.parametrize("api", ["deplite", "platform"])
def test_operations_are_covered_or_listed(api: str) -> None:
    called = {step["operation"] for _, step in _steps(api) if "error" not in step["expect"]}
    operations = set(_operations(api))
    assert NOT_COVERED[api] <= operations, sorted(NOT_COVERED[api] - operations)
    assert not called & NOT_COVERED[api], f"covered now, take them off NOT_COVERED: {sorted(called & NOT_COVERED[api])}"
    assert not operations - called - NOT_COVERED[api], sorted(operations - called - NOT_COVERED[api])


def _error(step: dict[str, Any], cls: str, status: int, code: str | None = None) -> bool:
    expect = step["expect"]
    return expect.get("error") == cls and expect.get("status") == status and code in (None, expect.get("code"))


def _signed(step: dict[str, Any]) -> bool:
    return "signingKey" in step and "{{" in json.dumps(step["signingKey"])


DEPLITE_BEHAVIOURS = {
    "enrollment token captured and used as the bearer": lambda s: s["operation"] == "enrollAgent"
    and str(s.get("token", "")).startswith("{{") and "agentSecret" in json.dumps(s.get("capture", {})),
    "signed with the captured key (success)": lambda s: _signed(s) and "error" not in s["expect"],
    "workflows reported, signed": lambda s: _signed(s) and s["operation"] == "reportAgentWorkflows",
    "wrong signature: Authentication invalid_signature": lambda s: "signingKey" in s
    and _error(s, "Authentication", 401, "invalid_signature"),
    "captured API token as the bearer": lambda s: s["operation"] == "runTrigger"
    and str(s.get("token", "")).startswith("{{"),
    "run with an Idempotency-Key replays the job": lambda s: s["operation"] == "runTrigger"
    and "idempotencyKey" in s.get("options", {}) and _field(s, "jobId") == "{{jobId}}",
    "Idempotency-Key reused with another body: 409": lambda s: s["operation"] == "runTrigger"
    and _error(s, "Conflict", 409, "idempotency_key_reused"),
    "a trigger in sync mode is run": lambda s: s["operation"] == "createTrigger"
    and (s.get("body") or {}).get("responseMode") == "sync",
    "job waiter: success": lambda s: _helper(s, "wait", "getJob") and _field(s, "status") == "success",
    "job logs read": lambda s: s["operation"] == "getJobLogs" and "error" not in s["expect"] and not s.get("helper"),
    "job logs through the pagination helper": lambda s: _helper(s, "paginate", "getJobLogs"),
    "token out of scope: 403": lambda s: _error(s, "PermissionDenied", 403, "token_out_of_scope"),
    "per-token rate limit: 429 with retryAfter": lambda s: _error(s, "RateLimit", 429)
    and "retryAfter" in json.dumps(s["expect"]),
    "ref not allowed: 422": lambda s: _error(s, "UnprocessableEntity", 422, "ref_not_allowed"),
    "validation: 400 naming the field": lambda s: _error(s, "BadRequest", 400)
    and "$contains" in json.dumps(s["expect"].get("fields", {})),
    "missing job: 404": lambda s: s["operation"] == "getJob" and _error(s, "NotFound", 404),
}

ADMIN_KEY = "lsk_demoAdminKey0000000000000000000000000000000"
USER_KEY = "lsk_demoUserKey00000000000000000000000000000000"

PLATFORM_BEHAVIOURS = {
    "register opens a session": lambda s: s["operation"] == "register" and "refreshToken" in json.dumps(
        s.get("capture", {})),
    "login": lambda s: s["operation"] == "login" and "error" not in s["expect"],
    "refresh rotates": lambda s: s["operation"] == "refreshSession" and "error" not in s["expect"]
    and "refreshToken" in json.dumps(s.get("capture", {})),
    "old refresh token refused: 401": lambda s: s["operation"] == "refreshSession"
    and _error(s, "Authentication", 401, "invalid_refresh_token"),
    "logout": lambda s: s["operation"] == "logout" and "error" not in s["expect"],
    "lockout: 423 account_locked with retryAfter": lambda s: _error(s, "Client", 423, "account_locked")
    and "retryAfter" in s["expect"],
    "password reset answers the same for an unknown email": lambda s: s["operation"] == "requestPasswordReset"
    and _field(s, "") is not None,
    "API key: raw lsk_ shown once": lambda s: s["operation"] == "createApiKey"
    and _field(s, "rawKey") == {"$prefix": "lsk_"},
    "admin key without X-Tenant-ID": lambda s: s["token"] == ADMIN_KEY and "X-Tenant-ID" not in s.get("headers", {})
    and _field(s, "isRoot") is True,
    "user key with X-Tenant-ID": lambda s: s["token"] in (USER_KEY, "{{userKey}}")
    and "X-Tenant-ID" in s.get("headers", {}) and "error" not in s["expect"],
    "user key without X-Tenant-ID: 400 tenant_required": lambda s: _error(s, "BadRequest", 400, "tenant_required"),
    "another tenant: 404": lambda s: _error(s, "NotFound", 404) and "X-Tenant-ID" in s.get("headers", {}),
    "webhook created with a whsec_ secret": lambda s: s["operation"] == "createWebhook"
    and _field(s, "secret") == {"$prefix": "whsec_"},
    "webhook secret rotated": lambda s: s["operation"] == "rotateWebhookSecret" and "error" not in s["expect"],
    "webhook test event": lambda s: s["operation"] == "testWebhook" and _field(s, "delivery.test") is True,
    "webhook deleted": lambda s: s["operation"] == "deleteWebhook" and "error" not in s["expect"],
}


@pytest.mark.parametrize(
    ("api", "behaviour"),
    [("deplite", b) for b in sorted(DEPLITE_BEHAVIOURS)] + [("platform", b) for b in sorted(PLATFORM_BEHAVIOURS)],
)
def test_every_api_behaviour_is_exercised(api: str, behaviour: str) -> None:
    table = DEPLITE_BEHAVIOURS if api == "deplite" else PLATFORM_BEHAVIOURS
    assert any(table[behaviour](step) for step in _steps_with_tokens(api)), f"no {api} step exercises: {behaviour}"


def _steps_with_tokens(api: str) -> Iterator[dict[str, Any]]:
    """The steps of `api`, each with the token it sends (its own, else its scenario's) under "token"."""
    for path in scenario_files(api):
        doc = json.loads(path.read_text())
        for step in doc["steps"]:
            yield {**step, "token": step["token"] if "token" in step else doc.get("token")}

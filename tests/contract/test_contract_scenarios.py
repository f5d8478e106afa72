"""The scenarios themselves (no server): well-formed, and covering the contract.

Coverage means: every operation of the spec is called successfully somewhere
and refused with each client-error status its spec entry lists (400, 401,
403, 404, 409, 412, 422, 428), except the pairs in ``UNREACHABLE``; and every
SDK behaviour the contract names is exercised by at least one step.
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
from contract_lib import ROOT, RUNNER

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
def _operations() -> dict[str, set[int]]:
    doc = yaml.safe_load(SPEC.read_text())
    out: dict[str, set[int]] = {}
    for item in doc["paths"].values():
        for method, op in item.items():
            if method in ("get", "put", "post", "delete", "patch"):
                out[op["operationId"]] = {int(s) for s in op["responses"] if s.isdigit()}
    return out


@functools.cache
def _all_steps() -> tuple[tuple[str, dict[str, Any]], ...]:
    return tuple(
        (path.stem, step) for path in sorted(SCENARIOS.glob("*.json")) for step in json.loads(path.read_text())["steps"]
    )


def _steps() -> Iterator[tuple[str, dict[str, Any]]]:
    yield from _all_steps()


def test_scenarios_are_well_formed() -> None:
    scenarios = _runner().load_scenarios(SCENARIOS)  # raises, listing every problem
    assert len(scenarios) >= 20
    assert len({s["name"] for s in scenarios}) == len(scenarios)


def test_steps_name_real_operations() -> None:
    operations = _operations()
    unknown = sorted({f"{name}: {step['operation']}" for name, step in _steps() if step["operation"] not in operations})
    assert not unknown, unknown


def test_validator_rejects_bad_scenarios() -> None:
    runner = _runner()
    good_step = {"operation": "deployGetApiV1GithubAccounts", "expect": {"fields": {"accounts": {"$len": 2}}}}
    assert runner.validate_scenario({"name": "x", "description": "d", "steps": [good_step]}) == []
    bad = [
        {"name": "x", "description": "d", "steps": []},
        {"name": "x", "description": "d", "steps": [{**good_step, "expect": {"error": "Teapot"}}]},
        {"name": "x", "description": "d", "steps": [{**good_step, "expect": {"status": 200}}]},
        {"name": "x", "description": "d", "steps": [{**good_step, "expect": {"count": 1}}]},
        {"name": "x", "description": "d", "steps": [{**good_step, "expect": {"fields": {"a": {"$nope": 1}}}}]},
        {"name": "x", "description": "d", "steps": [{**good_step, "bogus": 1}]},
        {"name": "x", "description": "d", "steps": [{**good_step, "helper": "wait", "helperOptions": {"take": 1}}]},
        {"name": "x", "description": "d", "steps": [good_step], "extra": True},
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

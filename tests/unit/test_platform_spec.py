"""Checks the AxHub OpenAPI document (spec/axhub/openapi.yaml) against the platform's
SDK reference (the seed) and against our own house rules for the spec."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation import OpenAPIV31SpecValidator

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO_ROOT / "spec" / "axhub" / "openapi.yaml"
SEEDS_DIR = Path(__file__).resolve().parents[3] / "shared" / "seeds"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ERROR_REF = "#/components/schemas/Error"


@dataclass(frozen=True)
class SeedOperation:
    method: str
    path: str
    operation_id: str
    success: int
    errors: frozenset[int]
    node: str | None  # dotted resource path from the seed, None when the Node SDK lacks it


_OP_HEADER = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) (/\S+)\s*$")
_SUCCESS = re.compile(r"^응답 — (\d{3})\b")
_SUCCESS_IN_HEADER = re.compile(r"·\s*(\d{3})\s*→")
_ERRORS = re.compile(r"^에러 status:\s*((?:\d{3}\s*)+)")
_NODE = re.compile(r"^node\s*sdk\.([A-Za-z0-9_.]+)\(")


def _parse_seed(text: str) -> list[SeedOperation]:
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if _OP_HEADER.match(line)]
    ops: list[SeedOperation] = []
    for n, start in enumerate(starts):
        block = lines[start : starts[n + 1] if n + 1 < len(starts) else len(lines)]
        header = _OP_HEADER.match(block[0])
        assert header is not None
        rest = [line for line in block[1:] if line.strip()]
        id_line = rest[0]
        operation_id = id_line.split()[0]
        success: int | None = None
        errors: frozenset[int] | None = None
        node: str | None = None
        for line in rest:
            if success is None and (m := _SUCCESS.match(line)):
                success = int(m.group(1))
            if errors is None and (m := _ERRORS.match(line)):
                errors = frozenset(int(code) for code in m.group(1).split())
            if m := _NODE.match(line):
                node = m.group(1)
        if success is None:  # "응답 — 2xx": the status is in the operation header line
            m = _SUCCESS_IN_HEADER.search(id_line)
            assert m, f"no success status for {operation_id}"
            success = int(m.group(1))
        assert errors is not None, f"no error statuses for {operation_id}"
        ops.append(
            SeedOperation(
                method=header.group(1).lower(),
                path=header.group(2),
                operation_id=operation_id,
                success=success,
                errors=errors,
                node=node,
            )
        )
    return ops


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        doc: dict[str, Any] = yaml.safe_load(fh)
    return doc


@pytest.fixture(scope="module")
def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation object), in document order."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                assert op["operationId"] not in found, f"duplicate operationId {op['operationId']}"
                found[op["operationId"]] = (method, path, op)
    return found


@pytest.fixture(scope="module")
def seed_ops() -> list[SeedOperation]:
    seeds = sorted(SEEDS_DIR.glob("000_*.txt")) if SEEDS_DIR.is_dir() else []
    if not seeds:
        pytest.skip(f"seed reference 000_*.txt not found under {SEEDS_DIR}")
    ops = _parse_seed(seeds[0].read_text(encoding="utf-8"))
    assert ops, "could not parse any operation from the seed"
    return ops


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        ref: str = node["$ref"]
        assert ref.startswith("#/"), ref
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def _status_codes(op: dict[str, Any]) -> set[int]:
    return {int(code) for code in op["responses"] if str(code).isdigit()}


# --------------------------------------------------------------------------- document


def test_document_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec, cls=OpenAPIV31SpecValidator)


def test_info_servers_security(spec: dict[str, Any]) -> None:
    assert spec["info"]["title"] == "AxHub Deployments API"
    assert spec["info"]["version"] == "1.0.0"
    assert spec["info"].get("description")
    urls = [s["url"] for s in spec["servers"]]
    assert urls[0] == "https://api.axhub.ai"
    assert "http://127.0.0.1:8080" in urls
    assert spec["security"] == [{"bearerAuth": []}]
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"], scheme["bearerFormat"]) == ("http", "bearer", "JWT")
    assert [t["name"] for t in spec["tags"]] == ["deployments"]


def test_exactly_24_operations(operations: dict[str, Any]) -> None:
    assert len(operations) == 24


def test_every_operation_is_tagged_deployments(operations: dict[str, Any]) -> None:
    for op_id, (_, _, op) in operations.items():
        assert op.get("tags") == ["deployments"], op_id


# --------------------------------------------------------------------------- seed parity


def test_operation_ids_match_seed(
    operations: dict[str, Any], seed_ops: list[SeedOperation]
) -> None:
    assert len(seed_ops) == 24
    assert set(operations) == {s.operation_id for s in seed_ops}


def test_methods_paths_and_order_match_seed(
    operations: dict[str, Any], seed_ops: list[SeedOperation]
) -> None:
    for seed in seed_ops:
        method, path, _ = operations[seed.operation_id]
        assert (method, path) == (seed.method, seed.path), seed.operation_id
    # Paths appear in the order the seed first mentions them.
    doc_paths = list(dict.fromkeys(path for _, path, _ in operations.values()))
    seed_paths = list(dict.fromkeys(s.path for s in seed_ops))
    assert doc_paths == seed_paths


def test_success_status_matches_seed(
    operations: dict[str, Any], seed_ops: list[SeedOperation]
) -> None:
    for seed in seed_ops:
        _, _, op = operations[seed.operation_id]
        successes = {c for c in _status_codes(op) if c < 400}
        assert successes == {seed.success}, seed.operation_id


# The seed omits 404 here, but these operations take an app in the path, and a caller who is
# not a member of its tenant must get 404 (the app's existence is not revealed).
NON_MEMBER_404 = {
    "deployGetApiV1AppsByAppIDDeployments": {404},
    "deployPostApiV1AppsByAppIDGitGithubConnect": {404},
}


def test_error_statuses_match_seed_plus_429(
    operations: dict[str, Any], seed_ops: list[SeedOperation]
) -> None:
    # Beyond the seed: 429 everywhere (per-token rate limit), and 409 wherever an
    # Idempotency-Key is accepted (the same key sent with another body).
    for seed in seed_ops:
        _, _, op = operations[seed.operation_id]
        errors = {c for c in _status_codes(op) if c >= 400}
        takes_key = any(
            p.get("$ref") == "#/components/parameters/IdempotencyKey" for p in op.get("parameters", [])
        )
        extra = NON_MEMBER_404.get(seed.operation_id, set())
        assert errors == set(seed.errors) | {429} | ({409} if takes_key else set()) | extra, seed.operation_id


def test_node_aliases_follow_seed(
    operations: dict[str, Any], seed_ops: list[SeedOperation]
) -> None:
    for seed in seed_ops:
        _, _, op = operations[seed.operation_id]
        alias = op.get("x-sdkgen-method")
        if seed.node is None:
            assert alias is None, f"{seed.operation_id}: the Node SDK does not offer it"
            continue
        assert alias == seed.node or alias.startswith(seed.node + "."), (seed.operation_id, alias)


# --------------------------------------------------------------------------- house rules


def test_error_responses_use_shared_error_schema(
    spec: dict[str, Any], operations: dict[str, Any]
) -> None:
    for op_id, (_, _, op) in operations.items():
        for code, response in op["responses"].items():
            if int(code) < 400:
                continue
            assert "$ref" in response and response["$ref"].startswith("#/components/responses/"), (
                op_id,
                code,
            )
            resolved = _resolve(spec, response)
            schema = resolved["content"]["application/json"]["schema"]
            assert schema == {"$ref": ERROR_REF}, (op_id, code)


def test_rate_limit_response_has_retry_after(spec: dict[str, Any]) -> None:
    headers = spec["components"]["responses"]["TooManyRequests"]["headers"]
    assert "Retry-After" in headers


def test_error_schema_shape(spec: dict[str, Any]) -> None:
    error = spec["components"]["schemas"]["Error"]
    assert set(error["required"]) == {"statusCode", "code", "message"}
    assert error["properties"]["retryAfter"]["type"] == "integer"


def test_node_aliases_are_distinct(operations: dict[str, Any]) -> None:
    aliases = [
        op["x-sdkgen-method"] for _, _, op in operations.values() if "x-sdkgen-method" in op
    ]
    assert len(aliases) == len(set(aliases))
    assert len(aliases) == 23  # all but github/complete


def test_redirect_has_location_and_no_body(operations: dict[str, Any]) -> None:
    _, _, op = operations["deployGetApiV1AppsByAppIDGitGithubInstallStart"]
    redirect = op["responses"]["302"]
    assert "content" not in redirect
    assert redirect["headers"]["Location"]["schema"] == {"type": "string", "format": "uri"}


def test_waiter_and_tail_extensions(operations: dict[str, Any]) -> None:
    _, _, dep = operations["deployGetApiV1AppsByAppIDDeploymentsByDid"]
    assert dep["x-sdkgen-waiter"] == {
        "name": "deployment",
        "field": "status",
        "terminal": ["succeeded", "failed", "cancelled"],
    }
    _, _, boot = operations["deployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID"]
    assert boot["x-sdkgen-waiter"] == {
        "name": "bootstrap",
        "field": "status",
        "terminal": ["done", "failed"],
    }
    _, _, logs = operations["deployGetApiV1AppsByAppIDLogs"]
    assert logs["x-sdkgen-tail"] == {"name": "logs", "param": "direction", "value": "forward"}


def test_idempotency_key_on_work_creating_posts(
    spec: dict[str, Any], operations: dict[str, Any]
) -> None:
    expected = {
        "deployPostApiV1AppsByAppIDDeployments",
        "deployPostApiV1AppsByAppIDDeploymentsByDidRollback",
        "deployPostApiV1AppsByAppIDGitConnection",
        "deployPostApiV1AppsByAppIDGitGithubConnect",
        "deployPostApiV1GitGithubComplete",
        "deployPostApiV1AppsByAppIDPromotionsByRequestIDRetry",
        "deployPostApiV1TenantsByTenantIDAppBootstraps",
    }
    ref = {"$ref": "#/components/parameters/IdempotencyKey"}
    having = {op_id for op_id, (_, _, op) in operations.items() if ref in op.get("parameters", [])}
    assert having == expected
    param = spec["components"]["parameters"]["IdempotencyKey"]
    assert (param["name"], param["in"], param.get("required", False)) == (
        "Idempotency-Key",
        "header",
        False,
    )


def test_path_parameters_are_declared(spec: dict[str, Any], operations: dict[str, Any]) -> None:
    for op_id, (_, path, op) in operations.items():
        declared = {
            p["name"]
            for p in (_resolve(spec, p) for p in op.get("parameters", []))
            if p["in"] == "path"
        }
        assert declared == set(re.findall(r"{([^}]+)}", path)), op_id

"""Schemathesis runs the spec against the server over a real socket.

For every operation it generates valid and invalid requests (bounded: a few
examples each, no deadline), authenticated as ``tok_platform`` (a platform
admin passes every tenant and app gate, so requests reach the domain code) or,
for some, ``tok_owner`` (who has a GitHub token), and checks: no 5xx, status
codes, content types, headers and bodies conform to the spec, invalid data is
rejected. The app also validates every response with openapi-core
(``make_app``), so both validators must agree.

Random UUIDs would only ever find nothing (404), so in valid cases the
identifiers are mapped onto fixture ids (picked by a hash of the generated
value): requests then reach real apps, deployments and promotions in every
state, and get 2xx as well as the domain's 409/412/422/428 refusals.
"""

from __future__ import annotations

import zlib
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from refserver_testlib import (
    ACME,
    ADMIN_TOOL,
    CATALOG,
    CATALOG_V1,
    GLOBEX,
    GLOBEX_WEB,
    LAB,
    LAB_V2,
    NOGIT,
    NOSUB,
    PORTAL,
    PORTAL_FAILED,
    PORTAL_V1,
    PORTAL_V2,
    PORTAL_V3,
    PROMO_FAILED,
    PROMO_PENDING,
    PROMO_REJECTED,
    PROMO_RUNNING,
    PROMO_STUCK,
    PROMO_SUCCEEDED,
    SHOP,
    SHOP_FAILED,
    SHOP_V1,
    SHOP_V2,
    TEMPLATE_NODE,
)
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from reference_server.http.spec import DEFAULT_SPEC_PATH

MAX_EXAMPLES = 8
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
]

schema = schemathesis.openapi.from_path(DEFAULT_SPEC_PATH)

DEPLOYMENT_IDS = [SHOP_V1, SHOP_V2, SHOP_FAILED, CATALOG_V1, PORTAL_V1, PORTAL_V2, PORTAL_V3, PORTAL_FAILED, LAB_V2]
POOLS: dict[str, list[Any]] = {
    "appID": [SHOP, NOSUB, NOGIT, CATALOG, PORTAL, LAB, ADMIN_TOOL, GLOBEX_WEB],
    "did": DEPLOYMENT_IDS,
    "deployment_id": DEPLOYMENT_IDS,
    "requestID": [PROMO_SUCCEEDED, PROMO_PENDING, PROMO_FAILED, PROMO_RUNNING, PROMO_STUCK, PROMO_REJECTED],
    "tenantID": [ACME, GLOBEX],
    "installationID": [1001, 1002, 2001],
    "template_id": [TEMPLATE_NODE],
}
STATUSES: list[tuple[str, int]] = []


def pick(name: str, value: Any) -> Any:
    pool = POOLS.get(name)
    if pool is None:
        return value
    return pool[zlib.crc32(repr(value).encode()) % len(pool)]


def point_at_fixtures(case: Any) -> str:
    """Map a valid case's identifiers onto fixture ids; the token to use."""
    for name, value in list(case.path_parameters.items()):
        case.path_parameters[name] = pick(name, value)
    if isinstance(case.query, dict) and "deployment_id" in case.query:
        case.query["deployment_id"] = pick("deployment_id", case.query["deployment_id"])
    if isinstance(case.body, dict) and "template_id" in case.body:
        case.body["template_id"] = pick("template_id", case.body["template_id"])
    seed = zlib.crc32(repr(sorted(case.path_parameters.items())).encode() + repr(case.body).encode())
    return "tok_owner" if seed % 3 == 0 else "tok_platform"


@pytest.fixture
def served(make_app: Any) -> Any:
    from conftest import LiveServer

    server = LiveServer(make_app())
    try:
        yield server.url
    finally:
        server.stop()


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)
def test_spec_against_server(case: Any, served: str) -> None:
    token = "tok_platform"
    if case.meta is not None and case.meta.generation.mode.is_positive:
        token = point_at_fixtures(case)
    response = case.call_and_validate(
        base_url=served, headers={"Authorization": f"Bearer {token}"}, checks=CHECKS, timeout=30
    )
    STATUSES.append((case.operation.label, response.status_code))


def test_fuzzing_reached_the_domain() -> None:
    """The cases above got successes and domain refusals, not only validation errors."""
    if len({label for label, _ in STATUSES}) < 24:
        pytest.skip("run together with test_spec_against_server")
    codes = {status for _, status in STATUSES}
    assert {200, 202, 204, 302} <= codes, sorted(codes)
    assert {400, 403, 404, 409, 412} <= codes, sorted(codes)

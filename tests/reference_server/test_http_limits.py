"""Input limits: every refusal a 4xx in the documented error shape, never a 500.

Findings of the careful tester: offsets/pages above 2^63-1, integers of
thousands of digits, JSON nested ~1000 levels, NUL characters in strings
(PostgreSQL refuses them), bodies of any size read before authentication.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from refserver_testlib import ACME, SHOP, TEMPLATE_NODE

from reference_server.http.limits import Limits

OWNER = {"Authorization": "Bearer tok_owner"}
DEPLOYMENTS = f"/api/v1/apps/{SHOP}/deployments"
REPOS = "/api/v1/github/installations/{}/repositories"
BOOTSTRAPS = f"/api/v1/tenants/{ACME}/app-bootstraps"
BOOTSTRAP = {
    "template_id": TEMPLATE_NODE,
    "name": "Blog",
    "slug": "blog",
    "subdomain": "blog",
    "github_owner": "octo-owner",
    "github_installation_id": 1001,
    "repo_name": "blog",
}


def refused(response: Any, status: int = 400, code: str = "validation_failed") -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["statusCode"] == status and body["code"] == code, body
    assert response.headers["content-type"] == "application/json"
    return str(body["message"])


# -- finding 3: integers ------------------------------------------------------------------
@pytest.mark.parametrize("value", [str(2**63), str(2**64 + 5), "9" * 30])
def test_offset_above_int64_is_400(client: Any, value: str):
    text = refused(client.get(DEPLOYMENTS, params={"offset": value}, headers=OWNER))
    assert "query parameter offset" in text and "out of range" in text


def test_page_above_int64_is_400(client: Any):
    text = refused(client.get(REPOS.format(1001), params={"page": str(2**63)}, headers=OWNER))
    assert "query parameter page" in text and "out of range" in text


def test_largest_int64_offset_is_accepted(client: Any):
    response = client.get(DEPLOYMENTS, params={"offset": str(2**63 - 1)}, headers=OWNER)
    assert response.status_code == 200, response.text
    assert response.json()["items"] == []


def test_integer_of_5000_digits_in_path_and_query_is_400(client: Any):
    huge = "7" * 5000
    text = refused(client.get(REPOS.format(huge), headers=OWNER))
    assert "path parameter installationID" in text and "(5000 characters)" in text
    refused(client.get(DEPLOYMENTS, params={"limit": huge}, headers=OWNER))


def test_integer_out_of_range_in_body_is_400(client: Any):
    for value in (2**63, -(2**63) - 1):
        text = refused(client.post(BOOTSTRAPS, json={**BOOTSTRAP, "github_installation_id": value}, headers=OWNER))
        assert "body.github_installation_id" in text and "out of range" in text
    raw = json.dumps(BOOTSTRAP).replace('"github_installation_id": 1001', '"github_installation_id": ' + "1" * 5000)
    text = refused(client.post(BOOTSTRAPS, content=raw, headers={**OWNER, "content-type": "application/json"}))
    assert "out of range" in text


# -- finding 3: JSON depth ------------------------------------------------------------------
@pytest.mark.parametrize("depth", [65, 990, 5000, 100_000])
def test_deeply_nested_json_is_400(client: Any, depth: int):
    raw = '{"force_rebuild": ' + "[" * depth + "]" * depth + "}"
    text = refused(client.post(DEPLOYMENTS, content=raw, headers={**OWNER, "content-type": "application/json"}))
    assert "nested deeper than 64 levels" in text


def test_json_depth_is_configurable(make_app: Any):
    from conftest import AsgiClient

    client = AsgiClient(make_app(faults=True, limits=Limits(max_json_depth=3)))
    try:
        raw = json.dumps({"force_rebuild": [[[]]]})
        text = refused(client.post(DEPLOYMENTS, content=raw, headers={**OWNER, "content-type": "application/json"}))
        assert "nested deeper than 3 levels" in text
        ok = client.post(DEPLOYMENTS, content=json.dumps({"force_rebuild": True}),
                         headers={**OWNER, "content-type": "application/json"})
        assert ok.status_code == 202, ok.text
    finally:
        client.close()


def test_integer_range_is_configurable(make_app: Any):
    from conftest import AsgiClient

    client = AsgiClient(make_app(faults=True, limits=Limits(min_integer=-1000, max_integer=1000)))
    try:
        assert client.get(DEPLOYMENTS, params={"offset": "1000"}, headers=OWNER).status_code == 200
        assert "from -1000 to 1000" in refused(client.get(DEPLOYMENTS, params={"offset": "1001"}, headers=OWNER))
    finally:
        client.close()


# -- finding 3/4: NUL characters ----------------------------------------------------------------
def test_nul_in_a_body_string_is_400(client: Any, platform: Any):
    text = refused(client.post(BOOTSTRAPS, json={**BOOTSTRAP, "name": "Bl\x00og"}, headers=OWNER))
    assert "body.name" in text and "NUL" in text


def test_nul_in_a_property_name_is_400(client: Any):
    refused(client.post(DEPLOYMENTS, json={"force_rebuild": True, "a\x00": 1}, headers=OWNER))


def test_nul_in_a_path_or_query_parameter_is_400(client: Any):
    assert "NUL" in refused(client.get(f"/api/v1/apps/{SHOP}/logs", params={"cursor": "a\x00b"}, headers=OWNER))
    assert "NUL" in refused(client.get(f"/api/v1/tenants/{ACME}/app-bootstraps/ab%00", headers=OWNER))

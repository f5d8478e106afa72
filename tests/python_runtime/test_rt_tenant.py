"""The tenant header of an API that declares one (``TENANT``): sent on tenant-scoped operations only,
from the client option or ``<PREFIX>_<env>``, overridable per call and per copy, never required.
An API that declares none keeps sending ``tenant_id`` as X-Tenant-ID on every call."""

from __future__ import annotations

from typing import Any, ClassVar

import httpx
import pytest
from fakeapi._runtime import InvalidArgumentError, Operation, Param, RequestOptions, SyncClient, TenantHeader

BASE = "https://tenant.test"
SCOPED = Operation("scoped", "GET", "/scoped", params=(Param("X-Org", "header"),), tenant_scoped=True)
PLAIN = Operation("plain", "GET", "/plain")


class OrgClient(SyncClient):
    DEFAULT_BASE_URL = BASE
    ENV_PREFIX = "ORGAPI"
    OPERATIONS: ClassVar[dict[str, Operation]] = {"scoped": SCOPED, "plain": PLAIN}
    TENANT = TenantHeader("X-Org", env="ORG_ID")


class LegacyClient(SyncClient):
    DEFAULT_BASE_URL = BASE
    OPERATIONS: ClassVar[dict[str, Operation]] = {"scoped": SCOPED, "plain": PLAIN}


def recording() -> tuple[list[httpx.Request], httpx.Client]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    return seen, httpx.Client(transport=httpx.MockTransport(handler))


def test_sent_on_tenant_scoped_operations_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ORGAPI_ORG_ID", raising=False)
    seen, http = recording()
    client = OrgClient(token="t", tenant_id="ten_1", http_client=http)
    client.request("scoped")
    client.request("plain")
    assert seen[0].headers["x-org"] == "ten_1"
    assert "x-org" not in seen[1].headers
    assert "x-tenant-id" not in seen[0].headers and "x-tenant-id" not in seen[1].headers


def test_never_required_and_overridable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ORGAPI_ORG_ID", raising=False)
    seen, http = recording()
    client = OrgClient(token="t", http_client=http)
    client.request("scoped")  # no tenant: nothing sent, nothing refused
    assert "x-org" not in seen[0].headers
    client.with_options(tenant_id="ten_2").request("scoped")
    assert seen[1].headers["x-org"] == "ten_2"
    named = client.with_options(tenant_id="ten_2")
    named.request("scoped", query={"X-Org": "ten_call"})  # the call's own header parameter wins
    named.request("scoped", options=RequestOptions(headers={"X-Org": "ten_opt"}))
    assert [r.headers["x-org"] for r in seen[2:]] == ["ten_call", "ten_opt"]
    assert client.with_options(tenant_id=None).request("scoped") == {}
    assert "x-org" not in seen[4].headers


def test_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORGAPI_ORG_ID", "ten_env")
    seen, http = recording()
    OrgClient(token="t", http_client=http).request("scoped")
    OrgClient(token="t", tenant_id="ten_arg", http_client=http).request("scoped")
    assert [r.headers["x-org"] for r in seen] == ["ten_env", "ten_arg"]


def test_bad_value_is_the_sdks_error() -> None:
    bad: Any = 42
    with pytest.raises(InvalidArgumentError, match="tenant_id must be a string"):
        OrgClient(token="t", tenant_id=bad)
    with pytest.raises(InvalidArgumentError, match="tenant_id must be a string"):
        OrgClient(token="t").with_options(tenant_id=bad)


def test_an_api_without_a_declared_header_sends_x_tenant_id_everywhere() -> None:
    seen, http = recording()
    client = LegacyClient(token="t", tenant_id="ten_1", http_client=http)
    client.request("scoped")
    client.request("plain")
    assert [r.headers.get("x-tenant-id") for r in seen] == ["ten_1", "ten_1"]

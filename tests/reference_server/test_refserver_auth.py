"""Tokens, roles and tenant isolation."""

from __future__ import annotations

import pytest
from refserver_testlib import ACME, GLOBEX, GLOBEX_WEB, SHOP, Users, app_path, raises

from reference_server.api import parse_bearer
from reference_server.apis.axhub.domain.service import Platform


def test_bearer_tokens_resolve_to_fixture_users(platform: Platform):
    expected = {
        "tok_admin": ("Ada Admin", {ACME: "admin"}, False),
        "tok_owner": ("Otto Owner", {ACME: "member"}, False),
        "tok_member": ("Mia Member", {ACME: "member"}, False),
        "tok_outsider": ("Oscar Outsider", {GLOBEX: "admin"}, False),
        "tok_platform": ("Pat Platform", {}, True),
        "tok_former": ("Fred Former", {}, False),  # inactive membership does not count
    }
    for token, (name, roles, platform_admin) in expected.items():
        user = platform.authenticate(f"Bearer {token}")
        assert (user.name, user.roles, user.platform_admin) == (name, roles, platform_admin)


@pytest.mark.parametrize("header", [None, "", "Bearer", "Bearer   ", "Basic dG9rX293bmVy", "tok_owner"])
def test_missing_or_malformed_authorization_is_401(platform: Platform, header: str | None):
    raises("unauthorized", 401, platform.authenticate, header)


def test_unknown_token_is_401(platform: Platform):
    raises("unauthorized", 401, platform.authenticate, "Bearer tok_nobody")


def test_scheme_is_case_insensitive():
    assert parse_bearer("bearer tok_owner") == "tok_owner"


def test_roles(platform: Platform, users: Users):
    assert users.admin.is_tenant_admin(ACME) and not users.admin.is_tenant_admin(GLOBEX)
    assert users.owner.is_member(ACME) and not users.owner.is_tenant_admin(ACME)
    assert users.platform.is_tenant_admin(ACME) and users.platform.is_tenant_admin(GLOBEX)
    assert not users.outsider.is_member(ACME)


def test_app_existence_is_hidden_from_outsiders(platform: Platform, users: Users):
    # an existing app and a missing one look the same to an outsider
    a = raises(
        "not_found",
        404,
        platform.get_deployment,
        users.outsider,
        app_path(SHOP, did="0d000000-0000-4000-8000-000000000101"),
        {},
        None,
    )
    b = raises(
        "not_found",
        404,
        platform.get_deployment,
        users.outsider,
        app_path("0c000000-0000-4000-8000-0000000000ff", did="0d000000-0000-4000-8000-000000000101"),
        {},
        None,
    )
    assert a.message == b.message
    raises("not_found", 404, platform.list_deployments, users.owner, app_path(GLOBEX_WEB), {}, None)


def test_tenant_paths_are_forbidden_to_non_members(platform: Platform, users: Users):
    raises("forbidden", 403, platform.list_tenant_deployments, users.former, {"tenantID": ACME}, {}, None)
    raises("validation_failed", 400, platform.list_tenant_deployments, users.member, {"tenantID": "acme"}, {}, None)
    raises(
        "forbidden",
        403,
        platform.list_tenant_deployments,
        users.platform,
        {"tenantID": "0a000000-0000-4000-8000-0000000000ff"},
        {},
        None,
    )

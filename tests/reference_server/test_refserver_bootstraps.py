"""App bootstrap saga: app → repo → push → connect → deploy → done."""

from __future__ import annotations

from typing import Any

from refserver_testlib import ACME, GLOBEX, TEMPLATE_NODE, Users, raises

from reference_server.apis.axhub.domain.service import Platform
from reference_server.apis.axhub.store import installation_users


def body(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "template_id": TEMPLATE_NODE,
        "name": "Blog",
        "slug": "blog",
        "subdomain": "blog",
        "github_owner": "octo-owner",
        "github_installation_id": 1001,
        "repo_name": "blog",
        "repo_private": True,
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def create(platform: Platform, users: Users, **overrides: Any) -> str:
    result = platform.create_bootstrap(users.owner, {"tenantID": ACME}, {}, body(**overrides))
    assert result is not None
    assert result["status_url"] == f"/api/v1/tenants/{ACME}/app-bootstraps/{result['bootstrap_id']}"
    return str(result["bootstrap_id"])


def status(platform: Platform, users: Users, bid: str) -> dict[str, Any]:
    result = platform.get_bootstrap(users.member, {"tenantID": ACME, "bootstrapID": bid}, {}, None)
    assert result is not None
    return result


def test_saga_advances_stage_by_stage(platform: Platform, users: Users):
    bid = create(platform, users)
    first = status(platform, users, bid)
    assert first == {
        "id": bid,
        "status": "running",
        "stage": "app",
        "app_id": "",
        "repo_full_name": "",
        "deployment_id": "",
        "error_code": "",
        "error_message": "",
    }
    platform.advance(1)
    s = status(platform, users, bid)
    assert (s["stage"], s["status"]) == ("repo", "running") and s["app_id"]
    platform.advance(1)
    s = status(platform, users, bid)
    assert s["stage"] == "push" and s["repo_full_name"] == "octo-owner/blog"
    platform.advance(1)
    assert status(platform, users, bid)["stage"] == "connect"
    platform.advance(1)
    assert status(platform, users, bid)["stage"] == "deploy"
    platform.advance(1)
    s = status(platform, users, bid)
    assert (s["stage"], s["status"]) == ("done", "done") and s["deployment_id"]
    # the app exists, is connected, and its first deployment runs to success
    app_path = {"appID": s["app_id"]}
    conn_status = platform.get_git_connection(users.owner, app_path, {}, None)
    assert conn_status["connected"] is True and conn_status["repo_full_name"] == "octo-owner/blog"
    platform.advance(8)
    dep = platform.get_deployment(users.owner, {**app_path, "did": s["deployment_id"]}, {}, None)
    assert dep["status"] == "succeeded"
    repos = platform.list_installation_repositories(users.owner, {"installationID": "1001"}, {}, None)
    assert any(r["full_name"] == "octo-owner/blog" for r in repos["repositories"])


def test_existing_repo_fails_with_repo_exists(platform: Platform, users: Users):
    bid = create(platform, users, repo_name="taken-name")
    platform.advance(10)
    s = status(platform, users, bid)
    assert (s["status"], s["stage"], s["error_code"]) == ("failed", "repo", "repo_exists")
    assert s["error_message"] and s["app_id"]


def test_taken_slug_fails_with_app_failed(platform: Platform, users: Users):
    bid = create(platform, users, slug="shop", repo_name="fresh")
    platform.advance(10)
    s = status(platform, users, bid)
    assert (s["status"], s["stage"], s["error_code"], s["app_id"]) == ("failed", "app", "app_failed", "")


def test_missing_installation_is_422(platform: Platform, users: Users):
    for missing in (None, 0):
        raises(
            "github_app_not_installed",
            422,
            platform.create_bootstrap,
            users.owner,
            {"tenantID": ACME},
            {},
            body(github_installation_id=missing),
        )


def test_installation_of_someone_else_is_403(platform: Platform, users: Users):
    raises(
        "installation_not_owned",
        403,
        platform.create_bootstrap,
        users.owner,
        {"tenantID": ACME},
        {},
        body(github_installation_id=2001, github_owner="globex-dev"),
    )


def test_validation(platform: Platform, users: Users):
    for overrides in (
        {"name": ""},
        {"name": "x" * 101},
        {"slug": "A"},
        {"slug": "Has Space"},
        {"subdomain": "x"},
        {"subdomain": "-bad-"},
        {"repo_name": "a/b"},
        {"template_id": "nope"},
        {"repo_private": "yes"},
        {"github_owner": None},
    ):
        raises(
            "validation_failed", 400, platform.create_bootstrap, users.owner, {"tenantID": ACME}, {}, body(**overrides)
        )


def test_well_formed_but_unknown_values_are_domain_refusals(platform: Platform, users: Users):
    """Schema-valid values the domain cannot use get their own codes, not validation_failed (schemathesis)."""
    for code, status, overrides in (
        ("unknown_template", 400, {"template_id": "0f000000-0000-4000-8000-00000000ffff"}),
        ("installation_owner_mismatch", 400, {"github_owner": "acme-org"}),
        ("installation_not_owned", 403, {"github_installation_id": -5}),
    ):
        raises(code, status, platform.create_bootstrap, users.owner, {"tenantID": ACME}, {}, body(**overrides))


def test_tenant_membership_rules(platform: Platform, users: Users):
    raises("forbidden", 403, platform.create_bootstrap, users.outsider, {"tenantID": ACME}, {}, body())
    bid = create(platform, users)
    raises("not_found", 404, platform.get_bootstrap, users.outsider, {"tenantID": GLOBEX, "bootstrapID": bid}, {}, None)
    raises("forbidden", 403, platform.get_bootstrap, users.outsider, {"tenantID": ACME, "bootstrapID": bid}, {}, None)
    raises(
        "not_found",
        404,
        platform.get_bootstrap,
        users.member,
        {"tenantID": ACME, "bootstrapID": "0f000000-0000-4000-8000-00000000ffff"},
        {},
        None,
    )


def test_any_member_may_bootstrap_on_an_installation_of_theirs(platform: Platform, users: Users):
    # any active tenant member may start one; what counts is owning the installation
    raises("installation_not_owned", 403, platform.create_bootstrap, users.member, {"tenantID": ACME}, {}, body())
    with platform.store.write() as conn:
        conn.execute(installation_users.insert().values(installation_id=1001, user_id=users.member.id))
    result = platform.create_bootstrap(users.member, {"tenantID": ACME}, {}, body())
    assert result is not None and result["bootstrap_id"]

"""Git connection: status union, install state tokens, register, connect, complete."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from refserver_testlib import ACME, LAB, NOGIT, SHOP, Users, app_path, raises
from sqlalchemy import func, select

from reference_server.apis.axhub.domain.git import branch_name_error
from reference_server.apis.axhub.domain.service import Platform
from reference_server.apis.axhub.store import install_states


def state_of(url: str) -> str:
    return parse_qs(urlparse(url).query)["state"][0]


def state_count(platform: Platform) -> int:
    with platform.store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(install_states)).scalar_one())


def new_state(platform: Platform, users: Users, app: str = NOGIT) -> str:
    result = platform.start_github_install(users.owner, app_path(app), {}, None)
    assert result is not None and result["status"] == 302
    return state_of(result["location"])


def register(platform: Platform, users: Users, state: str, app: str = NOGIT, **extra: object):
    body = {"state": state, "installation_id": 1001, "repo_full_name": "octo-owner/new-service", **extra}
    return platform.register_git_connection(users.owner, app_path(app), {}, body)


# -- status ---------------------------------------------------------------------
def test_connected_status(platform: Platform, users: Users):
    status = platform.get_git_connection(users.member, app_path(SHOP), {}, None)
    assert status == {
        "connected": True,
        "provider": "github",
        "repo_full_name": "octo-owner/shop",
        "branch": "main",
        "installation_id": 1001,
    }


def test_disconnected_status_gives_owner_a_fresh_install_url(platform: Platform, users: Users):
    first = platform.get_git_connection(users.owner, app_path(NOGIT), {}, None)
    second = platform.get_git_connection(users.admin, app_path(NOGIT), {}, None)
    assert first is not None and second is not None
    assert first["connected"] is False and set(first) == {"connected", "install_url"}
    assert first["install_url"].startswith("https://github.com/apps/axhub/installations/new?")
    s1, s2 = state_of(first["install_url"]), state_of(second["install_url"])
    assert s1 != s2
    assert len(s1) == 64 and int(s1, 16) >= 0  # 32 bytes, hex
    assert state_count(platform) == 2


def test_disconnected_status_for_plain_member_has_no_side_effect(platform: Platform, users: Users):
    status = platform.get_git_connection(users.member, app_path(NOGIT), {}, None)
    assert status == {"connected": False}
    assert state_count(platform) == 0


def test_connected_status_issues_no_state(platform: Platform, users: Users):
    platform.get_git_connection(users.owner, app_path(SHOP), {}, None)
    assert state_count(platform) == 0


def test_status_is_404_for_non_members(platform: Platform, users: Users):
    raises("not_found", 404, platform.get_git_connection, users.outsider, app_path(SHOP), {}, None)


# -- install start ---------------------------------------------------------------
def test_install_start_redirects_with_state(platform: Platform, users: Users):
    result = platform.start_github_install(users.owner, app_path(NOGIT), {}, None)
    assert result is not None
    assert result["status"] == 302
    assert "state=" in result["location"]
    assert state_count(platform) == 1


def test_install_start_requires_owner_or_admin(platform: Platform, users: Users):
    raises("forbidden", 403, platform.start_github_install, users.member, app_path(NOGIT), {}, None)
    raises("not_found", 404, platform.start_github_install, users.outsider, app_path(NOGIT), {}, None)


# -- register --------------------------------------------------------------------
def test_register_connects_and_defaults_branch_to_main(platform: Platform, users: Users):
    state = new_state(platform, users)
    assert register(platform, users, state) == {
        "provider": "github",
        "repo_full_name": "octo-owner/new-service",
        "branch": "main",
        "installation_id": 1001,
    }
    status = platform.get_git_connection(users.member, app_path(NOGIT), {}, None)
    assert status is not None and status["connected"] is True


def test_register_state_is_single_use(platform: Platform, users: Users):
    state = new_state(platform, users)
    register(platform, users, state)
    raises("state_expired", 400, register, platform, users, state)


def test_register_expired_state(platform: Platform, users: Users):
    state = new_state(platform, users)
    platform.clock.advance(10 * 60)
    raises("state_expired", 400, register, platform, users, state)


def test_register_state_valid_just_before_ttl(platform: Platform, users: Users):
    state = new_state(platform, users)
    platform.clock.advance(10 * 60 - 1)
    assert register(platform, users, state) is not None


def test_register_unknown_state(platform: Platform, users: Users):
    raises("invalid_state", 400, register, platform, users, "00" * 32)
    raises("validation_failed", 400, register, platform, users, "")


def test_register_state_of_another_app_is_403(platform: Platform, users: Users):
    state = new_state(platform, users, LAB)
    raises("state_app_mismatch", 403, register, platform, users, state)
    # the refusal did not consume it: LAB can still use it
    assert register(platform, users, state, LAB) is not None


def test_register_repo_the_installation_cannot_reach_is_400(platform: Platform, users: Users):
    state = new_state(platform, users)
    raises(
        "installation_verification_failed",
        400,
        register,
        platform,
        users,
        state,
        repo_full_name="someone-else/elsewhere",
    )
    raises(
        "installation_verification_failed",
        400,
        register,
        platform,
        users,
        state,
        repo_full_name="octo-owner/does-not-exist",
    )
    assert register(platform, users, state) is not None  # still usable


@pytest.mark.parametrize(
    "branch",
    ["bad..name", "-x", "feature/", "a b", "x.lock", "@", "a@{b", ".hidden", "t~1", "c:d", "q?", "s*", "b[", "b\\c"],
)
def test_register_invalid_branch_is_400(platform: Platform, users: Users, branch: str):
    state = new_state(platform, users)
    raises("invalid_branch", 400, register, platform, users, state, branch=branch)


def test_register_validates_body(platform: Platform, users: Users):
    state = new_state(platform, users)
    for extra in (
        {"installation_id": 0},
        {"installation_id": "1001"},
        {"repo_full_name": "no-slash"},
        {"repo_full_name": None},
    ):
        raises("validation_failed", 400, register, platform, users, state, **extra)


def test_register_requires_owner_or_admin(platform: Platform, users: Users):
    state = new_state(platform, users)
    raises(
        "forbidden",
        403,
        platform.register_git_connection,
        users.member,
        app_path(NOGIT),
        {},
        {"state": state, "installation_id": 1001, "repo_full_name": "octo-owner/new-service"},
    )


@pytest.mark.parametrize("branch", ["main", "feature/x-1", "release/2025.06", "a/b/c", "v1.0"])
def test_valid_branch_names(branch: str):
    assert branch_name_error(branch) is None


# -- update / delete --------------------------------------------------------------
def test_update_branch(platform: Platform, users: Users):
    result = platform.update_git_connection(users.owner, app_path(SHOP), {}, {"branch": "release/v2"})
    assert result == {
        "provider": "github",
        "repo_full_name": "octo-owner/shop",
        "branch": "release/v2",
        "installation_id": 1001,
    }


def test_update_branch_rules(platform: Platform, users: Users):
    raises(
        "invalid_branch",
        400,
        platform.update_git_connection,
        users.owner,
        app_path(SHOP),
        {},
        {"branch": "bad..branch"},
    )
    raises("invalid_branch", 400, platform.update_git_connection, users.owner, app_path(SHOP), {}, {"branch": ""})
    raises("not_found", 404, platform.update_git_connection, users.owner, app_path(NOGIT), {}, {"branch": "main"})
    raises("forbidden", 403, platform.update_git_connection, users.member, app_path(SHOP), {}, {"branch": "main"})


def test_delete_is_idempotent_and_keeps_history(platform: Platform, users: Users):
    assert platform.delete_git_connection(users.owner, app_path(SHOP), {}, None) is None
    assert platform.delete_git_connection(users.owner, app_path(SHOP), {}, None) is None
    status = platform.get_git_connection(users.member, app_path(SHOP), {}, None)
    assert status == {"connected": False}
    assert platform.list_deployments(users.owner, app_path(SHOP), {}, None)["total"] == 3
    raises("no_git_connection", 412, platform.trigger_deployment, users.owner, app_path(SHOP), {}, {})
    raises("forbidden", 403, platform.delete_git_connection, users.member, app_path(SHOP), {}, None)


# -- connect without state ------------------------------------------------------------
def connect(platform: Platform, user, app: str = NOGIT, **extra: object):
    body = {"installation_id": 1001, "repo_full_name": "octo-owner/new-service", **extra}
    return platform.connect_github(user, app_path(app), {}, body)


def test_connect_with_owned_installation(platform: Platform, users: Users):
    assert connect(platform, users.owner, branch="develop") == {
        "provider": "github",
        "repo_full_name": "octo-owner/new-service",
        "branch": "develop",
        "installation_id": 1001,
    }
    # idempotent replace
    assert connect(platform, users.owner)["branch"] == "main"


def test_connect_without_github_token_is_428(platform: Platform, users: Users):
    raises("github_relogin_required", 428, connect, platform, users.admin)


def test_connect_installation_of_someone_else_is_403(platform: Platform, users: Users):
    raises(
        "installation_not_owned",
        403,
        connect,
        platform,
        users.owner,
        installation_id=2001,
        repo_full_name="globex-dev/site",
    )
    raises(
        "installation_not_owned",
        403,
        connect,
        platform,
        users.owner,
        installation_id=1003,
        repo_full_name="someone-else/elsewhere",
    )


def test_connect_unreadable_repo_is_400(platform: Platform, users: Users):
    raises("installation_verification_failed", 400, connect, platform, users.owner, repo_full_name="acme-org/api")


def test_connect_requires_owner_or_admin(platform: Platform, users: Users):
    raises("forbidden", 403, connect, platform, users.member)
    raises("not_found", 404, connect, platform, users.outsider)


# -- complete (verify before consume) ---------------------------------------------------
def complete(platform: Platform, user, state: str, **extra: object):
    body = {"state": state, "installation_id": 1001, "repo_full_name": "octo-owner/new-service", **extra}
    return platform.complete_github_install(user, {}, {}, body)


def test_complete_connects_app_bound_to_state(platform: Platform, users: Users):
    state = new_state(platform, users)
    assert complete(platform, users.owner, state) == {
        "provider": "github",
        "repo_full_name": "octo-owner/new-service",
        "branch": "main",
        "installation_id": 1001,
        "app_id": NOGIT,
        "tenant_slug": "acme",
    }
    raises("state_expired", 400, complete, platform, users.owner, state)


def test_complete_by_another_user_is_403_and_keeps_state(platform: Platform, users: Users):
    state = new_state(platform, users)
    raises("state_owner_mismatch", 403, complete, platform, users.outsider, state)
    assert complete(platform, users.owner, state)["app_id"] == NOGIT


def test_complete_failures_before_consume_leave_state_usable(platform: Platform, users: Users):
    state = new_state(platform, users)
    raises("installation_not_owned", 403, complete, platform, users.owner, state, installation_id=2001)
    raises(
        "installation_verification_failed", 400, complete, platform, users.owner, state, repo_full_name="acme-org/web"
    )
    raises("invalid_branch", 400, complete, platform, users.owner, state, branch="x..y")
    assert complete(platform, users.owner, state)["tenant_slug"] == "acme"


def test_complete_without_github_token_is_428(platform: Platform, users: Users):
    result = platform.start_github_install(users.admin, app_path(NOGIT), {}, None)
    state = state_of(result["location"])
    raises("github_relogin_required", 428, complete, platform, users.admin, state)


def test_complete_expired_state_is_400(platform: Platform, users: Users):
    state = new_state(platform, users)
    platform.clock.advance(601)
    raises("state_expired", 400, complete, platform, users.owner, state)


def test_complete_validates_body(platform: Platform, users: Users):
    state = new_state(platform, users)
    raises("validation_failed", 400, complete, platform, users.owner, state, installation_id=-1)
    raises("validation_failed", 400, complete, platform, users.owner, state, repo_full_name="")
    raises("invalid_state", 400, complete, platform, users.owner, "nope")


def test_tenant_constant_matches_fixture(platform: Platform):
    assert platform.tenant_slug(ACME) == "acme"

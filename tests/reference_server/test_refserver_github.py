"""GitHub discovery: accounts and installation repositories (simulated GitHub)."""

from __future__ import annotations

from refserver_testlib import Users, raises

from reference_server.apis.axhub.domain.github import account_id
from reference_server.apis.axhub.domain.service import Platform


def test_accounts_user_first_then_active_orgs(platform: Platform, users: Users):
    result = platform.list_github_accounts(users.owner, {}, {}, None)
    assert result is not None
    accounts = result["accounts"]
    assert [(a["login"], a["type"], a["installation_id"]) for a in accounts] == [
        ("octo-owner", "User", 1001),
        ("acme-org", "Organization", 1002),
    ]
    assert accounts[0]["id"] == account_id("octo-owner")
    assert accounts[0]["avatar_url"].startswith("https://")
    assert set(accounts[0]) == {"login", "id", "type", "avatar_url", "installation_id"}


def test_accounts_without_installation_have_null_installation_id(platform: Platform, users: Users):
    with platform.store.write() as conn:
        from reference_server.apis.axhub.store import installation_users

        conn.execute(installation_users.delete().where(installation_users.c.installation_id == 1002))
    accounts = platform.list_github_accounts(users.owner, {}, {}, None)["accounts"]
    assert accounts[1] == {**accounts[1], "login": "acme-org", "installation_id": None}


def test_accounts_without_github_token_is_428(platform: Platform, users: Users):
    for user in (users.member, users.admin, users.platform):
        raises("github_relogin_required", 428, platform.list_github_accounts, user, {}, {}, None)


def test_repositories_of_own_installation(platform: Platform, users: Users):
    result = platform.list_installation_repositories(users.owner, {"installationID": "1001"}, {}, None)
    assert result is not None
    assert result["total_count"] == 8
    assert len(result["repositories"]) == 8
    repo = next(r for r in result["repositories"] if r["name"] == "new-service")
    assert repo == {
        "id": repo["id"],
        "name": "new-service",
        "full_name": "octo-owner/new-service",
        "private": False,
        "default_branch": "main",
    }


def test_repositories_paging(platform: Platform, users: Users):
    names = []
    for page in ("1", "2", "3"):
        result = platform.list_installation_repositories(
            users.owner, {"installationID": "1001"}, {"page": page, "per_page": "3"}, None
        )
        assert result["total_count"] == 8
        names += [r["full_name"] for r in result["repositories"]]
    assert len(names) == 8 and names == sorted(names, key=str.lower)
    empty = platform.list_installation_repositories(
        users.owner, {"installationID": "1001"}, {"page": "9", "per_page": "3"}, None
    )
    assert empty == {"repositories": [], "total_count": 8}


def test_repositories_paging_validation(platform: Platform, users: Users):
    for query in ({"page": "0"}, {"per_page": "101"}, {"per_page": "0"}):
        raises(
            "validation_failed",
            400,
            platform.list_installation_repositories,
            users.owner,
            {"installationID": "1001"},
            query,
            None,
        )
    raises(
        "validation_failed",
        400,
        platform.list_installation_repositories,
        users.owner,
        {"installationID": "abc"},
        {},
        None,
    )


def test_repositories_of_someone_elses_installation_is_403(platform: Platform, users: Users):
    for inst in ("2001", "1003", "999999"):
        raises(
            "installation_not_owned",
            403,
            platform.list_installation_repositories,
            users.owner,
            {"installationID": inst},
            {},
            None,
        )


def test_repositories_without_github_token_is_428(platform: Platform, users: Users):
    raises(
        "github_relogin_required",
        428,
        platform.list_installation_repositories,
        users.member,
        {"installationID": "1001"},
        {},
        None,
    )

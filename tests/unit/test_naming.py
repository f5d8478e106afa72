"""The word splitter and case styles: the seed's exact names, reserved words, collisions."""

from __future__ import annotations

import pytest

from generator.naming import (
    RESERVED,
    NameAllocator,
    camel,
    escape_reserved,
    method_name,
    pascal,
    snake,
    split_words,
)

# operationId, Go, Java, Kotlin, Python, Ruby: exactly as seed 000 writes each call.
SEED_NAMES = [
    (
        "deployGetApiV1AppsByAppIDDeployments",
        "DeployGetApiV1AppsByAppIDDeployments",
        "deployGetApiV1AppsByAppIDDeployments",
        "deployGetApiV1AppsByAppIDDeployments",
        "deploy_get_api_v1_apps_by_app_id_deployments",
        "deploy_get_api_v1_apps_by_app_id_deployments",
    ),
    (
        "deployPostApiV1AppsByAppIDDeployments",
        "DeployPostApiV1AppsByAppIDDeployments",
        "deployPostApiV1AppsByAppIDDeployments",
        "deployPostApiV1AppsByAppIDDeployments",
        "deploy_post_api_v1_apps_by_app_id_deployments",
        "deploy_post_api_v1_apps_by_app_id_deployments",
    ),
    (
        "deployGetApiV1AppsByAppIDDeploymentsByDid",
        "DeployGetApiV1AppsByAppIDDeploymentsByDid",
        "deployGetApiV1AppsByAppIDDeploymentsByDid",
        "deployGetApiV1AppsByAppIDDeploymentsByDid",
        "deploy_get_api_v1_apps_by_app_id_deployments_by_did",
        "deploy_get_api_v1_apps_by_app_id_deployments_by_did",
    ),
    (
        "deployPostApiV1AppsByAppIDDeploymentsByDidCancel",
        "DeployPostApiV1AppsByAppIDDeploymentsByDidCancel",
        "deployPostApiV1AppsByAppIDDeploymentsByDidCancel",
        "deployPostApiV1AppsByAppIDDeploymentsByDidCancel",
        "deploy_post_api_v1_apps_by_app_id_deployments_by_did_cancel",
        "deploy_post_api_v1_apps_by_app_id_deployments_by_did_cancel",
    ),
    (
        "deployPostApiV1AppsByAppIDDeploymentsByDidRollback",
        "DeployPostApiV1AppsByAppIDDeploymentsByDidRollback",
        "deployPostApiV1AppsByAppIDDeploymentsByDidRollback",
        "deployPostApiV1AppsByAppIDDeploymentsByDidRollback",
        "deploy_post_api_v1_apps_by_app_id_deployments_by_did_rollback",
        "deploy_post_api_v1_apps_by_app_id_deployments_by_did_rollback",
    ),
    (
        "deployGetApiV1AppsByAppIDDiagnosis",
        "DeployGetApiV1AppsByAppIDDiagnosis",
        "deployGetApiV1AppsByAppIDDiagnosis",
        "deployGetApiV1AppsByAppIDDiagnosis",
        "deploy_get_api_v1_apps_by_app_id_diagnosis",
        "deploy_get_api_v1_apps_by_app_id_diagnosis",
    ),
    (
        "deployDeleteApiV1AppsByAppIDGitConnection",
        "DeployDeleteApiV1AppsByAppIDGitConnection",
        "deployDeleteApiV1AppsByAppIDGitConnection",
        "deployDeleteApiV1AppsByAppIDGitConnection",
        "deploy_delete_api_v1_apps_by_app_id_git_connection",
        "deploy_delete_api_v1_apps_by_app_id_git_connection",
    ),
    (
        "deployGetApiV1AppsByAppIDGitConnection",
        "DeployGetApiV1AppsByAppIDGitConnection",
        "deployGetApiV1AppsByAppIDGitConnection",
        "deployGetApiV1AppsByAppIDGitConnection",
        "deploy_get_api_v1_apps_by_app_id_git_connection",
        "deploy_get_api_v1_apps_by_app_id_git_connection",
    ),
    (
        "deployPatchApiV1AppsByAppIDGitConnection",
        "DeployPatchApiV1AppsByAppIDGitConnection",
        "deployPatchApiV1AppsByAppIDGitConnection",
        "deployPatchApiV1AppsByAppIDGitConnection",
        "deploy_patch_api_v1_apps_by_app_id_git_connection",
        "deploy_patch_api_v1_apps_by_app_id_git_connection",
    ),
    (
        "deployPostApiV1AppsByAppIDGitConnection",
        "DeployPostApiV1AppsByAppIDGitConnection",
        "deployPostApiV1AppsByAppIDGitConnection",
        "deployPostApiV1AppsByAppIDGitConnection",
        "deploy_post_api_v1_apps_by_app_id_git_connection",
        "deploy_post_api_v1_apps_by_app_id_git_connection",
    ),
    (
        "deployPostApiV1AppsByAppIDGitGithubConnect",
        "DeployPostApiV1AppsByAppIDGitGithubConnect",
        "deployPostApiV1AppsByAppIDGitGithubConnect",
        "deployPostApiV1AppsByAppIDGitGithubConnect",
        "deploy_post_api_v1_apps_by_app_id_git_github_connect",
        "deploy_post_api_v1_apps_by_app_id_git_github_connect",
    ),
    (
        "deployGetApiV1AppsByAppIDGitGithubInstallStart",
        "DeployGetApiV1AppsByAppIDGitGithubInstallStart",
        "deployGetApiV1AppsByAppIDGitGithubInstallStart",
        "deployGetApiV1AppsByAppIDGitGithubInstallStart",
        "deploy_get_api_v1_apps_by_app_id_git_github_install_start",
        "deploy_get_api_v1_apps_by_app_id_git_github_install_start",
    ),
    (
        "deployGetApiV1AppsByAppIDLogs",
        "DeployGetApiV1AppsByAppIDLogs",
        "deployGetApiV1AppsByAppIDLogs",
        "deployGetApiV1AppsByAppIDLogs",
        "deploy_get_api_v1_apps_by_app_id_logs",
        "deploy_get_api_v1_apps_by_app_id_logs",
    ),
    (
        "deployPostApiV1AppsByAppIDPromotionsByRequestIDRetry",
        "DeployPostApiV1AppsByAppIDPromotionsByRequestIDRetry",
        "deployPostApiV1AppsByAppIDPromotionsByRequestIDRetry",
        "deployPostApiV1AppsByAppIDPromotionsByRequestIDRetry",
        "deploy_post_api_v1_apps_by_app_id_promotions_by_request_id_retry",
        "deploy_post_api_v1_apps_by_app_id_promotions_by_request_id_retry",
    ),
    (
        "deployGetApiV1AppsByAppIDReleases",
        "DeployGetApiV1AppsByAppIDReleases",
        "deployGetApiV1AppsByAppIDReleases",
        "deployGetApiV1AppsByAppIDReleases",
        "deploy_get_api_v1_apps_by_app_id_releases",
        "deploy_get_api_v1_apps_by_app_id_releases",
    ),
    (
        "deployGetApiV1AppsByAppIDReleasesPromotePreflight",
        "DeployGetApiV1AppsByAppIDReleasesPromotePreflight",
        "deployGetApiV1AppsByAppIDReleasesPromotePreflight",
        "deployGetApiV1AppsByAppIDReleasesPromotePreflight",
        "deploy_get_api_v1_apps_by_app_id_releases_promote_preflight",
        "deploy_get_api_v1_apps_by_app_id_releases_promote_preflight",
    ),
    (
        "deployDeleteApiV1AppsByAppIDStaging",
        "DeployDeleteApiV1AppsByAppIDStaging",
        "deployDeleteApiV1AppsByAppIDStaging",
        "deployDeleteApiV1AppsByAppIDStaging",
        "deploy_delete_api_v1_apps_by_app_id_staging",
        "deploy_delete_api_v1_apps_by_app_id_staging",
    ),
    (
        "deployPutApiV1AppsByAppIDStaging",
        "DeployPutApiV1AppsByAppIDStaging",
        "deployPutApiV1AppsByAppIDStaging",
        "deployPutApiV1AppsByAppIDStaging",
        "deploy_put_api_v1_apps_by_app_id_staging",
        "deploy_put_api_v1_apps_by_app_id_staging",
    ),
    (
        "deployPostApiV1GitGithubComplete",
        "DeployPostApiV1GitGithubComplete",
        "deployPostApiV1GitGithubComplete",
        "deployPostApiV1GitGithubComplete",
        "deploy_post_api_v1_git_github_complete",
        "deploy_post_api_v1_git_github_complete",
    ),
    (
        "deployGetApiV1GithubAccounts",
        "DeployGetApiV1GithubAccounts",
        "deployGetApiV1GithubAccounts",
        "deployGetApiV1GithubAccounts",
        "deploy_get_api_v1_github_accounts",
        "deploy_get_api_v1_github_accounts",
    ),
    (
        "deployGetApiV1GithubInstallationsByInstallationIDRepositories",
        "DeployGetApiV1GithubInstallationsByInstallationIDRepositories",
        "deployGetApiV1GithubInstallationsByInstallationIDRepositories",
        "deployGetApiV1GithubInstallationsByInstallationIDRepositories",
        "deploy_get_api_v1_github_installations_by_installation_id_repositories",
        "deploy_get_api_v1_github_installations_by_installation_id_repositories",
    ),
    (
        "deployPostApiV1TenantsByTenantIDAppBootstraps",
        "DeployPostApiV1TenantsByTenantIDAppBootstraps",
        "deployPostApiV1TenantsByTenantIDAppBootstraps",
        "deployPostApiV1TenantsByTenantIDAppBootstraps",
        "deploy_post_api_v1_tenants_by_tenant_id_app_bootstraps",
        "deploy_post_api_v1_tenants_by_tenant_id_app_bootstraps",
    ),
    (
        "deployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID",
        "DeployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID",
        "deployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID",
        "deployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID",
        "deploy_get_api_v1_tenants_by_tenant_id_app_bootstraps_by_bootstrap_id",
        "deploy_get_api_v1_tenants_by_tenant_id_app_bootstraps_by_bootstrap_id",
    ),
    (
        "deployGetApiV1TenantsByTenantIDDeployments",
        "DeployGetApiV1TenantsByTenantIDDeployments",
        "deployGetApiV1TenantsByTenantIDDeployments",
        "deployGetApiV1TenantsByTenantIDDeployments",
        "deploy_get_api_v1_tenants_by_tenant_id_deployments",
        "deploy_get_api_v1_tenants_by_tenant_id_deployments",
    ),
]

LANGUAGES = ("go", "java", "kotlin", "python", "ruby")


@pytest.mark.parametrize("row", SEED_NAMES, ids=[row[0] for row in SEED_NAMES])
def test_seed_method_names_in_every_language(row: tuple[str, ...]) -> None:
    operation_id, *expected = row
    assert [method_name(operation_id, lang) for lang in LANGUAGES] == expected


def test_the_seed_table_is_complete() -> None:
    assert len(SEED_NAMES) == 24
    assert len({row[0] for row in SEED_NAMES}) == 24


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("AppIDDeployments", ["App", "ID", "Deployments"]),
        ("ByDid", ["By", "Did"]),
        ("HTTPServer", ["HTTP", "Server"]),
        ("getURLsList", ["get", "URLs", "List"]),
        ("io.k8s.api.apps.v1.Deployment", ["io", "k8s", "api", "apps", "v1", "Deployment"]),
        ("base64Encode", ["base64", "Encode"]),
        ("snake_case-and spaces", ["snake", "case", "and", "spaces"]),
        ("SCREAMING_SNAKE", ["screaming", "snake"]),
        ("X-Tenant-ID", ["X", "Tenant", "ID"]),
        ("données", ["donnees"]),
        ("Ünïcode名前", ["Unicode", "名前"]),
        ("", []),
        ("__", []),
    ],
)
def test_split_words(text: str, words: list[str]) -> None:
    assert split_words(text) == words


def test_case_styles_keep_acronyms_in_pascal_and_camel() -> None:
    words = split_words("installationIDRepositories")
    assert pascal(words) == "InstallationIDRepositories"
    assert camel(words) == "installationIDRepositories"
    assert snake(words) == "installation_id_repositories"


@pytest.mark.parametrize("language", sorted(RESERVED))
def test_reserved_words_are_escaped(language: str) -> None:
    for word in RESERVED[language]:
        escaped = escape_reserved(word, language)
        assert escaped != word
        assert escaped not in RESERVED[language]


def test_reserved_words_of_each_target_are_there() -> None:
    assert {"class", "def", "None", "async"} <= RESERVED["python"]
    assert {"func", "type", "range", "interface"} <= RESERVED["go"]
    assert {"class", "default", "enum", "record"} <= RESERVED["java"]
    assert {"fun", "val", "object", "when"} <= RESERVED["kotlin"]
    assert {"end", "def", "begin", "nil"} <= RESERVED["ruby"]
    assert {"function", "delete", "typeof", "await"} <= RESERVED["typescript"]


def test_method_names_escape_reserved_words() -> None:
    assert method_name("class", "python") == "class_"
    assert method_name("import", "java") == "import_"
    assert method_name("end", "ruby") == "end_"
    assert method_name("when", "kotlin") == "when_"


def test_collisions_after_casing_get_distinct_deterministic_names() -> None:
    first = NameAllocator()
    names = [first.allocate(n) for n in ("userId", "UserId", "userid", "userId2")]
    assert names == ["userId", "UserId2", "userid3", "userId22"]
    again = NameAllocator()
    assert [again.allocate(n) for n in ("userId", "UserId", "userid", "userId2")] == names


def test_names_starting_with_digits_get_a_prefix() -> None:
    assert method_name("2fa", "python") == "op_2fa"
    assert method_name("2fa", "go") == "Op2fa"


def test_letters_newer_than_every_lexer_are_separators() -> None:
    # U+30E61 (a CJK ideograph of Unicode 13) made a Kotlin enum entry that kotlinc could not lex.
    assert split_words("a\U00030e61b") == ["a", "b"]
    assert split_words("\u0870x") == ["x"]  # Arabic letter of Unicode 14
    # Letters every lexer knows stay: accented Latin folds, other scripts and astral letters kept.
    assert split_words("caf\u00e9 \u30a2\u30a4 \U00020000x") == ["cafe", "\u30a2\u30a4", "\U00020000x"]

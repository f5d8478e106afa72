"""Deployments: list, trigger, get, cancel, rollback, diagnosis, tenant feed (seed 000)."""

from __future__ import annotations

from refserver_testlib import (
    ACME,
    ADMIN_TOOL,
    CATALOG,
    GLOBEX,
    GOOD_SHA,
    LAB,
    NOGIT,
    NOSUB,
    PORTAL,
    PORTAL_FAILED,
    PORTAL_V1,
    PORTAL_V2,
    PORTAL_V3,
    SHOP,
    SHOP_FAILED,
    SHOP_MAIN_HEAD,
    SHOP_V1,
    SHOP_V2,
    STAGE,
    Users,
    app_path,
    raises,
)
from sqlalchemy import select

from reference_server.apis.axhub.domain import events
from reference_server.apis.axhub.domain.service import Platform
from reference_server.apis.axhub.store import apps, deployments


def trigger(platform: Platform, users: Users, app: str = SHOP, **body: object) -> dict:
    result = platform.trigger_deployment(users.owner, app_path(app), {}, body)
    assert result is not None
    return result


# -- list -----------------------------------------------------------------------
def test_list_is_newest_first_with_total_and_empty_cursor(platform: Platform, users: Users):
    page = platform.list_deployments(users.member, app_path(SHOP), {}, None)
    assert page is not None
    assert [d["id"] for d in page["items"]] == [SHOP_V2, SHOP_FAILED, SHOP_V1]
    assert page["total"] == 3
    assert page["next_cursor"] == ""


def test_list_limit_and_offset(platform: Platform, users: Users):
    page = platform.list_deployments(users.member, app_path(SHOP), {"limit": "1", "offset": "1"}, None)
    assert page is not None
    assert [d["id"] for d in page["items"]] == [SHOP_FAILED]
    assert page["total"] == 3


def test_list_limit_default_is_20(platform: Platform, users: Users, clock):
    for _ in range(22):
        trigger(platform, users)
        platform.advance(STAGE * 4)
    page = platform.list_deployments(users.member, app_path(SHOP), {}, None)
    assert page is not None
    assert len(page["items"]) == 20
    assert page["total"] == 25


def test_list_rejects_out_of_range_paging(platform: Platform, users: Users):
    for query in ({"limit": "0"}, {"limit": "101"}, {"offset": "-1"}, {"limit": "ten"}):
        raises("validation_failed", 400, platform.list_deployments, users.member, app_path(SHOP), query, None)


def test_list_hides_app_from_other_tenants(platform: Platform, users: Users):
    raises("not_found", 404, platform.list_deployments, users.outsider, app_path(SHOP), {}, None)
    raises("not_found", 404, platform.list_deployments, users.former, app_path(SHOP), {}, None)


def test_platform_admin_sees_every_tenant(platform: Platform, users: Users):
    page = platform.list_deployments(users.platform, app_path(SHOP), {}, None)
    assert page is not None and page["total"] == 3


def test_unknown_app_is_404_and_malformed_id_is_400(platform: Platform, users: Users):
    raises(
        "not_found",
        404,
        platform.list_deployments,
        users.owner,
        app_path("0c000000-0000-4000-8000-00000000ffff"),
        {},
        None,
    )
    raises("validation_failed", 400, platform.list_deployments, users.owner, app_path("nope"), {}, None)


# -- trigger --------------------------------------------------------------------
def test_trigger_creates_pending_manual_deployment_from_branch_head(platform: Platform, users: Users):
    dep = trigger(platform, users)
    assert dep["status"] == "pending"
    assert dep["current_stage"] == "pending"
    assert dep["trigger_source"] == "manual"
    assert dep["commit_sha"] == SHOP_MAIN_HEAD
    assert dep["completed_at"] is None and dep["image_uri"] is None
    assert dep["failure_reason"] is None
    assert dep["started_at"] == "2025-06-01T00:00:00Z"
    assert dep["app_id"] == SHOP


def test_trigger_uses_given_commit_and_records_force_rebuild(platform: Platform, users: Users):
    dep = trigger(platform, users, commit_sha=GOOD_SHA, force_rebuild=True)
    assert dep["commit_sha"] == GOOD_SHA
    with platform.store.read() as conn:
        row = conn.execute(select(deployments).where(deployments.c.id == dep["id"])).one()
    assert row.force_rebuild is True


def test_trigger_follows_the_connected_branch(platform: Platform, users: Users):
    platform.update_git_connection(users.owner, app_path(SHOP), {}, {"branch": "develop"})
    dep = trigger(platform, users)
    assert dep["commit_sha"] != SHOP_MAIN_HEAD and len(dep["commit_sha"]) == 40


def test_trigger_rejects_malformed_commit(platform: Platform, users: Users):
    for sha in ("abc", "Z" * 40, 42):
        raises(
            "validation_failed", 400, platform.trigger_deployment, users.owner, app_path(SHOP), {}, {"commit_sha": sha}
        )


def test_trigger_requires_owner_or_admin(platform: Platform, users: Users):
    raises("forbidden", 403, platform.trigger_deployment, users.member, app_path(SHOP), {}, {})
    raises("forbidden", 403, platform.trigger_deployment, users.owner, app_path(ADMIN_TOOL), {}, {})
    raises("not_found", 404, platform.trigger_deployment, users.outsider, app_path(SHOP), {}, {})
    assert platform.trigger_deployment(users.admin, app_path(ADMIN_TOOL), {}, {}) is not None
    assert platform.trigger_deployment(users.platform, app_path(SHOP), {}, {}) is not None


def test_trigger_without_subdomain_is_412(platform: Platform, users: Users):
    raises("no_subdomain", 412, platform.trigger_deployment, users.owner, app_path(NOSUB), {}, {})


def test_trigger_without_git_connection_is_412(platform: Platform, users: Users):
    raises("no_git_connection", 412, platform.trigger_deployment, users.owner, app_path(NOGIT), {}, {})


def test_trigger_on_approved_app_without_staging_is_412(platform: Platform, users: Users):
    raises("staging_required", 412, platform.trigger_deployment, users.owner, app_path(CATALOG), {}, {})
    # with staging on, an approved app deploys (to staging)
    assert trigger(platform, users, PORTAL, commit_sha=GOOD_SHA)["status"] == "pending"


def test_trigger_while_in_progress_is_409(platform: Platform, users: Users):
    first = trigger(platform, users)
    raises("deployment_in_progress", 409, platform.trigger_deployment, users.owner, app_path(SHOP), {}, {})
    platform.advance(STAGE * 2)  # building/pushing: still in progress
    raises("deployment_in_progress", 409, platform.trigger_deployment, users.owner, app_path(SHOP), {}, {})
    platform.advance(STAGE * 2)
    assert platform.get_deployment(users.owner, app_path(SHOP, did=first["id"]), {}, None)["status"] == "succeeded"
    assert trigger(platform, users)["status"] == "pending"


def test_trigger_records_an_event(platform: Platform, users: Users):
    dep = trigger(platform, users)
    with platform.store.read() as conn:
        kinds = [(e["kind"], e["payload"].get("deployment_id")) for e in events.list_for_app(conn, SHOP)]
    assert ("deployment.triggered", dep["id"]) in kinds


# -- get ------------------------------------------------------------------------
def test_get_returns_details_and_failure_reason(platform: Platform, users: Users):
    dep = platform.get_deployment(users.member, app_path(SHOP, did=SHOP_FAILED), {}, None)
    assert dep is not None
    assert dep["status"] == "failed"
    assert dep["failure_reason"] == {
        "code": "build_failed",
        "stage": "building",
        "message": dep["failure_reason"]["message"],
    }
    assert dep["current_stage"] is None and dep["completed_at"] is not None


def test_get_of_another_apps_deployment_is_404(platform: Platform, users: Users):
    raises("not_found", 404, platform.get_deployment, users.owner, app_path(CATALOG, did=SHOP_V1), {}, None)
    raises("not_found", 404, platform.get_deployment, users.outsider, app_path(SHOP, did=SHOP_V1), {}, None)
    raises("validation_failed", 400, platform.get_deployment, users.owner, app_path(SHOP, did="x"), {}, None)


# -- cancel ---------------------------------------------------------------------
def test_cancel_in_progress_frees_the_slot(platform: Platform, users: Users, clock):
    dep = trigger(platform, users)
    platform.advance(STAGE)  # building
    assert platform.cancel_deployment(users.owner, app_path(SHOP, did=dep["id"]), {}, None) is None
    got = platform.get_deployment(users.owner, app_path(SHOP, did=dep["id"]), {}, None)
    assert got is not None
    assert got["status"] == "cancelled"
    assert got["current_stage"] is None
    assert got["completed_at"] == "2025-06-01T00:00:02Z"
    # the pipeline stops: nothing moves it any more
    report = platform.advance(STAGE * 10)
    assert dep["id"] not in report.deployments
    assert platform.get_deployment(users.owner, app_path(SHOP, did=dep["id"]), {}, None)["status"] == "cancelled"
    # and a new deployment may start at once
    assert trigger(platform, users)["status"] == "pending"


def test_cancel_is_idempotent(platform: Platform, users: Users):
    dep = trigger(platform, users)
    platform.cancel_deployment(users.owner, app_path(SHOP, did=dep["id"]), {}, None)
    assert platform.cancel_deployment(users.owner, app_path(SHOP, did=dep["id"]), {}, None) is None


def test_cancel_finished_deployment_is_409(platform: Platform, users: Users):
    for did in (SHOP_V1, SHOP_FAILED):
        raises("invalid_state", 409, platform.cancel_deployment, users.owner, app_path(SHOP, did=did), {}, None)


def test_cancel_requires_owner_or_admin(platform: Platform, users: Users):
    dep = trigger(platform, users)
    raises("forbidden", 403, platform.cancel_deployment, users.member, app_path(SHOP, did=dep["id"]), {}, None)
    raises("not_found", 404, platform.cancel_deployment, users.outsider, app_path(SHOP, did=dep["id"]), {}, None)
    platform.cancel_deployment(users.admin, app_path(SHOP, did=dep["id"]), {}, None)


# -- rollback -------------------------------------------------------------------
def _production(platform: Platform, app_id: str) -> str | None:
    with platform.store.read() as conn:
        return conn.execute(select(apps.c.production_deployment_id).where(apps.c.id == app_id)).scalar_one()


def test_rollback_moves_production_pointer_without_new_row(platform: Platform, users: Users):
    before = platform.list_deployments(users.owner, app_path(SHOP), {}, None)["total"]
    assert platform.rollback_deployment(users.owner, app_path(SHOP, did=SHOP_V1), {}, {}) is None
    assert _production(platform, SHOP) == SHOP_V1
    assert platform.list_deployments(users.owner, app_path(SHOP), {}, None)["total"] == before
    with platform.store.read() as conn:
        rollbacks = events.list_for_app(conn, SHOP, "production.rollback")
    assert rollbacks[-1]["payload"]["from_deployment_id"] == SHOP_V2
    assert rollbacks[-1]["payload"]["to_deployment_id"] == SHOP_V1
    releases = platform.list_releases(users.owner, app_path(SHOP), {}, None)["items"]
    assert [r["version"] for r in releases if r["active_prod"]] == [1]


def test_rollback_needs_an_image(platform: Platform, users: Users):
    raises("no_image", 412, platform.rollback_deployment, users.owner, app_path(SHOP, did=SHOP_FAILED), {}, {})


def test_rollback_on_staging_app_needs_approved_version(platform: Platform, users: Users):
    raises(
        "release_not_approved", 403, platform.rollback_deployment, users.owner, app_path(PORTAL, did=PORTAL_V3), {}, {}
    )
    platform.rollback_deployment(users.owner, app_path(PORTAL, did=PORTAL_V2), {}, {})
    # a version without image fails on the image first
    raises("no_image", 412, platform.rollback_deployment, users.owner, app_path(PORTAL, did=PORTAL_FAILED), {}, {})


def test_rollback_past_destructive_schema_change_needs_confirmation(platform: Platform, users: Users):
    err = raises(
        "confirm_schema_skew_required",
        412,
        platform.rollback_deployment,
        users.owner,
        app_path(PORTAL, did=PORTAL_V1),
        {},
        {},
    )
    assert "users.legacy_flag" in err.message
    raises(
        "confirm_schema_skew_required",
        412,
        platform.rollback_deployment,
        users.owner,
        app_path(PORTAL, did=PORTAL_V1),
        {},
        {"confirm_schema_skew": False},
    )
    platform.rollback_deployment(users.owner, app_path(PORTAL, did=PORTAL_V1), {}, {"confirm_schema_skew": True})
    assert _production(platform, PORTAL) == PORTAL_V1


def test_rollback_requires_owner_or_admin(platform: Platform, users: Users):
    raises("forbidden", 403, platform.rollback_deployment, users.member, app_path(SHOP, did=SHOP_V1), {}, {})
    raises("not_found", 404, platform.rollback_deployment, users.outsider, app_path(SHOP, did=SHOP_V1), {}, {})
    raises("not_found", 404, platform.rollback_deployment, users.owner, app_path(SHOP, did=PORTAL_V1), {}, {})


# -- diagnosis ------------------------------------------------------------------
def test_diagnosis_healthy_production(platform: Platform, users: Users):
    diag = platform.get_diagnosis(users.owner, app_path(SHOP), {}, None)
    assert diag == {
        "app_id": SHOP,
        "applicable": True,
        "healthy": True,
        "services": [{"name": "shop", "ready": True, "restarts": 0, "reason": None, "app_signal": None}],
    }


def test_diagnosis_not_applicable_without_production(platform: Platform, users: Users):
    diag = platform.get_diagnosis(users.owner, app_path(NOGIT), {}, None)
    assert diag == {"app_id": NOGIT, "applicable": False, "healthy": False, "services": []}


def test_diagnosis_separates_platform_reason_from_app_signal(platform: Platform, users: Users):
    trigger(platform, users, commit_sha="bad2" + "0" * 36)  # fails while deploying
    platform.advance(STAGE * 4)
    diag = platform.get_diagnosis(users.owner, app_path(SHOP), {}, None)
    assert diag is not None and diag["healthy"] is False
    service = diag["services"][0]
    assert service["reason"] == "CrashLoopBackOff"
    assert service["ready"] is False and service["restarts"] > 0
    assert service["app_signal"] and "deploying failed" in service["app_signal"]


def test_diagnosis_lists_staging_service_and_missing_image(platform: Platform, users: Users):
    diag = platform.get_diagnosis(users.owner, app_path(LAB), {}, None)
    assert diag is not None
    assert [s["name"] for s in diag["services"]] == ["lab", "lab-staging"]
    assert diag["services"][1]["reason"] == "ImagePullBackOff"


def test_diagnosis_requires_owner_or_admin(platform: Platform, users: Users):
    raises("forbidden", 403, platform.get_diagnosis, users.member, app_path(SHOP), {}, None)
    raises("not_found", 404, platform.get_diagnosis, users.outsider, app_path(SHOP), {}, None)


# -- tenant feed ----------------------------------------------------------------
def test_tenant_feed_is_newest_first_across_apps(platform: Platform, users: Users):
    dep = trigger(platform, users)
    feed = platform.list_tenant_deployments(users.member, {"tenantID": ACME}, {}, None)
    assert feed is not None
    assert feed["items"][0]["id"] == dep["id"]
    assert {d["app_id"] for d in feed["items"]} >= {SHOP, PORTAL, CATALOG, LAB}
    started = [d["started_at"] for d in feed["items"]]
    assert started == sorted(started, reverse=True)
    assert feed["total"] == 12 and feed["next_cursor"] == ""
    assert all(d["app_id"] != "0c000000-0000-4000-8000-000000000010" for d in feed["items"])


def test_tenant_feed_limit(platform: Platform, users: Users):
    feed = platform.list_tenant_deployments(users.member, {"tenantID": ACME}, {"limit": "3"}, None)
    assert feed is not None and len(feed["items"]) == 3
    for bad in ("0", "101"):
        raises(
            "validation_failed",
            400,
            platform.list_tenant_deployments,
            users.member,
            {"tenantID": ACME},
            {"limit": bad},
            None,
        )


def test_tenant_feed_is_members_only(platform: Platform, users: Users):
    raises("forbidden", 403, platform.list_tenant_deployments, users.outsider, {"tenantID": ACME}, {}, None)
    raises("forbidden", 403, platform.list_tenant_deployments, users.member, {"tenantID": GLOBEX}, {}, None)
    assert platform.list_tenant_deployments(users.platform, {"tenantID": GLOBEX}, {}, None)

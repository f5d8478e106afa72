"""Releases, promote preflight and promotion retry."""

from __future__ import annotations

from refserver_testlib import (
    LAB,
    LAB_V2,
    PORTAL,
    PORTAL_V2,
    PORTAL_V3,
    PROMO_FAILED,
    PROMO_PENDING,
    PROMO_REJECTED,
    PROMO_RUNNING,
    PROMO_STUCK,
    PROMO_SUCCEEDED,
    SHOP,
    SHOP_V1,
    Users,
    app_path,
    raises,
)
from sqlalchemy import select

from reference_server.apis.axhub.domain.releases import promotion_json
from reference_server.apis.axhub.domain.service import Platform
from reference_server.apis.axhub.store import apps, schema_ops


# -- list -----------------------------------------------------------------------
def test_releases_newest_first_with_flags(platform: Platform, users: Users):
    result = platform.list_releases(users.member, app_path(PORTAL), {}, None)
    assert result is not None
    items = result["items"]
    assert [r["version"] for r in items] == [3, 2, 1]
    assert result["total"] == 3 and result["next_cursor"] == ""
    v3, v2, v1 = items
    assert (v3["active_prod"], v3["active_staging"], v3["approved"]) == (False, True, False)
    assert (v2["active_prod"], v2["active_staging"], v2["approved"]) == (True, False, True)
    assert (v1["active_prod"], v1["active_staging"], v1["approved"]) == (False, False, True)
    assert v2["deployment_id"] == PORTAL_V2
    assert set(v1) == {
        "version",
        "deployment_id",
        "commit_sha",
        "image_uri",
        "created_at",
        "active_prod",
        "active_staging",
        "approved",
    }


def test_releases_limit_offset(platform: Platform, users: Users):
    result = platform.list_releases(users.member, app_path(PORTAL), {"limit": "1", "offset": "1"}, None)
    assert [r["version"] for r in result["items"]] == [2]
    raises("validation_failed", 400, platform.list_releases, users.member, app_path(PORTAL), {"limit": "0"}, None)


def test_releases_hidden_from_outsiders(platform: Platform, users: Users):
    raises("not_found", 404, platform.list_releases, users.outsider, app_path(PORTAL), {}, None)


# -- preflight ------------------------------------------------------------------
def test_preflight_reports_env_diff_and_pending_ops(platform: Platform, users: Users):
    result = platform.promote_preflight(users.owner, app_path(PORTAL), {"deployment_id": PORTAL_V3}, None)
    assert result == {
        "promotable": True,
        "missing_images": [],
        "diff_keys": ["API_BASE_URL", "FEATURE_NEW_CHECKOUT", "LOG_LEVEL"],
        "ops": [
            {"seq": 3, "kind": "create_table", "description": "create table audit_log", "destructive": False},
            {"seq": 4, "kind": "drop_column", "description": "drop column orders.note", "destructive": True},
        ],
        "cursor_seq": 4,
    }


def test_preflight_missing_image_blocks_promotion(platform: Platform, users: Users):
    result = platform.promote_preflight(users.owner, app_path(LAB), {"deployment_id": LAB_V2}, None)
    assert result is not None
    assert result["promotable"] is False
    assert result["missing_images"] == ["gcr.io/axhub-apps/acme/lab:1ab000000000"]
    assert result["diff_keys"] == []


def test_preflight_without_staging_is_412(platform: Platform, users: Users):
    raises(
        "staging_required",
        412,
        platform.promote_preflight,
        users.owner,
        app_path(SHOP),
        {"deployment_id": SHOP_V1},
        None,
    )


def test_preflight_validation_and_access(platform: Platform, users: Users):
    raises("validation_failed", 400, platform.promote_preflight, users.owner, app_path(PORTAL), {}, None)
    raises(
        "validation_failed",
        400,
        platform.promote_preflight,
        users.owner,
        app_path(PORTAL),
        {"deployment_id": "x"},
        None,
    )
    raises(
        "not_found", 404, platform.promote_preflight, users.owner, app_path(PORTAL), {"deployment_id": SHOP_V1}, None
    )
    raises(
        "forbidden", 403, platform.promote_preflight, users.member, app_path(PORTAL), {"deployment_id": PORTAL_V3}, None
    )
    raises(
        "not_found",
        404,
        platform.promote_preflight,
        users.outsider,
        app_path(PORTAL),
        {"deployment_id": PORTAL_V3},
        None,
    )


# -- promotion retry ------------------------------------------------------------
def retry(platform: Platform, users: Users, request_id: str) -> None:
    platform.retry_promotion(users.owner, app_path(PORTAL, requestID=request_id), {}, None)


def promo(platform: Platform, request_id: str) -> dict:
    with platform.store.read() as conn:
        return promotion_json(conn, request_id)


def test_retry_failed_promotion_runs_again(platform: Platform, users: Users):
    assert platform.retry_promotion(users.owner, app_path(PORTAL, requestID=PROMO_FAILED), {}, None) is None
    assert promo(platform, PROMO_FAILED)["promote_status"] == "promoting"
    # a second retry while it runs collides
    raises("conflict", 409, retry, platform, users, PROMO_FAILED)
    report = platform.advance(2)
    assert PROMO_FAILED in report.promotions
    state = promo(platform, PROMO_FAILED)
    assert (state["promote_status"], state["attempts"]) == ("succeeded", 1)
    with platform.store.read() as conn:
        assert (
            conn.execute(select(apps.c.production_deployment_id).where(apps.c.id == PORTAL)).scalar_one() == PORTAL_V2
        )
        applied = conn.execute(
            select(schema_ops.c.seq).where(schema_ops.c.app_id == PORTAL, schema_ops.c.applied_prod_us.is_not(None))
        ).scalars()
        assert sorted(applied) == [1, 2]  # ops up to the request's cursor


def test_retry_stuck_promotion(platform: Platform, users: Users):
    retry(platform, users, PROMO_STUCK)
    assert promo(platform, PROMO_STUCK)["promote_status"] == "promoting"


def test_retry_running_promotion_is_409_until_stuck(platform: Platform, users: Users):
    raises("conflict", 409, retry, platform, users, PROMO_RUNNING)
    platform.clock.advance(11 * 60)
    retry(platform, users, PROMO_RUNNING)


def test_retry_in_non_retryable_state_is_412(platform: Platform, users: Users):
    for request_id in (PROMO_SUCCEEDED, PROMO_PENDING, PROMO_REJECTED):
        raises("invalid_state", 412, retry, platform, users, request_id)


def test_retry_unknown_request_is_404(platform: Platform, users: Users):
    raises("not_found", 404, retry, platform, users, "0e000000-0000-4000-8000-00000000ffff")
    raises("not_found", 404, platform.retry_promotion, users.owner, app_path(LAB, requestID=PROMO_FAILED), {}, None)
    raises("validation_failed", 400, retry, platform, users, "bad")


def test_retry_requires_owner_or_admin(platform: Platform, users: Users):
    raises("forbidden", 403, platform.retry_promotion, users.member, app_path(PORTAL, requestID=PROMO_FAILED), {}, None)
    raises(
        "not_found", 404, platform.retry_promotion, users.outsider, app_path(PORTAL, requestID=PROMO_FAILED), {}, None
    )
    platform.retry_promotion(users.admin, app_path(PORTAL, requestID=PROMO_FAILED), {}, None)

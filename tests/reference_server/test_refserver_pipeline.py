"""The simulated pipeline: stages on the clock, failures, releases, runner thread."""

from __future__ import annotations

import time
from typing import Any

import pytest
from refserver_testlib import LAB, PORTAL, SHOP, STAGE, Users, app_path
from sqlalchemy import select

from reference_server.apis.axhub.domain.deployments import failing_stage
from reference_server.apis.axhub.domain.service import Platform
from reference_server.apis.axhub.domain.settings import Settings
from reference_server.apis.axhub.store import apps, log_lines
from reference_server.clock import SystemClock


def start(platform: Platform, users: Users, app: str = SHOP, sha: str | None = None) -> str:
    body = {"commit_sha": sha} if sha else {}
    dep = platform.trigger_deployment(users.owner, app_path(app), {}, body)
    assert dep is not None
    return str(dep["id"])


def get(platform: Platform, users: Users, did: str, app: str = SHOP) -> dict:
    dep = platform.get_deployment(users.owner, app_path(app, did=did), {}, None)
    assert dep is not None
    return dep


def test_stages_advance_with_the_clock(platform: Platform, users: Users):
    did = start(platform, users)
    seen = []
    for _ in range(4):
        platform.advance(STAGE - 0.5)
        before = get(platform, users, did)["status"]
        platform.advance(0.5)
        dep = get(platform, users, did)
        seen.append((before, dep["status"], dep["current_stage"]))
    assert seen == [
        ("pending", "building", "building"),
        ("building", "pushing", "pushing"),
        ("pushing", "deploying", "deploying"),
        ("deploying", "succeeded", None),
    ]


def test_image_uri_is_set_after_pushing(platform: Platform, users: Users):
    did = start(platform, users)
    platform.advance(STAGE * 2)  # now pushing
    assert get(platform, users, did)["image_uri"] is None
    platform.advance(STAGE)  # now deploying
    assert get(platform, users, did)["image_uri"] == "gcr.io/axhub-apps/acme/shop:5a0e7c1d2b3f"


def test_force_rebuild_gets_a_fresh_image_tag(platform: Platform, users: Users):
    dep = platform.trigger_deployment(users.owner, app_path(SHOP), {}, {"force_rebuild": True})
    assert dep is not None
    platform.advance(STAGE * 4)
    image = get(platform, users, dep["id"])["image_uri"]
    assert image.startswith("gcr.io/axhub-apps/acme/shop:5a0e7c1d2b3f-")


def test_success_completes_and_becomes_production_release(platform: Platform, users: Users):
    did = start(platform, users)
    report = platform.advance(STAGE * 10)  # catch-up through every stage in one tick
    assert report.deployments[did] == ["building", "pushing", "deploying", "succeeded"]
    dep = get(platform, users, did)
    assert dep["status"] == "succeeded"
    assert dep["current_stage"] is None
    assert dep["completed_at"] == "2025-06-01T00:00:08Z"  # stage boundaries, not tick time
    releases = platform.list_releases(users.owner, app_path(SHOP), {}, None)
    assert releases is not None
    top = releases["items"][0]
    assert (top["version"], top["deployment_id"], top["active_prod"]) == (3, did, True)
    assert sum(r["active_prod"] for r in releases["items"]) == 1


def test_success_on_staging_app_goes_to_staging_only(platform: Platform, users: Users):
    with platform.store.read() as conn:
        prod_before = conn.execute(select(apps.c.production_deployment_id).where(apps.c.id == LAB)).scalar_one()
    did = start(platform, users, LAB)
    platform.advance(STAGE * 4)
    with platform.store.read() as conn:
        row = conn.execute(select(apps).where(apps.c.id == LAB)).one()
    assert row.staging_deployment_id == did
    assert row.production_deployment_id == prod_before
    top = platform.list_releases(users.owner, app_path(LAB), {}, None)["items"][0]
    assert (top["active_staging"], top["active_prod"], top["approved"]) == (True, False, False)


def test_each_stage_writes_log_lines(platform: Platform, users: Users):
    did = start(platform, users)
    platform.advance(STAGE * 4)
    with platform.store.read() as conn:
        messages = list(
            conn.execute(
                select(log_lines.c.message)
                .where(log_lines.c.deployment_id == did)
                .order_by(log_lines.c.ts_us, log_lines.c.pk)
            ).scalars()
        )
    joined = "\n".join(messages)
    for fragment in ("queued", "building image", "pushing image", "rolling out", "listening on :8080"):
        assert fragment in joined


@pytest.mark.parametrize(
    ("prefix", "stage", "code"),
    [
        ("bad0", "building", "build_failed"),
        ("badf", "building", "build_failed"),
        ("bad1", "pushing", "push_failed"),
        ("bad2", "deploying", "rollout_failed"),
    ],
)
def test_commit_prefix_fails_deterministically(platform: Platform, users: Users, prefix: str, stage: str, code: str):
    sha = prefix + "0" * 36
    assert failing_stage(sha) == stage
    did = start(platform, users, sha=sha)
    platform.advance(STAGE * 10)
    dep = get(platform, users, did)
    assert dep["status"] == "failed"
    assert dep["current_stage"] is None and dep["completed_at"] is not None
    assert dep["failure_reason"]["code"] == code
    assert dep["failure_reason"]["stage"] == stage
    assert dep["failure_reason"]["message"]
    assert (dep["image_uri"] is not None) == (stage == "deploying")
    # no release, production unchanged
    versions = platform.list_releases(users.owner, app_path(SHOP), {}, None)["items"]
    assert did not in {r["deployment_id"] for r in versions}


def test_good_commits_do_not_fail():
    assert failing_stage("0123456789abcdef0123456789abcdef01234567") is None


def test_cancel_between_ticks_stops_at_the_stage_boundary(platform: Platform, users: Users):
    did = start(platform, users)
    platform.advance(STAGE)  # building
    platform.clock.advance(STAGE * 3)  # time passes, no tick yet: the worker is "busy"
    platform.cancel_deployment(users.owner, app_path(SHOP, did=did), {}, None)
    report = platform.tick()
    assert did not in report.deployments
    dep = get(platform, users, did)
    assert (dep["status"], dep["image_uri"]) == ("cancelled", None)


def test_tick_without_work_reports_nothing(platform: Platform):
    assert not platform.tick().moved


def test_advance_needs_a_manual_clock():
    p = Platform.open("sqlite://", clock=SystemClock())
    try:
        with pytest.raises(TypeError):
            p.advance(1)
    finally:
        p.close()


def test_background_runner_drives_real_time_pipeline():
    settings = Settings(stage_seconds=0.05, bootstrap_stage_seconds=0.05)
    p = Platform.open("sqlite://", settings=settings)
    try:
        owner = p.user_for_token("tok_owner")
        dep = p.trigger_deployment(owner, app_path(SHOP), {}, {})
        assert dep is not None
        runner = p.start_runner(interval=0.02)
        assert runner.running
        deadline = time.monotonic() + 10
        status = "pending"
        while time.monotonic() < deadline:
            status = p.get_deployment(owner, app_path(SHOP, did=dep["id"]), {}, None)["status"]
            if status == "succeeded":
                break
            time.sleep(0.02)
        assert status == "succeeded"
        assert runner.errors == []
    finally:
        p.close()
    assert not runner.running


def test_portal_staging_deploy_keeps_production(platform: Platform, users: Users):
    did = start(platform, users, PORTAL, sha="0123456789abcdef0123456789abcdef01234567")
    platform.advance(STAGE * 4)
    items = platform.list_releases(users.owner, app_path(PORTAL), {}, None)["items"]
    assert items[0]["deployment_id"] == did and items[0]["version"] == 4
    assert items[0]["active_staging"] is True
    assert [r["version"] for r in items if r["active_prod"]] == [2]


# -- finding 4: a background step that keeps raising is logged, then fails its item ----------------
def test_a_bootstrap_whose_stage_keeps_raising_is_logged_then_failed(
    platform: Platform, users: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    from reference_server.apis.axhub.domain import bootstraps as bootstraps_mod
    from reference_server.apis.axhub.domain.service import MAX_TICK_FAILURES

    body = {
        "template_id": "0f000000-0000-4000-8000-000000000001",
        "name": "Blog",
        "slug": "blog",
        "subdomain": "blog",
        "github_owner": "octo-owner",
        "github_installation_id": 1001,
        "repo_name": "blog",
    }
    created = platform.create_bootstrap(users.owner, {"tenantID": "0a000000-0000-4000-8000-000000000001"}, {}, body)
    bid = created["bootstrap_id"]

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the database refused the row")

    monkeypatch.setattr(bootstraps_mod, "_run_stage", broken)
    caplog.set_level("ERROR", logger="reference_server.pipeline")
    for _ in range(MAX_TICK_FAILURES):
        report = platform.advance(1)
        assert [kind for kind, _, _ in report.errors] == ["bootstrap"]
    assert "background step failed" in caplog.text and bid in caplog.text
    assert "marked failed" in caplog.text
    got = platform.get_bootstrap(users.owner, {"tenantID": "0a000000-0000-4000-8000-000000000001",
                                               "bootstrapID": bid}, {}, None)
    assert got["status"] == "failed" and got["error_code"] == "internal_error", got
    assert platform.advance(1).errors == []  # no longer retried


def test_a_deployment_whose_stage_keeps_raising_is_failed(
    platform: Platform, users: Any, monkeypatch: pytest.MonkeyPatch
):
    from reference_server.apis.axhub.domain import deployments as deployments_mod
    from reference_server.apis.axhub.domain.service import MAX_TICK_FAILURES

    app = {"appID": "0c000000-0000-4000-8000-000000000001"}
    did = platform.trigger_deployment(users.owner, app, {}, {})["id"]
    monkeypatch.setattr(deployments_mod, "_image_uri", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("boom")))
    for _ in range(MAX_TICK_FAILURES + 1):
        platform.advance(10)
    got = platform.get_deployment(users.owner, {**app, "did": did}, {}, None)
    assert got["status"] == "failed" and got["failure_reason"]["code"] == "internal_error", got

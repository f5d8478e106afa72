"""Runtime logs: backward paging, forward tail, cursors, filters, permissions."""

from __future__ import annotations

import base64

import pytest
from refserver_testlib import GLOBEX_WEB, NOGIT, SHOP, Users, app_path, raises

from reference_server.apis.axhub.domain import logs
from reference_server.apis.axhub.domain.service import Platform
from reference_server.clock import parse_rfc3339_us


def page(platform: Platform, users: Users, app: str = SHOP, **query: str) -> dict:
    result = platform.get_logs(users.owner, app_path(app), query, None)
    assert result is not None
    return result


def numbers(result: dict) -> list[int]:
    return [int(line["message"].rsplit("#", 1)[1]) if "#" in line["message"] else -1 for line in result["lines"]]


def test_backward_default_is_newest_100_ascending(platform: Platform, users: Users):
    first = page(platform, users)
    assert len(first["lines"]) == 100
    times = [parse_rfc3339_us(line["timestamp"]) for line in first["lines"]]
    assert times == sorted(times)
    assert first["lines"][-1]["timestamp"] == "2025-05-03T12:04:09Z"  # line 249
    assert first["has_more"] is True and first["next_cursor"]
    assert set(first["lines"][0]) == {"timestamp", "stream", "message", "pod"}


def test_backward_pages_to_the_beginning(platform: Platform, users: Users):
    seen: list[dict] = []
    cursor = ""
    pages = 0
    while True:
        result = page(platform, users, limit="60", cursor=cursor)
        pages += 1
        seen = result["lines"] + seen
        if not result["has_more"]:
            assert result["next_cursor"] == ""
            break
        cursor = result["next_cursor"]
    assert pages == 5
    assert len(seen) == 250
    times = [parse_rfc3339_us(line["timestamp"]) for line in seen]
    assert times == sorted(times) and len(set(times)) == 250


def test_stderr_lines_are_marked(platform: Platform, users: Users):
    lines = page(platform, users, limit="10")["lines"]
    assert {line["stream"] for line in lines} == {"stdout", "stderr"}


def test_since_and_until_filter(platform: Platform, users: Users):
    result = page(platform, users, since="2025-05-03T12:01:00Z", until="2025-05-03T12:01:10Z")
    assert len(result["lines"]) == 10  # since inclusive, until exclusive
    assert result["lines"][0]["timestamp"] == "2025-05-03T12:01:00Z"
    assert result["lines"][-1]["timestamp"] == "2025-05-03T12:01:09Z"
    assert result["has_more"] is False and result["next_cursor"] == ""


def test_forward_tail_returns_only_newer_lines(platform: Platform, users: Users):
    first = page(platform, users, direction="forward")
    assert first["lines"] == [] and first["has_more"] is False
    watermark = first["next_cursor"]
    assert watermark  # always the point to poll from
    again = page(platform, users, direction="forward", cursor=watermark)
    assert again["lines"] == [] and again["next_cursor"] == watermark
    with platform.store.write() as conn:
        for i in range(3):
            logs.append(conn, SHOP, platform.now_us(), f"new line {i}")
    fresh = page(platform, users, direction="forward", cursor=watermark)
    assert [line["message"] for line in fresh["lines"]] == ["new line 0", "new line 1", "new line 2"]
    after = page(platform, users, direction="forward", cursor=fresh["next_cursor"])
    assert after["lines"] == []


def test_forward_from_since_pages_with_has_more_when_full(platform: Platform, users: Users):
    result = page(platform, users, direction="forward", since="2025-05-03T12:00:00Z", limit="100")
    assert len(result["lines"]) == 100 and result["has_more"] is True
    assert result["lines"][0]["timestamp"] == "2025-05-03T12:00:00Z"
    total = len(result["lines"])
    cursor = result["next_cursor"]
    while result["has_more"]:
        result = page(platform, users, direction="forward", cursor=cursor, limit="100")
        total += len(result["lines"])
        cursor = result["next_cursor"]
        assert cursor
    assert total == 250
    assert result["has_more"] is False


def test_forward_sees_pipeline_output(platform: Platform, users: Users):
    watermark = page(platform, users, direction="forward")["next_cursor"]
    platform.trigger_deployment(users.owner, app_path(SHOP), {}, {})
    platform.advance(10)
    result = page(platform, users, direction="forward", cursor=watermark)
    assert any("listening" in line["message"] for line in result["lines"])


@pytest.mark.parametrize(
    "cursor",
    [
        "%%%",
        "bm90IGpzb24",
        base64.urlsafe_b64encode(b'{"v":2,"d":"b","t":1,"s":1}').decode(),
        base64.urlsafe_b64encode(b"[1,2]").decode(),
    ],
)
def test_malformed_cursor_is_400(platform: Platform, users: Users, cursor: str):
    raises("validation_failed", 400, platform.get_logs, users.owner, app_path(SHOP), {"cursor": cursor}, None)


def test_cursor_of_the_other_direction_is_400(platform: Platform, users: Users):
    backward = page(platform, users, limit="5")["next_cursor"]
    raises(
        "validation_failed",
        400,
        platform.get_logs,
        users.owner,
        app_path(SHOP),
        {"cursor": backward, "direction": "forward"},
        None,
    )


@pytest.mark.parametrize(
    "query",
    [
        {"limit": "0"},
        {"limit": "1001"},
        {"direction": "sideways"},
        {"since": "yesterday"},
        {"until": "2025-05-03"},
    ],
)
def test_bad_parameters_are_400(platform: Platform, users: Users, query: dict):
    raises("validation_failed", 400, platform.get_logs, users.owner, app_path(SHOP), query, None)


def test_limit_bounds(platform: Platform, users: Users):
    assert len(page(platform, users, limit="1")["lines"]) == 1
    assert len(page(platform, users, limit="1000")["lines"]) == 250


def test_app_without_logs_is_an_empty_page(platform: Platform, users: Users):
    result = page(platform, users, NOGIT)
    assert result == {"lines": [], "has_more": False, "next_cursor": ""}


def test_logs_need_owner_or_admin(platform: Platform, users: Users):
    raises("forbidden", 403, platform.get_logs, users.member, app_path(SHOP), {}, None)
    raises("not_found", 404, platform.get_logs, users.outsider, app_path(SHOP), {}, None)
    assert platform.get_logs(users.admin, app_path(SHOP), {}, None)
    assert platform.get_logs(users.outsider, app_path(GLOBEX_WEB), {}, None)["lines"]


def test_cursor_roundtrip():
    mark = logs.Watermark("f", 1_700_000_000_000_000, 42)
    assert logs.decode_cursor(logs.encode_cursor(mark)) == mark

"""What the Java and Kotlin consumer programs under tests/install/consumers/<api>/ print, per API,
read from the reference server directly (both languages' programs print the same lines)."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable

SHOP = "0c000000-0000-4000-8000-000000000001"
FIRST_DEPLOYMENT = "0d000000-0000-4000-8000-000000000101"


def get_json(base_url: str, path: str) -> dict[str, object]:
    request = urllib.request.Request(f"{base_url}{path}", headers={"Authorization": "Bearer tok_owner"})
    with urllib.request.urlopen(request, timeout=60) as response:
        result: dict[str, object] = json.load(response)
    return result


def expected_axhub_lines(base_url: str) -> list[str]:
    """What the AxHub consumer prints, read from the server directly."""
    page = get_json(base_url, f"/api/v1/apps/{SHOP}/deployments?limit=2")
    items = page["items"]
    assert isinstance(items, list) and items, page
    first = items[0]
    one = get_json(base_url, f"/api/v1/apps/{SHOP}/deployments/{FIRST_DEPLOYMENT}")
    return [
        f"deployments total={page['total']} items={len(items)} first={first['id']} status={first['status']}",
        f"deployment {one['id']} status={one['status']} commit={one['commit_sha']}",
        "error NotFoundException status=404 code=not_found",
    ]


EXPECTED_LINES: dict[str, Callable[[str], list[str]]] = {"axhub": expected_axhub_lines}

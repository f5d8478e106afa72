"""Constants (fixture ids) and helpers shared by the reference server tests."""

from __future__ import annotations

from typing import Any

import pytest

from reference_server.apis.axhub.auth import User
from reference_server.apis.axhub.domain.errors import DomainError
from reference_server.apis.axhub.domain.service import Platform
from reference_server.apis.axhub.domain.settings import Settings

PG_ENV = "REFSERVER_TEST_PG_URL"

# Fixture ids (reference_server/fixtures/default.yaml)
ACME = "0a000000-0000-4000-8000-000000000001"
GLOBEX = "0a000000-0000-4000-8000-000000000002"
SHOP = "0c000000-0000-4000-8000-000000000001"
NOSUB = "0c000000-0000-4000-8000-000000000002"
NOGIT = "0c000000-0000-4000-8000-000000000003"
CATALOG = "0c000000-0000-4000-8000-000000000004"
PORTAL = "0c000000-0000-4000-8000-000000000005"
LAB = "0c000000-0000-4000-8000-000000000006"
ADMIN_TOOL = "0c000000-0000-4000-8000-000000000007"
GLOBEX_WEB = "0c000000-0000-4000-8000-000000000010"
SHOP_V1 = "0d000000-0000-4000-8000-000000000101"
SHOP_FAILED = "0d000000-0000-4000-8000-000000000102"
SHOP_V2 = "0d000000-0000-4000-8000-000000000103"
CATALOG_V1 = "0d000000-0000-4000-8000-000000000401"
PORTAL_V1 = "0d000000-0000-4000-8000-000000000501"
PORTAL_V2 = "0d000000-0000-4000-8000-000000000502"
PORTAL_V3 = "0d000000-0000-4000-8000-000000000503"
PORTAL_FAILED = "0d000000-0000-4000-8000-000000000504"
LAB_V1 = "0d000000-0000-4000-8000-000000000601"
LAB_V2 = "0d000000-0000-4000-8000-000000000602"
PROMO_SUCCEEDED = "0e000000-0000-4000-8000-000000000001"
PROMO_PENDING = "0e000000-0000-4000-8000-000000000002"
PROMO_FAILED = "0e000000-0000-4000-8000-000000000003"
PROMO_RUNNING = "0e000000-0000-4000-8000-000000000004"
PROMO_STUCK = "0e000000-0000-4000-8000-000000000005"
PROMO_REJECTED = "0e000000-0000-4000-8000-000000000006"
TEMPLATE_NODE = "0f000000-0000-4000-8000-000000000001"
SHOP_MAIN_HEAD = "5a0e7c1d2b3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b"
GOOD_SHA = "0123456789abcdef0123456789abcdef01234567"

START = "2025-06-01T00:00:00Z"  # the ManualClock's start in tests
STAGE = 2.0  # seconds per pipeline stage in tests
SETTINGS = Settings(stage_seconds=STAGE, bootstrap_stage_seconds=1.0, promotion_seconds=2.0)


class Users:
    def __init__(self, platform: Platform) -> None:
        self.admin = platform.user_for_token("tok_admin")
        self.owner = platform.user_for_token("tok_owner")
        self.member = platform.user_for_token("tok_member")
        self.outsider = platform.user_for_token("tok_outsider")
        self.platform = platform.user_for_token("tok_platform")
        self.former = platform.user_for_token("tok_former")


def app_path(app_id: str, **extra: str) -> dict[str, str]:
    return {"appID": app_id, **extra}


def raises(code: str, status: int, fn: Any, *args: Any, **kwargs: Any) -> DomainError:
    """Call ``fn(*args, **kwargs)`` and assert it fails with (status, code)."""
    with pytest.raises(DomainError) as info:
        fn(*args, **kwargs)
    err = info.value
    assert (err.status, err.code) == (status, code), f"got {err!r}"
    return err


def user(platform: Platform, token: str) -> User:
    return platform.user_for_token(token)

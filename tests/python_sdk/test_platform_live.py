"""The generated Platform SDK (sdks/platform/python) against the real reference server
(`python -m reference_server --api platform --faults --manual-clock`), sync and async: tenants,
sessions with rotation, webhook deliveries verified by the helper, and a stream the server cuts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

SDK = Path(__file__).resolve().parents[2] / "sdks" / "platform" / "python"
if str(SDK) not in sys.path:
    sys.path.insert(0, str(SDK))

import platform_sdk  # noqa: E402
from platform_sdk import PlatformClient  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
ADMIN_KEY = "lsk_demoAdminKey0000000000000000000000000000000"  # the platform fixtures' keys
USER_KEY = "lsk_demoUserKey00000000000000000000000000000000"  # Uma, a user of Acme


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server's root URL (its API is under /v1), with a stream cut after 2 events."""
    tmp = tmp_path_factory.mktemp("platform")
    ready = tmp / "ready.json"
    command = [sys.executable, "-m", "reference_server", "--api", "platform", "--port", "0",
               "--db", f"sqlite:///{tmp / 'platform.sqlite3'}", "--ready-file", str(ready),
               "--faults", "--manual-clock"]
    env = {**os.environ, "PLATFORM_PING_SECONDS": "1", "PLATFORM_STREAM_CUT_AFTER": "2",
           "PLATFORM_DELIVERY_TIMEOUT_SECONDS": "5"}
    log = tmp / "server.log"
    with log.open("ab") as out:
        server = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        while not ready.exists():  # polled until the server serves (no time limit asserted)
            assert server.poll() is None, log.read_text(errors="replace")
            time.sleep(0.05)
        yield str(json.loads(ready.read_text())["url"])
    finally:
        server.terminate()
        server.wait(30)


def client(root: str, **options: object) -> PlatformClient:
    return PlatformClient(f"{root}/v1", max_retries=0, **options)  # type: ignore[arg-type]


def test_a_user_key_needs_the_tenant_and_an_admin_key_works_without_it(root: str) -> None:
    user = client(root, token=USER_KEY)
    acme = user.auth.me().memberships[0].tenant_id
    with pytest.raises(platform_sdk.APIStatusError) as refused:
        user.tenants.current()  # a user key without X-Tenant-ID
    assert refused.value.status_code == 400
    assert user.with_options(tenant_id=acme).tenants.current().id == acme
    assert client(root, token=USER_KEY, tenant_id=acme).tenants.current().id == acme
    # another tenant's resources answer 404, as if they were not there
    admin = client(root, token=ADMIN_KEY)
    root_tenant = admin.tenants.current().id
    assert root_tenant != acme
    with pytest.raises(platform_sdk.NotFoundError):
        user.with_options(tenant_id=root_tenant).tenants.current()
    # profile is not tenant-scoped: the header is not sent there even when set
    seen: list[str | None] = []
    scoped = client(root, token=USER_KEY, tenant_id=acme,
                    on_request=lambda r: seen.append(r.headers.get("x-tenant-id")))
    scoped.auth.me()
    scoped.tenants.current()
    assert seen == [None, acme]

"""The generated Platform SDK (sdks/platform/python) against the real reference server
(`python -m reference_server --api platform --faults --manual-clock`), sync and async: tenants,
sessions with rotation, webhook deliveries verified by the helper, and a stream the server cuts."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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


class Receiver:
    """A webhook receiver on an ephemeral loopback port: each delivery's raw body and headers."""

    def __init__(self) -> None:
        self.deliveries: queue.Queue[tuple[bytes, dict[str, str]]] = queue.Queue()
        deliveries = self.deliveries

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (the http.server hook's name)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                deliveries.put((body, dict(self.headers.items())))
                self.send_response(200)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    hook = Receiver()
    try:
        yield hook
    finally:
        hook.close()


def test_a_delivery_from_the_server_is_verified_and_a_tampered_one_refused(root: str, receiver: Receiver) -> None:
    admin = client(root, token=ADMIN_KEY)
    created = admin.request("createWebhook", body={"name": "Py", "url": receiver.url, "events": ["member.added"]})
    admin.request("testWebhook", path_params={"webhookId": created.webhook.id})
    body, headers = receiver.deliveries.get(timeout=30)
    delivery = platform_sdk.webhook_verifier(created.secret).verify(body, headers)
    assert isinstance(delivery.event, platform_sdk.models.TenantCreatedEvent)
    assert delivery.test is True
    tampered = body.replace(b"tenant", b"tenanT", 1)
    with pytest.raises(platform_sdk.WebhookVerificationError):
        platform_sdk.webhook_verifier(created.secret).verify(tampered, headers)
    # a rotation: the new secret signs; the old and the new one together still verify
    rotated = admin.request("rotateWebhookSecret", path_params={"webhookId": created.webhook.id})
    admin.request("testWebhook", path_params={"webhookId": created.webhook.id})
    body, headers = receiver.deliveries.get(timeout=30)
    assert platform_sdk.webhook_verifier(created.secret, rotated.secret).verify(body, headers).test
    with pytest.raises(platform_sdk.WebhookVerificationError):
        platform_sdk.webhook_verifier(created.secret).verify(body, headers)

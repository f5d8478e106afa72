"""The Platform API over real HTTP: ``python -m reference_server --api platform`` on SQLite (and on
the PostgreSQL of ``REFSERVER_TEST_PG_URL`` when set, as ``nox -s postgres`` does).

Sessions with rotation and revocation, the lockout and its clock, the email flows (through the
server's outbox), tenants and roles, API key authority, webhooks delivered to a receiver this test
runs (signatures checked here with HMAC-SHA256), and the event stream resumed with
``Last-Event-ID`` (also after the server cuts it: ``PLATFORM_STREAM_CUT_AFTER``).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import queue
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from refserver_testlib import PG_ENV

from reference_server.apis.platform.store import Store

ROOT = Path(__file__).resolve().parents[2]
ADMIN_KEY = "lsk_demoAdminKey0000000000000000000000000000000"
USER_KEY = "lsk_demoUserKey00000000000000000000000000000000"  # Uma, a user of Acme
WAIT = 20.0  # the longest a test waits for something that happens in the background (a bound, not a check)


def _database(kind: str, tmp: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp / 'platform.sqlite3'}"
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL not configured: set {PG_ENV}=postgresql+psycopg://... to run")
    store = Store(url)
    store.reset()
    store.close()
    return url


@contextlib.contextmanager
def serve(db: str, tmp: Path, **env: str) -> Iterator[str]:
    """The server on ``db`` with a manual clock and test hooks; its ``/v1`` base URL once it serves."""
    ready = tmp / "ready.json"
    ready.unlink(missing_ok=True)
    command = [
        sys.executable, "-m", "reference_server", "--api", "platform", "--port", "0", "--db", db,
        "--ready-file", str(ready), "--validate-responses", "--faults", "--manual-clock",
    ]  # fmt: skip
    log_path = tmp / "server.log"
    environment = {**os.environ, "PLATFORM_PING_SECONDS": "1", "PLATFORM_DELIVERY_TIMEOUT_SECONDS": "5", **env}
    with log_path.open("ab") as log:
        proc = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT)
    try:
        while not ready.exists():
            if proc.poll() is not None:
                raise RuntimeError(f"server exited: {log_path.read_text(errors='replace')}")
            time.sleep(0.05)
        facts = json.loads(ready.read_text())
        assert {t["token"] for t in facts["tokens"]} == {ADMIN_KEY, USER_KEY}
        yield str(facts["url"])
    finally:
        proc.terminate()
        proc.wait(10)
    output = log_path.read_text(errors="replace")
    assert "does not conform" not in output and "Traceback" not in output, output[-5000:]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def root(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("platform")
    with serve(_database(request.param, tmp), tmp) as url:
        yield url


class Api:
    def __init__(self, root: str, token: str | None = None, tenant: str | None = None) -> None:
        self.root = root
        self.token = token
        self.tenant = tenant

    def headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.token:
            out["Authorization"] = f"Bearer {self.token}"
        if self.tenant:
            out["X-Tenant-ID"] = self.tenant
        return {**out, **(extra or {})}

    def call(self, method: str, path: str, body: Any = None, **kw: Any) -> httpx.Response:
        headers = self.headers(kw.pop("headers", None))
        return httpx.request(method, f"{self.root}/v1{path}", json=body, headers=headers, timeout=30, **kw)

    def as_(self, token: str | None = None, tenant: str | None = None) -> Api:
        return Api(self.root, token, tenant)


def advance(root: str, seconds: float) -> None:
    assert httpx.post(f"{root}/_admin/advance", params={"seconds": seconds}).status_code == 200


def outbox(root: str, to: str, kind: str) -> str:
    """The token of the newest email of ``kind`` sent to ``to``."""
    mails = httpx.get(f"{root}/_platform/outbox", params={"to": to}).json()["emails"]
    return str(next(m["token"] for m in mails if m["kind"] == kind))


def signup(root: str, name: str = "Pat") -> tuple[Api, dict[str, Any], str]:
    """A new account: (its session's API, the session, its email)."""
    email = f"{name.lower()}-{secrets.token_hex(4)}@example.com"
    r = Api(root).call("POST", "/auth/register", {"email": email, "password": "correct horse", "displayName": name})
    assert r.status_code == 201, r.text
    session = r.json()
    return Api(root, session["accessToken"]), session, email


def error(r: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body: dict[str, Any] = r.json()
    assert body["code"] == code and body["statusCode"] == status and body["message"], body
    return body


# -- sessions ------------------------------------------------------------------------------------------
def test_register_opens_a_session_with_a_personal_tenant(root: str) -> None:
    me, session, email = signup(root, "Jane")
    assert session["tokenType"] == "Bearer" and session["expiresIn"] == 900
    assert session["user"]["email"] == email and session["user"]["emailVerified"] is False
    (personal,) = session["memberships"]
    assert personal["role"] == "owner" and personal["tenantName"] == "Jane's Team" and not personal["isRoot"]
    profile = me.call("GET", "/auth/me").json()
    assert profile["user"]["id"] == session["user"]["id"] and profile["memberships"] == session["memberships"]
    again = Api(root).call("POST", "/auth/register", {"email": email.upper(), "password": "x" * 8, "displayName": "J"})
    error(again, 409, "email_taken")


def test_refresh_rotates_and_the_old_token_is_refused(root: str) -> None:
    _, session, _ = signup(root)
    anon = Api(root)
    first = anon.call("POST", "/auth/refresh", {"refreshToken": session["refreshToken"]})
    assert first.status_code == 200, first.text
    rotated = first.json()
    assert rotated["refreshToken"] != session["refreshToken"] and rotated["accessToken"] != session["accessToken"]
    error(anon.call("POST", "/auth/refresh", {"refreshToken": session["refreshToken"]}), 401, "invalid_refresh_token")
    error(anon.call("POST", "/auth/refresh", {"refreshToken": "rt_never-issued"}), 401, "invalid_refresh_token")
    assert anon.as_(rotated["accessToken"]).call("GET", "/auth/me").status_code == 200
    assert anon.call("POST", "/auth/refresh", {"refreshToken": rotated["refreshToken"]}).status_code == 200


def sessions(root: str, email: str) -> tuple[int, int]:
    body = httpx.get(f"{root}/_platform/sessions", params={"email": email}).json()
    return body["refreshTokensIssued"], body["refreshTokensActive"]


def test_the_server_counts_each_accounts_refresh_tokens(root: str) -> None:
    _, session, email = signup(root)
    assert sessions(root, email) == (1, 1)
    token = session["refreshToken"]
    for _ in range(3):
        token = Api(root).call("POST", "/auth/refresh", {"refreshToken": token}).json()["refreshToken"]
    assert sessions(root, email) == (4, 1)
    Api(root).call("POST", "/auth/login", {"email": email, "password": "correct horse"})
    assert sessions(root, email) == (5, 2)
    missing = httpx.get(f"{root}/_platform/sessions", params={"email": "nobody@example.com"})
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    assert httpx.get(f"{root}/_platform/sessions").status_code == 400


def test_an_expired_access_token_is_refused_and_refresh_recovers(root: str) -> None:
    me, session, _ = signup(root)
    advance(root, 901)
    error(me.call("GET", "/auth/me"), 401, "token_expired")
    fresh = Api(root).call("POST", "/auth/refresh", {"refreshToken": session["refreshToken"]}).json()
    assert me.as_(fresh["accessToken"]).call("GET", "/auth/me").status_code == 200


def test_logout_revokes_the_access_token_and_the_refresh_token(root: str) -> None:
    me, session, _ = signup(root)
    assert me.call("POST", "/auth/logout", {"refreshToken": session["refreshToken"]}).json()["message"]
    error(me.call("GET", "/auth/me"), 401, "unauthorized")
    error(Api(root).call("POST", "/auth/refresh", {"refreshToken": session["refreshToken"]}), 401,
          "invalid_refresh_token")
    error(Api(root).call("POST", "/auth/logout"), 401, "unauthorized")


def test_five_failures_lock_the_account_for_fifteen_minutes(root: str) -> None:
    _, _, email = signup(root)
    anon = Api(root)
    for _ in range(5):
        error(anon.call("POST", "/auth/login", {"email": email, "password": "wrong password"}), 401,
              "invalid_credentials")
    locked = anon.call("POST", "/auth/login", {"email": email, "password": "correct horse"})
    body = error(locked, 423, "account_locked")
    assert body["retryAfter"] == 900 and locked.headers["retry-after"] == "900"
    advance(root, 600)
    assert error(anon.call("POST", "/auth/login", {"email": email, "password": "correct horse"}), 423,
                 "account_locked")["retryAfter"] == 300
    advance(root, 300)
    assert anon.call("POST", "/auth/login", {"email": email, "password": "correct horse"}).status_code == 200
    # a success starts the count again: four failures do not lock
    for _ in range(4):
        anon.call("POST", "/auth/login", {"email": email, "password": "wrong password"})
    assert anon.call("POST", "/auth/login", {"email": email, "password": "correct horse"}).status_code == 200


def test_unknown_addresses_answer_like_known_ones(root: str) -> None:
    anon = Api(root)
    nobody = f"nobody-{secrets.token_hex(4)}@example.com"
    unknown = anon.call("POST", "/auth/login", {"email": nobody, "password": "whatever1"})
    assert error(unknown, 401, "invalid_credentials")["message"] == "wrong email or password"
    for _ in range(4):
        anon.call("POST", "/auth/login", {"email": nobody, "password": "whatever1"})
    error(anon.call("POST", "/auth/login", {"email": nobody, "password": "whatever1"}), 423, "account_locked")
    _, _, email = signup(root)
    known = anon.call("POST", "/auth/password-reset", {"email": email})
    other = anon.call("POST", "/auth/password-reset", {"email": nobody})
    assert known.status_code == other.status_code == 200 and known.json() == other.json()


# -- email flows ----------------------------------------------------------------------------------------
def test_email_verification_works_once(root: str) -> None:
    me, _, email = signup(root)
    token = outbox(root, email, "verify")
    anon = Api(root)
    assert anon.call("POST", "/auth/verify-email", {"token": token}).status_code == 200
    assert me.call("GET", "/auth/me").json()["user"]["emailVerified"] is True
    error(anon.call("POST", "/auth/verify-email", {"token": token}), 400, "invalid_token")
    error(anon.call("POST", "/auth/verify-email", {"token": "verify_made-up"}), 400, "invalid_token")


def test_verification_tokens_expire_after_a_day(root: str) -> None:
    _, _, email = signup(root)
    token = outbox(root, email, "verify")
    advance(root, 24 * 3600 + 1)
    error(Api(root).call("POST", "/auth/verify-email", {"token": token}), 400, "invalid_token")


def test_resend_is_limited_per_address_and_reveals_nothing(root: str) -> None:
    _, _, email = signup(root)
    anon = Api(root)
    nobody = f"nobody-{secrets.token_hex(4)}@example.com"
    first = anon.call("POST", "/auth/verify-email/resend", {"email": email})
    unknown = anon.call("POST", "/auth/verify-email/resend", {"email": nobody})
    assert first.status_code == unknown.status_code == 200 and first.json() == unknown.json()
    limited = anon.call("POST", "/auth/verify-email/resend", {"email": email})
    assert error(limited, 429, "rate_limited")["retryAfter"] == 60
    error(anon.call("POST", "/auth/verify-email/resend", {"email": nobody}), 429, "rate_limited")
    advance(root, 60)
    assert anon.call("POST", "/auth/verify-email/resend", {"email": email}).status_code == 200


def test_a_password_reset_signs_every_session_out(root: str) -> None:
    _, one, email = signup(root)
    anon = Api(root)
    two = anon.call("POST", "/auth/login", {"email": email, "password": "correct horse"}).json()
    assert anon.call("POST", "/auth/password-reset", {"email": email}).status_code == 200
    token = outbox(root, email, "reset")
    changed = anon.call("POST", "/auth/password-reset/confirm", {"token": token, "newPassword": "battery staple"})
    assert changed.status_code == 200, changed.text
    for session in (one, two):
        error(anon.call("POST", "/auth/refresh", {"refreshToken": session["refreshToken"]}), 401,
              "invalid_refresh_token")
    error(anon.call("POST", "/auth/login", {"email": email, "password": "correct horse"}), 401, "invalid_credentials")
    assert anon.call("POST", "/auth/login", {"email": email, "password": "battery staple"}).status_code == 200
    error(anon.call("POST", "/auth/password-reset/confirm", {"token": token, "newPassword": "another one"}), 400,
          "invalid_token")


# -- tenants and roles ----------------------------------------------------------------------------------------
def team(root: str) -> dict[str, Any]:
    """A new tenant with an owner, an admin and a user (each a session scoped to it)."""
    owner, session, _ = signup(root, "Owner")
    tenant = owner.call("POST", "/tenants", {"name": "Team " + secrets.token_hex(3)}).json()
    owner = owner.as_(session["accessToken"], tenant["id"])
    out: dict[str, Any] = {"tenant": tenant, "owner": owner, "ownerId": session["user"]["id"]}
    for role in ("admin", "user"):
        api, joined, email = signup(root, role.title())
        r = owner.call("POST", "/tenant/invitations", {"email": email, "role": role})
        assert r.status_code == 201, r.text
        accepted = api.call("POST", "/invitations/accept", {"token": outbox(root, email, "invite")})
        assert accepted.status_code == 200, accepted.text
        assert any(m["tenantId"] == tenant["id"] and m["role"] == role for m in accepted.json()["memberships"])
        out[role] = api.as_(api.token, tenant["id"])
        out[role + "Id"] = joined["user"]["id"]
        out[role + "Email"] = email
    return out


def test_tenant_scoped_calls_need_the_header_and_membership(root: str) -> None:
    t = team(root)
    members = t["user"].call("GET", "/tenant/members").json()["members"]
    assert [m["role"] for m in members] == ["owner", "admin", "user"]
    assert t["user"].call("GET", "/tenant").json()["memberCount"] == 3
    error(t["user"].as_(t["user"].token).call("GET", "/tenant/members"), 400, "tenant_required")
    stranger, _, _ = signup(root)
    error(stranger.as_(stranger.token, t["tenant"]["id"]).call("GET", "/tenant/members"), 404, "not_found")
    error(t["user"].as_(t["user"].token, "t-globex").call("GET", "/tenant"), 404, "not_found")


def test_who_may_invite_whom(root: str) -> None:
    t = team(root)
    error(t["user"].call("POST", "/tenant/invitations", {"email": "x@example.com", "role": "user"}), 403, "forbidden")
    error(t["admin"].call("POST", "/tenant/invitations", {"email": "x@example.com", "role": "admin"}), 403,
          "forbidden")
    assert t["admin"].call("POST", "/tenant/invitations", {"email": "x@example.com", "role": "user"}).status_code == 201
    error(t["owner"].call("POST", "/tenant/invitations", {"email": t["userEmail"], "role": "user"}), 409,
          "already_member")
    invited = t["owner"].call("POST", "/tenant/invitations", {"email": "y@example.com", "role": "admin"}).json()
    assert invited["invitation"]["role"] == "admin" and invited["invitation"]["email"] == "y@example.com"


def test_an_invitation_is_for_its_address_and_works_once(root: str) -> None:
    t = team(root)
    other, _, _ = signup(root)
    email = f"z-{secrets.token_hex(3)}@example.com"
    t["owner"].call("POST", "/tenant/invitations", {"email": email, "role": "user"})
    token = outbox(root, email, "invite")
    error(other.call("POST", "/invitations/accept", {"token": token}), 400, "invalid_token")
    r = Api(root).call("POST", "/auth/register",
                       {"email": email, "password": "correct horse", "displayName": "Z", "invitationToken": token})
    assert r.status_code == 201 and any(m["tenantId"] == t["tenant"]["id"] for m in r.json()["memberships"])
    error(Api(root).call("POST", "/auth/register", {"email": "q" + email, "password": "correct horse",
                                                    "displayName": "Q", "invitationToken": token}), 400,
          "invalid_token")


def test_who_may_remove_whom(root: str) -> None:
    t = team(root)
    error(t["user"].call("DELETE", f"/tenant/members/{t['adminId']}"), 403, "forbidden")
    error(t["admin"].call("DELETE", f"/tenant/members/{t['ownerId']}"), 403, "forbidden")
    error(t["admin"].call("DELETE", f"/tenant/members/{t['adminId']}"), 403, "forbidden")
    error(t["owner"].call("DELETE", f"/tenant/members/{t['ownerId']}"), 403, "forbidden")
    error(t["owner"].call("DELETE", "/tenant/members/u-nobody"), 404, "not_found")
    assert t["admin"].call("DELETE", f"/tenant/members/{t['userId']}").status_code == 200
    error(t["user"].call("GET", "/tenant"), 404, "not_found")  # no longer a member
    assert t["owner"].call("DELETE", f"/tenant/members/{t['adminId']}").status_code == 200


def test_roles_change_only_by_the_owner_and_ownership_moves(root: str) -> None:
    t = team(root)
    error(t["admin"].call("PUT", f"/tenant/members/{t['userId']}/role", {"role": "admin"}), 403, "forbidden")
    error(t["owner"].call("PUT", f"/tenant/members/{t['ownerId']}/role", {"role": "user"}), 403, "forbidden")
    changed = t["owner"].call("PUT", f"/tenant/members/{t['userId']}/role", {"role": "admin"})
    assert changed.status_code == 200 and changed.json()["role"] == "admin"
    error(t["admin"].call("POST", f"/tenant/members/{t['userId']}/transfer-ownership"), 403, "forbidden")
    error(t["owner"].call("POST", f"/tenant/members/{t['ownerId']}/transfer-ownership"), 400, "validation_failed")
    assert t["owner"].call("POST", f"/tenant/members/{t['adminId']}/transfer-ownership").status_code == 200
    roles = {m["userId"]: m["role"] for m in t["owner"].call("GET", "/tenant/members").json()["members"]}
    assert roles == {t["ownerId"]: "admin", t["adminId"]: "owner", t["userId"]: "admin"}


# -- API keys ------------------------------------------------------------------------------------------------
def test_api_key_authority(root: str) -> None:
    admin = Api(root, ADMIN_KEY)
    assert admin.call("GET", "/tenant").json()["isRoot"] is True  # an admin key resolves the root tenant
    assert admin.as_(ADMIN_KEY, "t-acme").call("GET", "/tenant").json()["id"] == "t-acme"
    user = Api(root, USER_KEY)
    error(user.call("GET", "/tenant/members"), 400, "tenant_required")
    assert user.as_(USER_KEY, "t-acme").call("GET", "/tenant/members").status_code == 200
    error(user.as_(USER_KEY, "t-globex").call("GET", "/tenant/members"), 404, "not_found")
    error(user.call("GET", "/api-keys"), 403, "forbidden")
    stranger, _, _ = signup(root)
    error(stranger.call("POST", "/api-keys", {"name": "mine", "authority": "admin"}), 403, "forbidden")


def test_a_raw_key_is_shown_once_and_revoking_it_stops_it(root: str) -> None:
    admin = Api(root, ADMIN_KEY)
    created = admin.call("POST", "/api-keys", {"name": "CI", "authority": "user"})
    assert created.status_code == 201, created.text
    raw = created.json()["rawKey"]
    key = created.json()["apiKey"]
    assert raw.startswith("lsk_") and len(raw) == 47 and raw[4:].isalnum()
    assert key["keyPreview"] == raw[-8:] and key["authority"] == "user" and key["lastUsedAt"] is None
    listed = admin.call("GET", "/api-keys").json()["apiKeys"]
    assert listed[0]["id"] == key["id"] and raw not in json.dumps(listed)
    # a user key acts as its creator (Olivia): she owns t-acme, so it works there with the header
    assert Api(root, raw, "t-acme").call("GET", "/tenant").status_code == 200
    error(Api(root, raw).call("GET", "/tenant"), 400, "tenant_required")
    used = next(k for k in admin.call("GET", "/api-keys").json()["apiKeys"] if k["id"] == key["id"])
    assert used["lastUsedAt"] is not None
    assert admin.call("DELETE", f"/api-keys/{key['id']}").json() == {"status": "deleted"}
    error(Api(root, raw, "t-acme").call("GET", "/tenant"), 401, "unauthorized")
    error(admin.call("DELETE", f"/api-keys/{key['id']}"), 404, "not_found")


# -- webhooks ------------------------------------------------------------------------------------------------
class Receiver:
    """An HTTP server that records each POST (headers, raw body) and answers with ``status``."""

    def __init__(self, status: int = 200) -> None:
        self.received: queue.Queue[tuple[dict[str, str], bytes]] = queue.Queue()
        self.status = status
        outer = self

        class Handle(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server hook's name
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                outer.received.put(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(outer.status)
                self.send_header("content-type", "text/plain")
                self.end_headers()
                self.wfile.write(b"ok" if outer.status < 300 else b"nope")

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handle)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def next(self) -> tuple[dict[str, str], bytes]:
        return self.received.get(timeout=WAIT)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def signed_by(secret: str, headers: dict[str, str], body: bytes) -> bool:
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, headers["x-webhook-signature"])


def test_webhook_crud_rotation_and_signed_deliveries(root: str, receiver: Receiver) -> None:
    t = team(root)
    owner = t["owner"]
    created = owner.call("POST", "/webhooks", {"name": "Joins", "url": receiver.url, "events": ["member.added"]})
    assert created.status_code == 201, created.text
    hook, secret = created.json()["webhook"], created.json()["secret"]
    assert secret.startswith("whsec_") and len(secret) == 38 and hook["secretPreview"] == secret[-8:]

    tested = owner.call("POST", f"/webhooks/{hook['id']}/test").json()["delivery"]
    headers, body = receiver.next()
    assert tested["success"] is True and tested["test"] is True and tested["responseCode"] == 200
    assert headers["x-webhook-test"] == "true" and signed_by(secret, headers, body)
    assert json.loads(body)["type"] == "tenant.created" and tested["payload"] == body.decode()

    rotated = owner.call("POST", f"/webhooks/{hook['id']}/rotate-secret").json()
    assert rotated["secret"] != secret and rotated["secretPreview"] == rotated["secret"][-8:]
    email = f"joiner-{secrets.token_hex(3)}@example.com"
    owner.call("POST", "/tenant/invitations", {"email": email, "role": "user"})
    Api(root).call("POST", "/auth/register", {"email": email, "password": "correct horse", "displayName": "Jo",
                                              "invitationToken": outbox(root, email, "invite")})
    headers, body = receiver.next()
    event = json.loads(body)
    assert event["type"] == "member.added" and event["data"]["member"]["email"] == email
    assert "x-webhook-test" not in headers
    assert signed_by(rotated["secret"], headers, body) and not signed_by(secret, headers, body)

    detail = owner.call("GET", f"/webhooks/{hook['id']}").json()
    assert detail["secret"] == rotated["secret"]
    deliveries = owner.call("GET", f"/webhooks/{hook['id']}/deliveries").json()["deliveries"]
    assert [d["eventType"] for d in deliveries] == ["member.added", "tenant.created"]
    assert [d["test"] for d in deliveries] == [False, True] and all(d["success"] for d in deliveries)
    assert detail["deliveries"] == deliveries
    assert len(owner.call("GET", f"/webhooks/{hook['id']}/deliveries", params={"limit": 1}).json()["deliveries"]) == 1

    paused = owner.call("PATCH", f"/webhooks/{hook['id']}", {"isActive": False, "name": "Paused"}).json()["webhook"]
    assert paused["isActive"] is False and paused["name"] == "Paused" and paused["url"] == receiver.url
    assert [w["id"] for w in owner.call("GET", "/webhooks").json()["webhooks"]] == [hook["id"]]
    assert owner.call("DELETE", f"/webhooks/{hook['id']}").json() == {"status": "deleted"}
    error(owner.call("GET", f"/webhooks/{hook['id']}"), 404, "not_found")
    assert owner.call("GET", "/webhooks").json()["webhooks"] == []


def test_webhook_access_and_failed_deliveries(root: str) -> None:
    t = team(root)
    failing = Receiver(status=500)
    try:
        hook = t["admin"].call("POST", "/webhooks", {"name": "F", "url": failing.url,
                                                     "events": ["member.removed"]}).json()["webhook"]
        delivery = t["admin"].call("POST", f"/webhooks/{hook['id']}/test").json()["delivery"]
        assert delivery["success"] is False and delivery["responseCode"] == 500 and delivery["responseBody"] == "nope"
    finally:
        failing.close()
    gone = t["owner"].call("POST", "/webhooks", {"name": "G", "url": failing.url, "events": ["member.added"]})
    delivery = t["owner"].call("POST", f"/webhooks/{gone.json()['webhook']['id']}/test").json()["delivery"]
    assert delivery["success"] is False and delivery["responseCode"] is None and delivery["error"]
    error(t["user"].call("GET", "/webhooks"), 403, "forbidden")
    error(t["user"].call("POST", f"/webhooks/{hook['id']}/test"), 403, "forbidden")
    other = team(root)
    error(other["owner"].call("GET", f"/webhooks/{hook['id']}"), 404, "not_found")
    kinds = [e["type"] for e in t["user"].call("GET", "/webhooks/event-types").json()["eventTypes"]]
    assert kinds == ["tenant.created", "member.added", "member.removed", "member.role_changed"]


# -- the event stream ---------------------------------------------------------------------------------------
def read_stream(api: Api, last_id: str | None, want: int) -> tuple[list[tuple[str, dict[str, Any]]], bool]:
    """Up to ``want`` events (id, event) from one connection; True when the server ended it first."""
    extra = {"Last-Event-ID": last_id} if last_id else {}
    events: list[tuple[str, dict[str, Any]]] = []
    current: dict[str, str] = {}
    with httpx.stream("GET", f"{api.root}/v1/events/stream", headers=api.headers(extra), timeout=WAIT) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        for line in r.iter_lines():
            if line == "":
                if "data" in current:
                    events.append((current["id"], json.loads(current["data"])))
                    if len(events) == want:
                        return events, False
                current = {}
            elif not line.startswith(":"):
                name, _, value = line.partition(":")
                current[name] = value[1:] if value.startswith(" ") else value
    return events, True


def make_events(root: str) -> tuple[Api, list[str]]:
    """A tenant with a few events: two joins, a role change, a removal."""
    t = team(root)
    t["owner"].call("PUT", f"/tenant/members/{t['userId']}/role", {"role": "admin"})
    t["owner"].call("DELETE", f"/tenant/members/{t['userId']}")
    return t["owner"], ["member.added", "member.added", "member.role_changed", "member.removed"]


def test_the_stream_resumes_after_last_event_id(root: str) -> None:
    owner, kinds = make_events(root)
    events, _ = read_stream(owner, None, 4)
    assert [e["type"] for _, e in events] == kinds
    ids = [int(i) for i, _ in events]
    assert ids == sorted(ids) and [e["id"] for _, e in events] == [str(i) for i in ids]
    later, _ = read_stream(owner, str(ids[1]), 2)
    assert [int(i) for i, _ in later] == ids[2:]
    error(owner.call("GET", "/events/stream", headers={"Last-Event-ID": "not-a-number"}), 400, "validation_failed")
    error(owner.as_(owner.token).call("GET", "/events/stream"), 400, "tenant_required")


def test_a_cut_stream_resumes_with_nothing_lost_or_repeated(tmp_path: Path) -> None:
    with serve(f"sqlite:///{tmp_path / 'cut.sqlite3'}", tmp_path, PLATFORM_STREAM_CUT_AFTER="2") as url:
        owner, kinds = make_events(url)
        seen: list[tuple[str, dict[str, Any]]] = []
        cuts = 0
        while len(seen) < len(kinds):
            events, ended = read_stream(owner, seen[-1][0] if seen else None, len(kinds) - len(seen))
            assert events, "a connection that delivers nothing"
            seen += events
            cuts += ended
        assert [e["type"] for _, e in seen] == kinds
        assert len({i for i, _ in seen}) == len(kinds)
        assert cuts >= 1  # the server did end a connection mid-way


# -- the server itself ------------------------------------------------------------------------------------------
def test_sessions_and_keys_survive_a_restart(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'restart.sqlite3'}"
    with serve(db, tmp_path) as url:
        _, session, email = signup(url)
    with serve(db, tmp_path) as url:
        anon = Api(url)
        assert anon.call("POST", "/auth/refresh", {"refreshToken": session["refreshToken"]}).status_code == 200
        assert anon.call("POST", "/auth/login", {"email": email, "password": "correct horse"}).status_code == 200


def test_a_bad_fixture_is_refused_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("root: {id: r, name: R}\nusers:\n  - {id: u, email: e@x.io, displayName: U, password: p,"
                   " memberships: {r: boss}}\n")
    run = [sys.executable, "-m", "reference_server", "--api", "platform", "--db", "sqlite://", "--fixtures", str(bad)]
    result = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "memberships[r] must be one of" in result.stderr
    assert "Traceback" not in result.stderr

"""The Platform domain in process (no HTTP): credentials that must be refused, the webhook
signature against an independent computation, concurrent refreshes of one token, the stream's
resume and cut, and every fixture mistake named."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reference_server.api import DomainError
from reference_server.apis.platform import FixtureError, demo_tokens, load_fixture, read_fixture
from reference_server.apis.platform.domain import (
    Caller,
    Platform,
    Settings,
    check_password,
    event_stream,
    hash_password,
    sign_webhook,
)
from reference_server.apis.platform.handlers import HANDLERS
from reference_server.clock import ManualClock

ADMIN_KEY = "lsk_demoAdminKey0000000000000000000000000000000"


@pytest.fixture
def platform() -> Iterator[Platform]:
    p = Platform.open("sqlite://", Settings(stream_cut_after=0, ping_seconds=0.05), ManualClock())
    load_fixture(p, None)
    yield p
    p.close()


def call(p: Platform, op: str, caller: Caller | None = None, body: Any = None, path: Any = None) -> Any:
    return HANDLERS[op](p, caller or Caller(kind="public"), path or {}, {}, body)


def login(p: Platform, email: str = "olivia@platform.example", password: str = "demo-password-1") -> Any:
    return call(p, "login", body={"email": email, "password": password})


def refusal(fn: Any, status: int, code: str) -> DomainError:
    with pytest.raises(DomainError) as caught:
        fn()
    assert (caught.value.status, caught.value.code) == (status, code), caught.value
    return caught.value


def test_tampered_and_foreign_tokens_are_refused(platform: Platform) -> None:
    session = login(platform)
    token = session["accessToken"]
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    forged = base64.urlsafe_b64encode(json.dumps({**claims, "sub": "u-gary"}).encode()).rstrip(b"=").decode()
    refusal(lambda: platform.caller_for(f"{header}.{forged}.{signature}"), 401, "unauthorized")
    refusal(lambda: platform.caller_for("not-a-jwt"), 401, "unauthorized")
    refusal(lambda: platform.caller_for("a.b.c"), 401, "unauthorized")
    refusal(lambda: platform.caller_for("lsk_" + "x" * 43), 401, "unauthorized")
    assert platform.caller_for(token).user_id == "u-olivia"
    assert platform.caller_for(ADMIN_KEY).authority == "admin"


def test_a_deactivated_account_loses_its_sessions_and_keys(platform: Platform) -> None:
    token = login(platform)["accessToken"]
    with platform.changed:
        user = platform.get("user", "u-olivia")
        assert user is not None
        platform.put("user", "u-olivia", {**user, "isActive": False})
    refusal(lambda: platform.caller_for(token), 401, "unauthorized")
    refusal(lambda: platform.caller_for(ADMIN_KEY), 401, "unauthorized")


def test_the_webhook_signature_is_hex_hmac_sha256_of_the_raw_body() -> None:
    body = b'{"id":"1","type":"tenant.created"}'
    secret = "whsec_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"
    expected = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    assert sign_webhook(secret, body) == expected and expected == expected.lower() and len(expected) == 64
    assert sign_webhook(secret, body + b" ") != expected


def test_passwords_are_salted_and_checked() -> None:
    one, two = hash_password("correct horse"), hash_password("correct horse")
    assert one != two and check_password("correct horse", one) and check_password("correct horse", two)
    assert not check_password("correct horsE", one) and not check_password("x", "garbage")


def test_concurrent_refreshes_of_one_token_rotate_once(platform: Platform) -> None:
    token = login(platform)["refreshToken"]
    wins: list[str] = []
    losses: list[str] = []

    def refresh() -> None:
        try:
            wins.append(call(platform, "refreshSession", body={"refreshToken": token})["refreshToken"])
        except DomainError as exc:
            losses.append(exc.code)

    threads = [threading.Thread(target=refresh) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(wins) == 1 and losses == ["invalid_refresh_token"] * 9


def test_refresh_tokens_expire_after_thirty_days(platform: Platform) -> None:
    token = login(platform)["refreshToken"]
    platform.advance(30 * 24 * 3600)
    refusal(lambda: call(platform, "refreshSession", body={"refreshToken": token}), 401, "invalid_refresh_token")


def _events(p: Platform, tenant: str, after: int, cut: int = 0) -> list[str]:
    """The ids a stream sends before it ends (cut) or pauses (a ping)."""
    p.settings = Settings(stream_cut_after=cut, ping_seconds=0.05)
    stream = event_stream(p, tenant, after)
    ids: list[str] = []
    chunks = stream.chunks
    assert next(chunks).startswith(b": connected\nretry: 1000")
    for chunk in chunks:
        if chunk.startswith(b": ping"):
            break
        ids.append(chunk.decode().split("\n")[0].removeprefix("id: "))
    close = getattr(chunks, "close", None)
    if close is not None:
        close()
    return ids


def test_the_stream_resumes_after_an_id_and_a_cut_ends_it(platform: Platform) -> None:
    with platform.changed:
        for n in range(5):
            platform.emit("t-acme", "member.removed", {"userId": f"u-{n}"})
        platform.emit("t-globex", "member.removed", {"userId": "u-other"})
    everything = _events(platform, "t-acme", 0)
    assert len(everything) == 5 and everything == sorted(everything, key=int)
    assert _events(platform, "t-acme", int(everything[1])) == everything[2:]
    assert _events(platform, "t-acme", 0, cut=2) == everything[:2]
    assert _events(platform, "t-acme", int(everything[-1])) == []


def test_admin_keys_act_as_admins_not_owners(platform: Platform) -> None:
    admin = platform.caller_for(ADMIN_KEY)
    assert platform.scope(admin).tenant["isRoot"] is True and platform.scope(admin).role == "admin"
    refusal(lambda: call(platform, "changeMemberRole", admin, {"role": "admin"}, {"userId": "u-olivia"}),
            403, "forbidden")


def test_demo_tokens_are_the_fixture_keys(platform: Platform) -> None:
    assert [t for t, _, _ in demo_tokens(platform)] == [ADMIN_KEY, "lsk_demoUserKey00000000000000000000000000000000"]


FIXTURE = """\
root: {id: r, name: Root}
tenants: [{id: a, name: A}]
users:
  - {id: u1, email: one@x.io, displayName: One, password: pw-one-1, memberships: {r: owner, a: owner}}
apiKeys:
  - {id: k1, name: K, key: lsk_%s, authority: admin, createdBy: u1}
""" % ("a" * 43)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (("root: {id: r, name: Root}", "root: r"), "root needs id, name"),
        (("tenants: [{id: a, name: A}]", "tenants: {a: A}"), "tenants must be a list"),
        (("memberships: {r: owner, a: owner}", "memberships: {r: owner, b: owner}"), "unknown tenant 'b'"),
        (("memberships: {r: owner, a: owner}", "memberships: {r: owner, a: chief}"), "must be one of"),
        (("memberships: {r: owner, a: owner}", "memberships: {r: owner}"), "tenant 'a' needs exactly one owner"),
        (("key: lsk_", "key: sk_"), "must be lsk_ and 43 letters or digits"),
        (("createdBy: u1", "createdBy: u9"), "createdBy a user id"),
        (("users:", "people:"), "users must be a non-empty list"),
        (("root:", "root: [\n"), "not YAML"),
    ],
)
def test_fixture_mistakes_are_named(tmp_path: Path, change: tuple[str, str], words: str) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(FIXTURE)
    assert read_fixture(good)["root"]["id"] == "r"
    bad = tmp_path / "bad.yaml"
    bad.write_text(FIXTURE.replace(*change))
    with pytest.raises(FixtureError, match=words.replace("(", r"\(").replace("[", r"\[")):
        read_fixture(bad)

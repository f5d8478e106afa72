"""The Platform API's domain: accounts, sessions, tenants, API keys, webhooks and the event log.

Every document lives in ``Platform.docs`` (kind -> id -> dict) under one condition variable and is
written through to the store on each change; the event stream waits on that condition. Time comes
from ``Platform.clock`` (the system clock, or a manual one that ``/_admin/advance`` moves), so the
lockout, token expiry and email-token lifetimes can be tested without waiting.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import os
import secrets
import string
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from reference_server.api import DomainError, Proceed, Replay, Streamed, parse_bearer
from reference_server.apis.platform.store import Store
from reference_server.clock import SystemClock

LOCKOUT_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
REFRESH_TTL = timedelta(days=30)
VERIFY_TTL = timedelta(hours=24)
RESET_TTL = timedelta(hours=1)
INVITATION_TTL = timedelta(days=7)
RESEND_INTERVAL = timedelta(seconds=60)
STREAM_RETRY_MS = 1000
# Deliveries go straight to the webhook's URL: proxy settings of the environment do not apply.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))
KEY_USE_RESOLUTION_SECONDS = 60  # an API key's lastUsedAt is written at most once a minute (not on every call)
ALPHANUMERIC = string.ascii_letters + string.digits
EVENT_TYPES = {
    "tenant.created": "Sent to the root tenant's webhooks when any tenant is created, sign-ups included.",
    "member.added": "Sent to a tenant's webhooks when someone joins it through an invitation.",
    "member.removed": "Sent to a tenant's webhooks when a member is removed.",
    "member.role_changed": "Sent to a tenant's webhooks when a member's role changes or ownership moves.",
}


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name}: not a number: {raw!r}") from None
    if value < 0:
        raise ValueError(f"{name}: must not be negative: {raw!r}")
    return value


@dataclass(frozen=True)
class Settings:
    access_ttl_seconds: int = 900  # an access token's life
    ping_seconds: float = 15.0  # the event stream's keep-alive comment interval
    stream_cut_after: int = 0  # fault injection: end every stream connection after this many events (0: never)
    delivery_timeout_seconds: float = 5.0  # how long a webhook delivery waits for the receiver
    jwt_secret: str = "platform-reference-server-jwt-signing-key"

    @classmethod
    def from_env(cls) -> Settings:
        """``PLATFORM_ACCESS_TTL_SECONDS``, ``PLATFORM_PING_SECONDS``, ``PLATFORM_STREAM_CUT_AFTER`` and
        ``PLATFORM_DELIVERY_TIMEOUT_SECONDS`` override the defaults (tests)."""
        ttl = int(_env_number("PLATFORM_ACCESS_TTL_SECONDS", 900))
        if ttl < 1:
            raise ValueError("PLATFORM_ACCESS_TTL_SECONDS: must be at least 1")
        return cls(
            access_ttl_seconds=ttl,
            ping_seconds=_env_number("PLATFORM_PING_SECONDS", 15.0),
            stream_cut_after=int(_env_number("PLATFORM_STREAM_CUT_AFTER", 0)),
            delivery_timeout_seconds=_env_number("PLATFORM_DELIVERY_TIMEOUT_SECONDS", 5.0),
        )


@dataclass(frozen=True)
class Caller:
    """Who is calling: a session's user, an API key (acting for its creator) or anybody (public)."""

    kind: str  # session | apikey | public
    user_id: str = ""
    authority: str = ""  # API keys: admin | user
    key_id: str = ""
    jti: str = ""  # sessions: the access token's id (logout revokes it)
    tenant_header: str | None = None  # X-Tenant-ID as sent
    last_event_id: str | None = None  # Last-Event-ID as sent

    @property
    def id(self) -> str:
        return self.key_id or self.user_id or "public"


@dataclass(frozen=True)
class Scope:
    """The tenant a tenant-scoped call acts on, and the caller's role there."""

    tenant: dict[str, Any]
    role: str  # owner | admin | user


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_stamp(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def random_text(n: int) -> str:
    return "".join(secrets.choice(ALPHANUMERIC) for _ in range(n))


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(8)}"


def not_found(what: str) -> DomainError:
    return DomainError(404, "not_found", f"no such {what}")


def forbidden(message: str) -> DomainError:
    return DomainError(403, "forbidden", message)


def invalid_token(what: str) -> DomainError:
    return DomainError(400, "invalid_token", f"this {what} token is unknown, used or expired")


def hash_password(password: str, salt: str | None = None) -> str:
    salt = salt or secrets.token_hex(16)
    derived = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), 20_000).hex()
    return f"pbkdf2-sha256${salt}${derived}"


def check_password(password: str, stored: str) -> bool:
    try:
        _, salt, _ = stored.split("$")
    except ValueError:
        return False
    return hmac.compare_digest(hash_password(password, salt), stored)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_webhook(secret: str, body: bytes) -> str:
    """What ``X-Webhook-Signature`` carries: lower-case hex HMAC-SHA256 of the raw body, keyed with the whole secret."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@dataclass
class Platform:
    store: Store
    settings: Settings = field(default_factory=Settings)
    clock: Any = field(default_factory=SystemClock)
    docs: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    changed: threading.Condition = field(default_factory=threading.Condition)
    _closed: bool = False

    # -- documents ----------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str, settings: Settings | None = None, clock: Any = None) -> Platform:
        platform = cls(Store(url), settings or Settings.from_env(), clock or SystemClock())
        platform.reload()
        return platform

    def reload(self) -> None:
        with self.changed:
            self.docs = {}
            for kind, key, data in self.store.load():
                self.docs.setdefault(kind, {})[key] = data

    def all(self, kind: str) -> dict[str, dict[str, Any]]:
        return self.docs.setdefault(kind, {})

    def get(self, kind: str, key: str) -> dict[str, Any] | None:
        return self.all(kind).get(key)

    def put(self, kind: str, key: str, data: dict[str, Any]) -> None:
        self.store.put(kind, key, data)
        self.all(kind)[key] = data
        self.changed.notify_all()

    def remove(self, kind: str, key: str) -> None:
        self.store.remove(kind, key)
        self.all(kind).pop(key, None)
        self.changed.notify_all()

    def reset(self) -> None:
        with self.changed:
            self.store.reset()
            self.docs = {}
            self.changed.notify_all()

    def close(self) -> None:
        with self.changed:
            self._closed = True
            self.changed.notify_all()
        self.store.close()

    def now(self) -> datetime:
        moment: datetime = self.clock.now()
        return moment

    # -- the Platform protocol ------------------------------------------------------------------
    def authenticate(self, authorization: str | None) -> Caller:
        return self.caller_for(parse_bearer(authorization))

    def tick(self) -> dict[str, Any]:
        return {}

    def advance(self, seconds: float) -> dict[str, Any]:
        self.clock.advance(seconds)
        return {}

    def start_runner(self, interval: float = 0.25) -> None:
        """Nothing runs on a timer: deliveries start when their event happens."""

    def stop_runner(self) -> None:
        """Nothing runs on a timer."""

    def idempotency_begin(
        self, principal: str, key: str, operation_id: str, body: Any, params: Any = None
    ) -> Proceed | Replay:
        record_id = digest(f"{principal}\n{key}")
        fingerprint = digest(json.dumps([operation_id, body, params], sort_keys=True, default=str))
        with self.changed:
            record = self.get("idempotency", record_id)
            if record is None:
                self.put("idempotency", record_id, {"fingerprint": fingerprint, "done": False})
                return Proceed()
            if record["fingerprint"] != fingerprint:
                raise DomainError(409, "idempotency_key_reused", "this Idempotency-Key was used with another request")
            if not record["done"]:
                raise DomainError(409, "conflict", "a request with this Idempotency-Key is still running")
            return Replay(int(record["status"]), dict(record["headers"]), record["body"])

    def idempotency_complete(
        self, principal: str, key: str, status: int, headers: dict[str, str], body: str | None
    ) -> None:
        record_id = digest(f"{principal}\n{key}")
        with self.changed:
            record = self.get("idempotency", record_id)
            if record is not None:
                self.put("idempotency", record_id, {**record, "done": True, "status": status, "headers": headers,
                                                    "body": body})

    def idempotency_abandon(self, principal: str, key: str) -> None:
        with self.changed:
            self.remove("idempotency", digest(f"{principal}\n{key}"))

    # -- credentials -----------------------------------------------------------------------------
    def issue_access_token(self, user_id: str) -> tuple[str, str]:
        issued = int(self.now().timestamp())
        jti = secrets.token_hex(12)
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        claims = {"sub": user_id, "jti": jti, "iat": issued, "exp": issued + self.settings.access_ttl_seconds}
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        signature = hmac.new(self.settings.jwt_secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256)
        return f"{header}.{payload}.{_b64(signature.digest())}", jti

    def _access_claims(self, token: str) -> dict[str, Any]:
        parts = token.split(".")
        if len(parts) != 3:
            raise DomainError(401, "unauthorized", "unknown token")
        expected = hmac.new(self.settings.jwt_secret.encode(), f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256)
        try:
            valid = hmac.compare_digest(_b64(expected.digest()), parts[2])
            claims = json.loads(_unb64(parts[1])) if valid else None
        except (ValueError, UnicodeDecodeError):
            claims = None
        if not isinstance(claims, dict) or not isinstance(claims.get("exp"), int):
            raise DomainError(401, "unauthorized", "unknown token")
        if claims["exp"] <= self.now().timestamp():
            raise DomainError(401, "token_expired", "the access token has expired: refresh the session")
        return claims

    def caller_for(self, token: str) -> Caller:
        with self.changed:
            if token.startswith("lsk_"):
                key = next((k for k in self.all("api_key").values()
                            if k["isActive"] and hmac.compare_digest(k["hash"], digest(token))), None)
                if key is None:
                    raise DomainError(401, "unauthorized", "unknown or revoked API key")
                last = key.get("lastUsedAt")
                if last is None or (self.now() - parse_stamp(last)).total_seconds() >= KEY_USE_RESOLUTION_SECONDS:
                    self.put("api_key", key["id"], {**key, "lastUsedAt": stamp(self.now())})
                user = self.get("user", key["createdBy"])
                if user is None or not user["isActive"]:
                    raise DomainError(401, "unauthorized", "the API key's owner is no longer active")
                return Caller(kind="apikey", user_id=key["createdBy"], authority=key["authority"], key_id=key["id"])
            claims = self._access_claims(token)
            if self.get("revoked_access", str(claims.get("jti"))) is not None:
                raise DomainError(401, "unauthorized", "this access token was revoked (signed out)")
            user = self.get("user", str(claims.get("sub")))
            if user is None or not user["isActive"]:
                raise DomainError(401, "unauthorized", "the account is not active")
            return Caller(kind="session", user_id=user["id"], jti=str(claims["jti"]))

    # -- tenants ---------------------------------------------------------------------------------
    def root_tenant(self) -> dict[str, Any]:
        root = next((t for t in self.all("tenant").values() if t["isRoot"]), None)
        if root is None:
            raise DomainError(500, "internal", "the platform has no root tenant")
        return root

    def scope(self, caller: Caller) -> Scope:
        """The tenant a tenant-scoped call acts on: X-Tenant-ID, or the root tenant for an admin key."""
        wanted = caller.tenant_header
        if caller.kind == "apikey" and caller.authority == "admin":
            tenant = self.root_tenant() if wanted is None else self.get("tenant", wanted)
            if tenant is None or not tenant["isActive"]:
                raise not_found("tenant")
            return Scope(tenant, "admin")  # an admin key acts as an administrator, never as the owner
        if wanted is None:
            raise DomainError(400, "tenant_required", "this call is tenant-scoped: send the tenant's id in X-Tenant-ID")
        tenant = self.get("tenant", wanted)
        if tenant is None or not tenant["isActive"] or caller.user_id not in tenant["members"]:
            raise not_found("tenant")
        return Scope(tenant, str(tenant["members"][caller.user_id]["role"]))

    def require_root_admin(self, caller: Caller) -> None:
        if caller.kind == "apikey" and caller.authority == "admin":
            return
        root = self.root_tenant()
        role = root["members"].get(caller.user_id, {}).get("role")
        if role not in ("owner", "admin"):
            raise forbidden("only admins and owners of the root tenant may manage API keys")

    def memberships(self, user_id: str) -> list[dict[str, Any]]:
        rows = []
        for tenant in sorted(self.all("tenant").values(), key=lambda t: (t["createdAt"], t["id"])):
            member = tenant["members"].get(user_id)
            if member is not None and tenant["isActive"]:
                rows.append({"tenantId": tenant["id"], "tenantName": tenant["name"], "tenantSlug": tenant["slug"],
                             "role": member["role"], "isRoot": tenant["isRoot"]})
        return rows

    def unique_slug(self, name: str) -> str:
        base = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
        base = "-".join(part for part in base.split("-") if part)[:40] or "tenant"
        taken = {t["slug"] for t in self.all("tenant").values()}
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        return slug

    def create_tenant(self, name: str, owner_id: str, *, tenant_id: str | None = None, root: bool = False,
                      emit: bool = True) -> dict[str, Any]:
        moment = stamp(self.now())
        tenant: dict[str, Any] = {
            "id": tenant_id or new_id("t"), "name": name, "slug": self.unique_slug(name), "isRoot": root,
            "isActive": True, "createdAt": moment, "updatedAt": moment,
            "members": {owner_id: {"role": "owner", "joinedAt": moment}},
        }
        self.put("tenant", tenant["id"], tenant)
        if emit:
            self.emit(self.root_tenant()["id"], "tenant.created", {"tenant": tenant_view(tenant)})
        return tenant

    # -- sessions --------------------------------------------------------------------------------
    def open_session(self, user: dict[str, Any]) -> dict[str, Any]:
        access, _ = self.issue_access_token(user["id"])
        refresh = "rt_" + secrets.token_urlsafe(32)
        self.put("refresh_token", digest(refresh), {
            "userId": user["id"], "expiresAt": stamp(self.now() + REFRESH_TTL), "revokedAt": None,
        })
        return {
            "accessToken": access, "refreshToken": refresh, "tokenType": "Bearer",
            "expiresIn": self.settings.access_ttl_seconds, "user": user_view(user),
            "memberships": self.memberships(user["id"]),
        }

    def revoke_refresh_tokens(self, user_id: str) -> int:
        moment = stamp(self.now())
        count = 0
        for key, record in list(self.all("refresh_token").items()):
            if record["userId"] == user_id and record["revokedAt"] is None:
                self.put("refresh_token", key, {**record, "revokedAt": moment})
                count += 1
        return count

    def lockout_retry_after(self, email: str) -> int | None:
        record = self.get("login_failures", email)
        if record is None or record.get("lockedUntil") is None:
            return None
        remaining = (parse_stamp(record["lockedUntil"]) - self.now()).total_seconds()
        return math.ceil(remaining) if remaining > 0 else None

    def record_failure(self, email: str) -> None:
        record = self.get("login_failures", email) or {"count": 0, "lockedUntil": None}
        count = int(record["count"]) + 1
        if count >= LOCKOUT_ATTEMPTS:
            self.put("login_failures", email, {"count": 0, "lockedUntil": stamp(self.now() + LOCKOUT)})
        else:
            self.put("login_failures", email, {"count": count, "lockedUntil": None})

    def user_by_email(self, email: str) -> dict[str, Any] | None:
        wanted = email.lower()
        return next((u for u in self.all("user").values() if u["email"].lower() == wanted), None)

    def send_email(self, to: str, kind: str, token: str) -> None:
        """The reference server's outbox: what a real platform would email (``GET /_platform/outbox``)."""
        entry_id = new_id("mail")
        self.put("outbox", entry_id, {"id": entry_id, "to": to.lower(), "kind": kind, "token": token,
                                      "createdAt": stamp(self.now()), "seq": self.next_number("mail")})

    def email_token(self, kind: str, ttl: timedelta, **fields: Any) -> str:
        token = f"{kind}_{secrets.token_urlsafe(24)}"
        self.put("email_token", digest(token), {"kind": kind, "expiresAt": stamp(self.now() + ttl),
                                                "usedAt": None, **fields})
        return token

    def use_email_token(self, kind: str, token: str) -> dict[str, Any]:
        record = self.get("email_token", digest(token))
        if record is None or record["kind"] != kind or record["usedAt"] is not None \
                or parse_stamp(record["expiresAt"]) <= self.now():
            raise invalid_token({"verify": "verification", "reset": "reset", "invite": "invitation"}[kind])
        self.put("email_token", digest(token), {**record, "usedAt": stamp(self.now())})
        return record

    def next_number(self, name: str) -> int:
        counter = self.get("counter", name) or {"next": 1}
        value = int(counter["next"])
        self.put("counter", name, {"next": value + 1})
        return value

    # -- events and webhooks -------------------------------------------------------------------------
    def emit(self, tenant_id: str, event_type: str, data: dict[str, Any]) -> dict[str, Any]:
        """Append an event to the tenant's log (the stream) and deliver it to the tenant's subscribed webhooks."""
        seq = self.next_number("event")
        event = {"id": str(seq), "type": event_type, "tenantId": tenant_id, "createdAt": stamp(self.now()),
                 "data": data}
        self.put("event", f"{seq:018d}", event)
        hooks = [w for w in self.all("webhook").values()
                 if w["tenantId"] == tenant_id and w["isActive"] and not w.get("deletedAt")
                 and event_type in w["events"]]
        for hook in hooks:
            thread = threading.Thread(target=self.deliver, args=(hook["id"], event, False), daemon=True)
            thread.start()
        return event

    def deliver(self, webhook_id: str, event: dict[str, Any], test: bool) -> dict[str, Any]:
        """POST the event to the webhook's URL, signed; log the attempt and return the logged delivery."""
        with self.changed:
            hook = self.get("webhook", webhook_id)
            if hook is None:
                raise not_found("webhook")
            url, secret = str(hook["url"]), str(hook["secret"])
        body = json.dumps(event, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json", "User-Agent": "platform-reference-server",
                   "X-Webhook-Signature": sign_webhook(secret, body), "X-Webhook-Event": str(event["type"]),
                   "X-Webhook-Delivery": new_id("dlv")}
        if test:
            headers["X-Webhook-Test"] = "true"
        code: int | None = None
        answer: str | None = None
        error: str | None = None
        started = time.monotonic()
        try:
            request = urllib.request.Request(url, data=body, headers=headers, method="POST")
            with _DIRECT.open(request, timeout=self.settings.delivery_timeout_seconds) as response:
                code = int(response.status)
                answer = response.read(1000).decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            code = int(exc.code)
            answer = exc.read(1000).decode("utf-8", "replace")
        except (urllib.error.URLError, OSError, ValueError) as exc:
            error = str(getattr(exc, "reason", exc)) or type(exc).__name__
        delivery = {
            "id": headers["X-Webhook-Delivery"], "webhookId": webhook_id, "eventId": str(event["id"]),
            "eventType": event["type"], "test": test, "payload": body.decode(), "responseCode": code,
            "responseBody": answer, "error": error, "success": code is not None and 200 <= code < 300,
            "durationMs": int((time.monotonic() - started) * 1000), "createdAt": stamp(self.now()),
            "seq": 0,
        }
        with self.changed:
            if self._closed:
                return delivery
            delivery["seq"] = self.next_number("delivery")
            self.put("delivery", delivery["id"], delivery)
        return delivery

    def events_after(self, tenant_id: str, after: int) -> list[dict[str, Any]]:
        return [e for _, e in sorted(self.all("event").items()) if e["tenantId"] == tenant_id and int(e["id"]) > after]


def user_view(user: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "email", "displayName", "emailVerified", "isActive", "createdAt", "updatedAt", "lastLoginAt")
    out = {k: user.get(k) for k in keys}
    out["authMethods"] = [{"provider": "password"}]
    return out


def tenant_view(tenant: dict[str, Any]) -> dict[str, Any]:
    out = {k: tenant[k] for k in ("id", "name", "slug", "isRoot", "isActive", "createdAt", "updatedAt")}
    out["memberCount"] = len(tenant["members"])
    return out


def member_view(platform: Platform, tenant: dict[str, Any], user_id: str) -> dict[str, Any]:
    user = platform.get("user", user_id) or {"email": "unknown@invalid.example", "displayName": ""}
    member = tenant["members"][user_id]
    return {"userId": user_id, "email": user["email"], "displayName": user["displayName"], "role": member["role"],
            "joinedAt": member["joinedAt"]}


def event_stream(platform: Platform, tenant_id: str, after: int) -> Streamed:
    """The tenant's events after ``after``, then each new one; ends after ``stream_cut_after`` events when set."""
    cut = platform.settings.stream_cut_after

    def chunks() -> Iterator[bytes]:
        last, sent = after, 0
        yield f": connected\nretry: {STREAM_RETRY_MS}\n\n".encode()
        while True:
            with platform.changed:
                pending = platform.events_after(tenant_id, last)
                if not pending and not platform._closed:
                    platform.changed.wait(platform.settings.ping_seconds)
                    pending = platform.events_after(tenant_id, last)
                if platform._closed:
                    return
            if not pending:
                yield b": ping\n\n"
                continue
            for event in pending:
                data = json.dumps(event, separators=(",", ":"))
                yield f"id: {event['id']}\nevent: {event['type']}\ndata: {data}\n\n".encode()
                last, sent = int(event["id"]), sent + 1
                if cut and sent >= cut:
                    return  # the injected fault: the connection ends mid-stream

    return Streamed(chunks(), headers={"cache-control": "no-store"})

"""Deplite's domain: organisations, triggers, API tokens, agents, jobs, logs, Slack and files.

Every document lives in ``Platform.docs`` (kind -> id -> dict) under one condition variable and
is written through to the store on each change. Waiting callers (the agent stream, a run in
``sync`` mode) wait on that condition and are woken by every change.
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import hmac
import json
import math
import os
import secrets
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from reference_server.api import DomainError, Proceed, Replay, RequestFacts, Streamed, parse_bearer
from reference_server.apis.deplite.store import Store

SLACK_SIGNING_SECRET = "deplite-demo-slack-signing-secret"
SIGNATURE_TOLERANCE_SECONDS = 300
ENROLLMENT_TTL = timedelta(hours=24)
SLACK_STATE_TTL = timedelta(minutes=10)
PRESIGN_TTL_SECONDS = 900
ONLINE_SECONDS = 60


def _env_seconds(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name}: not a number of seconds: {raw!r}") from None
    if value < 0:
        raise ValueError(f"{name}: must not be negative: {raw!r}")
    return value


@dataclass(frozen=True)
class Settings:
    sync_wait_seconds: float = 30.0  # how long a run in sync mode waits for its result
    ping_seconds: float = 15.0  # the agent stream's keep-alive interval
    server_secret: str = "deplite-reference-server-url-signing-key"

    @classmethod
    def from_env(cls) -> Settings:
        """``DEPLITE_SYNC_WAIT_SECONDS`` and ``DEPLITE_PING_SECONDS`` override the defaults (tests)."""
        return cls(
            sync_wait_seconds=_env_seconds("DEPLITE_SYNC_WAIT_SECONDS", 30.0),
            ping_seconds=_env_seconds("DEPLITE_PING_SECONDS", 15.0),
        )


@dataclass(frozen=True)
class Caller:
    """Who is calling: a user, an API token, an enrollment token, an agent, Slack or anybody (public)."""

    id: str
    kind: str  # user | token | enrollment | agent | slack | public
    role: str = ""  # users: owner | member
    host: str = ""  # the Host header (for absolute URLs)


def now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def parse_stamp(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def not_found(what: str) -> DomainError:
    return DomainError(404, "not_found", f"no such {what}")


def forbidden(message: str = "only the organisation's owner may do this") -> DomainError:
    return DomainError(403, "forbidden", message)


def unauthorized(code: str, message: str) -> DomainError:
    return DomainError(401, code, message)


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


@dataclass
class Platform:
    store: Store
    settings: Settings = field(default_factory=Settings)
    docs: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    changed: threading.Condition = field(default_factory=threading.Condition)
    streams: dict[str, int] = field(default_factory=dict)  # agent id -> open streams
    clock: Any = None
    _closed: bool = False

    # -- documents ------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str, settings: Settings | None = None) -> Platform:
        platform = cls(Store(url), settings or Settings.from_env())
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

    # -- the Platform protocol ---------------------------------------------------------------
    def authenticate(self, authorization: str | None) -> Caller:
        return self.user_for(parse_bearer(authorization))

    def tick(self) -> dict[str, Any]:
        return {}

    def advance(self, seconds: float) -> dict[str, Any]:
        raise DomainError(400, "validation_failed", "Deplite runs on real time: there is no clock to advance")

    def start_runner(self, interval: float = 0.25) -> None:
        """Nothing runs in the background: agents run the jobs."""

    def stop_runner(self) -> None:
        """Nothing runs in the background."""

    # -- idempotency (the layer calls these for a POST with Idempotency-Key) --------------------
    def idempotency_begin(
        self, principal: str, key: str, operation_id: str, body: Any, params: Any = None
    ) -> Proceed | Replay:
        record_id = _digest(f"{principal}\n{key}")
        fingerprint = _digest(json.dumps([operation_id, body, params], sort_keys=True, default=str))
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
        record_id = _digest(f"{principal}\n{key}")
        with self.changed:
            record = self.get("idempotency", record_id)
            if record is not None:
                self.put(
                    "idempotency",
                    record_id,
                    {**record, "done": True, "status": status, "headers": headers, "body": body},
                )

    def idempotency_abandon(self, principal: str, key: str) -> None:
        with self.changed:
            self.remove("idempotency", _digest(f"{principal}\n{key}"))

    # -- callers ---------------------------------------------------------------------------------
    def user_for(self, token: str) -> Caller:
        with self.changed:
            user = self.get("user_token", token)
        if user is None:
            raise unauthorized("unauthorized", "unknown token")
        return Caller(id=str(user["userId"]), kind="user", role=str(user["role"]))

    def api_token_for(self, token: str) -> Caller:
        with self.changed:
            for record in self.all("api_token").values():
                if hmac.compare_digest(record["hash"], _digest(token)):
                    expires = record.get("expiresAt")
                    if expires is not None and parse_stamp(expires) <= now():
                        raise unauthorized("unauthorized", "this API token has expired")
                    return Caller(id=str(record["id"]), kind="token")
        raise unauthorized("unauthorized", "unknown API token")

    def agent_for(self, facts: RequestFacts) -> Caller:
        """The agent that signed ``facts`` (the spec's ``agentSignature`` scheme), or 401."""
        headers = facts.headers
        agent_id = headers.get("x-agent-id")
        timestamp = headers.get("x-timestamp")
        nonce = headers.get("x-nonce")
        signature = headers.get("x-signature")
        if not agent_id or not timestamp or not nonce or not signature:
            raise unauthorized(
                "invalid_signature", "a signed request needs X-Agent-Id, X-Timestamp, X-Nonce and X-Signature"
            )
        with self.changed:
            agent = self.get("agent", agent_id)
            if agent is None:
                raise unauthorized("unknown_agent", f"no agent {agent_id!r}")
            if agent.get("revokedAt") is not None:
                raise unauthorized("agent_revoked", f"agent {agent_id!r} was revoked")
            canonical = "\n".join(
                [facts.method.upper(), facts.target, timestamp, nonce, hashlib.sha256(facts.body).hexdigest()]
            )
            expected = hmac.new(agent["secret"].encode(), canonical.encode(), hashlib.sha256).hexdigest()
            if not hmac.compare_digest(expected, signature.strip().lower()):
                raise unauthorized("invalid_signature", "the signature does not match the request")
            if not timestamp.strip().isdigit() or abs(time.time() - int(timestamp)) > SIGNATURE_TOLERANCE_SECONDS:
                raise unauthorized(
                    "stale_timestamp",
                    f"X-Timestamp is more than {SIGNATURE_TOLERANCE_SECONDS} s from the server's clock",
                )
            nonce_id = f"{agent_id}:{nonce}"
            if self.get("nonce", nonce_id) is not None:
                raise unauthorized("replayed_nonce", "this nonce was used before")
            self.put("nonce", nonce_id, {"at": stamp(now())})
            self.put("agent", agent_id, {**agent, "lastSeenAt": stamp(now())})
        return Caller(id=agent_id, kind="agent")

    def slack_for(self, facts: RequestFacts) -> Caller:
        """Slack's v0 signature over ``v0:<timestamp>:<raw body>``, or 401."""
        timestamp = facts.headers.get("x-slack-request-timestamp", "")
        signature = facts.headers.get("x-slack-signature", "")
        if not timestamp or not signature:
            raise unauthorized("invalid_signature", "missing X-Slack-Signature or X-Slack-Request-Timestamp")
        base = b"v0:" + timestamp.encode() + b":" + facts.body
        expected = "v0=" + hmac.new(SLACK_SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, signature.strip()):
            raise unauthorized("invalid_signature", "the Slack signature does not match the request")
        if not timestamp.strip().isdigit() or abs(time.time() - int(timestamp)) > SIGNATURE_TOLERANCE_SECONDS:
            raise unauthorized("stale_timestamp", "X-Slack-Request-Timestamp is too far from the server's clock")
        return Caller(id="slack", kind="slack")

    # -- access -------------------------------------------------------------------------------
    def org(self, org_id: str, caller: Caller, *, write: bool = False) -> dict[str, Any]:
        org = self.get("org", org_id)
        if org is None or caller.kind != "user" or caller.id not in org["members"]:
            raise not_found("organisation")
        if write and org["members"][caller.id] != "owner":
            raise forbidden()
        return org

    def visible(self, kind: str, key: str, caller: Caller, *, write: bool = False, what: str = "") -> dict[str, Any]:
        record = self.get(kind, key)
        if record is None or record.get("deletedAt") or record.get("revokedAt"):
            raise not_found(what or kind)
        try:
            self.org(str(record["orgId"]), caller, write=write)
        except DomainError as exc:
            if exc.status == 404:
                raise not_found(what or kind) from None
            raise
        return record


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(8)}"


def sign_url(secret: str, method: str, path: str, expires: int) -> str:
    return hmac.new(secret.encode(), f"{method}\n{path}\n{expires}".encode(), hashlib.sha256).hexdigest()


def presigned(platform: Platform, caller: Caller, method: str, file_id: str) -> tuple[str, datetime]:
    expires_at = now() + timedelta(seconds=PRESIGN_TTL_SECONDS)
    expires = int(expires_at.timestamp())
    path = f"/_files/{file_id}"
    signature = sign_url(platform.settings.server_secret, method, path, expires)
    host = caller.host or "127.0.0.1:8080"
    return f"http://{host}{path}?{urlencode({'expires': expires, 'signature': signature})}", expires_at


def check_presigned(platform: Platform, method: str, path: str, expires: str, signature: str) -> None:
    if not expires.isdigit():
        raise DomainError(403, "invalid_signature", "the URL has no valid expiry")
    expected = sign_url(platform.settings.server_secret, method, path, int(expires))
    if not hmac.compare_digest(expected, signature):
        raise DomainError(403, "invalid_signature", "the URL's signature does not match")
    if int(expires) < time.time():
        raise DomainError(403, "url_expired", "the URL has expired")


def encode_blob(data: bytes) -> str:
    return base64.b64encode(data).decode()


def decode_blob(text: str) -> bytes:
    return base64.b64decode(text)


def ref_allowed(ref: str, patterns: list[str]) -> bool:
    return not patterns or any(fnmatch.fnmatchcase(ref, pattern) for pattern in patterns)


def check_rate(uses: list[float], per_minute: int | None, per_hour: int | None, what: str) -> None:
    """429 with ``retryAfter`` when ``uses`` (times of earlier runs) already reach a limit."""
    moment = time.time()
    for limit, window in ((per_minute, 60.0), (per_hour, 3600.0)):
        if limit is None:
            continue
        recent = sorted(t for t in uses if t > moment - window)
        if len(recent) >= limit:
            retry = max(1, math.ceil(recent[len(recent) - limit] + window - moment))
            raise DomainError(429, "rate_limited", f"{what}: at most {limit} runs per {int(window)} s", retry)


def sse(event: str, data: Mapping[str, Any]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(dict(data), separators=(',', ':'))}\n\n".encode()


def agent_stream(platform: Platform, agent_id: str) -> Streamed:
    """The agent's events: queued jobs (taken: they become running), refresh requests and pings."""

    def events() -> Iterator[bytes]:
        with platform.changed:
            platform.streams[agent_id] = platform.streams.get(agent_id, 0) + 1
        try:
            yield b": connected\n\n"
            while True:
                with platform.changed:
                    chunk = _next_event(platform, agent_id)
                    if chunk is None and not platform._closed:
                        platform.changed.wait(platform.settings.ping_seconds)
                        chunk = _next_event(platform, agent_id)
                    if platform._closed:
                        return
                    agent = platform.get("agent", agent_id)
                    if agent is None or agent.get("revokedAt"):
                        return
                if chunk is None:
                    chunk = sse("ping", {"time": stamp(now())})
                yield chunk
        finally:
            with platform.changed:
                platform.streams[agent_id] = max(0, platform.streams.get(agent_id, 1) - 1)

    return Streamed(events())


def _next_event(platform: Platform, agent_id: str) -> bytes | None:
    """The next event for the agent (taking a queued job), or None; holds ``platform.changed``."""
    agent = platform.get("agent", agent_id)
    if agent is None:
        return None
    if agent.get("refreshRequestedAt"):
        requested = agent["refreshRequestedAt"]
        platform.put("agent", agent_id, {**agent, "refreshRequestedAt": None})
        return sse("refresh", {"requestedAt": requested})
    queued = sorted(
        (job for job in platform.all("job").values() if job["agentId"] == agent_id and job["status"] == "queued"),
        key=lambda job: (job["queuedAt"], job["id"]),
    )
    if not queued:
        return None
    job = {**queued[0], "status": "running", "startedAt": stamp(now())}
    platform.put("job", job["id"], job)
    return sse(
        "job",
        {
            "jobId": job["id"],
            "workflowName": job["workflowName"],
            "ref": job["ref"],
            "debug": job["debug"],
            "params": job["params"],
        },
    )

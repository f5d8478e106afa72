"""Platform: accounts, rotating sessions, tenants, API keys and webhooks (``spec/platform/openapi.yaml``).

Served under ``/v1`` (the document's server). Besides the spec's operations the server answers
``GET /_platform/outbox?to=ADDRESS``: the emails it would have sent (verification, password reset,
invitation), newest first, with their tokens - the reference server's stand-in for a mailbox, so
tests and demos can follow the email flows - and ``GET /_platform/sessions?email=ADDRESS``: how many
refresh tokens the account was issued and how many still work (a test of an SDK's refresh counts
its refreshes there).

Environment (tests): ``PLATFORM_ACCESS_TTL_SECONDS`` (access token life, default 900),
``PLATFORM_STREAM_CUT_AFTER`` (fault injection: end every event stream connection after N events),
``PLATFORM_PING_SECONDS`` and ``PLATFORM_DELIVERY_TIMEOUT_SECONDS``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from reference_server.api import ApiDefinition, OpenRequest
from reference_server.apis.platform.domain import Platform, digest, hash_password, parse_stamp, stamp
from reference_server.apis.platform.handlers import HANDLERS, SUCCESS_STATUS, authenticate_request
from reference_server.apis.platform.store import default_url
from reference_server.clock import ManualClock

DEFAULT_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "demo.yaml"
ROLES = ("owner", "admin", "user")
_KEY = re.compile(r"lsk_[A-Za-z0-9]{43}")


class FixtureError(Exception):
    pass


def _strings(source: Path, where: str, item: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(item, dict) or not all(isinstance(item.get(k), str) and item[k] for k in keys):
        raise FixtureError(f"{source}: {where} needs {', '.join(keys)} (non-empty strings)")
    return item


def read_fixture(path: str | Path | None) -> dict[str, Any]:
    """The fixture file (default ``fixtures/demo.yaml``), checked: FixtureError names what is wrong."""
    source = Path(path) if path is not None else DEFAULT_FIXTURE
    try:
        data = yaml.safe_load(source.read_text())
    except yaml.YAMLError as exc:
        raise FixtureError(f"{source}: not YAML: {exc}") from None
    if not isinstance(data, dict):
        raise FixtureError(f"{source}: expected a mapping with root, tenants, users and apiKeys")
    root = _strings(source, "root", data.get("root"), ("id", "name"))
    tenants = data.get("tenants") or []
    if not isinstance(tenants, list):
        raise FixtureError(f"{source}: tenants must be a list")
    ids = {root["id"]} | {_strings(source, f"tenants[{i}]", t, ("id", "name"))["id"] for i, t in enumerate(tenants)}
    users = data.get("users")
    if not isinstance(users, list) or not users:
        raise FixtureError(f"{source}: users must be a non-empty list")
    owners: dict[str, int] = {}
    for i, user in enumerate(users):
        _strings(source, f"users[{i}]", user, ("id", "email", "displayName", "password"))
        memberships = user.get("memberships") or {}
        if not isinstance(memberships, dict):
            raise FixtureError(f"{source}: users[{i}].memberships must map tenant ids to roles")
        for tenant_id, role in memberships.items():
            if tenant_id not in ids:
                raise FixtureError(f"{source}: users[{i}].memberships names an unknown tenant {tenant_id!r}")
            if role not in ROLES:
                raise FixtureError(f"{source}: users[{i}].memberships[{tenant_id}] must be one of {ROLES}")
            owners[tenant_id] = owners.get(tenant_id, 0) + (role == "owner")
    for tenant_id in sorted(ids):
        if owners.get(tenant_id, 0) != 1:
            raise FixtureError(f"{source}: tenant {tenant_id!r} needs exactly one owner")
    user_ids = {u["id"] for u in users}
    keys = data.get("apiKeys") or []
    if not isinstance(keys, list):
        raise FixtureError(f"{source}: apiKeys must be a list")
    for i, key in enumerate(keys):
        _strings(source, f"apiKeys[{i}]", key, ("id", "name", "key", "authority", "createdBy"))
        if not _KEY.fullmatch(key["key"]):
            raise FixtureError(f"{source}: apiKeys[{i}].key must be lsk_ and 43 letters or digits")
        if key["authority"] not in ("admin", "user") or key["createdBy"] not in user_ids:
            raise FixtureError(f"{source}: apiKeys[{i}] needs authority admin or user and createdBy a user id")
    return data


def load_fixture(platform: Platform, path: str | Path | None) -> None:
    data = read_fixture(path)
    with platform.changed:
        moment = stamp(platform.now())
        owner_of = {t: uid for u in data["users"] for t, r in (u.get("memberships") or {}).items()
                    if r == "owner" for uid in [u["id"]]}
        for user in data["users"]:
            platform.put("user", user["id"], {
                "id": user["id"], "email": user["email"], "displayName": user["displayName"],
                "passwordHash": hash_password(user["password"]), "emailVerified": True, "isActive": True,
                "createdAt": moment, "updatedAt": moment, "lastLoginAt": None,
            })
        tenants = [(data["root"], True), *((t, False) for t in data.get("tenants") or [])]
        for tenant, root in tenants:
            created = platform.create_tenant(tenant["name"], owner_of[tenant["id"]], tenant_id=tenant["id"],
                                             root=root, emit=False)
            members = {u["id"]: {"role": u["memberships"][tenant["id"]], "joinedAt": moment}
                       for u in data["users"] if tenant["id"] in (u.get("memberships") or {})}
            platform.put("tenant", created["id"], {**created, "members": members})
        for key in data.get("apiKeys") or []:
            platform.put("api_key", key["id"], {
                "id": key["id"], "name": key["name"], "hash": digest(key["key"]), "keyPreview": key["key"][-8:],
                "authority": key["authority"], "createdBy": key["createdBy"], "createdAt": moment,
                "lastUsedAt": None, "isActive": True, "seq": platform.next_number("api_key"), "demoKey": key["key"],
            })


def open_platform(request: OpenRequest) -> tuple[Platform, bool]:
    read_fixture(request.fixtures)  # a bad fixture fails before anything is opened
    clock = ManualClock(datetime.now(UTC)) if request.manual_clock else None
    platform = Platform.open(request.db, clock=clock)
    try:
        if request.reset:
            platform.reset()
        kept = not platform.store.is_empty()
        if not kept:
            load_fixture(platform, request.fixtures)
    except BaseException:
        platform.close()
        raise
    return platform, kept


def attach(request: OpenRequest) -> Platform:
    return Platform.open(request.db)


def demo_tokens(platform: Platform) -> list[tuple[str, str, str]]:
    """The fixture's API keys (the only credentials that exist before anyone signs in)."""
    rows = []
    with platform.changed:
        for key in platform.all("api_key").values():
            user = platform.get("user", key["createdBy"]) or {"displayName": "", "email": ""}
            if key.get("demoKey") and key["isActive"]:
                label = f"{user['displayName']} ({key['authority']} key)"
                rows.append((str(key["demoKey"]), label, str(user["email"])))
    return sorted(rows)


def describe(platform: Platform) -> list[str]:
    settings = platform.settings
    cut = f"every stream ends after {settings.stream_cut_after} events" if settings.stream_cut_after else "off"
    return [
        f"  sessions:   access tokens live {settings.access_ttl_seconds} s (PLATFORM_ACCESS_TTL_SECONDS); "
        "sign in with the fixture's passwords (reference_server/apis/platform/fixtures/demo.yaml)",
        f"  streams:    cut fault {cut} (PLATFORM_STREAM_CUT_AFTER); emails at GET /_platform/outbox?to=ADDRESS",
    ]


def reset_to_fixtures(platform: Platform, fixture: str | Path | None) -> None:
    read_fixture(fixture)
    platform.reset()
    load_fixture(platform, fixture)


def report_json(report: Any) -> dict[str, Any]:
    return {}


def single_writer(platform: Platform) -> bool:
    return False  # every change goes through one in-process lock already


def outbox_routes(platform: Platform) -> list[Any]:
    async def outbox(request: Request) -> Response:
        to = request.query_params.get("to", "").lower()
        if not to:
            body = {"statusCode": 400, "code": "validation_failed", "message": "query parameter to is required"}
            return JSONResponse(body, status_code=400)
        with platform.changed:
            mails = [m for m in platform.all("outbox").values() if m["to"] == to]
        mails.sort(key=lambda m: int(m["seq"]), reverse=True)
        return JSONResponse({"emails": [{k: v for k, v in m.items() if k != "seq"} for m in mails]})

    async def sessions(request: Request) -> Response:
        """How many refresh tokens an account was issued (sign-ins and refreshes) and how many still work:
        lets a test see that N concurrent calls with an expired access token refreshed exactly once."""
        email = request.query_params.get("email", "")
        if not email:
            body = {"statusCode": 400, "code": "validation_failed", "message": "query parameter email is required"}
            return JSONResponse(body, status_code=400)
        with platform.changed:
            user = platform.user_by_email(email)
            if user is None:
                body = {"statusCode": 404, "code": "not_found", "message": "no account with this email"}
                return JSONResponse(body, status_code=404)
            now = platform.now()
            tokens = [t for t in platform.all("refresh_token").values() if t["userId"] == user["id"]]
            active = [t for t in tokens if t["revokedAt"] is None and parse_stamp(t["expiresAt"]) > now]
        return JSONResponse({"refreshTokensIssued": len(tokens), "refreshTokensActive": len(active)})

    return [Route("/_platform/outbox", outbox, methods=["GET"]),
            Route("/_platform/sessions", sessions, methods=["GET"])]


API = ApiDefinition(
    name="platform",
    title="Platform",
    handlers=HANDLERS,
    success_status=SUCCESS_STATUS,
    open=open_platform,
    attach=attach,
    demo_tokens=demo_tokens,
    default_db_url=default_url,
    default_fixture=DEFAULT_FIXTURE,
    fixture_errors=(FixtureError,),
    reset_to_fixtures=reset_to_fixtures,
    report_json=report_json,
    single_writer=single_writer,
    authenticate_request=authenticate_request,
    extra_routes=outbox_routes,
    describe=describe,
    supports_workers=False,
)

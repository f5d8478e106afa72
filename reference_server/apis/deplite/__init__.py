"""Deplite: the self-hosted CI triggers of ``spec/deplite/openapi.yaml``, as one API of the reference server.

The user API is served under ``/api`` (the document's server), the run endpoint and the agent API
at the root (their path-level servers). Besides the spec's operations the server serves the
presigned file URLs it hands out (``PUT``/``GET /_files/{fileId}?expires=&signature=``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from reference_server.api import ApiDefinition, DomainError, OpenRequest
from reference_server.apis.deplite.domain import (
    Platform,
    check_presigned,
    decode_blob,
    encode_blob,
    now,
    stamp,
)
from reference_server.apis.deplite.handlers import HANDLERS, SUCCESS_STATUS, authenticate_request
from reference_server.apis.deplite.store import default_url

DEFAULT_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "demo.yaml"
ROLES = ("owner", "member")


class FixtureError(Exception):
    pass


def read_fixture(path: str | Path | None) -> dict[str, Any]:
    """The fixture file (default ``fixtures/demo.yaml``), checked: FixtureError names what is wrong."""
    source = Path(path) if path is not None else DEFAULT_FIXTURE
    try:
        data = yaml.safe_load(source.read_text())
    except yaml.YAMLError as exc:
        raise FixtureError(f"{source}: not YAML: {exc}") from None
    if not isinstance(data, dict):
        raise FixtureError(f"{source}: expected a mapping with organisation and users")
    org = data.get("organisation")
    if not isinstance(org, dict) or not isinstance(org.get("id"), str) or not isinstance(org.get("name"), str):
        raise FixtureError(f"{source}: organisation needs an id and a name (strings)")
    users = data.get("users")
    if not isinstance(users, list) or not users:
        raise FixtureError(f"{source}: users must be a non-empty list")
    for i, user in enumerate(users):
        keys = ("token", "id", "role", "name", "email")
        if not isinstance(user, dict) or not all(isinstance(user.get(k), str) for k in keys):
            raise FixtureError(f"{source}: users[{i}] needs {', '.join(keys)} (strings)")
        if user["role"] not in ROLES:
            raise FixtureError(f"{source}: users[{i}].role must be one of {ROLES}, not {user['role']!r}")
    if not any(u["role"] == "owner" for u in users):
        raise FixtureError(f"{source}: the organisation needs an owner")
    return data


def load_fixture(platform: Platform, path: str | Path | None) -> None:
    data = read_fixture(path)
    org = data["organisation"]
    with platform.changed:
        members = {u["id"]: u["role"] for u in data["users"]}
        platform.put(
            "org", org["id"], {"id": org["id"], "name": org["name"], "members": members, "createdAt": stamp(now())}
        )
        for u in data["users"]:
            platform.put(
                "user_token", u["token"], {"userId": u["id"], "role": u["role"], "name": u["name"], "email": u["email"]}
            )


def open_platform(request: OpenRequest) -> tuple[Platform, bool]:
    read_fixture(request.fixtures)  # a bad fixture fails before anything is opened
    platform = Platform.open(request.db)
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


def describe(platform: Platform) -> list[str]:
    settings = platform.settings
    return [
        f"  runs:       sync mode waits {settings.sync_wait_seconds:g} s for a result; stream pings every "
        f"{settings.ping_seconds:g} s (DEPLITE_SYNC_WAIT_SECONDS, DEPLITE_PING_SECONDS)",
        "  servers:    user API under /api; run endpoint and agent API at the root; files at /_files/",
    ]


def attach(request: OpenRequest) -> Platform:
    return Platform.open(request.db)


def demo_tokens(platform: Platform) -> list[tuple[str, str, str]]:
    with platform.changed:
        rows = [(t, str(u["name"]), str(u["email"])) for t, u in platform.all("user_token").items()]
    return sorted(rows)


def reset_to_fixtures(platform: Platform, fixture: str | Path | None) -> None:
    read_fixture(fixture)
    platform.reset()
    load_fixture(platform, fixture)


def report_json(report: Any) -> dict[str, Any]:
    return {}


def single_writer(platform: Platform) -> bool:
    return False  # every change goes through one in-process lock already


def _refused(exc: DomainError) -> Response:
    return JSONResponse(exc.to_body(), status_code=exc.status)


def file_routes(platform: Platform) -> list[Any]:
    """The presigned URLs: PUT stores the bytes, GET returns them (each checks its signature and expiry)."""

    async def serve(request: Request) -> Response:
        file_id = request.path_params["fileId"]
        method = request.method
        try:
            check_presigned(
                platform,
                method,
                request.url.path,
                request.query_params.get("expires", ""),
                request.query_params.get("signature", ""),
            )
        except DomainError as exc:
            return _refused(exc)
        if method == "PUT":
            data = await request.body()
            with platform.changed:
                record = platform.get("file", file_id)
                if record is None:
                    return _refused(DomainError(404, "not_found", "no such file"))
                platform.put("blob", file_id, {"size": len(data), "data": encode_blob(data)})
            return Response(status_code=200)
        with platform.changed:
            record = platform.get("file", file_id)
            blob = platform.get("blob", file_id)
        if record is None or blob is None:
            return _refused(DomainError(404, "not_found", "no such file"))
        return Response(decode_blob(blob["data"]), media_type=str(record["contentType"]))

    return [Route("/_files/{fileId}", serve, methods=["PUT", "GET"])]


API = ApiDefinition(
    name="deplite",
    title="Deplite",
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
    extra_routes=file_routes,
    describe=describe,
    supports_workers=False,
)

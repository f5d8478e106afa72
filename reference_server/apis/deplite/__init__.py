"""Deplite: the self-hosted CI triggers of ``spec/deplite/openapi.yaml``, as one API of the reference server.

The user API is served under ``/api`` (the document's server), the run endpoint and the agent API
at the root (their path-level servers). Besides the spec's operations the server serves the
presigned file URLs it hands out (``PUT``/``GET /_files/{fileId}?expires=&signature=``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from reference_server.api import ApiDefinition, DomainError, OpenRequest
from reference_server.apis.deplite.domain import (
    MEMBER_TOKEN,
    ORG_ID,
    OWNER_TOKEN,
    Platform,
    check_presigned,
    decode_blob,
    encode_blob,
    now,
    stamp,
)
from reference_server.apis.deplite.handlers import HANDLERS, SUCCESS_STATUS, authenticate_request
from reference_server.apis.deplite.store import default_url

DEFAULT_FIXTURE = Path(__file__).resolve()  # the demo organisation is built in (no fixture file)


class FixtureError(Exception):
    pass


USERS = (
    (OWNER_TOKEN, "u-owner", "owner", "Olivia Owner", "owner@abc.example"),
    (MEMBER_TOKEN, "u-member", "member", "Max Member", "member@abc.example"),
)


def load_demo(platform: Platform) -> None:
    with platform.changed:
        platform.put(
            "org",
            ORG_ID,
            {
                "id": ORG_ID,
                "name": "ABC",
                "members": {uid: role for _, uid, role, _, _ in USERS},
                "createdAt": stamp(now()),
            },
        )
        for token, uid, role, name, email in USERS:
            platform.put("user_token", token, {"userId": uid, "role": role, "name": name, "email": email})


def open_platform(request: OpenRequest) -> tuple[Platform, bool]:
    if request.fixtures is not None:
        raise FixtureError("Deplite has no fixture files: its demo organisation is built in")
    platform = Platform.open(request.db)
    try:
        if request.reset:
            platform.reset()
        kept = not platform.store.is_empty()
        if not kept:
            load_demo(platform)
    except BaseException:
        platform.close()
        raise
    return platform, kept


def attach(request: OpenRequest) -> Platform:
    return Platform.open(request.db)


def demo_tokens(platform: Platform) -> list[tuple[str, str, str]]:
    with platform.changed:
        rows = [(t, str(u["name"]), str(u["email"])) for t, u in platform.all("user_token").items()]
    return sorted(rows)


def reset_to_fixtures(platform: Platform, fixture: str | Path | None) -> None:
    platform.reset()
    load_demo(platform)


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
)

"""Test-control routes under ``/_admin/``: mounted only with ``--faults``.

They are not part of the API (not in the spec, no auth, no rate limit, no
faults) and exist so that contract suites can control the server:

* ``POST /_admin/reset``: drop every table and load the fixtures again
  (also forgets fault counters and rate-limit buckets); 204. Not meant to
  run while other requests are in flight.
* ``POST /_admin/tick``: apply every pipeline/saga/promotion transition that
  is due now; 200 with what moved.
* ``POST /_admin/advance?seconds=N``: move the manual clock (server started
  with ``--manual-clock``) N seconds forward and tick; 200 with what moved;
  409 ``conflict`` on the real clock.
* ``GET /_admin/clock``: ``{"now": RFC 3339, "manual": bool}``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from reference_server.api import ApiDefinition, DomainError, Platform
from reference_server.api import conflict_error as conflict
from reference_server.api import validation_error as validation
from reference_server.clock import ManualClock, rfc3339
from reference_server.http.errors import Answer, error_answer

PREFIX = "/_admin"


def _response(answer: Answer) -> Response:
    return Response(answer.body, status_code=answer.status, headers=answer.headers)


def admin_routes(
    platform: Platform, api: ApiDefinition, fixture: str | Path | None, on_reset: Callable[[], None]
) -> list[BaseRoute]:
    report_json = api.report_json

    def reset() -> None:
        runner = getattr(platform, "_runner", None)
        interval = getattr(runner, "interval", None)
        platform.stop_runner()
        try:
            api.reset_to_fixtures(platform, fixture)
            on_reset()
        finally:
            if interval is not None:
                platform.start_runner(interval)

    async def reset_endpoint(request: Request) -> Response:
        await run_in_threadpool(reset)
        return Response(status_code=204)

    async def tick_endpoint(request: Request) -> Response:
        report = await run_in_threadpool(platform.tick)
        return _response(Answer.json(200, report_json(report)))

    async def advance_endpoint(request: Request) -> Response:
        try:
            if not isinstance(platform.clock, ManualClock):
                raise conflict("the server runs on the system clock: start it with --manual-clock to advance time")
            raw = request.query_params.get("seconds", "")
            try:
                seconds = float(raw)
            except ValueError:
                raise validation(f"query parameter seconds must be a number (got {raw!r})") from None
            if not math.isfinite(seconds) or seconds < 0:
                raise validation("query parameter seconds must be a finite number >= 0")
        except DomainError as exc:
            return _response(error_answer(exc))
        report = await run_in_threadpool(platform.advance, seconds)
        return _response(Answer.json(200, report_json(report)))

    async def clock_endpoint(request: Request) -> Response:
        # An API on real time (Deplite) has no clock of its own: the server's time is the answer.
        clock = getattr(platform, "clock", None)
        now = clock.now() if clock is not None else datetime.now(UTC)
        return _response(Answer.json(200, {"now": rfc3339(now), "manual": isinstance(clock, ManualClock)}))

    return [
        Route(f"{PREFIX}/reset", reset_endpoint, methods=["POST"]),
        Route(f"{PREFIX}/tick", tick_endpoint, methods=["POST"]),
        Route(f"{PREFIX}/advance", advance_endpoint, methods=["POST"]),
        Route(f"{PREFIX}/clock", clock_endpoint, methods=["GET"]),
    ]

"""AxHub: the deployment platform of ``spec/axhub/openapi.yaml``, as one API of the reference server.

``API`` is what the API-neutral layer (``reference_server.app``, ``http/``)
serves: the domain (``domain/``), its store (``store.py``), its users and
tokens (``auth.py``) and its fixtures (``fixtures.py``, ``fixtures/``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select

from reference_server.api import ApiDefinition, OpenRequest
from reference_server.apis.axhub.domain.service import OPERATION_HANDLERS, SUCCESS_STATUS, Platform, TickReport
from reference_server.apis.axhub.domain.settings import Settings
from reference_server.apis.axhub.fixtures import DEFAULT_FIXTURE, FixtureError, ensure_fixtures
from reference_server.apis.axhub.store import api_tokens, default_url, users
from reference_server.clock import ManualClock


def settings_for(stage_seconds: float) -> Settings:
    """Deployment stages last ``stage_seconds``; bootstrap stages half of it; promotions as long."""
    return Settings(
        stage_seconds=stage_seconds,
        bootstrap_stage_seconds=stage_seconds / 2,
        promotion_seconds=stage_seconds,
    )


def open_platform(request: OpenRequest) -> tuple[Platform, bool]:
    """Open the store (``reset``: emptied first) and load the fixtures if it is empty.

    Returns the platform and whether the database already held data (kept as is).
    """
    clock = ManualClock(datetime.now(UTC)) if request.manual_clock else None
    platform = Platform.open(request.db, settings=settings_for(request.stage_seconds), clock=clock, load_fixtures=False)
    try:
        if request.reset:
            platform.store.reset()
        kept = not platform.store.is_empty()
        try:
            ensure_fixtures(platform.store, request.fixtures, clock=platform.clock, settings=platform.settings)
        except (KeyError, TypeError, ValueError, AttributeError, yaml.YAMLError) as exc:
            if isinstance(exc, FixtureError):
                raise
            raise FixtureError(f"malformed fixture: {type(exc).__name__}: {exc}") from exc
    except BaseException:
        platform.close()
        raise
    return platform, kept


def attach(request: OpenRequest) -> Platform:
    """The store another process opened and filled (``--workers``)."""
    return Platform.open(request.db, settings=settings_for(request.stage_seconds), load_fixtures=False)


def demo_tokens(platform: Platform) -> list[tuple[str, str, str]]:
    """(token, user name, email) of every token in the store, by token."""
    with platform.store.read() as conn:
        rows = conn.execute(
            select(api_tokens.c.token, users.c.name, users.c.email)
            .join(users, users.c.id == api_tokens.c.user_id)
            .order_by(api_tokens.c.token)
        ).all()
    return [(str(token), str(name), str(email)) for token, name, email in rows]


def reset_to_fixtures(platform: Platform, fixture: str | Path | None) -> None:
    platform.store.reset()
    ensure_fixtures(platform.store, fixture, clock=platform.clock, settings=platform.settings)


def report_json(report: TickReport) -> dict[str, Any]:
    return {
        "deployments": report.deployments,
        "bootstraps": report.bootstraps,
        "promotions": report.promotions,
        "errors": [f"{kind} {item}: {error}" for kind, item, error in report.errors],
    }


def single_writer(platform: Platform) -> bool:
    store = platform.store
    return store.backend == "sqlite" and not store.in_memory


API = ApiDefinition(
    name="axhub",
    title="AxHub",
    handlers=OPERATION_HANDLERS,
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
)

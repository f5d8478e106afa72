"""The facade the HTTP layer calls: one method per operation.

Every operation method has the same shape::

    method(user, path, query, body) -> dict | None

``path`` holds the path parameters under their spec names (``appID``,
``did``, ``requestID``, ``installationID``, ``tenantID``, ``bootstrapID``),
``query`` the query parameters (strings, as they arrive), ``body`` the decoded
JSON body (or ``None``). The result is the response body shaped like the
spec's schema with wire (snake_case) names, or ``None`` for a response
without a body. ``SUCCESS_STATUS`` gives the status of a success per
operationId; install start returns ``{"status": 302, "location": url}`` and the
HTTP layer answers 302 with that ``Location``. Refusals raise ``DomainError``.

``OPERATION_HANDLERS`` maps every operationId to its method.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reference_server.api import Outcome, parse_bearer
from reference_server.apis.axhub import auth
from reference_server.apis.axhub.auth import User
from reference_server.apis.axhub.domain import (
    bootstraps,
    deployments,
    git,
    idempotency,
    logs,
    releases,
    staging,
)
from reference_server.apis.axhub.domain.errors import validation
from reference_server.apis.axhub.domain.github import GitHubProvider
from reference_server.apis.axhub.domain.params import body_dict, int_param
from reference_server.apis.axhub.domain.settings import Settings
from reference_server.apis.axhub.store import Store, tenants
from reference_server.clock import Clock, ManualClock, SystemClock, now_us

PathParams = Mapping[str, Any]
Query = Mapping[str, Any]
Body = Mapping[str, Any] | None
Result = dict[str, Any] | None
Handler = Callable[["Platform", User, PathParams, Query, Body], Result]


log = logging.getLogger("reference_server.pipeline")
# A background step (deployment stage, bootstrap stage) that raises this many ticks in a row
# marks its deployment/bootstrap failed instead of being retried forever.
MAX_TICK_FAILURES = 3


@dataclass
class TickReport:
    """What one ``tick()`` moved (for tests and logging)."""

    deployments: dict[str, list[str]] = field(default_factory=dict)
    bootstraps: dict[str, list[str]] = field(default_factory=dict)
    promotions: list[str] = field(default_factory=list)
    # (kind, id, error) for items that raised; they are retried on the next tick
    errors: list[tuple[str, str, Exception]] = field(default_factory=list)

    @property
    def moved(self) -> bool:
        return bool(self.deployments or self.bootstraps or self.promotions)


def _path(path: PathParams, name: str) -> str:
    value = path.get(name)
    if value is None or value == "":
        raise validation(f"path parameter {name} is required")
    return str(value)


class Platform:
    """Store + clock + simulated GitHub, and the 24 operations over them."""

    def __init__(
        self,
        store: Store,
        clock: Clock | None = None,
        github: GitHubProvider | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.github = github or GitHubProvider()
        self.settings = settings or Settings()
        self._runner: PipelineRunner | None = None
        self._tick_failures: dict[tuple[str, str], int] = {}

    @classmethod
    def open(
        cls,
        url: str | None = None,
        *,
        clock: Clock | None = None,
        settings: Settings | None = None,
        github: GitHubProvider | None = None,
        fixture: str | Path | None = None,
        load_fixtures: bool = True,
    ) -> Platform:
        """Open (or create) the store at ``url`` and load fixtures if it is empty."""
        from reference_server.apis.axhub.fixtures import ensure_fixtures

        store = Store(url)
        platform = cls(store, clock=clock, github=github, settings=settings)
        if load_fixtures:
            ensure_fixtures(store, fixture, clock=platform.clock, settings=platform.settings)
        return platform

    def close(self) -> None:
        self.stop_runner()
        self.store.close()

    def now_us(self) -> int:
        return now_us(self.clock)

    # -- authentication ----------------------------------------------------
    def authenticate(self, authorization: str | None) -> User:
        """``Authorization`` header value → user; 401 when missing or unknown."""
        token = parse_bearer(authorization)
        with self.store.read() as conn:
            return auth.authenticate(conn, token)

    def user_for_token(self, token: str) -> User:
        with self.store.read() as conn:
            return auth.authenticate(conn, token)

    # -- deployments -------------------------------------------------------
    def list_deployments(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.read() as conn:
            app = auth.app_for_member(conn, user, _path(path, "appID"))
            return deployments.list_for_app(conn, app.id, query)

    def trigger_deployment(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        data = body_dict(body)
        with self.store.write() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            row = deployments.trigger(conn, self.github, app, user, data, self.now_us())
            return deployments.deployment_json(row)

    def get_deployment(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.read() as conn:
            app = auth.app_for_member(conn, user, _path(path, "appID"))
            return deployments.deployment_json(deployments.get_row(conn, app.id, _path(path, "did")))

    def cancel_deployment(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.write() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            deployments.cancel(conn, app.id, _path(path, "did"), self.now_us())
        return None

    def rollback_deployment(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        data = body_dict(body)
        with self.store.write() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            deployments.rollback(conn, app, _path(path, "did"), data, self.now_us())
        return None

    def get_diagnosis(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.read() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            return deployments.diagnosis(conn, app)

    def list_tenant_deployments(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.read() as conn:
            tenant_id = auth.require_tenant_member(conn, user, _path(path, "tenantID"))
            return deployments.list_for_tenant(conn, tenant_id, query)

    # -- logs --------------------------------------------------------------
    def get_logs(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.read() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            return logs.read_page(conn, app.id, query, self.now_us())

    # -- git connection ----------------------------------------------------
    def get_git_connection(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.write() as conn:
            app = auth.app_for_member(conn, user, _path(path, "appID"))
            connection = git.get_connection(conn, app.id)
            if connection is not None:
                return {"connected": True, **connection.to_json()}
            result: dict[str, Any] = {"connected": False}
            if auth.can_manage(user, app):
                state = git.issue_state(conn, app.id, user.id, self.now_us(), self.settings.state_ttl_us)
                result["install_url"] = self.github.install_url(state)
            return result

    def start_github_install(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.write() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            state = git.issue_state(conn, app.id, user.id, self.now_us(), self.settings.state_ttl_us)
        return {"status": 302, "location": self.github.install_url(state)}

    def register_git_connection(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        data = body_dict(body)
        with self.store.write() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            connection = git.register_with_state(conn, self.github, app.id, data, self.now_us())
            return connection.to_json()

    def update_git_connection(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        data = body_dict(body)
        with self.store.write() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            return git.update_branch(conn, app.id, data.get("branch"), self.now_us()).to_json()

    def delete_git_connection(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.write() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            git.delete_connection(conn, app.id, self.now_us())
        return None

    def connect_github(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        data = body_dict(body)
        with self.store.write() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            connection = git.connect_with_user_token(conn, self.github, app.id, user.id, data, self.now_us())
            return connection.to_json()

    def complete_github_install(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        data = body_dict(body)
        with self.store.write() as conn:
            app_id, connection = git.complete_install(conn, self.github, user.id, data, self.now_us())
            app = auth.get_app(conn, app_id)
            return {
                **connection.to_json(),
                "app_id": app_id,
                "tenant_slug": app.tenant_slug if app is not None else "",
            }

    # -- GitHub ------------------------------------------------------------
    def list_github_accounts(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.read() as conn:
            return {"accounts": self.github.accounts(conn, user.id)}

    def list_installation_repositories(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        raw = _path(path, "installationID")
        try:
            installation_id = int(raw)
        except ValueError:
            raise validation("installationID must be an integer") from None
        if installation_id <= 0:
            raise validation("installationID must be a positive integer")
        page = int_param(query, "page", 1, 1)
        per_page = int_param(query, "per_page", 30, 1, 100)
        with self.store.read() as conn:
            self.github.check_installation_owned(conn, user.id, installation_id)
            repos, total = self.github.installation_repositories(conn, installation_id, page, per_page)
        return {"repositories": repos, "total_count": total}

    # -- releases and promotion -------------------------------------------
    def list_releases(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.read() as conn:
            app = auth.app_for_member(conn, user, _path(path, "appID"))
            return releases.list_releases(conn, app, query)

    def promote_preflight(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.read() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            return releases.preflight(conn, app, query)

    def retry_promotion(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.write() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            releases.retry_promotion(conn, app, _path(path, "requestID"), self.now_us(), self.settings)
        return None

    # -- staging -----------------------------------------------------------
    def enable_staging(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.write() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            staging.enable(conn, app, self.now_us())
        return None

    def disable_staging(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        data = body_dict(body)
        with self.store.write() as conn:
            app = auth.app_for_manager(conn, user, _path(path, "appID"))
            staging.disable(conn, app, data, self.now_us())
        return None

    # -- bootstraps --------------------------------------------------------
    def create_bootstrap(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        data = body_dict(body)
        with self.store.write() as conn:
            tenant_id = auth.require_tenant_member(conn, user, _path(path, "tenantID"))
            return bootstraps.create(conn, self.github, tenant_id, user, data, self.now_us())

    def get_bootstrap(self, user: User, path: PathParams, query: Query, body: Body) -> Result:
        with self.store.read() as conn:
            tenant_id = auth.require_tenant_member(conn, user, _path(path, "tenantID"))
            return bootstraps.get(conn, tenant_id, _path(path, "bootstrapID"))

    # -- idempotency (the HTTP layer drives these) -------------------------
    def idempotency_begin(
        self, principal: str, key: str, operation_id: str, body: Any, params: Any = None
    ) -> Outcome:
        """``params``: the request's path and query parameters (they name the resource acted on)."""
        with self.store.write() as conn:
            return idempotency.begin(
                conn,
                principal,
                key,
                operation_id,
                body,
                self.now_us(),
                self.settings.idempotency_ttl_us,
                params,
            )

    def idempotency_complete(
        self, principal: str, key: str, status: int, headers: dict[str, str], body: str | None
    ) -> None:
        with self.store.write() as conn:
            idempotency.complete(conn, principal, key, status, headers, body, self.now_us())

    def idempotency_abandon(self, principal: str, key: str) -> None:
        with self.store.write() as conn:
            idempotency.abandon(conn, principal, key)

    # -- time-driven work --------------------------------------------------
    def tick(self) -> TickReport:
        """Advance everything whose time has come on the clock (pipelines, sagas, promotes).

        Each item moves in its own transaction; one that raises is reported in
        ``TickReport.errors`` and retried on the next tick, the others go on.
        """
        report = TickReport()
        now = self.now_us()
        with self.store.read() as conn:
            deployment_ids = deployments.in_progress_ids(conn, now)
            bootstrap_ids = bootstraps.running_ids(conn, now)
            promotion_ids = releases.due_promotions(conn, now)
        self._tick_deployments(deployment_ids, now, report)
        for bid in bootstrap_ids:
            try:
                with self.store.write() as conn:
                    stages = bootstraps.advance(conn, self.github, bid, now, self.settings)
            except Exception as exc:
                self._tick_failed(report, "bootstrap", bid, exc, now)
                continue
            self._tick_failures.pop(("bootstrap", bid), None)
            if stages:
                report.bootstraps[bid] = stages
        if report.bootstraps:
            # a bootstrap may have just started a deployment that is already due
            with self.store.read() as conn:
                fresh = [d for d in deployments.in_progress_ids(conn, now) if d not in deployment_ids]
            self._tick_deployments(fresh, now, report)
        for rid in promotion_ids:
            try:
                with self.store.write() as conn:
                    if releases.finish_promotion(conn, rid, now, self.settings):
                        report.promotions.append(rid)
            except Exception as exc:
                self._tick_failed(report, "promotion", rid, exc, now)
                continue
            self._tick_failures.pop(("promotion", rid), None)
        return report

    def _tick_deployments(self, ids: list[str], now: int, report: TickReport) -> None:
        for did in ids:
            try:
                with self.store.write() as conn:
                    step = deployments.advance(conn, did, now, self.settings)
            except Exception as exc:
                self._tick_failed(report, "deployment", did, exc, now)
                continue
            self._tick_failures.pop(("deployment", did), None)
            if step.transitions:
                report.deployments[did] = step.transitions

    def _tick_failed(self, report: TickReport, kind: str, item_id: str, exc: Exception, now: int) -> None:
        """Log a background step that raised; after ``MAX_TICK_FAILURES`` in a row, fail the item.

        A deployment or bootstrap whose step keeps raising (e.g. data the database refuses)
        would otherwise stay running forever and be retried on every tick.
        """
        report.errors.append((kind, item_id, exc))
        count = self._tick_failures.get((kind, item_id), 0) + 1
        self._tick_failures[(kind, item_id)] = count
        if count == 1:
            log.error("%s %s: background step failed (retried next tick)", kind, item_id, exc_info=exc)
        else:
            log.error("%s %s: background step failed again (%d times): %r", kind, item_id, count, exc)
        if count < MAX_TICK_FAILURES:
            return
        message = f"the {kind} could not be carried out: {type(exc).__name__}: {str(exc)[:200]}"
        try:
            with self.store.write() as conn:
                if kind == "bootstrap":
                    gave_up = bootstraps.give_up(conn, item_id, now, message)
                elif kind == "deployment":
                    gave_up = deployments.give_up(conn, item_id, now, message)
                else:
                    gave_up = False
        except Exception:
            log.exception("%s %s: marking it failed failed too", kind, item_id)
            return
        if gave_up:
            log.error("%s %s: marked failed after %d failed attempts", kind, item_id, count)
            self._tick_failures.pop((kind, item_id), None)

    def advance(self, seconds: float) -> TickReport:
        """Move a ``ManualClock`` forward and tick (tests and demos)."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError("advance() needs a ManualClock; with real time use tick()")
        self.clock.advance(seconds)
        return self.tick()

    def start_runner(self, interval: float = 0.25) -> PipelineRunner:
        if self._runner is None:
            self._runner = PipelineRunner(self, interval)
            self._runner.start()
        return self._runner

    def stop_runner(self) -> None:
        if self._runner is not None:
            self._runner.stop()
            self._runner = None

    # -- helpers for tests and the HTTP layer ------------------------------
    def tenant_slug(self, tenant_id: str) -> str | None:
        from sqlalchemy import select

        with self.store.read() as conn:
            slug = conn.execute(select(tenants.c.slug).where(tenants.c.id == tenant_id)).scalar_one_or_none()
        return None if slug is None else str(slug)


class PipelineRunner:
    """A daemon thread calling ``Platform.tick()`` every ``interval`` seconds."""

    def __init__(self, platform: Platform, interval: float = 0.25) -> None:
        self.platform = platform
        self.interval = interval
        self.errors: list[BaseException] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="refserver-pipeline", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                report = self.platform.tick()
                self.errors.extend(error for _, _, error in report.errors)
            except Exception as exc:  # keep ticking; surface the failure to observers
                self.errors.append(exc)
            del self.errors[:-20]
            self._stop.wait(self.interval)


OPERATION_HANDLERS: dict[str, Handler] = {
    "deployGetApiV1AppsByAppIDDeployments": Platform.list_deployments,
    "deployPostApiV1AppsByAppIDDeployments": Platform.trigger_deployment,
    "deployGetApiV1AppsByAppIDDeploymentsByDid": Platform.get_deployment,
    "deployPostApiV1AppsByAppIDDeploymentsByDidCancel": Platform.cancel_deployment,
    "deployPostApiV1AppsByAppIDDeploymentsByDidRollback": Platform.rollback_deployment,
    "deployGetApiV1AppsByAppIDDiagnosis": Platform.get_diagnosis,
    "deployDeleteApiV1AppsByAppIDGitConnection": Platform.delete_git_connection,
    "deployGetApiV1AppsByAppIDGitConnection": Platform.get_git_connection,
    "deployPatchApiV1AppsByAppIDGitConnection": Platform.update_git_connection,
    "deployPostApiV1AppsByAppIDGitConnection": Platform.register_git_connection,
    "deployPostApiV1AppsByAppIDGitGithubConnect": Platform.connect_github,
    "deployGetApiV1AppsByAppIDGitGithubInstallStart": Platform.start_github_install,
    "deployGetApiV1AppsByAppIDLogs": Platform.get_logs,
    "deployPostApiV1AppsByAppIDPromotionsByRequestIDRetry": Platform.retry_promotion,
    "deployGetApiV1AppsByAppIDReleases": Platform.list_releases,
    "deployGetApiV1AppsByAppIDReleasesPromotePreflight": Platform.promote_preflight,
    "deployDeleteApiV1AppsByAppIDStaging": Platform.disable_staging,
    "deployPutApiV1AppsByAppIDStaging": Platform.enable_staging,
    "deployPostApiV1GitGithubComplete": Platform.complete_github_install,
    "deployGetApiV1GithubAccounts": Platform.list_github_accounts,
    "deployGetApiV1GithubInstallationsByInstallationIDRepositories": (Platform.list_installation_repositories),
    "deployPostApiV1TenantsByTenantIDAppBootstraps": Platform.create_bootstrap,
    "deployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID": Platform.get_bootstrap,
    "deployGetApiV1TenantsByTenantIDDeployments": Platform.list_tenant_deployments,
}

SUCCESS_STATUS: dict[str, int] = {
    "deployGetApiV1AppsByAppIDDeployments": 200,
    "deployPostApiV1AppsByAppIDDeployments": 202,
    "deployGetApiV1AppsByAppIDDeploymentsByDid": 200,
    "deployPostApiV1AppsByAppIDDeploymentsByDidCancel": 204,
    "deployPostApiV1AppsByAppIDDeploymentsByDidRollback": 202,
    "deployGetApiV1AppsByAppIDDiagnosis": 200,
    "deployDeleteApiV1AppsByAppIDGitConnection": 204,
    "deployGetApiV1AppsByAppIDGitConnection": 200,
    "deployPatchApiV1AppsByAppIDGitConnection": 200,
    "deployPostApiV1AppsByAppIDGitConnection": 201,
    "deployPostApiV1AppsByAppIDGitGithubConnect": 201,
    "deployGetApiV1AppsByAppIDGitGithubInstallStart": 302,
    "deployGetApiV1AppsByAppIDLogs": 200,
    "deployPostApiV1AppsByAppIDPromotionsByRequestIDRetry": 202,
    "deployGetApiV1AppsByAppIDReleases": 200,
    "deployGetApiV1AppsByAppIDReleasesPromotePreflight": 200,
    "deployDeleteApiV1AppsByAppIDStaging": 204,
    "deployPutApiV1AppsByAppIDStaging": 202,
    "deployPostApiV1GitGithubComplete": 201,
    "deployGetApiV1GithubAccounts": 200,
    "deployGetApiV1GithubInstallationsByInstallationIDRepositories": 200,
    "deployPostApiV1TenantsByTenantIDAppBootstraps": 202,
    "deployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID": 200,
    "deployGetApiV1TenantsByTenantIDDeployments": 200,
}

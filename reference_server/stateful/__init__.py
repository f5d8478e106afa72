"""The second way to serve an API: any OpenAPI document, statefully, with no domain code.

``python -m reference_server --spec PATH`` serves every operation of the document at PATH
through the same API-neutral layer as the hand-written APIs (validation, limits, conformance
checking, the command line): ``definition_for(PATH)`` builds the ``ApiDefinition``. Which
operations create, list, read, update and delete what is inferred from the paths (``model``),
objects live in SQLite or PostgreSQL (``store``), answers are completed to fit the response
schemas (``schemas``) and the handlers are generic (``engine``). See the server README.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import Any

from reference_server.api import ApiDefinition, OpenRequest

__all__ = ["SpecProblem", "definition_for"]


class SpecProblem(Exception):
    """The spec given to ``--spec`` cannot be served (missing, unreadable, invalid)."""


class NoFixtures(Exception):
    """``--fixtures`` with ``--spec``: a spec-derived API has no fixtures."""


def _is_swagger2(path: Path) -> bool:
    """Whether the document declares ``swagger: "2.0"`` (read from its first lines only)."""
    try:
        with path.open(errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return re.search(r"""^\s*["']?swagger["']?\s*:\s*["']?2""", head, re.MULTILINE) is not None


def definition_for(spec_path: str | Path) -> ApiDefinition:
    return _definition(str(Path(spec_path).expanduser().resolve()))


@functools.lru_cache(maxsize=8)
def _definition(path: str) -> ApiDefinition:
    from generator.diagnostics import SpecError
    from reference_server.http.spec import cached_api_spec
    from reference_server.stateful.engine import authenticate_operation, handlers_for, render_error
    from reference_server.stateful.model import SpecModel

    if not Path(path).is_file():
        raise SpecProblem(f"--spec: no such file: {path}")
    if _is_swagger2(Path(path)):
        raise SpecProblem(
            f"--spec: {path} is a Swagger 2.0 document; the stateful server reads OpenAPI 3.0/3.1 "
            "(responses by media type): convert it first (e.g. with swagger2openapi)"
        )
    try:
        api_spec = cached_api_spec(path)
        spec_model = SpecModel(api_spec)
    except SpecError as exc:
        problems = "\n".join(f"  {d.format()}" for d in exc.diagnostics.errors[:20])
        raise SpecProblem(f"--spec: {path} is not a usable OpenAPI document ({exc}):\n{problems}") from None
    except Exception as exc:  # a document the loader cannot read at all
        raise SpecProblem(f"--spec: cannot read {path}: {type(exc).__name__}: {exc}") from None
    title = str(api_spec.api.title or Path(path).stem)
    stem = re.sub(r"[^A-Za-z0-9_.-]", "_", Path(path).stem)

    def open_platform(request: OpenRequest) -> tuple[Any, bool]:
        from reference_server.stateful.engine import StatefulPlatform
        from reference_server.stateful.store import ObjectStore

        if request.fixtures is not None:
            raise NoFixtures("--fixtures: an API served from --spec has no fixtures (it starts empty)")
        store = ObjectStore(request.db)
        try:
            if request.reset:
                store.reset()
            kept = not store.is_empty()
        except BaseException:
            store.close()
            raise
        return StatefulPlatform(spec_model, store), kept

    def attach(request: OpenRequest) -> Any:
        from reference_server.stateful.engine import StatefulPlatform
        from reference_server.stateful.store import ObjectStore

        return StatefulPlatform(spec_model, ObjectStore(request.db))

    def default_db_url() -> str:
        configured = os.environ.get("REFSERVER_DB_URL")
        if configured:
            return configured
        folder = Path(".refserver")
        folder.mkdir(exist_ok=True)
        return f"sqlite:///{folder / (stem + '.sqlite3')}"

    def reset(platform: Any, fixture: Any) -> None:
        platform.store.reset()

    return ApiDefinition(
        name=f"spec:{path}",
        title=title,
        handlers=handlers_for(spec_model),
        success_status={op_id: route.op.success_status for op_id, route in spec_model.routes.items()},
        open=open_platform,
        attach=attach,
        demo_tokens=lambda platform: [],  # any credential of the kind the spec asks for is accepted
        default_db_url=default_db_url,
        default_fixture=Path(path),
        fixture_errors=(NoFixtures,),
        reset_to_fixtures=reset,
        report_json=lambda report: {},
        single_writer=lambda platform: platform.store.backend == "sqlite" and not platform.store.in_memory,
        spec_file=Path(path),
        authenticate_operation=authenticate_operation,
        route_at_server_paths=False,
        render_error=render_error,
    )

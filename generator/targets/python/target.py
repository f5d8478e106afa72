"""The Python target: which files a sync + async SDK on httpx and attrs has, and their templates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import ir
from ...settings import Settings
from ..base import RenderJob, RuntimeCopy
from .literals import FILTERS
from .view import PythonView


class PythonTarget:
    name = "python"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return dict(FILTERS)

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        view = PythonView(api, settings)
        package = view.package
        context = view.context()
        jobs = [
            RenderJob("pyproject.toml.jinja", "pyproject.toml", context),
            RenderJob("README.md.jinja", "README.md", context),
            RenderJob("package/__init__.py.jinja", package + "/__init__.py", context),
            RenderJob("package/py.typed.jinja", package + "/py.typed", context),
            RenderJob("package/_client.py.jinja", package + "/_client.py", context),
            RenderJob("package/_operations.py.jinja", package + "/_operations.py", context),
            RenderJob("package/models.py.jinja", package + "/models.py", context),
            RenderJob("package/resources/__init__.py.jinja", package + "/resources/__init__.py", context),
        ]
        for module in view.modules:
            path = package + "/resources/" + module.module + ".py"
            jobs.append(RenderJob("package/resources/resource.py.jinja", path,
                                  {**context, "module": module, "resource": module.resource}))
        return jobs, [RuntimeCopy("runtime", package + "/_runtime", (".py",))]

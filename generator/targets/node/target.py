"""The Node/TypeScript target: the files of an ESM TypeScript SDK on native fetch.

Models are TypeScript interfaces whose property names are the wire names: the JSON a call
returns *is* the typed result (no mapping step, nothing dropped), request bodies are written as
the wire expects, and absent (`?`), null (`| null`) and a value stay three states because
JSON.parse keeps them so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import ir
from ...settings import Settings
from ..base import RenderJob, RuntimeCopy
from .literals import FILTERS
from .view import NodeView

_FIXED = (
    ("package.json.jinja", "package.json"),
    ("tsconfig.json.jinja", "tsconfig.json"),
    ("tsconfig.cjs.json.jinja", "tsconfig.cjs.json"),
    ("scripts/build.mjs.jinja", "scripts/build.mjs"),
    ("gitignore.jinja", ".gitignore"),
    ("README.md.jinja", "README.md"),
    ("src/index.ts.jinja", "src/index.ts"),
    ("src/client.ts.jinja", "src/client.ts"),
    ("src/models.ts.jinja", "src/models.ts"),
    ("src/operations.ts.jinja", "src/operations.ts"),
)


class NodeTarget:
    name = "node"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return dict(FILTERS)

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        view = NodeView(api, settings)
        context = view.context()
        jobs = [RenderJob(template, output, context) for template, output in _FIXED]
        if view.namespaces:
            jobs.append(RenderJob("src/namespaces.ts.jinja", "src/namespaces.ts", context))
        for resource in view.resources:
            jobs.append(
                RenderJob("src/resource.ts.jinja", f"src/{resource.file}.ts", {**context, "resource": resource})
            )
        return jobs, [RuntimeCopy("runtime", "src/runtime", (".ts",))]

"""The Go target: one module, one package, a hand-written runtime in internal/core."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import ir
from ...settings import Settings
from ..base import RenderJob, RuntimeCopy
from .comments import go_align, go_comment, go_doc, md_block, md_code, md_text
from .text import go_string, go_string_md, go_value
from .view import GoView

# The files every SDK has, each rendered from the template of the same name.
FILES = ("go.mod", "README.md", "doc.go", "client.go", "aliases.go", "models.go", "params.go", "operations.go")


class GoTarget:
    name = "go"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {
            "go_string": go_string,
            "go_string_md": go_string_md,
            "go_value": go_value,
            "go_doc": go_doc,
            "go_comment": go_comment,
            "go_align": go_align,
            "md_text": md_text,
            "md_code": md_code,
            "md_block": md_block,
        }

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        view = GoView(api, settings)
        context = view.context()
        jobs = [RenderJob(f"{file}.jinja", file, context) for file in FILES]
        if view.surface.nodes:
            jobs.append(RenderJob("resources.go.jinja", "resources.go", context))
        for resource in view.resources:
            jobs.append(RenderJob("service.go.jinja", resource.file, {**context, "resource": resource}))
        return jobs, [RuntimeCopy("runtime", "internal/core", (".go",))]

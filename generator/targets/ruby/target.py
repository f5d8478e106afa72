"""The Ruby target: the files of a gem on the standard library only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import ir
from ...settings import Settings
from ..base import RenderJob, RuntimeCopy
from .literals import md_cell, md_code, rb_comment, rb_literal, rb_string
from .view import RubyView


class RubyTarget:
    name = "ruby"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {"rb_string": rb_string, "rb_literal": rb_literal, "rb_comment": rb_comment, "md_cell": md_cell,
                "md_code": md_code}

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        view = RubyView(api, settings)
        context = view.context()
        gem = view.gem
        jobs = [
            RenderJob("gemspec.jinja", f"{gem}.gemspec", context),
            RenderJob("README.md.jinja", "README.md", context),
            RenderJob("rubocop.yml.jinja", ".rubocop.yml", context),
            RenderJob("lib/entry.rb.jinja", f"lib/{gem}.rb", context),
            RenderJob("lib/version.rb.jinja", f"lib/{gem}/version.rb", context),
            RenderJob("lib/runtime.rb.jinja", f"lib/{gem}/runtime.rb", context),
            RenderJob("lib/models.rb.jinja", f"lib/{gem}/models.rb", context),
            RenderJob("lib/operations.rb.jinja", f"lib/{gem}/operations.rb", context),
            RenderJob("lib/client.rb.jinja", f"lib/{gem}/client.rb", context),
        ]
        for model in view.models:
            jobs.append(RenderJob("lib/model.rb.jinja", f"lib/{gem}/models/{model.file}.rb",
                                  {**context, "model": model}))
        for resource in view.resources:
            jobs.append(RenderJob("lib/resource.rb.jinja", f"lib/{gem}/resources/{resource.file}.rb",
                                  {**context, "resource": resource}))
        return jobs, [RuntimeCopy("runtime", f"lib/{gem}/runtime", (".rb",))]

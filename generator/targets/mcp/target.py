"""The MCP target: a Python package serving every operation of an API as MCP tools, on the
generated async Python client (`sdks/<api>/python`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ... import ir
from ...naming import kebab, split_words
from ...settings import Settings
from ..base import RenderJob, RuntimeCopy
from .tools import build_tools


def _pystr(value: object) -> str:
    """A Python (and TOML) string literal: JSON's escaping, ASCII only."""
    return json.dumps(str(value), ensure_ascii=True)


def _md(value: object) -> str:
    return " ".join(str(value).split()).replace("|", "\\|")


class McpTarget:
    name = "mcp"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {"pystr": _pystr, "md": _md}

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        python = settings.for_language("python")
        sdk_package = str(python.get("package") or settings.api_name)
        package = sdk_package + "_mcp"
        tools = build_tools(api)
        public = [{k: t[k] for k in ("name", "title", "method", "path")} for t in tools]
        context = {
            "title": settings.title,
            "api_name": settings.api_name,
            "version": settings.version,
            "api_version": api.version,
            "env_prefix": settings.env_prefix,
            "sdk_package": sdk_package,
            "sdk_project": sdk_package,  # the Python target names its project after its package
            "async_client": str(python.get("async_client") or "AsyncClient"),
            "package": package,
            "project": package.replace("_", "-"),
            "script": kebab(split_words(sdk_package)) + "-mcp",
            "base_url": api.default_base_url,
            "operations": len(api.operations),
            "count": len(tools),
            "helpers": len(tools) - len(api.operations),
            "tools": public,
            "tools_json": json.dumps(tools, indent=1, ensure_ascii=False),
        }
        jobs = [
            RenderJob("pyproject.toml.jinja", "pyproject.toml", context),
            RenderJob("README.md.jinja", "README.md", context),
            RenderJob("package/__init__.py.jinja", package + "/__init__.py", context),
            RenderJob("package/__main__.py.jinja", package + "/__main__.py", context),
            RenderJob("package/_config.py.jinja", package + "/_config.py", context),
            RenderJob("package/py.typed.jinja", package + "/py.typed", context),
            RenderJob("package/_tools.json.jinja", package + "/_tools.json", context),
        ]
        return jobs, [RuntimeCopy("runtime", package + "/_runtime", (".py",))]

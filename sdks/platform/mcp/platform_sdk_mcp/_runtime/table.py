"""The tool table (`_tools.json`, generated from the spec) and the filters over it."""

from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import mcp.types as types

# Above this many tools (after the filters), `--tools auto` serves the three dynamic tools instead.
# Cursor stops at 40 tools across all servers, and 40 typical tools are already ~50 KB of context.
DYNAMIC_THRESHOLD = 40


@dataclass(frozen=True)
class Tool:
    """One row of the table: what `tools/list` shows and how to call the operation behind it."""

    data: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.data["name"])

    @property
    def kind(self) -> str:
        return str(self.data["kind"])

    @property
    def operation(self) -> str:
        return str(self.data["operation"])

    @property
    def read_only(self) -> bool:
        return bool(self.data["annotations"].get("readOnlyHint"))

    @property
    def input_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = self.data["inputSchema"]
        return schema

    def listing(self) -> types.Tool:
        """The tool as `tools/list` shows it (no title: the description starts with the summary)."""
        return types.Tool(
            name=self.name,
            description=self.data["description"],
            inputSchema=self.data["inputSchema"],
            outputSchema=self.data.get("outputSchema"),
            annotations=types.ToolAnnotations(**self.data["annotations"]),
        )


def load_tools(package: str) -> list[Tool]:
    text = resources.files(package).joinpath("_tools.json").read_text(encoding="utf-8")
    return [Tool(row) for row in json.loads(text)]


class FilterError(ValueError):
    """The filters leave no tool, or name something that is not there."""


def select_tools(tools: list[Tool], tags: list[str], patterns: list[str], read_only: bool) -> list[Tool]:
    """The tools left by `--tag` (any of them, case-insensitive), `--tool` (shell wildcards over
    names, any of them) and `--read-only`."""
    known_tags = {str(t.data["tag"]).lower() for t in tools}
    unknown = [tag for tag in tags if tag.lower() not in known_tags]
    if unknown:
        raise FilterError(f"unknown tag(s): {', '.join(unknown)}; known: {', '.join(sorted(known_tags))}")
    chosen = [
        t for t in tools
        if (not tags or str(t.data["tag"]).lower() in {tag.lower() for tag in tags})
        and (not patterns or any(fnmatch.fnmatchcase(t.name, p) for p in patterns))
        and (not read_only or t.read_only)
    ]
    if not chosen:
        raise FilterError("no tool is left after the filters (--tag, --tool, --read-only)")
    return chosen

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
# An argument description at least this long that a later tool of the same listing repeats (the
# spec's shared parameters: Idempotency-Key, cursors) is said once; the later tools point back.
SHARED_TEXT = 120


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
        """The tool as `tools/list` shows it, trimmed where a model loses nothing:

        - no title: the description starts with the summary;
        - the input schema without `additionalProperties: false` (the server still refuses an
          unknown argument, by name, before anything is sent);
        - the output schema lists the answer's top-level fields without their types: an
          object that may carry more fields, and fields that may hold any value, so no answer
          fails a client's validation (the full schema: `describe_endpoint` in dynamic mode).
        """
        schema = {k: v for k, v in self.input_schema.items() if k != "additionalProperties"}
        output: dict[str, Any] | None = self.data.get("outputSchema")
        if output is not None:
            output = {"type": "object", "properties": {name: {} for name in output.get("properties", {})}}
        return types.Tool(
            name=self.name,
            description=self.data["description"],
            inputSchema=schema,
            outputSchema=output,
            annotations=types.ToolAnnotations(**self.data["annotations"]),
        )


def listings(tools: list[Tool]) -> list[types.Tool]:
    """`tools/list` of these tools: each tool's listing, with every long argument description said
    in full once, by the first tool that has it; the later ones say where to read it."""
    first: dict[str, tuple[str, str]] = {}  # description -> (argument, tool)
    out: list[types.Tool] = []
    for tool in tools:
        listing = tool.listing()
        properties = dict(listing.inputSchema.get("properties", {}))
        for name, prop in properties.items():
            text = prop.get("description") if isinstance(prop, dict) else None
            if not isinstance(text, str) or len(text) < SHARED_TEXT:
                continue
            if text not in first:
                first[text] = (name, tool.name)
                continue
            argument, owner = first[text]
            where = f"`{owner}`" if argument == name else f"`{argument}` of `{owner}`"
            properties[name] = {**prop, "description": f"As in {where}."}
        out.append(listing.model_copy(update={"inputSchema": {**listing.inputSchema, "properties": properties}}))
    return out


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

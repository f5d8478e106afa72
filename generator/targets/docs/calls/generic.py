"""The calls every SDK spells alike (`request(...)`), and the MCP tool."""

from __future__ import annotations

from .... import ir
from ....settings import Settings
from ...mcp.tools import build_tools
from .base import Call


def generic_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    """`request(operationId, pathParams, query, body)`: every SDK has it, spelt alike."""
    return {
        op.operation_id: [Call("request", "generic", f'request("{op.operation_id}", pathParams, query, body)')]
        for op in api.operations
    }


def mcp_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    return {
        str(tool["operation"]): [Call("mcp", "tool", str(tool["name"]))]
        for tool in build_tools(api) if tool["kind"] == "call"
    }

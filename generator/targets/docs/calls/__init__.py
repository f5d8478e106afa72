"""The calls each page shows: for every operation, in every target, the resource-surface call and
the seed's operationId call, written by each target's own naming code (its symbol provider and
surface builder), so the pages say what the SDKs have. One module per language."""

from __future__ import annotations

from .... import ir
from ....settings import Settings
from .base import Call, Provider
from .generic import generic_calls, mcp_calls
from .go import go_calls
from .java import java_calls
from .kotlin import kotlin_calls
from .node import node_calls
from .python import python_calls
from .ruby import ruby_calls

PROVIDERS: dict[str, Provider] = {
    "python": python_calls,
    "go": go_calls,
    "java": java_calls,
    "kotlin": kotlin_calls,
    "node": node_calls,
    "ruby": ruby_calls,
    "request": generic_calls,
    "mcp": mcp_calls,
}


def all_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    """operationId -> every call of every provider, providers in PROVIDERS' order."""
    result: dict[str, list[Call]] = {op.operation_id: [] for op in api.operations}
    for provider in PROVIDERS.values():
        for operation_id, calls in provider(api, settings).items():
            result.setdefault(operation_id, []).extend(calls)
    return result


__all__ = ["PROVIDERS", "Call", "all_calls"]

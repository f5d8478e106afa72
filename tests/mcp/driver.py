"""An MCP client session against the installed server, run with the test venv's Python (which has
the official MCP SDK); pytest asserts on the JSON it prints.

    python driver.py stdio SCENARIO -- COMMAND...      # starts COMMAND as a stdio server
    python driver.py http SCENARIO URL                  # a server already listening at URL

Scenarios: `listing` (tools/list as JSON), `smoke` (trigger, wait with progress, logs, tail,
rollback, a call the token may not make), `invalid` (bad arguments), `dynamic` (search, describe,
invoke, and a bad invoke), `fields` (field selection, good and bad). Each step's result is
recorded as {isError, structured, texts}.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamablehttp_client

SHOP = "0c000000-0000-4000-8000-000000000001"
SHOP_V1 = "0d000000-0000-4000-8000-000000000101"
SHA = "0123456789abcdef0123456789abcdef01234567"

Call = Callable[..., Awaitable[dict[str, Any]]]


def _record(result: Any) -> dict[str, Any]:
    return {"isError": bool(result.isError), "structured": result.structuredContent,
            "texts": [c.text for c in result.content if getattr(c, "type", "") == "text"]}


async def listing(session: ClientSession, call: Call) -> dict[str, Any]:
    tools = await session.list_tools()
    return {"tools": [t.model_dump(mode="json", exclude_none=True) for t in tools.tools],
            "bytes": len(tools.model_dump_json(exclude_none=True, by_alias=True))}


async def smoke(session: ClientSession, call: Call) -> dict[str, Any]:
    out: dict[str, Any] = {}
    out["trigger"] = await call("deployments_trigger", {"appID": SHOP, "commit_sha": SHA})
    did = out["trigger"]["structured"]["id"]
    progress: list[list[Any]] = []

    async def on_progress(done: float, total: float | None, message: str | None) -> None:
        progress.append([done, total, message])

    out["wait"] = await call("wait_for_deployment", {"appID": SHOP, "did": did, "interval_seconds": 0.1,
                                                     "timeout_seconds": 120}, on_progress)
    out["progress"] = progress
    out["logs"] = await call("deployments_logs", {"appID": SHOP, "limit": 2})
    out["tail"] = await call("deployments_logs_tail", {"appID": SHOP, "since": out["wait"]["structured"]["started_at"],
                                                       "max_lines": 6, "max_seconds": 60})
    out["rollback"] = await call("deployments_rollback", {"appID": SHOP, "did": SHOP_V1})
    out["releases"] = await call("deployments_lifecycle_releases", {"appID": SHOP, "limit": 50})
    out["missing"] = await call("deployments_get", {"appID": SHOP, "did": "0d000000-0000-4000-8000-00000000ffff"})
    return out


async def smoke_forbidden(session: ClientSession, call: Call) -> dict[str, Any]:
    return {"trigger": await call("deployments_trigger", {"appID": SHOP})}


async def invalid(session: ClientSession, call: Call) -> dict[str, Any]:
    return {
        "wrong_type": await call("deployments_list", {"appID": SHOP, "limit": "twenty"}),
        "missing": await call("deployments_get", {"appID": SHOP}),
        "unknown": await call("deployments_list", {"appID": SHOP, "limitt": 3}),
        "no_such_tool": await call("no_such_tool", {}),
    }


async def dynamic(session: ClientSession, call: Call) -> dict[str, Any]:
    return {
        "search": await call("list_endpoints", {"query": "deployment cancel"}),
        "all": await call("list_endpoints", {}),
        "describe": await call("describe_endpoint", {"name": "deployments_list"}),
        "invoke": await call("invoke_endpoint", {"name": "deployments_list", "arguments": {"appID": SHOP, "limit": 1}}),
        "bad": await call("invoke_endpoint", {"name": "deployments_list", "arguments": {"limit": 1}}),
        "unknown": await call("invoke_endpoint", {"name": "nope", "arguments": {}}),
    }


async def fields(session: ClientSession, call: Call) -> dict[str, Any]:
    out: dict[str, Any] = {}
    out["page"] = await call("deployments_list", {"appID": SHOP, "limit": 1, "fields": ["items.id", "items.status"]})
    out["one"] = await call("deployments_get", {"appID": SHOP, "did": SHOP_V1, "fields": ["status", "id"]})
    out["wait"] = await call("wait_for_deployment", {"appID": SHOP, "did": SHOP_V1, "fields": ["status"]})
    out["unknown"] = await call("deployments_get", {"appID": SHOP, "did": SHOP_V1, "fields": ["colour"]})
    out["empty_segment"] = await call("deployments_get", {"appID": SHOP, "did": SHOP_V1, "fields": ["status."]})
    out["none"] = await call("deployments_get", {"appID": SHOP, "did": SHOP_V1, "fields": []})
    out["not_a_list"] = await call("deployments_get", {"appID": SHOP, "did": SHOP_V1, "fields": "status"})
    return out


SCENARIOS = {"listing": listing, "smoke": smoke, "smoke_forbidden": smoke_forbidden, "invalid": invalid,
             "dynamic": dynamic, "fields": fields}


async def run(session: ClientSession, scenario: str) -> dict[str, Any]:
    await session.initialize()

    async def call(name: str, arguments: dict[str, Any], progress: Any = None) -> dict[str, Any]:
        return _record(await session.call_tool(name, arguments, progress_callback=progress))

    return await SCENARIOS[scenario](session, call)


async def main(argv: list[str]) -> None:
    transport, scenario = argv[0], argv[1]
    if transport == "stdio":
        command = argv[argv.index("--") + 1:]
        params = StdioServerParameters(command=command[0], args=command[1:], env=dict(os.environ))
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            result = await run(session, scenario)
    else:
        async with streamablehttp_client(argv[2]) as (read, write, _), ClientSession(read, write) as session:
            result = await run(session, scenario)
    print(json.dumps(result))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))

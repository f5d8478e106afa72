"""Runs tool calls through the installed runtime's `call` with a client that records what it
would send instead of sending it (no network), with the test venv's Python:

    python probe.py ROWS.json CALLS.json     # ROWS: tool table rows; CALLS: [[tool name, arguments], ...]

Prints one JSON list: per call {sent: [the requests the client got], result: {isError, structured}};
bytes are shown as {"bytes": "<hex>"}.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Mapping
from typing import Any

from axhub_mcp import CONFIG
from axhub_mcp._runtime.calls import call
from axhub_mcp._runtime.table import Tool


def plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


class Recorder:
    def __init__(self) -> None:
        self.sent: list[Any] = []

    async def request(self, operation_id: str, path_params: Mapping[str, Any] | None = None,
                      query: Mapping[str, Any] | None = None, body: Any = None) -> Any:
        self.sent.append(plain({"operation": operation_id, "path": path_params, "query": query, "body": body}))
        return {"ok": True}

    async def close(self) -> None:
        return None


async def main(rows_file: str, calls_file: str) -> None:
    with open(rows_file, encoding="utf-8") as handle:
        tools = {row["name"]: Tool(row) for row in json.load(handle)}
    with open(calls_file, encoding="utf-8") as handle:
        calls = json.load(handle)

    async def progress(done: float, message: str) -> None:
        return None

    out = []
    for name, arguments in calls:
        client = Recorder()
        result = await call(CONFIG, client, tools[name], arguments, progress)
        out.append({"sent": client.sent, "result": {"isError": result.isError, "structured": result.structuredContent}})
    print(json.dumps(out))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))

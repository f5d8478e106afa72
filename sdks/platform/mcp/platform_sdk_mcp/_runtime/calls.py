"""One tool call: arguments checked against the tool's schema, routed onto the operation, sent
through the generated async client, and the answer (or the error) turned into a tool result."""

from __future__ import annotations

import asyncio
import base64
import datetime
import enum
import importlib
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import mcp.types as types

from .config import ApiConfig, AsyncApiClient
from .table import Tool

logger = logging.getLogger(__name__)
# jsonschema (a dependency of mcp) ships no type hints; it is used through this one name.
_jsonschema: Any = importlib.import_module("jsonschema")

# progress(done, message): reports an MCP progress notification when the client asked for them.
Progress = Callable[[float, str], Awaitable[None]]


class ArgumentError(ValueError):
    """Arguments that do not fit the tool's input schema; the message names the field."""


def _where(path: Any) -> str:
    parts = [str(p) for p in path]
    return ".".join(parts) if parts else "(arguments)"


def check_arguments(tool: Tool, arguments: dict[str, Any]) -> None:
    """Raise ArgumentError naming every argument that does not fit, first by position."""
    validator = _jsonschema.Draft202012Validator(tool.input_schema)
    errors = sorted(validator.iter_errors(arguments), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        lines = [f"argument {_where(e.absolute_path)}: {e.message}" for e in errors[:10]]
        raise ArgumentError(f"invalid arguments for {tool.name}: " + "; ".join(lines))


def route(tool: Tool, arguments: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """(path parameters, query/header/cookie parameters, body) from the flat arguments."""
    routes: dict[str, dict[str, str]] = tool.data["arguments"]
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    fields: dict[str, Any] = {}
    body: Any = None
    for name, value in arguments.items():
        target = routes.get(name)
        if target is None:
            continue  # helper arguments (timeout_seconds, max_lines, ...)
        where, wire = target["in"], target["name"]
        if where == "path":
            path[wire] = value
        elif where == "body":
            fields[wire] = value
        elif where == "body_whole":
            body = value
        else:
            query[wire] = value
    if fields:
        body = fields
    return path, query, body


def to_json(value: Any) -> Any:
    """Whatever the client returned, as plain JSON values."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_json(to_dict())
    if isinstance(value, enum.Enum):
        return to_json(value.value)
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def success(tool: Tool, value: Any, note: str = "") -> types.CallToolResult:
    data = to_json(value)
    structured = {"result": data} if tool.data.get("wrapped") or not isinstance(data, dict) else data
    content: list[types.ContentBlock] = [types.TextContent(type="text", text=_dumps(data))]
    if note:
        content.append(types.TextContent(type="text", text=note))
    return types.CallToolResult(content=content, structuredContent=structured, isError=False)


def failure(message: str, details: dict[str, Any] | None = None) -> types.CallToolResult:
    error = {"message": message, **(details or {})}
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=_dumps({"error": error}))],
        structuredContent={"error": error},
        isError=True,
    )


def _api_error(config: ApiConfig, exc: Exception) -> types.CallToolResult:
    if isinstance(exc, config.status_error):
        status = getattr(exc, "status", None)
        code = getattr(exc, "code", None)
        message = getattr(exc, "message", None) or str(exc)
        return failure(str(message), {"status": status, "code": code})
    return failure(f"{type(exc).__name__}: {exc}")


def next_page(tool: Tool, arguments: dict[str, Any], answer: Any) -> dict[str, Any] | None:
    """The arguments of the next page, when the answer says there is one."""
    paging = tool.data.get("paging")
    if not paging or not isinstance(answer, dict):
        return None
    items = _get(answer, paging["items"])
    count = len(items) if isinstance(items, list) else 0
    if count == 0 or (paging["has_more"] and _get(answer, paging["has_more"]) is False):
        return None
    size = arguments.get(paging["size"]) if paging["size"] else None
    if isinstance(size, int) and count < size:
        return None
    param, style = paging["param"], paging["style"]
    if style == "offset":
        position = int(arguments.get(param) or 0) + count
        total = _get(answer, paging["total"]) if paging["total"] else None
        if isinstance(total, int) and position >= total:
            return None
        value: Any = position
    elif style == "page":
        value = int(arguments.get(param) or 1) + 1
    elif style == "cursor":
        value = _get(answer, paging["next"])
        if value in (None, "") or value == arguments.get(param):
            return None
    else:  # starting_after: the last item's id
        last = items[-1] if isinstance(items, list) else None
        value = _get(last, paging["next"]) if isinstance(last, dict) else None
        if value is None:
            return None
    return {**arguments, param: value}


def _get(value: Any, path: list[str]) -> Any:
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


async def call(config: ApiConfig, client: AsyncApiClient, tool: Tool, arguments: dict[str, Any],
               progress: Progress) -> types.CallToolResult:
    """Run one tool; every failure becomes an error result (never a traceback)."""
    try:
        check_arguments(tool, arguments)
        path, query, body = route(tool, arguments)
        if tool.kind == "wait":
            return await _wait(tool, client, path, query, arguments, progress)
        if tool.kind == "tail":
            return await _tail(tool, client, path, query, arguments)
        answer = to_json(await client.request(tool.operation, path, query, body))
        following = next_page(tool, arguments, answer)
        note = f"More results: call {tool.name} with {_dumps(following)}" if following else ""
        return success(tool, answer, note)
    except ArgumentError as exc:
        return failure(str(exc))
    except Exception as exc:  # the SDK's errors, a connection failure, anything: reported, not raised
        if isinstance(exc, (config.status_error, config.sdk_error)):
            return _api_error(config, exc)
        logger.error("%s failed: %s", tool.name, type(exc).__name__)
        return failure(f"{tool.name} failed: {type(exc).__name__}: {exc}")


async def _wait(tool: Tool, client: AsyncApiClient, path: dict[str, Any], query: dict[str, Any],
                arguments: dict[str, Any], progress: Progress) -> types.CallToolResult:
    waiter = tool.data["waiter"]
    field, terminal = waiter["field"], waiter["terminal"]
    timeout = float(arguments.get("timeout_seconds", tool.input_schema["properties"]["timeout_seconds"]["default"]))
    interval = float(arguments.get("interval_seconds", tool.input_schema["properties"]["interval_seconds"]["default"]))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    polls = 0
    while True:
        current = to_json(await client.request(tool.operation, path, query))
        polls += 1
        state = current.get(field) if isinstance(current, dict) else None
        await progress(polls, f"{field} is {state}")
        if state in terminal:
            return success(tool, current)
        remaining = deadline - loop.time()
        if remaining <= 0:
            return failure(f"{field} is still {state!r} after {timeout:g}s (waiting for {', '.join(terminal)})",
                           {"last": current})
        await asyncio.sleep(min(interval, remaining))


async def _tail(tool: Tool, client: Any, path: dict[str, Any], query: dict[str, Any],
                arguments: dict[str, Any]) -> types.CallToolResult:
    defaults = tool.input_schema["properties"]
    max_lines = int(arguments.get("max_lines", defaults["max_lines"]["default"]))
    max_seconds = float(arguments.get("max_seconds", defaults["max_seconds"]["default"]))
    items: list[Any] = []
    stopped = "lines"

    async def collect() -> None:
        stream = client.tail(tool.operation, path, query, interval=min(1.0, max_seconds),
                             stop=lambda: len(items) >= max_lines)
        async for item in stream:
            items.append(to_json(item))
            if len(items) >= max_lines:
                break

    try:
        await asyncio.wait_for(collect(), timeout=max_seconds)
    except TimeoutError:
        stopped = "time"
    return success(tool, {"items": items, "stopped": stopped})

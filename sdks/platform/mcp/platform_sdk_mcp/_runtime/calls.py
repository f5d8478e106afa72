"""One tool call: arguments checked against the tool's schema, routed onto the operation, sent
through the generated async client, and the answer (or the error) turned into a tool result."""

from __future__ import annotations

import asyncio
import base64
import binascii
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


def _explain(error: Any) -> str:
    """One schema error as `argument <where>: <what>`; a missing required field is named itself."""
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [name for name in error.validator_value if name not in error.instance]
        if missing:
            where = ".".join([*(str(p) for p in error.absolute_path), str(missing[0])])
            return f"argument {where}: required, but missing"
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        unknown = [str(name) for name in error.instance if name not in known]
        if unknown:
            where = ".".join([*(str(p) for p in error.absolute_path), unknown[0]])
            more = f" (nor {', '.join(unknown[1:])})" if unknown[1:] else ""
            return f"argument {where}: unknown here{more}; known: {', '.join(known)}"
    return f"argument {_where(error.absolute_path)}: {error.message}"


def check_arguments(tool: Tool, arguments: dict[str, Any]) -> None:
    """Raise ArgumentError naming every argument that does not fit, first by position."""
    validator = _jsonschema.Draft202012Validator(tool.input_schema)
    errors = sorted(validator.iter_errors(arguments), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        lines = [_explain(e) for e in errors[:10]]
        raise ArgumentError(f"invalid arguments for {tool.name}: " + "; ".join(lines))


def selection(tool: Tool, arguments: dict[str, Any]) -> list[list[str]] | None:
    """The field selection argument as split paths (None: the whole answer); each path must start
    with a field of the answer and have no empty segment."""
    name = tool.data.get("select")
    given = arguments.get(name) if name else None
    if given is None:
        return None
    known = list((tool.data.get("outputSchema") or {}).get("properties", {}))
    if not given:
        raise ArgumentError(f"invalid arguments for {tool.name}: argument {name}: name at least one field "
                            f"(fields: {', '.join(known)}), or leave it out for the whole answer")
    paths = []
    for path in given:
        parts = str(path).split(".")
        if "" in parts:
            raise ArgumentError(f"invalid arguments for {tool.name}: argument {name}: {path!r} has an empty segment")
        if parts[0] not in known:
            raise ArgumentError(f"invalid arguments for {tool.name}: argument {name}: {parts[0]!r} is not a field "
                                f"of the answer (fields: {', '.join(known)})")
        paths.append(parts)
    return paths


def select(value: Any, paths: list[list[str]]) -> Any:
    """`value` with only the fields the paths name; a path through a list applies to each element,
    and a path that runs into a missing field or a scalar keeps what it found so far."""
    tree: dict[str, Any] = {}
    for parts in paths:
        node = tree
        for part in parts:
            node = node.setdefault(part, {})
    return _prune(value, tree)


def _prune(value: Any, tree: dict[str, Any]) -> Any:
    if not tree:
        return value
    if isinstance(value, list):
        return [_prune(item, tree) for item in value]
    if not isinstance(value, dict):
        return value
    return {key: _prune(value[key], sub) for key, sub in tree.items() if key in value}


def route(tool: Tool, arguments: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """(path parameters, query/header/cookie parameters, body) from the flat arguments."""
    routes: dict[str, dict[str, Any]] = tool.data["arguments"]
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    fields: dict[str, Any] = {}
    body: Any = None
    for name, value in arguments.items():
        target = routes.get(name)
        if target is None:
            continue  # helper arguments (timeout_seconds, max_lines, ...)
        where, wire = target["in"], target["name"]
        if target.get("base64") and isinstance(value, str):
            value = _bytes(tool, name, value)
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


def _bytes(tool: Tool, name: str, text: str) -> bytes:
    """A base64 argument (`contentEncoding: base64`) as the bytes to send."""
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ArgumentError(f"invalid arguments for {tool.name}: argument {name}: not base64 ({exc})") from None


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
        retry_after = getattr(exc, "retry_after", None)
        details: dict[str, Any] = {"status": status, "code": code}
        if retry_after is not None:
            details["retryAfter"] = retry_after
        return failure(str(message), details)
    # no answer (a refused or dropped connection, a timeout) or a bad one: the SDK's error class
    return failure(f"{type(exc).__name__}: {exc}", {"type": type(exc).__name__})


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
        fields = selection(tool, arguments)
        path, query, body = route(tool, arguments)
        if tool.kind == "wait":
            return await _wait(tool, client, path, query, arguments, progress, fields)
        if tool.kind == "tail":
            return await _tail(tool, client, path, query, arguments)
        answer = to_json(await client.request(tool.operation, path, query, body))
        following = next_page(tool, arguments, answer)  # from the whole answer: the selection may drop the cursor
        note = f"More results: call {tool.name} with {_dumps(following)}" if following else ""
        return success(tool, answer if fields is None else select(answer, fields), note)
    except ArgumentError as exc:
        return failure(str(exc), {"type": "invalid_arguments"})
    except Exception as exc:  # the SDK's errors, a connection failure, anything: reported, not raised
        if isinstance(exc, (config.status_error, config.sdk_error)):
            return _api_error(config, exc)
        logger.error("%s failed: %s", tool.name, type(exc).__name__)
        return failure(f"{tool.name} failed: {type(exc).__name__}: {exc}")


async def _wait(tool: Tool, client: AsyncApiClient, path: dict[str, Any], query: dict[str, Any],
                arguments: dict[str, Any], progress: Progress,
                fields: list[list[str]] | None) -> types.CallToolResult:
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
            return success(tool, current if fields is None else select(current, fields))
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

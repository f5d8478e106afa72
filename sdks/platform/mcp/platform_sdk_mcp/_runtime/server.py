"""The MCP server: static mode (one tool per operation) or dynamic mode (three tools that search,
describe and invoke the operations), on the official MCP Python SDK's low-level server."""

from __future__ import annotations

import logging
from typing import Any

import mcp.types as types
from mcp.server.lowlevel import Server

from .calls import call, failure, success
from .config import ApiConfig, AsyncApiClient, ClientSettings
from .table import Tool, listings

logger = logging.getLogger(__name__)

LIST, DESCRIBE, INVOKE = "list_endpoints", "describe_endpoint", "invoke_endpoint"


def dynamic_tools(tools: list[Tool], title: str) -> list[types.Tool]:
    """The three tools of dynamic mode."""
    tags = sorted({str(t.data["tag"]) for t in tools})
    return [
        types.Tool(
            name=LIST,
            title=f"Search {title} endpoints",
            description=(f"Lists the {len(tools)} {title} endpoints (tool name, method, path, summary), "
                         f"optionally only those whose name, path or summary contains every word of `query`, "
                         f"or of one `tag` ({', '.join(tags)}). Then call {DESCRIBE} for one, and {INVOKE}."),
            inputSchema={"type": "object", "properties": {
                "query": {"type": "string", "description": "Words to look for (case-insensitive)."},
                "tag": {"type": "string", "description": "Only endpoints of this tag."}},
                "additionalProperties": False},
            annotations=types.ToolAnnotations(readOnlyHint=True, idempotentHint=True, openWorldHint=False),
        ),
        types.Tool(
            name=DESCRIBE,
            title="Describe an endpoint",
            description=f"The full description and input schema of one endpoint, by the name {LIST} gave.",
            inputSchema={"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"],
                         "additionalProperties": False},
            annotations=types.ToolAnnotations(readOnlyHint=True, idempotentHint=True, openWorldHint=False),
        ),
        types.Tool(
            name=INVOKE,
            title="Invoke an endpoint",
            description=(f"Calls one endpoint by name with `arguments` checked against the input schema "
                         f"{DESCRIBE} shows; errors name the argument. API errors come back with their status, "
                         f"code and message."),
            inputSchema={"type": "object", "properties": {
                "name": {"type": "string"},
                "arguments": {"type": "object", "description": "The endpoint's arguments."}},
                "required": ["name"], "additionalProperties": False},
            annotations=types.ToolAnnotations(readOnlyHint=False, destructiveHint=True, openWorldHint=True),
        ),
    ]


def _search(tools: list[Tool], query: str, tag: str) -> list[dict[str, Any]]:
    """The endpoints whose name, path, title or description holds every word of `query`; those
    with more of the words in their name or title first, then in table order."""
    words = query.lower().split()
    found: list[tuple[int, dict[str, Any]]] = []
    for t in tools:
        if tag and str(t.data["tag"]).lower() != tag.lower():
            continue
        short = " ".join([t.name, str(t.data["title"])]).lower().replace("_", " ")
        text = " ".join([short, str(t.data["path"]), str(t.data["description"])]).lower()
        if all(w in text for w in words):
            found.append((-sum(w in short for w in words), {
                "name": t.name, "method": t.data["method"], "path": t.data["path"],
                "summary": t.data["title"], "readOnly": t.read_only}))
    return [entry for _, entry in sorted(found, key=lambda pair: pair[0])]


class ApiServer:
    """The server of one API over a chosen set of tools; one client for every call."""

    def __init__(self, config: ApiConfig, tools: list[Tool], dynamic: bool,
                 settings: ClientSettings | None = None) -> None:
        self.config = config
        self.settings = settings or ClientSettings()
        self.tools = {t.name: t for t in tools}
        self.dynamic = dynamic
        self._client: AsyncApiClient | None = None
        self.server: Server[Any, Any] = Server(config.name, version=config.version, instructions=(
            f"Tools for the {config.title} API. Credentials come from {config.env_prefix}_TOKEN, the server from "
            f"{config.env_prefix}_BASE_URL."))
        listing = dynamic_tools(tools, config.title) if dynamic else listings(tools)

        @self.server.list_tools()  # type: ignore[untyped-decorator,no-untyped-call]
        async def list_tools() -> list[types.Tool]:
            return listing

        @self.server.call_tool(validate_input=False)  # type: ignore[untyped-decorator]
        async def call_tool(name: str, arguments: dict[str, Any]) -> types.CallToolResult:
            return await self.call_tool(name, arguments)

    def client(self) -> AsyncApiClient:
        if self._client is None:
            self._client = self.config.make_client(self.config.base_url(), self.config.token(), self.settings)
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None

    async def call_tool(self, name: str, arguments: dict[str, Any]) -> types.CallToolResult:
        if self.dynamic:
            return await self._dynamic(name, arguments)
        tool = self.tools.get(name)
        if tool is None:
            return failure(f"unknown tool {name!r}")
        return await self._run(tool, arguments)

    async def _run(self, tool: Tool, arguments: dict[str, Any]) -> types.CallToolResult:
        try:
            client = self.client()
        except Exception as exc:  # a missing base URL, say: reported as a result
            return failure(f"cannot create the {self.config.title} client: {exc} "
                           f"(set {self.config.env_prefix}_BASE_URL and {self.config.env_prefix}_TOKEN)")
        return await call(self.config, client, tool, arguments, self._progress)

    async def _progress(self, done: float, message: str) -> None:
        try:
            context = self.server.request_context
        except LookupError:
            return
        token = context.meta.progressToken if context.meta is not None else None
        if token is None:
            return
        await context.session.send_progress_notification(token, done, None, message,
                                                         related_request_id=str(context.request_id))

    async def _dynamic(self, name: str, arguments: dict[str, Any]) -> types.CallToolResult:
        dummy = Tool({"name": name, "wrapped": False})
        if name == LIST:
            query, tag = arguments.get("query", ""), arguments.get("tag", "")
            if not isinstance(query, str) or not isinstance(tag, str):
                return failure("argument query and tag: must be strings")
            found = _search(list(self.tools.values()), query, tag)
            return success(dummy, {"endpoints": found, "count": len(found)})
        if name not in (DESCRIBE, INVOKE):
            return failure(f"unknown tool {name!r}; the tools are {LIST}, {DESCRIBE} and {INVOKE}")
        target = arguments.get("name")
        tool = self.tools.get(target) if isinstance(target, str) else None
        if tool is None:
            return failure(f"argument name: unknown endpoint {target!r}; {LIST} gives the names")
        if name == DESCRIBE:
            return success(dummy, {"name": tool.name, "method": tool.data["method"], "path": tool.data["path"],
                                   "description": tool.data["description"], "inputSchema": tool.input_schema,
                                   "outputSchema": tool.data.get("outputSchema"),
                                   "annotations": tool.data["annotations"]})
        given = arguments.get("arguments", {})
        if not isinstance(given, dict):
            return failure("argument arguments: must be an object")
        return await self._run(tool, given)

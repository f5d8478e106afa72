"""The MCP target: `schemas` (IR types as inline JSON Schema 2020-12), `tools` (the tool table as
data: names, flat arguments, annotations, routing) and `target` (the package's files)."""

from .target import McpTarget
from .tools import build_tools

__all__ = ["McpTarget", "build_tools"]

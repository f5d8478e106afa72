"""The MCP server runtime shared by every generated `<package>_mcp`: the tool table, argument
checks, calls through the generated async client, dynamic mode, transports and the command line.

Copied unchanged into each MCP package by sdkgen; do not edit the copy."""

from .cli import main
from .config import ApiConfig, ClientSettings
from .table import Tool, load_tools, select_tools

__all__ = ["ApiConfig", "ClientSettings", "Tool", "load_tools", "main", "select_tools"]

"""Path- and operation-level `servers`: the base URLs some operations go to instead of the
document's. Each distinct list of servers becomes one `ir.Host`, named once, so every target gives
it one client option and one environment variable."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .. import ir
from ..loader import Document, join_pointer
from ..naming import split_words

if TYPE_CHECKING:
    from .builder import Builder

KEY = "x-sdkgen-host"
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,31}$")
# Names a host may not take: the document's own base URL option, and words that say nothing.
_TAKEN = {("base",), ("default",), ("www",), ("api", "base")}


def operation_host(
    b: Builder, raw_servers: Any, item_servers: tuple[Any, Document, str], doc: Document, pointer: str
) -> str:
    """The key of the Host an operation goes to ("" for the document's servers): its own
    `servers`, else its path item's (the most specific wins, as OpenAPI says)."""
    if raw_servers is not None:
        value, where_doc, where = raw_servers, doc, join_pointer(pointer, "servers")
    else:
        value, where_doc, where = item_servers
    if value is None:
        return ""
    servers = build_servers(value)
    if not servers:
        b.diags.warning(
            "servers-empty", "`servers` lists no server with a `url`; the document's servers are used",
            b.loc(where_doc, where),
        )
        return ""
    if _same(servers, b.document_servers):
        return ""
    for host in b.hosts:
        if _same(servers, list(host.servers)):
            return host.key
    host = ir.Host(_name(b, value, servers, where_doc, where), tuple(servers))
    b.hosts.append(host)
    return host.key


def _same(left: list[ir.Server], right: list[ir.Server]) -> bool:
    return [s.url for s in left] == [s.url for s in right]


def _name(b: Builder, raw: Any, servers: list[ir.Server], doc: Document, pointer: str) -> tuple[str, ...]:
    """`x-sdkgen-host` on the first server, else the first label of its host name; a name that is
    taken gets a number."""
    first = raw[0] if isinstance(raw, list) and raw and isinstance(raw[0], dict) else {}
    given = first.get(KEY)
    words: tuple[str, ...] = ()
    if given is not None:
        if isinstance(given, str) and _NAME.match(given):
            words = tuple(w.lower() for w in split_words(given))
        else:
            b.diags.error(
                "extension-invalid", f"{KEY} must be a short name of letters, digits, - or _",
                b.loc(doc, join_pointer(pointer, "0", KEY)), "e.g. x-sdkgen-host: agent",
            )
    if not words:
        label = (urlsplit(servers[0].default_url).hostname or "").split(".")[0]
        words = tuple(w.lower() for w in split_words(label)) if label and not label[0].isdigit() else ()
    if not words or words in _TAKEN:
        words = ("host",)
    taken = {host.name for host in b.hosts} | _TAKEN
    candidate, number = words, 2
    while candidate in taken:
        candidate, number = words + (str(number),), number + 1
    return candidate


def build_servers(servers: Any) -> list[ir.Server]:
    result: list[ir.Server] = []
    if not isinstance(servers, list):
        return result
    for server in servers:
        if not isinstance(server, dict) or not isinstance(server.get("url"), str):
            continue
        variables = []
        for name, var in (server.get("variables") or {}).items():
            if isinstance(var, dict):
                variables.append(
                    ir.ServerVariable(
                        name=str(name),
                        default=str(var.get("default", "")),
                        values=tuple(str(v) for v in var.get("enum") or ()),
                        description=str(var.get("description") or ""),
                    )
                )
        result.append(ir.Server(server["url"], str(server.get("description") or ""), variables))
    return result

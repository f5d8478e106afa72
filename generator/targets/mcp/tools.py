"""The MCP tool table of an API, as plain data: what `tools/list` shows and how each tool's flat
arguments map back onto the operation (path, query, header, cookie parameters and the body).

The generated server reads this table (rendered as `_tools.json`), and tests read it in-process
through `build_tools`.

Names: each operation's neutral name (generator/passes/method_names.py), its segments in
snake_case joined by `_` (`deployments.lifecycle.retryPromotion` -> `deployments_lifecycle_retry_promotion`),
only `[A-Za-z0-9_]`, at most 64 characters (a longer one keeps 55 characters and gets `_` plus the
first 8 hex digits of its SHA-256). Operations are named first, in spec order, then the helper
tools (waiters, log tails); a name already taken gets `_2`, `_3`, ... in that order.

Arguments: one flat object. Path, query, header and cookie parameters keep their wire names;
a JSON object body is spread into its fields; any other body is one `body` argument. A name
that is already taken is renamed `<location>_<name>` (`body_id`, `header_limit`), then numbered.
A tool whose answer is an object with known fields (and its waiter) also takes the optional
`fields` (`_fields` when the operation has a `fields`): dotted paths that trim the answer.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from ... import ir
from ...naming import snake, split_words
from .schemas import Converter, Schema, is_binary

MAX_NAME = 64
# The optional argument that trims an answer to some of its fields (see _selection).
SELECT = "fields"
SELECT_TEXT = ("Return only these fields of the answer, as dotted paths (`id`, `items.status`); a path through a "
               "list applies to each element. Default: the whole answer.")
TAIL_LINES = 200
TAIL_SECONDS = 10
WAIT_SECONDS = 600
WAIT_INTERVAL = 2

_SAFE = re.compile(r"[^A-Za-z0-9_]")
_SPREAD_MEDIA = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data")


def tool_name(name: ir.MethodName | None, operation_id: str) -> str:
    """The tool name of an operation's neutral name (operationId words when it has none)."""
    segments = name.segments if name is not None else (tuple(split_words(operation_id)),)
    text = _SAFE.sub("", "_".join(snake(words) for words in segments if words)) or "operation"
    return fit(text)


def fit(text: str) -> str:
    if len(text) <= MAX_NAME:
        return text
    digest = hashlib.sha256(text.encode()).hexdigest()[:8]
    return f"{text[:MAX_NAME - 9]}_{digest}"


def _unique(base: str, taken: set[str]) -> str:
    name, number = base, 2
    while name in taken:
        suffix = f"_{number}"
        name = base[:MAX_NAME - len(suffix)] + suffix
        number += 1
    taken.add(name)
    return name


def _text(*parts: str) -> str:
    """Paragraphs joined by one newline (a blank line costs two more bytes of JSON in every
    `tools/list` and tells a model nothing more); the spec's own blank lines become single ones."""
    text = "\n".join(p.strip() for p in parts if p and p.strip())
    return re.sub(r"\n\s*\n", "\n", text)


def _object_model(api: ir.Api, t: ir.Type) -> ir.ObjectModel | None:
    while isinstance(t, ir.NamedType) and not t.nullable:
        model = api.models.get(t.name)
        if isinstance(model, ir.AliasModel):
            t = model.target
            continue
        return model if isinstance(model, ir.ObjectModel) else None
    return None


class _Arguments:
    def __init__(self, converter: Converter) -> None:
        self.converter = converter
        self.properties: Schema = {}
        self.required: list[str] = []
        self.routes: dict[str, dict[str, Any]] = {}
        self.renamed: list[str] = []

    def add(self, wire: str, where: str, schema: Schema, required: bool) -> None:
        name = wire
        if name in self.properties:
            name = f"{where}_{wire}"
            number = 2
            while name in self.properties:
                name, number = f"{where}_{wire}_{number}", number + 1
            self.renamed.append(f"`{name}` is the {where} {'field' if where == 'body' else 'parameter'} `{wire}`")
        self.properties[name] = schema
        self.routes[name] = {"in": where, "name": wire}
        if required:
            self.required.append(name)

    def schema(self) -> Schema:
        result: Schema = {"type": "object", "properties": self.properties}
        if self.required:
            result["required"] = self.required
        result["additionalProperties"] = False
        return result


def _arguments(api: ir.Api, op: ir.Operation, converter: Converter) -> tuple[_Arguments, str]:
    """The flat arguments of `op`, and how its body travels: "fields", "whole" or "none"."""
    args = _Arguments(converter)
    for location in ("path", "query", "header", "cookie"):
        for p in op.params_in(location):
            schema = converter.schema(p.type)
            if p.has_default and p.default is not None and isinstance(p.default, (str, int, float, bool)):
                schema = {**schema, "default": p.default}
            described = converter.describe(schema, p.description + (" (deprecated)" if p.deprecated else ""))
            args.add(p.name, location, described, p.required or location == "path")
    body = op.body
    if body is None:
        return args, "none"
    model = _object_model(api, body.type)
    media = body.content_type.split(";")[0].strip().lower()
    if model is not None and (media in _SPREAD_MEDIA or media.endswith("+json")):
        for f in model.fields:
            if f.read_only:
                continue
            args.add(f.wire_name, "body", converter.prop(f, (model.name,)), f.required and body.required)
            if is_binary(_unalias(api, f.type)):
                args.routes[list(args.routes)[-1]]["base64"] = True
        return args, "fields"
    text = body.description or f"The request body ({media})."
    binary = is_binary(_unalias(api, body.type))
    if binary:
        text += " Base64-encoded: the server decodes it and sends the bytes."
    schema = converter.describe(converter.schema(body.type), text)
    args.add("body", "body", schema, body.required)
    name = next(n for n, r in args.routes.items() if r["in"] == "body")
    args.routes[name]["in"] = "body_whole"
    if binary:
        args.routes[name]["base64"] = True
    return args, "whole"


def _unalias(api: ir.Api, t: ir.Type) -> ir.Type:
    seen: set[str] = set()
    while isinstance(t, ir.NamedType) and t.name not in seen:
        model = api.models.get(t.name)
        if not isinstance(model, ir.AliasModel):
            break
        seen.add(t.name)
        t = model.target
    return t


def _output(api: ir.Api, op: ir.Operation) -> tuple[Schema, bool]:
    """The output schema of `op` and whether the answer is wrapped as `{"result": ...}`."""
    converter = Converter(api.models, output=True)
    types = []
    for response in op.success_responses:
        if response.type is not None and response.type not in types:
            types.append(response.type)
    if len(types) == 1 and _object_model(api, types[0]) is not None:
        return converter.schema(types[0]), False
    inner = converter.schema(ir.UnionType(tuple(types))) if types else {}
    return {"type": "object", "properties": {"result": inner}}, True


def _annotations(op: ir.Operation) -> dict[str, Any]:
    """MCP's hints, only where they differ from the defaults a client assumes (readOnlyHint false,
    destructiveHint true, idempotentHint false, openWorldHint true): GET is read-only, DELETE
    destructive, GET, PUT and DELETE idempotent."""
    result: dict[str, Any] = {}
    if op.method in ("GET", "HEAD", "OPTIONS"):
        result["readOnlyHint"] = True
    else:
        result["destructiveHint"] = op.method == "DELETE"
    if op.method in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE"):
        result["idempotentHint"] = True
    return result


def _paging(op: ir.Operation) -> dict[str, Any] | None:
    p = op.pagination
    if p is None or p.style not in ("offset", "page", "cursor", "starting_after") or not p.param:
        return None
    return {"style": p.style, "param": p.param, "size": p.size_param, "items": list(p.items_path),
            "next": list(p.next_path), "total": list(p.total_path), "has_more": list(p.has_more_path)}


def _paging_note(paging: dict[str, Any] | None) -> str:
    if paging is None:
        return ""
    size = f" (`{paging['size']}`: page size)" if paging["size"] else ""
    return (f"Paged{size}: when more items exist, the result's last text gives the arguments of the next "
            f"page (`{paging['param']}` set).")


def _cut_note(converter: Converter, depth: int) -> str:
    if not converter.cut:
        return ""
    names = ", ".join(sorted(converter.cut))
    return f"Schemas nested deeper than {depth} levels or recursive ({names}) are cut to any JSON value there."


def build_tools(api: ir.Api) -> list[dict[str, Any]]:
    """Every tool of `api`, in order: one per operation, then the waiters and log tails."""
    from .schemas import INPUT_DEPTH

    taken: set[str] = set()
    tools: list[dict[str, Any]] = []
    helpers: list[tuple[ir.Operation, dict[str, Any]]] = []
    for op in api.operations:
        converter = Converter(api.models, output=False)
        args, body_mode = _arguments(api, op, converter)
        output, wrapped = _output(api, op)
        paging = _paging(op)
        # The HTTP route only when the spec says nothing else (a model calls the tool, not the route).
        said = " ".join(op.summary.split()) or " ".join(op.description.split())
        description = _text(
            op.summary, op.description if op.description != op.summary else "",
            "" if said else f"{op.method} {op.path}",
            "Deprecated." if op.deprecated else "",
            _paging_note(paging),
            ("Renamed arguments: " + "; ".join(args.renamed) + ".") if args.renamed else "",
            _cut_note(converter, INPUT_DEPTH),
        )
        select = _selection(args, output, wrapped)
        tool = {
            "name": _unique(tool_name(op.neutral_name, op.operation_id), taken),
            "title": " ".join(op.summary.split()) or op.operation_id,
            "description": description,
            "inputSchema": args.schema(),
            "outputSchema": output,
            "annotations": _annotations(op),
            "operation": op.operation_id,
            "kind": "call",
            "tag": op.resource,
            "method": op.method,
            "path": op.path,
            "arguments": args.routes,
            "body": body_mode,
            "wrapped": wrapped,
            "paging": paging,
            "select": select,
        }
        tools.append(tool)
        if op.waiter is not None or op.tail is not None:
            helpers.append((op, tool))
    # The spec's prose names operations by operationId (`deployGetApiV1...`); a model calls tools.
    names = {t["operation"]: t["name"] for t in tools}
    pattern = re.compile("`(" + "|".join(re.escape(o) for o in sorted(names, key=len, reverse=True)) + ")`")
    for tool in tools:
        tool["description"] = pattern.sub(lambda m: f"`{names[m.group(1)]}`", str(tool["description"]))
    for op, base in helpers:
        if op.waiter is not None:
            tools.append(_waiter(op, op.waiter, base, taken))
        if op.tail is not None:
            tools.append(_tail(op, op.tail, base, taken))
    return tools


def _selection(args: _Arguments, output: Schema, wrapped: bool) -> str | None:
    """Adds the optional field selection argument (`fields`, or `_fields` when the operation has a
    `fields` of its own) to a tool whose answer is an object with known fields; its name."""
    if wrapped or not output.get("properties"):
        return None
    name = SELECT
    while name in args.properties:
        name = "_" + name
    # Empty lists and paths are refused by the server (calls.selection), not spelled out here.
    args.properties[name] = {"type": "array", "items": {"type": "string"}, "description": SELECT_TEXT}
    return name


def _extra(base: dict[str, Any], extra: Schema, drop: tuple[str | None, ...] = ()) -> Schema:
    schema = base["inputSchema"]
    properties = {k: v for k, v in schema["properties"].items() if k not in drop}
    for name, value in extra.items():
        while name in properties:
            name = "_" + name
        properties[name] = value
    result: Schema = {"type": "object", "properties": properties}
    required = [r for r in schema.get("required", []) if r not in drop]
    if required:
        result["required"] = required
    result["additionalProperties"] = False
    return result


def _waiter(op: ir.Operation, waiter: ir.Waiter, base: dict[str, Any], taken: set[str]) -> dict[str, Any]:
    terminal = ", ".join(waiter.terminal)
    seconds = {"type": "number", "minimum": 0}
    return {
        **base,
        "name": _unique(fit("wait_for_" + (snake(split_words(waiter.name)) or "result")), taken),
        "title": f"Wait for {waiter.name}",
        "description": _text(
            f"Polls `{base['name']}` until `{waiter.field}` is one of: {terminal}, sending MCP progress "
            f"notifications meanwhile; returns the last answer."),
        "inputSchema": _extra(base, {
            "timeout_seconds": {**seconds, "default": WAIT_SECONDS, "description": "Give up after this many seconds."},
            "interval_seconds": {**seconds, "default": WAIT_INTERVAL, "description": "Seconds between polls."}}),
        "annotations": {"readOnlyHint": True, "idempotentHint": True},
        "kind": "wait",
        "waiter": {"field": waiter.field, "terminal": list(waiter.terminal)},
        "paging": None,
    }


def _tail(op: ir.Operation, tail: ir.Tail, base: dict[str, Any], taken: set[str]) -> dict[str, Any]:
    bound = {"type": "integer", "minimum": 1}
    return {
        **base,
        "name": _unique(fit(base["name"] + "_tail"), taken),
        "title": f"Tail {tail.name}",
        "description": _text(
            f"Follows `{base['name']}` (with `{tail.param}` = `{tail.value}`) and returns the new entries, "
            f"stopping after `max_lines` entries or `max_seconds` seconds, whichever comes first."),
        "inputSchema": _extra(base, {
            "max_lines": {**bound, "default": TAIL_LINES, "description": "Stop after this many entries."},
            "max_seconds": {**bound, "default": TAIL_SECONDS, "description": "Stop after this many seconds."}},
            drop=(tail.param, base["select"])),  # a tail's answer is its own: no selection
        "outputSchema": {"type": "object", "properties": {"items": {"type": "array"}, "stopped": {"type": "string"}}},
        "annotations": {"readOnlyHint": True},
        "kind": "tail",
        "tail": {"param": tail.param, "value": tail.value},
        "select": None,
        "wrapped": False,
        "paging": None,
    }

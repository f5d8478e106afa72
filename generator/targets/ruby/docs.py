"""The documentation of each operation: its YARD tags, the helper methods' comments, and what the
README shows of it (an example call and a table of its arguments)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ... import ir
from .literals import WIDTH, comment_lines, rb_string
from .types import RubyTypes

_HASH = "Hash{String => Object}"
_TEXT = WIDTH - 6 - 2  # a comment inside a method's class, after "      # "


@dataclass
class OperationDocs:
    yard: list[str]  # the YARD tags of the method, as comment lines
    summary: str = ""
    wait_doc: list[str] = field(default_factory=list)
    each_doc: list[str] = field(default_factory=list)
    tail_doc: list[str] = field(default_factory=list)
    example: list[str] = field(default_factory=list)  # README lines of an example call
    readme_params: list[tuple[str, str, str, bool, str]] = field(default_factory=list)


def operation_docs(types: RubyTypes, op: ir.Operation, method: str, call: str, returns: str, errors: list[str],
                   streams: bool) -> OperationDocs:
    params = [(p.name, p.location, types.yard_type(p.type), p.required, p.description) for p in op.parameters]
    if op.body:
        params.append(("body", "body", types.body_yard(op.body), op.body.required, op.body.description))
    wait_doc: list[str] = []
    if op.waiter:
        wait_doc = comment_lines(f"Poll #{method} until `{op.waiter.field}` is one of "
                                 f"{', '.join(op.waiter.terminal)}; return the last result.", _TEXT)
    return OperationDocs(
        yard=_yard(types, op, returns, errors, streams),
        summary=op.summary.strip(),
        wait_doc=wait_doc,
        each_doc=comment_lines(
            f"Every item of #{method} across all pages, fetched as the Enumerator is consumed.", _TEXT),
        tail_doc=comment_lines(
            f"Follow #{method} forward: every new item as it arrives, polling every `interval` seconds, until "
            "`stop` returns true, `max_polls` polls, `max_items` items, `timeout` seconds, or the block returns "
            "`:stop` or false.", _TEXT),
        example=example(op, call),
        readme_params=params,
    )


def _yard(types: RubyTypes, op: ir.Operation, returns: str, errors: list[str], streams: bool) -> list[str]:
    """The YARD tags of an operation's method, wrapped to fit."""
    module = types.module
    has_path = bool(op.params_in("path"))
    tags = [f"@param path_params [{_HASH}{'' if has_path else ', nil'}] path parameters, by wire name"]
    tags += _options(types, "path_params", op.params_in("path"))
    tags.append(f"@param query [{_HASH}, nil] query parameters, by wire name")
    tags += _options(types, "query", op.params_in("query"))
    if op.body is None:
        tags.append("@param body [nil] this operation takes no body")
    else:
        text = op.body.description.strip() or "the request body, with its wire keys"
        tags.append(f"@param body [{types.body_yard(op.body)}] {text}")
    tags.append("@param headers [Hash{String => String}, nil] header parameters and extra headers")
    tags += _options(types, "headers", op.params_in("header") + op.params_in("cookie"))
    tags.append(f"@param options [{module}::RequestOptions, Hash, nil] per-call timeout, open_timeout, "
                "max_retries, headers, idempotency_key, extra_query")
    if streams:
        tags.append(f"@yieldparam event [{module}::ServerSentEvent] each event, as it arrives")
        tags.append(f"@return [{returns}] the events (without a block; the request is sent when it is "
                    "iterated), else nil once the stream ended")
    else:
        tags.append(f"@return [{returns}]")
    statuses = f" ({', '.join(errors)})" if errors else ""
    tags.append(f"@raise [{module}::APIStatusError] for an error status{statuses}, as its subclass")
    tags.append(f"@raise [{module}::APIConnectionError] when no response arrives, after the retries")
    lines: list[str] = []
    for tag in tags:
        lines += comment_lines(tag, _TEXT, 2)
    return lines


def _options(types: RubyTypes, name: str, params: list[ir.Parameter]) -> list[str]:
    result = []
    for p in params:
        text = ("(required) " if p.required else "") + " ".join(p.description.split())
        result.append(f"@option {name} [{types.yard_type(p.type)}] {rb_string(p.name)} {text}".rstrip())
    return result


def example(op: ir.Operation, call: str) -> list[str]:
    """README lines of one call, with placeholders for what the caller must give."""
    args = []
    path = op.params_in("path")
    if path:
        args.append("path_params: { " + ", ".join(rb_string(p.name) + ' => "..."' for p in path) + " }")
    query = [p for p in op.params_in("query") if p.required]
    if query:
        args.append("query: { " + ", ".join(rb_string(p.name) + ' => "..."' for p in query) + " }")
    if op.body is not None and op.body.required:
        args.append('body: { "..." => "..." }')
    if not args:
        return [call]
    return [call + "(", *["  " + a + ("," if i < len(args) - 1 else "") for i, a in enumerate(args)], ")"]

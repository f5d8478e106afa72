"""The friendly surface as data: each resource method (`list(app_id, **params)`), its YARD
docs, its Argument descriptors for the runtime, and the resource classes it adds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ... import ir
from ...passes.docs import operation_doc
from ...passes.pagination import paging_in
from ...passes.responses import streams
from .literals import WIDTH, Call, Const, Sym, comment_lines
from .surface import OPTIONS, PARAMS, Keyword, MethodSymbols, NodeSymbols
from .symbols import PAGED_STYLES
from .types import RubyTypes

_TEXT = WIDTH - 6 - 2


@dataclass
class RbMethod:
    name: str
    operation_id: str
    positional: list[str]  # the Ruby parameters, path values in path order
    doc: list[str]  # comment lines: the operation's text and the YARD tags
    streams: bool = False
    receiver: str = "client"  # how a user reaches it: client.apps.git
    example: list[tuple[str, Any]] = field(default_factory=list)  # keywords of the README's call, with values
    pages: bool = False  # returns every item, pages fetched as they are consumed
    keywords: list[tuple[str, str, str, bool, str]] = field(default_factory=list)  # README rows
    helper: str = ""  # "wait" or "tail": a bounded helper over the method `follows`


@dataclass
class RbNode:
    """What a resource class adds to the seed: friendly methods and nested resource accessors."""

    methods: list[RbMethod] = field(default_factory=list)
    children: list[tuple[str, str]] = field(default_factory=list)  # (accessor, class)


def arguments(method: MethodSymbols, types: RubyTypes) -> list[Call]:
    """The operation's Argument.new(...) descriptors, path ones first in path order."""
    result = []
    for keyword in [*method.positional, *method.keywords]:
        kwargs: list[tuple[str, Any]] = [("name", Sym(keyword.name))]
        if keyword.wire is not None:
            kwargs.append(("wire", keyword.wire))
        kwargs += [("location", keyword.location), ("type", types.type_expr(keyword.type))]
        if keyword.required:
            kwargs.append(("required", True))
        result.append(Call("Argument.new", kwargs=tuple(kwargs)))
    return result


def node_view(node: NodeSymbols, types: RubyTypes, returns: dict[str, str]) -> RbNode:
    """The methods and accessors of one resource class; `returns` has the YARD return type of each
    operation (by operationId), as the seed's method documents it."""
    view = RbNode(children=[(child.attr, child.class_name) for child in node.children])
    for method in node.methods:
        op = method.op
        if method.helper:
            view.methods.append(RbMethod(
                method.name, op.operation_id, [k.name for k in method.positional],
                _helper_doc(method, types, returns[op.operation_id]), receiver=".".join(("client", *node.path)),
                helper=method.helper,
            ))
            continue
        view.methods.append(RbMethod(
            method.name, op.operation_id, [k.name for k in method.positional],
            _doc(method, types, returns[op.operation_id]), streams(op),
            receiver=".".join(("client", *node.path)),
            example=_example(method, types),
            pages=paging_in(op, PAGED_STYLES) is not None and not streams(op),
            keywords=[(k.name, _where(k), _yard(k, op, types), k.required, k.description)
                      for k in [*method.positional, *method.keywords]],
        ))
    return view


_SAMPLES: dict[Any, Any] = {Sym("integer"): 20, Sym("boolean"): True, Sym("number"): 1.5, Sym("string"): "..."}


def _example(method: MethodSymbols, types: RubyTypes) -> list[tuple[str, Any]]:
    """The keywords of an example call: every required one, and the first optional query or body
    field with a value to show; a sample value by type, else a variable of the keyword's name."""
    shown: list[tuple[str, Any]] = []
    optional = None
    for keyword in method.keywords:
        expr = types.type_expr(keyword.type)
        sample = _SAMPLES.get(expr) if isinstance(expr, Sym) else None
        if keyword.required:
            shown.append((keyword.name, Const(keyword.name) if sample is None else sample))
        elif optional is None and sample is not None and keyword.location in ("query", "field"):
            optional = (keyword.name, sample)
    return shown + ([optional] if optional else [])


def _where(keyword: Keyword) -> str:
    """Where a keyword's value goes, for the README (positional path values say `path`)."""
    if keyword.location == "field":
        return "body field"
    return "body" if keyword.location == "body" else keyword.location


def _doc(method: MethodSymbols, types: RubyTypes, returns: str) -> list[str]:
    op = method.op
    lines = comment_lines(operation_doc(op, op.method + " " + op.path), _TEXT)
    lines.append("")
    tags = [f"@param {k.name} [{types.yard_type(k.type)}] {_text(k)}".rstrip() for k in method.positional]
    tags.append(f"@param {PARAMS} [Hash{{Symbol => Object}}] the keywords below")
    tags += [f"@option {PARAMS} [{_yard(k, op, types)}] :{k.name} {_text(k)}".rstrip() for k in method.keywords]
    tags.append(f"@option {PARAMS} [{types.module}::RequestOptions, Hash, nil] :{OPTIONS} per-call timeout, "
                "open_timeout, max_retries, headers, idempotency_key, extra_query")
    tags += _returns(op, types, returns)
    tags.append(f"@raise [{types.module}::InvalidArgumentError] for an unknown keyword, a missing required "
                "argument or a value of the wrong type, before sending")
    tags.append(f"@raise [{types.module}::APIStatusError] for an error status, as its subclass")
    for tag in tags:
        lines += comment_lines(tag, _TEXT, 2)
    return lines


def _helper_doc(method: MethodSymbols, types: RubyTypes, returns: str) -> list[str]:
    """The YARD docs of a bounded helper: what it polls, its bounds, what it returns or yields."""
    op = method.op
    module = types.module
    tags = [f"@param {k.name} [{types.yard_type(k.type)}] {_text(k)}".rstrip() for k in method.positional]
    tags.append(f"@param {PARAMS} [Hash{{Symbol => Object}}] the keywords of #{method.follows}")
    if method.helper == "wait":
        assert op.waiter is not None
        text = (f"Poll #{method.follows} until `{op.waiter.field}` is one of {', '.join(op.waiter.terminal)}; "
                "return that last result. Bounded by `timeout` (seconds), and by `max_polls` and `stop` (called "
                "with each result that is not final; true gives up) when given; every bound is checked before "
                "the first request.")
        tags += ["@param timeout [Numeric] seconds before giving up",
                 "@param interval [Numeric] seconds between polls",
                 "@param max_polls [Integer, nil] give up after this many polls",
                 "@param stop [#call, nil] called with each result that is not final; true gives up",
                 f"@return [{returns}]",
                 f"@raise [{module}::WaiterTimeoutError] when a bound ends the wait (#last is the last result, "
                 "the message says which bound)"]
    else:
        page = paging_in(op, PAGED_STYLES)
        item = types.yard_type(page.item_type) if page is not None else "Object"
        text = (f"Follow new items of #{method.follows}: poll again at once while pages come back full, else "
                "every `interval` seconds, from the last page's cursor, until a bound ends it: `stop` returns "
                "true, `max_polls` polls, `max_items` items, `timeout` seconds, or the block returns :stop or "
                "false. Every bound is checked before the first request.")
        tags += ["@param interval [Numeric] seconds between polls that found nothing new",
                 "@param stop [#call, nil] called before each poll; true ends the tail",
                 "@param max_polls [Integer, nil] stop after this many polls",
                 "@param max_items [Integer, nil] stop after this many items",
                 "@param timeout [Numeric, nil] stop after this many seconds",
                 f"@yieldparam item [{item}]",
                 "@yieldreturn [Object] :stop or false to stop the tail (anything else goes on)",
                 "@return [Enumerator, nil] the items (without a block), else nil"]
    tags.append(f"@raise [{module}::InvalidArgumentError] for a bad bound, an unknown keyword or a value of the "
                "wrong type, before sending")
    lines = comment_lines(text, _TEXT)
    lines.append("")
    for tag in tags:
        lines += comment_lines(tag, _TEXT, 2)
    return lines


def _text(keyword: Keyword) -> str:
    where = {"query": "query parameter", "header": "header", "cookie": "cookie", "field": "body field",
             "path": "path parameter"}.get(keyword.location, "the request body")
    name = f" {keyword.wire}" if keyword.wire and keyword.wire != keyword.name else ""
    required = "(required) " if keyword.required and keyword.location != "path" else ""
    return f"{required}{where}{name}. " + " ".join(keyword.description.split())


def _yard(keyword: Keyword, op: ir.Operation, types: RubyTypes) -> str:
    return types.body_yard(op.body) if keyword.location == "body" else types.yard_type(keyword.type)


def _returns(op: ir.Operation, types: RubyTypes, returns: str) -> list[str]:
    module = types.module
    if streams(op):
        return [f"@yieldparam event [{module}::ServerSentEvent] each event, as it arrives",
                f"@return [Enumerator<{module}::ServerSentEvent>, nil] the events without a block, else nil"]
    page = paging_in(op, PAGED_STYLES)
    if page is not None:
        return [f"@return [{module}::Page<{types.yard_type(page.item_type)}>] the first page (#items, #next_page?, "
                "#next_page); its #each goes over every item of every page, fetching pages as they are consumed"]
    return [f"@return [{returns}]"]

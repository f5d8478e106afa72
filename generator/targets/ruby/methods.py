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
        return [f"@return [Enumerator<{types.yard_type(page.item_type)}>] every item across all pages, "
                "fetched as the Enumerator is consumed"]
    return [f"@return [{returns}]"]

"""The friendly surface (issue 16) as data for resources.go.jinja: resource types nested as the
neutral names nest, one method per operation with its path parameters positional and everything
else in one typed params struct. Every method goes through the runtime's one request loop
(core.Call, core.Iterate or core.Stream over the operation's descriptor), as the seed methods do."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ... import ir
from ...passes.docs import operation_text
from ...passes.responses import streams
from .models import GoField, GoModels, GoStruct
from .operations import GoResource
from .surface_names import NodeSymbols
from .symbols import GoSymbols, pages


@dataclass
class GoPathArg:
    name: str
    wire: str
    type: str


@dataclass
class GoFriendlyParams:
    name: str
    doc: str
    fields: list[GoField]
    query: list[GoField]  # the fields ParamValues returns (query, header and cookie parameters)
    body: str  # "" (no body), "model" (fields of body_model) or "field" (the Body field)
    body_model: str = ""
    body_fields: list[tuple[str, str]] = field(default_factory=list)  # (params field, model field)
    body_required: bool = False
    body_field: str = ""
    operation_id: str = ""  # ParamsOf: the operation it is the Query of


@dataclass
class GoFriendlyMethod:
    name: str
    doc: str
    var: str  # the operation's descriptor
    call: str  # Call, Iterate or Stream
    type_arg: str  # the result (Call) or item (Iterate) type; "" for Stream
    returns: str
    path_args: list[GoPathArg]
    params: GoFriendlyParams | None
    wait_options: str = ""  # the WaitOptions type a bounded helper (WaitFor, Follow) takes after its params


@dataclass
class GoNode:
    type: str
    accessor: str
    parent: str  # the type whose method returns it
    parent_client: str  # how the parent reaches its *core.Client
    reused: bool  # a tag service: declared in its own file
    doc: str
    accessor_doc: str
    path: str  # the neutral path, dotted (apps.git)
    chain: str  # how a program reaches it: client.Apps().Git()
    methods: list[GoFriendlyMethod] = field(default_factory=list)


@dataclass
class GoExampleCall:
    """A friendly call for the README: the receiver chain, method, sample arguments and the
    params struct with sample values of its required plain fields."""

    chain: str  # client.Deployments()
    method: GoFriendlyMethod
    args: list[Any]  # sample path arguments, printed by go_value
    fields: list[tuple[str, Any]]  # sample required params fields


@dataclass
class GoSurface:
    nodes: list[GoNode]  # parents before children, in order of first use
    params: list[GoFriendlyParams]
    uses_iter: bool
    uses_time: bool
    examples: list[GoExampleCall] = field(default_factory=list)
    by_operation: dict[str, tuple[str, GoFriendlyMethod]] = field(default_factory=dict)  # operationId -> chain, method


def build_surface(api: ir.Api, symbols: GoSymbols, models: GoModels, resources: list[GoResource]) -> GoSurface:
    structs = {s.name: s for s in models.structs}
    seed = {o.operation_id: o for r in resources for o in r.operations}
    nodes: dict[tuple[str, ...], GoNode] = {}
    order: list[GoNode] = []
    params: list[GoFriendlyParams] = []
    by_operation: dict[str, tuple[str, GoFriendlyMethod]] = {}
    for resource in api.resources:
        for op in resource.operations:
            if id(op) not in symbols.friendly:
                continue
            node_names, names = symbols.friendly[id(op)]
            node = _node(node_names, nodes, order)
            view = seed[op.operation_id]
            method_params = _params(op, names.params_struct, names.fields, symbols, structs)
            if method_params is not None:
                params.append(method_params)
            path_args = [GoPathArg(arg, p.name, symbols.types.field_type(p.type, True))
                         for arg, p in zip(names.path_args, op.params_in("path"), strict=True)]
            call, type_arg, returns = _call(op, view.result, view.item_type, symbols)
            auto = symbols.auto_paging.get(id(op))
            method = GoFriendlyMethod(names.method, _method_doc(op, names.method, node, call, type_arg, auto),
                                      view.var, call, type_arg, returns, path_args, method_params)
            node.methods.append(method)
            by_operation[op.operation_id] = (node.chain, method)
            if auto is not None:
                node.methods.append(GoFriendlyMethod(
                    auto, _method_doc(op, auto, node, "Iterate", type_arg, names.method), view.var, "Iterate",
                    type_arg, f"iter.Seq2[{type_arg}, error]", path_args, method_params))
            waiter, tail = symbols.friendly_waiters.get(id(op)), symbols.friendly_tails.get(id(op))
            if waiter is not None and op.waiter is not None:
                node.methods.append(GoFriendlyMethod(
                    waiter, _waiter_doc(op, waiter, names.method, symbols.wait_options), view.var, "WaitFor",
                    view.result, f"({view.result}, error)", path_args, method_params, symbols.wait_options))
            if tail is not None and op.tail is not None:
                node.methods.append(GoFriendlyMethod(
                    tail, _tail_doc(op, tail, names.method, symbols.wait_options), view.var, "Follow",
                    view.item_type, f"iter.Seq2[{view.item_type}, error]", path_args, method_params,
                    symbols.wait_options))
    text = " ".join([m.returns + " " + " ".join(a.type for a in m.path_args) for n in order for m in n.methods]
                    + [f.type for p in params for f in p.fields])
    surface = GoSurface(order, params, "iter." in text, bool(re.search(r"\btime\.", text)))
    surface.examples = _examples(order, {e.name: e.base for e in models.enums})
    surface.by_operation = by_operation
    return surface


# Sample values of the Go types an example can spell without knowing more.
_SAMPLES: dict[str, Any] = {"string": "...", "int64": 1, "int32": 1, "float64": 1.5, "bool": True}


def _examples(nodes: list[GoNode], enums: dict[str, str]) -> list[GoExampleCall]:
    """Up to four calls for the README: the first list (paged) method in its auto-paging and its
    page form, the first call with path arguments only, and the first call with a body."""
    wanted: list[Callable[[GoFriendlyMethod], bool]] = [
        lambda m: m.call == "Iterate",
        lambda m: m.call == "FirstPage",
        lambda m: m.call == "Call" and bool(m.path_args) and m.params is None,
        lambda m: m.call == "Call" and m.params is not None and bool(m.params.body),
    ]
    examples = []
    for want in wanted:
        found = next(((n, m) for n in nodes for m in n.methods if want(m)), None)
        if found is None:
            continue
        node, method = found
        args = [_sample(a.type, enums) for a in method.path_args]
        if any(a is None for a in args):
            continue
        fields = [(f.name, _sample(f.type, enums)) for f in (method.params.fields if method.params else [])]
        examples.append(GoExampleCall(node.chain, method, args, [(n, v) for n, v in fields if v is not None]))
    return examples


def _sample(go_type: str, enums: dict[str, str]) -> Any:
    """A literal of the type, or None when a plain literal cannot be one (an Optional, a struct)."""
    return _SAMPLES.get(enums.get(go_type, go_type))


def _node(names: NodeSymbols, nodes: dict[tuple[str, ...], GoNode], order: list[GoNode]) -> GoNode:
    if names.key in nodes:
        return nodes[names.key]
    parent = _node(names.parent, nodes, order) if names.parent is not None else None
    path = ".".join(names.key)
    node = GoNode(names.type, names.accessor, parent.type if parent else "Client",
                  "s.client" if parent else "s.rt", names.reused,
                  f"{names.type} holds the methods of {path}.",
                  f"{names.accessor} returns the methods of {path}.", path,
                  (parent.chain if parent else "client") + f".{names.accessor}()")
    nodes[names.key] = node
    order.append(node)
    return node


def _call(op: ir.Operation, result: str, item: str, symbols: GoSymbols) -> tuple[str, str, str]:
    if streams(op):
        return "Stream", "", result
    if pages(op) is not None:
        return "FirstPage", item, f"(*{symbols.page_type}[{item}], error)"
    return "Call", result, f"({result}, error)"


def _params(op: ir.Operation, name: str | None, field_names: list[str], symbols: GoSymbols,
            structs: dict[str, GoStruct]) -> GoFriendlyParams | None:
    if name is None:
        return None
    fields: list[GoField] = []
    others = [p for p in op.parameters if p.location != "path"]
    for go_name, p in zip(field_names[:len(others)], others, strict=True):
        doc = f"{p.name} ({p.location}{', required' if p.required else ''})"
        doc += f": {p.description}" if p.description.strip() else "."
        fields.append(GoField(go_name, p.name, symbols.types.field_type(p.type, p.required), "", doc))
    view = GoFriendlyParams(name, "", fields, list(fields), "", operation_id=op.operation_id)
    body_names = field_names[len(others):]
    model = symbols.body_model(op)
    if op.body is not None and model is not None:
        struct = structs[symbols.type_names[model]]
        view.body, view.body_model, view.body_required = "model", struct.name, op.body.required
        for go_name, model_field in zip(body_names, struct.fields, strict=True):
            fields.append(GoField(go_name, model_field.wire, model_field.type, "",
                                  model_field.doc or f"{model_field.wire} (body)."))
            view.body_fields.append((go_name, model_field.name))
    elif op.body is not None:
        view.body, view.body_field = "field", body_names[0]
        fields.append(GoField(body_names[0], "", symbols.types.field_type(op.body.type, op.body.required), "",
                              "The request body" + (" (required)." if op.body.required else ".")))
    what = "query and header parameters" + (" and body fields" if view.body else "")
    view.doc = f"{name} are the {what} of one call; an absent Optional is not sent."
    return view


def _method_doc(op: ir.Operation, method: str, node: GoNode, call: str, item: str, other: str | None = None) -> str:
    """`other`: the paged method's other form (the auto-paging one of a page method, and back)."""
    parts = [f"{method} calls {op.method} {op.path} ({node.chain}.{method})."]
    text = operation_text(op)
    if text:
        parts.append(text)
    if call == "Iterate":
        parts.append(f"It ranges over every {item} across all pages, fetching each page when the loop needs "
                     "it; an error ends the sequence." + (f" {other} returns one page at a time." if other else ""))
    elif call == "FirstPage":
        parts.append(f"It returns the first page: its Items, HasNextPage() and NextPage(ctx) for the next one. "
                     f"{other} ranges over every {item} of every page instead.")
    elif call == "Stream":
        parts.append("It answers with an event stream: range over the events as they arrive; leaving the "
                     "loop closes the stream.")
    if op.deprecated:
        parts.append("Deprecated: the API marks this operation deprecated.")
    return "\n\n".join(parts)


def _waiter_doc(op: ir.Operation, name: str, method: str, options: str) -> str:
    assert op.waiter is not None
    return (f"{name} calls {method} until {op.waiter.field} is one of {', '.join(op.waiter.terminal)}, and returns "
            f"that last result. The {options} bound it: Interval between polls (default DefaultPollInterval), "
            "Timeout (default DefaultWaitTimeout), MaxPolls and a Stop callback asked before each poll after the "
            "first; each ends it with a *WaiterTimeoutError holding the last result (Reason says which). The "
            "context bounds it too; an error from a poll ends it at once.")


def _tail_doc(op: ir.Operation, name: str, method: str, options: str) -> str:
    assert op.tail is not None
    return (f"{name} follows {method} forward ({op.tail.param}={op.tail.value}, set by the tail itself): it "
            f"ranges over every item as it arrives, polling again every Interval of the {options} (default "
            "DefaultTailInterval) once nothing more is waiting. It runs until the loop stops, MaxPolls polls "
            "were made, Timeout passed or Stop (asked before each poll after the first) says so, which end the "
            "sequence; the context's end ends it with the context's error.")

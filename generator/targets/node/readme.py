"""What the generated README shows beyond the templates' own text: the example call."""

from __future__ import annotations

from typing import Any

from ... import ir
from .resources import TsMember, TsNamespace


def example(api: ir.Api, resources: list[TsNamespace]) -> dict[str, Any] | None:
    """The call the README shows, written so that it compiles: the first GET (else the first
    operation) whose required inputs are all string parameters (given placeholder values) and
    that needs no body. `path` is the member's path from the client, `args` its arguments as data."""
    by_id = {op.operation_id: op for op in api.operations}
    found: list[tuple[bool, dict[str, Any]]] = []
    for ns in resources:
        for member in ns.members:
            op = by_id.get(member.op.operation_id)
            if member.kind != "operation" or op is None or (op.body is not None and op.body.required):
                continue
            args = example_args(op)
            if args is None:
                continue
            found.append((op.method != "GET", {
                "path": [*ns.path, member.name],
                "operation_id": op.operation_id,
                "args": args,
            }))
    if not found:
        return None
    return min(found, key=lambda item: item[0])[1]


def example_args(op: ir.Operation) -> list[dict[str, str] | None] | None:
    """The arguments for the required parameters, as data: the path parameters object, then the
    query object when there is one (null standing for no path parameters); None when a required
    parameter is not a string."""
    groups: list[dict[str, str]] = [{}, {}]
    for p in op.parameters:
        if not p.required:
            continue
        if not (isinstance(p.type, ir.Primitive) and p.type.name == "string" and p.type.format != "binary"):
            return None
        groups[0 if p.location == "path" else 1][p.name] = "<" + p.name + ">"
    path, query = groups
    if query:
        return [path or None, query]
    return [path] if path else []


def surface_examples(api: ir.Api, roots: list[tuple[str, TsNamespace]]) -> list[dict[str, Any]]:
    """The resource-method calls the README leads with, written so that they compile: the first
    list method, the first other GET and the first other call (in client order) whose required
    inputs are all strings (given placeholder values). `path` is the member's path from the client,
    `args` its arguments as data, `lists` whether it is iterated."""
    by_id = {op.operation_id: op for op in api.operations}
    picked: dict[str, dict[str, Any]] = {}
    for ns in _walk([ns for _, ns in roots]):
        for member in ns.members:
            op = by_id.get(member.op.operation_id)
            if member.kind != "method" or op is None:
                continue
            slot = "list" if member.runtime == "list" else "get" if op.method == "GET" else "send"
            args = None if slot in picked else _surface_args(member)
            if args is not None:
                picked[slot] = {"path": [*ns.path, member.name], "args": args, "lists": slot == "list",
                                "name": member.name + "Result"}
    return [picked[slot] for slot in ("list", "get", "send") if slot in picked]


def _walk(classes: list[TsNamespace]) -> list[TsNamespace]:
    found: list[TsNamespace] = []
    for ns in classes:
        found.append(ns)
        found += _walk([child for _, child in ns.children])
    return found


def _surface_args(member: TsMember) -> list[Any] | None:
    """Placeholder strings for the path values and the params object's required keys; None when
    one of them is not a string."""
    surface = member.op.surface
    if surface is None or any(p.type != "string" for p in surface.path_args):
        return None
    args: list[Any] = ["<" + wire + ">" for wire in surface.path_wire]
    params: dict[str, str] = {}
    properties = surface.interface.properties if surface.interface is not None else []
    for prop in properties:
        if not prop.optional:
            if prop.type != "string":
                return None
            params[prop.name] = "<" + prop.name + ">"
    if params:
        args.append(params)
    return args


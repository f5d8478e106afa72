"""What the generated README shows beyond the templates' own text: the example call."""

from __future__ import annotations

from typing import Any

from ... import ir
from .resources import TsNamespace


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

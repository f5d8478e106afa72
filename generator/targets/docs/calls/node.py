"""Node's calls: the resource method and the seed's operationId method."""

from __future__ import annotations

from .... import ir
from ....settings import Settings
from ...node.view import NodeView
from .base import Call, seed_names


def node_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    view = NodeView(api, settings)
    by_id = {op.operation_id: op for op in api.operations}
    result: dict[str, list[Call]] = {}
    resource_calls: dict[str, Call] = {}
    pending = [ns for _, ns in view.roots]
    while pending:
        ns = pending.pop(0)
        pending += [child for _, child in ns.children]
        for member in ns.members:
            names = [p.name for p in member.signature if p.name != "options"]
            where = "sdk." + ".".join([*ns.path, member.name])
            if member.kind == "method":
                args = [*member.path_args, *(["{ ... }"] if "params" in names else [])]
                call = f"{where}({', '.join(args)})"
                listing = member.runtime == "list"
                code = f"for await (const item of {call}) {{ ... }}" if listing else f"await {call}"
                resource_calls.setdefault(member.op.operation_id, Call("node", "resource", code))
            elif member.kind == "operation":
                seed_args = ", ".join(seed_names(by_id[member.op.operation_id], names))
                seed = Call("node", "operation", f"await {where}({seed_args})")
                result.setdefault(member.op.operation_id, []).append(seed)
    return {op_id: ([resource_calls[op_id]] if op_id in resource_calls else []) + calls
            for op_id, calls in result.items()}

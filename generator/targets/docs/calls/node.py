"""Node's calls: the resource method and the seed's operationId method.

The values a call needs are the method's own parameter names and TypeScript types (`appID:
string`, `params: m.DeploymentsListParams`, where `m` is the SDK's models), so tests/docs can
compile every call with tsc --strict."""

from __future__ import annotations

from .... import ir
from ....settings import Settings
from ...node.resources import TsMember
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
            where = "sdk." + ".".join([*ns.path, member.name])
            if member.kind == "method":
                needs = _needs(member, [*member.path_args, "params"])
                call = f"{where}({', '.join(name for name, _ in needs)})"
                listing = member.runtime == "list"
                code = f"for await (const item of {call}) console.log(item);" if listing else f"await {call};"
                resource_calls.setdefault(member.op.operation_id, Call("node", "resource", code, needs))
            elif member.kind == "operation":
                names = seed_names(by_id[member.op.operation_id], [p.name for p in member.signature])
                needs = _needs(member, names)
                seed = Call("node", "operation", f"await {where}({', '.join(names)});", needs)
                result.setdefault(member.op.operation_id, []).append(seed)
    return {op_id: ([resource_calls[op_id]] if op_id in resource_calls else []) + calls
            for op_id, calls in result.items()}


def _needs(member: TsMember, names: list[str]) -> tuple[tuple[str, str], ...]:
    """The member's parameters named in `names`, in its order, with their types."""
    return tuple((p.name, p.type) for p in member.signature if p.name in names)

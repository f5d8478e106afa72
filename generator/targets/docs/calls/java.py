"""Java's calls: the resource method (sync and async) and the seed's operationId method."""

from __future__ import annotations

from .... import ir
from ....settings import Settings
from ...java.view import JavaView
from .base import Call, seed_names


def java_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    view = JavaView(api, settings)
    by_id = {op.operation_id: op for op in api.operations}
    friendly: dict[str, list[Call]] = {}
    pending = list(view.surface.roots)
    while pending:
        namespace = pending.pop(0)
        pending += namespace.children
        for method in namespace.methods:
            args = [a.name for a in method.args] + ([f"{method.params.name}.builder()...build()"]
                                                     if method.params is not None and method.params_required else [])
            chain = "".join(f".{accessor}()" for accessor in method.chain)
            call = f"client{chain}.{method.name}({', '.join(args)})"
            code = f"for (var item : {call}) {{ ... }}" if method.item_type else f"var result = {call};"
            friendly.setdefault(method.op.operation_id, [
                Call("java", "resource", code),
                Call("java", "async", f"client{chain}.{method.async_name}({', '.join(args)})  // CompletableFuture"),
            ])
    result: dict[str, list[Call]] = {}
    for resource in view.resources:
        for op in resource.operations:
            seed_args = ", ".join(seed_names(by_id[op.operation_id], ["pathParams", "query", "body"]))
            result[op.operation_id] = [*friendly.get(op.operation_id, []), Call(
                "java", "operation", f"var result = client.{resource.accessor}().{op.method_name}({seed_args});")]
    return result

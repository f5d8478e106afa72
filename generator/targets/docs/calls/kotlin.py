"""Kotlin's calls: the resource method and the seed's operationId method."""

from __future__ import annotations

from .... import ir
from ....settings import Settings
from ...kotlin.view import KotlinView
from .base import Call, seed_names


def kotlin_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    view = KotlinView(api, settings)
    by_id = {op.operation_id: op for op in api.operations}
    friendly: dict[str, Call] = {}
    for namespace in [*view.resources, *view.namespaces]:
        for method in namespace.friendly:
            args = [a.name for a in method.args if a.default is None]
            call = f"client.{method.where}.{method.name}({', '.join(args)})"
            code = f"{call}.collect {{ item -> ... }}" if method.runtime == "iterate" else f"val result = {call}"
            friendly.setdefault(method.operation_id, Call("kotlin", "resource", code))
    result: dict[str, list[Call]] = {}
    for resource in view.resources:
        for op in resource.operations:
            seed_args = ", ".join(seed_names(by_id[op.operation_id], ["pathParams", "query", "body"]))
            seed = f"val result = client.{resource.attr}.{op.method_name}({seed_args})  // suspend"
            result[op.operation_id] = [*([friendly[op.operation_id]] if op.operation_id in friendly else []),
                                       Call("kotlin", "operation", seed)]
    return result

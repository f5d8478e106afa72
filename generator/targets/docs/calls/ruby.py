"""Ruby's calls: the resource method and the seed's operationId method."""

from __future__ import annotations

from .... import ir
from ....settings import Settings
from ...ruby.surface import SurfaceNames
from ...ruby.view import RubyView
from .base import Call, seed_parts

_SEED_KEYWORDS = {"pathParams": "path_params", "query": "query", "body": "body"}


def ruby_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    view = RubyView(api, settings)
    by_id = {op.operation_id: op for op in api.operations}
    friendly: dict[str, Call] = {}
    for node in SurfaceNames(api, view.symbols.resources).nodes():
        for method in node.methods:
            args = [k.name for k in method.positional] + [f"{k.name}: ..." for k in method.keywords if k.required]
            call = f"client.{'.'.join(node.path)}.{method.name}({', '.join(args)})"
            code = f"{call}.each {{ |item| ... }}" if method.op.pagination is not None else call
            friendly.setdefault(method.op.operation_id, Call("ruby", "resource", code))
    result: dict[str, list[Call]] = {}
    for resource in view.resources:
        for op in resource.operations:
            keywords = ", ".join(f"{_SEED_KEYWORDS[part]}: {{ ... }}"
                                 for part, has in seed_parts(by_id[op.operation_id]).items() if has)
            seed = f"client.{resource.attr}.{op.method_name}({keywords})"
            result[op.operation_id] = [*([friendly[op.operation_id]] if op.operation_id in friendly else []),
                                       Call("ruby", "operation", seed)]
    return result

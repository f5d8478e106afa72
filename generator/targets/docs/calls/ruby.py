"""Ruby's calls: the resource method and the seed's operationId method.

The values a call needs are the method's positional path arguments and its required keywords, named
as the method names them (`app_id`) and typed as its YARD docs type them (`String`); the seed call
passes the parts the operation has as its keywords (`path_params: path_params`, a Hash by wire
name). `client` is the reader's client. tests/docs checks every call with `ruby -wc` and against
the loaded gem's methods and their parameters."""

from __future__ import annotations

from .... import ir
from ....settings import Settings
from ...ruby.surface import SurfaceNames
from ...ruby.view import RubyView
from .base import Call, seed_parts

_SEED_KEYWORDS = {"pathParams": "path_params", "query": "query", "body": "body"}
WIRE_HASH = "Hash{String => Object}"  # the seed's path_params and query: values by wire name


def ruby_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    view = RubyView(api, settings)
    by_id = {op.operation_id: op for op in api.operations}
    friendly: dict[str, Call] = {}
    for node in SurfaceNames(api, view.symbols.resources).nodes():
        for method in node.methods:
            keywords = [k for k in method.keywords if k.required]
            needs = tuple((k.name, view.types.yard_type(k.type)) for k in [*method.positional, *keywords])
            args = [k.name for k in method.positional] + [f"{k.name}: {k.name}" for k in keywords]
            call = f"client.{'.'.join(node.path)}.{method.name}({', '.join(args)})"
            code = f"{call}.each {{ |item| puts item }}" if method.op.pagination is not None else call
            friendly.setdefault(method.op.operation_id, Call("ruby", "resource", code, needs))
    result: dict[str, list[Call]] = {}
    for resource in view.resources:
        for op in resource.operations:
            source = by_id[op.operation_id]
            present = {_SEED_KEYWORDS[part] for part, has in seed_parts(source).items() if has}
            names = [name for name, required in op.signature if required or name in present]
            body = view.types.yard_type(source.body.type) if source.body is not None else "Object"
            seed_needs = tuple((name, body if name == "body" else WIRE_HASH) for name in names)
            seed = f"client.{resource.attr}.{op.method_name}({', '.join(f'{k}: {k}' for k in names)})"
            result[op.operation_id] = [*([friendly[op.operation_id]] if op.operation_id in friendly else []),
                                       Call("ruby", "operation", seed, seed_needs)]
    return result

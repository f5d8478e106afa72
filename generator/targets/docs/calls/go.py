"""Go's calls: the resource method and the seed's operationId method."""

from __future__ import annotations

from .... import ir
from ....settings import Settings
from ...go.view import GoView
from .base import Call, seed_parts

_SEED_FIELDS = {"pathParams": "PathParams", "query": "Query", "body": "Body"}


def go_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    view = GoView(api, settings)
    by_id = {op.operation_id: op for op in api.operations}
    package = view.package
    result: dict[str, list[Call]] = {}
    for resource in view.resources:
        for op in resource.operations:
            calls = []
            found = view.surface.by_operation.get(op.operation_id)
            if found is not None:
                chain, method = found
                args = ["ctx", *(a.name for a in method.path_args)]
                if method.params is not None:
                    args.append(f"{package}.{method.params.name}{{...}}")
                call = f"{chain}.{method.name}({', '.join(args)})"
                code = {"Iterate": f"for item, err := range {call} {{ ... }}",
                        "FirstPage": f"page, err := {call}"}.get(method.call, f"result, err := {call}")
                calls.append(Call("go", "resource", code))
            present = seed_parts(by_id[op.operation_id])
            fields = ", ".join(f"{_SEED_FIELDS[part]}: ..." for part, has in present.items() if has)
            seed = f"{package}.OperationParams{{{fields}}}"
            code = f"result, err := client.{resource.accessor}().{op.method}(ctx, {seed})"
            calls.append(Call("go", "operation", code))
            result[op.operation_id] = calls
    return result

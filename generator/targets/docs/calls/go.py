"""Go's calls: the resource method and the seed's operationId method.

The values a call needs are the method's own path arguments with their Go types (`appID string`)
and the params struct it takes, qualified by the SDK's package (`params axhub.DeploymentsListParams`);
the seed method's OperationParams is filled from the operation's typed PathParams, Query and body.
`client` and `ctx` are the reader's client and context. tests/docs compiles every call with go vet."""

from __future__ import annotations

import re

from .... import ir
from ....settings import Settings
from ...go.operations import GoOperation
from ...go.view import GoView
from .base import Call


def qualify(go_type: str, package: str) -> str:
    """`[]Deployment` -> `[]axhub.Deployment`: the SDK's exported names as a consumer spells them
    (already qualified names such as time.Time are left alone)."""
    return re.sub(r"(?<![\w.])([A-Z]\w*)", rf"{package}.\1", go_type)


def _statement(call: str, returns: str, result: str) -> str:
    """The call as a statement that keeps what it answers: a range loop over an iterator."""
    if returns.startswith("iter.Seq2"):
        return f"for item, err := range {call} {{ fmt.Println(item, err) }}"
    return f"{result}, err := {call}"


def go_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    view = GoView(api, settings)
    package = view.package
    result: dict[str, list[Call]] = {}
    for resource in view.resources:
        for op in resource.operations:
            calls = []
            found = view.surface.by_operation.get(op.operation_id)
            if found is not None:
                chain, method = found
                needs = [(a.name, qualify(a.type, package)) for a in method.path_args]
                if method.params is not None:
                    needs.append(("params", f"{package}.{method.params.name}"))
                call = f"{chain}.{method.name}({', '.join(['ctx', *(name for name, _ in needs)])})"
                code = _statement(call, method.returns, "page" if method.call == "FirstPage" else "result")
                calls.append(Call("go", "resource", code, tuple(needs)))
            fields, seed_needs = _seed_fields(op, package)
            call = f"client.{resource.accessor}().{op.method}(ctx, {package}.OperationParams{{{fields}}})"
            returns = "iter.Seq2" if op.stream else "(result, error)"
            calls.append(Call("go", "operation", _statement(call, returns, "result"), seed_needs))
            result[op.operation_id] = calls
    return result


def _seed_fields(op: GoOperation, package: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`PathParams: pathParams, Query: query, Body: body` with the typed structs they hold."""
    parts: list[tuple[str, str, str | None]] = [("PathParams", "pathParams", op.path_struct),
                                               ("Query", "query", op.query_struct),
                                               ("Body", "body", op.body_type)]
    used = [(field, name, qualify(type_, package)) for field, name, type_ in parts if type_]
    return ", ".join(f"{field}: {name}" for field, name, _ in used), tuple((name, t) for _, name, t in used)

"""Kotlin's calls: the resource method and the seed's operationId method.

The values a call needs are the method's own required arguments with their Kotlin types (`appID`:
`String`); the seed call is its typed form, which takes the operation's PathParams and Query
classes and its body (`pathParams`: `DeployGetApiV1AppsByAppIDDeploymentsPathParams`). Type names
are simple names: the models, params and runtime packages are imported. `client` is the reader's
client; the calls run in a coroutine. tests/docs compiles every call with kotlinc -Werror."""

from __future__ import annotations

from .... import ir
from ....settings import Settings
from ...kotlin.operations import KtArg
from ...kotlin.view import KotlinView
from .base import Call

NOTHING = "Nothing?"  # the seed's type for a part the operation does not have
SEED_PARTS = ("pathParams", "query", "body")


def kotlin_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    view = KotlinView(api, settings)
    friendly: dict[str, Call] = {}
    for namespace in [*view.resources, *view.namespaces]:
        for method in namespace.friendly:
            needs = tuple((a.name, a.type) for a in method.args if a.default is None)
            call = f"client.{method.where}.{method.name}({', '.join(name for name, _ in needs)})"
            iterate = method.runtime == "iterate"
            code = f"{call}.collect {{ item -> println(item) }}" if iterate else f"val result = {call}"
            friendly.setdefault(method.operation_id, Call("kotlin", "resource", code, needs))
    result: dict[str, list[Call]] = {}
    for resource in view.resources:
        for op in resource.operations:
            args, needs = _seed_arguments(op.typed_args)
            seed = f"val result = client.{resource.attr}.{op.method_name}({args})"
            result[op.operation_id] = [*([friendly[op.operation_id]] if op.operation_id in friendly else []),
                                       Call("kotlin", "operation", seed, needs)]
    return result


def _seed_arguments(typed_args: list[KtArg]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`pathParams, query, body = body`: the parts the operation has (and any other required
    argument), positional until one is left out, named after it."""
    args: list[str] = []
    needs: list[tuple[str, str]] = []
    skipped = False
    for arg in typed_args:
        wanted = arg.default is None or (arg.name in SEED_PARTS and arg.type != NOTHING)
        if not wanted:
            skipped = True
            continue
        args.append(f"{arg.name} = {arg.name}" if skipped else arg.name)
        needs.append((arg.name, arg.type))
    return ", ".join(args), tuple(needs)

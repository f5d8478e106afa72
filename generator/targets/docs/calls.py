"""The calls each page shows: for every operation, in every target, the resource-surface call and
the seed's operationId call, written by each target's own naming code (its symbol provider and
surface builder), so the pages say what the SDKs have."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from ... import ir
from ...settings import Settings


@dataclass(frozen=True)
class Call:
    language: str  # the target's name: python, go, java, kotlin, node, ruby, mcp, request
    form: str  # "resource", "operation" (the seed's), "async", "generic", "tool"
    code: str


# target name -> (api, settings) -> operationId -> its calls, in the order the page lists them
Provider = Callable[[ir.Api, Settings], dict[str, list[Call]]]


def python_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    from ..python.readme import surface_paths
    from ..python.view import PythonView

    view = PythonView(api, settings)
    paths = surface_paths(view.symbols)
    methods = {m.operation_id: m for module in view.modules for ns in module.namespaces for m in ns.methods
               if m.mode not in ("wait", "tail")}
    result: dict[str, list[Call]] = {}
    for resource in api.resources:
        accessor = view.symbols.resources[resource.name].attr
        for op in resource.operations:
            calls = []
            method = methods.get(op.operation_id)
            if method is not None:
                args = [a.name for a in method.positional]
                args += [f"{a.name}=..." for a in method.keywords if not a.optional]
                call = f"client.{paths[op.operation_id]}({', '.join(args)})"
                code = f"for item in {call}: ..." if method.mode == "iterate" else call
                calls.append(Call("python", "resource", code))
            seed = view.symbols.operations[op.operation_id].method
            calls.append(Call("python", "operation", f"client.{accessor}.{seed}({_python_seed_args(op)})"))
            calls.append(Call("python", "async", f"await async_client.{accessor}.{seed}(...)  # {view.async_client}"))
            result[op.operation_id] = calls
    return result


def _python_seed_args(op: ir.Operation) -> str:
    parts = []
    for location, keyword in (("path", "path_params"), ("query", "query")):
        names = [p.name for p in op.params_in(location) if p.required or location == "path"]
        if names:
            parts.append(f"{keyword}={{" + ", ".join(f"{json.dumps(n)}: ..." for n in names) + "}")
    if op.body is not None:
        parts.append("body={...}")
    return ", ".join(parts)


def node_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    from ..node.view import NodeView

    view = NodeView(api, settings)
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
                code = f"for await (const item of {call}) {{ ... }}" if member.runtime == "list" else f"await {call}"
                resource_calls.setdefault(member.op.operation_id, Call("node", "resource", code))
            elif member.kind == "operation":
                seed_args = ", ".join(_seed_names(member.op.operation_id, api, names))
                seed = Call("node", "operation", f"await {where}({seed_args})")
                result.setdefault(member.op.operation_id, []).append(seed)
    return {op_id: ([resource_calls[op_id]] if op_id in resource_calls else []) + calls
            for op_id, calls in result.items()}


def _seed_names(operation_id: str, api: ir.Api, names: list[str]) -> list[str]:
    """The seed's `(pathParams, query, body)`, cut after the last one the operation has."""
    op = next(o for o in api.operations if o.operation_id == operation_id)
    has = {"pathParams": bool(op.params_in("path")), "query": bool(op.params_in("query")), "body": op.body is not None}
    last = max((i for i, name in enumerate(names) if has.get(name)), default=-1)
    return names[: last + 1]


def go_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    from ..go.view import GoView

    view = GoView(api, settings)
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
                code = (f"for item, err := range {call} {{ ... }}" if method.call == "Iterate"
                        else f"result, err := {call}")
                calls.append(Call("go", "resource", code))
            seed = f"{package}.OperationParams{{{_go_seed_fields(op.operation_id, api)}}}"
            code = f"result, err := client.{resource.accessor}().{op.method}(ctx, {seed})"
            calls.append(Call("go", "operation", code))
            result[op.operation_id] = calls
    return result


def _go_seed_fields(operation_id: str, api: ir.Api) -> str:
    op = next(o for o in api.operations if o.operation_id == operation_id)
    present = [("PathParams", bool(op.params_in("path"))), ("Query", bool(op.params_in("query"))),
               ("Body", op.body is not None)]
    return ", ".join(f"{name}: ..." for name, has in present if has)


def ruby_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    from ..ruby.surface import SurfaceNames
    from ..ruby.view import RubyView

    view = RubyView(api, settings)
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
            seed = f"client.{resource.attr}.{op.method_name}({_seed_keywords(op.operation_id, api)})"
            result[op.operation_id] = [*([friendly[op.operation_id]] if op.operation_id in friendly else []),
                                       Call("ruby", "operation", seed)]
    return result


def _seed_keywords(operation_id: str, api: ir.Api) -> str:
    op = next(o for o in api.operations if o.operation_id == operation_id)
    present = [("path_params", bool(op.params_in("path"))), ("query", bool(op.params_in("query"))),
               ("body", op.body is not None)]
    return ", ".join(f"{name}: {{ ... }}" for name, has in present if has)


def java_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    from ..java.view import JavaView

    view = JavaView(api, settings)
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
            seed_args = ", ".join(_seed_names(op.operation_id, api, ["pathParams", "query", "body"]))
            result[op.operation_id] = [*friendly.get(op.operation_id, []), Call(
                "java", "operation", f"var result = client.{resource.accessor}().{op.method_name}({seed_args});")]
    return result


def kotlin_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    from ..kotlin.view import KotlinView

    view = KotlinView(api, settings)
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
            seed_args = ", ".join(_seed_names(op.operation_id, api, ["pathParams", "query", "body"]))
            seed = f"val result = client.{resource.attr}.{op.method_name}({seed_args})  // suspend"
            result[op.operation_id] = [*([friendly[op.operation_id]] if op.operation_id in friendly else []),
                                       Call("kotlin", "operation", seed)]
    return result


def generic_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    """`request(operationId, pathParams, query, body)`: every SDK has it, spelt alike."""
    return {
        op.operation_id: [Call("request", "generic", f'request("{op.operation_id}", pathParams, query, body)')]
        for op in api.operations
    }


def mcp_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    from ..mcp.tools import build_tools

    return {
        str(tool["operation"]): [Call("mcp", "tool", str(tool["name"]))]
        for tool in build_tools(api) if tool["kind"] == "call"
    }


PROVIDERS: dict[str, Provider] = {
    "python": python_calls,
    "go": go_calls,
    "java": java_calls,
    "kotlin": kotlin_calls,
    "node": node_calls,
    "ruby": ruby_calls,
    "request": generic_calls,
    "mcp": mcp_calls,
}


def all_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
    """operationId -> every call of every provider, providers in PROVIDERS' order."""
    result: dict[str, list[Call]] = {op.operation_id: [] for op in api.operations}
    for provider in PROVIDERS.values():
        for operation_id, calls in provider(api, settings).items():
            result.setdefault(operation_id, []).extend(calls)
    return result

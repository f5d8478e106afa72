"""Python's calls: the resource method and the seed's operationId method, sync and async.

The values a call needs are named as the resource method's arguments (`app_id`) and typed with
its annotations, so tests/docs can type-check every call with mypy --strict."""

from __future__ import annotations

import json

from .... import ir
from ....settings import Settings
from ...python.readme import surface_paths
from ...python.surface import PySurfaceMethod
from ...python.view import PythonView
from .base import Call

ANY = "Any"  # a seed value with no resource-method argument to borrow a name and type from


def python_calls(api: ir.Api, settings: Settings) -> dict[str, list[Call]]:
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
                needed = [*method.positional, *(a for a in method.keywords if not a.optional)]
                keywords = needed[len(method.positional):]
                args = [a.name for a in method.positional] + [f"{a.name}={a.name}" for a in keywords]
                call = f"client.{paths[op.operation_id]}({', '.join(args)})"
                code = f"for item in {call}: print(item)" if method.mode == "iterate" else call
                calls.append(Call("python", "resource", code, tuple((a.name, a.annotation) for a in needed)))
            seed = view.symbols.operations[op.operation_id].method
            seed_args, needs = _seed_arguments(op, method)
            calls.append(Call("python", "operation", f"client.{accessor}.{seed}({seed_args})", needs))
            calls.append(Call("python", "async", f"await async_client.{accessor}.{seed}({seed_args})", needs))
            result[op.operation_id] = calls
    return result


def _seed_arguments(op: ir.Operation, method: PySurfaceMethod | None) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`path_params={...}, query={...}, body=body`: every path parameter, the required query ones."""
    names = dict((method.path + method.query) if method is not None else [])
    types = {a.name: a.annotation for a in (method.positional + method.keywords)} if method is not None else {}
    needs: dict[str, str] = {}
    parts = []
    for location, keyword in (("path", "path_params"), ("query", "query")):
        entries = []
        for p in op.params_in(location):
            if p.required or location == "path":
                name = names.get(p.name) or f"value_{len(needs)}"
                needs[name] = types.get(name, ANY)
                entries.append(f"{json.dumps(p.name)}: {name}")
        if entries:
            parts.append(f"{keyword}={{{', '.join(entries)}}}")
    if op.body is not None:
        needs["body"] = ANY
        parts.append("body=body")
    return ", ".join(parts), tuple(needs.items())

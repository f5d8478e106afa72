"""Operations as data: each operation's signature, result type and descriptor.

The descriptor (`OPERATIONS[operationId]`: params, body, security, responses, pagination, waiter,
tail) is neutral data, printed by the `ts_value` literal filter; the runtime reads nothing else
about the API.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ... import ir
from ...passes.docs import operation_doc
from ...passes.responses import ResponseKind, response_kind
from .literals import Record
from .models import Models, TsInterface
from .scopes import sends_events, tailable
from .security import operation_security
from .symbols import PARAM_GROUPS, Surface
from .types import TypeMapper, join_union, split_union

# (how the runtime reads it, the result type) of a response that is not JSON.
_RESPONSES = {
    ResponseKind.REDIRECT: ("redirect", "RedirectResult"),
    ResponseKind.EMPTY: ("empty", "EmptyResult"),
    ResponseKind.EVENT_STREAM: ("sse", "string"),
    ResponseKind.TEXT: ("text", "string"),
    ResponseKind.BINARY: ("binary", "Uint8Array"),
}

CALL_ARGS = ["pathParams", "query", "body", "options"]


@dataclass
class TsParam:
    """One parameter of a generated method: `name?: type` when optional."""

    name: str
    type: str
    optional: bool = False


@dataclass
class TsOperation:
    operation_id: str
    method_name: str
    doc: str
    deprecated: bool
    http_method: str
    path: str
    summary: str
    signature: list[TsParam]
    result: str
    iter_signature: list[TsParam]
    item: str | None  # the item type of a paginated or tailed operation
    streams: bool  # a response is text/event-stream
    descriptor: list[tuple[str, Any]]  # (key, data) of its Operation object, printed by ts_value
    shape: list[tuple[str, str]]  # (key, type) of its OperationTypes entry
    call_args: tuple[str, ...] = tuple(CALL_ARGS)
    surface: TsSurface | None = None  # the resource method's inputs, when it has one


@dataclass
class TsSurface:
    """A resource method's inputs: path arguments in path order, then the params object."""

    path_args: list[TsParam]
    params: TsParam | None
    interface: TsInterface | None = None  # the params object's interface
    path_wire: list[str] = field(default_factory=list)  # the wire names of the path values


def build_operation(api: ir.Api, op: ir.Operation, method: str, models: Models, types: TypeMapper,
                    surface: Surface | None) -> TsOperation:
    """The view of one operation; its parameter interfaces are added to `models`."""
    groups = [models.params_interface(op, suffix, locations) for suffix, locations in PARAM_GROUPS]
    path_type, query_type = (f"m.{iface.name}" if iface else "NoParams" for iface in groups)
    query_required = any(p.required for p in op.parameters if p.location != "path")
    body_type = types.ts_type(op.body.type, "m.") if op.body else "never"
    body_required = op.body is not None and op.body.required
    leading = [("pathParams", path_type, groups[0] is not None), ("query", query_type, query_required)]
    signature = positional([*leading, ("body", body_type if op.body else "null", body_required),
                            ("options", "RequestOptions", False)])
    results: list[str] = []
    errors: list[str] = []
    responses = Record()
    for response in op.responses:
        kind, result = _response(response, types)
        responses[response.status] = kind
        if not response.is_success and kind == "json":
            errors.append(f"{_status_key(response.status)}: {result}")
        if response.is_success:
            for part in split_union(result):
                if part not in results:
                    results.append(part)
    result = join_union(results)
    return TsOperation(
        operation_id=op.operation_id,
        method_name=method,
        doc=_doc(op),
        deprecated=op.deprecated,
        http_method=op.method,
        path=op.path,
        summary=op.summary or _first_sentence(op.description),
        signature=signature,
        result=result,
        iter_signature=positional(leading),
        item=types.ts_type(op.pagination.item_type, "m.") if op.pagination is not None else None,
        streams=sends_events(op),
        descriptor=descriptor(api, op, responses, surface.body_key if surface else None),
        shape=[("pathParams", path_type), ("query", query_type), ("body", body_type), ("result", result),
               ("errors", "{ " + "; ".join(errors) + " }" if errors else "{}")],
        surface=_surface(op, surface, models, types) if surface else None,
    )


def _surface(op: ir.Operation, surface: Surface, models: Models, types: TypeMapper) -> TsSurface:
    path_args = [TsParam(name, types.ts_type(p.type, "m.")) for name, p in surface.path_args]
    wire = [p.name for _, p in surface.path_args]
    interface = models.surface_interface(op, surface)
    if interface is None:
        return TsSurface(path_args, None, None, wire)
    required = any(not prop.optional for prop in interface.properties)
    return TsSurface(path_args, TsParam("params", f"m.{interface.name}", optional=not required), interface, wire)


def _status_key(status: str) -> str:
    """The key of a declared error status in `OperationTypes[...].errors`: `404`, `"4XX"`, `default`."""
    if status.isdigit() or status == "default":
        return status
    return json.dumps(status)


def _response(response: ir.Response, types: TypeMapper) -> tuple[str, str]:
    """(how the runtime reads it, the result type) of one response."""
    kind = response_kind(response)
    if kind is not ResponseKind.JSON:
        return _RESPONSES[kind]
    assert response.type is not None
    return "json", types.ts_type(response.type, "m.")


def descriptor(api: ir.Api, op: ir.Operation, responses: Record, body_key: str | None) -> list[tuple[str, Any]]:
    """The fields of `OPERATIONS[operationId]`, in order, as data."""
    fields: list[tuple[str, Any]] = [
        ("operationId", op.operation_id), ("method", op.method), ("path", op.path),
    ]
    if op.host:
        fields.append(("host", op.host))
    fields.append(("params", [_param(p) for p in op.parameters]))
    if op.body is not None:
        fields.append(("requestContentType", op.body.content_type))
        if op.body.required:
            fields.append(("bodyRequired", True))
        if body_key is not None:
            fields.append(("bodyParam", body_key))
    security = operation_security(api, op)
    if security is not None:
        fields.append(("security", security))
    fields.append(("responses", responses))
    if op.pagination is not None:
        fields.append(("pagination", _pagination(op.pagination)))
    if op.waiter is not None:
        fields.append(("waiter", {"name": op.waiter.name, "field": op.waiter.field,
                                  "terminal": [str(v) for v in op.waiter.terminal]}))
    if tailable(op):
        assert op.tail is not None
        fields.append(("tail", {"name": op.tail.name, "param": op.tail.param, "value": str(op.tail.value)}))
    return fields


def _param(p: ir.Parameter) -> dict[str, Any]:
    data: dict[str, Any] = {"name": p.name, "location": p.location}
    if p.required:
        data["required"] = True
    default_style = "simple" if p.location in ("path", "header") else "form"
    if p.style != default_style:
        data["style"] = p.style
    if p.explode != (p.style == "form"):
        data["explode"] = p.explode
    return data


def _pagination(pagination: ir.Pagination) -> dict[str, Any]:
    """The paging descriptor: the runtime's one pager reads it (no per-style code here)."""
    data: dict[str, Any] = {"style": pagination.style, "items": list(pagination.items_path)}
    for key, value in (("param", pagination.param), ("sizeParam", pagination.size_param)):
        if value:
            data[key] = value
    for key, path in (("next", pagination.next_path), ("total", pagination.total_path),
                      ("hasMore", pagination.has_more_path)):
        if path:
            data[key] = list(path)
    data["stop"] = list(pagination.stop)
    return data


def positional(params: list[tuple[str, str, bool]]) -> list[TsParam]:
    """Parameters in order: optional (`?`) only when every later one is optional too."""
    result = []
    for index, (name, annotation, required) in enumerate(params):
        later_required = any(r for _, _, r in params[index + 1:])
        nullable = "" if annotation in ("null", "RequestOptions") else " | null"
        if required:
            result.append(TsParam(name, annotation))
        elif later_required:
            result.append(TsParam(name, f"{annotation}{nullable} | undefined"))
        else:
            result.append(TsParam(name, f"{annotation}{nullable}", optional=True))
    return result


def _doc(op: ir.Operation) -> str:
    doc = operation_doc(op, f"`{op.method} {op.path}` (operationId `{op.operation_id}`)")
    if op.deprecated:
        doc += "\n\n@deprecated"
    return doc


def _first_sentence(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    match = re.match(r"(.+?[.!?])(\s|$)", line)
    return (match.group(1) if match else line)[:200]

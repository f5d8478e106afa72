"""The operations of the API as Go services: one service per resource (tag), one method per
operation, with its params structs, result type, helpers and descriptor."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import ir
from ...passes.responses import streams
from .descriptor import Descriptor, descriptor, response_spec
from .models import GoField
from .readme import GoExample, GoReadmeParam, operation_doc, readme_example, readme_params
from .security import GoSecurity
from .symbols import PARAMS_KINDS, GoSymbols, OperationSymbols, pages
from .text import go_string
from .types import GoTypes

_WHAT = {"PathParams": "path parameters", "Query": "query parameters", "Headers": "header parameters"}


@dataclass
class GoParamsStruct:
    name: str
    doc: str
    fields: list[GoField]  # ParamValues maps each field's wire name to it
    operation_id: str = ""  # ParamsOf: the operation and the OperationParams field it is for
    slot: str = ""


@dataclass
class GoOperation:
    operation_id: str
    method: str
    var: str
    doc: str
    http_method: str
    path: str
    summary: str
    result: str  # the Go result type
    descriptor: Descriptor
    path_struct: str | None
    query_struct: str | None
    headers_struct: str | None
    body_type: str | None
    body_required: bool
    iter_name: str | None = None
    iter_doc: str = ""
    item_type: str = ""
    wait_name: str | None = None
    wait_doc: str = ""
    tail_name: str | None = None
    tail_doc: str = ""
    readme_params: list[GoReadmeParam] = field(default_factory=list)
    example: GoExample | None = None  # the README's OperationParams{...}
    deprecated: bool = False
    stream: bool = False  # answers with text/event-stream: the method ranges over events
    security: list[GoSecurity] = field(default_factory=list)


@dataclass
class GoResource:
    name: str  # the tag
    service: str
    accessor: str
    attr: str  # the Client field holding the service
    file: str
    doc: str  # of the service type
    accessor_doc: str
    operations: list[GoOperation] = field(default_factory=list)
    uses_iter: bool = False
    uses_time: bool = False  # a result or item type is (or holds) a time.Time


def build_resources(api: ir.Api, symbols: GoSymbols, security: dict[str, GoSecurity],
                    params_structs: list[GoParamsStruct]) -> list[GoResource]:
    """The services, in spec order; every params struct is appended to `params_structs`."""
    resources = []
    for resource, names in zip(api.resources, symbols.resources, strict=True):
        tagged = f"the operations tagged {go_string(resource.name)}"
        doc = f"{names.service} groups {tagged}."
        if resource.description.strip():
            doc += "\n\n" + resource.description.strip()
        view = GoResource(resource.name, names.service, names.accessor, names.attr, names.file, doc,
                          f"{names.accessor} returns the service of {tagged}.")
        for op, op_names in zip(resource.operations, names.operations, strict=True):
            view.operations.append(_operation(op, op_names, symbols, security, params_structs))
        view.uses_iter = any(o.iter_name or o.tail_name or o.stream for o in view.operations)
        view.uses_time = any(re.search(r"\btime\.", o.result + " " + o.item_type) for o in view.operations)
        resources.append(view)
    return resources


def _params_structs(op: ir.Operation, names: OperationSymbols, types: GoTypes) -> list[GoParamsStruct]:
    structs = []
    for suffix, locations in PARAMS_KINDS:
        name = names.structs[suffix]
        if name is None:
            continue
        params = [p for location in locations for p in op.params_in(location)]
        fields = []
        for go_name, p in zip(names.struct_fields[suffix], params, strict=True):
            required = p.required or p.location == "path"
            doc = f"{p.name} ({p.location}{', required' if required else ''})"
            doc += f": {p.description}" if p.description.strip() else "."
            fields.append(GoField(go_name, p.name, types.field_type(p.type, required), "", doc))
        doc = f"{name} are the {_WHAT[suffix]} of {names.method}, for OperationParams.{suffix}."
        structs.append(GoParamsStruct(name, doc, fields, op.operation_id, suffix))
    return structs


def _operation(op: ir.Operation, names: OperationSymbols, symbols: GoSymbols, security: dict[str, GoSecurity],
               params_structs: list[GoParamsStruct]) -> GoOperation:
    types = symbols.types
    params_structs.extend(_params_structs(op, names, types))
    schemes = [security[name] for name in op.security if name in security]
    body_type = types.type_expr(op.body.type) if op.body is not None else None
    method = names.method
    view = GoOperation(
        operation_id=op.operation_id,
        method=method,
        var=names.var,
        doc=operation_doc(op, method, names.structs, body_type),
        http_method=op.method,
        path=op.path,
        summary=op.summary.strip() or op.description.strip().split("\n")[0],
        result=result_type(op, types),
        descriptor=descriptor(op, types, [s.var for s in schemes]),
        path_struct=names.structs["PathParams"],
        query_struct=names.structs["Query"],
        headers_struct=names.structs["Headers"],
        body_type=body_type,
        body_required=op.body is not None and op.body.required,
        deprecated=op.deprecated,
        stream=streams(op),
        security=schemes,
    )
    pagination = pages(op)
    if names.iter is not None and pagination is not None:
        view.item_type = types.elem_expr(pagination.item_type)
        view.iter_name = names.iter
        view.iter_doc = (f"{view.iter_name} ranges over every item of {method} across all pages "
                         f"({pagination.style} pagination), fetching each page when the loop needs it. "
                         "An error ends the sequence.")
    if names.wait is not None and op.waiter is not None:
        view.wait_name = names.wait
        view.wait_doc = (f"{view.wait_name} polls {method} until {op.waiter.field} is "
                         f"{', '.join(op.waiter.terminal)}, and returns that last result. WithPollInterval "
                         "and WithWaitTimeout tune it; it gives up with a *WaiterTimeoutError.")
    if names.tail is not None and op.tail is not None and pagination is not None:
        view.item_type = types.elem_expr(pagination.item_type)
        view.tail_name = names.tail
        view.tail_doc = (f"{view.tail_name} follows {method} with {op.tail.param}={op.tail.value}: it yields "
                         "each new item, passes the previous page's cursor and polls again about every two "
                         "seconds (WithPollInterval). Cancel ctx or leave the loop to stop.")
    view.readme_params = readme_params(op, types)
    view.example = readme_example(view.readme_params, body_type)
    return view


def result_type(op: ir.Operation, types: GoTypes) -> str:
    """The Go type a call returns: one type when every success reads as it, else any."""
    if streams(op):
        return "iter.Seq2[ServerSentEvent, error]"
    results: list[str] = []
    empty = redirect = False
    for response in op.success_responses:
        spec = response_spec(types, response)
        if spec.kind == "core.ResponseRedirect":
            redirect = True
        elif spec.kind == "core.ResponseEmpty":
            empty = True
        elif spec.kind == "core.ResponseText":
            results.append("string")
        elif spec.kind == "core.ResponseBinary":
            results.append("[]byte")
        elif spec.new is None:
            results.append("any")
        else:
            results.append(types.pointer_result(response.type, spec.new))
    distinct = list(dict.fromkeys(results))
    if redirect:
        return "*Redirect" if not distinct and not empty else "any"
    if not distinct:
        return "EmptyResult" if empty else "any"
    return distinct[0] if len(distinct) == 1 else "any"

"""Operations as data: the descriptor the runtime reads (`_operations.py`) and the methods of each
resource class, with no Python source built here. The templates print these with `py_literal`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ... import ir
from ...passes.docs import operation_doc
from ...passes.responses import ResponseKind, response_kind
from ...passes.types import is_object_like
from .literals import PyCall
from .mechanics import operation_extras
from .models import PyTypedDict, typed_dict
from .security import PyScheme, operation_security
from .symbols import OperationSymbols, PythonSymbols
from .types import TypeMapper, scalar_kind

# (runtime type expression, return annotation) of a response that is not JSON.
_RESPONSE_TYPES = {
    ResponseKind.REDIRECT: ("RedirectResult", "RedirectResult"),
    ResponseKind.EMPTY: ("None", "EmptyResult"),
    ResponseKind.EVENT_STREAM: ("ServerSentEvent", "EventStream"),
    ResponseKind.TEXT: ("str", "str"),
    ResponseKind.BINARY: ("bytes", "bytes"),
}


@dataclass(frozen=True)
class PyArg:
    """One parameter of a generated method: `name: annotation`, with `= None` when `optional`."""

    name: str
    annotation: str
    optional: bool = False


@dataclass
class PyOperation:
    operation_id: str
    method_name: str
    doc: str
    http_method: str
    path: str
    symbols: OperationSymbols
    body_required: bool
    return_annotation: str
    params: list[PyCall]  # Param(...) calls
    content_type: str | None
    responses: list[tuple[str, str]]  # (status, runtime type expression)
    pagination: PyCall | None
    waiter: ir.Waiter | None
    tail: PyCall | None
    item_annotation: str | None
    signature: list[PyArg]  # positional: path_params, query, body
    iter_signature: list[PyArg]  # positional: path_params, query
    keywords: list[PyArg]  # keyword-only, after `*`: headers, options
    path_annotation: str = "None"
    has_headers: bool = False  # header parameters travel with the query; the runtime routes them
    streams: bool = False  # answers with server-sent events: returns an event stream
    security: list[str] | None = None  # the schemes it accepts; None: the API declares none
    host: str = ""  # the key of the base URL it goes to; "": the client's base_url
    # Descriptor keywords of the platform mechanics (tenant_scoped, session, resume): (name, value).
    extras: list[tuple[str, Any]] = field(default_factory=list)


@dataclass
class PyResource:
    attr: str
    module: str
    class_name: str
    async_class_name: str
    doc: str
    operations: list[PyOperation] = field(default_factory=list)


class OperationBuilder:
    """Resources and their operations, from the symbols and types already decided."""

    def __init__(self, api: ir.Api, symbols: PythonSymbols, types: TypeMapper, schemes: list[PyScheme]) -> None:
        self.api = api
        self.symbols = symbols
        self.types = types
        self.schemes = schemes
        self.typed_dicts: list[PyTypedDict] = []

    def resources(self) -> list[PyResource]:
        result = []
        for resource in self.api.resources:
            names = self.symbols.resources[resource.name]
            view = PyResource(names.attr, names.attr, names.class_name, names.async_class_name, resource.description)
            view.operations = [self.operation(op) for op in resource.operations]
            result.append(view)
        return result

    def _typed_dict(self, op: ir.Operation, location: str, name: str | None) -> PyTypedDict | None:
        td = typed_dict(op, location, name, self.types)
        if td is not None:
            self.typed_dicts.append(td)
        return td

    def operation(self, op: ir.Operation) -> PyOperation:
        names = self.symbols.operations[op.operation_id]
        path_td = self._typed_dict(op, "path", names.path_params)
        query_td = self._typed_dict(op, "query", names.query)
        headers_td = self._typed_dict(op, "header", names.headers)
        body_annotation = self.body_annotation(op.body) if op.body is not None else "None"
        responses, return_annotation, streams = self.responses_of(op)
        path_annotation = "m." + path_td.name if path_td else "None"
        query_annotation = "m." + query_td.name if query_td else "None"
        keywords = [PyArg("headers", "m." + headers_td.name + " | None", True)] if headers_td else []
        keywords.append(PyArg("options", "RequestOptions | None", True))
        pages = op.pagination
        return PyOperation(
            operation_id=op.operation_id,
            method_name=names.method,
            doc=operation_doc(op, op.method + " " + op.path),
            http_method=op.method,
            path=op.path,
            symbols=names,
            body_required=op.body is not None and op.body.required,
            return_annotation=return_annotation,
            params=[_param(p, self.api.models) for p in op.parameters],
            content_type=op.body.content_type if op.body else None,
            responses=responses,
            pagination=_pagination(pages),
            waiter=op.waiter,
            tail=_tail(op.tail) if names.tail and op.tail else None,
            item_annotation=self.types.annotation(pages.item_type, "m.") if pages else None,
            signature=_positional([
                ("path_params", path_annotation, path_td is not None),
                ("query", query_annotation, any(p.required for p in op.params_in("query"))),
                ("body", body_annotation, op.body is not None and op.body.required),
            ]),
            iter_signature=_positional([
                ("path_params", path_annotation, path_td is not None),
                ("query", query_annotation, False),
            ]),
            keywords=keywords,
            path_annotation=path_annotation,
            has_headers=headers_td is not None,
            streams=streams,
            security=operation_security(self.api, self.schemes, op),
            host=op.host,
            extras=operation_extras(op),
        )

    def responses_of(self, op: ir.Operation) -> tuple[list[tuple[str, str]], str, bool]:
        """(status, runtime type) per response, the return annotation, and whether it streams."""
        responses = []
        returns: list[str] = []
        for response in op.responses:
            expression, annotation = self._response_types(response)
            responses.append((response.status, expression))
            if response.is_success and annotation not in returns:
                returns.append(annotation)
        if "EventStream" in returns:
            return responses, "EventStream", True  # the async resource says AsyncEventStream
        if not returns or "Any" in returns:
            return responses, "Any", False
        return responses, " | ".join(returns), False

    def body_annotation(self, body: ir.Body) -> str:
        annotation = self.types.annotation(body.type, "m.")
        if (is_object_like(self.api.models, body.type) or isinstance(body.type, ir.AnyType)) and annotation != "Any":
            annotation += " | Mapping[" + self.types.builtin("str") + ", Any]"
        return annotation

    def _response_types(self, response: ir.Response) -> tuple[str, str]:
        """(runtime type expression, return annotation) for one response."""
        kind = response_kind(response)
        if kind is not ResponseKind.JSON:
            return _RESPONSE_TYPES[kind]
        assert response.type is not None
        annotation = self.types.annotation(response.type, "m.")
        return annotation, annotation


def _tail(tail: ir.Tail) -> PyCall:
    return PyCall("Tail", (str(tail.name), str(tail.param), str(tail.value)))


def _param(p: ir.Parameter, models: Mapping[str, ir.Model]) -> PyCall:
    options: tuple[tuple[str, Any], ...] = (("required", p.required), ("style", str(p.style)), ("explode", p.explode))
    # Header and cookie values are strings on the surface, whatever their schema says.
    kind = "string" if p.location in ("header", "cookie") else scalar_kind(models, p.type)
    if kind is not None:
        options += (("kind", kind),)
    return PyCall("Param", (str(p.name), str(p.location)), options)


def _pagination(p: ir.Pagination | None) -> PyCall | None:
    """The descriptor as data: the runtime's one pager reads it (no per-style code here)."""
    if p is None:
        return None
    kwargs: list[tuple[str, Any]] = [("style", p.style), ("items", tuple(p.items_path))]
    kwargs += [(key, value) for key, value in (("param", p.param), ("size_param", p.size_param)) if value is not None]
    kwargs += [(key, tuple(value)) for key, value in (("next", p.next_path), ("total", p.total_path),
                                                       ("has_more", p.has_more_path)) if value]
    kwargs.append(("stop", tuple(p.stop)))
    return PyCall("Pagination", (), tuple(kwargs))


def _positional(params: list[tuple[str, str, bool]]) -> list[PyArg]:
    """Required while every one so far is required; `... | None = None` from the first optional on."""
    result = []
    required_so_far = True
    for name, annotation, required in params:
        if required and required_so_far:
            result.append(PyArg(name, annotation))
            continue
        required_so_far = False
        result.append(PyArg(name, annotation if annotation == "None" else annotation + " | None", True))
    return result

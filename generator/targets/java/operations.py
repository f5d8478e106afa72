"""Resources and operations as the templates read them: names, result types, typed parameters and
the descriptor data of each operation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ... import ir
from ...passes.docs import operation_text
from ...passes.pagination import paging_in
from .descriptor import Descriptor, descriptor, result_type
from .imports import resource_imports, sorted_imports
from .symbols import JavaSymbols, OperationNames
from .types import PAGED_STYLES, STRING, JType

if TYPE_CHECKING:
    from .surface import JNamespace


@dataclass
class JParam:
    name: str
    wire: str
    location: str  # path, query, header, cookie
    type: JType
    required: bool
    doc: str


@dataclass
class JParams:
    name: str
    params: list[JParam]
    body: JType | None
    body_required: bool
    imports: list[str]

    @property
    def path_params(self) -> list[JParam]:
        return [p for p in self.params if p.location == "path"]

    @property
    def other_params(self) -> list[JParam]:
        return [p for p in self.params if p.location != "path"]

    @property
    def required(self) -> list[JParam]:
        return [p for p in self.params if p.required]


@dataclass
class JOperation:
    operation_id: str
    method_name: str
    async_name: str
    constant: str
    factory: str
    http_method: str
    path: str
    summary: str
    doc: str
    deprecated: bool
    result: str  # Java result type
    params: JParams | None
    path_names: list[str]  # wire names
    query_names: list[str]
    header_names: list[str]
    body_type: str | None  # the body's Java type; None without a body
    body_is_model: bool  # the body is a model class (a map with wire keys is taken too)
    body_required: bool
    descriptor: Descriptor
    iterate_name: str | None
    item_type: str | None
    wait_name: str | None
    wait_async_name: str | None
    waiter_field: str
    waiter_terminal: list[str]
    tail_name: str | None
    streams: bool = False  # a success answers with server-sent events: calls return an EventStream


@dataclass
class JResource:
    accessor: str
    class_name: str
    doc: str
    operations: list[JOperation] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)
    namespace: JNamespace | None = None  # the friendly surface's namespace of the same accessor


class JavaOperations:
    """Every resource of the API with its operations, and the typed parameter classes they take."""

    def __init__(self, symbols: JavaSymbols) -> None:
        self.symbols = symbols
        self.package = symbols.package
        self.params_classes: list[JParams] = []
        self.resources: list[JResource] = []
        for resource, names in zip(symbols.api.resources, symbols.resources, strict=True):
            view = JResource(names.accessor, names.class_name, resource.description)
            view.operations = [self._operation(op, op_names)
                               for op, op_names in zip(resource.operations, names.operations, strict=True)]
            view.imports = resource_imports(view, self.package, symbols.class_names)
            self.resources.append(view)

    def _operation(self, op: ir.Operation, names: OperationNames) -> JOperation:
        result = result_type(self.symbols, op)
        params = self._params_class(op, names.params_class)
        item_type = None
        if (pg := paging_in(op, PAGED_STYLES)) is not None:
            item_type = self.symbols.jtype(pg.item_type).text
        if names.tail is not None:
            item_type = item_type or "Object"
        body_type = self.symbols.jtype(op.body.type).text if op.body is not None else None
        return JOperation(
            operation_id=op.operation_id,
            method_name=names.method,
            async_name=names.async_method,
            constant=names.constant,
            factory=names.factory,
            http_method=op.method,
            path=op.path,
            summary=op.summary,
            doc=operation_text(op),
            deprecated=op.deprecated,
            result=result,
            params=params,
            path_names=[p.name for p in op.params_in("path")],
            query_names=[p.name for p in op.params_in("query")],
            header_names=[p.name for p in op.parameters if p.location in ("header", "cookie")],
            body_type=body_type,
            body_is_model=body_type in self.symbols.class_names.values(),
            body_required=op.body is not None and op.body.required,
            descriptor=descriptor(self.symbols, op),
            iterate_name=names.iterate,
            item_type=item_type,
            wait_name=names.wait,
            wait_async_name=names.wait_async,
            waiter_field=op.waiter.field if op.waiter else "",
            waiter_terminal=list(op.waiter.terminal) if op.waiter else [],
            tail_name=names.tail,
            streams=result == "EventStream",
        )

    def _params_class(self, op: ir.Operation, name: str | None) -> JParams | None:
        if name is None:
            return None
        params = []
        imports: set[str] = {"java.util.LinkedHashMap", "java.util.Map", "java.util.Objects",
                             f"{self.package}.core.CallParams"}
        for p, attr in zip(op.parameters, self.symbols.param_names(op.parameters), strict=True):
            jt = self.symbols.jtype(p.type)
            if p.location in ("header", "cookie") and jt.kind in ("OBJECT", "ARRAY", "ANY"):
                jt = STRING
            imports |= jt.imports
            params.append(JParam(attr, p.name, p.location, jt, p.required, p.description))
        if any(not p.required for p in params):
            imports.add("java.util.Optional")
        if any(p.required for p in params) or (op.body is not None and op.body.required):
            imports.add(f"{self.package}.core.Checks")
        body = None
        if op.body is not None:
            body = self.symbols.jtype(op.body.type)
            imports |= body.imports
        view = JParams(name, params, body, op.body is not None and op.body.required,
                       sorted_imports(imports, self.package, ".params"))
        self.params_classes.append(view)
        return view

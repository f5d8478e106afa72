"""Operations as data: each one's descriptor (params, body, responses, pagination, waiter, tail,
security) as neutral values the literal filter prints into OPERATIONS, and the names and
signatures of its resource methods."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ... import ir
from ...passes.docs import operation_doc
from ...passes.pagination import paging_in
from ...passes.responses import ResponseKind, response_kind, streams
from .docs import OperationDocs, operation_docs
from .literals import WIDTH, Call, Frozen, KeyPath, Sym, WordArray, comment_lines
from .methods import RbMethod, RbNode
from .security import operation_security
from .symbols import PAGED_STYLES, OperationSymbols, RubySymbols
from .types import RubyTypes

# The Serde description of a response that is neither JSON nor an event stream.
_RESPONSE_TYPES = {ResponseKind.EMPTY: None, ResponseKind.TEXT: Sym("string"), ResponseKind.BINARY: Sym("binary")}
_RESPONSE_YARD = {ResponseKind.EMPTY: "Hash{}", ResponseKind.TEXT: "String", ResponseKind.BINARY: "String"}


@dataclass
class RbOperation:
    operation_id: str
    method_name: str
    http_method: str
    path: str
    doc: list[str]  # comment lines
    params: list[Call]  # Param.new(...)
    content_type: str | None
    body_required: bool
    responses: list[tuple[str, Any]]  # (status, Serde description)
    pagination: list[tuple[str, Any]] | None  # keyword arguments of Pagination.new
    waiter: Call | None
    tail: Call | None
    signature: list[tuple[str, bool]]  # (keyword, required), the required ones first
    each_name: str | None
    each_signature: list[tuple[str, bool]]
    item_type: str  # YARD type of one item
    wait_name: str | None
    tail_name: str | None
    return_type: str  # YARD
    docs: OperationDocs
    security: Any = None  # the SecuritySchemes it accepts (nil: the API declares none)
    arguments: list[Call] = field(default_factory=list)  # of its resource method
    friendly: RbMethod | None = None  # its resource method
    streams: bool = False  # a success response is text/event-stream
    host: str = ""  # the key of the host it goes to ("": the client's base_url)
    tenant_scoped: bool = False  # the client's tenant goes in the API's tenant header
    session: Call | None = None  # SessionRole.new(...): what it does to the client's session
    resume: Call | None = None  # Resume.new(...): how its event stream is resumed

    def tail_fields(self) -> list[tuple[str, Any]]:
        """The keyword arguments of Operation.new after `arguments`, only those set (so that an
        operation without them prints as before)."""
        fields: list[tuple[str, Any]] = []
        if self.host:
            fields.append(("host", self.host))
        if self.tenant_scoped:
            fields.append(("tenant_scoped", True))
        if self.session is not None:
            fields.append(("session", self.session))
        if self.resume is not None:
            fields.append(("resume", self.resume))
        return fields


@dataclass
class RbResource:
    attr: str
    class_name: str
    file: str
    doc: str
    operations: list[RbOperation] = field(default_factory=list)
    surface: RbNode = field(default_factory=RbNode)  # the friendly methods and nested accessors
    accessor: bool = True  # the client has a reader for it (else a resource class has)


def keywords(params: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Keyword parameters, the required ones first (as Ruby style wants)."""
    return [p for p in params if p[1]] + [p for p in params if not p[1]]


def pagination_arguments(p: ir.Pagination | None) -> list[tuple[str, Any]] | None:
    """The descriptor as data (keyword arguments of Pagination.new): the runtime's one pager reads it."""
    if p is None:
        return None
    args: list[tuple[str, Any]] = [("style", p.style), ("items", KeyPath(p.items_path))]
    args += [(key, value) for key, value in (("param", p.param), ("size_param", p.size_param)) if value]
    args += [(key, KeyPath(value)) for key, value in (("next_path", p.next_path), ("total", p.total_path),
                                                     ("has_more", p.has_more_path)) if value]
    args.append(("stop", KeyPath(p.stop)))
    return args


def session_role(role: ir.SessionRole | None) -> Call | None:
    """The SessionRole.new of an operation's x-sdkgen-session, only the parts it sets."""
    if role is None:
        return None
    kwargs: list[tuple[str, Any]] = [("role", role.role)]
    kwargs += [(key, KeyPath(path)) for key, path in (("access_token", role.access_token_path),
                                                       ("refresh_token", role.refresh_token_path),
                                                       ("expires_in", role.expires_in_path)) if path]
    if role.request_field:
        kwargs.append(("request_field", role.request_field))
    return Call("SessionRole.new", kwargs=tuple(kwargs))


class OperationBuilder:
    def __init__(self, api: ir.Api, symbols: RubySymbols, types: RubyTypes) -> None:
        self.api = api
        self.symbols = symbols
        self.types = types
        self.module = symbols.module

    def build(self) -> list[RbResource]:
        resources = []
        for resource, names in zip(self.api.resources, self.symbols.resources, strict=True):
            view = RbResource(names.attr, names.class_name, names.file, resource.description)
            for op, op_names in zip(resource.operations, names.operations, strict=True):
                view.operations.append(self._operation(op, op_names, names.attr))
            resources.append(view)
        return resources

    def response_type(self, response: ir.Response) -> tuple[Any, str]:
        """(Serde description for the runtime, YARD return type) of one response."""
        kind = response_kind(response)
        if kind is ResponseKind.REDIRECT:
            return None, self.module + "::RedirectResult"
        if kind is ResponseKind.EVENT_STREAM:
            return Sym("event_stream"), "Array<" + self.module + "::ServerSentEvent>"
        if kind is not ResponseKind.JSON:
            return _RESPONSE_TYPES[kind], _RESPONSE_YARD[kind]
        assert response.type is not None
        return self.types.type_expr(response.type), self.types.yard_type(response.type)

    @staticmethod
    def _param(p: ir.Parameter) -> Call:
        return Call("Param.new", kwargs=(("name", p.name), ("location", p.location), ("required", p.required),
                                         ("style", p.style), ("explode", p.explode)))

    @staticmethod
    def _helpers(op: ir.Operation, names: OperationSymbols) -> tuple[Call | None, Call | None]:
        """The waiter and tail descriptors (a tail only where the method has one)."""
        tail = None
        if names.tail is not None and op.tail is not None:
            tail = Call("Tail.new", kwargs=(("name", op.tail.name), ("param", op.tail.param),
                                            ("value", op.tail.value)))
        waiter = None
        if op.waiter is not None:
            waiter = Call("Waiter.new", kwargs=(("name", op.waiter.name), ("field", op.waiter.field),
                                                ("terminal", Frozen(WordArray(tuple(op.waiter.terminal))))))
        return waiter, tail

    def _operation(self, op: ir.Operation, names: OperationSymbols, resource: str) -> RbOperation:
        responses = []
        returns: list[str] = []
        for response in op.responses:
            expr, yard = self.response_type(response)
            responses.append((response.status, expr))
            if response.is_success and yard not in returns:
                returns.append(yard)
        errors = sorted({r.status for r in op.responses if not r.is_success and r.status != "default"})
        has_path = bool(op.params_in("path"))
        query_required = any(p.required for p in op.params_in("query"))
        body_required = op.body is not None and op.body.required
        waiter, tail = self._helpers(op, names)
        pg = paging_in(op, PAGED_STYLES)
        is_stream = streams(op)
        return_type = ", ".join(returns) if returns else "Object"
        if is_stream:
            return_type = "Enumerator<" + self.module + "::ServerSentEvent>, nil"
        docs = operation_docs(self.types, op, names.method, "client." + resource + "." + names.method,
                              return_type, errors, is_stream)
        return RbOperation(
            operation_id=op.operation_id,
            method_name=names.method,
            http_method=op.method,
            path=op.path,
            doc=comment_lines(operation_doc(op, op.method + " " + op.path), WIDTH - 6 - 2),
            params=[self._param(p) for p in op.parameters],
            content_type=op.body.content_type if op.body else None,
            body_required=body_required,
            responses=responses,
            pagination=pagination_arguments(pg),
            waiter=waiter,
            tail=tail,
            signature=keywords([("path_params", has_path), ("query", query_required), ("body", body_required),
                                ("headers", False), ("options", False)]),
            each_name=names.each,
            each_signature=keywords([("path_params", has_path), ("query", query_required), ("headers", False),
                                     ("options", False)]),
            item_type=self.types.yard_type(pg.item_type) if pg else "Object",
            wait_name=names.wait,
            tail_name=names.tail,
            return_type=return_type,
            docs=docs,
            security=operation_security(self.api, op),
            streams=is_stream,
            host=op.host,
            tenant_scoped=op.tenant_scoped and self.api.tenant is not None,
            session=session_role(op.session),
            resume=None if op.resume is None or not is_stream else Call("Resume.new", kwargs=(
                ("header", op.resume.header), ("max_reconnects", op.resume.max_reconnects),
                ("retry_ms", op.resume.retry_ms))),
        )

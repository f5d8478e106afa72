"""An operation as data: the neutral descriptor the runtime's one request loop reads.

Each field is a plain value (str, bool, list or dict of strings) or the name of a runtime
constant; the templates print them with `go_value` and the macros of `_descriptor.jinja`, so no
Go is written here."""

from __future__ import annotations

from dataclasses import dataclass, field

from ... import ir
from ...passes.responses import ResponseKind, response_kind
from .security import IN_CONST
from .symbols import tailable
from .types import GoTypes

_STYLE_OF = {"path": "simple", "header": "simple", "query": "form", "cookie": "form"}
# The runtime's reading of each kind of response.
RESPONSE_KINDS = {
    ResponseKind.JSON: "core.ResponseJSON",
    ResponseKind.REDIRECT: "core.ResponseRedirect",
    ResponseKind.EMPTY: "core.ResponseEmpty",
    ResponseKind.EVENT_STREAM: "core.ResponseEventStream",
    ResponseKind.TEXT: "core.ResponseText",
    ResponseKind.BINARY: "core.ResponseBinary",
}


@dataclass
class ParamSpec:
    name: str
    location: str  # the runtime's constant (core.InPath, ...)
    required: bool
    style: str
    explode: bool
    type: str = ""  # the scalar type a value must read as (integer, number, boolean); "" for any


@dataclass
class ResponseSpec:
    status: str
    kind: str  # the runtime's constant (core.ResponseJSON, ...)
    new: str | None  # the Go type a JSON body decodes into; None for any


@dataclass
class PaginationSpec:
    style: str
    items: list[str]
    param: str | None
    size_param: str | None
    next: list[str]
    total: list[str]
    has_more: list[str]
    stop: list[str]


@dataclass
class WaiterSpec:
    name: str
    field: str
    terminal: list[str]


@dataclass
class TailSpec:
    name: str
    param: str
    value: str


@dataclass
class SessionSpec:
    role: str
    access_token: list[str]
    refresh_token: list[str]
    expires_in: list[str]
    request_field: str


@dataclass
class ResumeSpec:
    header: str
    max_reconnects: int
    retry_ms: int


@dataclass
class Descriptor:
    id: str
    method: str
    path: str
    params: list[ParamSpec]
    responses: list[ResponseSpec]
    content_type: str | None = None
    body_required: bool = False
    pagination: PaginationSpec | None = None
    waiter: WaiterSpec | None = None
    tail: TailSpec | None = None
    security: list[str] = field(default_factory=list)  # vars of the schemes it accepts, in order
    errors: list[ResponseSpec] = field(default_factory=list)  # declared error statuses with a JSON body
    host: str = ""  # the key of the host it is sent to; "" for the base URL
    tenant_scoped: bool = False  # the client's tenant option fills the API's tenant header here
    session: SessionSpec | None = None  # what it does to the client's session (x-sdkgen-session)
    resume: ResumeSpec | None = None  # how a broken event stream is resumed (x-sdkgen-resume)


def response_spec(types: GoTypes, response: ir.Response) -> ResponseSpec:
    kind = response_kind(response)
    new = None
    if kind is ResponseKind.JSON:
        assert response.type is not None
        go_type = types.type_expr(response.type)
        new = None if go_type == "any" else go_type
    return ResponseSpec(str(response.status), RESPONSE_KINDS[kind], new)


def descriptor(op: ir.Operation, types: GoTypes, security_vars: list[str]) -> Descriptor:
    """The operation's descriptor: its parameters, the successes and the default it reads, and
    the optional body, pagination, waiter, tail and security."""
    spec = Descriptor(
        str(op.operation_id), str(op.method), str(op.path),
        [ParamSpec(str(p.name), IN_CONST[p.location], p.required or p.location == "path",
                   str(p.style or _STYLE_OF[p.location]), bool(p.explode), _checked_type(p.type))
         for p in op.parameters],
        [response_spec(types, r) for r in op.responses if r.is_success or r.status == "default"],
        security=security_vars,
        errors=[spec for spec in (response_spec(types, r) for r in op.responses
                                  if not r.is_success and r.status != "default")
                if spec.new is not None],
        host=str(op.host),
        tenant_scoped=bool(op.tenant_scoped),
    )
    if op.body is not None:
        spec.content_type = str(op.body.content_type)
        spec.body_required = op.body.required
    paging = op.pagination
    if paging is not None:
        spec.pagination = PaginationSpec(str(paging.style), list(paging.items_path), _text(paging.param),
                                         _text(paging.size_param), list(paging.next_path),
                                         list(paging.total_path), list(paging.has_more_path),
                                         list(paging.stop))
    if op.waiter is not None:
        spec.waiter = WaiterSpec(str(op.waiter.name), str(op.waiter.field), [str(v) for v in op.waiter.terminal])
    if op.session is not None:
        role = op.session
        spec.session = SessionSpec(str(role.role), list(role.access_token_path), list(role.refresh_token_path),
                                   list(role.expires_in_path), str(role.request_field))
    if op.resume is not None:
        spec.resume = ResumeSpec(str(op.resume.header), int(op.resume.max_reconnects), int(op.resume.retry_ms))
    if tailable(op) and op.tail is not None:
        spec.tail = TailSpec(str(op.tail.name), str(op.tail.param), str(op.tail.value))
    return spec


def _text(value: object) -> str | None:
    """An optional name as text; None when it is absent or empty."""
    return str(value) if value else None


_CHECKED = ("integer", "number", "boolean")


def _checked_type(t: ir.Type) -> str:
    """The scalar type the runtime checks a parameter's values against: a primitive integer,
    number or boolean, or a list of one; "" for anything else (strings take any value)."""
    if isinstance(t, ir.ArrayType):
        t = t.item
    if isinstance(t, ir.Primitive) and t.name in _CHECKED:
        return str(t.name)
    return ""

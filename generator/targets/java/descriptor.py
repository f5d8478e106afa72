"""An operation's descriptor as neutral data: parameters, body, security, responses, pagination,
waiter and tail. Operations.java.jinja prints it as the runtime's `Operation` builder chain, every
value through the one literal filter (`java_value`)."""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir
from ...passes.pagination import paging_in
from ...passes.responses import ResponseKind, response_kind
from .security import SchemeSpec, operation_security
from .symbols import JavaSymbols
from .types import PAGED_STYLES, JType

# The runtime's reading of a response that is not JSON.
RESPONSE_KINDS = {
    ResponseKind.REDIRECT: "REDIRECT",
    ResponseKind.EMPTY: "EMPTY",
    ResponseKind.EVENT_STREAM: "EVENTS",
    ResponseKind.TEXT: "TEXT",
    ResponseKind.BINARY: "BYTES",
}


@dataclass(frozen=True)
class ParamSpec:
    wire: str
    location: str  # PATH, QUERY, HEADER, COOKIE
    required: bool
    style: str
    explode: bool


@dataclass(frozen=True)
class BodySpec:
    content_type: str
    required: bool


@dataclass
class ResponseSpec:
    status: str
    kind: str  # JSON, EMPTY, REDIRECT, EVENTS, TEXT, BYTES
    type: JType | None  # the decoded type of a JSON response


@dataclass
class PagingSpec:
    style: str  # Operation.PageStyle constant
    item: JType
    items: tuple[str, ...]
    param: str | None
    size_param: str | None
    next: tuple[str, ...]
    total: tuple[str, ...]
    has_more: tuple[str, ...]
    stop: tuple[str, ...]


@dataclass
class WaiterSpec:
    name: str
    field: str
    terminal: tuple[str, ...]


@dataclass
class TailSpec:
    name: str
    param: str
    value: str


@dataclass
class SessionSpec:
    kind: str  # Operation.SessionKind constant
    access_token: tuple[str, ...]
    refresh_token: tuple[str, ...]
    expires_in: tuple[str, ...]
    request_field: str


@dataclass
class ResumeSpec:
    header: str
    max_reconnects: int
    retry_ms: int


@dataclass
class Descriptor:
    params: list[ParamSpec]
    body: BodySpec | None
    security: list[SchemeSpec] | None  # None: the API declares no schemes
    responses: list[ResponseSpec]
    paging: PagingSpec | None
    waiter: WaiterSpec | None
    tail: TailSpec | None
    host: str = ""  # "" = the client's base URL, else the key of another host (ir.Host.key)
    tenant_scoped: bool = False  # the client's tenant id goes in the API's tenant header (ir.Api.tenant)
    session: SessionSpec | None = None  # x-sdkgen-session: login, refresh or logout
    resume: ResumeSpec | None = None  # x-sdkgen-resume: how a broken event stream is resumed


def response_spec(symbols: JavaSymbols, response: ir.Response) -> ResponseSpec:
    kind = response_kind(response)
    if kind is not ResponseKind.JSON:
        return ResponseSpec(response.status, RESPONSE_KINDS[kind], None)
    assert response.type is not None
    return ResponseSpec(response.status, "JSON", symbols.jtype(response.type))


def _paging(symbols: JavaSymbols, op: ir.Operation) -> PagingSpec | None:
    pg = paging_in(op, PAGED_STYLES)
    if pg is None:
        return None
    return PagingSpec(pg.style.upper(), symbols.jtype(pg.item_type), tuple(pg.items_path), pg.param or None,
                      pg.size_param or None, tuple(pg.next_path or ()), tuple(pg.total_path or ()),
                      tuple(pg.has_more_path or ()), tuple(pg.stop))


def descriptor(symbols: JavaSymbols, op: ir.Operation) -> Descriptor:
    """What the runtime needs to call `op`."""
    params = [ParamSpec(p.name, p.location.upper(), p.required, p.style, p.explode) for p in op.parameters]
    body = BodySpec(op.body.content_type, op.body.required) if op.body is not None else None
    waiter = WaiterSpec(op.waiter.name, op.waiter.field, tuple(op.waiter.terminal)) if op.waiter else None
    tail = TailSpec(op.tail.name, op.tail.param, op.tail.value) if op.tail else None
    return Descriptor(params, body, operation_security(symbols.api, op, symbols.signature_constants),
                      [response_spec(symbols, r) for r in op.responses], _paging(symbols, op), waiter, tail, op.host,
                      tenant_scoped=op.tenant_scoped and symbols.api.tenant is not None,
                      session=_session(op), resume=_resume(op))


def _session(op: ir.Operation) -> SessionSpec | None:
    role = op.session
    if role is None:
        return None
    return SessionSpec(role.role.upper(), tuple(role.access_token_path), tuple(role.refresh_token_path),
                       tuple(role.expires_in_path), role.request_field)


def _resume(op: ir.Operation) -> ResumeSpec | None:
    resume = op.resume
    return ResumeSpec(resume.header, resume.max_reconnects, resume.retry_ms) if resume is not None else None


_RESULTS = {"REDIRECT": "RedirectResult", "EMPTY": "EmptyResult", "TEXT": "String", "BYTES": "byte[]",
            "EVENTS": "EventStream"}


def result_type(symbols: JavaSymbols, op: ir.Operation) -> str:
    """The Java type a call of `op` returns: its one success type, else Object."""
    results: list[str] = []
    for response in op.success_responses:
        spec = response_spec(symbols, response)
        text = spec.type.text if spec.type is not None else _RESULTS[spec.kind]
        if text not in results:
            results.append(text)
    return results[0] if len(results) == 1 else "Object"

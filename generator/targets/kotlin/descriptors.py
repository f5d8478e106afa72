"""The generated `Operations` object as data: every operation's descriptor (method, path, params,
body, responses, pagination, waiter, tail, security) and the security schemes it refers to,
as neutral values that the one literal filter (`literal.kt_value`) prints. The runtime reads the
descriptor; no Kotlin is assembled here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ... import ir
from ...passes.pagination import paging_in
from ...passes.responses import ResponseKind, response_kind
from .literal import Call, Code, Named, Pair
from .symbols import PAGED_STYLES, SECURITY_KINDS, KotlinSymbols
from .types import KotlinTypes

# How the runtime reads a body that is not JSON, by the response's kind.
_RESPONSE_BODIES = {
    ResponseKind.REDIRECT: "ResponseBody.Redirect",
    ResponseKind.EMPTY: "ResponseBody.Empty",
    ResponseKind.EVENT_STREAM: "ResponseBody.EventStream",
    ResponseKind.TEXT: "ResponseBody.Text",
    ResponseKind.BINARY: "ResponseBody.Binary",
}
# A one-line call fits in this many columns (the caller's comma not counted).
_WIDTH = 83


@dataclass
class KtScheme:
    name: str  # the property in Operations
    doc: str
    call: Call  # the SecurityScheme(...) it holds


@dataclass
class KtOperationEntry:
    operation_id: str
    function: str
    call: Call  # the Operation(...) it returns


def security_schemes(api: ir.Api, symbols: KotlinSymbols) -> dict[str, KtScheme]:
    """The spec's security schemes of a kind the runtime knows, as properties of Operations."""
    schemes: dict[str, KtScheme] = {}
    for scheme in api.security_schemes:
        if scheme.name not in symbols.schemes:
            continue
        args: list[Any] = [scheme.name, Code("SecurityKind." + SECURITY_KINDS[scheme.kind])]
        if scheme.scheme:
            args.append(Named("scheme", scheme.scheme))
        if scheme.location in ("header", "query", "cookie"):
            args.append(Named("location", Code("ParamLocation." + scheme.location.upper())))
        if scheme.parameter_name:
            args.append(Named("parameterName", scheme.parameter_name))
        if scheme.token_url:
            args.append(Named("tokenUrl", scheme.token_url))
        if scheme.signature is not None:
            args.append(Named("signature", _signature(scheme.signature)))
        schemes[scheme.name] = KtScheme(symbols.schemes[scheme.name], scheme.description,
                                        Call("SecurityScheme", tuple(args), _WIDTH + 1))
    return schemes


class DescriptorBuilder:
    def __init__(self, api: ir.Api, types: KotlinTypes, schemes: dict[str, KtScheme]) -> None:
        self.api = api
        self.types = types
        self.schemes = schemes

    def entries(self) -> list[KtOperationEntry]:
        return [KtOperationEntry(op.operation_id, "operation" + str(index), self.descriptor(op))
                for index, op in enumerate(self.api.operations, start=1)]

    def descriptor(self, op: ir.Operation) -> Call:
        args: list[Any] = [Named("operationId", op.operation_id), Named("method", op.method), Named("path", op.path)]
        if op.parameters:
            args.append(Named("params", Call("listOf", tuple(_param(p) for p in op.parameters), 0)))
        if op.body is not None:
            args.append(Named("requestContentType", op.body.content_type))
            if op.body.required:
                args.append(Named("bodyRequired", True))
        responses = [r for r in op.responses if r.is_success or r.status == "default"]
        if responses:
            bodies = tuple(Pair(r.status, Code(self._response_body(r))) for r in responses)
            args.append(Named("responses", Call("mapOf", bodies, 0)))
        # the declared JSON error bodies (a status, its class or default): decoded onto the exception
        errors = [r for r in op.responses if not r.is_success and response_kind(r) is ResponseKind.JSON]
        if errors:
            types = tuple(Pair(r.status, Code(self.types.java_type(r.type))) for r in errors if r.type is not None)
            args.append(Named("errors", Call("mapOf", types, 0)))
        pagination = paging_in(op, PAGED_STYLES)
        if pagination is not None:
            args.append(Named("pagination", self._pagination(pagination)))
        if op.waiter is not None:
            terminal = Call("listOf", op.waiter.terminal, _WIDTH - 3)
            args.append(Named("waiter", Call("Waiter", (op.waiter.name, op.waiter.field, terminal), _WIDTH)))
        if op.tail is not None:
            args.append(Named("tail", Call("Tail", (op.tail.name, op.tail.param, op.tail.value), _WIDTH)))
        if self.api.security_schemes:  # none at all: null, the client's token goes everywhere
            accepted = tuple(Code(self.schemes[name].name) for name in op.security if name in self.schemes)
            args.append(Named("security", Call("listOf", accepted, _WIDTH) if accepted else Code("emptyList()")))
        if op.host:
            args.append(Named("host", op.host))
        return Call("Operation", tuple(args), 0)

    def _response_body(self, response: ir.Response) -> str:
        kind = response_kind(response)
        if kind is not ResponseKind.JSON:
            return _RESPONSE_BODIES[kind]
        assert response.type is not None
        return "ResponseBody.Json(" + self.types.java_type(response.type) + ")"

    def _pagination(self, p: ir.Pagination) -> Call:
        item = self.types.java_type(p.item_type) if not self.types.is_any(p.item_type) else "JsonNode::class.java"
        args: list[Any] = [Named("style", Code("PaginationStyle." + p.style.upper())), Named("itemType", Code(item))]
        # the descriptor as data: the runtime's one pager reads it
        for key, value in (("items", p.items_path), ("param", p.param), ("sizeParam", p.size_param),
                           ("next", p.next_path), ("total", p.total_path), ("hasMore", p.has_more_path),
                           ("stop", p.stop)):
            if (isinstance(value, tuple) and value) or isinstance(value, str):
                args.append(Named(key, value))
        return Call("Pagination", tuple(args), 0)


def _signature(s: ir.Signature) -> Call:
    """The runtime's Signature(...) for a scheme the client signs with; defaults left out."""
    args: list[Any] = [Named("algorithm", s.algorithm), Named("keyIdHeader", s.key_id_header),
                       Named("timestampHeader", s.timestamp_header), Named("nonceHeader", s.nonce_header),
                       Named("signatureHeader", s.signature_header)]
    if s.canonical != ir.SIGNATURE_PARTS:
        args.append(Named("canonical", Call("listOf", s.canonical, _WIDTH - 7)))
    if s.separator != "\n":
        args.append(Named("separator", s.separator))
    if s.encoding != "hex":
        args.append(Named("encoding", s.encoding))
    if s.nonce_bytes != 16:
        args.append(Named("nonceBytes", s.nonce_bytes))
    return Call("Signature", tuple(args), 0)


def _param(p: ir.Parameter) -> Call:
    args = (p.name, Code("ParamLocation." + p.location.upper()), Named("required", p.required),
            Named("style", p.style), Named("explode", p.explode))
    return Call("Param", args, _WIDTH)

"""Resources and their operations as Kotlin: the typed method, the map form, and the paging,
waiting and tailing helpers, each a signature the templates print and a call into ClientCore."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ... import ir
from ...naming import NameAllocator
from ...passes.docs import operation_doc
from ...passes.pagination import paging_in
from ...passes.responses import ResponseKind, response_kind
from .symbols import PAGED_STYLES, PARAMS_MEMBERS, KotlinSymbols, OperationNames, member_name
from .types import KotlinTypes

# The result type of a response that is not JSON.
_RESPONSE_RESULTS = {
    ResponseKind.REDIRECT: "RedirectResult",
    ResponseKind.EMPTY: "EmptyResult",
    ResponseKind.EVENT_STREAM: "Flow<ServerSentEvent>",
    ResponseKind.TEXT: "String",
    ResponseKind.BINARY: "ByteArray",
}


@dataclass
class KtParamField:
    name: str
    wire: str
    type: str
    default: str | None
    doc: str


@dataclass
class KtParams:
    name: str
    doc: str
    fields: list[KtParamField]


@dataclass
class KtArg:
    name: str
    type: str
    default: str | None


@dataclass
class KtOperation:
    operation_id: str
    method_name: str
    doc: str
    deprecated: bool
    http_method: str
    path: str
    typed_args: list[KtArg]
    map_args: list[KtArg]
    return_type: str
    # which params classes the typed method takes: they pick the maps it hands to the runtime
    has_path: bool = False
    query: str | None = None  # "required", "optional", or None when there is no query class
    has_headers: bool = False
    streaming: bool = False  # text/event-stream: a plain `fun` returning a Flow, through core.stream
    iter_name: str | None = None
    iter_args: list[KtArg] = field(default_factory=list)
    item_type: str | None = None
    wait_name: str | None = None
    wait_args: list[KtArg] = field(default_factory=list)
    waiter_doc: str = ""
    tail_name: str | None = None
    tail_args: list[KtArg] = field(default_factory=list)
    readme_args: list[str] = field(default_factory=list)  # the README's example call, argument by argument


@dataclass
class KtResource:
    attr: str
    class_name: str
    doc: str
    operations: list[KtOperation] = field(default_factory=list)
    params: list[KtParams] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)
    params_imports: list[str] = field(default_factory=list)
    friendly: list[Any] = field(default_factory=list)  # surface.KtFriendly: methods named from neutral names
    children: list[Any] = field(default_factory=list)  # surface.KtChild: nested namespaces


_MAP_ARGS = [
    KtArg("pathParams", "Map<String, Any?>", None),
    KtArg("query", "Map<String, Any?>", "emptyMap()"),
    KtArg("body", "Any?", "null"),
    KtArg("options", "RequestOptions?", "null"),
]
_OPTIONS = KtArg("options", "RequestOptions?", "null")


class OperationBuilder:
    def __init__(self, package: str, symbols: KotlinSymbols, types: KotlinTypes) -> None:
        self.package = package
        self.symbols = symbols
        self.types = types

    def resources(self, api: ir.Api) -> list[KtResource]:
        out = []
        for resource, names in zip(api.resources, self.symbols.resources, strict=True):
            view = KtResource(attr=names.attr, class_name=names.class_name, doc=resource.description)
            for op in resource.operations:
                view.operations.append(self.operation(op, names.operations[op.operation_id], view))
            out.append(view)
        return out

    def _params_class(self, op: ir.Operation, name: str | None, locations: tuple[str, ...], what: str,
                      method: str, resource_class: str) -> KtParams | None:
        if name is None:
            return None
        allocator = NameAllocator(PARAMS_MEMBERS)
        fields = []
        for p in sorted((p for p in op.parameters if p.location in locations), key=lambda p: not p.required):
            prop = member_name(p.name, "param", allocator)
            if p.required:
                fields.append(KtParamField(prop, p.name, self.types.kt_type(p.type), None, p.description))
            else:
                fields.append(KtParamField(prop, p.name, self.types.optional(p.type), "null", p.description))
        return KtParams(name, f"{what} of [{self.package}.resources.{resource_class}.{method}].", fields)

    def _body(self, op: ir.Operation) -> KtArg:
        if op.body is None:
            return KtArg("body", "Nothing?", "null")
        required = op.body.required
        body_type = self.types.kt_type(op.body.type, nullable=True if not required else None)
        if self.types.is_any(op.body.type):
            body_type = "JsonNode" if required else "JsonNode?"
        return KtArg("body", body_type, None if required else "null")

    def operation(self, op: ir.Operation, names: OperationNames, resource: KtResource) -> KtOperation:
        method = names.method
        path_cls = self._params_class(op, names.path_params, ("path",), "Path parameters", method,
                                      resource.class_name)
        query_cls = self._params_class(op, names.query, ("query",), "Query parameters", method, resource.class_name)
        header_cls = self._params_class(op, names.headers, ("header", "cookie"), "Header and cookie parameters",
                                        method, resource.class_name)
        resource.params.extend(cls for cls in (path_cls, query_cls, header_cls) if cls is not None)
        query_required = any(p.required for p in op.params_in("query"))
        path_arg = KtArg("pathParams", path_cls.name, None) if path_cls else KtArg("pathParams", "Nothing?", "null")
        optional_query = KtArg("query", (query_cls.name + "?") if query_cls else "Nothing?", "null")
        body = self._body(op)
        typed_args = [path_arg, KtArg("query", query_cls.name, None) if query_cls and query_required
                      else optional_query, body]
        if header_cls is not None:
            typed_args.append(KtArg("headers", header_cls.name + "?", "null"))
        typed_args.append(_OPTIONS)
        view = KtOperation(
            operation_id=op.operation_id,
            method_name=method,
            doc=operation_doc(op, f"`{op.method} {op.path}`"),
            deprecated=op.deprecated,
            http_method=op.method,
            path=op.path,
            typed_args=typed_args,
            map_args=_MAP_ARGS,
            return_type=self._return_type(op),
            has_path=path_cls is not None,
            query=None if query_cls is None else "required" if query_required else "optional",
            has_headers=header_cls is not None,
        )
        view.streaming = view.return_type == "Flow<ServerSentEvent>"
        self._helpers(op, names, view, path_arg, optional_query)
        view.readme_args = _readme_args(op, path_cls, query_cls, body.type)
        return view

    def _helpers(self, op: ir.Operation, names: OperationNames, view: KtOperation, path_arg: KtArg,
                 query_arg: KtArg) -> None:
        """The paging, waiting and tailing methods beside the typed one."""
        pagination = paging_in(op, PAGED_STYLES)
        if pagination is not None and names.iterate is not None:
            view.item_type = "JsonNode" if self.types.is_any(pagination.item_type) else self.types.kt_type(
                pagination.item_type)
            view.iter_name = names.iterate
            view.iter_args = [path_arg, query_arg, _OPTIONS]
        if op.waiter is not None and names.wait is not None:
            view.wait_name = names.wait
            view.wait_args = [path_arg, KtArg("timeout", "Duration", "Defaults.WAIT_TIMEOUT"),
                              KtArg("interval", "Duration", "Defaults.WAIT_INTERVAL"), _OPTIONS]
            view.waiter_doc = (f"Poll [{names.method}] until `{op.waiter.field}` is one of "
                               f"{', '.join(op.waiter.terminal)}; return that last result.")
        if names.tail is not None:
            view.tail_name = names.tail
            view.tail_args = [path_arg, query_arg, KtArg("interval", "Duration", "Defaults.TAIL_INTERVAL"),
                              KtArg("maxPolls", "Int?", "null"), _OPTIONS]

    def _return_type(self, op: ir.Operation) -> str:
        kinds: list[str] = []
        for response in op.success_responses or [r for r in op.responses if r.status == "default"]:
            kind = response_kind(response)
            if kind is not ResponseKind.JSON:
                result = _RESPONSE_RESULTS[kind]
            else:
                assert response.type is not None
                result = self.types.kt_type(response.type)
            if result not in kinds:
                kinds.append(result)
        return kinds[0] if len(kinds) == 1 else "Any?"


def _readme_args(op: ir.Operation, path_cls: KtParams | None, query_cls: KtParams | None,
                 body_type: str) -> list[str]:
    """The arguments of the README's example call of `op`, with `…` where the reader fills in."""
    args = ["null"]
    if path_cls is not None:
        required = [f.name + " = …" for f in path_cls.fields if f.default is None]
        args = [path_cls.name + "(" + ", ".join(required) + ")"]
    if query_cls is not None:
        args.append(query_cls.name + "(…)")
    elif op.body is not None:
        args.append("null")
    if op.body is not None:
        args.append(body_type.rstrip("?") + "(…)" if body_type[:1].isupper() and "<" not in body_type else "…")
    while args and args[-1] == "null":
        args.pop()
    return args

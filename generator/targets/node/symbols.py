"""The Node symbol provider: every name the TypeScript SDK declares, decided in one place.

The reserved words and member-name tables of the target live here, and `NodeSymbols` resolves
every collision in one pass whose order is fixed (and is the order the seed's output was written
in): the client class, the models in spec order, then per tag resource its accessor, class, file,
operation methods and parameter types, then the namespaces the pinned names open, then the
helper methods (iterate, wait, tail, stream), which take the names that are left. The views read
names from here and never invent one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ... import ir
from ...diagnostics import Diagnostics
from ...naming import NameAllocator, escape_reserved, kebab, method_name, pascal, split_words
from ...settings import Settings
from .literals import IDENTIFIER

LANGUAGE = "typescript"  # the casing and reserved words of naming.py

# What src/runtime/index.ts exports; src/index.ts re-exports it beside the models, so no model,
# resource or namespace class may take one of these names. tests/sdk_node checks this set
# against what templates/node/runtime/index.ts really exports.
RUNTIME_EXPORTS = frozenset(
    """APIPromise WithResponse WithRequestId BaseClient Caller ClientDefaults OperationShape OperationError RequestArgs
    extraField ExtraFieldValue OpenModel
    DEFAULT_MAX_RETRIES DEFAULT_TIMEOUT_MS
    SDKError InvalidArgumentError ClientClosedError RequestTarget APIUserAbortError APIConnectionError APITimeoutError
    StatusErrorInit APIStatusError ClientError BadRequestError AuthenticationError PermissionDeniedError
    NotFoundError ConflictError PreconditionFailedError UnprocessableEntityError PreconditionRequiredError
    RateLimitError ServerError InternalServerError errorClassForStatus ResponseDecodeError
    WaiterTimeoutError Operation Pagination Param ParamLocation ParamStyle ResponseKind Tail Waiter
    RawResponse SecurityScheme backoffDelay parseRetryAfter retryDelay ClientOptions DebugRequest DebugResponse
    EmptyResult FetchLike Logger NoParams Params RedirectResult RequestOptions ServerSentEvent
    SignableRequest Signer
    TailOptions WaitOptions HostDefaults Page PagePromise
    RequestSigner RequestSignature SignaturePart SignedBody SignerOptions
    """.split()
)

# Runtime types a generated resource or namespace module may import.
RUNTIME_TYPES_USED = (
    "APIPromise", "EmptyResult", "NoParams", "PagePromise", "RedirectResult", "RequestOptions", "ServerSentEvent",
    "TailOptions", "WaitOptions",
)

# Globals the generated modules use or a reader expects to mean the global.
GLOBAL_NAMES = frozenset(
    """Array ArrayBuffer AsyncGenerator AsyncIterable AsyncIterableIterator AbortController AbortSignal
    BigInt Blob Boolean DataView Date Error Exclude Extract FormData Function Headers Iterable JSON Map
    Math NonNullable Number Object Omit Parameters Partial Pick Promise Readonly Record Request Required
    Response ReturnType Set String Symbol TextDecoder TextEncoder URL URLSearchParams Uint8Array m""".split()
)

# Own names of every JavaScript object: a member named so would break the class or its instances.
OBJECT_MEMBERS = frozenset(
    """constructor prototype __proto__ toString toLocaleString valueOf hasOwnProperty isPrototypeOf
    propertyIsEnumerable __defineGetter__ __defineSetter__ __lookupGetter__ __lookupSetter__ then""".split()
)

# Members of the generated client (BaseClient's public API): a resource may not shadow them.
CLIENT_MEMBERS = frozenset(
    """baseUrl hostUrls options withOptions request requestUnchecked isErrorOf rawRequest call iterate wait tail stream
    invoke list waitFor follow serverSentEvents close closed""".split()
)

# Names of the generated operations module, taken before any model.
OPERATIONS_EXPORTS = frozenset({"OPERATIONS", "OperationTypes", "OperationId", "SIGNATURES"})

# Modules under src/ that no resource file may be named.
FIXED_MODULES = frozenset({"index", "client", "models", "operations", "namespaces"})

# The parameter groups of an operation: (type-name suffix, the locations it holds).
PARAM_GROUPS = (("PathParams", ("path",)), ("Query", ("query", "header", "cookie")))


@dataclass
class Surface:
    """The inputs of an operation's resource method: path arguments in path order, then one params
    object (its interface name, or None when the operation takes nothing else)."""

    path_args: list[tuple[str, ir.Parameter]]  # (argument name, parameter)
    params_type: str | None
    body_key: str | None  # the params key holding the body, when the body is not spread


@dataclass
class Scope:
    """A class of methods as named: a tag's resource, or a namespace a pinned name opened."""

    path: tuple[str, ...]  # accessor names from the client
    class_name: str
    resource: ir.Resource | None  # None for a namespace
    file: str = ""  # module under src/ (resources only)

    def __post_init__(self) -> None:
        self.members: list[tuple[str, str, str]] = []  # (name, kind, operationId), in order
        self.children: list[tuple[str, Scope]] = []
        self.renamed: dict[str, str] = {}  # a derived child segment -> the free name it took

    def names(self) -> set[str]:
        return {name for name, _, _ in self.members} | {name for name, _ in self.children}

    def child(self, name: str) -> Scope | None:
        return next((scope for key, scope in self.children if key == name), None)

    def owner(self, name: str) -> tuple[str, str, str] | None:
        return next((m for m in self.members if m[0] == name), None)


class NodeSymbols:
    """Every declared name of one SDK. Construct it once; the pass runs in `__init__`."""

    def __init__(self, api: ir.Api, settings: Settings, diagnostics: Diagnostics) -> None:
        self.api = api
        options = settings.for_language("node")
        self.package = str(options["package"])
        self.client = client_class_name(str(options["client"]))
        self.options_type = f"{self.client}Options"  # the client's options, with one per host
        reserved = {self.client, self.options_type}
        self._types = NameAllocator(RUNTIME_EXPORTS | GLOBAL_NAMES | reserved | OPERATIONS_EXPORTS)
        self.models = {name: self._model_name(name) for name in api.models}
        self.params_types: dict[tuple[str, str], str] = {}  # (operationId, suffix) -> interface name
        self.methods: dict[str, str] = {}  # operationId -> its operationId method
        self.resources: list[Scope] = []
        self.namespaces: list[Scope] = []  # in the order the pinned names opened them
        self.roots: list[tuple[str, Scope]] = []  # the client's properties, in order
        self.top = NameAllocator()  # the client's property names (set by the resource step)
        self.renamed_roots: dict[str, str] = {}  # a derived first segment -> the property it took
        self.surface: dict[str, Surface] = {}  # operationId -> its resource method's inputs
        from .scopes import (  # the member-name steps
            place_helpers,
            place_named,
            place_resources,
            place_surface_helpers,
        )

        place_resources(self)
        place_named(self, diagnostics)
        place_helpers(self)
        place_surface_helpers(self)

    # ------------------------------------------------------------ type names

    def _model_name(self, model_name: str) -> str:
        base = pascal(split_words(model_name)) or "Model"
        if base[0].isdigit():
            base = "Model" + base
        if base in GLOBAL_NAMES or base in RUNTIME_EXPORTS or base == self.client:
            base += "Model"  # reads better than a number: `ErrorModel`, not `Error2`
        return self._types.allocate(escape_reserved(base, LANGUAGE))

    def type_name(self, words: list[str], fallback: str = "Params") -> str:
        """A new exported type or class name from words, taken from what is left."""
        base = pascal(words) or fallback
        if base[0].isdigit():
            base = "T" + base
        return self._types.allocate(escape_reserved(base, LANGUAGE))

    def class_name(self, words: list[str], suffix: str) -> str:
        """A resource or namespace class: words in PascalCase with its kind's suffix."""
        return self._types.allocate(pascal(words) + suffix)

    def name_params(self, op: ir.Operation) -> None:
        """The parameter interfaces of `op`, in group order, for the groups it has."""
        for suffix, locations in PARAM_GROUPS:
            if any(p.location in locations for p in op.parameters):
                words = split_words(op.operation_id) + split_words(suffix)
                self.params_types[(op.operation_id, suffix)] = self.type_name(words)

    def params_type(self, op: ir.Operation, suffix: str) -> str | None:
        return self.params_types.get((op.operation_id, suffix))

    # ------------------------------------------------------------ member names

    @staticmethod
    def operation_method(operation_id: str, methods: NameAllocator) -> str:
        return methods.allocate(method_name(operation_id, LANGUAGE), "_")

    @staticmethod
    def resource_accessor(resource: ir.Resource, top: NameAllocator) -> str:
        words = split_words(resource.name) or ["default"]
        return top.allocate(escape_reserved(camel_identifier(words, "resource"), LANGUAGE), "_")

    @staticmethod
    def resource_file(accessor: str, files: NameAllocator) -> str:
        return "resources/" + files.allocate(kebab(split_words(accessor)) or "resource", "-")

    def name_surface(self, op: ir.Operation, segments: list[str]) -> None:
        """The argument names and params type of `op`'s resource method at `segments`."""
        args = NameAllocator({"params", "options"})
        path_args = []
        for p in path_order(op):
            name = escape_reserved(camel_identifier(split_words(p.name), "arg"), LANGUAGE)
            path_args.append((args.allocate(name, "_"), p))
        rest = [p for p in op.parameters if p.location != "path"]
        params_type = None
        if rest or op.body is not None:
            params_type = self.type_name([w for s in segments for w in split_words(s)] + ["Params"])
        body_key = None
        if op.body is not None and spread_body(self.api, op) is None:
            body_key = NameAllocator(p.name for p in rest).allocate("body", "_")
        self.surface[op.operation_id] = Surface(path_args, params_type, body_key)

    @staticmethod
    def enum_keys(decl: ir.EnumModel) -> list[str]:
        """The PascalCase key of each value of an enum's object (no object member is PascalCase)."""
        keys = NameAllocator()
        result = []
        for value in decl.values:
            raw = value.value
            key = pascal(split_words(str(raw))) or "Empty"
            if key[0].isdigit():
                key = "Value" + key
            if isinstance(raw, (int, float)) and not isinstance(raw, bool) and raw < 0:
                key = "Minus" + key
            result.append(keys.allocate(key, "_"))
        return result


def client_class_name(configured: str) -> str:
    client = pascal(split_words(configured)) or "Client"
    if client[0].isdigit():
        client = "Api" + client
    return escape_reserved(client, LANGUAGE, RUNTIME_EXPORTS | GLOBAL_NAMES)


def camel_identifier(words: list[str], fallback: str) -> str:
    name = pascal(words)
    name = (name[:1].lower() + name[1:]) if name else fallback
    if words and words[0].isupper() and len(words[0]) > 1:
        name = words[0].lower() + pascal(words[1:])
    if not IDENTIFIER.match(name):
        name = re.sub(r"[^A-Za-z0-9_$]", "", name) or fallback
    if name[0].isdigit():
        name = fallback[:1] + name
    return name


def path_order(op: ir.Operation) -> list[ir.Parameter]:
    """The path parameters of `op` in the order its path names them (the runtime's order too)."""
    seen: dict[str, ir.Parameter] = {}
    for p in op.parameters:
        if p.location == "path" and p.name not in seen:
            seen[p.name] = p

    def at(p: ir.Parameter) -> int:
        index = op.path.find("{" + p.name + "}")
        return index if index >= 0 else len(op.path) + 1

    return sorted(seen.values(), key=at)


def spread_body(api: ir.Api, op: ir.Operation) -> ir.ObjectModel | None:
    """The object model whose fields a resource method's params take directly: a body that is a
    named object (not null), none of whose fields is also a parameter's name. None otherwise."""
    if op.body is None or not isinstance(op.body.type, ir.NamedType) or op.body.type.nullable:
        return None
    decl = api.models.get(op.body.type.name)
    if not isinstance(decl, ir.ObjectModel):
        return None
    names = {p.name for p in op.parameters if p.location != "path"}
    return None if any(f.wire_name in names for f in decl.fields) else decl

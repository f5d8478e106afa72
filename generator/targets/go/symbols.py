"""The Go symbol provider: every name the generated package declares, decided in one pass.

Go's reserved words, the runtime's public names and the member names each kind of generated type
already has live here and nowhere else. `GoSymbols` allocates every identifier and file name in
one fixed order, so the same spec always gives the same names and a later name never renames an
earlier one:

1. the runtime's names and the package's fixed names (reserved up front);
2. the model types, in spec order;
3. per model in spec order: enum members, union constructors, the union's variant table;
4. per resource in spec order: accessor, service type, client field, file; then per operation in
   spec order: method, descriptor var, params struct types, then its Iter/WaitFor/Tail helpers;
5. the security scheme vars, in the order operations first use them;
6. the friendly surface (surface_names.py): resources, methods, path arguments and params structs
   from each operation's neutral name, in spec order.

Struct fields, union accessors and params struct fields are allocated per type, beside the
members that type already has (`MODEL_MEMBERS`, `UNION_MEMBERS`, `PARAMS_MEMBERS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import ir
from ...diagnostics import Diagnostics, Location, SpecError
from ...naming import RESERVED, NameAllocator, camel, escape_reserved, method_name, snake
from ...passes import unions
from ...passes.responses import streams
from ...settings import Settings
from .surface_names import PARAMS_METHODS, FriendlySymbols, NodeSymbols, SurfaceNamer
from .text import exported, go_pascal, go_words
from .types import GoTypes, type_words

# Go's keywords, predeclared identifiers and the names generated bodies use (ctx, err).
GO_RESERVED = RESERVED["go"]
# Keywords (and main) that cannot name the package.
GO_KEYWORDS = frozenset(
    """break case chan const continue default defer else fallthrough for func go goto if import interface
    map package range return select struct switch type var main""".split()
)
# Public names of the runtime, re-exported by aliases.go: no model may take them.
RUNTIME_TYPES = (
    "Optional", "OperationParams", "ParamSet", "RequestOption", "HTTPDoer", "Signer", "SignerFunc",
    "Clock", "RawResponse", "EmptyResult", "Redirect", "File", "APIError", "ClientError", "ServerError",
    "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError",
    "PreconditionFailedError", "UnprocessableEntityError", "PreconditionRequiredError", "RateLimitError",
    "InternalServerError", "ConnectionError", "TimeoutError", "InvalidArgumentError", "ResponseDecodeError",
    "WaiterTimeoutError", "ServerSentEvent", "RequestSigner", "SessionTokens", "TokenStore",
    "WebhookEvent", "WebhookVerificationError",
)
RUNTIME_FUNCS = (
    "Some", "Null", "WithBaseURL", "WithToken", "WithTenantID", "WithHeader", "WithQuery", "WithHTTPClient",
    "WithMaxRetries", "WithTimeout", "WithSigner", "WithLogger", "WithRequestHook", "WithResponseHook",
    "WithIdempotencyKey", "WithResponseInto", "WithWaitTimeout", "WithPollInterval", "WithMaxPolls",
    "WithClock", "WithJitter", "WithBasicAuth", "WithAPIKey", "WithClientCredentials", "WithTokenURL",
    "ErrorBodyAs", "WithHTTPResponseInto", "WithSigningKey", "WithSession", "WithTokenStore", "VerifyWebhook",
)
RUNTIME_CONSTS = ("DefaultTimeout", "DefaultMaxRetries", "DefaultWaitTimeout", "DefaultPollInterval",
                  "DefaultTailInterval", "TokenRefreshMargin")
# Names the generated package defines besides models, and the package names it imports.
FIXED_NAMES = ("Client", "NewClient", "Version", "DefaultBaseURL", "operations", "wrapClient", "webhookSignature",
               "core", "context", "iter", "json", "time", "rt", "slog", "http")
CLIENT_METHODS = ("Request", "Iterate", "Wait", "Tail", "Stream", "WithOptions", "BaseURL", "Close", "Session")
CLIENT_FIELDS = ("rt",)
MODEL_MEMBERS = ("ExtraFields", "MarshalJSON", "UnmarshalJSON")
UNION_MEMBERS = ("Value", "Raw", "MarshalJSON", "UnmarshalJSON")
PARAMS_MEMBERS = PARAMS_METHODS
FIXED_FILES = ("go.mod", "README.md", "doc.go", "client.go", "aliases.go", "models.go", "params.go",
               "operations.go", "resources.go")

_MODULE_PATH = re.compile(r"^[a-z0-9][a-z0-9._~-]*(\.[a-z0-9._~-]+)*(/[A-Za-z0-9._~-]+)*$")
_PACKAGE_NAME = re.compile(r"^[a-z][a-z0-9]*$")
# The params structs of an operation: (suffix of the type name, parameter locations).
PARAMS_KINDS = (("PathParams", ("path",)), ("Query", ("query", "cookie")), ("Headers", ("header",)))


@dataclass
class VariantSymbol:
    type: ir.Type
    go_type: str
    accessor: str
    constructor: str


@dataclass
class OperationSymbols:
    method: str
    var: str
    structs: dict[str, str | None]  # params struct type by suffix (None when it has no parameters)
    struct_fields: dict[str, list[str]]  # its field names, in parameter order
    iter: str | None = None
    wait: str | None = None
    tail: str | None = None


@dataclass
class ResourceSymbols:
    accessor: str
    service: str
    attr: str  # the Client field holding the service
    file: str
    operations: list[OperationSymbols] = field(default_factory=list)


def pages(op: ir.Operation) -> ir.Pagination | None:
    """The pagination the SDK follows: none for an event stream (read as events, never paged)."""
    return None if streams(op) else op.pagination


def tailable(op: ir.Operation) -> bool:
    """Whether the descriptor carries the tail (a cursor-paged operation with one)."""
    return op.tail is not None and op.pagination is not None and op.pagination.style == "cursor"


def checked_names(settings: Settings) -> tuple[str, str]:
    """The module path and package name of [go] in sdkgen.toml: a default the API's name made
    invalid is repaired, a module path the user gave that Go rejects is an error."""
    options = settings.for_language("go")
    module, package = str(options["module"]), str(options["package"])
    if not _MODULE_PATH.match(module):
        if not module.startswith("example.com/"):
            diagnostics = Diagnostics()
            diagnostics.error("go-module-invalid", f"[go] module {module!r} is not a valid Go module path",
                              Location("sdkgen.toml", "/go"), "use a path like github.com/owner/name-go")
            raise SpecError(diagnostics)
        # The default, derived from a name with characters module paths do not allow.
        words = [w.lower() for w in go_words(settings.api_name) if w.isascii()]
        module = "example.com/" + ("-".join(words) or "api") + "-go"
    if not _PACKAGE_NAME.match(package) or package in GO_KEYWORDS:
        cleaned = "".join(c for c in package.lower() if c.isascii() and c.isalnum())
        if cleaned and cleaned[0].isdigit():
            cleaned = "api" + cleaned
        if not cleaned or cleaned in GO_KEYWORDS:
            cleaned = (cleaned or "") + "api"
        package = cleaned
    return module, package


def enum_member_words(value: object) -> list[str]:
    """The words an enum value gives its constant's name (-1.5 -> Minus 1 Point 5)."""
    text = str(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = ("Minus" if value < 0 else "") + str(abs(value)).replace(".", "Point")
    elif text[:1] in "+-" and text[1:2].isdigit():
        text = ("Plus" if text[0] == "+" else "Minus") + text[1:]
    return go_words(text)


class GoSymbols:
    """Every identifier and file name of one Go SDK (see the module doc for the order)."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        self.module, self.package = checked_names(settings)
        self.names = NameAllocator((*RUNTIME_TYPES, *RUNTIME_FUNCS, *RUNTIME_CONSTS, *FIXED_NAMES))
        self.type_names = {
            model_name: self.names.allocate(exported(go_words(model_name), "Model"))
            for model_name, decl in api.models.items() if _declared(decl)
        }
        self.types = GoTypes(api.models, self.type_names)
        self.enum_members: dict[str, list[str]] = {}
        self.struct_fields: dict[str, list[str]] = {}
        self.union_variants: dict[str, list[VariantSymbol]] = {}
        self.union_vars: dict[str, str] = {}
        self.friendly: dict[int, tuple[NodeSymbols, FriendlySymbols]] = {}  # by id() of the operation
        for model_name, decl in api.models.items():
            if model_name in self.type_names:
                self._name_model(model_name, decl)
        self.client_members = NameAllocator(CLIENT_METHODS)
        self.resources = self._name_resources()
        self.security_vars = self._name_security()
        self.surface = self._name_surface()
        # Named after everything else, so that a new host or signature never renames a name above.
        self.host_options = {h.key: self.names.allocate("With" + exported(go_words(h.key), "Host") + "BaseURL")
                             for h in api.hosts}
        self.host_accessors = {h.key: self.client_members.allocate(exported(go_words(h.key), "Host") + "BaseURL")
                               for h in api.hosts}
        # The auto-paging form of each paged resource method (List -> ListAutoPaging), and the
        # page type its plain form returns.
        self.auto_paging: dict[int, str] = {}
        for resource in api.resources:
            for op in resource.operations:
                if id(op) in self.friendly and pages(op) is not None:
                    node, friendly = self.friendly[id(op)]
                    self.auto_paging[id(op)] = node.members.allocate(friendly.method + "AutoPaging")
        self.page_type = self.names.allocate("Page") if self.auto_paging else ""
        # The bounded waiter (WaitFor) and tail (Follow<Name>) of the resource methods, then their options type.
        self.friendly_waiters: dict[int, str] = {}
        self.friendly_tails: dict[int, str] = {}
        for resource in api.resources:
            for op in resource.operations:
                if id(op) not in self.friendly or streams(op):
                    continue
                node, _ = self.friendly[id(op)]
                if op.waiter is not None:
                    self.friendly_waiters[id(op)] = node.members.allocate("WaitFor")
                if op.tail is not None and tailable(op):
                    self.friendly_tails[id(op)] = node.members.allocate(
                        "Follow" + exported(go_words(op.tail.name), "Items"))
        self.wait_options = (self.names.allocate("WaitOptions")
                             if self.friendly_waiters or self.friendly_tails else "")
        self.waiter_reasons = ({const: self.names.allocate(const)
                                for const in ("WaiterTimedOut", "WaiterMaxPolls", "WaiterStopped")}
                               if self.wait_options else {})
        self.signer_constructors = {
            s.name: self.names.allocate("New" + exported(go_words(s.name), "Request") + "Signer")
            for s in api.security_schemes if s.signature is not None
        }

    # ------------------------------------------------------------ models

    def _name_model(self, model_name: str, decl: ir.Model) -> None:
        name = self.type_names[model_name]
        if isinstance(decl, ir.EnumModel):
            self.enum_members[model_name] = [
                self.names.allocate(name + (go_pascal(words) if words else "Empty"))
                for words in (enum_member_words(v.value) for v in decl.values)
            ]
        elif isinstance(decl, ir.ObjectModel):
            fields = NameAllocator(MODEL_MEMBERS)
            self.struct_fields[model_name] = [fields.allocate(exported(go_words(f.wire_name), "Field"), "_")
                                              for f in decl.fields]
        elif isinstance(decl, ir.UnionModel):
            self.union_variants[model_name] = self._name_variants(model_name, name, decl)
            self.union_vars[model_name] = self.names.allocate("union" + name)

    def _name_variants(self, model_name: str, name: str, decl: ir.UnionModel) -> list[VariantSymbol]:
        """A union's distinct variants (by Go type; never the union itself) and their methods."""
        accessors = NameAllocator(UNION_MEMBERS)
        variants: list[VariantSymbol] = []
        seen: set[str] = set()
        for variant in unions.go_union_members(self.api, model_name):  # a union cannot hold itself
            go_type = self.types.type_expr(variant)
            if go_type in seen:
                continue
            seen.add(go_type)
            words = type_words(go_type)
            variants.append(VariantSymbol(variant, go_type, accessors.allocate("As" + words),
                                          self.names.allocate(name + "From" + words)))
        return variants

    # ------------------------------------------------------------ resources and operations

    def _name_resources(self) -> list[ResourceSymbols]:
        accessors = self.client_members
        fields = NameAllocator(CLIENT_FIELDS)
        files = NameAllocator(FIXED_FILES)
        resources: list[ResourceSymbols] = []
        for resource in self.api.resources:
            words = go_words(resource.name) or ["Default"]
            accessor = accessors.allocate(exported(words, "Default"))
            service = self.names.allocate(accessor + "Service")
            field_name = fields.allocate(escape_reserved(camel(words) or "svc", "go"))
            if not field_name[0].isalpha():
                field_name = fields.allocate("svc" + accessor)
            base = snake([w.lower() for w in words if w.isascii()]) or "default"
            file = files.allocate(base + "_service.go")
            if not file.endswith("_service.go"):
                file = files.allocate(f"{base}_{len(resources) + 1}_service.go")
            symbols = ResourceSymbols(accessor, service, field_name, file)
            methods = NameAllocator()
            symbols.operations = [self._name_operation(op, methods) for op in resource.operations]
            resources.append(symbols)
        return resources

    def _name_operation(self, op: ir.Operation, methods: NameAllocator) -> OperationSymbols:
        method = methods.allocate(method_name(op.operation_id, "go"))
        symbols = OperationSymbols(method, self.names.allocate("op" + method), {}, {})
        for suffix, locations in PARAMS_KINDS:
            params = [p for location in locations for p in op.params_in(location)]
            symbols.structs[suffix] = self.names.allocate(method + suffix) if params else None
            allocator = NameAllocator(PARAMS_MEMBERS)
            symbols.struct_fields[suffix] = [allocator.allocate(exported(go_words(p.name), "Param"), "_")
                                             for p in params]
        if pages(op) is not None:
            symbols.iter = methods.allocate("Iter" + method)
        if op.waiter is not None and not streams(op):
            symbols.wait = methods.allocate("WaitFor" + exported(go_words(op.waiter.name), "Result"))
        if op.tail is not None and tailable(op) and not streams(op):
            symbols.tail = methods.allocate("Tail" + exported(go_words(op.tail.name), "Items"))
        return symbols

    def _name_security(self) -> dict[str, str]:
        """The var of every declared scheme an operation uses (named after every other name, so
        that adding schemes never renames a model or an operation)."""
        declared = {s.name for s in self.api.security_schemes}
        variables: dict[str, str] = {}
        for resource in self.api.resources:
            for op in resource.operations:
                for name in op.security:
                    if name in declared and name not in variables:
                        variables[name] = self.names.allocate("security" + exported(go_words(name), "Scheme"))
        return variables


    def _name_surface(self) -> SurfaceNamer:
        services = {r.accessor: (r.service, [name for o in r.operations for name in (o.method, o.iter, o.wait, o.tail)
                                             if name]) for r in self.resources}
        namer = SurfaceNamer(self.names, self.client_members, services, GO_RESERVED)
        for resource in self.api.resources:
            for op in resource.operations:
                if op.neutral_name is not None:
                    self.friendly[id(op)] = namer.operation(op, op.neutral_name, self._body_fields(op))
        return namer

    def body_model(self, op: ir.Operation) -> str | None:
        """The model an operation's body is, when it is a struct (its fields join the params struct)."""
        if op.body is None:
            return None
        resolved, nullable = self.types.resolve(op.body.type)
        if nullable or not isinstance(resolved, ir.NamedType):
            return None
        return resolved.name if isinstance(self.api.models.get(resolved.name), ir.ObjectModel) else None

    def _body_fields(self, op: ir.Operation) -> list[str] | None:
        model = self.body_model(op)
        return None if model is None else self.struct_fields[model]


def _declared(decl: ir.Model) -> bool:
    """Whether a model is a declared Go type: an alias of an array or a map is a defined type;
    other aliases are inlined."""
    if isinstance(decl, (ir.ObjectModel, ir.EnumModel, ir.UnionModel)):
        return True
    return isinstance(decl, ir.AliasModel) and isinstance(decl.target, (ir.ArrayType, ir.MapType))

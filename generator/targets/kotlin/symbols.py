"""The symbol provider: the one place that names every IR element in Kotlin.

Kotlin's reserved words, the names generated files import or declare, and the members a
generated name may not shadow all live here. Names are handed out in one pass over the API in a
fixed order (models; then per resource its accessor, its class, and per operation its method and
params classes and helpers; then security schemes), so the same spec always gives the same names
and a collision always goes the same way (the later one gets 2, 3, ...)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ... import ir
from ...naming import RESERVED, NameAllocator, camel, method_name, pascal, screaming, split_words
from ...passes.pagination import paging_in

# The runtime's package in templates/kotlin/runtime; each SDK gets its own copy in `<package>.core`
# (runtime_package), so that two SDKs live side by side in one application.
RUNTIME = "sdkgen.kotlin.runtime"
# Kotlin's keywords (hard and soft) that an identifier must not be.
RESERVED_WORDS = RESERVED["kotlin"]
# The styles the Kotlin runtime's pager reads: all of them.
PAGED_STYLES = ir.PAGINATION_STYLES

# Simple names generated files may import, and where from. A model may not take one of them.
IMPORTABLE = {
    "JsonAnyGetter": "com.fasterxml.jackson.annotation.JsonAnyGetter",
    "JsonAnySetter": "com.fasterxml.jackson.annotation.JsonAnySetter",
    "JsonIgnore": "com.fasterxml.jackson.annotation.JsonIgnore",
    "JsonCreator": "com.fasterxml.jackson.annotation.JsonCreator",
    "JsonInclude": "com.fasterxml.jackson.annotation.JsonInclude",
    "JsonProperty": "com.fasterxml.jackson.annotation.JsonProperty",
    "JsonValue": "com.fasterxml.jackson.annotation.JsonValue",
    "JsonDeserializer": "com.fasterxml.jackson.databind.JsonDeserializer",
    "JsonNode": "com.fasterxml.jackson.databind.JsonNode",
    "JsonDeserialize": "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
    "Flow": "kotlinx.coroutines.flow.Flow",
    "ServerSentEvent": f"{RUNTIME}.ServerSentEvent",
    "SecurityKind": f"{RUNTIME}.SecurityKind",
    "SecurityScheme": f"{RUNTIME}.SecurityScheme",
    "Signature": f"{RUNTIME}.Signature",
    "LocalDate": "java.time.LocalDate",
    "OffsetDateTime": "java.time.OffsetDateTime",
    "Duration": "kotlin.time.Duration",
    **{
        name: f"{RUNTIME}.{name}"
        for name in """ClientCore ClientOptions Defaults JsonKind Omittable Operation Pagination
        PaginationStyle Param ParamLocation RequestOptions SdkClient SdkInfo Tail UnionDeserializer
        UnionVariant Waiter WireEnum WireParams EmptyResult RedirectResult ResponseBody WithResponse
        captureResponse""".split()
    },
    "Types": f"{RUNTIME}.Types",
}
# Names of Kotlin's own that generated code uses unqualified, and names the generated files
# declare beside the models; no model may shadow them.
BUILTINS = frozenset(
    """Any Unit Nothing String Int Long Double Float Boolean Byte Short Char Number List Map Set
    Array ByteArray Pair Suppress JvmStatic Deprecated Throwable Exception Comparable Known Unknown
    Deserializer Operations""".split()
)
# Members of SdkClient that a resource accessor may not shadow.
CLIENT_MEMBERS = frozenset(
    "request requestRaw iterate wait tail stream close options operationIds core withOptions withRawResponse".split()
)
# Members every resource class has, that an operation's method may not shadow.
RESOURCE_MEMBERS = frozenset({"toString", "equals", "hashCode", "core"})
# Members every model has.
MODEL_MEMBERS = frozenset({"additionalProperties"})
# Members every params class has.
PARAMS_MEMBERS = frozenset({"toWire"})
# Properties of the generated Operations object that a security scheme's property may not take.
OPERATIONS_MEMBERS = frozenset({"ALL", "get"})
# The security scheme kinds the runtime knows, by the spec's name.
SECURITY_KINDS = {"http": "HTTP", "apiKey": "API_KEY", "oauth2": "OAUTH2", "openIdConnect": "OPEN_ID_CONNECT",
                  "mutualTLS": "MUTUAL_TLS"}


def escape(name: str) -> str:
    """`name`, or `name_` when it is one of Kotlin's reserved words."""
    while name in RESERVED_WORDS:
        name += "_"
    return name


def member_name(text: str, fallback: str, allocator: NameAllocator) -> str:
    """A camelCase property for the wire name `text` (a field, a parameter), unique in `allocator`."""
    prop = camel(split_words(text)) or fallback
    if prop[0].isdigit():
        prop = fallback + prop[0].upper() + prop[1:]
    return allocator.allocate(escape(prop))


def enum_member(value: Any, allocator: NameAllocator) -> str:
    """The SCREAMING_CASE constant for an enum value, unique in `allocator`."""
    member = screaming(split_words(str(value))) or "EMPTY"
    if member[0].isdigit() or member.startswith("_"):
        member = "VALUE_" + member
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
        member = "MINUS_" + member
    return allocator.allocate(escape(member), "_")


def wrapper_name(type_text: str, allocator: NameAllocator) -> str:
    """The class that wraps a non-object union variant of type `type_text`: `ListStringValue`."""
    words = split_words(type_text.replace("<", " ").replace(">", " ").replace(",", " "))
    return allocator.allocate(pascal(words + ["Value"]))


@dataclass
class OperationNames:
    method: str
    path_params: str | None = None
    query: str | None = None
    headers: str | None = None
    iterate: str | None = None
    wait: str | None = None
    tail: str | None = None


@dataclass
class ResourceNames:
    attr: str
    class_name: str
    operations: dict[str, OperationNames] = field(default_factory=dict)
    # every member name the class has so far: friendly methods and accessors merged in avoid them
    members: NameAllocator = field(default_factory=NameAllocator, compare=False, repr=False)


@dataclass
class Namespace:
    """A node of the friendly surface (`client.deployments`, `client.apps.git`): its accessor,
    its class (a seed resource class when the names meet), its nested namespaces and methods."""

    attr: str
    class_name: str
    words: list[str]  # every word of the path from the client, for the class name
    key: tuple[str, ...]  # this segment's words, lower case: how siblings are told apart
    seed: bool  # the seed's resource class of the same accessor, extended
    members: NameAllocator = field(compare=False, repr=False)
    children: list[Namespace] = field(default_factory=list)
    methods: dict[str, str] = field(default_factory=dict)  # operationId -> friendly method


class KotlinSymbols:
    """Every top-level name of one API's Kotlin SDK, allocated once, in a fixed order."""

    def __init__(self, api: ir.Api, client: str) -> None:
        self.api = api
        self.client = client
        self._classes = NameAllocator(set(IMPORTABLE) | BUILTINS | {client})
        self.models: dict[str, str] = {name: self._model(name) for name in api.models}
        self.params: set[str] = set()  # names of the params classes, in package `params`
        self._seed_by_base: dict[str, ResourceNames] = {}
        self._attrs = NameAllocator(CLIENT_MEMBERS)
        self.resources = [self._resource(resource) for resource in api.resources]
        self.operations = {op_id: names for r in self.resources for op_id, names in r.operations.items()}
        self.schemes = self._schemes()
        # the friendly surface, after every seed name so that the seed's names never change
        self.namespaces: list[Namespace] = []
        self.friendly: dict[str, tuple[Namespace, str]] = {}
        for op in api.operations:
            if op.neutral_name is not None:
                self._friendly(op, op.neutral_name)

    def top_level(self) -> set[str]:
        """Names a union's wrapper class may not take: every model, import and builtin."""
        return set(self.models.values()) | BUILTINS | set(IMPORTABLE)

    def _model(self, model_name: str) -> str:
        base = pascal(split_words(model_name)) or "Model"
        if base[0].isdigit():
            base = "Model" + base
        # Kotlin's keywords are lower case: a class name only has to avoid the names taken.
        return self._classes.allocate(base)

    def _extra_class(self, words: list[str]) -> str:
        base = pascal(words) or "Params"
        if base[0].isdigit():
            base = "Op" + base
        return self._classes.allocate(base)

    def _resource(self, resource: ir.Resource) -> ResourceNames:
        base = _accessor(split_words(resource.name) or ["default"])
        attr = self._attrs.allocate(base)
        names = ResourceNames(attr, self._extra_class(split_words(attr) + ["Resource"]),
                              members=NameAllocator(RESOURCE_MEMBERS))
        self._seed_by_base.setdefault(base, names)
        for op in resource.operations:
            names.operations[op.operation_id] = self._operation(op, names.members)
        return names

    def _friendly(self, op: ir.Operation, name: ir.MethodName) -> None:
        """Place `op` in the friendly tree: namespaces as its neutral name nests, then its method."""
        siblings, parent = self.namespaces, None
        for words in name.resource:
            key = tuple(w.lower() for w in words)
            found = next((n for n in siblings if n.key == key), None)
            if found is None:
                found = self._namespace(parent, key, list(words))
                siblings.append(found)
            siblings, parent = found.children, found
        assert parent is not None  # every neutral name has at least one resource segment
        method = camel(name.method) or "call"
        if method[0].isdigit():
            method = "op" + method
        parent.methods[op.operation_id] = parent.members.allocate(escape(method))
        self.friendly[op.operation_id] = (parent, parent.methods[op.operation_id])

    def _namespace(self, parent: Namespace | None, key: tuple[str, ...], words: list[str]) -> Namespace:
        base = _accessor(words)
        if parent is None:
            seed = self._seed_by_base.get(base)
            if seed is not None:
                return Namespace(seed.attr, seed.class_name, words, key, True, seed.members)
            attr = self._attrs.allocate(base)
            path = split_words(attr)
        else:
            attr = parent.members.allocate(base)
            path = parent.words + words
        return Namespace(attr, self._extra_class(path + ["Resource"]), path, key, False,
                         NameAllocator(RESOURCE_MEMBERS))

    def _params_class(self, op: ir.Operation, locations: tuple[str, ...], suffix: str) -> str | None:
        if not any(p.location in locations for p in op.parameters):
            return None
        name = self._extra_class(split_words(op.operation_id) + split_words(suffix))
        self.params.add(name)
        return name

    def _operation(self, op: ir.Operation, methods: NameAllocator) -> OperationNames:
        names = OperationNames(methods.allocate(method_name(op.operation_id, "kotlin")))
        names.path_params = self._params_class(op, ("path",), "PathParams")
        names.query = self._params_class(op, ("query",), "Query")
        names.headers = self._params_class(op, ("header", "cookie"), "Headers")
        pagination = paging_in(op, PAGED_STYLES)
        if pagination is not None:
            names.iterate = methods.allocate("iter" + pascal(split_words(names.method)))
        if op.waiter is not None:
            names.wait = methods.allocate("waitFor" + pascal(split_words(op.waiter.name) or ["result"]))
        if op.tail is not None and pagination is not None and pagination.style == "cursor":
            names.tail = methods.allocate("tail" + pascal(split_words(op.tail.name) or ["items"]))
        return names

    def arguments(self, texts: list[tuple[str, str]]) -> list[str]:
        """Names for a friendly method's arguments, given (wire name, fallback) in order; `options` is kept."""
        allocator = NameAllocator({"options"})
        return [member_name(text, fallback, allocator) for text, fallback in texts]

    def _schemes(self) -> dict[str, str]:
        """The property of Operations for each security scheme of a kind the runtime knows."""
        allocator = NameAllocator(OPERATIONS_MEMBERS)
        names = {}
        for scheme in self.api.security_schemes:
            if scheme.kind not in SECURITY_KINDS:
                continue
            prop = camel(split_words(scheme.name) + ["scheme"])
            if prop[0].isdigit():
                prop = "scheme" + prop
            names[scheme.name] = allocator.allocate(escape(prop))
        return names


def runtime_package(package: str) -> str:
    """Where an SDK in `package` keeps its copy of the runtime."""
    return package + ".core"


def _accessor(words: list[str]) -> str:
    """A property that returns a namespace: camelCase, never a keyword (ktlint wants no trailing `_`)."""
    attr = camel(words)
    if attr[0].isdigit():
        attr = "r" + attr
    if escape(attr) != attr:
        attr += "Resource"
    return attr

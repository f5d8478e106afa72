"""The Java symbol provider: the one object that gives every IR element its Java name, type
expression, package and file.

Java's reserved words (beside `naming.RESERVED["java"]`) and the member names each generated class
already uses live here, in one place. Names are handed out in one fixed-order pass when the provider
is built: model classes in spec order, then per resource (in spec order) its accessor, its class,
the primary method names of all its operations, then per operation its constant, factory, params
class and derived method names. Member names local to one class (model fields, enum constants,
union wrappers, params fields) come from allocators seeded here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ... import ir
from ...naming import NameAllocator, camel, escape_reserved, method_name, pascal, screaming, split_words
from ...passes.pagination import paging_in
from .security import signature_constant
from .types import PAGED_STYLES, JavaTypes, JType

# java.lang and every type generated code imports: a generated class may not take these names.
# `Error` is the name of many APIs' error schema; it only shadows java.lang.Error, which generated
# code never uses, so a schema may keep it.
TYPE_NAMES = frozenset(
    """Object String Long Integer Double Float Boolean Byte Short Character Number Void Class Enum Record
    Override Deprecated SuppressWarnings FunctionalInterface SafeVarargs Iterable Math StrictMath System
    Thread Runtime Exception RuntimeException Throwable Error Comparable CharSequence Cloneable AutoCloseable
    Process Module Package StringBuilder List Map Set Optional Objects Arrays Collections LinkedHashMap
    ArrayList OffsetDateTime LocalDate BigDecimal CompletableFuture Consumer TypeReference JsonProperty
    JsonCreator JsonValue JsonAnyGetter JsonAnySetter JsonDeserialize JsonPOJOBuilder JsonInclude JsonIgnore
    JsonAutoDetect JsonNullable Checks Operation Operations ApiClient ClientBuilder ClientOptions
    RequestOptions CallParams PageIterable Tail WaitOptions TailOptions RawResponse EmptyResult
    RedirectResult EventStream SecurityScheme UnionDeserializer Builder Decoder Unknown Variant Kind""".split()
) - {"Error"}
OBJECT_MEMBERS = frozenset("equals hashCode toString getClass notify notifyAll wait clone finalize".split())
MODEL_MEMBERS = OBJECT_MEMBERS | {"builder", "toBuilder", "additionalProperties", "putAdditionalProperty",
                                  "build", "buildFromJson"}
PARAMS_MEMBERS = OBJECT_MEMBERS | {"builder", "toBuilder", "pathParams", "queryParams", "body", "build"}
# `client` is also the generated client's field holding the runtime client.
CLIENT_MEMBERS = OBJECT_MEMBERS | {"builder", "withOptions", "core", "request", "requestAsync", "rawRequest",
                                   "close", "client"}
ENUM_MEMBERS = frozenset({"values", "of", "value", "isknown"})
UNION_MEMBERS = frozenset({"unknown", "decoder"})  # compared lower-cased, beside every class name
OPERATIONS_MEMBERS = frozenset({"ALL"})  # the constants of Operations.java
FACTORY_MEMBERS = OBJECT_MEMBERS | {"all"}  # its private factory methods


def bmp_only(name: str) -> str:
    """`name` without characters beyond U+FFFF: javac takes them in identifiers, but its doc
    comment checker reads `@param` names one UTF-16 unit at a time and rejects them."""
    return "".join(c for c in name if ord(c) <= 0xFFFF)


def _identifier(name: str) -> bool:
    return bool(name) and (name[0].isalpha() or name[0] in "_$") and all(c.isalnum() or c in "_$" for c in name)


def java_name(text: str, style: Callable[[list[str]], str], fallback: str) -> str:
    """An identifier for spec text in a case style; `fallback` when there is none or it starts with a digit."""
    name = bmp_only(style(split_words(text)))
    if not name:
        return fallback
    if name[0].isdigit():
        name = fallback + name
    if not _identifier(name):
        name = fallback
    return escape_reserved(name, "java")


def class_name(text: str, suffix: str) -> str:
    """`<Pascal><suffix>`: the suffix keeps it clear of reserved words."""
    base = bmp_only(pascal(split_words(text)))
    if not _identifier(base):
        base = "Op" + base if base and base[0].isdigit() else ""
    return (base or "Default") + suffix


def simple_word(text: str) -> str:
    word = "".join(c for c in text if c.isascii() and (c.isalnum() or c in "_$")) or "Value"
    return word[:1].upper() + word[1:]


def enum_constant(value: object, allocator: NameAllocator) -> str:
    """The constant of an enum value: SCREAMING words, `VALUE_` before a digit, `MINUS_` for a negative number."""
    constant = screaming(split_words(str(value))) or "EMPTY"
    if not (constant[0].isalpha() or constant[0] == "_") or not all(c.isalnum() or c == "_" for c in constant):
        constant = "VALUE_" + constant if constant[0].isdigit() else "VALUE"
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
        constant = "MINUS_" + constant
    return allocator.allocate(escape_reserved(constant, "java"), "_")


@dataclass
class OperationNames:
    """Every name one operation takes in Java (None: the operation has no such member)."""

    method: str
    async_method: str
    constant: str  # in Operations.java
    factory: str  # Operations.java's private factory
    params_class: str | None
    iterate: str | None
    wait: str | None
    wait_async: str | None
    tail: str | None


@dataclass
class ResourceNames:
    accessor: str
    class_name: str
    operations: list[OperationNames]


class JavaSymbols:
    """Names, types, packages and files of one API in Java, assigned once in a fixed order."""

    def __init__(self, api: ir.Api, package: str, client: str) -> None:
        self.api = api
        self.package = package
        self.client = client
        self._classes = NameAllocator(TYPE_NAMES | {client})
        self.taken: set[str] = set(TYPE_NAMES | {client})
        self.class_names: dict[str, str] = {}
        for model_name, decl in api.models.items():
            if isinstance(decl, ir.AliasModel):
                continue  # Java has no type aliases: uses see the target type
            self.class_names[model_name] = self._classes.allocate(java_name(model_name, pascal, "Model"))
            self.taken.add(self.class_names[model_name])
        self.types = JavaTypes(api, package, self.class_names)
        self.client_accessors = NameAllocator(CLIENT_MEMBERS)
        self.resource_members: dict[str, NameAllocator] = {}  # a resource class's methods, by class name
        self.resources = self._resource_names()
        # The `Signature` of each signed scheme: an Operations constant, after the operations' own.
        self.signature_constants = {
            scheme.name: self._constants.allocate(signature_constant(scheme), "_")
            for scheme in api.security_schemes if scheme.signature is not None}
        # The client's static `signer(keyId, secret)` per signed scheme (one: plain `signer`).
        self.signer_methods = {
            name: self.client_accessors.allocate(
                "signer" if len(self.signature_constants) == 1 else java_name(name, camel, "scheme") + "Signer")
            for name in self.signature_constants}

    def new_class(self, name: str) -> str:
        """A class name in the SDK's one class namespace, after every name handed out before it."""
        return self._classes.allocate(name)

    # ------------------------------------------------------------ types and files

    def jtype(self, t: ir.Type, models_package: bool = False) -> JType:
        return self.types.jtype(t, models_package)

    def source_root(self) -> str:
        return "src/main/java/" + self.package.replace(".", "/")

    def file(self, subpackage: str, name: str) -> str:
        """The source file of class `name` in `subpackage` ("" for the SDK's own package)."""
        folder = self.source_root() + ("/" + subpackage if subpackage else "")
        return f"{folder}/{name}.java"

    # ------------------------------------------------------------ the operation pass

    def _resource_names(self) -> list[ResourceNames]:
        accessors = self.client_accessors
        constants = self._constants = NameAllocator(OPERATIONS_MEMBERS)
        factories = NameAllocator(FACTORY_MEMBERS)
        resources = []
        for resource in self.api.resources:
            accessor = accessors.allocate(java_name(resource.name, camel, "resource"))
            class_ = self._classes.allocate(class_name(resource.name, "Resource"))
            methods = self.resource_members[class_] = NameAllocator(OBJECT_MEMBERS)
            primary = [methods.allocate(method_name(op.operation_id, "java")) for op in resource.operations]
            operations = [self._operation_names(op, name, methods, constants, factories)
                          for op, name in zip(resource.operations, primary, strict=True)]
            resources.append(ResourceNames(accessor, class_, operations))
        return resources

    def _operation_names(self, op: ir.Operation, name: str, methods: NameAllocator, constants: NameAllocator,
                         factories: NameAllocator) -> OperationNames:
        constant = constants.allocate(java_name(op.operation_id, screaming, "OP"), "_")
        factory = factories.allocate(method_name(op.operation_id, "java"))
        params = None
        if op.parameters or op.body is not None:
            params = self._classes.allocate(class_name(op.operation_id, "Params"))
        base = name.rstrip("_")  # derived names need no escape of their own
        async_method = methods.allocate(base + "Async")
        iterate = None
        if paging_in(op, PAGED_STYLES) is not None:
            iterate = methods.allocate("iterate" + base[:1].upper() + base[1:])
        wait = wait_async = None
        if op.waiter is not None:
            wait_base = "waitFor" + java_name(op.waiter.name, pascal, "Result").rstrip("_")
            wait = methods.allocate(wait_base)
            wait_async = methods.allocate(wait_base + "Async")
        tail = None
        if op.tail is not None and paging_in(op, ("cursor",)) is not None:
            tail = methods.allocate("tail" + java_name(op.tail.name, pascal, "Items").rstrip("_"))
        return OperationNames(name, async_method, constant, factory, params, iterate, wait, wait_async, tail)

    # ------------------------------------------------------------ members of one class

    def field_names(self, class_: str, fields: list[ir.Field]) -> list[str]:
        """A model's field names, clear of its class's own members and of its builder method."""
        allocator = NameAllocator(MODEL_MEMBERS | {class_[:1].lower() + class_[1:]})
        return [allocator.allocate(java_name(f.wire_name, camel, "field")) for f in fields]

    @staticmethod
    def param_names(params: list[ir.Parameter]) -> list[str]:
        allocator = NameAllocator(PARAMS_MEMBERS)
        return [allocator.allocate(java_name(p.name, camel, "param")) for p in params]

    @staticmethod
    def enum_constants(decl: ir.EnumModel) -> list[str]:
        allocator = NameAllocator(ENUM_MEMBERS)
        return [enum_constant(value.value, allocator) for value in decl.values]

    def union_wrappers(self, union: str) -> NameAllocator:
        """The allocator of a union's nested wrapper classes: clear of every class and its own name."""
        return NameAllocator({n.lower() for n in self.taken} | UNION_MEMBERS | {union.lower()})

    @staticmethod
    def wrapper_name(wrappers: NameAllocator, jt: JType) -> str:
        return wrappers.allocate("Of" + simple_word(jt.simple))

"""The Python symbol provider: every name the generated SDK declares, decided in one place.

Python's reserved words and the names the generated modules and runtime classes already use live
here, and nowhere else in the target. `PythonSymbols` walks the API once, in a fixed order, and hands
out every name from per-scope allocators:

1. model classes, in the spec's model order (one scope with the parameter dictionaries below);
2. each model's members: enum members, then object fields (required fields first);
3. resources in order: the resource accessor, then per operation its method, its parameter
   dictionaries (path, query, headers) and its helper methods (iter_, wait_for_, tail_).

Two names collide when they are equal ignoring case; the later one gets a number (`Foo2`, `foo_2`).
The same API always gives the same names, whatever else runs before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ... import ir
from ...naming import NameAllocator, pascal, screaming, snake, split_words

# Python's keywords and soft keywords, and names that read badly or shadow what the generated code
# means (`self`, `cls`, `print`, the ambiguous one-letter names).
RESERVED = frozenset(
    """False None True and as assert async await break class continue def del elif else
    except finally for from global if import in is lambda nonlocal not or pass raise return
    try while with yield match case type print self cls l O I""".split()
)
# Names the generated modules import or define themselves; a model may not take them.
MODULE_NAMES = frozenset(
    """Any Annotated Literal Mapping Sequence TypeAlias TypedDict Required NotRequired Union cast
    Model UNSET Unset Discriminator Operation Param Pagination Waiter Tail RequestOptions
    SyncClient AsyncClient EmptyResult RedirectResult RawResponse SDKError APIStatusError
    APIConnectionError APITimeoutError InvalidArgumentError WaiterTimeoutError Iterator
    AsyncIterator OPERATIONS attrs datetime enum m""".split()
)
# Attributes every model has from the runtime, and names a field would shadow for the
# annotations after it in the class body (`int: int | None` breaks every later `int`).
MODEL_MEMBERS = frozenset(
    """additional_properties to_dict from_dict str int float bool bytes list dict datetime attrs enum
    typing""".split()
)
# Attributes of the client classes that a resource accessor may not shadow.
CLIENT_MEMBERS = frozenset(
    """call request raw_request iterate wait tail stream with_options close base_url timeout max_retries
    headers""".split()
)
# Attributes of a resource class that a method may not shadow.
RESOURCE_MEMBERS = frozenset({"with_options"})
# Names the resource modules use inside a class body or a method: a namespace member or a method
# argument of the resource surface may not take them.
SURFACE_MEMBERS = RESOURCE_MEMBERS | {"m", "builtins"}
ARGUMENT_NAMES = frozenset({"self", "options", "m", "cast", "builtins", "arguments", "body_of"})
# Builtins the annotations use: a method of that name shadows them in the class body after it
# (mypy: `Function "list" is not valid as a type`), so annotations there say `builtins.list`.
SHADOWABLE = frozenset({"list", "dict", "str", "int", "float", "bool", "bytes"})


def escape(name: str) -> str:
    """`name`, or `name_` (repeated) while it is a reserved word."""
    while name in RESERVED:
        name += "_"
    return name


def snake_identifier(text: str, fallback: str, digit_prefix: str) -> str:
    """snake_case of `text`'s words (`fallback` when it has none), `digit_prefix` before a leading
    digit, reserved words escaped."""
    name = snake(split_words(text)) or fallback
    return escape(digit_prefix + name if name[0].isdigit() else name)


def operation_method(operation_id: str) -> str:
    """The method an operationId becomes: snake_case, never starting with a digit, never reserved."""
    return snake_identifier(operation_id, "call", "op_")


def enum_member(value: object) -> str:
    """An enum member's name before collisions: SCREAMING_CASE of its value."""
    member = escape(screaming(split_words(str(value))) or "EMPTY")
    if member[0].isdigit() or member.startswith("_"):
        member = "VALUE_" + member
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
        member = "MINUS_" + member
    return member


def field_attr(wire_name: str) -> str:
    """An object field's attribute before collisions: snake_case of its wire name."""
    return snake_identifier(wire_name, "field", "field_")


@dataclass(frozen=True)
class OperationSymbols:
    method: str
    path_params: str | None  # the TypedDict classes of its parameters, when it has any
    query: str | None
    headers: str | None
    iter: str | None  # helper methods, when the operation pages, waits or tails
    wait: str | None
    tail: str | None


@dataclass(frozen=True)
class ResourceSymbols:
    attr: str  # the client's accessor, also the module under resources/
    class_name: str
    async_class_name: str


@dataclass
class NamespaceSymbols:
    """A namespace of the resource surface (`client.apps.git`): merged into the tag resource of
    the same name when there is one (`tag`), else a class of its own."""

    key: tuple[str, ...]  # the accessors from the client, before collisions: ("apps", "git")
    attr: str
    class_name: str
    async_class_name: str
    module: str  # resources/<module>.py, the module of its root namespace
    tag: str | None = None
    allocator: NameAllocator = field(default_factory=NameAllocator, compare=False, repr=False)


@dataclass(frozen=True)
class SurfaceSymbols:
    """An operation's method on the resource surface and its argument names."""

    namespace: tuple[str, ...]
    method: str
    arguments: dict[tuple[str, str], str]  # (location, wire name) -> argument; ("body", "") the body


@dataclass
class PythonSymbols:
    """Every name of one SDK; build it with `PythonSymbols.assign(api, client, async_client)`."""

    classes: dict[str, str] = field(default_factory=dict)  # model name -> class
    enum_members: dict[str, list[str]] = field(default_factory=dict)  # model -> member per value
    fields: dict[str, list[tuple[ir.Field, str]]] = field(default_factory=dict)  # model -> (field, attr)
    resources: dict[str, ResourceSymbols] = field(default_factory=dict)  # resource name -> names
    operations: dict[str, OperationSymbols] = field(default_factory=dict)  # operationId -> names
    namespaces: dict[tuple[str, ...], NamespaceSymbols] = field(default_factory=dict)  # in creation order
    surface: dict[str, SurfaceSymbols] = field(default_factory=dict)  # operationId -> names

    @classmethod
    def assign(cls, api: ir.Api, client: str, async_client: str) -> PythonSymbols:
        symbols = cls()
        types = NameAllocator(MODULE_NAMES | {client, async_client})
        for model_name in api.models:
            symbols.classes[model_name] = _class_name(types, split_words(model_name), "Model")
        for model_name, decl in api.models.items():
            if isinstance(decl, ir.EnumModel):
                members = NameAllocator()
                symbols.enum_members[model_name] = [members.allocate(enum_member(v.value), "_") for v in decl.values]
            elif isinstance(decl, ir.ObjectModel):
                attrs = NameAllocator(MODEL_MEMBERS)
                # Required fields first: attrs wants no defaults before them.
                ordered = sorted(decl.fields, key=lambda f: not f.required)
                symbols.fields[model_name] = [(f, attrs.allocate(field_attr(f.wire_name), "_")) for f in ordered]
        accessors = NameAllocator(CLIENT_MEMBERS)
        for resource in api.resources:
            names = symbols.resources[resource.name] = _resource(accessors, resource.name)
            methods = NameAllocator(RESOURCE_MEMBERS)
            for op in resource.operations:
                symbols.operations[op.operation_id] = _operation(types, methods, op)
            symbols.namespaces[(names.attr,)] = NamespaceSymbols(
                (names.attr,), names.attr, names.class_name, names.async_class_name, names.attr, resource.name, methods)
        # The resource surface last: it never renames what the seed surface already has.
        surface = _Surface(symbols, accessors)
        for op in api.operations:
            symbols.surface[op.operation_id] = surface.operation(api, op)
        return symbols


def _class_name(allocator: NameAllocator, words: list[str], fallback: str) -> str:
    """A distinct class name: PascalCase, never starting with a digit, never reserved."""
    base = pascal(words) or fallback
    if base[0].isdigit():
        base = fallback + base
    return allocator.allocate(escape(base))


def _resource(accessors: NameAllocator, name: str) -> ResourceSymbols:
    attr = accessors.allocate(escape(snake(split_words(name) or ["default"])), "_")
    if attr[0].isdigit():
        attr = "r" + attr
    words = split_words(attr)
    return ResourceSymbols(attr, pascal(words) + "Resource", "Async" + pascal(words) + "Resource")


def _operation(types: NameAllocator, methods: NameAllocator, op: ir.Operation) -> OperationSymbols:
    method = methods.allocate(operation_method(op.operation_id), "_")

    def params(location: str, suffix: str) -> str | None:
        if not op.params_in(location):
            return None
        return _class_name(types, split_words(op.operation_id) + split_words(suffix), "Params")

    path_params, query, headers = params("path", "PathParams"), params("query", "Query"), params("header", "Headers")
    pages = op.pagination is not None
    tails = op.tail is not None and pages and op.pagination is not None and op.pagination.style == "cursor"
    return OperationSymbols(
        method=method,
        path_params=path_params,
        query=query,
        headers=headers,
        iter=methods.allocate("iter_" + method, "_") if pages else None,
        wait=methods.allocate("wait_for_" + snake(split_words(op.waiter.name)), "_") if op.waiter else None,
        tail=methods.allocate("tail_" + snake(split_words(op.tail.name)), "_") if tails and op.tail else None,
    )


def spread_fields(api: ir.Api, op: ir.Operation) -> list[ir.Field] | None:
    """The fields a body's object model has, when its fields become keyword arguments."""
    body = op.body
    if body is None or not isinstance(body.type, ir.NamedType) or body.type.nullable:
        return None
    decl = api.models.get(body.type.name)
    return list(decl.fields) if isinstance(decl, ir.ObjectModel) and decl.fields else None


class _Surface:
    """Names of the resource surface, from every operation's neutral name, in spec order."""

    def __init__(self, symbols: PythonSymbols, accessors: NameAllocator) -> None:
        self.symbols = symbols
        self.accessors = accessors
        self.classes = NameAllocator(n for ns in symbols.namespaces.values()
                                     for n in (ns.class_name, ns.async_class_name))

    def namespace(self, key: tuple[str, ...]) -> NamespaceSymbols:
        found = self.symbols.namespaces.get(key)
        if found is not None:
            return found
        if len(key) == 1:
            attr = self.accessors.allocate(key[0], "_")
            module = attr
        else:
            parent = self.namespace(key[:-1])
            attr = parent.allocator.allocate(key[-1], "_")
            module = parent.module
        base = self.classes.allocate(pascal([w for part in key for w in part.split("_")]) + "Resource")
        names = NamespaceSymbols(key, attr, base, "Async" + base, module, None, NameAllocator(SURFACE_MEMBERS))
        self.symbols.namespaces[key] = names
        return names

    def operation(self, api: ir.Api, op: ir.Operation) -> SurfaceSymbols:
        neutral = op.neutral_name or ir.MethodName((tuple(split_words(op.resource)),),
                                                   tuple(split_words(op.operation_id)))
        key = tuple(_segment(words, "r") for words in neutral.resource)
        if not key:  # a pinned name without a resource: the tag's own resource
            key = (self.symbols.resources[op.resource].attr,)
        namespace = self.namespace(key)
        method = namespace.allocator.allocate(_segment(neutral.method, "call"), "_")
        arguments = NameAllocator(ARGUMENT_NAMES)
        names: dict[tuple[str, str], str] = {}
        for location in ("path", "query", "header", "cookie"):
            for p in op.params_in(location):
                names[(location, p.name)] = arguments.allocate(snake_identifier(p.name, "param", "p_"), "_")
        fields = spread_fields(api, op)
        for f in fields or []:
            names[("body", f.wire_name)] = arguments.allocate(field_attr(f.wire_name), "_")
        if op.body is not None and fields is None:
            names[("body", "")] = arguments.allocate("body", "_")
        return SurfaceSymbols(key, method, names)


def _segment(words: tuple[str, ...], fallback: str) -> str:
    """A namespace or method name of the resource surface: snake_case, escaped, clear of `m`."""
    name = snake(list(words)) or fallback
    name = escape(fallback + "_" + name if name[0].isdigit() else name)
    return name + "_" if name in SURFACE_MEMBERS else name

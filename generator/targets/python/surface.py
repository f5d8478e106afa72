"""The resource surface as data: `client.deployments.list(app_id, limit=20)` beside the seed's
operationId methods. Every method goes through the runtime's one request path (`call`, `iterate`,
`stream`); nothing here is Python source."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ... import ir
from ...passes.docs import operation_doc
from .operations import OperationBuilder, PyArg, PyResource
from .security import PyScheme
from .symbols import SHADOWABLE, NamespaceSymbols, PythonSymbols, spread_fields
from .types import TypeMapper, scalar_kind


@dataclass
class PySurfaceMethod:
    name: str
    operation_id: str
    doc: str
    positional: list[PyArg]  # the path parameters, in path order
    keywords: list[PyArg]  # query, header and cookie parameters, then body fields (or `body`)
    path: list[tuple[str, str]]  # (wire name, argument)
    query: list[tuple[str, str]]  # (wire name, argument): query, header and cookie parameters
    fields: list[tuple[str, str]] | None  # (wire name, argument) of a body spread into keywords
    body: str | None  # the argument holding the whole body, when it is not spread
    body_required: bool
    mode: str  # "call", "iterate", "stream" (server-sent events), or a helper's "wait" or "tail"
    returns: str  # the result's annotation; the item's when iterating or tailing
    waiter: tuple[str, tuple[str, ...]] | None = None  # (field, terminal values) for "wait"
    follows: str = ""  # the method a helper ("wait", "tail") polls
    field_kinds: list[tuple[str, str]] = field(default_factory=list)  # (wire name, scalar kind) of spread fields


@dataclass
class PyNamespace:
    key: tuple[str, ...]  # the symbol provider's key for it
    attr: str
    class_name: str
    async_class_name: str
    module: str
    tag: str | None  # the tag resource it is merged into
    doc: str
    methods: list[PySurfaceMethod] = field(default_factory=list)
    children: list[PyNamespace] = field(default_factory=list)
    qualified: bool | None = None  # its annotations say `builtins.str` (decided on first use)


@dataclass
class PyModule:
    """One module under resources/: a tag resource and the namespaces rooted at it, or a root
    namespace of the surface with no tag of its name."""

    module: str
    resource: PyResource | None
    namespaces: list[PyNamespace]  # the root first

    def class_names(self) -> list[str]:
        """The classes the client attaches: the tag resource's, or the root namespace's."""
        names = [self.resource.class_name, self.resource.async_class_name] if self.resource else []
        root = self.namespaces[0]  # a root of the surface without a tag resource, or the tag's own
        return names + ([root.class_name, root.async_class_name] if root.tag is None else [])


def build_modules(api: ir.Api, symbols: PythonSymbols, resources: list[PyResource],
                  schemes: list[PyScheme]) -> list[PyModule]:
    """Every module under resources/, tag resources first (in order), then new root namespaces."""
    spaces = {key: _namespace(names, api) for key, names in symbols.namespaces.items()}
    for key, space in spaces.items():
        if len(key) > 1:
            spaces[key[:-1]].children.append(space)
    plain = TypeMapper(api.models, symbols.classes)
    qualified = TypeMapper(api.models, symbols.classes, qualified=True)
    builders = {False: OperationBuilder(api, symbols, plain, schemes),
                True: OperationBuilder(api, symbols, qualified, schemes)}
    for op in api.operations:
        space = spaces[symbols.surface[op.operation_id].namespace]
        space.methods.append(_method(api, symbols, op, builders[_qualified(space, symbols, api)]))
    by_tag = {r.module: r for r in resources}
    for space in spaces.values():
        _add_helpers(api, space, by_tag.get(space.module) if space.tag else None)
    for space in spaces.values():
        # A method named like a builtin shadows it for the annotations after it in the class: those
        # methods come last, so only a second one (or an accessor) makes the annotations qualified.
        space.methods.sort(key=lambda method: method.name in SHADOWABLE)
    modules: dict[str, PyModule] = {}
    for space in spaces.values():
        module = modules.setdefault(space.module, PyModule(space.module, by_tag.get(space.module), []))
        module.namespaces.append(space)
    return list(modules.values())


def _qualified(space: PyNamespace, symbols: PythonSymbols, api: ir.Api) -> bool:
    """Whether `space`'s annotations must say `builtins.str`: two of its methods, or one of its
    accessors, are named like builtins the annotations use."""
    if space.qualified is None:
        methods = [symbols.surface[op.operation_id].method for op in api.operations
                   if symbols.surface[op.operation_id].namespace == space.key]
        space.qualified = (sum(name in SHADOWABLE for name in methods) > 1
                           or any(child.attr in SHADOWABLE for child in space.children))
    return space.qualified


def _namespace(names: NamespaceSymbols, api: ir.Api) -> PyNamespace:
    doc = next((r.description for r in api.resources if r.name == names.tag), "") if names.tag else ""
    return PyNamespace(names.key, names.attr, names.class_name, names.async_class_name, names.module, names.tag, doc)


def _method(api: ir.Api, symbols: PythonSymbols, op: ir.Operation, builder: OperationBuilder) -> PySurfaceMethod:
    names = symbols.surface[op.operation_id]
    types = builder.types
    positional = [PyArg(names.arguments[("path", p.name)], types.annotation(p.type, "m."))
                  for p in op.params_in("path")]
    keywords: list[PyArg] = []
    query: list[tuple[str, str]] = []
    for location in ("query", "header", "cookie"):
        for p in op.params_in(location):
            annotation = types.builtin("str") if location != "query" else types.annotation(p.type, "m.")
            keywords.append(_keyword(names.arguments[(location, p.name)], annotation, p.required))
            query.append((p.name, names.arguments[(location, p.name)]))
    body_required = op.body is not None and op.body.required
    fields = spread_fields(api, op)
    spread = None
    if fields is not None:
        spread = [(f.wire_name, names.arguments[("body", f.wire_name)]) for f in fields]
        keywords += [_keyword(arg, types.annotation(f.type, "m."), body_required and f.required)
                     for f, (_, arg) in zip(fields, spread, strict=True)]
    elif op.body is not None:
        keywords.append(_keyword(names.arguments[("body", "")], builder.body_annotation(op.body), body_required))
    mode, returns = "call", ""
    if op.pagination is not None:
        mode, returns = "iterate", types.annotation(op.pagination.item_type, "m.")
    else:
        _, returns, streams = builder.responses_of(op)
        mode = "stream" if streams else "call"
    # Required keywords first reads best, and keeps the signature's order of the spec otherwise.
    keywords.sort(key=lambda a: a.optional)
    return PySurfaceMethod(
        name=names.method, operation_id=op.operation_id, doc=operation_doc(op, op.method + " " + op.path),
        positional=positional, keywords=keywords,
        path=[(p.name, names.arguments[("path", p.name)]) for p in op.params_in("path")],
        query=query, fields=spread, body=names.arguments.get(("body", "")), body_required=body_required,
        mode=mode, returns=returns,
        field_kinds=[(f.wire_name, kind) for f in fields or [] for kind in [scalar_kind(api.models, f.type)] if kind],
    )


def _keyword(name: str, annotation: str, required: bool) -> PyArg:
    return PyArg(name, annotation, False) if required else PyArg(name, annotation + " | Unset", True)


def _add_helpers(api: ir.Api, space: PyNamespace, resource: PyResource | None) -> None:
    """The bounded helpers beside the methods they poll, taking the same positional path values and
    typed keywords: `wait_for(app_id, did)` for a `get` with a waiter (`wait_for_<method>` for any
    other), `follow_<method>(app_id, ...)` for a tailed list. A name already taken in the class (a
    method, an accessor, or the seed's names when the class is the tag resource) gets `_2`, `_3`."""
    by_id = {op.operation_id: op for op in api.operations}
    taken = {m.name for m in space.methods} | {c.attr for c in space.children}
    if resource is not None:
        for seed in resource.operations:
            taken |= {name for name in (seed.method_name, seed.symbols.iter, seed.symbols.wait,
                                        seed.symbols.tail) if name}
    helpers: list[PySurfaceMethod] = []
    for method in space.methods:
        op = by_id[method.operation_id]
        if {a.name for a in method.positional + method.keywords} & _HELPER_PARAMS:
            continue  # an argument named like a bound: the seed's dictionary helper still serves it
        if op.waiter is not None and method.mode == "call":
            name = _free("wait_for" if method.name == "get" else "wait_for_" + method.name, taken)
            helpers.append(replace(method, name=name, mode="wait", follows=method.name,
                                   waiter=(op.waiter.field, tuple(op.waiter.terminal))))
        if op.tail is not None and method.mode == "iterate":
            tail_param = op.tail.param
            dropped = {arg for wire, arg in method.query if wire == tail_param}
            helpers.append(replace(
                method, name=_free("follow_" + method.name, taken), mode="tail", follows=method.name,
                keywords=[a for a in method.keywords if a.name not in dropped],
                query=[(wire, arg) for wire, arg in method.query if wire != tail_param],
            ))
    space.methods += helpers


_HELPER_PARAMS = {"timeout", "interval", "max_polls", "stop"}


def _free(name: str, taken: set[str]) -> str:
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}_{n}"
    taken.add(candidate)
    return candidate

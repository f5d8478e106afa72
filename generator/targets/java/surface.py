"""The friendly surface: resource methods named from each operation's neutral name
(`ir.Operation.neutral_name`), nested as the names nest: `client.deployments().list(appId, params)`.

Path parameters are positional, in path order (primitives for integers, numbers and booleans, so a
wrong type does not compile); everything else is one typed params object per method, whose builder
takes query and header parameters and the JSON body's fields (with primitive overloads). A
namespace whose accessor is a seed resource's accessor (the tag) is that resource class; any other
is a class of its own. Every method calls the runtime like the seed methods do.

Names are handed out in one fixed order, after the seed's: operations in spec order, each creating
the namespaces on its path (accessors in the parent, classes in the one class namespace) and then
its method, async twin and params class.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ... import ir
from ...naming import NameAllocator, camel, pascal
from ...passes.pagination import paging_in
from .operations import JavaOperations, JOperation, JResource
from .symbols import OBJECT_MEMBERS, PARAMS_MEMBERS, JavaSymbols, java_name
from .types import PAGED_STYLES, STRING, JType

PRIMITIVES = {"Long": "long", "Integer": "int", "Double": "double", "Boolean": "boolean"}
# A path argument may not shadow the class's `client` field or the method's other parameters.
_METHOD_ARGS = frozenset({"params", "options", "client", "wait", "tail"})
# A params setter's parameter may not shadow the builder's fields.
_SETTER_NAMES = PARAMS_MEMBERS | {"queryParams", "query", "fields"}


@dataclass
class JArg:
    """A positional path argument."""

    name: str
    wire: str
    type: str  # as declared: a primitive where the parameter's type has one
    reference: bool  # may be null: checked before sending


@dataclass
class JSetter:
    """One setter of a params builder: a query/header/cookie parameter, or a field of the body."""

    name: str
    wire: str  # a parameter's wire name; for a body field, the body model builder's method
    type: JType
    primitive: str | None  # the primitive overload's type
    location: str  # query, header, cookie, body
    required: bool
    doc: str


@dataclass
class JMethodParams:
    name: str
    setters: list[JSetter]
    body: JType | None  # the body's type; with `body_fields`, a model whose builder they fill
    body_required: bool
    imports: list[str]

    @property
    def params(self) -> list[JSetter]:
        return [s for s in self.setters if s.location != "body"]

    @property
    def body_fields(self) -> list[JSetter]:
        return [s for s in self.setters if s.location == "body"]


@dataclass
class JMethod:
    name: str
    async_name: str
    op: JOperation
    args: list[JArg]
    params: JMethodParams | None
    params_required: bool  # some parameter or the body is required: no form without params
    item_type: str | None  # paginated: the sync form returns every item across pages
    path: str  # dotted, for docs: deployments.list
    chain: list[str]  # the accessors from the client to its namespace
    wait_name: str | None = None  # an operation with a waiter: waitFor(args, [params,] WaitOptions)
    wait_async_name: str | None = None
    follow_name: str | None = None  # an operation with a tail: follow<Method>(args, [params,] TailOptions)
    tail_item: str | None = None  # what the tail yields

    @property
    def example_setter(self) -> JSetter | None:
        """A setter a README example can show with a plain literal: a body field first, a header last."""
        if self.params is None:
            return None
        order = {"body": 0, "query": 1}
        shown = [s for s in self.params.setters if s.primitive in PRIMITIVES.values() or s.type.text == "String"]
        return min(shown, key=lambda s: order.get(s.location, 2), default=None)


@dataclass
class JNamespace:
    accessor: str
    class_name: str
    merged: bool  # the seed resource class of the same accessor holds it
    path: str  # dotted: apps.git
    chain: list[str] = field(default_factory=list)  # the accessors from the client
    children: list[JNamespace] = field(default_factory=list)
    methods: list[JMethod] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)
    # its methods and child accessors: clear of Object's methods and of the `client` field
    members: NameAllocator = field(default_factory=lambda: NameAllocator(OBJECT_MEMBERS | {"client"}))


class JavaSurface:
    """The namespace tree of the friendly surface and the params classes of its methods."""

    def __init__(self, symbols: JavaSymbols, operations: JavaOperations) -> None:
        self.symbols = symbols
        self.package = symbols.package
        self.roots: list[JNamespace] = []
        self.params_classes: list[JMethodParams] = []
        self._by_path: dict[tuple[str, ...], JNamespace] = {}
        self._seed = {r.accessor: r for r in operations.resources}
        seed_ops = {op.operation_id: op for r in operations.resources for op in r.operations}
        for op in symbols.api.operations:
            if op.neutral_name is not None:
                self._add(op, op.neutral_name, seed_ops[op.operation_id])

    # ------------------------------------------------------------ namespaces

    def _namespace(self, resource: tuple[tuple[str, ...], ...]) -> JNamespace:
        key: tuple[str, ...] = ()
        parent: JNamespace | None = None
        for depth, words in enumerate(resource):
            key = (*key, camel(words))
            node = self._by_path.get(key)
            if node is None:
                node = self._create(key, resource[:depth + 1], parent)
                self._by_path[key] = node
            parent = node
        assert parent is not None
        return parent

    def _create(self, key: tuple[str, ...], path: tuple[tuple[str, ...], ...],
                parent: JNamespace | None) -> JNamespace:
        plain = java_name(" ".join(path[-1]), camel, "resource")
        dotted = ".".join(key)
        service = pascal([w for words in path for w in words]) + "Service"
        if parent is None:
            seed = self._seed.get(plain)
            if seed is not None:
                self.symbols.resource_members[seed.class_name].allocate("client")  # the class's field
                node = JNamespace(seed.accessor, seed.class_name, True, dotted, [seed.accessor],
                                  members=self.symbols.resource_members[seed.class_name])
            else:
                accessor = self.symbols.client_accessors.allocate(plain)
                node = JNamespace(accessor, self.symbols.new_class(service), False, dotted, [accessor])
            self.roots.append(node)
            return node
        accessor = parent.members.allocate(plain)
        node = JNamespace(accessor, self.symbols.new_class(service), False, dotted, [*parent.chain, accessor])
        parent.children.append(node)
        return node

    # ------------------------------------------------------------ methods

    def _add(self, op: ir.Operation, name: ir.MethodName, seed: JOperation) -> None:
        node = self._namespace(name.resource)
        method = node.members.allocate(java_name(" ".join(name.method), camel, "call"))
        async_name = node.members.allocate(method.rstrip("_") + "Async")
        args = self._args(op)
        words = [w for segment in name.resource for w in segment] + list(name.method)
        params = self._params(op, pascal(words) + "Params")
        required = any(p.required for p in op.parameters if p.location != "path") or (
            op.body is not None and op.body.required)
        pg = paging_in(op, PAGED_STYLES)
        item = self.symbols.jtype(pg.item_type).text if pg is not None else None
        found = JMethod(method, async_name, seed, args, params, required, item, f"{node.path}.{method}", node.chain)
        if seed.wait_name is not None:  # the bounded helpers, after the method's own names
            found.wait_name = node.members.allocate("waitFor")
            found.wait_async_name = node.members.allocate(found.wait_name + "Async")
        if seed.tail_name is not None:
            found.follow_name = node.members.allocate("follow" + pascal([method.rstrip("_")]))
            found.tail_item = seed.item_type
        node.methods.append(found)

    def _args(self, op: ir.Operation) -> list[JArg]:
        names = NameAllocator(_METHOD_ARGS)
        args = []
        for p in op.params_in("path"):
            jt = self.symbols.jtype(p.type)
            if jt.kind in ("OBJECT", "ARRAY", "ANY"):
                jt = STRING
            primitive = PRIMITIVES.get(jt.text)
            args.append(JArg(names.allocate(java_name(p.name, camel, "param")), p.name, primitive or jt.text,
                             primitive is None))
        return args

    def _params(self, op: ir.Operation, class_: str) -> JMethodParams | None:
        others = [p for p in op.parameters if p.location != "path"]
        if not others and op.body is None:
            return None
        members = NameAllocator(_SETTER_NAMES)
        setters = []
        for p in others:
            jt = self.symbols.jtype(p.type)
            if p.location in ("header", "cookie") and jt.kind in ("OBJECT", "ARRAY", "ANY"):
                jt = STRING
            setters.append(JSetter(members.allocate(java_name(p.name, camel, "param")), p.name, jt,
                                   PRIMITIVES.get(jt.text), p.location, p.required, p.description))
        body = self.symbols.jtype(op.body.type) if op.body is not None else None
        if op.body is not None and body is not None:
            setters += self._body_fields(op.body.type, members)
        name = self.symbols.new_class(class_)
        imports = {"java.util.LinkedHashMap", "java.util.Map", "java.util.Objects"}
        body_fields = any(s.location == "body" for s in setters)
        if any(s.required and s.location != "body" for s in setters) or (
                op.body is not None and op.body.required and not body_fields):
            imports.add(f"{self.package}.core.Checks")
        for s in setters:
            imports |= s.type.imports
        if body is not None:
            imports |= body.imports
        view = JMethodParams(name, setters, body, op.body is not None and op.body.required,
                             sorted(i for i in imports if i.rsplit(".", 1)[0] != self.package + ".params"))
        self.params_classes.append(view)
        return view

    def _body_fields(self, t: ir.Type, members: NameAllocator) -> list[JSetter]:
        """The body model's settable fields (not constants, not deprecated), as setters."""
        resolved, _ = self.symbols.types.resolve(t)
        if not isinstance(resolved, ir.NamedType):
            return []
        decl = self.symbols.api.models.get(resolved.name)
        if not isinstance(decl, ir.ObjectModel):
            return []
        class_ = self.symbols.class_names[resolved.name]
        setters = []
        for attr, f in zip(self.symbols.field_names(class_, decl.fields), decl.fields, strict=True):
            if f.deprecated or (isinstance(f.type, ir.ConstType) and f.type.value is not None):
                continue
            jt = self.symbols.jtype(f.type)
            setter = JSetter(members.allocate(attr), attr, jt, PRIMITIVES.get(jt.text), "body", f.required,
                             f.description)
            setters.append(setter)
        return setters

    def examples(self) -> list[JMethod]:
        """Up to three methods a README shows: a list, one with params, one with path arguments only."""
        methods = [m for ns in self.roots for m in self._methods(ns)
                   if all(a.type == "String" or not a.reference for a in m.args)]
        picks = [next((m for m in methods if m.item_type), None),
                 next((m for m in methods if m.example_setter and not m.item_type), None),
                 next((m for m in methods if m.args and not m.params), None)]
        chosen: list[JMethod] = []
        for m in [*picks, *methods]:
            if m is not None and all(m is not c for c in chosen) and len(chosen) < 3:
                chosen.append(m)
        return chosen

    def _methods(self, ns: JNamespace) -> list[JMethod]:
        return ns.methods + [m for child in ns.children for m in self._methods(child)]

    def namespace_of(self, resource: JResource) -> JNamespace | None:
        return next((n for n in self.roots if n.merged and n.class_name == resource.class_name), None)

    def own_classes(self) -> list[JNamespace]:
        """The namespaces that are classes of their own, parents first."""
        found: list[JNamespace] = []

        def walk(node: JNamespace) -> None:
            if not node.merged:
                found.append(node)
            for child in node.children:
                walk(child)

        for root in self.roots:
            walk(root)
        return found

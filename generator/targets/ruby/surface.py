"""The names of the friendly surface (issue #16): resource accessors nested as the operations'
language-neutral names nest (`client.apps.git.connect_github`), each method named from
`ir.Operation.neutral_name`, its path parameters positional in path order and everything else
keywords.

Part of the symbol provider, run after the seed's names (which never change): a top-level
resource whose accessor is a tag resource's accessor shares that class (`client.deployments`
keeps its operationId methods and gains `list`, `get`...), and takes its methods' names around
the ones already there. Everything is allocated in spec order; a taken name gets `_2`, `_3`..."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ... import ir
from ...naming import NameAllocator, snake
from ...passes.pagination import paging_in
from ...passes.responses import streams
from ...passes.types import resolve_alias
from .symbols import (
    CLIENT_MEMBERS,
    OBJECT_METHODS,
    PAGED_STYLES,
    RUNTIME_CONSTANTS,
    ResourceSymbols,
    ascii_words,
    constant_name,
    escape,
    file_name,
)

# The keyword that carries per-call settings, and the splat that collects the keywords.
OPTIONS = "options"
PARAMS = "params"


@dataclass
class Keyword:
    name: str  # the Ruby keyword (a Symbol key of `params`)
    wire: str | None  # the wire name; None for the whole body
    location: str  # path, query, header, cookie, field (of the body), body (the whole body)
    type: ir.Type | None
    required: bool
    description: str = ""


@dataclass
class MethodSymbols:
    name: str
    op: ir.Operation
    positional: list[Keyword]  # path parameters, in path order (`name` is the Ruby parameter)
    keywords: list[Keyword]
    helper: str = ""  # "wait" (a waiter over a get) or "tail" (a tail over a list); "" for the method
    follows: str = ""  # the method a helper polls


# The keywords of the bounded helpers: a method with an argument so named gets no helper (the
# seed's operationId helper still serves it).
HELPER_BOUNDS = {"timeout", "interval", "max_polls", "max_items", "stop", OPTIONS, PARAMS}


@dataclass
class NodeSymbols:
    attr: str
    class_name: str
    file: str
    path: tuple[str, ...]  # accessors from the client
    seed: int | None = None  # the tag resource it shares its class with
    methods: list[MethodSymbols] = field(default_factory=list)
    children: list[NodeSymbols] = field(default_factory=list)
    members: NameAllocator = field(default_factory=NameAllocator)


def local_name(text: str, fallback: str) -> str:
    """A Ruby local variable or method name: snake_case, ASCII, never a keyword."""
    name = snake(ascii_words(text)) or fallback
    return escape(fallback + "_" + name if name[0].isdigit() else name)


def words_name(words: tuple[str, ...] | list[str], fallback: str) -> str:
    """snake_case of a neutral name's words, ASCII only (accents folded, other letters dropped)."""
    name = snake([w for word in words for w in ascii_words(word)]) or fallback
    return fallback + "_" + name if name[0].isdigit() else name


def keyword_name(text: str) -> str:
    """A keyword's name (any snake_case word may be a Symbol key, keywords too)."""
    name = snake(ascii_words(text)) or "param"
    return "p_" + name if name[0].isdigit() else name


def path_order(op: ir.Operation) -> list[ir.Parameter]:
    """The path parameters in the order the path template names them (then any it does not)."""
    params = op.params_in("path")
    order = re.findall(r"\{([^{}]+)\}", op.path)
    return sorted(params, key=lambda p: order.index(p.name) if p.name in order else len(order))


def body_fields(api: ir.Api, body: ir.Body) -> list[ir.Field] | None:
    """The fields a body is spread into (an object model with fields, through aliases), else None."""
    t = resolve_alias(api.models, body.type)
    decl = api.models.get(t.name) if isinstance(t, ir.NamedType) else None
    return (decl.fields or None) if isinstance(decl, ir.ObjectModel) else None


def method_symbols(api: ir.Api, op: ir.Operation, name: str) -> MethodSymbols:
    locals_ = NameAllocator({PARAMS, "block"})
    positional = [Keyword(locals_.allocate(local_name(p.name, "arg"), "_"), p.name, "path", p.type, True,
                          p.description) for p in path_order(op)]
    keys = NameAllocator({OPTIONS})
    keywords = [Keyword(keys.allocate(keyword_name(p.name), "_"), p.name, p.location, p.type, p.required,
                        p.description) for p in op.parameters if p.location != "path"]
    if op.body is not None:
        fields = body_fields(api, op.body)
        if fields is None:
            keywords.append(Keyword(keys.allocate("body", "_"), None, "body", op.body.type, op.body.required,
                                    op.body.description))
        else:
            keywords += [Keyword(keys.allocate(keyword_name(f.wire_name), "_"), f.wire_name, "field", f.type,
                                 op.body.required and f.required, f.description) for f in fields]
    return MethodSymbols(name, op, positional, keywords)


class SurfaceNames:
    """The friendly resource tree of one SDK, named after the seed's resources."""

    def __init__(self, api: ir.Api, seed: list[ResourceSymbols]) -> None:
        self.api = api
        self.seed = seed
        self.attrs = NameAllocator(r.attr for r in seed)
        self.classes = NameAllocator(r.class_name for r in seed)
        self.files = NameAllocator(r.file for r in seed)
        self.top: list[NodeSymbols] = []
        self.keyed: dict[tuple[str, ...], NodeSymbols] = {}  # by the wanted accessors from the client
        for resource in api.resources:
            for op in resource.operations:
                self._place(op)
        tailed = {op.operation_id for resource, names in zip(api.resources, seed, strict=True)
                  for op, op_names in zip(resource.operations, names.operations, strict=True) if op_names.tail}
        for node in self.nodes():
            self._add_helpers(node, tailed)

    @staticmethod
    def _add_helpers(node: NodeSymbols, tailed: set[str]) -> None:
        """The bounded helpers beside the methods they poll, with the same positional path values
        and keywords: `wait_for(...)` for a `get` with a waiter (`wait_for_<method>` for any other),
        `follow_<method>(...)` for a list the seed can tail; a taken name gets `_2`."""
        helpers = []
        for method in node.methods:
            op = method.op
            if {k.name for k in [*method.positional, *method.keywords]} & HELPER_BOUNDS:
                continue
            if op.waiter is not None and not streams(op) and paging_in(op, PAGED_STYLES) is None:
                name = node.members.allocate("wait_for" if method.name == "get" else "wait_for_" + method.name, "_")
                helpers.append(replace(method, name=name, helper="wait", follows=method.name))
            if op.operation_id in tailed:
                name = node.members.allocate("follow_" + method.name, "_")
                helpers.append(replace(method, name=name, helper="tail", follows=method.name))
        node.methods += helpers

    def _taken_by_seed(self, index: int) -> list[str]:
        names = []
        for op in self.seed[index].operations:
            names += [n for n in (op.method, op.each, op.wait, op.tail) if n]
        return names

    def _top(self, words: tuple[str, ...]) -> NodeSymbols:
        wanted = escape(words_name(words, "default"), CLIENT_MEMBERS)
        if (wanted,) in self.keyed:
            return self.keyed[(wanted,)]
        node = None
        for index, resource in enumerate(self.seed):
            if resource.attr == wanted:
                node = NodeSymbols(resource.attr, resource.class_name, resource.file, (wanted,), seed=index,
                                   members=NameAllocator(OBJECT_METHODS | set(self._taken_by_seed(index))))
        if node is None:
            attr = self.attrs.allocate(wanted, "_")
            node = self._node(attr, (attr,))
        self.keyed[(wanted,)] = node
        self.top.append(node)
        return node

    def _node(self, attr: str, path: tuple[str, ...]) -> NodeSymbols:
        joined = "_".join(path)
        class_name = self.classes.allocate(constant_name(joined, "Resource", RUNTIME_CONSTANTS, "Resource"))
        return NodeSymbols(attr, class_name, self.files.allocate(file_name(joined), "_"), path,
                           members=NameAllocator(OBJECT_METHODS))

    def _child(self, parent: NodeSymbols, words: tuple[str, ...]) -> NodeSymbols:
        wanted = escape(words_name(words, "resource"), OBJECT_METHODS)
        key = ("", *parent.path, wanted)  # "" keeps these apart from the top-level keys
        if key in self.keyed:
            return self.keyed[key]
        attr = parent.members.allocate(wanted, "_")
        child = self._node(attr, (*parent.path, attr))
        parent.children.append(child)
        self.keyed[key] = child
        return child

    def _place(self, op: ir.Operation) -> None:
        name = op.neutral_name
        segments = name.resource if name is not None and name.resource else ((op.resource or "default",),)
        node = self._top(tuple(segments[0]))
        for words in segments[1:]:
            node = self._child(node, tuple(words))
        method_words = list(name.method) if name is not None else [op.operation_id]
        method = node.members.allocate(escape(words_name(method_words, "call"), OBJECT_METHODS), "_")
        node.methods.append(method_symbols(self.api, op, method))

    def nodes(self) -> list[NodeSymbols]:
        """Every node, parents before children, in the order they were first named."""
        result: list[NodeSymbols] = []

        def visit(node: NodeSymbols) -> None:
            result.append(node)
            for child in node.children:
                visit(child)

        for node in self.top:
            visit(node)
        return result

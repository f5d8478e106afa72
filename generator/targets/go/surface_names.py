"""The names of the friendly surface (issue 16): resource accessors nested as each operation's
language-neutral name (`ir.Operation.neutral_name`) nests, one method per operation, its
positional path arguments and its params struct.

The last step of the symbol provider's pass, so that no seed name ever changes: a top-level
resource whose accessor is already a tag service's (`client.Deployments()`) adds its methods to
that service beside the seed methods (which keep their names; a friendly name that meets one gets
a number); any other resource is a new type (`AppsResource`, `AppsGitResource`) reached by an
accessor on its parent. Operations are visited in spec order, so the same spec gives the same
names."""

from __future__ import annotations

from dataclasses import dataclass, field

from ... import ir
from ...naming import NameAllocator
from .text import exported, go_pascal, go_words

# The methods of a generated params struct, which its fields never take.
PARAMS_METHODS = ("ParamValues", "ParamsOf")

# Names a friendly method's body uses besides its path arguments.
_LOCALS = ("s", "ctx", "params", "wait", "opts", "core")


@dataclass
class FriendlySymbols:
    method: str
    params_struct: str | None  # None when the method takes only path arguments
    path_args: list[str]  # Go names of the path parameters, in path order
    fields: list[str]  # params struct fields: non-path parameters, then body fields (or Body)


@dataclass
class NodeSymbols:
    """A resource of the friendly surface: the Go type its methods hang on."""

    key: tuple[str, ...]  # the neutral resource path, lower-cased words joined per segment
    type: str
    accessor: str  # the method of the parent that returns it
    parent: NodeSymbols | None  # None for a top-level resource (an accessor of Client)
    reused: bool  # a tag service: the type and accessor exist already
    prefix: str  # the words of its path, for the names of its params structs
    members: NameAllocator = field(default_factory=NameAllocator)
    children: list[NodeSymbols] = field(default_factory=list)


def go_camel(words: list[str], reserved: frozenset[str]) -> str:
    """lowerCamel with Go's initialisms (app_id -> appID, id -> id, ids -> ids), reserved names
    suffixed `_`."""
    first, rest = go_pascal(words[:1]), go_pascal(words[1:])
    lead = first.lower() if first[:-1].isupper() or first.isupper() else first[:1].lower() + first[1:]
    name = lead + rest
    if not name[:1].isalpha():
        name = "arg" + name
    while name in reserved:
        name += "_"
    return name


def segment_words(words: tuple[str, ...]) -> list[str]:
    return [w for word in words for w in go_words(word)] or ["Default"]


class SurfaceNamer:
    """Allocates the friendly surface's names after every seed name."""

    def __init__(self, names: NameAllocator, client_members: NameAllocator,
                 services: dict[str, tuple[str, list[str]]], reserved: frozenset[str]) -> None:
        self.names = names  # the package's names
        self.client_members = client_members  # Client's methods (the tag accessors included)
        self.services = services  # tag accessor -> (service type, its seed methods)
        self.reserved = reserved
        self.roots: list[NodeSymbols] = []
        self.nodes: dict[tuple[str, ...], NodeSymbols] = {}

    def node(self, resource: tuple[tuple[str, ...], ...]) -> NodeSymbols:
        key = tuple("".join(w.lower() for w in words) for words in resource)
        if key in self.nodes:
            return self.nodes[key]
        parent = self.node(resource[:-1]) if len(resource) > 1 else None
        words = segment_words(resource[-1])
        pascal = exported(words, "Default")
        prefix = (parent.prefix if parent else "") + pascal
        if parent is None and pascal in self.services:
            service, seed = self.services[pascal]
            node = NodeSymbols(key, service, pascal, None, True, prefix,
                               NameAllocator(("client", *seed)))
        else:
            members = parent.members if parent else self.client_members
            accessor = members.allocate(pascal)
            node = NodeSymbols(key, self.names.allocate(prefix + "Resource"), accessor, parent, False, prefix,
                               NameAllocator(("client",)))
        (parent.children if parent else self.roots).append(node)
        self.nodes[key] = node
        return node

    def operation(self, op: ir.Operation, neutral: ir.MethodName,
                  body_fields: list[str] | None) -> tuple[NodeSymbols, FriendlySymbols]:
        """`body_fields`: the Go names of an object body's fields (flattened into the params
        struct), or None when the body (if any) is one Body field."""
        node = self.node(neutral.resource or (("default",),))
        method = node.members.allocate(exported(segment_words(neutral.method), "Call"))
        args = NameAllocator((*self.reserved, *_LOCALS))
        path_args = [args.allocate(go_camel(go_words(p.name), self.reserved)) for p in op.params_in("path")]
        fields = NameAllocator(PARAMS_METHODS)
        names = [fields.allocate(exported(go_words(p.name), "Param"), "_")
                 for p in op.parameters if p.location != "path"]
        if op.body is not None:
            if body_fields is None:
                names.append(fields.allocate("Body", "_"))
            else:
                names += [fields.allocate(name, "_") for name in body_fields]
        struct = self.names.allocate(node.prefix + method + "Params") if names or op.body is not None else None
        return node, FriendlySymbols(method, struct, path_args, names)

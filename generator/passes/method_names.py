"""Every operation's language-neutral name (`ir.Operation.neutral_name`): a resource path and a
method, in words, beside the wire operationId.

Pinned names come from the spec (`x-sdkgen-method`, or its old name `x-sdkgen-node-alias`, read by
generator/extensions/method.py). Every other operation gets one derived from its tag, its HTTP
method and the shape of its path:

- the resource is the tag (as the tag resources of every SDK are), nested one level under the
  path's collection segment when that segment does not name the tag's resource (`/tenants/{t}/app-bootstraps`
  tagged `deployments` -> `deployments.appBootstraps`);
- on a collection (a static segment that has an item path `.../{id}` in the spec, or that is the
  tag): GET -> list, POST -> create, PUT/PATCH -> update, DELETE -> delete;
- on an item (the path ends in a parameter): GET -> get, PUT/PATCH/POST -> update, DELETE -> delete;
- on any other final segment, an action: POST -> the segment's words (`/deployments/{did}/cancel`
  -> cancel), other methods -> their verb and the segment (`GET /museum-hours` -> getMuseumHours);
  an RPC-style segment `noun.verb` (`/chat.postMessage`) names the action after its dot.

Collisions are resolved in one pass in a fixed order: pinned names first, in spec order (two pinned
names that collide are an error, `method-name-collision`), then derived names in spec order. A
derived name that is taken gets a suffix from what distinguishes its path from the owner's: its own
path parameters (`listByTenantID`), else its own static segments, else its HTTP method, else both;
a number only when none of these is free. Names compare as the concatenation of their lower-cased words, so
no two differ only by case or word breaks in any language. Reserved words stay as they are: each
target escapes its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .. import ir
from ..diagnostics import Diagnostics, Location
from ..naming import split_words

COLLISION = "method-name-collision"

Words = tuple[str, ...]
Key = tuple[str, ...]

_COLLECTION_VERBS = {"GET": "list", "POST": "create", "PUT": "update", "PATCH": "update", "DELETE": "delete"}
_ITEM_VERBS = {"GET": "get", "POST": "update", "PUT": "update", "PATCH": "update", "DELETE": "delete"}
_ACTION_VERBS = {"GET": "get", "PUT": "update", "PATCH": "update", "DELETE": "delete"}
# A format suffix on a static segment (`/Calls.json`) says nothing about the resource.
_FORMAT_SUFFIX = re.compile(r"\.(json|xml|yaml|yml|csv|txt|html)$", re.IGNORECASE)
# Segments that place an API (`/api/v1`) rather than name a resource: never an anchor or an action.
_VERSION = re.compile(r"^v[0-9]+([a-z]+[0-9]*)?$", re.IGNORECASE)
_PLACING = frozenset({"api", "apis", "rest"})


@dataclass(frozen=True)
class Segment:
    words: Words
    param: bool
    placing: bool = False  # a version or an `api` prefix
    rpc_action: Words = ()  # the words after the dot of `noun.verb`

    @property
    def key(self) -> str:
        return key_of(self.words)


def key_of(words: Words) -> str:
    return "".join(w.lower() for w in words)


def segments(path: str) -> list[Segment]:
    """The path's segments that carry words, parameters marked."""
    result = []
    for raw in path.split("/"):
        if "{" in raw:
            inner = raw[raw.index("{") + 1:].partition("}")[0]
            result.append(Segment(tuple(split_words(inner)) or ("param",), True))
            continue
        text = _FORMAT_SUFFIX.sub("", raw)
        words = tuple(split_words(text))
        if not words:
            continue
        placing = not words[0][0].isalpha() or (len(words) == 1 and (
            _VERSION.match(words[0]) is not None or words[0].lower() in _PLACING))
        noun, dot, verb = text.rpartition(".")
        rpc = tuple(split_words(verb)) if dot and split_words(noun) else ()
        result.append(Segment(words, False, placing, rpc))
    return result


def _shape(parts: list[Segment]) -> Key:
    return tuple("{}" if s.param else s.key for s in parts)


def item_prefixes(api: ir.Api) -> set[Key]:
    """The shapes of every path prefix that a parameter follows somewhere in the spec."""
    found: set[Key] = set()
    for op in api.operations:
        parts = segments(op.path)
        found.update(_shape(parts[:i]) for i, s in enumerate(parts) if s.param and i)
    return found


def _singular(key: str) -> str:
    for ending, replacement in (("ies", "y"), ("ses", "s"), ("s", "")):
        if key.endswith(ending) and len(key) > len(ending):
            return key[: -len(ending)] + replacement
    return key


def names_resource(words: Words, root: Words) -> bool:
    """Whether a segment names the tag's resource: singular or plural, the same words, or one ending
    in the other (`special-events` for the tag `Events`, `Addresses` for `Api20100401Address`)."""
    segments = {key_of(words), _singular(key_of(words))} - {""}
    tags = {key_of(root), _singular(key_of(root))} - {""}
    return any(s.endswith(t) or t.endswith(s) for s in segments for t in tags)


def _valid(words: Words, fallback: str) -> Words:
    """`words`, starting with a letter (a fallback word put first when they do not)."""
    if not words:
        return (fallback,)
    return words if words[0][0].isalpha() else (fallback, *words)


def derive(op: ir.Operation, items: set[Key]) -> ir.MethodName:
    """The name `op` gets from its tag, HTTP method and path shape, before collisions."""
    root = _valid(tuple(split_words(op.resource)), "default")
    parts = segments(op.path)
    verb = op.method.lower()
    last = parts[-1] if parts else None
    if last is None or last.placing:
        method: Words = (_ITEM_VERBS.get(op.method, verb),)
        anchor = None
    elif last.param:
        method, anchor = (_ITEM_VERBS.get(op.method, verb),), _anchor(parts[:-1])
    elif _shape(parts) in items or names_resource(last.words, root):
        method, anchor = (_COLLECTION_VERBS.get(op.method, verb),), last
    else:
        method, anchor = _action(op.method, last), _anchor(parts[:-1])
    nest = anchor is not None and not names_resource(anchor.words, root)
    resource = (root, _valid(anchor.words, "resource")) if nest and anchor is not None else (root,)
    return ir.MethodName(resource, _valid(method, verb))


def _anchor(parts: list[Segment]) -> Segment | None:
    """The nearest static segment that names something, searching back."""
    return next((s for s in reversed(parts) if not s.param and not s.placing), None)


def _action(http: str, last: Segment) -> Words:
    if last.rpc_action:
        return last.rpc_action
    if http == "POST":
        return last.words
    return (_ACTION_VERBS.get(http, http.lower()), *last.words)


class Registry:
    """The names handed out so far: methods by their full key, and every namespace path."""

    def __init__(self) -> None:
        self.methods: dict[Key, ir.Operation] = {}
        self.namespaces: set[Key] = set()

    @staticmethod
    def key(name: ir.MethodName) -> Key:
        return tuple(key_of(s) for s in name.segments)

    def clash(self, name: ir.MethodName) -> str | None:
        """What already holds the place `name` needs, described; None when it is free."""
        full = self.key(name)
        owner = self.methods.get(full)
        if owner is not None:
            return f"the name of {owner.operation_id}"
        if full in self.namespaces:
            return "a namespace"
        for depth in range(1, len(full)):
            holder = self.methods.get(full[:depth])
            if holder is not None:
                return f"the name of {holder.operation_id}, not a namespace"
        return None

    def claim(self, name: ir.MethodName, op: ir.Operation) -> None:
        full = self.key(name)
        self.methods[full] = op
        self.namespaces.update(full[:depth] for depth in range(1, len(full)))


def assign_all(api: ir.Api, diagnostics: Diagnostics | None = None) -> None:
    """Give every operation of `api` its neutral name, in the fixed order described above."""
    diagnostics = diagnostics if diagnostics is not None else Diagnostics()
    registry = Registry()
    for op in api.operations:
        if op.neutral_name is not None:
            _pin(op, op.neutral_name, registry, diagnostics)
    items = item_prefixes(api)
    for op in api.operations:
        if op.neutral_name is None:
            op.neutral_name = _resolve(op, derive(op, items), registry)
            registry.claim(op.neutral_name, op)


def _pin(op: ir.Operation, name: ir.MethodName, registry: Registry, diagnostics: Diagnostics) -> None:
    clash = registry.clash(name)
    if clash is None:
        registry.claim(name, op)
        return
    file, _, pointer = op.source.partition("#")
    diagnostics.error(
        COLLISION, f"{name.pinned_by} {name.written!r} of {op.operation_id} is already {clash}",
        Location(file, f"{pointer}/{name.pinned_by}" if pointer else ""),
        "give each operation its own name (names that differ only in case or word breaks collide)",
    )


def _resolve(op: ir.Operation, base: ir.MethodName, registry: Registry) -> ir.MethodName:
    """`base`, or the first free variant of it: distinguishing suffixes, then a number."""
    for candidate in _variants(op, base, registry):
        if registry.clash(candidate) is None:
            return candidate
    raise AssertionError("unreachable: numbered variants never run out")


def _variants(op: ir.Operation, base: ir.MethodName, registry: Registry) -> Iterator[ir.MethodName]:
    yield base
    resource = base.resource
    if any(registry.key(base)[:depth] in registry.methods for depth in range(1, len(resource) + 1)):
        # The nesting is taken by a method: stay in the tag's resource, the anchor in the method.
        resource = resource[:1]
        base = ir.MethodName(resource, (*base.method, *(w for s in base.resource[1:] for w in s)))
        yield base
    owner = registry.methods.get(registry.key(base))
    for suffix in _suffixes(op, owner):
        yield ir.MethodName(resource, (*base.method, *suffix))
    number = 2
    while True:
        yield ir.MethodName(resource, (*base.method, str(number)))
        number += 1


def _suffixes(op: ir.Operation, owner: ir.Operation | None) -> Iterator[Words]:
    """Words that tell `op` from `owner`: its own parameters, its own static segments, its HTTP method."""
    mine = segments(op.path)
    theirs = {(s.param, s.key) for s in segments(owner.path)} if owner is not None else set()
    params = [w for s in mine if s.param and (True, s.key) not in theirs for w in s.words]
    if params:
        yield ("by", *params)
    statics = [w for s in mine if not s.param and (False, s.key) not in theirs for w in s.words]
    if statics and statics[0][0].isalpha():
        yield tuple(statics)
    yield (op.method.lower(),)
    if statics:
        yield (*statics, op.method.lower())

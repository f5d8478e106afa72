"""The member-name steps of the symbol pass: resources, resource methods, helpers, in that order.

Each step takes the names the steps before it left: the seed's operationId methods are pinned
first; every operation's resource method comes beside them at its neutral name (the one the spec
pins with `x-sdkgen-method`, or its old name `x-sdkgen-node-alias`, else the one
passes/method_names.py derives), opening namespaces where the name's resource path is not a tag
resource; the helper methods take what is left.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ... import ir
from ...diagnostics import Diagnostics, Location
from ...naming import NameAllocator, camel, escape_reserved, pascal, split_words
from ...passes.responses import ResponseKind, response_kind
from .literals import IDENTIFIER
from .symbols import CLIENT_MEMBERS, FIXED_MODULES, LANGUAGE, OBJECT_MEMBERS, Scope, camel_identifier

if TYPE_CHECKING:
    from .symbols import NodeSymbols


def tailable(op: ir.Operation) -> bool:
    """The operation has a tail the runtime can follow (a cursor-paged listing)."""
    return op.tail is not None and op.pagination is not None and op.pagination.style == "cursor"


def sends_events(op: ir.Operation) -> bool:
    """Some declared response of `op` (any status) is text/event-stream."""
    return any(response_kind(r) is ResponseKind.EVENT_STREAM for r in op.responses)


def place_resources(symbols: NodeSymbols) -> None:
    """1. The tag resources and their operationId methods: the seed's names."""
    symbols.top = NameAllocator(CLIENT_MEMBERS | OBJECT_MEMBERS)
    files = NameAllocator(FIXED_MODULES)
    for resource in symbols.api.resources:
        accessor = symbols.resource_accessor(resource, symbols.top)
        scope = Scope((accessor,), symbols.class_name(split_words(accessor), "Resource"), resource,
                      symbols.resource_file(accessor, files))
        methods = NameAllocator(OBJECT_MEMBERS)
        for op in resource.operations:
            name = symbols.operation_method(op.operation_id, methods)
            symbols.methods[op.operation_id] = name
            symbols.name_params(op)
            scope.members.append((name, "operation", op.operation_id))
        symbols.resources.append(scope)
        symbols.roots.append((accessor, scope))
        # a derived name whose resource is this tag lands in this class, escaped or not
        words = split_words(resource.name) or ["default"]
        for wanted in (camel(words), camel_identifier(words, "resource")):
            symbols.renamed_roots.setdefault(wanted, accessor)


def place_named(symbols: NodeSymbols, diagnostics: Diagnostics) -> None:
    """2. Every operation's resource method at its neutral name (passes/method_names.py), each
    segment's words in camel case. A name the spec pins must fit as written (else a diagnostic);
    a derived one takes the next free name where it would collide."""
    for resource in symbols.api.resources:
        for op in resource.operations:
            if op.neutral_name is None:
                continue
            if op.neutral_name.pinned:
                _place(symbols, op, op.neutral_name, diagnostics)
            else:
                _place_derived(symbols, op, op.neutral_name)


def place_helpers(symbols: NodeSymbols) -> None:
    """3. The helpers of each operation, in its resource, from the names left there."""
    for scope in symbols.resources:
        assert scope.resource is not None
        for op in scope.resource.operations:
            taken = NameAllocator(scope.names() | OBJECT_MEMBERS)
            stem = pascal(split_words(symbols.methods[op.operation_id]))
            wanted = []
            if op.pagination is not None:
                wanted.append(("iterate", "iter" + stem))
            if op.waiter is not None:
                wanted.append(("wait", "waitFor" + (pascal(split_words(op.waiter.name)) or stem)))
            if tailable(op):
                assert op.tail is not None
                wanted.append(("tail", "tail" + (pascal(split_words(op.tail.name)) or stem)))
            if sends_events(op):
                wanted.append(("stream", "stream" + stem))
            for kind, name in wanted:
                scope.members.append((taken.allocate(name, "_"), kind, op.operation_id))


def place_surface_helpers(symbols: NodeSymbols) -> None:
    """4. Beside each resource method, in its class, the friendly forms of its helpers: `waitFor`
    for an operation with a waiter, `follow<Method>` for a tailable one (`deployments.followLogs`).
    A name already taken there moves to the next free one (`_2`)."""
    operations = {op.operation_id: op for op in symbols.api.operations}
    for scope in [*symbols.resources, *symbols.namespaces]:
        for name, kind, operation_id in list(scope.members):
            op = operations.get(operation_id)
            if kind != "method" or op is None:
                continue
            taken = NameAllocator(scope.names() | OBJECT_MEMBERS)
            if op.waiter is not None:
                scope.members.append((taken.allocate("waitFor", "_"), "wait_method", operation_id))
            if tailable(op):
                scope.members.append((taken.allocate("follow" + pascal(split_words(name)), "_"), "tail_method",
                                      operation_id))


def _place(symbols: NodeSymbols, op: ir.Operation, name: ir.MethodName, diagnostics: Diagnostics) -> None:
    segments = [camel(words) for words in name.segments]
    alias = ".".join(segments)
    where = _location(op, name.pinned_by)
    bad = [s for s in segments if not IDENTIFIER.match(s) or s in OBJECT_MEMBERS]
    if bad:
        diagnostics.error(
            "node-alias-invalid",
            f"{name.pinned_by} {alias!r} of {op.operation_id}: {bad[0]!r} is not a usable member name",
            where, "choose other words for that segment, e.g. `apps.git.connectGithub`",
        )
        return
    root_name, *middle, leaf = segments
    scope = _root(symbols, op, name, alias, root_name, diagnostics)
    if scope is None:
        return
    for segment in middle:
        child = scope.child(segment)
        if child is None:
            if segment in scope.names():
                _collision(diagnostics, op, name.pinned_by, alias, scope, segment, where)
                return
            child = _namespace(symbols, (*scope.path, segment))
            scope.children.append((segment, child))
        scope = child
    if leaf in scope.names():
        existing = scope.owner(leaf)
        if existing is not None and existing[2] == op.operation_id:
            return  # the pinned name is the operation's own seed method: that one stays
        _collision(diagnostics, op, name.pinned_by, alias, scope, leaf, where)
        return
    scope.members.append((leaf, "method", op.operation_id))
    symbols.name_surface(op, segments)


def _place_derived(symbols: NodeSymbols, op: ir.Operation, name: ir.MethodName) -> None:
    """A derived name: each segment made a usable member name, and moved to the next free name
    (`_2`, `_3`, ...) where the seed's names or an earlier method already hold it."""
    segments = [_usable(camel(words)) for words in name.segments]
    wanted, *middle, leaf = segments
    root_name = symbols.renamed_roots.get(wanted, wanted)
    scope = next((s for key, s in symbols.roots if key == root_name), None)
    if scope is None:
        root_name = symbols.top.allocate(escape_reserved(wanted, LANGUAGE, CLIENT_MEMBERS), "_")
        symbols.renamed_roots[wanted] = root_name
        scope = _namespace(symbols, (root_name,))
        symbols.roots.append((root_name, scope))
    placed = [root_name]
    for wanted in middle:
        segment = scope.renamed.get(wanted, wanted)
        child = scope.child(segment)
        if child is None:
            segment = NameAllocator(scope.names() | OBJECT_MEMBERS).allocate(wanted, "_")
            scope.renamed[wanted] = segment
            child = _namespace(symbols, (*scope.path, segment))
            scope.children.append((segment, child))
        placed.append(segment)
        scope = child
    existing = scope.owner(leaf)
    if existing is not None and existing[2] == op.operation_id:
        return  # the derived name is the operation's own seed method: that one stays
    leaf = NameAllocator(scope.names() | OBJECT_MEMBERS).allocate(leaf, "_")
    scope.members.append((leaf, "method", op.operation_id))
    symbols.name_surface(op, [*placed, leaf])


def _usable(segment: str) -> str:
    """A member name from a derived segment: an identifier, not an own member of every object."""
    name = segment if IDENTIFIER.match(segment) else (re.sub(r"[^A-Za-z0-9_$]", "", segment) or "call")
    if name[0].isdigit():
        name = "n" + name
    return name + "_" if name in OBJECT_MEMBERS else name


def _root(symbols: NodeSymbols, op: ir.Operation, name: ir.MethodName, alias: str, root_name: str,
          diagnostics: Diagnostics) -> Scope | None:
    """The client property a pinned name starts from, opened as a namespace when it is new."""
    scope = next((scope for key, scope in symbols.roots if key == root_name), None)
    if scope is not None:
        return scope
    if root_name in CLIENT_MEMBERS or root_name.lower() in {key.lower() for key, _ in symbols.roots}:
        diagnostics.error(
            "node-alias-collision",
            f"{name.pinned_by} {alias!r} of {op.operation_id}: the client already has "
            f"a member named {root_name!r}",
            _location(op, name.pinned_by), "choose another first segment",
        )
        return None
    symbols.top.allocate(root_name)
    scope = _namespace(symbols, (root_name,))
    symbols.roots.append((root_name, scope))
    return scope


def _namespace(symbols: NodeSymbols, path: tuple[str, ...]) -> Scope:
    words = [w for segment in path for w in split_words(segment)]
    scope = Scope(path, symbols.class_name(words, "Namespace"), None)
    symbols.namespaces.append(scope)
    return scope


def _collision(diagnostics: Diagnostics, op: ir.Operation, key: str, alias: str, scope: Scope, name: str,
               where: Location) -> None:
    owner = scope.owner(name)
    what = (f"the method of {owner[2]}" if owner is not None and owner[1] != "alias"
            else f"the alias of {owner[2]}" if owner is not None else "a namespace")
    diagnostics.error(
        "node-alias-collision",
        f"{key} {alias!r} of {op.operation_id}: `{'.'.join((*scope.path, name))}` is already {what}",
        where, "give one of them another name; Node names must not collide",
    )


def _location(op: ir.Operation, key: str) -> Location:
    file, _, pointer = op.source.partition("#")
    return Location(file, f"{pointer}/{key}" if pointer else "")

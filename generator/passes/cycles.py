"""Cycles among named types, found once for every target.

A graph here maps a model name to the model names it mentions, in the order it mentions them.
What counts as a mention differs by what a language cannot express, so each target picks the
edges (`mentions` with the containers and unions it looks through, or one of the ready-made
analyses below) and the algorithms are shared:

- `strongly_connected`: Tarjan's components, for nodes on a cycle (Go: structs held by value).
- `on_cycle`: the nodes that reach themselves.
- `dependencies_first`: an order in which every node comes after the nodes it mentions (cycles
  broken where they close), as Python needs for type aliases.

Ready-made analyses: `direct_cycles` (unions and aliases that reach themselves without an
object, array or map between: Node, Ruby, Java) and `alias_cycles` (aliases that reach
themselves through arrays and maps: Kotlin's typealiases).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .. import ir

Graph = Mapping[str, Sequence[str]]


def mentions(t: ir.Type, keep: Callable[[str], bool], *, containers: bool, unions: bool) -> list[str]:
    """The names `t` mentions that `keep` accepts, looking into array items and map values when
    `containers`, and into inline unions when `unions`."""
    if isinstance(t, ir.NamedType):
        return [t.name] if keep(t.name) else []
    if containers and isinstance(t, ir.ArrayType):
        return mentions(t.item, keep, containers=containers, unions=unions)
    if containers and isinstance(t, ir.MapType):
        return mentions(t.value, keep, containers=containers, unions=unions)
    if unions and isinstance(t, ir.UnionType):
        return [n for v in t.variants for n in mentions(v, keep, containers=containers, unions=unions)]
    return []


def strongly_connected(graph: Graph) -> dict[str, int]:
    """Tarjan's algorithm, iterative: node -> component id, for nodes on a cycle (self-loops included)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: dict[str, int] = {}
    counter = 0
    component = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, edge = work.pop()
            if edge == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            successors = graph.get(node, [])
            if edge < len(successors):
                work.append((node, edge + 1))
                nxt = successors[edge]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                members = _pop_component(stack, on_stack, node)
                if len(members) > 1 or node in graph.get(node, []):
                    result.update(dict.fromkeys(members, component))
                component += 1
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return result


def _pop_component(stack: list[str], on_stack: set[str], root: str) -> list[str]:
    members = []
    while True:
        member = stack.pop()
        on_stack.discard(member)
        members.append(member)
        if member == root:
            return members


def on_cycle(graph: Graph) -> set[str]:
    """The nodes that reach themselves (through themselves alone, or others)."""
    return set(strongly_connected(graph))


def dependencies_first(graph: Graph) -> list[str]:
    """Every node after the nodes it mentions, in the graph's order otherwise; on a cycle, the
    node where the walk entered it comes last."""
    ordered: list[str] = []
    done: set[str] = set()
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in done or name in visiting:
            return
        visiting.add(name)
        for dep in graph.get(name, []):
            visit(dep)
        visiting.discard(name)
        ordered.append(name)
        done.add(name)

    for name in graph:
        visit(name)
    return ordered


def direct_cycles(api: ir.Api, *, through_inline_unions: bool = True) -> set[str]:
    """Unions and aliases that come back to themselves without an object, array or map in between
    (`A = X | B`, `B = Y | A`): a language that decodes a union by trying its variants, or that
    rejects circular aliases, spreads their members in instead.

    `through_inline_unions=False` is Java's variant, which does not look into an inline union
    (`A = X | (B | null)`): such a cycle goes unseen there. Kept so Java's output stays as it is;
    a bug to fix (Java then spreads what Node and Ruby spread)."""

    def keep(name: str) -> bool:
        return isinstance(api.models.get(name), (ir.UnionModel, ir.AliasModel))

    graph: dict[str, list[str]] = {}
    for model_name, decl in api.models.items():
        if isinstance(decl, ir.UnionModel):
            graph[model_name] = [
                n for v in decl.variants for n in mentions(v, keep, containers=False, unions=through_inline_unions)
            ]
        elif isinstance(decl, ir.AliasModel):
            graph[model_name] = mentions(decl.target, keep, containers=False, unions=through_inline_unions)
    return on_cycle(graph)


def alias_cycles(api: ir.Api) -> set[str]:
    """Aliases that reach themselves through aliases, arrays and maps (not unions): what a
    language whose aliases cannot be recursive (Kotlin's typealias) must declare otherwise."""

    def keep(name: str) -> bool:
        return isinstance(api.models.get(name), ir.AliasModel)

    graph = {
        name: mentions(decl.target, keep, containers=True, unions=False)
        for name, decl in api.models.items()
        if isinstance(decl, ir.AliasModel)
    }
    return on_cycle(graph)

"""Alias order, as the Python models need it (the union spreading itself is the shared pass
`generator/passes/unions.py`)."""

from __future__ import annotations

from collections.abc import Callable

from ... import ir
from ...passes.cycles import dependencies_first, mentions, on_cycle


def alias_order(names: list[str], targets: Callable[[str], list[ir.Type]]) -> tuple[list[str], set[str]]:
    """Aliases after the aliases they mention, and the set of those that sit on a cycle."""
    pending = set(names)
    graph = {
        name: [dep for t in targets(name) for dep in mentions(t, pending.__contains__, containers=True, unions=True)]
        for name in names
    }
    return dependencies_first(graph), on_cycle(graph)

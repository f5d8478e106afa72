"""Union spreading and alias order, as the Python models need them.

Moved here unchanged from the former View: a shared pass (`generator/passes/unions.py`) is to take
this job for every target; until it is wired in, the Python target keeps its own copy here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ... import ir
from ...passes.cycles import dependencies_first, mentions, on_cycle
from .types import nullable_if


class UnionSpreader:
    """What each alias or union declaration stands for once plain member unions are spread in."""

    def __init__(self, models: Mapping[str, ir.Model]) -> None:
        self.models = models

    def alias_targets(self, model_name: str) -> list[ir.Type]:
        """What an alias or union declaration stands for, as rendered."""
        decl = self.models[model_name]
        if isinstance(decl, ir.UnionModel):
            return self.union_members(model_name, {model_name})
        assert isinstance(decl, ir.AliasModel)
        if self.aliases_back(decl.target, {model_name}):  # `L = L | None`: only the null is left
            return self.spread([decl.target], {model_name})
        return [decl.target]

    def aliases_back(self, t: ir.Type, seen: set[str] | frozenset[str]) -> bool:
        """Does `t` reach a name of `seen` through aliases alone (a union item of itself)?"""
        visited: set[str] = set()
        while isinstance(t, ir.NamedType) and t.name not in visited:
            if t.name in seen:
                return True
            visited.add(t.name)
            decl = self.models.get(t.name)
            if not isinstance(decl, ir.AliasModel):
                return False
            t = decl.target
        return False

    def union_members(self, model_name: str, seen: set[str]) -> list[ir.Type]:
        """A union's members with plain member unions (named without a discriminator, or inline)
        spread in, and any way back to a union already on the path dropped:
        `A = X | B`, `B = Y | A` gives A = X | Y; `Q = L | (D | Q)` gives Q = L | D."""
        decl = self.models[model_name]
        assert isinstance(decl, ir.UnionModel)
        return self.spread(decl.variants, seen)

    def spread(self, variants: list[ir.Type] | tuple[ir.Type, ...], seen: set[str]) -> list[ir.Type]:
        members: list[ir.Type] = []
        for variant in variants:
            if isinstance(variant, ir.UnionType):
                members += [nullable_if(t, variant.nullable) for t in self.spread(variant.variants, seen)]
                continue
            inner = self.models.get(variant.name) if isinstance(variant, ir.NamedType) else None
            if isinstance(inner, ir.AliasModel) and (self.names_plain_union(inner.target)
                                                     or self.aliases_back(inner.target, seen | {inner.name})):
                # An alias of a spread union is spread too, or a cycle through it would stay named.
                inner = ir.UnionModel(inner.name, [inner.target])
            if isinstance(variant, ir.NamedType) and isinstance(inner, ir.UnionModel) and inner.discriminator is None:
                if variant.name not in seen:
                    spread = self.spread(inner.variants, seen | {variant.name})
                    members += [nullable_if(t, variant.nullable) for t in spread]
                elif variant.nullable:  # the way back adds nothing but the null it allows
                    members.append(ir.ConstType(value=None, base="null"))
                continue
            members.append(variant)
        return members

    def names_plain_union(self, t: ir.Type) -> bool:
        """Does `t` name, through aliases, a union without a discriminator?"""
        seen: set[str] = set()
        while isinstance(t, ir.NamedType) and t.name not in seen:
            seen.add(t.name)
            decl = self.models.get(t.name)
            if isinstance(decl, ir.UnionModel):
                return decl.discriminator is None
            if not isinstance(decl, ir.AliasModel):
                return False
            t = decl.target
        return False


def alias_order(names: list[str], targets: Callable[[str], list[ir.Type]]) -> tuple[list[str], set[str]]:
    """Aliases after the aliases they mention, and the set of those that sit on a cycle."""
    pending = set(names)
    graph = {
        name: [dep for t in targets(name) for dep in mentions(t, pending.__contains__, containers=True, unions=True)]
        for name in names
    }
    return dependencies_first(graph), on_cycle(graph)

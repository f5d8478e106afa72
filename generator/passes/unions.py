"""Union spreading, computed once for every target: which members a union stands for once the
unions among its members are replaced by their own members ("spread in").

A language that decodes a union by trying its variants, or whose aliases cannot refer to
themselves, cannot keep `A = X | B`, `B = Y | A` as written: it spreads B into A, and the way back
to A adds nothing (`A = X | Y`), except the null it may allow. Each target used to do this itself,
and the six copies had drifted apart. They differ in exactly two choices, which a `Rule` names:

- which named members are spread (`names`): Python spreads every union without a discriminator
  (and aliases of one, or aliases that lead back); Node, Ruby and Java spread the unions and aliases
  on a direct cycle (`cycles.direct_cycles`); Go spreads none, it only drops the union itself.
- which inline unions (`A | (B | null)`) are spread (`inline`): Python and Node all of them, Ruby
  those that mention a name on a cycle, Java and Go none.

`spread` walks the members once under a rule and returns the same neutral answer for every
language: the leaves in order, with the nulls the spreading contributed as entries of their own,
so that each target only renders (`Member`). The per-target entry points below (`python_*`,
`node_*`, `ruby_*`, `java_*`, `go_*`, `union_parents`) state each target's top-level choices;
`tests/unit/test_union_pass.py` proves them equal to the targets' own code on every spec of the
corpus and every construct case.

Known bug, kept for byte identity: Java's cycle finder does not look into inline unions
(`direct_cycles(..., through_inline_unions=False)`), so a cycle through `A = X | (B | null)` goes
unseen there and Java does not spread what Node and Ruby spread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from .. import ir
from .cycles import direct_cycles


class Kind(Enum):
    LEAF = "leaf"  # a member that is not spread further
    WAY_BACK_NULL = "way back null"  # a nullable way back to a union already on the path
    GROUP_NULL = "group null"  # a nullable union that was spread: its null, after its members


@dataclass(frozen=True)
class Member:
    """One entry of a spread union, in order."""

    kind: Kind
    type: ir.Type | None = None  # the member, for a leaf
    under_null: bool = False  # a union it was spread out of allows null


@dataclass(frozen=True)
class Rule:
    """Which members `spread` replaces by their own members.

    `names(name, seen)`: whether the named member `name` is spread, given the names on the path
    (a spread name already on the path is a way back and is dropped). `inline(union)`: whether an
    inline union member is spread."""

    names: Callable[[str, frozenset[str]], bool]
    inline: Callable[[ir.UnionType], bool]


def spread(
    models: Mapping[str, ir.Model], variants: Sequence[ir.Type], seen: frozenset[str], rule: Rule
) -> list[Member]:
    """The members `variants` stand for under `rule`, with `seen` the names already on the path
    (the union being declared, usually)."""
    result: list[Member] = []
    for variant in variants:
        result += _spread_one(models, variant, seen, rule)
    return result


def _spread_one(models: Mapping[str, ir.Model], variant: ir.Type, seen: frozenset[str], rule: Rule) -> list[Member]:
    if isinstance(variant, ir.UnionType) and rule.inline(variant):
        return _group(spread(models, variant.variants, seen, rule), variant.nullable)
    if isinstance(variant, ir.NamedType) and rule.names(variant.name, seen):
        if variant.name in seen:  # the way back adds nothing but the null it allows
            return [Member(Kind.WAY_BACK_NULL)] if variant.nullable else []
        inner = own_members(models.get(variant.name))
        return _group(spread(models, inner, seen | {variant.name}, rule), variant.nullable)
    return [Member(Kind.LEAF, variant)]


def _group(members: list[Member], nullable: bool) -> list[Member]:
    if not nullable:
        return members
    return [replace(m, under_null=True) for m in members] + [Member(Kind.GROUP_NULL)]


def own_members(decl: ir.Model | None) -> list[ir.Type]:
    """What a union or alias declaration lists: a union's variants, an alias's target."""
    if isinstance(decl, ir.UnionModel):
        return list(decl.variants)
    if isinstance(decl, ir.AliasModel):
        return [decl.target]
    return []


def leaves(members: Sequence[Member]) -> list[ir.Type]:
    """The leaf types, in order (the nulls the spreading contributed left out)."""
    return [m.type for m in members if m.kind is Kind.LEAF and m.type is not None]


def allows_null(members: Sequence[Member]) -> bool:
    """Whether null is among the members: a nullable leaf, or a null the spreading contributed."""
    return any(m.kind is not Kind.LEAF or (m.type is not None and m.type.nullable) for m in members)


# ------------------------------------------------------------ rules


def _never(_: ir.UnionType) -> bool:
    return False


def _always(_: ir.UnionType) -> bool:
    return True


def cycle_rule(cyclic: set[str] | frozenset[str], *, inline: str) -> Rule:
    """Spread the names in `cyclic` (unions and aliases on a direct cycle). `inline`: "all" (Node),
    "cyclic" (those mentioning a name of `cyclic`, looking through nested inline unions: Ruby) or
    "none" (Java)."""

    def mentions_cycle(t: ir.Type) -> bool:
        if isinstance(t, ir.UnionType):
            return any(mentions_cycle(v) for v in t.variants)
        return isinstance(t, ir.NamedType) and t.name in cyclic

    inline_rules: dict[str, Callable[[ir.UnionType], bool]] = {"all": _always, "cyclic": mentions_cycle, "none": _never}
    return Rule(lambda name, seen: name in cyclic, inline_rules[inline])


# Spread nothing; only a member naming a union already on the path is dropped (Go: a union
# cannot hold itself).
SELF_ONLY = Rule(lambda name, seen: name in seen, _never)


def aliases_back(models: Mapping[str, ir.Model], t: ir.Type, seen: set[str] | frozenset[str]) -> bool:
    """Does `t` reach a name of `seen` through aliases alone (a union item of itself)?"""
    visited: set[str] = set()
    while isinstance(t, ir.NamedType) and t.name not in visited:
        if t.name in seen:
            return True
        visited.add(t.name)
        decl = models.get(t.name)
        if not isinstance(decl, ir.AliasModel):
            return False
        t = decl.target
    return False


def names_plain_union(models: Mapping[str, ir.Model], t: ir.Type) -> bool:
    """Does `t` name, through aliases, a union without a discriminator?"""
    seen: set[str] = set()
    while isinstance(t, ir.NamedType) and t.name not in seen:
        seen.add(t.name)
        decl = models.get(t.name)
        if isinstance(decl, ir.UnionModel):
            return decl.discriminator is None
        if not isinstance(decl, ir.AliasModel):
            return False
        t = decl.target
    return False


def plain_union_rule(models: Mapping[str, ir.Model]) -> Rule:
    """Python's rule: spread every inline union, every named union without a discriminator, and
    every alias that names one or leads back to a name on the path (else a cycle through the
    alias would stay named)."""

    def names(name: str, seen: frozenset[str]) -> bool:
        decl = models.get(name)
        if isinstance(decl, ir.AliasModel):
            return names_plain_union(models, decl.target) or aliases_back(models, decl.target, seen | {name})
        return isinstance(decl, ir.UnionModel) and decl.discriminator is None

    return Rule(names, _always)


# ------------------------------------------------------------ per target


def python_union_members(api: ir.Api, model_name: str) -> list[ir.Type]:
    """The members Python's union alias lists: leaves made nullable when a union they were spread
    out of allows null, and `None` (a null const) for a nullable way back."""
    decl = api.models[model_name]
    assert isinstance(decl, ir.UnionModel)
    return _python_types(spread(api.models, decl.variants, frozenset({model_name}), plain_union_rule(api.models)))


def python_alias_members(api: ir.Api, model_name: str) -> list[ir.Type]:
    """What Python's alias (or union) declaration stands for: an alias that leads back to itself
    (`L = L | None`) is spread like a union, any other alias is its target."""
    decl = api.models[model_name]
    if isinstance(decl, ir.UnionModel):
        return python_union_members(api, model_name)
    assert isinstance(decl, ir.AliasModel)
    if aliases_back(api.models, decl.target, {model_name}):
        members = spread(api.models, [decl.target], frozenset({model_name}), plain_union_rule(api.models))
        return _python_types(members)
    return [decl.target]


def _python_types(members: Sequence[Member]) -> list[ir.Type]:
    result: list[ir.Type] = []
    for m in members:
        if m.kind is Kind.GROUP_NULL:
            continue
        t = m.type if m.type is not None else ir.ConstType(value=None, base="null")
        result.append(replace(t, nullable=True) if m.under_null and not t.nullable else t)
    return result


def node_members(
    api: ir.Api, variants: Sequence[ir.Type], model_name: str, cyclic: set[str] | None = None
) -> list[Member]:
    """Node's union (or cyclic alias) members: every inline union and every name on a direct
    cycle spread, each contributed null kept where it falls."""
    rule = cycle_rule(direct_cycles(api) if cyclic is None else cyclic, inline="all")
    return spread(api.models, variants, frozenset({model_name}), rule)


def ruby_union_members(
    api: ir.Api, model_name: str, cyclic: set[str] | None = None
) -> tuple[list[ir.Type], bool] | None:
    """Ruby's union on a direct cycle: its leaves and whether null is among them. None for a
    union that is not on a cycle (Ruby lists its variants as declared)."""
    if cyclic is None:
        cyclic = direct_cycles(api)
    if model_name not in cyclic:
        return None
    decl = api.models[model_name]
    assert isinstance(decl, ir.UnionModel)
    members = spread(api.models, decl.variants, frozenset({model_name}), cycle_rule(cyclic, inline="cyclic"))
    return leaves(members), allows_null(members)


def java_union_members(api: ir.Api, model_name: str, cyclic: set[str] | None = None) -> list[ir.Type]:
    """Java's union members: spread only when the union is on a direct cycle as Java's cycle
    finder sees it (not through inline unions: the known bug above), inline unions never; the
    way back is dropped, nulls and all."""
    decl = api.models[model_name]
    assert isinstance(decl, ir.UnionModel)
    if cyclic is None:  # callers with many unions pass it in: it is the same for all of them
        cyclic = direct_cycles(api, through_inline_unions=False)
    if model_name not in cyclic:
        return list(decl.variants)
    return leaves(spread(api.models, decl.variants, frozenset({model_name}), cycle_rule(cyclic, inline="none")))


def go_union_members(api: ir.Api, model_name: str) -> list[ir.Type]:
    """Go's union members: the variants as declared, less any naming the union itself."""
    decl = api.models[model_name]
    assert isinstance(decl, ir.UnionModel)
    return leaves(spread(api.models, decl.variants, frozenset({model_name}), SELF_ONLY))


def union_parents(api: ir.Api) -> dict[str, list[str]]:
    """Object model -> the union models that list it directly as a variant, in model order
    (Kotlin: the sealed interfaces a data class implements). Nothing is spread here."""
    parents: dict[str, list[str]] = {}
    for model_name, decl in api.models.items():
        if not isinstance(decl, ir.UnionModel):
            continue
        for variant in decl.variants:
            if isinstance(variant, ir.NamedType) and isinstance(api.models.get(variant.name), ir.ObjectModel):
                found = parents.setdefault(variant.name, [])
                if model_name not in found:
                    found.append(model_name)
    return parents

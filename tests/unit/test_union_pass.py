"""generator/passes/unions.py, the one union-spreading pass every target calls.

The pass replaced six per-target copies; while they were moved, a comparison against each target's
own code on every spec of the corpus and every construct case proved it equal (output stayed
byte-identical: tests/generation/test_output_identity.py keeps it so). What stays are golden tests:
small hand-written unions, exact members out, for each target's rule.
"""

from __future__ import annotations

import dataclasses

from generator import ir
from generator.passes import unions
from generator.passes.unions import Kind, Member

# ------------------------------------------------------------ golden tests of the pass

STR, INT, BOOL = ir.Primitive("string"), ir.Primitive("integer"), ir.Primitive("boolean")
NULL = ir.ConstType(value=None, base="null")


def named(name: str, nullable: bool = False) -> ir.NamedType:
    return ir.NamedType(name, nullable=nullable)


def api_of(*models: ir.Model) -> ir.Api:
    api = ir.Api(title="T", version="1", description="")
    api.models = {m.name: m for m in models}
    return api


def nullable(t: ir.Type) -> ir.Type:
    return dataclasses.replace(t, nullable=True)


# A = string | B, B = integer | A: a direct cycle of two unions.
MUTUAL = api_of(ir.UnionModel("A", [STR, named("B")]), ir.UnionModel("B", [INT, named("A")]))


def test_mutual_unions_spread_into_each_other() -> None:
    # A = X | B, B = Y | A gives A = X | Y, in every target that spreads.
    assert unions.python_union_members(MUTUAL, "A") == [STR, INT]
    assert unions.java_union_members(MUTUAL, "A") == [STR, INT]
    assert unions.ruby_union_members(MUTUAL, "A") == ([STR, INT], False)
    assert unions.leaves(unions.node_members(MUTUAL, [STR, named("B")], "A")) == [STR, INT]
    # Go spreads nothing, but a union never holds itself.
    assert unions.go_union_members(MUTUAL, "A") == [STR, named("B")]


def test_a_nullable_way_back_leaves_only_its_null() -> None:
    # Q = string | Q?  -> Python: string | None; Node: a null part; Ruby: nullable; Java, Go: dropped.
    api = api_of(ir.UnionModel("Q", [STR, named("Q", nullable=True)]))
    assert unions.python_union_members(api, "Q") == [STR, NULL]
    assert unions.node_members(api, [STR, named("Q", nullable=True)], "Q") == [
        Member(Kind.LEAF, STR), Member(Kind.WAY_BACK_NULL)
    ]
    assert unions.ruby_union_members(api, "Q") == ([STR], True)
    assert unions.java_union_members(api, "Q") == [STR]
    assert unions.go_union_members(api, "Q") == [STR]


def test_a_nullable_spread_union_marks_its_members_and_ends_with_its_null() -> None:
    # A = boolean | B?, B = string | integer | A
    api = api_of(ir.UnionModel("A", [BOOL, named("B", nullable=True)]), ir.UnionModel("B", [STR, INT, named("A")]))
    members = unions.node_members(api, [BOOL, named("B", nullable=True)], "A")
    assert members == [
        Member(Kind.LEAF, BOOL), Member(Kind.LEAF, STR, under_null=True), Member(Kind.LEAF, INT, under_null=True),
        Member(Kind.GROUP_NULL),
    ]
    assert unions.python_union_members(api, "A") == [BOOL, nullable(STR), nullable(INT)]
    assert unions.ruby_union_members(api, "A") == ([BOOL, STR, INT], True)
    assert unions.allows_null(members)


def test_a_cycle_through_an_inline_union_is_the_known_java_bug() -> None:
    # A = string | (B | null), B = integer | A: Node and Ruby see the cycle through the inline
    # union; Java's cycle finder does not, so Java keeps A's variants as declared.
    inline = ir.UnionType((named("B"),), nullable=True)
    api = api_of(ir.UnionModel("A", [STR, inline]), ir.UnionModel("B", [INT, named("A")]))
    assert unions.ruby_union_members(api, "A") == ([STR, INT], True)
    assert unions.leaves(unions.node_members(api, [STR, inline], "A")) == [STR, INT]
    assert unions.java_union_members(api, "A") == [STR, inline]


def test_python_spreads_plain_unions_without_a_cycle_but_keeps_discriminated_ones() -> None:
    # U = P | D, P = string | integer (plain), D = X | Y told apart by `kind`.
    x = ir.ObjectModel("X", [])
    y = ir.ObjectModel("Y", [])
    d = ir.UnionModel("D", [named("X"), named("Y")], ir.Discriminator("kind", {"x": "X", "y": "Y"}))
    api = api_of(ir.UnionModel("U", [named("P"), named("D")]), ir.UnionModel("P", [STR, INT]), d, x, y)
    assert unions.python_union_members(api, "U") == [STR, INT, named("D")]
    # Not on a cycle: Node, Ruby and Java keep U as declared.
    assert unions.leaves(unions.node_members(api, [named("P"), named("D")], "U")) == [named("P"), named("D")]
    assert unions.ruby_union_members(api, "U") is None
    assert unions.java_union_members(api, "U") == [named("P"), named("D")]
    assert unions.union_parents(api) == {"X": ["D"], "Y": ["D"]}


def test_an_alias_that_leads_back_is_spread_like_a_union() -> None:
    # L = M, M = L?: the way back to L allows null, so Python's L stands for the null alone.
    api = api_of(ir.AliasModel("L", named("M")), ir.AliasModel("M", named("L", nullable=True)))
    assert unions.python_alias_members(api, "L") == [NULL]
    # L = M?, M = L: the null belongs to the spread M, which Python carries on its members: none.
    api = api_of(ir.AliasModel("L", named("M", nullable=True)), ir.AliasModel("M", named("L")))
    assert unions.python_alias_members(api, "L") == []
    # An alias that does not lead back is its target.
    plain = api_of(ir.AliasModel("N", STR))
    assert unions.python_alias_members(plain, "N") == [STR]


def test_ruby_spreads_an_inline_union_only_when_it_mentions_a_cycle() -> None:
    # A = (string | integer) | B, B = boolean | A: the inline union mentions no cycle and stays whole.
    inline = ir.UnionType((STR, INT))
    api = api_of(ir.UnionModel("A", [inline, named("B")]), ir.UnionModel("B", [BOOL, named("A")]))
    assert unions.ruby_union_members(api, "A") == ([inline, BOOL], False)
    assert unions.leaves(unions.node_members(api, [inline, named("B")], "A")) == [STR, INT, BOOL]

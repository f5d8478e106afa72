"""generator/passes/unions.py against the targets' own union spreading.

Part one proves the pass equal to each target's current code (Python `_union_members` and
`_alias_targets`, Java `_spread`, Node `_members`, Ruby `_spread`, Kotlin's union parents, Go's
`_union`) on every spec of the corpus (../shared/specs), every construct case and every API of the
repository: the pass gives neutral members, which are rendered with the target's own type printer
and compared with what the target's private method gives. Once the targets call the pass, this
part is replaced by the golden tests of part two (small hand-written unions, exact members out).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest

from generator import ir
from generator.cli import LoadedApi, load
from generator.diagnostics import SpecError
from generator.passes import unions
from generator.passes.cycles import direct_cycles
from generator.passes.unions import Kind, Member
from generator.targets.go import GoView
from generator.targets.java import JavaView
from generator.targets.kotlin import KotlinView
from generator.targets.node import NodeView, _split_union
from generator.targets.python import PythonView
from generator.targets.ruby import RubyView
from tests.generation.output_identity import all_specs

SPECS = all_specs()


@pytest.fixture(scope="module", params=sorted(SPECS), ids=str)
def loaded(request: pytest.FixtureRequest) -> LoadedApi:
    return load(SPECS[request.param], strict=False)


def union_names(api: ir.Api) -> list[str]:
    return [name for name, decl in api.models.items() if isinstance(decl, ir.UnionModel)]


def dedupe(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))


# ------------------------------------------------------------ part one: the pass equals each target


def test_python(loaded: LoadedApi) -> None:
    view = PythonView(loaded.api, loaded.settings)
    for name, decl in loaded.api.models.items():
        if isinstance(decl, ir.UnionModel):
            assert unions.python_union_members(loaded.api, name) == view._union_members(name, {name}), name
        if isinstance(decl, (ir.UnionModel, ir.AliasModel)):
            assert unions.python_alias_members(loaded.api, name) == view._alias_targets(name), name


def test_java(loaded: LoadedApi) -> None:
    view = JavaView(loaded.api, loaded.settings)
    cyclic = direct_cycles(loaded.api, through_inline_unions=False)
    for name in union_names(loaded.api):
        decl = loaded.api.models[name]
        assert isinstance(decl, ir.UnionModel)
        # What JavaView._union iterates over, its own expression.
        expected = view._spread(decl.variants, frozenset({name}), cyclic) if name in cyclic else decl.variants
        assert unions.java_union_members(loaded.api, name) == list(expected), name


def node_parts(view: NodeView, members: Sequence[Member]) -> list[str]:
    parts: list[str] = []
    for m in members:
        texts = _split_union(view.ts_type(m.type)) if m.kind is Kind.LEAF and m.type is not None else ["null"]
        parts += texts
    return dedupe(parts)


def test_node(loaded: LoadedApi) -> None:
    view = NodeView(loaded.api, loaded.settings)
    cyclic = direct_cycles(loaded.api)
    for name, decl in loaded.api.models.items():
        if isinstance(decl, ir.UnionModel):
            variants: list[ir.Type] = list(decl.variants)
        elif isinstance(decl, ir.AliasModel) and name in cyclic:
            variants = [decl.target]
        else:
            continue
        expected = view._members(variants, frozenset({name}), cyclic)
        assert node_parts(view, unions.node_members(loaded.api, variants, name)) == expected, name


def test_ruby(loaded: LoadedApi) -> None:
    view = RubyView(loaded.api, loaded.settings)
    for name in union_names(loaded.api):
        decl = loaded.api.models[name]
        assert isinstance(decl, ir.UnionModel)
        found = unions.ruby_union_members(loaded.api, name)
        if name not in view.cyclic:
            assert found is None, name
            continue
        assert found is not None, name
        members, nullable = found
        rendered = dedupe([view._nested(t, frozenset()) for t in members])
        assert (rendered, nullable) == view._spread(decl.variants, frozenset({name}), view.cyclic), name


def test_kotlin(loaded: LoadedApi) -> None:
    try:
        view = KotlinView(loaded.api, loaded.settings)
    except SpecError:
        pytest.skip("Kotlin refuses this spec (a schema with too many properties for a data class)")
    parents = unions.union_parents(loaded.api)
    assert {obj: [view.class_names[u] for u in found] for obj, found in parents.items()} == view.union_members


def test_go(loaded: LoadedApi) -> None:
    view = GoView(loaded.api, loaded.settings)
    for name in union_names(loaded.api):
        decl = loaded.api.models[name]
        assert isinstance(decl, ir.UnionModel)
        built = view._union(name, name, decl)  # names it allocates are thrown away with the view
        expected = [variant.type for variant in built.variants]
        assert dedupe([view.type_expr(t) for t in unions.go_union_members(loaded.api, name)]) == expected, name


def test_the_corpus_has_unions_to_compare() -> None:
    """The comparison above is not vacuous: the specs hold unions, some on direct cycles. (None
    has a cycle through an inline union, where Java's finder differs: the golden test below
    covers that case.)"""
    apis = [load(path, strict=False).api for path in SPECS.values()]
    assert sum(len(union_names(api)) for api in apis) >= 30
    assert sum(len(direct_cycles(api)) for api in apis) >= 4


# ------------------------------------------------------------ part two: golden tests of the pass

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

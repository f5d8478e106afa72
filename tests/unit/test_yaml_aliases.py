"""YAML aliases: a node put in many places is one schema (one model), a document that aliases
expand past a bound or that holds an alias inside its own anchor is refused with a diagnostic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator import ir
from generator.build import load_api
from generator.loader import MAX_ALIAS_EXPANSION, alias_problem, shared_nodes

REPO = Path(__file__).resolve().parents[2]

_OPERATION = """openapi: 3.1.0
info: {title: Aliases, version: '1'}
paths:
  /x:
    get:
      operationId: getX
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: *top
"""


def nested_aliases(levels: int, fan: int) -> str:
    """`levels` levels of objects, each with `fan` properties that alias the level below."""
    lines = ["x-levels:", "  l0: &l0 {type: object, properties: {leaf: {type: string}}}"]
    for level in range(1, levels + 1):
        props = ", ".join(f"p{i}: *l{level - 1}" for i in range(fan))
        anchor = "top" if level == levels else f"l{level}"
        lines.append(f"  l{level}: &{anchor} {{type: object, properties: {{{props}}}}}")
    return "\n".join(lines) + "\n"


def generate(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--lang", "python",
         "--out", str(tmp_path / "out")],
        capture_output=True, text=True, cwd=REPO,
    )


def test_the_alias_bomb_is_refused_with_a_diagnostic(tmp_path: Path) -> None:
    # Nine levels of nine aliases to an object schema: hundreds of millions of values expanded.
    result = generate(tmp_path, nested_aliases(9, 9) + _OPERATION)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "error[yaml-aliases]" in result.stderr
    assert f"they may add at most {MAX_ALIAS_EXPANSION:,}" in result.stderr
    assert "nothing was written" in result.stderr
    assert not (tmp_path / "out").exists()


def test_an_alias_inside_its_own_anchor_is_refused(tmp_path: Path) -> None:
    text = "x-node: &top {type: object, properties: {child: *top}}\n" + _OPERATION
    result = generate(tmp_path, text)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "error[yaml-aliases]" in result.stderr and "inside its own anchor" in result.stderr
    assert "with $ref instead of an alias" in result.stderr


def test_aliased_values_are_bounded_too(tmp_path: Path) -> None:
    # Not only schemas: defaults and examples are rendered, so a bomb there is refused as well.
    lines = ["x-v: &v0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 8):
        lines.append(f"x-v{level}: &v{level} [{', '.join([f'*v{level - 1}'] * 9)}]")
    lines.append("x-top: &top {type: array, items: {}, default: *v7}")
    result = generate(tmp_path, "\n".join(lines) + "\n" + _OPERATION)
    assert result.returncode == 2, result.stderr
    assert "error[yaml-aliases]" in result.stderr


def test_expansion_is_counted_per_distinct_node() -> None:
    leaf: dict[str, object] = {"type": "string"}  # 1 mapping + 1 key + 1 scalar = 3 values
    shared = [leaf] * 4  # 1 + 4 * 3 = 13 values once expanded, 4 written
    assert alias_problem({"a": shared, "b": shared}) is None
    wide: list[object] = ["x"] * 10
    for _ in range(6):  # each level repeats the one below ten times: 10^7 values
        wide = [wide] * 10
    problem = alias_problem({"top": wide})
    assert problem is not None and "expand the document to more than" in problem[0]
    endless: dict[str, object] = {}
    endless["self"] = endless
    problem = alias_problem({"a": endless})
    assert problem is not None and "inside its own anchor" in problem[0]


def test_a_shared_node_is_one_model_however_often_it_is_aliased(tmp_path: Path) -> None:
    # Five levels of five aliases (3,125 places for the innermost object) within the bound.
    spec = tmp_path / "openapi.yaml"
    spec.write_text(nested_aliases(5, 5) + _OPERATION, encoding="utf-8")
    api = load_api(spec)
    objects = {name: m for name, m in api.models.items() if isinstance(m, ir.ObjectModel)}
    assert len(objects) == 6  # one per level, the top one named after the response
    for model in objects.values():
        targets = {f.type.name for f in model.fields if isinstance(f.type, ir.NamedType)}
        assert len(targets) <= 1, (model.name, targets)  # every pN of one level is the same model


def test_only_nodes_in_several_places_are_shared() -> None:
    leaf: dict[str, object] = {"type": "string"}
    items = [leaf]
    data = {"a": items, "b": {"c": items}, "d": {"type": "string"}}
    assert shared_nodes(data) == frozenset({id(items)})  # leaf stands once, inside items
    assert shared_nodes({"a": leaf, "b": [leaf]}) == frozenset({id(leaf)})

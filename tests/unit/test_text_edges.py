"""Text that starts or ends with a target's own delimiters, and parameters whose names collide
once their location is dropped. (Each class is also a case compiled for every target by the
matrix: tests/generation/cases/text_edges.json, alias_members.yaml, param_locations.yaml.)"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.build import load_api
from generator.diagnostics import Diagnostics
from generator.targets.java import java_doc
from generator.targets.python import py_comment, py_doc, py_docstring

CASES = Path(__file__).resolve().parents[1] / "generation" / "cases"

EDGES = ['"', '""', '"""', '""""', '"""""""', "'", "'''", "\\", "\\\\", '\\"', '"\\', '\\""', "`", "*/", "#"]


@pytest.mark.parametrize("edge", EDGES)
@pytest.mark.parametrize("shape", ["{e}", "text {e}", "{e} text", "{e} text {e}", "line\n{e}", "{e}\nline {e}"])
def test_a_python_docstring_reads_back_as_the_text(edge: str, shape: str) -> None:
    text = shape.format(e=edge)
    for indent in (0, 4, 8):
        literal = py_docstring(text, indent)
        value = ast.literal_eval(literal)  # a SyntaxError here is the bug: the text closed the quotes
        lines = [line.strip() for line in value.strip().split("\n")]
        assert lines == [line.strip() for line in text.split("\n")], literal


def test_a_trailing_quote_is_escaped_not_padded() -> None:
    # The old rule added a space after the quote, and the per-line strip took it away again.
    assert py_docstring('He said "hi"') == '"""He said "hi\\""""'
    assert py_doc('a """ b ""') == 'a \\"\\"\\" b \\"\\"'


def test_a_python_comment_shows_trailing_quotes_as_written() -> None:
    # A `#` comment has no closing quotes: escaping the last quote there would show a backslash.
    assert py_comment('e.g. "par1"') == 'e.g. "par1"'
    assert py_comment('a\nb """') == 'a b \\"\\"\\"'


@pytest.mark.parametrize("span", ["` `", "`  `", "** **", "`\t`"])
def test_javadoc_keeps_a_blank_markdown_span_as_text(span: str) -> None:
    doc = java_doc(f"before {span} after")
    assert "<code>" not in doc and "<b>" not in doc
    assert ("** **" if span.startswith("*") else "` `") in doc  # blanks fold to one space


def test_javadoc_still_turns_real_spans_into_code_and_bold() -> None:
    assert java_doc("use `x` or **y** but not ` ` here") == (
        " * use <code>x</code> or <b>y</b> but not ` ` here"
    )


def test_parameters_of_one_name_keep_the_first_outside_the_path() -> None:
    diagnostics = Diagnostics()
    api = load_api(CASES / "param_locations.yaml", diagnostics)
    ops = {op.operation_id: op for resource in api.resources for op in resource.operations}
    assert [(p.name, p.location) for p in ops["getThing"].parameters] == [("param", "path"), ("param", "query")]
    assert [(p.name, p.location) for p in ops["getBoth"].parameters] == [("key", "query"), ("Key", "header")]
    # Names that only look alike (case, separators) are different wire names: all kept.
    assert len(ops["putNames"].parameters) == 10
    shadowed = [d for d in diagnostics.warnings if d.code == "parameter-shadowed"]
    assert [d.message.split(";")[0] for d in shadowed] == [
        "parameter 'param' is declared in query and in header and cookie",
        "parameter 'key' is declared in query and in cookie and header",
    ]
    assert all("only the query one is kept" in d.message for d in shadowed)

"""Python source text for values: the one literal filter and the escaping filters the templates use.

Nothing here knows the IR: each function takes a plain value (text, a number, a list, ...) and prints
it as Python source, safe wherever the templates put it (a string literal, a docstring, a comment).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..text import LAYOUT, SURROGATES, UNSAFE, markdown_code, unicode_escapes

# str.translate tables, built once: escaping runs over every description of large specs.
_DOC_ESCAPES = unicode_escapes(c for c in (*UNSAFE, *SURROGATES) if c not in LAYOUT) | {ord("\\"): "\\\\"}
_STRING_ESCAPES = _DOC_ESCAPES | {ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}


def py_string(value: Any) -> str:
    """A Python string literal for any text: quotes, backslashes, controls, U+2028 escaped."""
    return '"' + str(value).translate(_STRING_ESCAPES) + '"'


@dataclass(frozen=True)
class PyName:
    """A name defined in the generated module itself (a constant), printed bare by `py_literal`."""

    name: str


def py_literal(value: Any) -> str:
    """A Python expression for a plain value: None, bool, int, float, str, and tuples, lists and
    dicts of them (a one-item tuple keeps its comma); a `PyName` as its bare name."""
    if isinstance(value, PyName):
        return value.name
    if isinstance(value, PyCall):
        return value.printed()
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return 'float("' + str(value) + '")'
        return repr(value)
    if isinstance(value, str):
        return py_string(value)
    if isinstance(value, tuple):
        inner = ", ".join(py_literal(v) for v in value)
        return "(" + inner + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(py_string(k) + ": " + py_literal(v) for k, v in value.items()) + "}"
    return py_string(json.dumps(value))


@dataclass(frozen=True)
class PyCall:
    """A runtime constructor call in the descriptor (`Param(...)`, `Pagination(...)`, `Tail(...)`):
    its positional and keyword arguments as plain values, printed by `py_literal`."""

    callee: str
    args: tuple[Any, ...] = ()
    kwargs: tuple[tuple[str, Any], ...] = ()

    def words(self) -> list[str]:
        """What the printed call mentions, for the imports."""
        return [self.callee, *(py_literal(v) for v in self.args), *(py_literal(v) for _, v in self.kwargs)]

    def printed(self) -> str:
        """The call as source: positional values, then keyword values, each by `py_literal`."""
        parts = [py_literal(v) for v in self.args] + [k + "=" + py_literal(v) for k, v in self.kwargs]
        return self.callee + "(" + ", ".join(parts) + ")"


def py_doc(text: str, indent: int = 4) -> str:
    """Text safe inside a triple-quoted docstring, indented to sit under a def or class."""
    body = text.strip().translate(_DOC_ESCAPES)
    # Quotes at the very end would run into the closing `"""`: each is escaped (a space after
    # them would not do: trailing blanks are stripped from every line below).
    kept = body.rstrip('"')
    body = kept.replace('"""', '\\"\\"\\"') + '\\"' * (len(body) - len(kept))
    pad = " " * indent
    lines = [line.rstrip() for line in body.split("\n")]
    return "\n".join(lines[:1] + [(pad + line) if line else "" for line in lines[1:]])


def py_docstring(text: str, indent: int = 4) -> str:
    """A whole docstring: closing quotes on their own line when it spans several."""
    body = py_doc(text, indent)
    if "\n" in body:
        return '"""' + body + "\n" + " " * indent + '"""'
    return '"""' + body + '"""'


def py_comment(text: str) -> str:
    """One line of text for a `#` comment (no closing quotes to keep clear of)."""
    return " ".join(text.strip().translate(_DOC_ESCAPES).replace('"""', '\\"\\"\\"').split())


def md_code(text: str) -> str:
    """Any text as a one-line Markdown code span, with the same escapes as a docstring."""
    return markdown_code(" ".join(text.translate(_DOC_ESCAPES).split()))


FILTERS: dict[str, Callable[..., str]] = {
    "py_string": py_string, "py_doc": py_doc, "py_comment": py_comment, "py_literal": py_literal,
    "py_docstring": py_docstring,
}

"""The one place that prints Python values as Ruby source: the literal filter, the escaping of
strings, comments and Markdown cells, and the layout rules (RuboCop's 120 columns) they share.

The rest of the target hands neutral data to the templates (str, int, bool, None, list, dict and
the few Ruby-only kinds below: a Symbol, a constant reference, a key path, a word array, a call);
`rb_literal` is the only function that turns it into Ruby."""

from __future__ import annotations

import math
import re
import textwrap
from dataclasses import dataclass
from typing import Any

from ..text import LAYOUT, SURROGATES, UNSAFE, unicode_escapes

WIDTH = 120  # RuboCop's Layout/LineLength in every generated gem


# ---------------------------------------------------------------- Ruby-only values


@dataclass(frozen=True)
class Sym:
    """A Ruby Symbol (`:name`)."""

    name: str


@dataclass(frozen=True)
class Const:
    """A reference to a constant (or a method called on one, `SECURITY_SCHEMES.values_at`)."""

    name: str


@dataclass(frozen=True)
class KeyPath:
    """The keys that lead to a value in a JSON document: `%w[a b]` for plain keys, else strings."""

    keys: tuple[str, ...]


@dataclass(frozen=True)
class WordArray:
    """An Array of Strings, written `%w[...]` when every one is a plain word (as RuboCop wants)."""

    words: tuple[str, ...]


@dataclass(frozen=True)
class Frozen:
    """A value frozen where it is written (`[...].freeze`)."""

    value: Any


@dataclass(frozen=True)
class Call:
    """`callee(positional..., keyword: value, ...)`: a constructor or method call with literal arguments."""

    callee: str
    args: tuple[Any, ...] = ()
    kwargs: tuple[tuple[str, Any], ...] = ()

    def arguments(self) -> list[str]:
        return [rb_literal(a) for a in self.args] + [f"{key}: {rb_literal(value)}" for key, value in self.kwargs]


# ---------------------------------------------------------------- escaping


_SURROGATES = {c: "\ufffd" for c in SURROGATES}  # not encodable; Ruby rejects "\uD800" too
_TEXT_ESCAPES = unicode_escapes((c for c in UNSAFE if c not in LAYOUT), "\\u{:04X}") | _SURROGATES
_STRING_ESCAPES = _TEXT_ESCAPES | {
    ord("\\"): "\\\\", ord('"'): '\\"', ord("#"): "\\#", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
}
# A comment line that Ruby would read as a magic comment (anywhere in a file for some of them).
_MAGIC = re.compile(
    r"^\s*(?:-\*-|(?:en)?coding|frozen[-_]string[-_]literal|warn[-_]indent|warn[-_]past[-_]scope|"
    r"shareable[-_]constant[-_]value)",
    re.IGNORECASE,
)
_WORD = re.compile(r"^\w+(?:-\w+)*$")
_PLAIN_KEY = re.compile(r"[A-Za-z0-9_]+")


def rb_string(value: Any) -> str:
    """A double-quoted Ruby literal for any text: quotes, backslashes, `#{`, controls escaped."""
    return '"' + str(value).translate(_STRING_ESCAPES) + '"'


def rb_literal(value: Any, column: int | None = None, indent: int = 0) -> str:
    """A Ruby expression for a value. Given the `column` it starts at, what would pass column 120
    is laid out again: a Call (a comma or parenthesis follows it) one argument a line, indented by
    `indent` + 2, its closing parenthesis at `indent`; a String as adjacent literals over
    continued lines."""
    if isinstance(value, Call):
        return _call(value, column, indent)
    if isinstance(value, Frozen):
        return rb_literal(value.value) + ".freeze"
    if isinstance(value, (Sym, Const, KeyPath, WordArray)):
        return _ruby_only(value)
    if isinstance(value, str) and column is not None:
        literal = rb_string(value)
        return literal if column + len(literal) <= WIDTH else rb_string_split(value, WIDTH - column - 2, WIDTH - 8 - 2)
    if value is None:
        return "nil"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _number(value)
    if isinstance(value, str):
        return rb_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(rb_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{rb_string(k)} => {rb_literal(v)}" for k, v in value.items()) + " }"
    return rb_string(str(value))


def _ruby_only(value: Sym | Const | KeyPath | WordArray) -> str:
    if isinstance(value, Sym):
        return ":" + value.name
    if isinstance(value, Const):
        return value.name
    if isinstance(value, KeyPath):
        keys = value.keys
        if len(keys) > 1 and all(_PLAIN_KEY.fullmatch(k) for k in keys):
            return "%w[" + " ".join(keys) + "]"  # as rubocop's Style/WordArray wants
        return "[" + ", ".join(rb_string(k) for k in keys) + "]"
    return rb_string_array(list(value.words))


def _call(call: Call, column: int | None, indent: int) -> str:
    arguments = call.arguments()
    line = f"{call.callee}({', '.join(arguments)})"
    if column is None or column + len(line) + 1 <= WIDTH:
        return line
    pad = " " * (indent + 2)
    laid = [rb_literal(a, len(pad), indent + 2) if isinstance(a, Call) else rb_literal(a) for a in call.args]
    for key, value in call.kwargs:  # a nested call too long for its line is laid out the same way
        start = len(pad) + len(key) + 2
        nested = rb_literal(value, start, indent + 2) if isinstance(value, Call) else rb_literal(value)
        laid.append(f"{key}: {nested}")
    return f"{call.callee}(\n" + ",\n".join(pad + arg for arg in laid) + "\n" + " " * indent + ")"


def _number(value: float) -> str:
    if isinstance(value, int):
        return _digits(str(value))
    if math.isnan(value):
        return "Float::NAN"
    if math.isinf(value):
        return "Float::INFINITY" if value > 0 else "-Float::INFINITY"
    return _digits(repr(value))


def _digits(number: str) -> str:
    """A number's integer part with `_` between thousands from five digits on, as RuboCop wants."""
    match = re.match(r"(-?)(\d{5,})(.*)$", number)
    if not match:
        return number
    sign, whole, rest = match.groups()
    return f"{sign}{int(whole):_}{rest}"


def rb_string_array(values: list[Any]) -> str:
    """An Array literal of Strings: `%w[...]` when every one is a plain word, as RuboCop wants."""
    texts = [str(v) for v in values]
    if len(texts) >= 2 and all(_WORD.match(t) and t.isascii() for t in texts):
        return "%w[" + " ".join(texts) + "]"
    return "[" + ", ".join(rb_string(t) for t in texts) + "]"


def rb_string_split(text: str, first: int, rest: int) -> str:
    """`text` exactly, as adjacent double-quoted literals joined by line continuations: the first
    literal at most `first` characters wide, quotes included, each later one at most `rest`
    (continuation lines are indented to column 8). Escaping is per character, so a cut between
    two characters never splits an escape."""
    pieces: list[str] = []
    current = ""
    budget = max(first, 12) - 2
    for char in str(text):
        escaped = char.translate(_STRING_ESCAPES)
        if current and len(current) + len(escaped) > budget:
            pieces.append(current)
            current = ""
            budget = rest - 2
        current += escaped
    pieces.append(current)
    return (" \\\n" + " " * 8).join(f'"{piece}"' for piece in pieces)


def rb_string_lines(text: str, width: int) -> list[str]:
    """String literals that concatenate to `text` (whitespace runs made one space), each at most
    `width` characters between its quotes once escaped; broken after spaces, or inside a word
    only when the word alone is too long."""

    def fits(chunk: str) -> bool:
        return len(rb_string(chunk)) - 2 <= width

    chunks: list[str] = []
    current = ""
    for word in re.findall(r"\S+ ?| ", " ".join(str(text).split())):
        if current and not fits(current + word):
            chunks.append(current)
            current = ""
        while not fits(word):
            cut = 1
            while cut < len(word) and fits(word[: cut + 1]):
                cut += 1
            chunks.append(word[:cut])
            word = word[cut:]
        current += word
    if current or not chunks:
        chunks.append(current)
    return [rb_string(chunk) for chunk in chunks]


# ---------------------------------------------------------------- comments and Markdown


def comment_lines(text: str, width: int, hang: int = 0) -> list[str]:
    """Text for `#` comments: escaped, wrapped to `width`, never a magic comment.

    Lines after the first are indented by `hang` spaces (the continuation of a YARD tag).
    A blank line stays blank.
    """
    clean = str(text).strip().translate(_TEXT_ESCAPES).replace("\t", "  ")
    lines: list[str] = []
    for paragraph in clean.split("\n"):
        if not paragraph.strip():
            lines.append("")
            continue
        wrapped = textwrap.wrap(
            paragraph.rstrip(), width=max(20, width - hang), break_long_words=False, break_on_hyphens=False,
            replace_whitespace=False, drop_whitespace=True,
        ) or [""]
        lines.extend(wrapped)
    while lines and not lines[-1]:
        lines.pop()
    result = []
    for index, line in enumerate(lines):
        if _MAGIC.match(line):
            line = "| " + line
        if index and line:
            line = " " * hang + line
        result.append(line)
    return result


def rb_comment(text: str, indent: int = 0) -> str:
    """A block of `#` comment lines; the first without indentation (the template places it)."""
    pad = " " * indent
    lines = comment_lines(text, WIDTH - indent - 2)
    return f"\n{pad}".join(("# " + line) if line else "#" for line in lines) if lines else "#"


def md_cell(text: Any) -> str:
    """Text for one Markdown table cell."""
    return " ".join(str(text).translate(_TEXT_ESCAPES).split()).replace("|", "\\|")


def md_code(text: Any) -> str:
    """Text for an inline Markdown code span (backticks in it do not end the span)."""
    body = " ".join(str(text).translate(_TEXT_ESCAPES).split()).replace("|", "\\|")
    fence = "``" if "`" in body else "`"
    return f"{fence} {body} {fence}" if fence == "``" else f"`{body}`"

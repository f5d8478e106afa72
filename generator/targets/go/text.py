"""Text for the Go target: identifiers, string literals, struct tags and the one literal filter.

Every spec string that lands in Go source as a literal goes through `go_string`; every
neutral value a template prints as Go (the operation descriptors, enum values) goes through
`go_value`.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from ...naming import _title, ascii_fold, split_words
from ..text import SURROGATES, UNSAFE, unicode_escapes

# golint's common initialisms: Go names spell these in capitals (AppID, ImageURI).
INITIALISMS = frozenset(
    """ACL API ASCII CPU CSS DNS EOF GUID HTML HTTP HTTPS ID IP JSON LHS QPS RAM RHS RPC SLA SMTP SQL
    SSH TCP TLS TTL UDP UI GID UID UUID URI URL UTF8 VM XML XMPP XSRF XSS""".split()
)


# ---------------------------------------------------------------- identifiers


def _identifier_chars(text: str) -> str:
    """Only what a Go identifier may hold: letters, decimal digits, underscores."""
    return "".join(c for c in text if c == "_" or unicodedata.category(c)[0] == "L" or unicodedata.category(c) == "Nd")


def _go_word(word: str) -> str:
    upper = word.upper()
    if upper in INITIALISMS:
        return upper
    if len(word) > 2 and upper.endswith("S") and upper[:-1] in INITIALISMS:
        return upper[:-1] + "s"
    return _title(word)


def go_words(text: str) -> list[str]:
    """The words of any spec string, accents folded, non-identifier characters dropped."""
    return [w for w in (_identifier_chars(x) for x in split_words(ascii_fold(text))) if w]


def go_pascal(words: Iterable[str]) -> str:
    """PascalCase with Go's initialisms (app_id -> AppID, image_uri -> ImageURI)."""
    return "".join(_go_word(w) for w in words)


def exported(words: Iterable[str], fallback: str) -> str:
    """An exported Go identifier: starts with an upper-case letter, never empty."""
    name = go_pascal(words)
    if not name:
        return fallback
    if not name[0].isupper():
        name = "X" + name
    return name


# ---------------------------------------------------------------- string literals


def _escape_table() -> dict[int, str]:
    table = unicode_escapes(UNSAFE)
    table.update({c: "\\ufffd" for c in SURROGATES})  # lone surrogates cannot be UTF-8
    table.update({ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})
    return table


_STRING_ESCAPES = _escape_table()


def go_string(value: Any) -> str:
    """A Go interpreted string literal for any text."""
    text = str(value).translate(_STRING_ESCAPES)
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() or ch == "\\" else _unicode_escape(ch) for ch in text)
    return '"' + text + '"'


def go_string_md(value: Any) -> str:
    """A Go string literal that can also sit inside a Markdown code fence (no backticks)."""
    return go_string(value).replace("`", "\\x60")


def _unicode_escape(ch: str) -> str:
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def go_literal(value: Any, base: str) -> str:
    """A Go constant expression for an enum or const value of the given JSON base type."""
    if base == "string":
        return go_string(value)
    if base == "boolean":
        return "true" if value else "false"
    if base == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    number = float(value)
    if math.isnan(number) or math.isinf(number):
        raise ValueError(f"{value!r} has no Go constant form")
    text = repr(number)
    return text if any(c in text for c in ".e") else text + ".0"


def go_json_text(value: Any) -> str:
    """The JSON text of a value, as a Go string literal."""
    return go_string(json.dumps(value, separators=(",", ":"), ensure_ascii=False))


_TAG_PUNCTUATION = frozenset("!#$%&()*+-./:;<=>?@[]^_{|}~ ")


def go_tag(wire: str) -> str:
    """The struct tag of a field: `json:"wire"`, or `json:"-"` when encoding/json's
    tag syntax cannot spell the name (the generated (Un)MarshalJSON use the wire
    name either way)."""
    valid = bool(wire) and all(
        c in _TAG_PUNCTUATION or unicodedata.category(c)[0] == "L" or unicodedata.category(c) == "Nd" for c in wire
    )
    if not valid:
        return '`json:"-"`'
    return '`json:"-,"`' if wire == "-" else f'`json:"{wire}"`'


def go_value(value: Any, md: bool = False) -> str:
    """The one literal filter: a neutral Python value printed as a Go literal.

    str -> an interpreted string; bool -> true/false; int -> decimal; float -> a float constant;
    None -> nil; a list or tuple of strings -> []string{...} (nil when empty); a mapping of
    strings -> map[string]string{...} (nil when empty). With `md`, string literals hold no
    backquote, so the text can sit in a Markdown code fence."""
    string = go_string_md if md else go_string
    if value is None:
        return "nil"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return go_literal(value, "number")
    if isinstance(value, (list, tuple)):
        return "[]string{" + ", ".join(string(v) for v in value) + "}" if value else "nil"
    if isinstance(value, Mapping):
        items = ", ".join(string(k) + ": " + string(v) for k, v in value.items())
        return "map[string]string{" + items + "}" if value else "nil"
    raise TypeError(f"no Go literal for {type(value).__name__}")

"""Printing Python values as TypeScript text: the escaping filters and the one literal filter.

Everything the templates print that came from the spec goes through one of these. `ts_value` is
the literal filter: it prints neutral data (str, int, float, bool, None, list, dict) as a
TypeScript expression, so the Views hand the templates data and never finished code.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

from ..text import LAYOUT, SURROGATES, UNSAFE, markdown_cell, markdown_code, unicode_escapes

IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")

_DOC_ESCAPES = unicode_escapes(c for c in (*UNSAFE, *SURROGATES) if c not in LAYOUT)
_STRING_ESCAPES = _DOC_ESCAPES | {
    ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
}


class Record(dict[str, Any]):
    """A dict printed with every key as a string literal (a `Record<string, ...>` keyed by data,
    e.g. status codes), where a plain dict prints identifier keys bare."""


def ts_string(value: Any) -> str:
    """A double-quoted TypeScript string literal for any text."""
    return '"' + str(value).translate(_STRING_ESCAPES) + '"'


def ts_literal(value: Any) -> str:
    """A TypeScript expression (and literal type) for a JSON scalar."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if value >= 0 else "-" + str(-value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return "number"
        return repr(value)
    return ts_string(value)


def ts_key(name: str) -> str:
    """A property name: bare when it is an identifier, else a string literal."""
    return name if IDENTIFIER.match(name) else ts_string(name)


def ts_value(value: Any) -> str:
    """The literal filter: neutral data as a TypeScript expression. Lists print as `[a, b]`,
    dicts as `{ key: value }` in their own order (`{}` when empty); scalars as `ts_literal`."""
    if isinstance(value, Record):
        items = [ts_string(key) + ": " + ts_value(item) for key, item in value.items()]
    elif isinstance(value, dict):
        items = [ts_key(key) + ": " + ts_value(item) for key, item in value.items()]
    elif isinstance(value, (list, tuple)):
        return "[" + ", ".join(ts_value(item) for item in value) + "]"
    else:
        return ts_literal(value)
    return "{ " + ", ".join(items) + " }" if items else "{}"


def ts_index(name: str) -> str:
    """How a property is read: `.name`, or `["name"]` when it is not an identifier."""
    return "." + name if IDENTIFIER.match(name) else "[" + ts_string(name) + "]"


def _doc_body(text: str) -> str:
    return text.strip().translate(_DOC_ESCAPES).replace("*/", "*\\/")


def ts_doc(text: str, indent: int = 0) -> str:
    """A JSDoc block; the first line sits where the template puts it, the rest at `indent`."""
    lines = [line.rstrip() for line in _doc_body(text).split("\n")]
    if len(lines) == 1:
        return "/** " + lines[0] + " */"
    pad = " " * indent
    return "/**\n" + "".join(pad + " *" + (" " + line if line else "") + "\n" for line in lines) + pad + " */"


def ts_comment(text: str) -> str:
    """One line of text for a `//` comment."""
    return " ".join(_doc_body(text).split())


def json_string(value: Any) -> str:
    return json.dumps(str(value), ensure_ascii=True)


def md_text(text: str) -> str:
    """Spec text on one line of a Markdown table cell."""
    return markdown_cell(" ".join(str(text).translate(_DOC_ESCAPES).split()))


def md_code(text: str) -> str:
    """An inline code span (safe in a table cell) for any text."""
    return markdown_code(" ".join(str(text).translate(_DOC_ESCAPES).split()))


FILTERS: dict[str, Callable[..., Any]] = {
    "ts_string": ts_string, "ts_doc": ts_doc, "ts_comment": ts_comment, "ts_key": ts_key, "ts_value": ts_value,
    "ts_index": ts_index, "json_string": json_string, "md_text": md_text, "md_code": md_code,
}

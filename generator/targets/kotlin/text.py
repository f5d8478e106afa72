"""Kotlin's text filters: string and scalar literals, KDoc blocks, `//` comments, pom.xml text."""

from __future__ import annotations

import math
import textwrap
from typing import Any


def _unprintable() -> list[int]:
    """Code points that never appear raw in generated source: controls, separators, surrogates, BOM."""
    points = [*range(0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, 0xFEFF, *range(0xD800, 0xE000)]
    return [c for c in points if c not in (0x09, 0x0A)]


_STRING_ESCAPES = {c: f"\\u{c:04x}" for c in _unprintable()} | {
    ord("\\"): "\\\\",
    ord('"'): '\\"',
    ord("$"): "\\$",
    ord("\n"): "\\n",
    ord("\r"): "\\r",
    ord("\t"): "\\t",
    ord("\b"): "\\b",
}
_DOC_DROPS = {c: " " for c in _unprintable()} | {ord("\t"): " "}


def kt_string(value: Any) -> str:
    """A Kotlin string literal: quotes, backslashes, `$` (templates), controls and U+2028 escaped."""
    return '"' + str(value).translate(_STRING_ESCAPES) + '"'


def kt_literal(value: Any, base: str = "") -> str:
    """A Kotlin expression for a JSON scalar (`base` picks Long/Double for numbers)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and base != "number":
        if -(2**63) <= value < 2**63:
            return f"{value}L" if value != -(2**63) else "Long.MIN_VALUE"
        return kt_string(str(value))
    if isinstance(value, (int, float)):
        number = float(value)
        if math.isnan(number):
            return "Double.NaN"
        if math.isinf(number):
            return "Double.POSITIVE_INFINITY" if number > 0 else "Double.NEGATIVE_INFINITY"
        return repr(number)
    return kt_string(value)


def _doc_text(text: str) -> str:
    """Text that cannot end or nest a block comment: `*/` and `/*` are broken with an HTML entity."""
    text = str(text).translate(_DOC_DROPS).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("*/", "*&#47;").replace("/*", "&#47;*")


def kt_doc(text: str, indent: int = 0, width: int = 100) -> str:
    """A whole KDoc block at `indent`, wrapped to `width`; empty text gives nothing."""
    body = _doc_text(text).strip()
    if not body:
        return ""
    pad = " " * indent
    lines: list[str] = []
    room = max(40, width - indent - 3)
    for raw in body.split("\n"):
        raw = raw.rstrip()
        if raw.lstrip().startswith("@"):
            raw = raw.replace("@", "\\@", 1)  # not a KDoc block tag
        if len(raw) <= room:
            lines.append(raw)
            continue
        lead = raw[: len(raw) - len(raw.lstrip())]
        lines.extend(textwrap.wrap(raw, room, subsequent_indent=lead, break_long_words=False, break_on_hyphens=False)
                     or [""])
    while lines and not lines[-1]:
        lines.pop()
    out = [f"{pad}/**"] + [f"{pad} * {line}".rstrip() for line in lines] + [f"{pad} */"]
    return "\n".join(out)


def xml_text(text: Any) -> str:
    """Text for an XML element (pom.xml)."""
    escaped = str(text).translate(_DOC_DROPS)
    return escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def kt_comment(text: str) -> str:
    """One line of text for a `//` comment."""
    return " ".join(_doc_text(text).split())

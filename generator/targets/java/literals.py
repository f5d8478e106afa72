"""Java text and literals: escaping for strings, Javadoc, XML and Markdown, and the one literal
filter (`java_value`) that prints a neutral Python value as a Java expression."""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from ..text import SURROGATES, UNSAFE, unicode_escapes

# ---------------------------------------------------------------- escaping filters


def _string_escapes() -> dict[int, str]:
    table = unicode_escapes((*UNSAFE, *SURROGATES))
    # A unicode escape is decoded before lexing: never emit one for a line break, quote or backslash.
    table.update({ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
                  0x08: "\\b", 0x0C: "\\f"})
    return table


_STRING_ESCAPES = _string_escapes()
# Javadoc is HTML: entities for markup, the comment terminator, unicode escapes and block tags.
_DOC_ESCAPES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord("\\"): "&#92;", ord("@"): "&#64;"}
# Controls and separators read as spaces (doclint refuses their character references); lone
# surrogates as the replacement character.
_DOC_ESCAPES.update({c: " " for c in UNSAFE if c not in (0x0A, 0xFEFF)})
_DOC_ESCAPES.update({0xFEFF: ""} | {c: "\ufffd" for c in SURROGATES})
_XML_ESCAPES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;", ord("'"): "&apos;"}
_XML_ESCAPES.update({c: " " for c in [*range(0x20), 0x7F, 0xFFFE, 0xFFFF, *range(0xD800, 0xE000)] if c not in (9, 10)})


def java_string(value: Any) -> str:
    """A Java string literal for any text."""
    return '"' + str(value).translate(_STRING_ESCAPES) + '"'


def java_doc_text(text: str) -> str:
    """Spec text made safe inside a Javadoc comment, on one or more lines (no leading `*`)."""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").strip()
    return text.translate(_DOC_ESCAPES).replace("*/", "*&#47;")


def java_doc(text: str, indent: int = 0) -> str:
    """The body lines of a Javadoc block (` * ...`), paragraphs split with `<p>`."""
    if isinstance(text, str):
        return _java_doc(text, indent)
    return _java_doc.__wrapped__(text, indent)


@functools.lru_cache(maxsize=8192)
def _java_doc(text: str, indent: int) -> str:
    # Cached: shared schemas repeat the same descriptions on many models.
    pad = " " * indent
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", _markdown(java_doc_text(text))) if p.strip()]
    lines: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if index:
            lines.append(f"{pad} *")
        wrapped = _wrap(" ".join(paragraph.split()), 96 - indent)
        for number, line in enumerate(wrapped):
            prefix = "<p>" if index and number == 0 else ""
            lines.append(f"{pad} * {prefix}{line}")
    return "\n".join(lines)


def _markdown(text: str) -> str:
    """The two Markdown marks spec prose uses most, as HTML: `code` and **bold**."""
    text = re.sub(r"`([^`\n]+)`", lambda m: _tag("code", m), text)
    return re.sub(r"\*\*([^*\n]+)\*\*", lambda m: _tag("b", m), text)


def _tag(tag: str, match: re.Match[str]) -> str:
    """A Markdown span as an HTML element, or left as it is when it holds only blanks: doclint
    refuses an empty element, and `<code> </code>` counts as empty."""
    inner = match.group(1)
    return f"<{tag}>{inner}</{tag}>" if inner.strip() else match.group(0)


def java_inline(text: str) -> str:
    """Spec text safe inside Javadoc, folded onto one line."""
    return " ".join(java_doc_text(text).split())


def java_code(text: str) -> str:
    """Spec text shown as code in Javadoc: `<code>` with entities, so unbalanced braces are harmless.
    Empty text (an empty wire name) shows as `""`: doclint refuses an empty `<code>`."""
    return "<code>" + (java_inline(text) or '""') + "</code>"


def xml_text(value: Any) -> str:
    """Text safe inside an XML element."""
    return str(value).translate(_XML_ESCAPES)


def md_code(value: Any) -> str:
    """Inline Markdown code for spec text (a table cell)."""
    text = " ".join(str(value).split()).replace("|", "\\|")
    ticks = "``" if "`" in text else "`"
    return f"{ticks} {text} {ticks}" if ticks == "``" else f"`{text}`"


def _wrap(text: str, width: int) -> list[str]:
    words = text.split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines or [""]


def java_literal(value: Any, base: str = "") -> str:
    """A Java expression for a JSON scalar (constants of unions)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value}L"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return "Double.NaN" if math.isnan(value) else ("Double.POSITIVE_INFINITY" if value > 0 else
                                                              "Double.NEGATIVE_INFINITY")
        return repr(value)
    return java_string(value)


def java_value(value: Any) -> str:
    """The literal filter: a Java expression for a neutral value. None is `null`, a bool
    `true`/`false`, a number or string as `java_literal` prints it, a list `List.of(...)` and a dict
    `Map.of(...)` of such values."""
    if value is None:
        return "null"
    if isinstance(value, (list, tuple)):
        return "List.of(" + ", ".join(java_value(v) for v in value) + ")"
    if isinstance(value, dict):
        return "Map.of(" + ", ".join(java_value(k) + ", " + java_value(v) for k, v in value.items()) + ")"
    return java_literal(value)

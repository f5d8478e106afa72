"""Characters that no target writes raw into generated source, for every target's escaping."""

from __future__ import annotations

import re
from collections.abc import Iterable

# C0 controls, DEL, C1 controls, the line and paragraph separators (they end a line, or a `//`
# comment, in several target languages) and the byte-order mark.
UNSAFE: tuple[int, ...] = (*range(0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, 0xFEFF)
# Lone UTF-16 halves: a Python str read from JSON may hold them; no UTF-8 file can.
SURROGATES = range(0xD800, 0xE000)
# Tab and newline, which comments and docs keep as they are.
LAYOUT = (0x09, 0x0A)


def unicode_escapes(points: Iterable[int], template: str = "\\u{:04x}") -> dict[int, str]:
    """A str.translate table writing each code point as a `\\u` escape."""
    return {point: template.format(point) for point in points}


def markdown_cell(flat: str) -> str:
    """One-line text made safe in a Markdown table cell: backslashes, pipes and HTML neutralised."""
    return flat.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def markdown_code(flat: str) -> str:
    """One-line text as an inline code span that no backtick or pipe inside it can end."""
    flat = flat.replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall(r"`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def markdown_span(text: object) -> str:
    """Any text as a one-line inline code span (a version, a name): layout folded to spaces."""
    return markdown_code(" ".join(str(text).split()))


_BARE_NAME = re.compile(r"(?<![\w.])\w+")


def bare_names(blob: str) -> frozenset[str]:
    """Every whole word in `blob` that is not a member access (not right after a dot).

    One scan answers "does this file use name X" for any number of names; a regex search per
    name was quadratic on specs with a thousand models."""
    return frozenset(_BARE_NAME.findall(blob))

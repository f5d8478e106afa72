"""Comments, README text and gofmt's columns for the Go target.

The generated files are gofmt-clean as rendered: `go_align` lays out the aligned
columns gofmt would (struct fields, const specs, keyed literals), and doc
comments are shaped so that gofmt's doc-comment reformatting leaves them as
they are.
"""

from __future__ import annotations

import re

from ..text import markdown_cell, markdown_code

# ---------------------------------------------------------------- comments


def _comment_text(text: str) -> str:
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\t", " ")
    if text.replace("\n", "").isprintable():  # the usual case: nothing to drop
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        elif code < 0x20 or code == 0x7F or 0x80 <= code < 0xA0 or code == 0xFEFF:
            continue
        elif 0xD800 <= code < 0xE000 or not ch.isprintable():
            continue  # lone surrogates, zero-width and other invisible characters
        else:
            out.append(ch)
    return "".join(out)


def _paragraphs(text: str) -> list[list[str]]:
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for raw in _comment_text(text).split("\n"):
        line = raw.strip()
        if line.startswith("+build"):
            line = "\\" + line  # would read as a build constraint in a file header
        if line:
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _old_heading(line: str) -> bool:
    """go/doc/comment's test for an implicit heading, which gofmt would rewrite as `# line`."""
    if not line or not (line[0].isalpha() and line[0].isupper()) or not line[-1].isalnum():
        return False
    if any(c in line for c in ';:!?+*/=[]{}_^°&§~%#@<">\\'):
        return False
    rest = line
    while "'" in rest:
        rest = rest.split("'", 1)[1]
        if rest != "s" and not rest.startswith("s "):
            return False
    rest = line
    while "." in rest:
        rest = rest.split(".", 1)[1]
        if rest == "" or rest.startswith(" "):
            return False
    return True


_LINK_DEF = re.compile(r"^\[[^\]]+\]:\s*\S+$")


def _typographic_quotes(line: str) -> str:
    """The line as gofmt prints it: a pair of backquotes (not part of a longer run) becomes “
    and a pair of single quotes ”, so gofmt finds nothing left to rewrite."""
    if "``" not in line and "''" not in line:
        return line
    out = []
    i = 0
    while i < len(line):
        if line.startswith("``", i):
            end = i
            while end < len(line) and line[end] == "`":
                end += 1
            out.append(line[i:end] if end - i > 2 else "\u201c")
            i = end
        elif line.startswith("''", i):
            out.append("\u201d")
            i += 2
        else:
            out.append(line[i])
            i += 1
    return "".join(out)


def doc_lines(text: str) -> list[str]:
    """Comment lines (without `//`) for a doc comment: paragraphs separated by blank
    lines, nothing indented, and no paragraph gofmt would turn into a heading or a
    link definition."""
    paragraphs = _paragraphs(text)
    lines: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        paragraph = [_typographic_quotes(line) for line in paragraph]
        if len(paragraph) == 1 and 0 < index < len(paragraphs) - 1 and _old_heading(paragraph[0]):
            paragraph = [paragraph[0] + ":"]
        if all(_LINK_DEF.match(line) for line in paragraph):
            paragraph = ["Link " + paragraph[0], *paragraph[1:]]
        if lines:
            lines.append("")
        lines.extend(paragraph)
    return lines


def go_doc(text: str, indent: str = "") -> str:
    """A doc comment block (`// ...` lines), or "" for empty text. The first line
    carries no indentation: the template puts it where the comment starts."""
    lines = doc_lines(text)
    return ("\n" + indent).join(f"// {line}" if line else "//" for line in lines)


def go_comment(text: str) -> str:
    """One line of comment text: whitespace collapsed."""
    return " ".join(" ".join(doc_lines(text)).split())


# ---------------------------------------------------------------- Markdown (README)


def md_text(text: str) -> str:
    """Text for a Markdown table cell or a one-line paragraph."""
    return markdown_cell(" ".join(_comment_text(text).split()))


def md_code(text: str) -> str:
    """An inline code span holding any text."""
    return markdown_code(" ".join(_comment_text(str(text)).split()))


def md_block(text: str) -> str:
    """Paragraphs of spec text for the README, with HTML neutralised."""
    return "\n\n".join(
        " ".join(p).replace("<", "&lt;").replace(">", "&gt;") for p in _paragraphs(text)
    )


# ---------------------------------------------------------------- gofmt's columns


def go_align(text: str) -> str:
    """Align tab-separated cells the way gofmt's tabwriter does.

    Templates write a tab between the cells gofmt aligns (field name, type, tag;
    const name, type, value; `key:` and value in a keyed literal). Leading tabs
    are indentation. A run of consecutive lines with the same indentation and a
    cell separator is one block; within it, a column is padded to its widest cell
    plus one space, over consecutive lines that have that column. Any other line
    (blank, comment, brace, different indentation) ends the block.
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        indent, rest = _split_indent(lines[i])
        if "\t" not in rest:
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        j = i
        while j < len(lines):
            other_indent, other_rest = _split_indent(lines[j])
            if other_indent != indent or "\t" not in other_rest:
                break
            rows.append(other_rest.split("\t"))
            j += 1
        out.extend(indent + line for line in _columns(rows))
        i = j
    return "\n".join(out)


def _split_indent(line: str) -> tuple[str, str]:
    stripped = line.lstrip("\t")
    return line[: len(line) - len(stripped)], stripped


def _columns(rows: list[list[str]]) -> list[str]:
    widths = [[0] * len(row) for row in rows]
    columns = max(len(row) for row in rows) - 1
    for column in range(columns):
        k = 0
        while k < len(rows):
            if len(rows[k]) - 1 <= column:
                k += 1
                continue
            start = k
            while k < len(rows) and len(rows[k]) - 1 > column:
                k += 1
            width = max(len(rows[x][column]) for x in range(start, k))
            for x in range(start, k):
                widths[x][column] = width + 1 if width else 0
    return [
        "".join(cell.ljust(widths[x][c]) for c, cell in enumerate(row[:-1])) + row[-1]
        for x, row in enumerate(rows)
    ]

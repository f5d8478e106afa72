"""The reference-site toolchain of the generation matrix (tests/generation/test_matrix.py).

A site (`<api>/docs`) has no compiler; its checks are what a browser and a reader need: every
HTML page parses with balanced tags, every local link and `#anchor` lands on a page and an id
that exist, the only script is the site's own `search.js`, no element carries an event-handler
attribute, and every HTML page has its Markdown twin.
"""

from __future__ import annotations

from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

# Elements HTML never closes.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def operation_count(root: Path) -> int:
    """One page per operation."""
    return len(list(root.glob("op-*.html")))


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag}> has an event handler {name}={value!r}")
            if name == "id" and value:
                self.ids.add(value)
            if name in ("href", "src") and value:
                self.links.append(value)
        if tag == "script":
            self.scripts.append(dict(attrs).get("src") or "(inline)")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
            return
        self.stack.pop()


def check_site(root: Path) -> list[str]:
    """Every problem of the site at `root`, as `page: problem` lines (empty when it is sound)."""
    problems: list[str] = []
    pages: dict[str, _Page] = {}
    for path in sorted(root.glob("*.html")):
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        page.close()
        if page.stack:
            page.problems.append(f"unclosed: {page.stack}")
        if any(src != "search.js" for src in page.scripts):
            page.problems.append(f"scripts other than search.js: {page.scripts}")
        if path.name != "search.html" and not (root / (path.stem + ".md")).is_file():
            page.problems.append("no Markdown twin")
        pages[path.name] = page
        problems += [f"{path.name}: {p}" for p in page.problems]
    for name, page in pages.items():
        for link in page.links:
            if urlsplit(link).scheme:
                continue  # the site links nowhere else, but a spec's text never becomes a link
            target, anchor = urldefrag(link)
            target = urlsplit(target).path or name
            if not (root / target).is_file():
                problems.append(f"{name}: broken link {link!r}")
            elif anchor and target in pages and anchor not in pages[target].ids:
                problems.append(f"{name}: no id {anchor!r} in {target}")
    return problems


def compile_projects(roots: Sequence[Path], scratch: Path) -> None:
    found = {str(root): check_site(root) for root in roots}
    bad = {root: problems[:10] for root, problems in found.items() if problems}
    assert not bad, "\n".join(f"{root}:\n  " + "\n  ".join(problems) for root, problems in bad.items())

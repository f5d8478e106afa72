"""Reading spec files and resolving `$ref`s, with source locations.

Parsing uses the fastest reader available (json, libyaml). Line numbers are
only worked out when a diagnostic needs one: the file is then composed once
more into YAML nodes, which carry positions, and the JSON pointer is walked.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from . import swagger2
from .diagnostics import Diagnostics, Location, SpecError


@functools.cache
def _yaml() -> Any:
    # Imported on first use: a JSON spec without diagnostics never needs it.
    import yaml

    return yaml


@functools.cache
def _spec_loader() -> type[Any]:
    """Safe YAML loading (libyaml's when built in) that keeps dates and times as the strings they
    were written as."""
    yaml = _yaml()
    base: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resolvers = {
        first: [(tag, regexp) for tag, regexp in pairs if tag != "tag:yaml.org,2002:timestamp"]
        for first, pairs in base.yaml_implicit_resolvers.items()
    }
    return type("_SpecLoader", (base,), {"yaml_implicit_resolvers": resolvers})


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape_pointer_token(str(t)) for t in tokens)


@dataclass
class Document:
    """One parsed file of the spec."""

    path: Path
    text: str
    data: Any
    # For a converted Swagger 2.0 document: where a pointer into `data` stands in `text`.
    source_pointer: Callable[[str], str] | None = field(default=None, repr=False)
    # ids of the mappings and lists that YAML aliases put in more than one place (JSON: none)
    shared: frozenset[int] = field(default=frozenset(), repr=False)
    _nodes: Any = field(default=None, repr=False)
    _nodes_tried: bool = field(default=False, repr=False)

    @property
    def display_name(self) -> str:
        try:
            return str(self.path.relative_to(Path.cwd()))
        except ValueError:
            return str(self.path)

    def line_of(self, pointer: str) -> tuple[int | None, int | None]:
        """1-based line and column where the value at `pointer` starts, if it can be found."""
        if not self._nodes_tried:
            self._nodes_tried = True
            yaml = _yaml()
            try:
                self._nodes = yaml.compose(self.text, Loader=_spec_loader())
            except yaml.YAMLError:
                self._nodes = None
        node = self._nodes
        if node is None:
            return None, None
        best = node
        for token in _pointer_tokens(pointer):
            child = _child_node(node, token)
            if child is None:
                break
            node = child
            best = node
        return best.start_mark.line + 1, best.start_mark.column + 1

    def location(self, pointer: str) -> Location:
        if self.source_pointer is not None:
            pointer = self.source_pointer(pointer)
        line, column = self.line_of(pointer)
        return Location(self.display_name, pointer, line, column)

    def get(self, pointer: str) -> Any:
        """The value at `pointer`; raises KeyError when it is not there."""
        value = self.data
        for token in _pointer_tokens(pointer):
            if isinstance(value, dict):
                if token in value:
                    value = value[token]
                    continue
                # YAML may have read a key such as 200 as an int.
                alt = _int_or_none(token)
                if alt is not None and alt in value:
                    value = value[alt]
                    continue
                raise KeyError(pointer)
            if isinstance(value, list):
                index = _int_or_none(token)
                if index is None or not 0 <= index < len(value):
                    raise KeyError(pointer)
                value = value[index]
                continue
            raise KeyError(pointer)
        return value


def _int_or_none(token: str) -> int | None:
    return int(token) if token.isdigit() else None


def _pointer_tokens(pointer: str) -> list[str]:
    if not pointer or pointer == "/":
        return [] if not pointer else [""]
    return [unescape_pointer_token(t) for t in pointer.lstrip("/").split("/")]


def _child_node(node: Any, token: str) -> Any:
    yaml = _yaml()
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if str(key.value) == token:
                return value
        return None
    if isinstance(node, yaml.SequenceNode):
        index = _int_or_none(token)
        if index is not None and index < len(node.value):
            return node.value[index]
    return None


@dataclass(frozen=True)
class Ref:
    """A resolved `$ref`: the document it lands in and the pointer inside it."""

    document: Document
    pointer: str

    @property
    def key(self) -> tuple[str, str]:
        return (str(self.document.path), self.pointer)

    def value(self) -> Any:
        return self.document.get(self.pointer)


class Workspace:
    """The root document and every file reached through relative `$ref`s."""

    def __init__(self, root: Path, diagnostics: Diagnostics) -> None:
        self.diagnostics = diagnostics
        self.documents: dict[Path, Document] = {}
        root_doc = self._read(root.resolve(), None, "")
        if root_doc is None:
            raise SpecError(diagnostics)
        self.root = root_doc
        self.converted_from_swagger2 = swagger2.is_swagger2(root_doc.data)
        if self.converted_from_swagger2:
            # Warnings point into the 2.0 text as written; the builder then reads the 3.0 form.
            original = root_doc.data

            def warn(pointer: str, message: str) -> None:
                diagnostics.warning("swagger2-conversion", message, root_doc.location(pointer))

            root_doc.data = swagger2.convert(root_doc.data, warn)
            root_doc.source_pointer = swagger2.source_pointers(original)
            root_doc.shared = shared_nodes(root_doc.data)

    def _read(self, path: Path, referrer: Document | None, at: str) -> Document | None:
        if path in self.documents:
            return self.documents[path]
        display = str(path)

        def where() -> Location:
            return referrer.location(at) if referrer is not None else Location(display)

        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.diagnostics.error("file-not-found", f"file {display} does not exist", where())
            return None
        except (OSError, UnicodeDecodeError) as exc:
            self.diagnostics.error("file-unreadable", f"cannot read {display}: {exc}", where())
            return None
        data = self._parse(path, text)
        if data is _PARSE_FAILED:
            return None
        if referrer is not None and getattr(self, "converted_from_swagger2", False):
            data = swagger2.rewrite_external(data)
        shared = shared_nodes(data) if path.suffix.lower() != ".json" else frozenset()
        document = Document(path, text, data, shared=shared)
        self.documents[path] = document
        return document

    def _parse(self, path: Path, text: str) -> Any:
        display = _display(path)
        if path.suffix.lower() == ".json":
            try:
                return json.loads(text)
            except json.JSONDecodeError as exc:
                self.diagnostics.error(
                    "json-syntax",
                    f"invalid JSON: {exc.msg}",
                    Location(display, "", exc.lineno, exc.colno),
                    "fix the JSON syntax at this position",
                )
                return _PARSE_FAILED
        yaml = _yaml()
        try:
            data = yaml.load(text, Loader=_spec_loader())  # noqa: S506 - a safe loader
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else None
            column = mark.column + 1 if mark else None
            problem = exc.problem or "syntax error"
            context = f" ({exc.context})" if exc.context else ""
            self.diagnostics.error(
                "yaml-syntax",
                f"invalid YAML: {problem}{context}",
                Location(display, "", line, column),
                "check indentation, quoting and colons around this line",
            )
            return _PARSE_FAILED
        except yaml.YAMLError as exc:
            self.diagnostics.error("yaml-syntax", f"invalid YAML: {exc}", Location(display))
            return _PARSE_FAILED
        problem = alias_problem(data)
        if problem is not None:
            self.diagnostics.error("yaml-aliases", problem[0], Location(display), problem[1])
            return _PARSE_FAILED
        return data

    def resolve(self, ref: str, base: Document, at: str) -> Ref | None:
        """Resolve `ref` written in `base` at pointer `at`; report and return None if dangling."""
        def where() -> Location:  # line numbers cost a second parse: only for errors
            return base.location(at)

        if not isinstance(ref, str):
            self.diagnostics.error("ref-invalid", "$ref must be a string", where())
            return None
        file_part, _, fragment = ref.partition("#")
        pointer = unquote(fragment)
        if file_part:
            if "://" in file_part:
                self.diagnostics.error(
                    "ref-remote",
                    f"remote $ref {ref!r} is not supported",
                    where(),
                    "download the document and refer to it by a relative path",
                )
                return None
            document = self._read((base.path.parent / unquote(file_part)).resolve(), base, at)
            if document is None:
                return None
        else:
            document = base
        if pointer and not pointer.startswith("/"):
            self.diagnostics.error("ref-invalid", f"$ref fragment {fragment!r} is not a JSON pointer", where())
            return None
        try:
            document.get(pointer)
        except KeyError:
            self.diagnostics.error(
                "ref-dangling",
                f"$ref {ref!r} points to nothing",
                where(),
                _suggest_ref(document, pointer),
            )
            return None
        return Ref(document, pointer)


# How many values YAML aliases may add to a document once expanded. Real specs that use anchors
# add a few thousand; an alias bomb (nine levels of nine aliases) adds hundreds of millions, which
# every walk over the document would pay.
MAX_ALIAS_EXPANSION = 1_000_000


def shared_nodes(data: Any) -> frozenset[int]:
    """The ids of the mappings and lists that stand in more than one place of `data` (YAML aliases
    do that; a JSON document has none). Each node is walked once."""
    seen: set[int] = set()
    shared: set[int] = set()
    stack = [data]
    while stack:
        node = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        if id(node) in seen:
            shared.add(id(node))
            continue
        seen.add(id(node))
        stack.extend(node.values() if isinstance(node, dict) else node)
    return frozenset(shared)


def alias_problem(data: Any) -> tuple[str, str] | None:
    """Why a parsed YAML document cannot be used as it stands, and a hint: a YAML alias inside its
    own anchor (an endless document), or aliases that expand it by more than MAX_ALIAS_EXPANSION
    values. None when it is fine. One pass over the distinct nodes, however often each is aliased."""
    sizes: dict[int, int] = {}  # id(container) -> values in it once expanded: itself, keys, items
    open_ids: set[int] = set()  # containers whose items are being walked: the ancestors
    written = 0  # values as written: each container, key and scalar once
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        node, done = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        key = id(node)
        items = list(node.values()) if isinstance(node, dict) else node
        keys = len(node) if isinstance(node, dict) else 0
        if done:
            open_ids.discard(key)
            sizes[key] = 1 + keys + sum(sizes[id(i)] if isinstance(i, (dict, list)) else 1 for i in items)
            if sizes[key] - written > MAX_ALIAS_EXPANSION:
                return (f"YAML aliases expand the document to more than {sizes[key]:,} values ({written:,} "
                        f"are written out); they may add at most {MAX_ALIAS_EXPANSION:,}",
                        "write a repeated schema once under components/schemas and point to it with $ref, "
                        "and repeat no large example or default")
            continue
        if key in open_ids:
            return ("a YAML alias stands inside its own anchor, which makes the document endless",
                    "for a recursive schema, point back to it with $ref instead of an alias")
        if key in sizes:
            continue
        written += 1 + keys + sum(1 for i in items if not isinstance(i, (dict, list)))
        open_ids.add(key)
        stack.append((node, True))
        stack.extend((i, False) for i in items if isinstance(i, (dict, list)))
    return None


def _suggest_ref(document: Document, pointer: str) -> str:
    parent, _, last = pointer.rpartition("/")
    try:
        siblings = document.get(parent)
    except KeyError:
        return "check the path of the reference"
    if isinstance(siblings, dict):
        import difflib

        close = difflib.get_close_matches(unescape_pointer_token(last), [str(k) for k in siblings], 3)
        if close:
            return "did you mean " + ", ".join(repr(join_pointer("#" + parent, c)) for c in close) + "?"
    return "check the path of the reference"


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


_PARSE_FAILED = object()

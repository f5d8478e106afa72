"""The imports of each generated file: the types its text names, without its own package's."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .literals import java_string

if TYPE_CHECKING:
    from .descriptor import Descriptor
    from .operations import JResource
    from .surface import JNamespace

_WORD = re.compile(r"[^\W\d][\w$]*|\$[\w$]*")
# The runtime types a type text can name, by simple name (models are added per API).
_RUNTIME_RESULTS = ("EmptyResult", "RedirectResult", "EventStream", "SecurityScheme")
_LIBRARY = {"List": "java.util.List", "Map": "java.util.Map", "OffsetDateTime": "java.time.OffsetDateTime",
            "LocalDate": "java.time.LocalDate", "BigDecimal": "java.math.BigDecimal"}


def sorted_imports(imports: set[str], package: str, subpackage: str) -> list[str]:
    """Imports without those of the file's own package, in the usual order (static last: none)."""
    own = package + subpackage
    return sorted(i for i in imports if i.rsplit(".", 1)[0] != own)


def imports_for(texts: Iterable[str], package: str, class_names: dict[str, str]) -> set[str]:
    """Imports for the type names in `texts` (model classes, java.util, java.time, runtime results)."""
    known = dict(_LIBRARY) | {name: f"{package}.core.{name}" for name in _RUNTIME_RESULTS}
    models = {n: f"{package}.models.{n}" for n in class_names.values()}
    imports = set()
    for text in texts:
        for word in _WORD.findall(text):
            if word in known:
                imports.add(known[word])
            elif word in models:
                imports.add(models[word])
    return imports


def resource_imports(resource: JResource, package: str, class_names: dict[str, str]) -> list[str]:
    imports = {f"{package}.Operations", f"{package}.core.ApiClient", f"{package}.core.RequestOptions",
               "java.util.Map", "java.util.concurrent.CompletableFuture"}
    texts = []
    for op in resource.operations:
        texts.append(op.result)
        if op.params is not None:
            imports.add(f"{package}.params.{op.params.name}")
        if op.iterate_name:
            imports.add(f"{package}.core.PageIterable")
        if op.wait_name:
            imports.add(f"{package}.core.WaitOptions")
        if op.tail_name:
            imports |= {f"{package}.core.Tail", f"{package}.core.TailOptions"}
        if op.item_type:
            texts.append(op.item_type)
    imports |= imports_for(texts, package, class_names)
    return sorted_imports(imports, package, ".resources")


def descriptor_words(d: Descriptor) -> Iterator[str]:
    """The words the builder chain of `d` is written with, as Operations.java.jinja prints it: the
    chain's own vocabulary, its type tokens and its string literals.

    The table's imports are read from these words, as they were when the chain was built as text;
    so a string literal or vocabulary word equal to a model's class name imports that model (an unused
    import, kept so the output stays byte-identical)."""
    for p in d.params:
        yield f"param Operation Location {p.location} {java_string(p.wire)} {java_string(p.style)}"
    if d.body is not None:
        yield f"body {java_string(d.body.content_type)}"
    if d.security is not None:
        yield "security"
        for s in d.security:
            yield f"SecurityScheme {s.factory} " + (f"Operation Location {s.location} " if s.location else "")
            yield from (java_string(a) for a in s.args)
    for r in d.responses:
        yield java_string(r.status)
        yield f"json {_token(r.type.text, r.type.generic)}" if r.type else f"response Operation ResponseKind {r.kind}"
    if (pg := d.paging) is not None:
        yield f"pagination Operation Pagination of PageStyle {pg.style} {_token(pg.item.text, pg.item.generic)}"
        yield "items param sizeParam next total hasMore stop"
        yield from (java_string(k) for k in (*pg.items, pg.param or "", pg.size_param or "", *pg.next, *pg.total,
                                              *pg.has_more, *pg.stop))
    if d.waiter is not None:
        yield "waiter"
        yield from (java_string(v) for v in (d.waiter.name, d.waiter.field, *d.waiter.terminal))
    if d.tail is not None:
        yield "tail"
        yield from (java_string(v) for v in (d.tail.name, d.tail.param, d.tail.value))


def _token(text: str, generic: bool) -> str:
    """The words of a type token (`X.class`, or a TypeReference for a generic type)."""
    return ("TypeReference " if generic else "class ") + text


def operations_imports(resources: list[JResource], package: str, class_names: dict[str, str]) -> list[str]:
    imports = {f"{package}.core.Operation", "java.util.Collections", "java.util.LinkedHashMap", "java.util.Map"}
    texts = []
    for resource in resources:
        for op in resource.operations:
            texts.append(op.result)
            words = list(descriptor_words(op.descriptor))
            texts.extend(words)
            if any("TypeReference" in w for w in words):
                imports.add("com.fasterxml.jackson.core.type.TypeReference")
    imports |= imports_for(texts, package, class_names)
    return sorted_imports(imports, package, "")


def namespace_imports(ns: JNamespace, package: str, class_names: dict[str, str]) -> set[str]:
    """What the friendly members of a namespace class name (before the seed's, for a merged one)."""
    imports = {f"{package}.core.ApiClient"}
    if ns.methods:
        imports |= {f"{package}.Operations", f"{package}.core.RequestOptions", "java.util.concurrent.CompletableFuture"}
    if any(not m.op.streams for m in ns.methods):
        imports.add(f"{package}.core.HttpResponseFor")
    texts = []
    for m in ns.methods:
        texts += [m.op.result, *(a.type for a in m.args)]
        if m.item_type:
            texts.append(m.item_type)
            imports.add(f"{package}.core.Paged")
        if m.args:
            imports.add("java.util.Map")
        if m.params is not None or any(a.reference for a in m.args):
            imports.add(f"{package}.core.Checks")
        if m.params is not None:
            imports.add(f"{package}.params.{m.params.name}")
        if m.wait_name is not None:
            imports.add(f"{package}.core.WaitOptions")
        if m.follow_name is not None and m.tail_item is not None:
            imports |= {f"{package}.core.Tail", f"{package}.core.TailOptions"}
            texts.append(m.tail_item)
    return imports | imports_for(texts, package, class_names)

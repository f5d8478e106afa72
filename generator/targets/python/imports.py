"""isort-ordered import lines for exactly the names each generated module uses."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text import bare_names
from .literals import PyCall, py_literal
from .models import PyModels
from .operations import PyArg, PyResource
from .security import PyScheme
from .surface import PyModule

_TYPING = ("TYPE_CHECKING", "Annotated", "Any", "Literal", "NotRequired", "Required", "TypeAlias", "TypedDict",
           "cast")


def _names_used(texts: list[str], candidates: tuple[str, ...]) -> list[str]:
    used = bare_names("\n".join(texts))
    return [name for name in candidates if name in used]


def _isort_key(name: str) -> tuple[int, str, str]:
    """isort's order-by-type: CONSTANTS, then Classes, then functions; case-insensitive inside."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return (kind, name.lower(), name)


def from_import(module: str, names: list[str]) -> str | None:
    """`from module import a, b`, wrapped one name a line past 100 columns; None for no names."""
    if not names:
        return None
    ordered = sorted(set(names), key=_isort_key)
    line = "from " + module + " import " + ", ".join(ordered)
    if len(line) <= 100:
        return line
    return "from " + module + " import (\n" + "".join("    " + n + ",\n" for n in ordered) + ")"


def _mentions(text: str, module: str) -> bool:
    return re.search(r"(?<![\w.])" + module + r"\.", text) is not None


def import_block(
    texts: list[str],
    stdlib: dict[str, tuple[str, ...]],
    third_party: tuple[str, ...],
    local: list[tuple[str, tuple[str, ...]]],
) -> list[str]:
    """isort-ordered import lines for exactly the names `texts` use."""
    blob = "\n".join(texts)
    plain = ["import " + mod for mod in ("builtins", "datetime", "enum") if mod in stdlib and _mentions(blob, mod)]
    froms = [
        line for module, names in stdlib.items() if module not in ("builtins", "datetime", "enum")
        for line in [from_import(module, _names_used(texts, names))] if line
    ]
    local_lines = []
    for module, names in local:
        if module.endswith(" as m"):
            if _mentions(blob, "m"):
                local_lines.append("from " + module[:-5] + " import models as m")
            continue
        line = from_import(module, _names_used(texts, names))
        if line:
            local_lines.append(line)
    sections = [plain + froms, ["import " + mod for mod in third_party if _mentions(blob, mod)], local_lines]
    lines: list[str] = []
    for section in sections:
        if section:
            if lines:
                lines.append("")
            lines.extend(section)
    return lines


def models_imports(models: PyModels) -> list[str]:
    texts = [f.annotation for c in models.classes for f in c.fields]
    texts += [text for a in models.aliases for text in a.mentions()]
    texts += [e.annotation for td in models.typed_dicts for e in td.entries]
    texts += ["Required" if e.required else "NotRequired" for td in models.typed_dicts for e in td.entries]
    if models.enums:
        texts.append("enum.")
    if models.classes:
        texts += ["attrs.", "Any", "Model"]
    if any(not f.required for c in models.classes for f in c.fields):
        texts.append("UNSET")
    if models.aliases:
        texts.append("TypeAlias")
    if any(a.recursive for a in models.aliases):
        texts += ["TYPE_CHECKING", "Any"]
    if models.typed_dicts:
        texts.append("TypedDict")
    return import_block(
        texts,
        {"datetime": (), "enum": (), "typing": _TYPING},
        ("attrs",),
        [("._runtime", ("UNSET", "Discriminator", "Model", "Unset"))],
    )


def operations_imports(resources: list[PyResource], schemes: list[PyScheme],
                       descriptors: Sequence[PyCall] = ()) -> list[str]:
    texts = ["Operation"]
    # the descriptors' names only: their strings (a header such as X-Webhook-Signature) import nothing
    texts += [re.sub(r'"(?:[^"\\]|\\.)*"', '""', call.printed()) for call in descriptors]
    texts += [word for s in schemes for word in s.call.words()]
    texts += [word for s in schemes if s.signature for word in s.signature.call.words()]
    for resource in resources:
        for op in resource.operations:
            texts += [word for call in op.params for word in call.words()] + [e for _, e in op.responses]
            texts += [word for call in (op.pagination, op.tail) if call for word in call.words()]
            texts += [py_literal(value) for _, value in op.extras]
            if op.waiter:
                texts += ["Waiter", *(py_literal(v) for v in (op.waiter.name, op.waiter.field, *op.waiter.terminal))]
    return import_block(
        texts,
        {"datetime": (), "typing": _TYPING},
        (),
        [(". as m", ()), ("._runtime", ("EmptyResult", "Operation", "Pagination", "Param",
                                         "RedirectResult", "Resume", "SecurityScheme", "ServerSentEvent",
                                         "SessionRole", "Signature", "Tail", "TenantHeader", "Waiter",
                                         "WebhookEvent", "WebhookSignature"))],
    )


def _arg_words(args: list[PyArg]) -> list[str]:
    return [word for a in args for word in (a.name, a.annotation, "None" if a.optional else "")]


def _surface_words(module: PyModule) -> list[str]:
    texts = []
    for ns in module.namespaces:
        for method in ns.methods:
            texts += _arg_words(method.positional + method.keywords)
            texts += ["UNSET" if a.optional else "" for a in method.keywords]
            if method.mode in ("wait", "tail"):
                texts.append("Callable[[], bool]")
            if method.mode == "iterate":
                texts += ["cast", "SyncPage[" + method.returns + "]", "AsyncPaginator[" + method.returns + "]",
                          "APIResponse[AsyncPage[" + method.returns + "]]"]
            elif method.mode == "tail":
                texts += ["cast", "Iterator[" + method.returns + "]", "AsyncIterator[" + method.returns + "]"]
            elif method.mode == "stream":
                texts += ["EventStream", "AsyncEventStream"]
            else:
                texts += ["cast", method.returns]
            if method.mode == "call":
                texts.append("APIResponse[" + method.returns + "]")
            texts.append("arguments")
            if method.fields is not None or method.body:
                texts.append("body_of")
    return texts


def resource_imports(module: PyModule) -> list[str]:
    texts = ["SyncClient", "AsyncClient", "OPERATIONS", "RequestOptions", *_surface_words(module)]
    operations = module.resource.operations if module.resource else []
    for op in operations:
        if not op.streams or op.symbols.iter or op.symbols.wait or op.symbols.tail:  # what the template casts
            texts.append("cast")
        texts += _arg_words(op.signature + op.iter_signature + op.keywords) + [op.return_annotation]
        if op.streams:
            texts.append("AsyncEventStream")
        if op.symbols.wait or op.symbols.tail:
            texts.append("Callable[[], bool]")
        if op.item_annotation and (op.symbols.iter or op.symbols.tail):
            texts += ["Iterator[" + op.item_annotation + "]", "AsyncIterator[" + op.item_annotation + "]"]
    return import_block(
        texts,
        {"builtins": (), "datetime": (), "collections.abc": ("AsyncIterator", "Callable", "Iterator", "Mapping"),
         "typing": _TYPING},
        (),
        [(".. as m", ()), (".._operations", ("OPERATIONS",)),
         (".._runtime", ("UNSET", "APIResponse", "AsyncClient", "AsyncEventStream", "AsyncPage", "AsyncPaginator",
                         "EmptyResult", "EventStream",
                         "RedirectResult", "RequestOptions", "SyncClient", "SyncPage", "Unset", "arguments",
                         "body_of"))],
    )

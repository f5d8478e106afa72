"""The reference site's content, language-neutral: what every page says about the API, read from
the IR. The pages (HTML and Markdown) only print it; the calls come from `calls.py`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import ir
from ...naming import NameAllocator, split_words
from ...passes.docs import operation_text

_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, fallback: str = "item") -> str:
    """A file-name-safe, lower-case name: the words of `text` joined by `-` (`deployGetApps` ->
    `deploy-get-apps`), at most 80 characters."""
    joined = "-".join(split_words(text)).lower()
    return _SLUG.sub("-", joined).strip("-")[:80].strip("-") or fallback


@dataclass(frozen=True)
class TypeRef:
    """A type as the page shows it: its text, and the model page it names (if any)."""

    text: str
    model: str | None = None  # a model name with a page of its own


@dataclass(frozen=True)
class Row:
    """A parameter, body field or response field."""

    name: str  # the wire name
    type: TypeRef
    required: bool
    description: str
    location: str = ""  # path, query, header, cookie (parameters only)
    default: str = ""
    deprecated: bool = False


@dataclass(frozen=True)
class ResponseDoc:
    status: str
    description: str
    content_type: str
    type: TypeRef | None
    fields: tuple[Row, ...]  # the fields of an object answer


@dataclass
class OperationDoc:
    operation_id: str
    method: str
    path: str
    resource: str
    summary: str
    text: str  # summary and description, as the SDKs' doc comments have it
    deprecated: bool
    page: str  # file name under the site root, without the suffix
    parameters: list[Row] = field(default_factory=list)
    body: ResponseDoc | None = None
    responses: list[ResponseDoc] = field(default_factory=list)
    errors: list[ResponseDoc] = field(default_factory=list)
    security: tuple[str, ...] = ()
    host: str = ""
    helpers: list[str] = field(default_factory=list)  # pages, waits, tails: one line each


@dataclass
class ResourceDoc:
    name: str
    description: str
    page: str
    operations: list[OperationDoc] = field(default_factory=list)


@dataclass(frozen=True)
class ModelDoc:
    name: str
    kind: str  # object, enum, union, alias
    description: str
    anchor: str
    fields: tuple[Row, ...] = ()
    values: tuple[tuple[str, str], ...] = ()  # enum: (value, description)
    variants: tuple[TypeRef, ...] = ()  # union: its members; alias: its target


def type_ref(t: ir.Type | None, models: dict[str, ir.Model]) -> TypeRef:
    """The type as one line of text: `string (date-time)`, `array<Deployment>`, `map<string, integer>`."""
    if t is None:
        return TypeRef("none")
    suffix = " | null" if t.nullable else ""
    if isinstance(t, ir.Primitive):
        return TypeRef(t.name + (f" ({t.format})" if t.format else "") + suffix)
    if isinstance(t, ir.NamedType):
        return TypeRef(t.name + suffix, t.name if t.name in models else None)
    if isinstance(t, ir.ArrayType):
        item = type_ref(t.item, models)
        return TypeRef(f"array<{item.text}>{suffix}", item.model)
    if isinstance(t, ir.MapType):
        value = type_ref(t.value, models)
        return TypeRef(f"map<string, {value.text}>{suffix}", value.model)
    if isinstance(t, ir.ConstType):
        return TypeRef(f"{t.base} = {t.value!r}{suffix}")
    if isinstance(t, ir.UnionType):
        return TypeRef(" | ".join(type_ref(v, models).text for v in t.variants) + suffix)
    return TypeRef("any" + suffix)


def _default(value: object, has: bool) -> str:
    return repr(value) if has else ""


def object_rows(t: ir.Type | None, models: dict[str, ir.Model]) -> tuple[Row, ...]:
    """The fields of an object type (through aliases), for a body or response table."""
    seen: set[str] = set()
    while isinstance(t, ir.NamedType) and t.name not in seen:
        seen.add(t.name)
        model = models.get(t.name)
        if isinstance(model, ir.ObjectModel):
            return tuple(
                Row(f.wire_name, type_ref(f.type, models), f.required, f.description,
                    default=_default(f.default, f.has_default), deprecated=f.deprecated)
                for f in model.fields
            )
        t = model.target if isinstance(model, ir.AliasModel) else None
    return ()


def _response(response: ir.Response, models: dict[str, ir.Model]) -> ResponseDoc:
    return ResponseDoc(
        response.status, response.description, response.content_type or "",
        type_ref(response.type, models) if response.type is not None else None,
        object_rows(response.type, models),
    )


def _helpers(op: ir.Operation) -> list[str]:
    lines = []
    if op.pagination is not None:
        lines.append(f"Pages ({op.pagination.style}): the SDKs iterate every item across pages.")
    if op.waiter is not None:
        terminal = ", ".join(op.waiter.terminal)
        lines.append(f"Waiter: polls until `{op.waiter.field}` is one of {terminal}.")
    if op.tail is not None:
        lines.append(f"Tail: follows the result while `{op.tail.param}` is `{op.tail.value}`.")
    return lines


def operation_doc(op: ir.Operation, models: dict[str, ir.Model], page: str) -> OperationDoc:
    doc = OperationDoc(
        op.operation_id, op.method, op.path, op.resource, " ".join(op.summary.split()),
        operation_text(op), op.deprecated, page, security=op.security, host=op.host, helpers=_helpers(op),
    )
    doc.parameters = [
        Row(p.name, type_ref(p.type, models), p.required, p.description, p.location,
            _default(p.default, p.has_default), p.deprecated)
        for p in op.parameters
    ]
    if op.body is not None:
        doc.body = ResponseDoc("", op.body.description, op.body.content_type,
                               type_ref(op.body.type, models), object_rows(op.body.type, models))
    for response in op.responses:
        ok = response.status.startswith("2") or response.status.startswith("3")
        (doc.responses if ok else doc.errors).append(_response(response, models))
    return doc


def resource_docs(api: ir.Api) -> list[ResourceDoc]:
    """Every resource and operation, each with a page name unique on the site."""
    pages = NameAllocator({"index", "models", "errors", "search"})
    result = []
    for resource in api.resources:
        doc = ResourceDoc(resource.name, resource.description,
                          pages.allocate("resource-" + slug(resource.name, "default"), "-"))
        for op in resource.operations:
            page = pages.allocate("op-" + slug(op.operation_id, "op"), "-")
            doc.operations.append(operation_doc(op, api.models, page))
        result.append(doc)
    return result


def model_docs(api: ir.Api) -> list[ModelDoc]:
    """Every named model, in declaration order, with an anchor unique on the models page."""
    anchors = NameAllocator()
    result = []
    for name, model in api.models.items():
        anchor = anchors.allocate("m-" + slug(name, "model"), "-")
        if isinstance(model, ir.ObjectModel):
            result.append(ModelDoc(name, "object", model.description, anchor,
                                   fields=object_rows(ir.NamedType(name), api.models)))
        elif isinstance(model, ir.EnumModel):
            values = tuple((repr(v.value) if not isinstance(v.value, str) else v.value, v.description)
                           for v in model.values)
            result.append(ModelDoc(name, "enum", model.description, anchor, values=values))
        elif isinstance(model, ir.UnionModel):
            result.append(ModelDoc(name, "union", model.description, anchor,
                                   variants=tuple(type_ref(v, api.models) for v in model.variants)))
        else:
            result.append(ModelDoc(name, "alias", model.description, anchor,
                                   variants=(type_ref(model.target, api.models),)))
    return result

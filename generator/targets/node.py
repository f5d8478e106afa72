"""The Node/TypeScript target: names, types and files for an ESM TypeScript SDK on native fetch.

Models are TypeScript interfaces whose property names are the wire names: the
JSON a call returns *is* the typed result (no mapping step, nothing dropped),
request bodies are written as the wire expects, and absent (`?`), null
(`| null`) and a value stay three states because JSON.parse keeps them so.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import ir
from ..diagnostics import Diagnostics, Location, SpecError
from ..naming import NameAllocator, camel, escape_reserved, kebab, method_name, pascal, split_words
from ..passes.cycles import direct_cycles
from ..passes.docs import operation_doc
from ..passes.responses import ResponseKind, response_kind
from ..settings import Settings
from .base import RenderJob, RuntimeCopy
from .node_names import (
    CLIENT_MEMBERS,
    GLOBAL_NAMES,
    OBJECT_MEMBERS,
    RUNTIME_EXPORTS,
    RUNTIME_TYPES_USED,
)
from .text import LAYOUT, SURROGATES, UNSAFE, bare_names, markdown_cell, markdown_code, unicode_escapes

LANGUAGE = "typescript"  # the casing and reserved words of naming.py
_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")

# ---------------------------------------------------------------- escaping filters


_DOC_ESCAPES = unicode_escapes(c for c in (*UNSAFE, *SURROGATES) if c not in LAYOUT)
_STRING_ESCAPES = _DOC_ESCAPES | {
    ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
}


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
        return str(value) if value >= 0 else f"-{-value}"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return "number"
        return repr(value)
    return ts_string(value)


def ts_key(name: str) -> str:
    """A property name: bare when it is an identifier, else a string literal."""
    return name if _IDENTIFIER.match(name) else ts_string(name)


def _doc_body(text: str) -> str:
    return text.strip().translate(_DOC_ESCAPES).replace("*/", "*\\/")


def ts_doc(text: str, indent: int = 0) -> str:
    """A JSDoc block; the first line sits where the template puts it, the rest at `indent`."""
    lines = [line.rstrip() for line in _doc_body(text).split("\n")]
    if len(lines) == 1:
        return f"/** {lines[0]} */"
    pad = " " * indent
    return "/**\n" + "".join(f"{pad} *{' ' + line if line else ''}\n" for line in lines) + f"{pad} */"


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


# ---------------------------------------------------------------- views the templates read


@dataclass
class TsProperty:
    key: str  # printed property name
    type: str
    optional: bool
    doc: str


@dataclass
class TsInterface:
    name: str
    doc: str
    properties: list[TsProperty]
    open: bool  # unknown fields are typed: [key: string]: unknown


@dataclass
class TsEnum:
    name: str
    doc: str
    type: str  # the union, open to unknown values
    members: list[tuple[str, str]]  # (key, literal)


@dataclass
class TsAlias:
    name: str
    doc: str
    type: str


@dataclass
class TsOperation:
    operation_id: str
    method_name: str
    access: str  # OPERATIONS.x or OPERATIONS["x"]
    doc: str
    deprecated: bool
    http_method: str
    path: str
    summary: str
    signature: list[str]
    result: str
    call_args: list[str]
    iter_signature: list[str]
    item: str | None  # the item type of a paginated or tailed operation
    streams: bool  # a success response is text/event-stream
    descriptor: list[tuple[str, str]]  # (key, TS expression) of its Operation object
    shape: list[tuple[str, str]]  # (key, type) of its OperationTypes entry
    alias: str | None = None  # the dotted alias path, as shown in docs


@dataclass
class TsMember:
    """One method of a resource or namespace class."""

    name: str
    op: TsOperation
    kind: str  # operation, alias, iterate, wait, tail, stream
    runtime: str  # the Caller method it calls
    signature: list[str]
    returns: str
    type_arg: str
    args: list[str]
    doc: str

    @property
    def params_doc(self) -> str:
        """The parameter names, as the README shows a call."""
        return ", ".join(p.split(":", 1)[0].rstrip("?") for p in self.signature)


@dataclass
class TsNamespace:
    """A class of methods: a tag's resource, or a namespace an alias path made."""

    path: tuple[str, ...]
    class_name: str
    doc: str
    resource: bool
    file: str = ""  # module under src/ (resources only; namespaces live in namespaces.ts)
    members: list[TsMember] = field(default_factory=list)
    children: list[tuple[str, TsNamespace]] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)

    def names(self) -> set[str]:
        return {m.name for m in self.members} | {name for name, _ in self.children}

    def child(self, name: str) -> TsNamespace | None:
        return next((ns for key, ns in self.children if key == name), None)


# ---------------------------------------------------------------- the profile


class NodeTarget:
    name = "node"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {"ts_string": ts_string, "ts_doc": ts_doc, "ts_comment": ts_comment, "ts_key": ts_key,
                "json_string": json_string, "md_text": md_text, "md_code": md_code}

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        view = NodeView(api, settings)
        context = view.context()
        jobs = [
            RenderJob("package.json.jinja", "package.json", context),
            RenderJob("tsconfig.json.jinja", "tsconfig.json", context),
            RenderJob("tsconfig.cjs.json.jinja", "tsconfig.cjs.json", context),
            RenderJob("scripts/build.mjs.jinja", "scripts/build.mjs", context),
            RenderJob("gitignore.jinja", ".gitignore", context),
            RenderJob("README.md.jinja", "README.md", context),
            RenderJob("src/index.ts.jinja", "src/index.ts", context),
            RenderJob("src/client.ts.jinja", "src/client.ts", context),
            RenderJob("src/models.ts.jinja", "src/models.ts", context),
            RenderJob("src/operations.ts.jinja", "src/operations.ts", context),
        ]
        if view.namespaces:
            jobs.append(RenderJob("src/namespaces.ts.jinja", "src/namespaces.ts", context))
        for resource in view.resources:
            jobs.append(
                RenderJob("src/resource.ts.jinja", f"src/{resource.file}.ts", {**context, "resource": resource})
            )
        return jobs, [RuntimeCopy("runtime", "src/runtime", (".ts",))]


class NodeView:
    """The IR seen as TypeScript: every name, type and import the templates print."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        self.settings = settings
        options = settings.for_language("node")
        self.package = str(options["package"])
        client = pascal(split_words(str(options["client"]))) or "Client"
        if client[0].isdigit():
            client = "Api" + client
        self.client = escape_reserved(client, LANGUAGE, RUNTIME_EXPORTS | GLOBAL_NAMES)
        self.diagnostics = Diagnostics()
        self.names = NameAllocator(
            RUNTIME_EXPORTS | GLOBAL_NAMES | {self.client, "OPERATIONS", "OperationTypes", "OperationId"}
        )
        self.model_names = self._model_names()
        self.enums: list[TsEnum] = []
        self.interfaces: list[TsInterface] = []
        self.aliases: list[TsAlias] = []
        self._build_models()
        self.operations: list[TsOperation] = []
        self.resources: list[TsNamespace] = []
        self.namespaces: list[TsNamespace] = []  # alias-only classes, in namespaces.ts
        self.roots: list[tuple[str, TsNamespace]] = []  # the client's properties
        self._build_resources()
        if self.diagnostics.has_errors():
            raise SpecError(self.diagnostics)

    # ------------------------------------------------------------ names

    def _model_names(self) -> dict[str, str]:
        names = {}
        for model_name in self.api.models:
            base = pascal(split_words(model_name)) or "Model"
            if base[0].isdigit():
                base = "Model" + base
            if base in GLOBAL_NAMES or base in RUNTIME_EXPORTS or base == self.client:
                base += "Model"  # reads better than a number: `ErrorModel`, not `Error2`
            names[model_name] = self.names.allocate(escape_reserved(base, LANGUAGE))
        return names

    def _type_name(self, words: list[str]) -> str:
        base = pascal(words) or "Params"
        if base[0].isdigit():
            base = "T" + base
        return self.names.allocate(escape_reserved(base, LANGUAGE))

    # ------------------------------------------------------------ types

    def ts_type(self, t: ir.Type, prefix: str = "") -> str:
        """The TypeScript type for `t`; `prefix` qualifies model names (e.g. "m.")."""
        text = self._bare(t, prefix)
        if t.nullable and text != "unknown" and not _has_null(text):
            text = f"{text} | null"
        return text

    def _bare(self, t: ir.Type, prefix: str) -> str:
        if isinstance(t, ir.Primitive):
            if t.name == "string":
                return "Blob | Uint8Array | string" if t.format == "binary" else "string"
            if t.name in ("integer", "number"):
                return "number"
            if t.name == "boolean":
                return "boolean"
            return "unknown"
        if isinstance(t, ir.ArrayType):
            item = self.ts_type(t.item, prefix)
            return f"({item})[]" if " " in item else f"{item}[]"
        if isinstance(t, ir.MapType):
            return f"{{ [key: string]: {self.ts_type(t.value, prefix)} }}"
        if isinstance(t, ir.NamedType):
            return prefix + self.model_names[t.name]
        if isinstance(t, ir.ConstType):
            if isinstance(t.value, (str, int, float, bool)) or t.value is None:
                return ts_literal(t.value)
            return "unknown"
        if isinstance(t, ir.UnionType):
            parts: list[str] = []
            for variant in t.variants:
                for part in _split_union(self.ts_type(variant, prefix)):
                    if part not in parts:
                        parts.append(part)
            return "unknown" if "unknown" in parts else " | ".join(parts)
        return "unknown"

    # ------------------------------------------------------------ models

    def _members(self, variants: Sequence[ir.Type], seen: frozenset[str], cyclic: set[str]) -> list[str]:
        """The union members of `variants`, with a direct way back to a union on the path spread in
        (`A = X | B`, `B = Y | A` gives A = X | Y; the way back adds only the null it allows)."""
        parts: list[str] = []

        def add(texts: list[str], nullable: bool) -> None:
            for part in texts + (["null"] if nullable else []):
                if part not in parts:
                    parts.append(part)

        for variant in variants:
            if isinstance(variant, ir.UnionType):
                add(self._members(variant.variants, seen, cyclic), variant.nullable)
            elif isinstance(variant, ir.NamedType) and variant.name in cyclic:
                if variant.name in seen:
                    add([], variant.nullable)
                    continue
                decl = self.api.models[variant.name]
                inner = list(decl.variants) if isinstance(decl, ir.UnionModel) else (
                    [decl.target] if isinstance(decl, ir.AliasModel) else [])
                add(self._members(inner, seen | {variant.name}, cyclic), variant.nullable)
            else:
                add(_split_union(self.ts_type(variant)), False)
        return parts

    def _build_models(self) -> None:
        cyclic = direct_cycles(self.api)
        for model_name, decl in self.api.models.items():
            name = self.model_names[model_name]
            if isinstance(decl, ir.EnumModel):
                self.enums.append(self._enum(name, decl))
            elif isinstance(decl, ir.ObjectModel):
                self.interfaces.append(self._interface(name, decl))
            elif isinstance(decl, ir.UnionModel):
                parts = self._members(decl.variants, frozenset({model_name}), cyclic)
                doc = decl.description
                if decl.discriminator is not None:
                    note = f"Told apart by `{decl.discriminator.property}`."
                    doc = f"{doc}\n\n{note}" if doc else note
                union = "unknown" if "unknown" in parts or not parts else " | ".join(parts)
                self.aliases.append(TsAlias(name, doc, union))
            elif model_name in cyclic:  # an alias that comes back to itself through unions only
                parts = self._members([decl.target], frozenset({model_name}), cyclic)
                target = "unknown" if "unknown" in parts or not parts or parts == ["null"] else " | ".join(parts)
                self.aliases.append(TsAlias(name, decl.description, target))
            else:
                target = self.ts_type(decl.target)
                if target == name:  # a schema that only refers to itself
                    target = "unknown"
                self.aliases.append(TsAlias(name, decl.description, target))

    def _enum(self, name: str, decl: ir.EnumModel) -> TsEnum:
        keys = NameAllocator()  # PascalCase keys of a plain object: no object member is PascalCase
        members = []
        literals = []
        for value in decl.values:
            raw = value.value
            key = pascal(split_words(str(raw))) or "Empty"
            if key[0].isdigit():
                key = "Value" + key
            if isinstance(raw, (int, float)) and not isinstance(raw, bool) and raw < 0:
                key = "Minus" + key
            key = keys.allocate(key, "_")
            literal = ts_literal(raw)
            if literal == "number":
                continue
            members.append((ts_key(key), literal))
            if literal not in literals:
                literals.append(literal)
        open_type = "(string & {})" if decl.base == "string" else "(number & {})"
        return TsEnum(name, decl.description, " | ".join([*literals, open_type]), members)

    def _interface(self, name: str, decl: ir.ObjectModel) -> TsInterface:
        properties = []
        for f in decl.fields:
            properties.append(TsProperty(ts_key(f.wire_name), self.ts_type(f.type), not f.required,
                                         _with_deprecated(f.description, f.deprecated)))
        return TsInterface(name, decl.description, properties, decl.additional is not None)

    def _params_interface(self, op: ir.Operation, locations: tuple[str, ...], suffix: str) -> TsInterface | None:
        params = [p for p in op.parameters if p.location in locations]
        if not params:
            return None
        name = self._type_name(split_words(op.operation_id) + split_words(suffix))
        seen: set[str] = set()
        properties = []
        for p in params:
            if p.name in seen:  # the same name in two locations: the first one is typed
                continue
            seen.add(p.name)
            doc = p.description
            if p.location in ("header", "cookie"):
                note = f"Sent as the `{p.name}` {p.location}."
                doc = f"{doc}\n\n{note}" if doc else note
            properties.append(TsProperty(ts_key(p.name), self.ts_type(p.type), not p.required,
                                         _with_deprecated(doc, p.deprecated)))
        interface = TsInterface(name, f"The {suffix_words(suffix)} of `{op.operation_id}`.", properties, False)
        self.interfaces.append(interface)
        return interface

    # ------------------------------------------------------------ operations

    def _operation(self, op: ir.Operation, method: str) -> TsOperation:
        path_iface = self._params_interface(op, ("path",), "PathParams")
        query_iface = self._params_interface(op, ("query", "header", "cookie"), "Query")
        path_type = f"m.{path_iface.name}" if path_iface else "NoParams"
        query_type = f"m.{query_iface.name}" if query_iface else "NoParams"
        query_required = any(p.required for p in op.parameters if p.location != "path")
        body_type = self.ts_type(op.body.type, "m.") if op.body else "never"
        body_required = op.body is not None and op.body.required
        signature = _positional([
            ("pathParams", path_type, path_iface is not None),
            ("query", query_type, query_required),
            ("body", body_type if op.body else "null", body_required),
            ("options", "RequestOptions", False),
        ])
        iter_signature = _positional([
            ("pathParams", path_type, path_iface is not None),
            ("query", query_type, query_required),
        ])
        results: list[str] = []
        responses = []
        for response in op.responses:
            kind, result = self._response(response)
            responses.append((ts_string(response.status), ts_string(kind)))
            if response.is_success:
                for part in _split_union(result):
                    if part not in results:
                        results.append(part)
        result = "unknown" if not results or "unknown" in results else " | ".join(results)
        item = None
        pagination = op.pagination
        if pagination is not None:
            item = self.ts_type(pagination.item_type, "m.")
        descriptor = self._descriptor(op, responses)
        shape = [
            ("pathParams", path_type),
            ("query", query_type),
            ("body", body_type),
            ("result", result),
        ]
        return TsOperation(
            operation_id=op.operation_id,
            method_name=method,
            access=f"OPERATIONS.{op.operation_id}" if _IDENTIFIER.match(op.operation_id)
            else f"OPERATIONS[{ts_string(op.operation_id)}]",
            doc=_operation_doc(op),
            deprecated=op.deprecated,
            http_method=op.method,
            path=op.path,
            summary=op.summary or _first_sentence(op.description),
            signature=signature,
            result=result,
            call_args=["pathParams", "query", "body", "options"],
            iter_signature=iter_signature,
            item=item,
            streams=any(kind == ts_string("sse") for _, kind in responses),
            descriptor=descriptor,
            shape=shape,
        )

    def _response(self, response: ir.Response) -> tuple[str, str]:
        """(how the runtime reads it, the result type) of one response."""
        kind = response_kind(response)
        if kind is not ResponseKind.JSON:
            return _RESPONSES[kind]
        assert response.type is not None
        return "json", self.ts_type(response.type, "m.")

    def _descriptor(self, op: ir.Operation, responses: list[tuple[str, str]]) -> list[tuple[str, str]]:
        fields = [
            ("operationId", ts_string(op.operation_id)),
            ("method", ts_string(op.method)),
            ("path", ts_string(op.path)),
        ]
        params = []
        for p in op.parameters:
            parts = [f"name: {ts_string(p.name)}", f"location: {ts_string(p.location)}"]
            if p.required:
                parts.append("required: true")
            default_style = "simple" if p.location in ("path", "header") else "form"
            if p.style != default_style:
                parts.append(f"style: {ts_string(p.style)}")
            if p.explode != (p.style == "form"):
                parts.append(f"explode: {'true' if p.explode else 'false'}")
            params.append("{ " + ", ".join(parts) + " }")
        fields.append(("params", "[" + ", ".join(params) + "]"))
        if op.body is not None:
            fields.append(("requestContentType", ts_string(op.body.content_type)))
            if op.body.required:
                fields.append(("bodyRequired", "true"))
        security = self._security(op)
        if security is not None:
            fields.append(("security", security))
        fields.append(("responses", "{ " + ", ".join(f"{k}: {v}" for k, v in responses) + " }" if responses
                       else "{}"))
        pagination = op.pagination
        if pagination is not None:
            # the descriptor as data: the runtime's one pager reads it (no per-style code here)
            def path(keys: tuple[str, ...]) -> str:
                return "[" + ", ".join(ts_string(k) for k in keys) + "]"

            parts = [f"style: {ts_string(pagination.style)}", f"items: {path(pagination.items_path)}"]
            parts += [f"{key}: {ts_string(value)}" for key, value in (("param", pagination.param),
                                                                     ("sizeParam", pagination.size_param)) if value]
            parts += [f"{key}: {path(value)}" for key, value in (("next", pagination.next_path),
                                                                ("total", pagination.total_path),
                                                                ("hasMore", pagination.has_more_path)) if value]
            parts.append(f"stop: {path(pagination.stop)}")
            fields.append(("pagination", "{ " + ", ".join(parts) + " }"))
        if op.waiter is not None:
            terminal = ", ".join(ts_string(v) for v in op.waiter.terminal)
            fields.append(("waiter", f"{{ name: {ts_string(op.waiter.name)}, field: {ts_string(op.waiter.field)}, "
                                     f"terminal: [{terminal}] }}"))
        if _tailable(op):
            assert op.tail is not None
            fields.append(("tail", f"{{ name: {ts_string(op.tail.name)}, param: {ts_string(op.tail.param)}, "
                                   f"value: {ts_string(op.tail.value)} }}"))
        return fields

    def _security(self, op: ir.Operation) -> str | None:
        """The schemes `op` accepts, as the runtime's `SecurityScheme` literals; None when the spec
        declares no schemes (the runtime then sends a given token with every request)."""
        if not self.api.security_schemes:
            return None
        schemes = {s.name: s for s in self.api.security_schemes}
        parts = []
        for name in op.security:
            scheme = schemes.get(name)
            literal = None if scheme is None else _scheme_literal(scheme)
            if literal is not None and literal not in parts:
                parts.append(literal)
        return "[" + ", ".join(parts) + "]"

    # ------------------------------------------------------------ resources and aliases

    def _build_resources(self) -> None:
        top = NameAllocator(CLIENT_MEMBERS | OBJECT_MEMBERS)
        files = NameAllocator({"index", "client", "models", "operations", "namespaces"})
        by_id: dict[str, tuple[ir.Operation, TsOperation, TsNamespace]] = {}
        # 1. The tag resources and their operationId methods: the seed's names, pinned first.
        for resource in self.api.resources:
            words = split_words(resource.name) or ["default"]
            attr = escape_reserved(_camel_identifier(words, "resource"), LANGUAGE)
            attr = top.allocate(attr, "_")
            ns = TsNamespace((attr,), self.names.allocate(pascal(split_words(attr)) + "Resource"),
                             resource.description or f"Operations tagged `{resource.name}`.", True,
                             file="resources/" + files.allocate(kebab(split_words(attr)) or "resource", "-"))
            methods = NameAllocator(OBJECT_MEMBERS)
            for op in resource.operations:
                view = self._operation(op, methods.allocate(method_name(op.operation_id, LANGUAGE), "_"))
                self.operations.append(view)
                ns.members.append(self._member(view.method_name, view, "operation"))
                by_id[op.operation_id] = (op, view, ns)
            self.resources.append(ns)
            self.roots.append((attr, ns))
        # 2. The names the spec pins (x-sdkgen-method, or its old name x-sdkgen-node-alias), beside the
        #    operationId methods. Derived names (passes/method_names.py) are not used here: Node's
        #    surface for operations without a pinned name stays the operationId methods alone.
        for resource in self.api.resources:
            for op in resource.operations:
                if op.neutral_name is not None and op.neutral_name.pinned:
                    self._add_alias(op, op.neutral_name, by_id[op.operation_id][1], top)
        # 3. The helpers last: they take what names are left.
        for op, view, ns in by_id.values():
            taken = NameAllocator(ns.names() | OBJECT_MEMBERS)
            stem = pascal(split_words(view.method_name))
            if op.pagination is not None:
                ns.members.append(self._member(taken.allocate("iter" + stem, "_"), view, "iterate"))
            if op.waiter is not None:
                name = "waitFor" + (pascal(split_words(op.waiter.name)) or stem)
                ns.members.append(self._member(taken.allocate(name, "_"), view, "wait"))
            if _tailable(op):
                assert op.tail is not None
                name = "tail" + (pascal(split_words(op.tail.name)) or stem)
                ns.members.append(self._member(taken.allocate(name, "_"), view, "tail"))
            if view.streams:
                ns.members.append(self._member(taken.allocate("stream" + stem, "_"), view, "stream"))
        for ns in self.resources:
            ns.imports = self._imports(ns, "../")
        for ns in self.namespaces:
            ns.imports = []

    def _add_alias(self, op: ir.Operation, name: ir.MethodName, view: TsOperation, top: NameAllocator) -> None:
        """Offer `op` under its pinned name too, each segment's words in camel case."""
        segments = [camel(words) for words in name.segments]
        alias = ".".join(segments)
        where = _alias_location(op, name.pinned_by)
        bad = [s for s in segments if not _IDENTIFIER.match(s) or s in OBJECT_MEMBERS]
        if bad:
            self.diagnostics.error(
                "node-alias-invalid",
                f"{name.pinned_by} {alias!r} of {op.operation_id}: {bad[0]!r} is not a usable member name",
                where, "choose other words for that segment, e.g. `apps.git.connectGithub`",
            )
            return
        root_name, *middle, leaf = segments
        ns = next((ns for name, ns in self.roots if name == root_name), None)
        if ns is None:
            if root_name in CLIENT_MEMBERS or root_name.lower() in {n.lower() for n, _ in self.roots}:
                self.diagnostics.error(
                    "node-alias-collision",
                    f"{name.pinned_by} {alias!r} of {op.operation_id}: the client already has "
                    f"a member named {root_name!r}",
                    where, "choose another first segment",
                )
                return
            top.allocate(root_name)
            ns = self._namespace((root_name,))
            self.roots.append((root_name, ns))
        for segment in middle:
            child = ns.child(segment)
            if child is None:
                if segment in ns.names():
                    self._collision(op, name.pinned_by, alias, ns, segment, where)
                    return
                child = self._namespace((*ns.path, segment))
                ns.children.append((segment, child))
            ns = child
        if leaf in ns.names():
            existing = next((m for m in ns.members if m.name == leaf), None)
            if existing is not None and existing.op is view:
                return  # the alias is the operation's own method name
            self._collision(op, name.pinned_by, alias, ns, leaf, where)
            return
        view.alias = view.alias or alias
        ns.members.append(self._member(leaf, view, "alias"))

    def _collision(self, op: ir.Operation, key: str, alias: str, ns: TsNamespace, name: str,
                   where: Location) -> None:
        owner = next((m for m in ns.members if m.name == name), None)
        what = (f"the method of {owner.op.operation_id}" if owner is not None and owner.kind != "alias"
                else f"the alias of {owner.op.operation_id}" if owner is not None else "a namespace")
        self.diagnostics.error(
            "node-alias-collision",
            f"{key} {alias!r} of {op.operation_id}: `{'.'.join((*ns.path, name))}` "
            f"is already {what}",
            where, "give one of them another name; Node names must not collide",
        )

    def _namespace(self, path: tuple[str, ...]) -> TsNamespace:
        words = [w for segment in path for w in split_words(segment)]
        name = self.names.allocate(pascal(words) + "Namespace")
        ns = TsNamespace(path, name, f"The `{'.'.join(path)}` namespace of the resource model.", False)
        self.namespaces.append(ns)
        return ns

    def _member(self, name: str, op: TsOperation, kind: str) -> TsMember:
        if kind in ("operation", "alias"):
            doc = op.doc if kind == "operation" else (
                f"{op.summary}\n\nAlias of `{op.method_name}` ({op.http_method} {op.path})." if op.summary
                else f"Alias of `{op.method_name}` ({op.http_method} {op.path}).")
            if op.deprecated:
                doc += "\n\n@deprecated"
            return TsMember(name, op, kind, "call", op.signature, f"Promise<{op.result}>", op.result,
                            op.call_args, doc)
        item = op.item or "unknown"
        args = ["pathParams", "query", "options"]
        if kind == "iterate":
            doc = f"Every item of `{op.method_name}` across all pages, fetched as the loop needs them."
            signature = [*op.iter_signature, "options?: RequestOptions"]
            return TsMember(name, op, kind, "iterate", signature, f"AsyncGenerator<{item}, void, undefined>",
                            item, args, doc)
        if kind == "wait":
            doc = (f"Poll `{op.method_name}` until it reaches a terminal state; resolves to the last result. "
                   "Rejects with `WaiterTimeoutError` after `waitTimeoutMs` (default 10 minutes).")
            signature = [*op.iter_signature, "options?: WaitOptions"]
            return TsMember(name, op, kind, "wait", signature, f"Promise<{op.result}>", op.result, args, doc)
        if kind == "stream":
            doc = (f"Send `{op.method_name}` and yield its server-sent events as they arrive "
                   "(`event.data` is the text of each event).")
            return TsMember(name, op, kind, "stream", op.signature, "AsyncGenerator<ServerSentEvent, void, undefined>",
                            "", op.call_args, doc)
        doc = (f"Follow `{op.method_name}` forward: yields items as they arrive, polling every "
               "`intervalMs` (default 2 s) until `signal` fires, `maxPolls` is reached or the loop breaks.")
        signature = [*op.iter_signature, "options?: TailOptions"]
        return TsMember(name, op, kind, "tail", signature, f"AsyncGenerator<{item}, void, undefined>", item,
                        args, doc)

    def _imports(self, ns: TsNamespace | None, up: str) -> list[str]:
        """The import lines of a module holding `ns` (or every namespace when None)."""
        classes = [ns] if ns is not None else self.namespaces
        texts: list[str] = []
        children: list[str] = []
        for cls in classes:
            for member in cls.members:
                texts += [*member.signature, member.returns]
            children += [child.class_name for _, child in cls.children]
        blob = "\n".join(texts)
        lines = []
        used = bare_names(blob)
        runtime = sorted(["Caller", *[n for n in RUNTIME_TYPES_USED if n in used]])
        lines.append(f"import type {{ {', '.join(runtime)} }} from \"{up}runtime/index.js\";")
        if re.search(r"(?<![\w.])m\.", blob):
            lines.append(f"import type * as m from \"{up}models.js\";")
        if any(c.members for c in classes):
            lines.append(f"import {{ OPERATIONS }} from \"{up}operations.js\";")
        if ns is not None and children:
            lines.append(f"import {{ {', '.join(sorted(set(children)))} }} from \"{up}namespaces.js\";")
        return lines

    # ------------------------------------------------------------ context

    def context(self) -> dict[str, Any]:
        operations_texts = "\n".join(t for op in self.operations for _, t in op.shape)
        operation_runtime = sorted(
            n for n in ("EmptyResult", "NoParams", "RedirectResult")
            if re.search(rf"(?<![\w.]){n}\b", operations_texts)
        )
        ordered_namespaces = _children_first(self.namespaces)
        return {
            "api": self.api,
            "title": self.settings.title,
            "version": self.settings.version,
            "api_name": self.settings.api_name,
            "package": self.package,
            "client": self.client,
            "user_agent_name": re.sub(r"[^A-Za-z0-9.!#$%&'*+^_`|~-]+", "-", self.package.lstrip("@")) or "sdk",
            "base_url": self.api.default_base_url,
            "description": self.api.description,
            "enums": self.enums,
            "interfaces": self.interfaces,
            "aliases": self.aliases,
            "operations": self.operations,
            "operation_runtime_imports": operation_runtime,
            "operations_use_models": "m." in operations_texts,
            "resources": self.resources,
            "namespaces": ordered_namespaces,
            "namespace_imports": self._imports(None, "./") if self.namespaces else [],
            "roots": self.roots,
            "root_imports": self._root_imports(),
            "has_models": bool(self.enums or self.interfaces or self.aliases),
            "example": self._example(),
            "security": [_scheme_row(scheme) for scheme in self.api.security_schemes],
            "oauth": any(scheme.kind == "oauth2" for scheme in self.api.security_schemes),
        }

    def _root_imports(self) -> list[str]:
        modules: dict[str, list[str]] = {}
        for _, ns in self.roots:
            module = f"./{ns.file}.js" if ns.resource else "./namespaces.js"
            modules.setdefault(module, []).append(ns.class_name)
        return [f"import {{ {', '.join(sorted(names))} }} from {ts_string(module)};"
                for module, names in sorted(modules.items())]

    def _example(self) -> dict[str, str] | None:
        """The call the README shows, written so that it compiles: the first GET (else the first
        operation) whose required inputs are all string parameters (given placeholder values) and
        that needs no body."""
        by_id = {op.operation_id: op for op in self.api.operations}
        found: list[tuple[bool, dict[str, str]]] = []
        for ns in self.resources:
            for member in ns.members:
                op = by_id.get(member.op.operation_id)
                if member.kind != "operation" or op is None or (op.body is not None and op.body.required):
                    continue
                args = _example_args(op)
                if args is None:
                    continue
                found.append((op.method != "GET", {
                    "call": f"sdk.{'.'.join(ns.path)}.{member.name}",
                    "operation_id": op.operation_id,
                    "args": args,
                }))
        if not found:
            return None
        return min(found, key=lambda item: item[0])[1]


def _example_args(op: ir.Operation) -> str | None:
    """`{ name: "<name>" }` arguments for the required parameters, or None when one is not a string."""
    groups: list[list[str]] = [[], []]
    for p in op.parameters:
        if not p.required:
            continue
        if not (isinstance(p.type, ir.Primitive) and p.type.name == "string" and p.type.format != "binary"):
            return None
        groups[0 if p.location == "path" else 1].append(f"{ts_key(p.name)}: {ts_string('<' + p.name + '>')}")
    path, query = ("{ " + ", ".join(g) + " }" if g else "" for g in groups)
    if query:
        return f"{path or 'null'}, {query}"
    return path


# ---------------------------------------------------------------- small pure helpers


def suffix_words(suffix: str) -> str:
    return "path parameters" if suffix == "PathParams" else "query, header and cookie parameters"


def _camel_identifier(words: list[str], fallback: str) -> str:
    name = pascal(words)
    name = (name[:1].lower() + name[1:]) if name else fallback
    if words and words[0].isupper() and len(words[0]) > 1:
        name = words[0].lower() + pascal(words[1:])
    if not _IDENTIFIER.match(name):
        name = re.sub(r"[^A-Za-z0-9_$]", "", name) or fallback
    if name[0].isdigit():
        name = fallback[:1] + name
    return name


def _positional(params: list[tuple[str, str, bool]]) -> list[str]:
    """Parameters in order: optional (`?`) only when every later one is optional too."""
    result = []
    for index, (name, annotation, required) in enumerate(params):
        later_required = any(r for _, _, r in params[index + 1:])
        nullable = "" if annotation in ("null", "RequestOptions") else " | null"
        if required:
            result.append(f"{name}: {annotation}")
        elif later_required:
            result.append(f"{name}: {annotation}{nullable} | undefined")
        else:
            result.append(f"{name}?: {annotation}{nullable}")
    return result


def _split_union(text: str) -> list[str]:
    """The top-level members of a union type expression."""
    parts, depth, current = [], 0, ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            j = i + 1
            while j < len(text) and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            current += text[i:j + 1]
            i = j + 1
            continue
        if ch in "([{<":
            depth += 1
        elif ch in ")]}>":
            depth -= 1
        if depth == 0 and text.startswith(" | ", i):
            parts.append(current)
            current = ""
            i += 3
            continue
        current += ch
        i += 1
    parts.append(current)
    return [p for p in parts if p]


_SCHEME_KINDS = ("http", "apiKey", "oauth2", "openIdConnect", "mutualTLS")


def _scheme_literal(scheme: ir.SecurityScheme) -> str | None:
    """One `SecurityScheme` object literal; None for a scheme no client could apply (an unknown
    type, or an API key without a name or place)."""
    if scheme.kind not in _SCHEME_KINDS:
        return None
    parts = [f"kind: {ts_string(scheme.kind)}"]
    if scheme.kind == "http":
        parts.append(f"scheme: {ts_string(scheme.scheme)}")
    elif scheme.kind == "apiKey":
        if scheme.location not in ("header", "query", "cookie") or not scheme.parameter_name:
            return None
        parts += [f"location: {ts_string(scheme.location)}", f"name: {ts_string(scheme.parameter_name)}"]
    elif scheme.kind == "oauth2" and scheme.token_url:
        parts.append(f"tokenUrl: {ts_string(scheme.token_url)}")
    return "{ " + ", ".join(parts) + " }"


def _scheme_row(scheme: ir.SecurityScheme) -> tuple[str, str, str]:
    """(name, how it is sent, the client options it reads) of one scheme, for the README."""
    if scheme.kind == "http" and scheme.scheme == "basic":
        return scheme.name, "Authorization: Basic", "`username`, `password`"
    if scheme.kind == "http" and scheme.scheme == "bearer":
        return scheme.name, "Authorization: Bearer", "`token`"
    if scheme.kind == "apiKey" and _scheme_literal(scheme) is not None:
        place = "query parameter" if scheme.location == "query" else scheme.location
        return scheme.name, f"the `{scheme.parameter_name}` {place}", "`apiKey`"
    if scheme.kind == "oauth2":
        where = f" from {scheme.token_url}" if scheme.token_url else ""
        return (scheme.name, f"Authorization: Bearer, a client-credentials token{where}",
                "`clientId`, `clientSecret`, `scopes`, `tokenUrl` (or `token`)")
    if scheme.kind == "openIdConnect":
        return scheme.name, "Authorization: Bearer", "`token`"
    if scheme.kind == "mutualTLS":
        return scheme.name, "a TLS client certificate", "`fetchOptions` (an undici dispatcher)"
    return scheme.name, f"not supported ({scheme.kind} {scheme.scheme})".strip(), "-"


def _with_deprecated(doc: str, deprecated: bool) -> str:
    if not deprecated:
        return doc
    return f"{doc}\n\n@deprecated" if doc else "@deprecated"


def _has_null(text: str) -> bool:
    return "null" in _split_union(text)


def _tailable(op: ir.Operation) -> bool:
    return op.tail is not None and op.pagination is not None and op.pagination.style == "cursor"


def _first_sentence(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    match = re.match(r"(.+?[.!?])(\s|$)", line)
    return (match.group(1) if match else line)[:200]


# (how the runtime reads it, the result type) of a response that is not JSON.
_RESPONSES = {
    ResponseKind.REDIRECT: ("redirect", "RedirectResult"),
    ResponseKind.EMPTY: ("empty", "EmptyResult"),
    ResponseKind.EVENT_STREAM: ("sse", "string"),
    ResponseKind.TEXT: ("text", "string"),
    ResponseKind.BINARY: ("binary", "Uint8Array"),
}


def _operation_doc(op: ir.Operation) -> str:
    doc = operation_doc(op, f"`{op.method} {op.path}` (operationId `{op.operation_id}`)")
    if op.deprecated:
        doc += "\n\n@deprecated"
    return doc


def _alias_location(op: ir.Operation, key: str) -> Location:
    file, _, pointer = op.source.partition("#")
    return Location(file, f"{pointer}/{key}" if pointer else "")


def _children_first(namespaces: list[TsNamespace]) -> list[TsNamespace]:
    """Deepest first, so a class is declared before the class that creates it (easier to read)."""
    return sorted(namespaces, key=lambda ns: (-len(ns.path), ns.path))

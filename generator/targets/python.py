"""The Python target: names, types and files for a sync + async SDK on httpx and attrs."""

from __future__ import annotations

import dataclasses
import json
import keyword
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import ir
from ..naming import NameAllocator, escape_reserved, method_name, pascal, screaming, snake, split_words
from ..passes.cycles import dependencies_first, mentions, on_cycle
from ..passes.docs import operation_doc
from ..passes.responses import ResponseKind, response_kind
from ..passes.types import is_object_like
from ..settings import Settings
from .base import RenderJob, RuntimeCopy
from .text import LAYOUT, SURROGATES, UNSAFE, bare_names, markdown_code, unicode_escapes

# The oldest CPython the generated SDK supports: requires-python, the classifiers, ruff's and mypy's
# target and the README all say this one; tests/install installs, runs and type-checks on it.
PYTHON_FLOOR = (3, 11)

# Names the generated modules import or define themselves; a model may not take them.
_MODULE_NAMES = frozenset(
    """Any Annotated Literal Mapping Sequence TypeAlias TypedDict Required NotRequired Union cast
    Model UNSET Unset Discriminator Operation Param Pagination Waiter Tail RequestOptions
    SyncClient AsyncClient EmptyResult RedirectResult RawResponse SDKError APIStatusError
    APIConnectionError APITimeoutError InvalidArgumentError WaiterTimeoutError Iterator
    AsyncIterator OPERATIONS attrs datetime enum m""".split()
)
# Attributes every model has from the runtime, and names a field would shadow for the
# annotations after it in the class body (`int: int | None` breaks every later `int`).
_MODEL_MEMBERS = frozenset(
    """additional_properties to_dict from_dict str int float bool bytes list dict datetime attrs enum
    typing""".split()
)
# Attributes of the client classes that a resource accessor may not shadow.
_CLIENT_MEMBERS = frozenset(
    """call request raw_request iterate wait tail stream with_options close base_url timeout max_retries
    headers""".split()
)


# ---------------------------------------------------------------- escaping filters


# str.translate tables, built once: escaping runs over every description of large specs.
_DOC_ESCAPES = unicode_escapes(c for c in (*UNSAFE, *SURROGATES) if c not in LAYOUT) | {ord("\\"): "\\\\"}
_STRING_ESCAPES = _DOC_ESCAPES | {ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}


def py_string(value: Any) -> str:
    """A Python string literal for any text: quotes, backslashes, controls, U+2028 escaped."""
    return '"' + str(value).translate(_STRING_ESCAPES) + '"'


def py_literal(value: Any) -> str:
    """A Python expression for a JSON value."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return f'float("{value}")'
        return repr(value)
    if isinstance(value, str):
        return py_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_string(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    return py_string(json.dumps(value))


def py_doc(text: str, indent: int = 4) -> str:
    """Text safe inside a triple-quoted docstring, indented to sit under a def or class."""
    body = text.strip().translate(_DOC_ESCAPES)
    # Quotes at the very end would run into the closing `"""`: each is escaped (a space after
    # them would not do: trailing blanks are stripped from every line below).
    kept = body.rstrip('"')
    body = kept.replace('"""', '\\"\\"\\"') + '\\"' * (len(body) - len(kept))
    pad = " " * indent
    lines = [line.rstrip() for line in body.split("\n")]
    return "\n".join(lines[:1] + [(pad + line) if line else "" for line in lines[1:]])


def py_docstring(text: str, indent: int = 4) -> str:
    """A whole docstring: closing quotes on their own line when it spans several."""
    body = py_doc(text, indent)
    if "\n" in body:
        return f'"""{body}\n{" " * indent}"""'
    return f'"""{body}"""'


def py_comment(text: str) -> str:
    """One line of text for a `#` comment (no closing quotes to keep clear of)."""
    return " ".join(text.strip().translate(_DOC_ESCAPES).replace('"""', '\\"\\"\\"').split())


# ---------------------------------------------------------------- views the templates read


@dataclass
class PyField:
    name: str
    wire: str
    annotation: str
    default: str | None  # Python expression, or None when required
    doc: str


@dataclass
class PyClass:
    name: str
    doc: str
    fields: list[PyField]


@dataclass
class PyEnum:
    name: str
    base: str  # str, int, float
    doc: str
    members: list[tuple[str, str]]  # (member name, value literal)


@dataclass
class PyAlias:
    name: str
    doc: str
    expression: str  # right-hand side
    # On a cycle of aliases (A = list[A] | B): Python cannot evaluate it, mypy can. The runtime
    # then sees Any (and keeps such values as plain JSON); type checkers see the real alias.
    recursive: bool = False


@dataclass
class PyTypedDict:
    name: str
    class_syntax: bool  # every key is an identifier; else the functional form
    entries: list[tuple[str, str]]  # (key as identifier or string literal, annotation)


@dataclass
class PyParam:
    literal: str  # Param(...) expression


@dataclass
class PyOperation:
    operation_id: str
    method_name: str
    doc: str
    http_method: str
    path: str
    path_params: PyTypedDict | None
    query: PyTypedDict | None
    headers: PyTypedDict | None
    body_annotation: str  # "None" when the operation takes no body
    body_required: bool
    return_annotation: str
    params: list[str]  # Param(...) expressions
    content_type: str | None
    responses: list[tuple[str, str]]  # (status literal, runtime type expression)
    pagination: str | None  # Pagination(...) expression
    waiter: str | None
    tail: str | None
    iter_name: str | None
    item_annotation: str | None
    wait_name: str | None
    tail_name: str | None
    signature: list[str] = field(default_factory=list)
    iter_signature: list[str] = field(default_factory=list)
    query_expr: str = "query"  # header parameters travel with the query; the runtime routes them
    path_annotation: str = "None"
    waiter_field: str = ""
    waiter_terminal: str = ""
    streams: bool = False  # answers with server-sent events: returns an event stream
    security: str = "None"  # tuple of SECURITY_SCHEMES entries; None: the API declares none


@dataclass
class PyResource:
    attr: str
    module: str
    class_name: str
    async_class_name: str
    doc: str
    operations: list[PyOperation] = field(default_factory=list)


# ---------------------------------------------------------------- the profile


class PythonTarget:
    name = "python"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {"py_string": py_string, "py_doc": py_doc, "py_comment": py_comment, "py_literal": py_literal,
                "py_docstring": py_docstring}

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        view = PythonView(api, settings)
        package = view.package
        context = view.context()
        jobs = [
            RenderJob("pyproject.toml.jinja", "pyproject.toml", context),
            RenderJob("README.md.jinja", "README.md", context),
            RenderJob("package/__init__.py.jinja", f"{package}/__init__.py", context),
            RenderJob("package/py.typed.jinja", f"{package}/py.typed", context),
            RenderJob("package/_client.py.jinja", f"{package}/_client.py", context),
            RenderJob("package/_operations.py.jinja", f"{package}/_operations.py", context),
            RenderJob("package/models.py.jinja", f"{package}/models.py", context),
            RenderJob("package/resources/__init__.py.jinja", f"{package}/resources/__init__.py", context),
        ]
        for resource in view.resources:
            jobs.append(
                RenderJob(
                    "package/resources/resource.py.jinja",
                    f"{package}/resources/{resource.module}.py",
                    {**context, "resource": resource},
                )
            )
        return jobs, [RuntimeCopy("runtime", f"{package}/_runtime", (".py",))]


class PythonView:
    """The IR seen as Python: every name and type the templates print."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        self.settings = settings
        options = settings.for_language("python")
        self.package = str(options["package"])
        self.client = str(options["client"])
        self.async_client = str(options["async_client"])
        self.class_names = self._class_names()
        self.enums: list[PyEnum] = []
        self.classes: list[PyClass] = []
        self.aliases: list[PyAlias] = []
        self.typed_dicts: list[PyTypedDict] = []
        self.security_schemes = self._security_schemes()
        self._build_models()
        self.resources = self._build_resources()

    # ------------------------------------------------------------ names

    def _class_names(self) -> dict[str, str]:
        allocator = NameAllocator(_MODULE_NAMES | {self.client, self.async_client})
        self._allocator = allocator
        return {model_name: self._new_class_name(split_words(model_name), "Model") for model_name in self.api.models}

    def _new_class_name(self, words: list[str], fallback: str) -> str:
        """A distinct class name: PascalCase, never starting with a digit, never reserved."""
        base = pascal(words) or fallback
        if base[0].isdigit():
            base = fallback + base
        return self._allocator.allocate(escape_reserved(base, "python"))

    def _extra_class_name(self, words: list[str]) -> str:
        return self._new_class_name(words, "Params")

    # ------------------------------------------------------------ types

    def annotation(self, t: ir.Type, prefix: str = "") -> str:
        """The Python annotation for `t`; `prefix` qualifies model names (e.g. "m.")."""
        text = self._bare(t, prefix)
        if t.nullable and text != "Any" and "None" not in _split_union(text):
            text += " | None"
        return text

    def _bare(self, t: ir.Type, prefix: str) -> str:
        if isinstance(t, ir.Primitive):
            return _PRIMITIVES.get((t.name, t.format or ""), _PRIMITIVES.get((t.name, ""), "Any"))
        if isinstance(t, ir.ArrayType):
            return f"list[{self.annotation(t.item, prefix)}]"
        if isinstance(t, ir.MapType):
            return f"dict[str, {self.annotation(t.value, prefix)}]"
        if isinstance(t, ir.NamedType):
            name = prefix + self.class_names[t.name]
            decl = self.api.models[t.name]
            if isinstance(decl, ir.AliasModel) and isinstance(decl.target, (ir.Primitive, ir.ConstType)):
                # A named string or number reads best as what it is.
                return self._bare(decl.target, prefix) + (" | None" if decl.target.nullable else "")
            if isinstance(decl, ir.EnumModel):
                return f"{name} | {_ENUM_BASE[decl.base]}"
            return name
        if isinstance(t, ir.ConstType):
            if t.value is None:
                return "None"
            if isinstance(t.value, (str, int, bool)):
                return f"Literal[{py_literal(t.value)}]"
            return "float" if isinstance(t.value, float) else "Any"
        if isinstance(t, ir.UnionType):
            parts: list[str] = []
            for variant in t.variants:
                for part in _split_union(self.annotation(variant, prefix)):
                    if part not in parts:
                        parts.append(part)
            return "Any" if "Any" in parts else " | ".join(parts)
        return "Any"

    # ------------------------------------------------------------ models

    def _build_models(self) -> None:
        ordered_aliases: list[str] = []
        for model_name, decl in self.api.models.items():
            cls = self.class_names[model_name]
            if isinstance(decl, ir.EnumModel):
                self.enums.append(self._enum(cls, decl))
            elif isinstance(decl, ir.ObjectModel):
                self.classes.append(self._class(cls, decl))
            else:
                ordered_aliases.append(model_name)
        order, cyclic = _alias_order(ordered_aliases, self._alias_targets)
        for model_name in order:
            alias = self._alias(model_name)
            alias.recursive = model_name in cyclic
            self.aliases.append(alias)

    def _enum(self, name: str, decl: ir.EnumModel) -> PyEnum:
        allocator = NameAllocator()
        members = []
        for value in decl.values:
            words = split_words(str(value.value))
            member = escape_reserved(screaming(words) or "EMPTY", "python")
            if member[0].isdigit() or member.startswith("_"):
                member = "VALUE_" + member
            if isinstance(value.value, (int, float)) and not isinstance(value.value, bool) and value.value < 0:
                member = "MINUS_" + member
            member = allocator.allocate(member, "_")
            literal = py_literal(value.value if decl.base != "number" else float(value.value))
            members.append((member, literal))
        return PyEnum(name, _ENUM_CLASS[decl.base], decl.description, members)

    def _class(self, name: str, decl: ir.ObjectModel) -> PyClass:
        allocator = NameAllocator(_MODEL_MEMBERS)
        fields = []
        # Required fields first: attrs wants no defaults before them (kw_only makes order free,
        # but readers expect the required ones first).
        for f in sorted(decl.fields, key=lambda f: not f.required):
            attr = snake(split_words(f.wire_name)) or "field"
            if attr[0].isdigit():
                attr = "field_" + attr
            attr = allocator.allocate(escape_reserved(attr, "python"), "_")
            annotation = self.annotation(f.type)
            default = None
            if not f.required:
                annotation += " | Unset"
                default = "UNSET"
            fields.append(PyField(attr, f.wire_name, annotation, default, f.description))
        return PyClass(name, decl.description, fields)

    def _alias_targets(self, model_name: str) -> list[ir.Type]:
        """What an alias or union declaration stands for, as rendered."""
        decl = self.api.models[model_name]
        if isinstance(decl, ir.UnionModel):
            return self._union_members(model_name, {model_name})
        assert isinstance(decl, ir.AliasModel)
        if self._aliases_back(decl.target, {model_name}):  # `L = L | None`: only the null is left
            return self._spread([decl.target], {model_name})
        return [decl.target]

    def _aliases_back(self, t: ir.Type, seen: set[str] | frozenset[str]) -> bool:
        """Does `t` reach a name of `seen` through aliases alone (a union item of itself)?"""
        visited: set[str] = set()
        while isinstance(t, ir.NamedType) and t.name not in visited:
            if t.name in seen:
                return True
            visited.add(t.name)
            decl = self.api.models.get(t.name)
            if not isinstance(decl, ir.AliasModel):
                return False
            t = decl.target
        return False

    def _union_members(self, model_name: str, seen: set[str]) -> list[ir.Type]:
        """A union's members with plain member unions (named without a discriminator, or inline)
        spread in, and any way back to a union already on the path dropped:
        `A = X | B`, `B = Y | A` gives A = X | Y; `Q = L | (D | Q)` gives Q = L | D."""
        decl = self.api.models[model_name]
        assert isinstance(decl, ir.UnionModel)
        return self._spread(decl.variants, seen)

    def _spread(self, variants: list[ir.Type] | tuple[ir.Type, ...], seen: set[str]) -> list[ir.Type]:
        members: list[ir.Type] = []
        for variant in variants:
            if isinstance(variant, ir.UnionType):
                members += [_nullable_if(t, variant.nullable) for t in self._spread(variant.variants, seen)]
                continue
            inner = self.api.models.get(variant.name) if isinstance(variant, ir.NamedType) else None
            if isinstance(inner, ir.AliasModel) and (self._names_plain_union(inner.target)
                                                     or self._aliases_back(inner.target, seen | {inner.name})):
                # An alias of a spread union is spread too, or a cycle through it would stay named.
                inner = ir.UnionModel(inner.name, [inner.target])
            if isinstance(variant, ir.NamedType) and isinstance(inner, ir.UnionModel) and inner.discriminator is None:
                if variant.name not in seen:
                    spread = self._spread(inner.variants, seen | {variant.name})
                    members += [_nullable_if(t, variant.nullable) for t in spread]
                elif variant.nullable:  # the way back adds nothing but the null it allows
                    members.append(ir.ConstType(value=None, base="null"))
                continue
            members.append(variant)
        return members

    def _names_plain_union(self, t: ir.Type) -> bool:
        """Does `t` name, through aliases, a union without a discriminator?"""
        seen: set[str] = set()
        while isinstance(t, ir.NamedType) and t.name not in seen:
            seen.add(t.name)
            decl = self.api.models.get(t.name)
            if isinstance(decl, ir.UnionModel):
                return decl.discriminator is None
            if not isinstance(decl, ir.AliasModel):
                return False
            t = decl.target
        return False

    def _alias(self, model_name: str) -> PyAlias:
        decl = self.api.models[model_name]
        name = self.class_names[model_name]
        if isinstance(decl, ir.UnionModel):
            parts: list[str] = []
            for variant in self._union_members(model_name, {model_name}):
                for part in _split_union(self.annotation(variant)):
                    if part not in parts:
                        parts.append(part)
            # Null alone (a union of itself and null) would leave `None`, which `X | None` cannot take.
            union = " | ".join(parts) if parts and parts != ["None"] and "Any" not in parts else "Any"
            if decl.discriminator is not None and union != "Any":
                mapping = ", ".join(
                    f"{py_string(value)}: {self.class_names[target]}"
                    for value, target in decl.discriminator.mapping.items()
                    if target in self.class_names
                )
                expression = (
                    f"Annotated[{union}, Discriminator({py_string(decl.discriminator.property)}, {{{mapping}}})]"
                )
            else:
                expression = union
            return PyAlias(name, decl.description, expression)
        assert isinstance(decl, ir.AliasModel)
        if self._aliases_back(decl.target, {model_name}):
            parts = [p for t in self._alias_targets(model_name) for p in _split_union(self.annotation(t))]
            parts = list(dict.fromkeys(parts))
            # Null alone would leave `None` as the alias, which `L | None` elsewhere cannot take at run time.
            expression = "Any" if parts in ([], ["None"]) or "Any" in parts else " | ".join(parts)
            return PyAlias(name, decl.description, expression)
        return PyAlias(name, decl.description, self.annotation(decl.target))

    # ------------------------------------------------------------ security

    def _security_schemes(self) -> dict[str, str]:
        """Scheme name -> its SecurityScheme(...) expression, for the kinds the runtime knows."""
        result = {}
        for scheme in self.api.security_schemes:
            if scheme.kind not in _SECURITY_KINDS:
                continue
            args = [py_string(scheme.name), f"kind={py_string(scheme.kind)}"]
            if scheme.kind == "http" and scheme.scheme:
                args.append(f"scheme={py_string(scheme.scheme)}")
            if scheme.kind == "apiKey":
                if scheme.location in ("header", "query", "cookie"):
                    args.append(f"location={py_string(scheme.location)}")
                args.append(f"parameter_name={py_string(scheme.parameter_name)}")
            if scheme.kind == "oauth2" and scheme.token_url:
                args.append(f"token_url={py_string(scheme.token_url)}")
            result[scheme.name] = "SecurityScheme(" + ", ".join(args) + ")"
        return result

    def auth_lines(self) -> list[str]:
        """README bullets: which client option each of the API's schemes takes."""
        if not self.api.security_schemes:
            return ["`token=...`: sent as `Authorization: Bearer ...` with every request."]
        lines = []
        for scheme in self.api.security_schemes:
            name = _md_code(scheme.name)
            if scheme.kind == "http" and scheme.scheme == "basic":
                lines.append(f"{name}: `username=..., password=...`, sent as HTTP basic.")
            elif scheme.kind == "http" and scheme.scheme == "bearer":
                lines.append(f"{name}: `token=...`, sent as `Authorization: Bearer ...`.")
            elif scheme.kind == "http":
                lines.append(f"{name}: not applied by the SDK (HTTP {_md_code(scheme.scheme or '?')}); "
                             "pass the header in `headers=...` or compute it in a `signer`.")
            elif scheme.kind == "apiKey":
                where = {"query": "query parameter", "cookie": "cookie"}.get(scheme.location, "header")
                lines.append(f"{name}: `api_key=...`, sent as the {where} {_md_code(scheme.parameter_name)}.")
            elif scheme.kind == "oauth2" and scheme.token_url:
                lines.append(
                    f"{name}: `client_id=..., client_secret=...` (and `scopes=[...]`): OAuth2 client credentials "
                    f"from {_md_code(scheme.token_url)} (or `token_url=...`), fetched when needed, cached until it "
                    "expires and fetched again on a 401; or `token=...`, an access token obtained elsewhere."
                )
            elif scheme.kind in ("oauth2", "openIdConnect"):
                lines.append(f"{name}: `token=...`, an access token obtained elsewhere, sent as a bearer token.")
            elif scheme.kind == "mutualTLS":
                lines.append(f"{name}: a client certificate, configured on your own `http_client=httpx.Client(...)`.")
        return lines

    def _operation_security(self, op: ir.Operation) -> str:
        if not self.api.security_schemes:
            return "None"
        names = [name for name in op.security if name in self.security_schemes]
        return "(" + "".join(f"SECURITY_SCHEMES[{py_string(name)}], " for name in names).rstrip(" ") + ")"

    # ------------------------------------------------------------ operations

    def _build_resources(self) -> list[PyResource]:
        attrs = NameAllocator(_CLIENT_MEMBERS)
        resources = []
        for resource in self.api.resources:
            words = split_words(resource.name) or ["default"]
            attr = attrs.allocate(escape_reserved(snake(words), "python"), "_")
            if attr[0].isdigit():
                attr = "r" + attr
            view = PyResource(
                attr=attr,
                module=attr,
                class_name=pascal(split_words(attr)) + "Resource",
                async_class_name="Async" + pascal(split_words(attr)) + "Resource",
                doc=resource.description,
            )
            methods = NameAllocator({"with_options"})
            for op in resource.operations:
                view.operations.append(self._operation(op, methods))
            resources.append(view)
        return resources

    def _typed_dict(self, op: ir.Operation, location: str, suffix: str) -> PyTypedDict | None:
        params = op.params_in(location)
        if not params:
            return None
        name = self._extra_class_name(split_words(op.operation_id) + split_words(suffix))
        class_syntax = all(p.name.isidentifier() and not keyword.iskeyword(p.name) for p in params)
        entries = []
        for p in params:
            annotation = self.annotation(p.type, "")
            if location in ("header", "cookie"):
                annotation = "str"
            wrapped = f"Required[{annotation}]" if p.required else f"NotRequired[{annotation}]"
            entries.append((p.name if class_syntax else py_string(p.name), wrapped))
        td = PyTypedDict(name, class_syntax, entries)
        self.typed_dicts.append(td)
        return td

    def _operation(self, op: ir.Operation, methods: NameAllocator) -> PyOperation:
        method = methods.allocate(method_name(op.operation_id, "python"), "_")
        path_td = self._typed_dict(op, "path", "PathParams")
        query_td = self._typed_dict(op, "query", "Query")
        header_params = [p for p in op.parameters if p.location in ("header", "cookie")]
        headers_td = self._typed_dict(op, "header", "Headers") if op.params_in("header") else None
        body_annotation = "None"
        if op.body is not None:
            body_annotation = self._body_annotation(op.body)
        params = [
            f"Param({py_string(p.name)}, {py_string(p.location)}, required={p.required}, "
            f"style={py_string(p.style)}, explode={p.explode})"
            for p in op.parameters
        ]
        responses = []
        returns: list[str] = []
        for response in op.responses:
            expression, annotation = self._response_types(response)
            responses.append((py_string(response.status), expression))
            if response.is_success and annotation not in returns:
                returns.append(annotation)
        streams = "EventStream" in returns
        if not returns:
            returns = ["Any"]
        return_annotation = "Any" if "Any" in returns else " | ".join(returns)
        if streams:
            return_annotation = "EventStream"  # the async resource says AsyncEventStream
        pagination = self._pagination(op.pagination)
        item_annotation = self.annotation(op.pagination.item_type, "m.") if op.pagination else None
        waiter = tail = None
        if op.waiter is not None:
            waiter = (
                f"Waiter({py_string(op.waiter.name)}, {py_string(op.waiter.field)}, "
                f"({''.join(py_string(v) + ', ' for v in op.waiter.terminal)}))"
            )
        if op.tail is not None and op.pagination is not None and op.pagination.style == "cursor":
            tail = f"Tail({py_string(op.tail.name)}, {py_string(op.tail.param)}, {py_string(op.tail.value)})"
        iter_name = methods.allocate("iter_" + method, "_") if pagination else None
        wait_name = (
            methods.allocate("wait_for_" + snake(split_words(op.waiter.name)), "_") if op.waiter else None
        )
        tail_name = methods.allocate("tail_" + snake(split_words(op.tail.name)), "_") if tail and op.tail else None
        del header_params
        path_annotation = f"m.{path_td.name}" if path_td else "None"
        query_annotation = f"m.{query_td.name}" if query_td else "None"
        query_required = any(p.required for p in op.params_in("query"))
        signature = _positional([
            ("path_params", path_annotation, path_td is not None),
            ("query", query_annotation, query_required),
            ("body", body_annotation, op.body is not None and op.body.required),
        ])
        iter_signature = _positional([
            ("path_params", path_annotation, path_td is not None),
            ("query", query_annotation, False),
        ])
        signature.append("*")
        iter_signature.append("*")
        if headers_td:
            signature.append(f"headers: m.{headers_td.name} | None = None")
            iter_signature.append(f"headers: m.{headers_td.name} | None = None")
        signature.append("options: RequestOptions | None = None")
        iter_signature.append("options: RequestOptions | None = None")
        return PyOperation(
            operation_id=op.operation_id,
            method_name=method,
            doc=operation_doc(op, f"{op.method} {op.path}"),
            http_method=op.method,
            path=op.path,
            path_params=path_td,
            query=query_td,
            headers=headers_td,
            body_annotation=body_annotation,
            body_required=op.body is not None and op.body.required,
            return_annotation=return_annotation,
            params=params,
            content_type=op.body.content_type if op.body else None,
            responses=responses,
            pagination=pagination,
            waiter=waiter,
            tail=tail,
            iter_name=iter_name,
            item_annotation=item_annotation,
            wait_name=wait_name,
            tail_name=tail_name,
            signature=signature,
            iter_signature=iter_signature,
            query_expr="{**(query or {}), **(headers or {})}" if headers_td else "query",
            path_annotation=path_annotation,
            waiter_field=op.waiter.field if op.waiter else "",
            waiter_terminal=", ".join(op.waiter.terminal) if op.waiter else "",
            streams=streams,
            security=self._operation_security(op),
        )

    def _body_annotation(self, body: ir.Body) -> str:
        annotation = self.annotation(body.type, "m.")
        if (is_object_like(self.api.models, body.type) or isinstance(body.type, ir.AnyType)) and annotation != "Any":
            annotation += " | Mapping[str, Any]"
        return annotation

    def _response_types(self, response: ir.Response) -> tuple[str, str]:
        """(runtime type expression, return annotation) for one response."""
        kind = response_kind(response)
        if kind is not ResponseKind.JSON:
            return _RESPONSE_TYPES[kind]
        assert response.type is not None
        annotation = self.annotation(response.type, "m.")
        return annotation if annotation != "Any" else "Any", annotation

    def _pagination(self, p: ir.Pagination | None) -> str | None:
        """The descriptor as data: the runtime's one pager reads it (no per-style code here)."""
        if p is None:
            return None

        def path(keys: tuple[str, ...]) -> str:
            inner = ", ".join(py_string(k) for k in keys)
            return f"({inner},)" if len(keys) == 1 else f"({inner})"

        args = [f"style={py_string(p.style)}", f"items={path(p.items_path)}"]
        args += [f"{key}={py_string(value)}" for key, value in (("param", p.param), ("size_param", p.size_param))
                 if value is not None]
        args += [f"{key}={path(value)}" for key, value in (("next", p.next_path), ("total", p.total_path),
                                                            ("has_more", p.has_more_path)) if value]
        args.append(f"stop={path(p.stop)}")
        return "Pagination(" + ", ".join(args) + ")"

    # ------------------------------------------------------------ context

    def _models_imports(self) -> list[str]:
        texts = [f.annotation for c in self.classes for f in c.fields] + [a.expression for a in self.aliases]
        texts += [a for td in self.typed_dicts for _, a in td.entries]
        if self.enums:
            texts.append("enum.")
        if self.classes:
            texts += ["attrs.", "Any", "Model"]
        if any(f.default == "UNSET" for c in self.classes for f in c.fields):
            texts.append("UNSET")
        if self.aliases:
            texts.append("TypeAlias")
        if any(a.recursive for a in self.aliases):
            texts += ["TYPE_CHECKING", "Any"]
        if self.typed_dicts:
            texts.append("TypedDict")
        return import_block(
            texts,
            {"datetime": (), "enum": (), "typing": _TYPING},
            ("attrs",),
            [("._runtime", ("UNSET", "Discriminator", "Model", "Unset"))],
        )

    def _operations_imports(self) -> list[str]:
        texts = ["Operation", *self.security_schemes.values()]
        for resource in self.resources:
            for op in resource.operations:
                texts += op.params + [e for _, e in op.responses]
                texts += [t for t in (op.pagination, op.waiter, op.tail) if t]
        return import_block(
            texts,
            {"datetime": (), "typing": _TYPING},
            (),
            [(". as m", ()), ("._runtime", ("EmptyResult", "Operation", "Pagination", "Param",
                                             "RedirectResult", "SecurityScheme", "ServerSentEvent",
                                             "Tail", "Waiter"))],
        )

    def _resource_imports(self, resource: PyResource) -> list[str]:
        texts = ["SyncClient", "AsyncClient", "OPERATIONS", "RequestOptions"]
        for op in resource.operations:
            if not op.streams or op.iter_name or op.wait_name or op.tail_name:  # what the template casts
                texts.append("cast")
            texts += op.signature + op.iter_signature + [op.return_annotation]
            if op.streams:
                texts.append("AsyncEventStream")
            if op.item_annotation and (op.iter_name or op.tail_name):
                texts += [f"Iterator[{op.item_annotation}]", f"AsyncIterator[{op.item_annotation}]"]
        return import_block(
            texts,
            {"datetime": (), "collections.abc": ("AsyncIterator", "Iterator", "Mapping"), "typing": _TYPING},
            (),
            [(".. as m", ()), (".._operations", ("OPERATIONS",)),
             (".._runtime", ("AsyncClient", "AsyncEventStream", "EmptyResult", "EventStream", "RedirectResult",
                             "RequestOptions", "SyncClient"))],
        )

    def context(self) -> dict[str, Any]:
        resource_classes = [n for r in self.resources for n in (r.class_name, r.async_class_name)]
        return {
            "client_import": _from_import("._client", [self.client, self.async_client]),
            "resources_import": _from_import(".resources", resource_classes),
            "resource_module_imports": [
                _from_import(f".{r.module}", [r.class_name, r.async_class_name])
                for r in sorted(self.resources, key=lambda r: r.module)
            ],
            "models_imports": self._models_imports(),
            "operations_imports": self._operations_imports(),
            "resource_imports": {r.module: self._resource_imports(r) for r in self.resources},
            "api": self.api,
            "title": self.settings.title,
            "version": self.settings.version,
            "api_name": self.settings.api_name,
            "python_floor": f"{PYTHON_FLOOR[0]}.{PYTHON_FLOOR[1]}",
            "python_floor_tag": f"py{PYTHON_FLOOR[0]}{PYTHON_FLOOR[1]}",
            "package": self.package,
            "client": self.client,
            "async_client": self.async_client,
            "base_url": self.api.default_base_url,
            "enums": self.enums,
            "classes": self.classes,
            "aliases": self.aliases,
            "typed_dicts": self.typed_dicts,
            "resources": self.resources,
            "description": self.api.description,
            "security_schemes": self.security_schemes,
            "auth_lines": self.auth_lines(),
            "streams": any(op.streams for r in self.resources for op in r.operations),
            "model_names": [e.name for e in self.enums] + [c.name for c in self.classes]
            + [a.name for a in self.aliases],
        }


_PRIMITIVES = {
    ("string", ""): "str",
    ("string", "date-time"): "datetime.datetime",
    ("string", "date"): "datetime.date",
    ("string", "binary"): "bytes",
    ("integer", ""): "int",
    ("number", ""): "float",
    ("boolean", ""): "bool",
}
for _fmt in ("int32", "int64", "uint32", "uint64"):
    _PRIMITIVES[("integer", _fmt)] = "int"
for _fmt in ("float", "double", "decimal"):
    _PRIMITIVES[("number", _fmt)] = "float"

_TYPING = ("TYPE_CHECKING", "Annotated", "Any", "Literal", "NotRequired", "Required", "TypeAlias", "TypedDict",
           "cast")

_ENUM_BASE = {"string": "str", "integer": "int", "number": "float"}
_SECURITY_KINDS = ("http", "apiKey", "oauth2", "openIdConnect", "mutualTLS")
# The enum class each kind of value is declared with.
_ENUM_CLASS = {"string": "enum.StrEnum", "integer": "enum.IntEnum", "number": "float, enum.Enum"}


def _split_union(annotation: str) -> list[str]:
    """The top-level members of `A | list[B | C] | None`: [A, list[B | C], None]."""
    parts, depth, start, quoted, escaped = [], 0, 0, False, False
    for index, char in enumerate(annotation):
        if quoted:  # inside a Literal's string: brackets and bars there are text
            escaped, quoted = (not escaped and char == "\\"), quoted and (escaped or char != '"')
            continue
        if char == '"':
            quoted = True
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(annotation[start:index].strip())
            start = index + 1
    parts.append(annotation[start:].strip())
    return parts


def _nullable_if(t: ir.Type, nullable: bool) -> ir.Type:
    return dataclasses.replace(t, nullable=True) if nullable and not t.nullable else t


def _positional(params: list[tuple[str, str, bool]]) -> list[str]:
    """`name: annotation` while every one so far is required; `= None` from the first optional on."""
    result = []
    required_so_far = True
    for name, annotation, required in params:
        if required and required_so_far:
            result.append(f"{name}: {annotation}")
            continue
        required_so_far = False
        optional = annotation if annotation == "None" else f"{annotation} | None"
        result.append(f"{name}: {optional} = None")
    return result


def _names_used(texts: list[str], candidates: tuple[str, ...]) -> list[str]:
    used = bare_names("\n".join(texts))
    return [name for name in candidates if name in used]


def _isort_key(name: str) -> tuple[int, str, str]:
    """isort's order-by-type: CONSTANTS, then Classes, then functions; case-insensitive inside."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return (kind, name.lower(), name)


def _from_import(module: str, names: list[str]) -> str | None:
    if not names:
        return None
    ordered = sorted(set(names), key=_isort_key)
    line = f"from {module} import {', '.join(ordered)}"
    if len(line) <= 100:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in ordered) + ")"


def import_block(
    texts: list[str],
    stdlib: dict[str, tuple[str, ...]],
    third_party: tuple[str, ...],
    local: list[tuple[str, tuple[str, ...]]],
    always: tuple[str, ...] = (),
) -> list[str]:
    """isort-ordered import lines for exactly the names `texts` use."""
    sections: list[list[str]] = []
    plain = [f"import {mod}" for mod in ("datetime", "enum") if mod in stdlib and
             re.search(rf"(?<![\w.]){mod}\.", "\n".join(texts))]
    froms = [
        line for module, names in stdlib.items() if module not in ("datetime", "enum")
        for line in [_from_import(module, _names_used(texts, names))] if line
    ]
    sections.append(plain + froms)
    sections.append([f"import {mod}" for mod in third_party if re.search(rf"(?<![\w.]){mod}\.", "\n".join(texts))])
    local_lines = []
    for module, names in local:
        if module.endswith(" as m"):
            if re.search(r"(?<![\w.])m\.", "\n".join(texts)):
                local_lines.append(f"from {module[:-5]} import models as m")
            continue
        used = [n for n in names if n in always] + _names_used(texts, tuple(n for n in names if n not in always))
        line = _from_import(module, used)
        if line:
            local_lines.append(line)
    sections.append(local_lines)
    lines: list[str] = []
    for section in sections:
        if section:
            if lines:
                lines.append("")
            lines.extend(section)
    return lines


def _md_code(text: str) -> str:
    return markdown_code(" ".join(text.translate(_DOC_ESCAPES).split()))


# (runtime type expression, return annotation) of a response that is not JSON.
_RESPONSE_TYPES = {
    ResponseKind.REDIRECT: ("RedirectResult", "RedirectResult"),
    ResponseKind.EMPTY: ("None", "EmptyResult"),
    ResponseKind.EVENT_STREAM: ("ServerSentEvent", "EventStream"),
    ResponseKind.TEXT: ("str", "str"),
    ResponseKind.BINARY: ("bytes", "bytes"),
}


def _alias_order(names: list[str], targets: Callable[[str], list[ir.Type]]) -> tuple[list[str], set[str]]:
    """Aliases after the aliases they mention, and the set of those that sit on a cycle."""
    pending = set(names)
    graph = {
        name: [dep for t in targets(name) for dep in mentions(t, pending.__contains__, containers=True, unions=True)]
        for name in names
    }
    return dependencies_first(graph), on_cycle(graph)

"""The Java target: a Maven project on java.net.http and Jackson, blocking and async.

The profile computes every name, type, import and literal here; the templates
only print them. The hand-written runtime (templates/java/runtime) is real Java
in the placeholder package `sdkgen.runtime`; it is copied into each SDK with
that package renamed to the SDK's own, so two generated SDKs never share classes.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import ir
from ..naming import NameAllocator, camel, escape_reserved, method_name, pascal, screaming, split_words
from ..passes.cycles import direct_cycles
from ..passes.docs import operation_text
from ..passes.pagination import paging_in
from ..passes.responses import ResponseKind, response_kind
from ..settings import Settings
from .base import TEMPLATES_ROOT, RenderJob, RuntimeCopy
from .text import SURROGATES, UNSAFE, unicode_escapes

RUNTIME_PACKAGE = "sdkgen.runtime"
RUNTIME_ROOT = TEMPLATES_ROOT / "java" / "runtime"

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


# ---------------------------------------------------------------- names

# java.lang and every type generated code imports: a generated class may not take these names.
_TYPE_NAMES = frozenset(
    """Object String Long Integer Double Float Boolean Byte Short Character Number Void Class Enum Record
    Override Deprecated SuppressWarnings FunctionalInterface SafeVarargs Iterable Math StrictMath System
    Thread Runtime Exception RuntimeException Throwable Error Comparable CharSequence Cloneable AutoCloseable
    Process Module Package StringBuilder List Map Set Optional Objects Arrays Collections LinkedHashMap
    ArrayList OffsetDateTime LocalDate BigDecimal CompletableFuture Consumer TypeReference JsonProperty
    JsonCreator JsonValue JsonAnyGetter JsonAnySetter JsonDeserialize JsonPOJOBuilder JsonInclude JsonIgnore
    JsonAutoDetect JsonNullable Checks Operation Operations ApiClient ClientBuilder ClientOptions
    RequestOptions CallParams PageIterable Tail WaitOptions TailOptions RawResponse EmptyResult
    RedirectResult EventStream SecurityScheme UnionDeserializer Builder Decoder Unknown Variant Kind""".split()
)
# `Error` is the name of many APIs' error schema; it only shadows java.lang.Error, which generated
# code never uses, so a schema may keep it.
_TYPE_NAMES = _TYPE_NAMES - {"Error"}
_OBJECT_MEMBERS = frozenset("equals hashCode toString getClass notify notifyAll wait clone finalize".split())
_MODEL_MEMBERS = _OBJECT_MEMBERS | {"builder", "toBuilder", "additionalProperties", "putAdditionalProperty",
                                    "build", "buildFromJson"}
_PARAMS_MEMBERS = _OBJECT_MEMBERS | {"builder", "toBuilder", "pathParams", "queryParams", "body", "build"}
# `client` is also the generated client's field holding the runtime client.
_CLIENT_MEMBERS = _OBJECT_MEMBERS | {"builder", "withOptions", "core", "request", "requestAsync", "rawRequest",
                                     "close", "client"}


def _bmp_only(name: str) -> str:
    """`name` without characters beyond U+FFFF: javac takes them in identifiers, but its doc
    comment checker reads `@param` names one UTF-16 unit at a time and rejects them."""
    return "".join(c for c in name if ord(c) <= 0xFFFF)


def _java_name(text: str, style: Callable[[list[str]], str], fallback: str) -> str:
    """An identifier for spec text in a case style; `fallback` when there is none or it starts with a digit."""
    name = _bmp_only(style(split_words(text)))
    if not name:
        return fallback
    if name[0].isdigit():
        name = fallback + name
    if not (name[0].isalpha() or name[0] in "_$") or not all(c.isalnum() or c in "_$" for c in name):
        name = fallback
    return escape_reserved(name, "java")


# ---------------------------------------------------------------- views the templates read


@dataclass
class JType:
    """A Java type: how it is written, what it imports, and how Jackson is told about it."""

    text: str
    imports: frozenset[str]
    kind: str  # union variant kind: OBJECT ARRAY STRING INTEGER NUMBER BOOLEAN ANY
    simple: str  # a word for wrapper names (String, List, Deployment)

    @property
    def generic(self) -> bool:
        return "<" in self.text

    @property
    def token(self) -> str:
        """A Jackson type expression: `X.class` or a TypeReference."""
        if self.generic:
            return f"new TypeReference<{self.text}>() {{}}"
        return f"{self.text}.class"


@dataclass
class JField:
    name: str
    wire: str
    type: JType
    storage: str  # Java type of the field (T or JsonNullable<T>)
    accessor_type: str  # what the accessor returns
    accessor: str  # expression the accessor returns
    mode: str  # plain, optional, nullable (tri-state)
    required: bool
    const: str | None  # Java literal of a const field
    doc: str
    deprecated: bool

    @property
    def jsonnullable(self) -> bool:
        return self.storage.startswith("JsonNullable<")


@dataclass
class JModel:
    name: str
    doc: str
    fields: list[JField]
    implements: list[str]
    imports: list[str]
    required: list[JField]


@dataclass
class JEnumConstant:
    name: str
    literal: str
    doc: str


@dataclass
class JEnum:
    name: str
    doc: str
    value_type: str  # String, long, double
    boxed: str
    constants: list[JEnumConstant]
    imports: list[str]


@dataclass
class JVariant:
    kind: str
    type_name: str  # class implementing the union (a model, or a nested wrapper)
    required: list[str]  # Java string literals
    constants: list[tuple[str, str]]  # (wire literal, value literal)
    tags: list[str]  # discriminator values, as literals
    wrapper: JType | None  # the wrapped type for a nested wrapper class


@dataclass
class JUnion:
    name: str
    doc: str
    permits: list[str]
    variants: list[JVariant]
    discriminator: str | None  # literal
    imports: list[str]


@dataclass
class JParam:
    name: str
    wire: str
    location: str  # path, query, header, cookie
    type: JType
    required: bool
    doc: str


@dataclass
class JParams:
    name: str
    params: list[JParam]
    body: JType | None
    body_required: bool
    imports: list[str]

    @property
    def path_params(self) -> list[JParam]:
        return [p for p in self.params if p.location == "path"]

    @property
    def other_params(self) -> list[JParam]:
        return [p for p in self.params if p.location != "path"]

    @property
    def required(self) -> list[JParam]:
        return [p for p in self.params if p.required]


@dataclass
class JOperation:
    operation_id: str
    method_name: str
    async_name: str
    constant: str
    factory: str
    http_method: str
    path: str
    summary: str
    doc: str
    deprecated: bool
    result: str  # Java result type
    params: JParams | None
    path_names: list[str]  # wire names
    query_names: list[str]
    header_names: list[str]
    body_doc: str  # how to pass the body (Javadoc)
    body_hint: str  # how to pass the body (plain text), empty without a body
    example_args: str  # the arguments of a README example call
    builder_lines: list[str]  # the Operation builder chain after `builder(...)`
    iterate_name: str | None
    item_type: str | None
    wait_name: str | None
    wait_async_name: str | None
    waiter_field: str
    waiter_terminal: str
    tail_name: str | None
    streams: bool = False  # a success answers with server-sent events: calls return an EventStream


@dataclass
class JResource:
    accessor: str
    class_name: str
    doc: str
    operations: list[JOperation] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- the profile


# The styles the Java runtime's pager reads: all of them.
PAGED_STYLES = ir.PAGINATION_STYLES

class JavaTarget:
    name = "java"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {
            "java_string": java_string,
            "java_doc": java_doc,
            "java_inline": java_inline,
            "java_code": java_code,
            "xml_text": xml_text,
            "md_code": md_code,
        }

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        view = JavaView(api, settings)
        context = view.context()
        root = "src/main/java/" + view.package.replace(".", "/")
        jobs = [
            RenderJob("pom.xml.jinja", "pom.xml", context),
            RenderJob("README.md.jinja", "README.md", context),
            RenderJob("gitignore.jinja", ".gitignore", context),
            RenderJob("Client.java.jinja", f"{root}/{view.client}.java", context),
            RenderJob("Operations.java.jinja", f"{root}/Operations.java", context),
            RenderJob("package-info.java.jinja", f"{root}/package-info.java",
                      {**context, "subpackage": "", "what": "the client and the operations table"}),
            RenderJob("package-info.java.jinja", f"{root}/models/package-info.java",
                      {**context, "subpackage": ".models", "what": "the API's models, one class per schema"}),
            RenderJob("package-info.java.jinja", f"{root}/resources/package-info.java",
                      {**context, "subpackage": ".resources", "what": "one class per resource (tag) of the API"}),
        ]
        if view.params_classes:
            jobs.append(RenderJob("package-info.java.jinja", f"{root}/params/package-info.java",
                                  {**context, "subpackage": ".params",
                                   "what": "typed parameters of the operations, one class per operation"}))
        for model in view.models:
            jobs.append(RenderJob("Model.java.jinja", f"{root}/models/{model.name}.java", {**context, "model": model}))
        for enum in view.enums:
            jobs.append(RenderJob("Enum.java.jinja", f"{root}/models/{enum.name}.java", {**context, "enum": enum}))
        for union in view.unions:
            jobs.append(RenderJob("Union.java.jinja", f"{root}/models/{union.name}.java", {**context, "union": union}))
        for params in view.params_classes:
            jobs.append(RenderJob("Params.java.jinja", f"{root}/params/{params.name}.java",
                                  {**context, "params": params}))
        for resource in view.resources:
            jobs.append(RenderJob("Resource.java.jinja", f"{root}/resources/{resource.class_name}.java",
                                  {**context, "resource": resource}))
        jobs.extend(runtime_jobs(view.package))
        return jobs, []


def runtime_jobs(package: str) -> list[RenderJob]:
    """The runtime's sources and tests, moved from `sdkgen.runtime` into the SDK's package."""
    jobs = []
    pattern = re.compile(r"\b" + re.escape(RUNTIME_PACKAGE) + r"\b")
    for kind in ("main", "test"):
        base = RUNTIME_ROOT / kind
        for path in sorted(base.rglob("*.java")):
            relative = path.relative_to(base / Path(*RUNTIME_PACKAGE.split(".")))
            source = _sort_imports(pattern.sub(package, path.read_text(encoding="utf-8")))
            output = f"src/{kind}/java/{package.replace('.', '/')}/{relative.as_posix()}"
            jobs.append(RenderJob("runtime.java.jinja", output, {"source": source}))
    return jobs


def _sort_imports(source: str) -> str:
    """Re-sort a file's imports after its package moved: static ones first, then the rest, each in
    ASCII order, one blank line between the groups."""
    lines = source.split("\n")
    indexes = [i for i, line in enumerate(lines) if line.startswith("import ")]
    if not indexes:
        return source
    first, last = indexes[0], indexes[-1]
    block = [line for line in lines[first:last + 1] if line.strip()]
    static = sorted(line for line in block if line.startswith("import static "))
    plain = sorted(line for line in block if not line.startswith("import static "))
    ordered = static + ([""] if static and plain else []) + plain
    return "\n".join(lines[:first] + ordered + lines[last + 1:])


class JavaView:
    """The IR seen as Java: every name, type and import the templates print."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        self.settings = settings
        options = settings.for_language("java")
        self.package = str(options["package"])
        self.group_id = str(options["group_id"])
        self.artifact_id = str(options["artifact_id"])
        self.client = str(options["client"])
        self.allocator = NameAllocator(_TYPE_NAMES | {self.client})
        self.taken: set[str] = set(_TYPE_NAMES | {self.client})
        self.class_names = self._class_names()
        self.union_parents: dict[str, list[str]] = {}  # object model -> unions it implements
        self.enums: list[JEnum] = []
        self.models: list[JModel] = []
        self.unions: list[JUnion] = []
        self.params_classes: list[JParams] = []
        self._build_unions()
        self._build_models()
        self.resources = self._build_resources()

    # ------------------------------------------------------------ names

    def _class_names(self) -> dict[str, str]:
        names = {}
        for model_name, decl in self.api.models.items():
            if isinstance(decl, ir.AliasModel):
                continue  # Java has no type aliases: uses see the target type
            base = _java_name(model_name, pascal, "Model")
            names[model_name] = self.allocator.allocate(base)
            self.taken.add(names[model_name])
        return names

    # ------------------------------------------------------------ types

    def resolve(self, t: ir.Type, depth: int = 0) -> tuple[ir.Type, bool]:
        """Follow aliases; the type and whether null is allowed on the way."""
        nullable = t.nullable
        while isinstance(t, ir.NamedType) and depth < 50:
            decl = self.api.models.get(t.name)
            if not isinstance(decl, ir.AliasModel):
                break
            t = decl.target
            nullable = nullable or t.nullable
            depth += 1
        if isinstance(t, ir.NamedType) and isinstance(self.api.models.get(t.name), ir.AliasModel):
            return ir.AnyType(), True  # an alias cycle: nothing better to say
        return t, nullable

    def jtype(self, t: ir.Type, models_package: bool = False, expanding: frozenset[str] = frozenset()) -> JType:
        """The Java type of `t` (boxed); model classes imported unless `models_package`.

        Java has no type aliases, so an alias is written out where it is used; one that comes
        back inside its own items or values (`Nest: array of Nest`) stops there as Object."""
        followed: set[str] = set()
        alias = t
        while isinstance(alias, ir.NamedType) and alias.name not in followed:
            decl = self.api.models.get(alias.name)
            if not isinstance(decl, ir.AliasModel):
                break
            followed.add(alias.name)
            alias = decl.target
        if followed & expanding:
            return _OBJECT
        expanding |= followed
        t, _ = self.resolve(t)
        own = f"{self.package}.models."
        if isinstance(t, ir.Primitive):
            return _PRIMITIVE_TYPES.get((t.name, t.format or ""), _PRIMITIVE_TYPES.get((t.name, ""), _OBJECT))
        if isinstance(t, ir.ConstType):
            return _CONST_TYPES.get(t.base, _OBJECT) if t.value is not None else _OBJECT
        if isinstance(t, ir.ArrayType):
            item = self.jtype(t.item, models_package, expanding)
            return JType(f"List<{item.text}>", item.imports | {"java.util.List"}, "ARRAY", "List")
        if isinstance(t, ir.MapType):
            value = self.jtype(t.value, models_package, expanding)
            return JType(f"Map<String, {value.text}>", value.imports | {"java.util.Map"}, "OBJECT", "Map")
        if isinstance(t, ir.NamedType) and t.name in self.class_names:
            name = self.class_names[t.name]
            decl = self.api.models[t.name]
            kind = "OBJECT"
            if isinstance(decl, ir.EnumModel):
                kind = {"string": "STRING", "integer": "INTEGER"}.get(decl.base, "NUMBER")
            elif isinstance(decl, ir.UnionModel):
                kind = "ANY"
            imports = frozenset() if models_package else frozenset({own + name})
            return JType(name, imports, kind, name)
        return _OBJECT

    def nullable(self, t: ir.Type) -> bool:
        return self.resolve(t)[1]

    # ------------------------------------------------------------ models

    def _build_unions(self) -> None:
        # Java's cycle finder does not look into inline unions (Node's and Ruby's do): see direct_cycles.
        cyclic = direct_cycles(self.api, through_inline_unions=False)
        for model_name, decl in self.api.models.items():
            if isinstance(decl, ir.UnionModel):
                self.unions.append(self._union(self.class_names[model_name], decl, cyclic))

    def _spread(self, variants: Iterable[ir.Type], seen: frozenset[str], cyclic: set[str]) -> list[ir.Type]:
        """`variants` with every union or alias on a direct cycle replaced by its own members
        (`A = X | B`, `B = Y | A` gives A = X | Y)."""
        members: list[ir.Type] = []
        for variant in variants:
            if not (isinstance(variant, ir.NamedType) and variant.name in cyclic):
                members.append(variant)
                continue
            if variant.name in seen:
                continue
            decl = self.api.models[variant.name]
            inner = list(decl.variants) if isinstance(decl, ir.UnionModel) else (
                [decl.target] if isinstance(decl, ir.AliasModel) else [])
            members += self._spread(inner, seen | {variant.name}, cyclic)
        return members

    def _union(self, name: str, decl: ir.UnionModel, cyclic: set[str]) -> JUnion:
        wrappers = NameAllocator({n.lower() for n in self.taken} | {"unknown", "decoder", name.lower()})
        variants: list[JVariant] = []
        permits: list[str] = []
        tags_by_model: dict[str, list[str]] = {}
        if decl.discriminator is not None:
            for value, model in decl.discriminator.mapping.items():
                tags_by_model.setdefault(model, []).append(java_string(value))
        seen: set[str] = set()
        members = self._spread(decl.variants, frozenset({decl.name}), cyclic) if decl.name in cyclic else decl.variants
        for variant in members:
            resolved, _ = self.resolve(variant)
            target_name = resolved.name if isinstance(resolved, ir.NamedType) else None
            target = self.api.models.get(target_name) if target_name else None
            if isinstance(target, ir.ObjectModel) and target_name is not None:
                cls = self.class_names[target_name]
                if cls in seen:
                    continue
                seen.add(cls)
                self.union_parents.setdefault(target_name, [])
                if name not in self.union_parents[target_name]:
                    self.union_parents[target_name].append(name)
                required = [java_string(f.wire_name) for f in target.fields if f.required]
                constants = [
                    (java_string(f.wire_name), java_literal(f.type.value))
                    for f in target.fields
                    if isinstance(f.type, ir.ConstType) and f.type.value is not None
                    and not isinstance(f.type.value, (dict, list))
                ]
                tags = tags_by_model.get(target_name, [])
                if variant != resolved and isinstance(variant, ir.NamedType):
                    tags = tags + tags_by_model.get(variant.name, [])
                variants.append(JVariant("OBJECT", cls, required, constants, tags, None))
                permits.append(cls)
                continue
            jt = self.jtype(variant, models_package=True)
            key = jt.text
            if key in seen:
                continue
            seen.add(key)
            wrapper = wrappers.allocate("Of" + _simple_word(jt.simple))
            variants.append(JVariant(jt.kind, f"{name}.{wrapper}", [], [], [], jt))
            permits.append(f"{name}.{wrapper}")
        variants.append(JVariant("ANY", f"{name}.Unknown", [], [], [], None))
        permits.append(f"{name}.Unknown")
        imports = {"com.fasterxml.jackson.annotation.JsonCreator", "com.fasterxml.jackson.annotation.JsonValue",
                   "com.fasterxml.jackson.databind.annotation.JsonDeserialize", "java.util.List", "java.util.Map",
                   "java.util.Objects", f"{self.package}.core.UnionDeserializer"}
        for v in variants:
            if v.wrapper is not None:
                imports |= v.wrapper.imports
        discriminator = java_string(decl.discriminator.property) if decl.discriminator else None
        return JUnion(name, decl.description, permits, variants, discriminator, _sorted_imports(imports, self.package,
                                                                                                  ".models"))

    def _build_models(self) -> None:
        for model_name, decl in self.api.models.items():
            if isinstance(decl, ir.EnumModel):
                self.enums.append(self._enum(self.class_names[model_name], decl))
            elif isinstance(decl, ir.ObjectModel):
                self.models.append(self._model(model_name, decl))

    def _enum(self, name: str, decl: ir.EnumModel) -> JEnum:
        allocator = NameAllocator({"values", "of", "value", "isknown"})
        constants = []
        value_type, boxed = {"string": ("String", "String"), "integer": ("long", "Long")}.get(
            decl.base, ("double", "Double"))
        for value in decl.values:
            words = split_words(str(value.value))
            constant = screaming(words) or "EMPTY"
            if not (constant[0].isalpha() or constant[0] == "_") or not all(c.isalnum() or c == "_" for c in constant):
                constant = "VALUE_" + constant if constant[0].isdigit() else "VALUE"
            if isinstance(value.value, (int, float)) and not isinstance(value.value, bool) and value.value < 0:
                constant = "MINUS_" + constant
            constant = allocator.allocate(escape_reserved(constant, "java"), "_")
            if decl.base == "string":
                literal = java_string(value.value)
            elif decl.base == "integer":
                literal = f"{int(value.value)}L"
            else:
                literal = java_literal(float(value.value))
            constants.append(JEnumConstant(constant, literal, value.description))
        imports = ["com.fasterxml.jackson.annotation.JsonCreator", "com.fasterxml.jackson.annotation.JsonValue",
                   "java.util.List"]
        if decl.base == "string":
            imports.append("java.util.Objects")
        return JEnum(name, decl.description, value_type, boxed, constants, sorted(imports))

    def _model(self, model_name: str, decl: ir.ObjectModel) -> JModel:
        name = self.class_names[model_name]
        allocator = NameAllocator(_MODEL_MEMBERS | {name[:1].lower() + name[1:]})
        fields = []
        imports: set[str] = {
            "com.fasterxml.jackson.annotation.JsonAnyGetter",
            "com.fasterxml.jackson.annotation.JsonAnySetter",
            "com.fasterxml.jackson.annotation.JsonAutoDetect",
            "com.fasterxml.jackson.annotation.JsonIgnore",
            "com.fasterxml.jackson.annotation.JsonProperty",
            "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
            "com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder",
            "java.util.Arrays",
            "java.util.Collections",
            "java.util.LinkedHashMap",
            "java.util.Map",
            "java.util.Objects",
        }
        for f in decl.fields:
            attr = allocator.allocate(_java_name(f.wire_name, camel, "field"))
            jt = self.jtype(f.type, models_package=True)
            imports |= jt.imports
            nullable = self.nullable(f.type)
            const = None
            if isinstance(f.type, ir.ConstType) and f.type.value is not None and not isinstance(
                    f.type.value, (dict, list)):
                const = _const_literal(f.type.value, jt.text)
            if f.required and not nullable:
                mode, storage, accessor_type, accessor = "plain", jt.text, jt.text, attr
            elif f.required or not nullable:
                mode, storage = "optional", f"JsonNullable<{jt.text}>"
                accessor_type, accessor = f"Optional<{jt.text}>", f"{attr}.toOptional()"
                imports.add("java.util.Optional")
            else:
                mode, storage = "nullable", f"JsonNullable<{jt.text}>"
                accessor_type, accessor = storage, attr
            if storage.startswith("JsonNullable"):
                imports.add(f"{self.package}.core.JsonNullable")
            fields.append(JField(attr, f.wire_name, jt, storage, accessor_type, accessor, mode, f.required, const,
                                 f.description, f.deprecated))
        imports.add("com.fasterxml.jackson.annotation.JsonInclude")
        required = [f for f in fields if f.mode == "plain" and f.const is None]
        if required:
            imports.add(f"{self.package}.core.Checks")
        implements = self.union_parents.get(model_name, [])
        return JModel(name, decl.description, fields, implements, _sorted_imports(imports, self.package, ".models"),
                      required)

    # ------------------------------------------------------------ operations

    def _build_resources(self) -> list[JResource]:
        accessors = NameAllocator(_CLIENT_MEMBERS)
        resources = []
        constants = NameAllocator({"ALL"})
        factories = NameAllocator(_OBJECT_MEMBERS | {"all"})
        for resource in self.api.resources:
            words = split_words(resource.name) or ["default"]
            accessor = accessors.allocate(_java_name(resource.name, camel, "resource") if words else "resource")
            class_name = self.allocator.allocate(_class_name(resource.name, "Resource"))
            view = JResource(accessor, class_name, resource.description)
            methods = NameAllocator(_OBJECT_MEMBERS)
            primary = [methods.allocate(method_name(op.operation_id, "java")) for op in resource.operations]
            for op, name in zip(resource.operations, primary, strict=True):
                view.operations.append(self._operation(op, name, methods, constants, factories))
            view.imports = self._resource_imports(view)
            resources.append(view)
        return resources

    def _operation(self, op: ir.Operation, name: str, methods: NameAllocator, constants: NameAllocator,
                   factories: NameAllocator) -> JOperation:
        words = split_words(op.operation_id) or ["call"]
        constant = constants.allocate(_java_name(op.operation_id, screaming, "OP") if words else "OP", "_")
        factory = factories.allocate(method_name(op.operation_id, "java"))
        result = self._result_type(op)
        params = self._params_class(op)
        builder_lines = self._builder_lines(op)
        base = name.rstrip("_")  # derived names need no escape of their own
        async_name = methods.allocate(base + "Async")
        item_type = None
        iterate_name = None
        if (pg := paging_in(op, PAGED_STYLES)) is not None:
            item_type = self.jtype(pg.item_type).text
            iterate_name = methods.allocate("iterate" + base[:1].upper() + base[1:])
        wait_name = wait_async = None
        if op.waiter is not None:
            wait_base = "waitFor" + _java_name(op.waiter.name, pascal, "Result").rstrip("_")
            wait_name = methods.allocate(wait_base)
            wait_async = methods.allocate(wait_base + "Async")
        tail_name = None
        if op.tail is not None and (pg := paging_in(op, ("cursor",))) is not None:
            tail_name = methods.allocate("tail" + _java_name(op.tail.name, pascal, "Items").rstrip("_"))
            item_type = item_type or "Object"
        body_doc = "must be null: this operation takes no body"
        body_hint = ""
        if op.body is not None:
            body_type = self.jtype(op.body.type).text
            kind = "required" if op.body.required else "optional; null for none"
            if body_type in self.class_names.values():
                link = f"{{@link {self.package}.models.{body_type} {body_type}}}"
                body_doc = f"a {link} or a map with wire keys ({kind})"
                body_hint = f"a {body_type} or a Map with wire keys ({kind})"
            else:
                body_doc = f"the request body, a {{@code {body_type}}} ({kind})"
                body_hint = f"a {body_type} ({kind})"
        return JOperation(
            operation_id=op.operation_id,
            method_name=name,
            async_name=async_name,
            constant=constant,
            factory=factory,
            http_method=op.method,
            path=op.path,
            summary=op.summary,
            doc=operation_text(op),
            deprecated=op.deprecated,
            result=result,
            params=params,
            path_names=[p.name for p in op.params_in("path")],
            query_names=[p.name for p in op.params_in("query")],
            header_names=[p.name for p in op.parameters if p.location in ("header", "cookie")],
            body_doc=body_doc,
            body_hint=body_hint,
            example_args=_example_args(op, bool(body_hint)),
            builder_lines=builder_lines,
            iterate_name=iterate_name,
            item_type=item_type,
            wait_name=wait_name,
            wait_async_name=wait_async,
            waiter_field=op.waiter.field if op.waiter else "",
            waiter_terminal=", ".join(op.waiter.terminal) if op.waiter else "",
            tail_name=tail_name,
            streams=result == "EventStream",
        )

    def _response_kind(self, response: ir.Response) -> tuple[str, JType | None]:
        """(kind, type): JSON with its type, EMPTY, REDIRECT, EVENTS, TEXT or BYTES."""
        kind = response_kind(response)
        if kind is not ResponseKind.JSON:
            return _RESPONSE_KINDS[kind], None
        assert response.type is not None
        return "JSON", self.jtype(response.type)

    def _result_type(self, op: ir.Operation) -> str:
        results: list[str] = []
        for response in op.success_responses:
            kind, jt = self._response_kind(response)
            text = {"REDIRECT": "RedirectResult", "EMPTY": "EmptyResult", "TEXT": "String", "BYTES": "byte[]",
                    "EVENTS": "EventStream"}.get(kind, jt.text if jt else "Object")
            if text not in results:
                results.append(text)
        if not results:
            return "Object"
        return results[0] if len(results) == 1 else "Object"

    def _builder_lines(self, op: ir.Operation) -> list[str]:
        lines = []
        for p in op.parameters:
            lines.append(f".param({java_string(p.name)}, Operation.Location.{p.location.upper()}, "
                         f"{'true' if p.required else 'false'}, {java_string(p.style)}, "
                         f"{'true' if p.explode else 'false'})")
        if op.body is not None:
            lines.append(f".body({java_string(op.body.content_type)}, {'true' if op.body.required else 'false'})")
        security = self._security(op)
        if security is not None:
            lines.append(f".security({', '.join(security)})")
        for response in op.responses:
            kind, jt = self._response_kind(response)
            if kind == "JSON" and jt is not None:
                lines.append(f".json({java_string(response.status)}, {jt.token})")
            else:
                lines.append(f".response({java_string(response.status)}, Operation.ResponseKind.{kind})")
        pg = paging_in(op, PAGED_STYLES)
        if pg is not None:  # the descriptor as data: the runtime's one pager reads it
            item = self.jtype(pg.item_type).token

            def path(keys: tuple[str, ...]) -> str:
                return ", ".join(java_string(k) for k in keys)

            parts = [f"Operation.Pagination.of(Operation.PageStyle.{pg.style.upper()}, {item})"]
            parts += [f".items({path(pg.items_path)})"] if pg.items_path else []
            parts += [f".{key}({java_string(value)})" for key, value in (("param", pg.param),
                                                                       ("sizeParam", pg.size_param)) if value]
            parts += [f".{key}({path(value)})" for key, value in (("next", pg.next_path), ("total", pg.total_path),
                                                                 ("hasMore", pg.has_more_path)) if value]
            parts.append(f".stop({path(pg.stop)})")
            lines.append(".pagination(" + "".join(parts) + ")")
        if op.waiter is not None:
            terminal = "".join(", " + java_string(v) for v in op.waiter.terminal)
            lines.append(f".waiter({java_string(op.waiter.name)}, {java_string(op.waiter.field)}{terminal})")
        if op.tail is not None:
            lines.append(f".tail({java_string(op.tail.name)}, {java_string(op.tail.param)}, "
                         f"{java_string(op.tail.value)})")
        return lines

    def _security(self, op: ir.Operation) -> list[str] | None:
        """The runtime's `SecurityScheme` expressions of the schemes `op` accepts (none: it takes no
        credentials); None when the API declares no schemes (a client's token then goes everywhere)."""
        if not self.api.security_schemes:
            return None
        schemes = {s.name: s for s in self.api.security_schemes}
        expressions: list[str] = []
        for name in op.security:
            scheme = schemes.get(name)
            expression = None if scheme is None else _scheme_expression(scheme)
            if expression is not None and expression not in expressions:
                expressions.append(expression)
        return expressions

    def _params_class(self, op: ir.Operation) -> JParams | None:
        if not op.parameters and op.body is None:
            return None
        name = self.allocator.allocate(_class_name(op.operation_id, "Params"))
        members = NameAllocator(_PARAMS_MEMBERS)
        params = []
        imports: set[str] = {"java.util.LinkedHashMap", "java.util.Map", "java.util.Objects",
                             f"{self.package}.core.CallParams"}
        for p in op.parameters:
            jt = self.jtype(p.type)
            if p.location in ("header", "cookie") and jt.kind in ("OBJECT", "ARRAY", "ANY"):
                jt = _STRING
            imports |= jt.imports
            attr = members.allocate(_java_name(p.name, camel, "param"))
            params.append(JParam(attr, p.name, p.location, jt, p.required, p.description))
        if any(not p.required for p in params):
            imports.add("java.util.Optional")
        if any(p.required for p in params) or (op.body is not None and op.body.required):
            imports.add(f"{self.package}.core.Checks")
        body = None
        if op.body is not None:
            body = self.jtype(op.body.type)
            imports |= body.imports
        view = JParams(name, params, body, op.body is not None and op.body.required,
                       _sorted_imports(imports, self.package, ".params"))
        self.params_classes.append(view)
        return view

    def _resource_imports(self, resource: JResource) -> list[str]:
        imports = {f"{self.package}.Operations", f"{self.package}.core.ApiClient",
                   f"{self.package}.core.RequestOptions", "java.util.Map",
                   "java.util.concurrent.CompletableFuture"}
        texts = []
        for op in resource.operations:
            texts.append(op.result)
            if op.params is not None:
                imports.add(f"{self.package}.params.{op.params.name}")
            if op.iterate_name:
                imports.add(f"{self.package}.core.PageIterable")
            if op.wait_name:
                imports.add(f"{self.package}.core.WaitOptions")
            if op.tail_name:
                imports |= {f"{self.package}.core.Tail", f"{self.package}.core.TailOptions"}
            if op.item_type:
                texts.append(op.item_type)
        imports |= self._imports_for(texts)
        return _sorted_imports(imports, self.package, ".resources")

    def _imports_for(self, texts: Iterable[str]) -> set[str]:
        """Imports for the type names in `texts` (model classes, java.util, java.time, runtime results)."""
        known = {
            "List": "java.util.List", "Map": "java.util.Map", "OffsetDateTime": "java.time.OffsetDateTime",
            "LocalDate": "java.time.LocalDate", "BigDecimal": "java.math.BigDecimal",
            "EmptyResult": f"{self.package}.core.EmptyResult", "RedirectResult": f"{self.package}.core.RedirectResult",
            "EventStream": f"{self.package}.core.EventStream", "SecurityScheme": f"{self.package}.core.SecurityScheme",
        }
        models = {n: f"{self.package}.models.{n}" for n in self.class_names.values()}
        imports = set()
        for text in texts:
            for word in re.findall(r"[^\W\d][\w$]*|\$[\w$]*", text):
                if word in known:
                    imports.add(known[word])
                elif word in models:
                    imports.add(models[word])
        return imports

    # ------------------------------------------------------------ context

    def _operations_imports(self) -> list[str]:
        imports = {f"{self.package}.core.Operation", "java.util.Collections", "java.util.LinkedHashMap",
                   "java.util.Map"}
        texts = []
        for resource in self.resources:
            for op in resource.operations:
                texts.append(op.result)
                texts.extend(op.builder_lines)
                if any("TypeReference" in line for line in op.builder_lines):
                    imports.add("com.fasterxml.jackson.core.type.TypeReference")
        imports |= self._imports_for(texts)
        return _sorted_imports(imports, self.package, "")

    def context(self) -> dict[str, Any]:
        client_imports = {f"{self.package}.core.ApiClient", f"{self.package}.core.ClientBuilder",
                          f"{self.package}.core.RawResponse", f"{self.package}.core.RequestOptions",
                          "java.util.Map", "java.util.concurrent.CompletableFuture", "java.util.function.Consumer"}
        client_imports |= {f"{self.package}.resources.{r.class_name}" for r in self.resources}
        operations = [op for r in self.resources for op in r.operations]
        return {
            "api": self.api,
            "title": self.settings.title,
            "version": self.settings.version,
            "api_name": self.settings.api_name,
            "description": self.api.description,
            "package": self.package,
            "group_id": self.group_id,
            "artifact_id": self.artifact_id,
            "client": self.client,
            "base_url": self.api.default_base_url,
            "resources": self.resources,
            "operations": operations,
            "client_imports": _sorted_imports(client_imports, self.package, ""),
            "operations_imports": self._operations_imports(),
            "jackson_version": JACKSON_VERSION,
            "junit_version": JUNIT_VERSION,
            "plugins": PLUGINS,
        }


# Pinned versions (all on Maven Central). Jackson is the only runtime dependency.
JACKSON_VERSION = "2.18.2"
JUNIT_VERSION = "5.11.4"
PLUGINS = (
    ("maven-clean-plugin", "3.4.0"),
    ("maven-resources-plugin", "3.3.1"),
    ("maven-compiler-plugin", "3.13.0"),
    ("maven-surefire-plugin", "3.5.2"),
    ("maven-jar-plugin", "3.4.2"),
    ("maven-install-plugin", "3.1.3"),
    ("maven-deploy-plugin", "3.1.3"),
    ("maven-site-plugin", "3.21.0"),
)

_OBJECT = JType("Object", frozenset(), "ANY", "Object")
_STRING = JType("String", frozenset(), "STRING", "String")
_LONG = JType("Long", frozenset(), "INTEGER", "Long")
_DOUBLE = JType("Double", frozenset(), "NUMBER", "Double")
_BOOLEAN = JType("Boolean", frozenset(), "BOOLEAN", "Boolean")
_PRIMITIVE_TYPES = {
    ("string", ""): _STRING,
    ("string", "date-time"): JType("OffsetDateTime", frozenset({"java.time.OffsetDateTime"}), "STRING",
                                   "OffsetDateTime"),
    ("string", "date"): JType("LocalDate", frozenset({"java.time.LocalDate"}), "STRING", "LocalDate"),
    ("string", "binary"): JType("byte[]", frozenset(), "STRING", "Bytes"),
    ("string", "byte"): JType("byte[]", frozenset(), "STRING", "Bytes"),
    ("integer", ""): _LONG,
    ("integer", "int32"): JType("Integer", frozenset(), "INTEGER", "Integer"),
    ("number", ""): _DOUBLE,
    ("boolean", ""): _BOOLEAN,
}
_CONST_TYPES = {"string": _STRING, "integer": _LONG, "number": _DOUBLE, "boolean": _BOOLEAN}


def _const_literal(value: Any, java_type: str) -> str:
    if java_type == "Boolean":
        return "Boolean.TRUE" if value else "Boolean.FALSE"
    if java_type == "Long" and isinstance(value, int):
        return f"{value}L"
    if java_type == "Double" and isinstance(value, (int, float)):
        return java_literal(float(value))
    if java_type == "String":
        return java_string(value)
    return "null"


_API_KEY_LOCATIONS = {"header": "HEADER", "query": "QUERY", "cookie": "COOKIE"}


def _scheme_expression(scheme: ir.SecurityScheme) -> str | None:
    """A `SecurityScheme` factory call; None for a scheme no client could apply (an unknown type,
    or an API key without a name or place)."""
    if scheme.kind == "http":
        return f"SecurityScheme.http({java_string(scheme.scheme)})"
    if scheme.kind == "apiKey":
        location = _API_KEY_LOCATIONS.get(scheme.location)
        if location is None or not scheme.parameter_name:
            return None
        return f"SecurityScheme.apiKey(Operation.Location.{location}, {java_string(scheme.parameter_name)})"
    if scheme.kind == "oauth2":
        return f"SecurityScheme.oauth2({java_string(scheme.token_url) if scheme.token_url else ''})"
    if scheme.kind == "openIdConnect":
        return "SecurityScheme.openIdConnect()"
    if scheme.kind == "mutualTLS":
        return "SecurityScheme.mutualTls()"
    return None


def _example_args(op: ir.Operation, has_body: bool) -> str:
    """`(pathParams, query, body)` of an example call: placeholders for the path, empty query."""
    names = [p.name for p in op.params_in("path")]
    path = "Map.of(" + ", ".join(f'{java_string(n)}, "..."' for n in names) + ")" if names else "null"
    query = "Map.of()" if op.params_in("query") else "null"
    return f"{path}, {query}, {'body' if has_body else 'null'}"


def _class_name(text: str, suffix: str) -> str:
    """`<Pascal><suffix>`: the suffix keeps it clear of reserved words."""
    base = _bmp_only(pascal(split_words(text)))
    if not base or not (base[0].isalpha() or base[0] in "_$") or not all(c.isalnum() or c in "_$" for c in base):
        base = "Op" + base if base and base[0].isdigit() else ""
    return (base or "Default") + suffix


def _simple_word(text: str) -> str:
    word = re.sub(r"[^A-Za-z0-9_$]", "", text) or "Value"
    return word[:1].upper() + word[1:]


def _erasure(text: str) -> str:
    return text.split("<", 1)[0]


def _sorted_imports(imports: set[str], package: str, subpackage: str) -> list[str]:
    """Imports without those of the file's own package, in the usual order (static last: none)."""
    own = package + subpackage
    result = [i for i in imports if i.rsplit(".", 1)[0] != own]
    return sorted(result)


# The runtime's reading of a response that is not JSON.
_RESPONSE_KINDS = {
    ResponseKind.REDIRECT: "REDIRECT",
    ResponseKind.EMPTY: "EMPTY",
    ResponseKind.EVENT_STREAM: "EVENTS",
    ResponseKind.TEXT: "TEXT",
    ResponseKind.BINARY: "BYTES",
}

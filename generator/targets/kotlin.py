"""The Kotlin target: a Maven project with coroutine (`suspend`) clients, data classes and Jackson.

The profile computes every name, type, import and literal the templates print; the
hand-written runtime (templates/kotlin/runtime/, package `sdkgen.kotlin.runtime`) does the rest.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .. import ir
from ..diagnostics import Diagnostics, Location, SpecError
from ..naming import NameAllocator, camel, escape_reserved, method_name, pascal, screaming, split_words
from ..passes.cycles import alias_cycles
from ..passes.docs import operation_doc
from ..passes.pagination import paging_in
from ..passes.responses import ResponseKind, response_kind
from ..passes.types import resolve_alias
from ..settings import Settings
from .base import RenderJob, RuntimeCopy
from .text import bare_names

RUNTIME = "sdkgen.kotlin.runtime"

# Simple names generated files may import, and where from. A model may not take one of them.
_IMPORTABLE = {
    "JsonAnyGetter": "com.fasterxml.jackson.annotation.JsonAnyGetter",
    "JsonAnySetter": "com.fasterxml.jackson.annotation.JsonAnySetter",
    "JsonIgnore": "com.fasterxml.jackson.annotation.JsonIgnore",
    "JsonCreator": "com.fasterxml.jackson.annotation.JsonCreator",
    "JsonInclude": "com.fasterxml.jackson.annotation.JsonInclude",
    "JsonProperty": "com.fasterxml.jackson.annotation.JsonProperty",
    "JsonValue": "com.fasterxml.jackson.annotation.JsonValue",
    "JsonDeserializer": "com.fasterxml.jackson.databind.JsonDeserializer",
    "JsonNode": "com.fasterxml.jackson.databind.JsonNode",
    "JsonDeserialize": "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
    "Flow": "kotlinx.coroutines.flow.Flow",
    "ServerSentEvent": f"{RUNTIME}.ServerSentEvent",
    "SecurityKind": f"{RUNTIME}.SecurityKind",
    "SecurityScheme": f"{RUNTIME}.SecurityScheme",
    "LocalDate": "java.time.LocalDate",
    "OffsetDateTime": "java.time.OffsetDateTime",
    "Duration": "kotlin.time.Duration",
    **{
        name: f"{RUNTIME}.{name}"
        for name in """ClientCore ClientOptions Defaults JsonKind Omittable Operation Pagination
        PaginationStyle Param ParamLocation RequestOptions SdkClient SdkInfo Tail UnionDeserializer
        UnionVariant Waiter WireEnum WireParams EmptyResult RedirectResult ResponseBody""".split()
    },
    "Types": f"{RUNTIME}.Types",
}
# Names of Kotlin's own that generated code uses unqualified, and names the generated files
# declare beside the models; no model may shadow them.
_BUILTINS = frozenset(
    """Any Unit Nothing String Int Long Double Float Boolean Byte Short Char Number List Map Set
    Array ByteArray Pair Suppress JvmStatic Deprecated Throwable Exception Comparable Known Unknown
    Deserializer Operations""".split()
)
# Members of SdkClient that a resource accessor may not shadow.
_CLIENT_MEMBERS = frozenset(
    "request requestRaw iterate wait tail stream close options operationIds core withOptions".split()
)
# Members every model has.
_MODEL_MEMBERS = frozenset({"additionalProperties"})
# JVM methods take at most 255 parameter slots; a data class needs its constructor,
# `copy` and the synthetic default-argument constructor to fit.
_MAX_SLOTS = 254

# ---------------------------------------------------------------- escaping filters


def _unprintable() -> list[int]:
    """Code points that never appear raw in generated source: controls, separators, surrogates, BOM."""
    points = [*range(0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, 0xFEFF, *range(0xD800, 0xE000)]
    return [c for c in points if c not in (0x09, 0x0A)]


_STRING_ESCAPES = {c: f"\\u{c:04x}" for c in _unprintable()} | {
    ord("\\"): "\\\\",
    ord('"'): '\\"',
    ord("$"): "\\$",
    ord("\n"): "\\n",
    ord("\r"): "\\r",
    ord("\t"): "\\t",
    ord("\b"): "\\b",
}
_DOC_DROPS = {c: " " for c in _unprintable()} | {ord("\t"): " "}


def kt_string(value: Any) -> str:
    """A Kotlin string literal: quotes, backslashes, `$` (templates), controls and U+2028 escaped."""
    return '"' + str(value).translate(_STRING_ESCAPES) + '"'


def kt_literal(value: Any, base: str = "") -> str:
    """A Kotlin expression for a JSON scalar (`base` picks Long/Double for numbers)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and base != "number":
        if -(2**63) <= value < 2**63:
            return f"{value}L" if value != -(2**63) else "Long.MIN_VALUE"
        return kt_string(str(value))
    if isinstance(value, (int, float)):
        number = float(value)
        if math.isnan(number):
            return "Double.NaN"
        if math.isinf(number):
            return "Double.POSITIVE_INFINITY" if number > 0 else "Double.NEGATIVE_INFINITY"
        return repr(number)
    return kt_string(value)


def _doc_text(text: str) -> str:
    """Text that cannot end or nest a block comment: `*/` and `/*` are broken with an HTML entity."""
    text = str(text).translate(_DOC_DROPS).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("*/", "*&#47;").replace("/*", "&#47;*")


def kt_doc(text: str, indent: int = 0, width: int = 100) -> str:
    """A whole KDoc block at `indent`, wrapped to `width`; empty text gives nothing."""
    body = _doc_text(text).strip()
    if not body:
        return ""
    pad = " " * indent
    lines: list[str] = []
    room = max(40, width - indent - 3)
    for raw in body.split("\n"):
        raw = raw.rstrip()
        if raw.lstrip().startswith("@"):
            raw = raw.replace("@", "\\@", 1)  # not a KDoc block tag
        if len(raw) <= room:
            lines.append(raw)
            continue
        lead = raw[: len(raw) - len(raw.lstrip())]
        lines.extend(textwrap.wrap(raw, room, subsequent_indent=lead, break_long_words=False, break_on_hyphens=False)
                     or [""])
    while lines and not lines[-1]:
        lines.pop()
    out = [f"{pad}/**"] + [f"{pad} * {line}".rstrip() for line in lines] + [f"{pad} */"]
    return "\n".join(out)


def xml_text(text: Any) -> str:
    """Text for an XML element (pom.xml)."""
    escaped = str(text).translate(_DOC_DROPS)
    return escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def kt_comment(text: str) -> str:
    """One line of text for a `//` comment."""
    return " ".join(_doc_text(text).split())


# ---------------------------------------------------------------- views the templates read


@dataclass
class KtField:
    name: str
    wire: str
    type: str
    default: str | None  # Kotlin expression, or None when required
    doc: str
    annotations: list[str]


@dataclass
class KtClass:
    name: str
    doc: str
    fields: list[KtField]
    supertypes: list[str]
    union_member: bool
    imports: list[str] = field(default_factory=list)
    # A declared property whose wire name is "additionalProperties": the map's own backing field
    # would otherwise join that property in Jackson's eyes and clash with it.
    hide_map_field: bool = False


@dataclass
class KtEnumMember:
    name: str
    literal: str
    doc: str


@dataclass
class KtEnum:
    name: str
    doc: str
    value_type: str  # String, Long, Double
    members: list[KtEnumMember]
    imports: list[str] = field(default_factory=list)


@dataclass
class KtWrapper:
    name: str
    type: str


@dataclass
class KtUnion:
    name: str
    doc: str
    wrappers: list[KtWrapper]
    variants: list[list[str]]  # lines of each `UnionVariant(...) { ... },`
    mapping: list[list[str]]  # lines of each `"tag" to UnionVariant(...) { ... },`
    discriminator: str | None  # string literal
    unchecked: bool
    imports: list[str] = field(default_factory=list)


@dataclass
class KtAlias:
    name: str
    doc: str
    target: str
    imports: list[str] = field(default_factory=list)


@dataclass
class KtParamField:
    name: str
    wire: str
    type: str
    default: str | None
    doc: str


@dataclass
class KtParams:
    name: str
    doc: str
    fields: list[KtParamField]


@dataclass
class KtArg:
    name: str
    type: str
    default: str | None


@dataclass
class KtOperation:
    operation_id: str
    method_name: str
    doc: str
    deprecated: str | None  # message literal
    http_method: str
    path: str
    typed_args: list[KtArg]
    map_args: list[KtArg]
    return_type: str
    typed_call: list[str]  # arguments of core.call for the typed method
    streaming: bool = False  # text/event-stream: a plain `fun` returning a Flow, through core.stream
    iter_name: str | None = None
    iter_args: list[KtArg] = field(default_factory=list)
    iter_call: list[str] = field(default_factory=list)
    item_type: str | None = None
    wait_name: str | None = None
    wait_args: list[KtArg] = field(default_factory=list)
    wait_call: list[str] = field(default_factory=list)
    waiter_doc: str = ""
    tail_name: str | None = None
    tail_args: list[KtArg] = field(default_factory=list)
    tail_call: list[str] = field(default_factory=list)
    readme_call: str = ""


@dataclass
class KtResource:
    attr: str
    class_name: str
    doc: str
    operations: list[KtOperation] = field(default_factory=list)
    params: list[KtParams] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)
    params_imports: list[str] = field(default_factory=list)


@dataclass
class KtOperationEntry:
    operation_id: str
    function: str
    lines: list[str]  # named arguments of Operation(...), one per line


@dataclass
class KtScheme:
    name: str  # the property in Operations
    doc: str
    lines: list[str]  # the SecurityScheme(...) expression


# ---------------------------------------------------------------- the profile


# The styles the Kotlin runtime's pager reads: all of them.
PAGED_STYLES = ir.PAGINATION_STYLES

class KotlinTarget:
    name = "kotlin"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {"kt_string": kt_string, "kt_doc": kt_doc, "kt_comment": kt_comment, "xml": xml_text}

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        view = KotlinView(api, settings)
        context = view.context()
        src = "src/main/kotlin/" + view.package.replace(".", "/")
        jobs = [
            RenderJob("pom.xml.jinja", "pom.xml", context),
            RenderJob("README.md.jinja", "README.md", context),
            RenderJob("editorconfig.jinja", ".editorconfig", context),
            RenderJob("gitignore.jinja", ".gitignore", context),
            RenderJob("src/Client.kt.jinja", f"{src}/{view.client}.kt", context),
            RenderJob("src/Operations.kt.jinja", f"{src}/Operations.kt", context),
        ]
        for cls in view.classes:
            jobs.append(RenderJob("src/DataClass.kt.jinja", f"{src}/models/{cls.name}.kt", {**context, "cls": cls}))
        for enum in view.enums:
            jobs.append(RenderJob("src/Enum.kt.jinja", f"{src}/models/{enum.name}.kt", {**context, "enum": enum}))
        for union in view.unions:
            jobs.append(RenderJob("src/Union.kt.jinja", f"{src}/models/{union.name}.kt", {**context, "union": union}))
        for alias in view.aliases:
            jobs.append(RenderJob("src/TypeAlias.kt.jinja", f"{src}/models/{alias.name}.kt",
                                  {**context, "alias": alias}))
        for resource in view.resources:
            ctx = {**context, "resource": resource}
            jobs.append(RenderJob("src/Resource.kt.jinja", f"{src}/resources/{resource.class_name}.kt", ctx))
            if resource.params:
                jobs.append(RenderJob("src/Params.kt.jinja", f"{src}/params/{resource.class_name}Params.kt", ctx))
        return jobs, [RuntimeCopy("runtime/src", "src", (".kt",))]


class KotlinView:
    """The IR seen as Kotlin: every name, type and import the templates print."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        self.settings = settings
        options = settings.for_language("kotlin")
        self.package = str(options["package"])
        self.group_id = str(options["group_id"])
        self.artifact_id = str(options["artifact_id"])
        self.client = str(options["client"])
        self.diagnostics = Diagnostics()
        self.alias_cycles = alias_cycles(self.api)
        self.class_names = self._class_names()
        self.params_names: set[str] = set()
        self.union_members: dict[str, list[str]] = {}  # object model -> unions it belongs to
        self.classes: list[KtClass] = []
        self.enums: list[KtEnum] = []
        self.unions: list[KtUnion] = []
        self.aliases: list[KtAlias] = []
        self._collect_union_members()
        self._build_models()
        self.resources = self._build_resources()
        self.schemes = self._security_schemes()
        self.entries = self._operation_entries()
        if self.diagnostics.has_errors():
            raise SpecError(self.diagnostics)

    # ------------------------------------------------------------ names

    def _class_names(self) -> dict[str, str]:
        taken = set(_IMPORTABLE) | _BUILTINS | {self.client}
        allocator = NameAllocator(taken)
        names = {}
        for model_name in self.api.models:
            base = pascal(split_words(model_name)) or "Model"
            if base[0].isdigit():
                base = "Model" + base
            # Kotlin's keywords are lower case: a class name only has to avoid the names in `taken`.
            names[model_name] = allocator.allocate(base)
        self._allocator = allocator
        return names

    def _extra_class_name(self, words: list[str]) -> str:
        base = pascal(words) or "Params"
        if base[0].isdigit():
            base = "Op" + base
        return self._allocator.allocate(base)

    # ------------------------------------------------------------ types

    def _resolve(self, t: ir.Type) -> ir.Type:
        """Follow named aliases to what they stand for (cycles end at Any)."""
        return resolve_alias(self.api.models, t)

    def is_any(self, t: ir.Type) -> bool:
        if isinstance(t, ir.NamedType) and t.name in self.alias_cycles:
            return True  # written as JsonNode (see _bare)
        resolved = self._resolve(t)
        if isinstance(resolved, ir.NamedType):
            return resolved.name in self.alias_cycles
        return isinstance(resolved, (ir.AnyType, ir.UnionType))

    def is_nullable(self, t: ir.Type) -> bool:
        if t.nullable:
            return True
        if isinstance(t, ir.NamedType):
            decl = self.api.models.get(t.name)
            if isinstance(decl, ir.AliasModel) and t.name not in self.alias_cycles:
                return self.is_nullable(decl.target)
        return False

    def kt_type(self, t: ir.Type, nullable: bool | None = None) -> str:
        """The Kotlin type for `t`; JSON null becomes `?` (never on JsonNode, which has NullNode)."""
        text = self._bare(t)
        if text == "JsonNode":
            return text
        if nullable is None:
            nullable = self.is_nullable(t)
        return text + "?" if nullable else text

    def _bare(self, t: ir.Type) -> str:
        if isinstance(t, ir.Primitive):
            return _PRIMITIVES.get((t.name, t.format or ""), _PRIMITIVES.get((t.name, ""), "JsonNode"))
        if isinstance(t, ir.ArrayType):
            return f"List<{self.kt_type(t.item)}>"
        if isinstance(t, ir.MapType):
            return f"Map<String, {self.kt_type(t.value)}>"
        if isinstance(t, ir.NamedType):
            if t.name in self.alias_cycles or t.name not in self.class_names:
                return "JsonNode"
            if self.is_any(t):
                return "JsonNode"
            return self.class_names[t.name]
        if isinstance(t, ir.ConstType):
            return _CONST_TYPES.get(t.base, "JsonNode")
        return "JsonNode"  # AnyType, UnionType of scalars

    def java_type(self, t: ir.Type, nullable: bool | None = None) -> str:
        """An expression for the `java.lang.reflect.Type` that `typeOf<T>().javaType` gives for
        `kt_type(t, nullable)` (a primitive class only at the top and when not nullable), written
        with class literals and `Types`: an inlined `typeOf` per use made large SDKs slow to compile."""
        if isinstance(t, ir.NamedType) and t.name in self.alias_cycles:
            return "JsonNode::class.java"  # as kt_type writes it: a typealias cannot hold itself
        boxed = self.is_nullable(t) if nullable is None else nullable
        resolved = self._resolve(t)
        if isinstance(resolved, ir.ArrayType):
            return f"Types.list({self.java_type(resolved.item, nullable=True)})"
        if isinstance(resolved, ir.MapType):
            return f"Types.map({self.java_type(resolved.value, nullable=True)})"
        text = self._bare(resolved)
        if boxed and text in ("Long", "Int", "Double", "Boolean"):
            return f"{text}::class.javaObjectType"
        return f"{text}::class.java"

    # ------------------------------------------------------------ models

    def _collect_union_members(self) -> None:
        for model_name, decl in self.api.models.items():
            if not isinstance(decl, ir.UnionModel):
                continue
            for variant in decl.variants:
                if isinstance(variant, ir.NamedType) and isinstance(self.api.models.get(variant.name), ir.ObjectModel):
                    members = self.union_members.setdefault(variant.name, [])
                    if self.class_names[model_name] not in members:
                        members.append(self.class_names[model_name])

    def _build_models(self) -> None:
        for model_name, decl in self.api.models.items():
            name = self.class_names[model_name]
            if isinstance(decl, ir.ObjectModel):
                self.classes.append(self._data_class(model_name, name, decl))
            elif isinstance(decl, ir.EnumModel):
                self.enums.append(self._enum(name, decl))
            elif isinstance(decl, ir.UnionModel):
                self.unions.append(self._union(name, decl))
            else:
                target = "JsonNode" if model_name in self.alias_cycles else self.kt_type(decl.target, nullable=False)
                self.aliases.append(KtAlias(name, decl.description, target,
                                            self._imports([target], own_package="models")))

    def _data_class(self, model_name: str, name: str, decl: ir.ObjectModel) -> KtClass:
        allocator = NameAllocator(_MODEL_MEMBERS)
        fields: list[KtField] = []
        slots = 1
        doc_extra = ""
        for f in sorted(decl.fields, key=lambda f: not f.required):
            if f.wire_name == "":
                # Jackson reads an empty @JsonProperty name as "no name": such a property cannot be a
                # constructor parameter, so its value stays in additionalProperties under "".
                doc_extra = 'The property named "" is kept in `additionalProperties` under the key "".'
                continue
            prop = camel(split_words(f.wire_name)) or "field"
            if prop[0].isdigit():
                prop = "field" + prop[0].upper() + prop[1:]
            prop = allocator.allocate(escape_reserved(prop, "kotlin"))
            any_type = self.is_any(f.type)
            nullable = self.is_nullable(f.type)
            wire = kt_string(f.wire_name)
            annotations = []
            if f.required and not nullable and not any_type:
                annotations.append(f"@param:JsonProperty({wire}, required = true)")
            else:
                annotations.append(f"@param:JsonProperty({wire})")
            annotations.append(f"@get:JsonProperty({wire})")
            default: str | None = None
            if isinstance(f.type, ir.ConstType) and f.required and not nullable and _scalar(f.type.value):
                type_text = self.kt_type(f.type)
                default = kt_literal(f.type.value, f.type.base)
            elif f.required:
                type_text = self.kt_type(f.type)
                if nullable and not any_type:
                    annotations.append("@get:JsonInclude(JsonInclude.Include.ALWAYS)")
            elif nullable and not any_type:
                type_text = f"Omittable<{self.kt_type(f.type)}>"
                default = "Omittable.Absent"
                annotations.append("@get:JsonInclude(JsonInclude.Include.NON_EMPTY)")
            else:
                type_text = self.kt_type(f.type, nullable=True) if not any_type else "JsonNode?"
                default = "null"
            slots += 2 if type_text in ("Long", "Double") else 1
            doc = f.description
            if f.deprecated:
                doc = (doc + "\n\n" if doc else "") + "Deprecated."
            fields.append(KtField(prop, f.wire_name, type_text, default, doc, annotations))
        # constructor, plus one mask per 32 parameters and a marker in the default-argument constructor
        if slots + (len(fields) + 1 + 31) // 32 + 1 > _MAX_SLOTS:
            location = Location(decl.source.split("#", 1)[0], decl.source.split("#", 1)[-1])
            self.diagnostics.error(
                "kotlin-too-many-fields",
                f"schema {model_name} has {len(fields)} properties; a Kotlin data class (a JVM constructor) "
                f"takes at most about {_MAX_SLOTS} parameter slots",
                location,
                "split the schema with allOf into smaller ones",
            )
        supertypes = list(self.union_members.get(model_name, []))
        description = "\n\n".join(text for text in (decl.description, doc_extra) if text)
        cls = KtClass(name, description, fields, supertypes, model_name in self.union_members,
                      hide_map_field=any(f.wire == "additionalProperties" for f in fields))
        texts = [f.type for f in fields] + [a for f in fields for a in f.annotations]
        texts += ["JsonCreator", "JsonInclude", "JsonAnySetter", "JsonAnyGetter", "JsonNode"]
        if cls.hide_map_field:
            texts.append("JsonIgnore")
        if cls.union_member:
            texts += ["JsonDeserialize", "JsonDeserializer"]
        cls.imports = self._imports(texts, own_package="models")
        return cls

    def _enum(self, name: str, decl: ir.EnumModel) -> KtEnum:
        allocator = NameAllocator()
        members = []
        for value in decl.values:
            member = screaming(split_words(str(value.value))) or "EMPTY"
            if member[0].isdigit() or member.startswith("_"):
                member = "VALUE_" + member
            if isinstance(value.value, (int, float)) and not isinstance(value.value, bool) and value.value < 0:
                member = "MINUS_" + member
            member = allocator.allocate(escape_reserved(member, "kotlin"), "_")
            members.append(KtEnumMember(member, kt_literal(value.value, decl.base), value.description))
        value_type = {"string": "String", "integer": "Long", "number": "Double"}[decl.base]
        enum = KtEnum(name, decl.description, value_type, members)
        enum.imports = self._imports(["JsonCreator", "WireEnum"], own_package="models")
        return enum

    def _union(self, name: str, decl: ir.UnionModel) -> KtUnion:
        wrappers: list[KtWrapper] = []
        variants: list[list[str]] = []
        by_model: dict[str, tuple[list[list[str]], str]] = {}
        local = NameAllocator(set(self.class_names.values()) | _BUILTINS | set(_IMPORTABLE) | {name})
        unchecked = False
        for variant in decl.variants:
            built = self._variant(variant, wrappers, local)
            if built is None:
                continue
            args, wrap, is_generic = built
            unchecked = unchecked or is_generic
            variants.append(call_lines("UnionVariant", args, f" {{ {wrap} }},"))
            if isinstance(variant, ir.NamedType):
                by_model[variant.name] = (args, wrap)
        mapping: list[list[str]] = []
        discriminator = None
        if decl.discriminator is not None:
            discriminator = kt_string(decl.discriminator.property)
            for tag, target in decl.discriminator.mapping.items():
                found = by_model.get(target)  # a target that is not a member cannot be a value
                if found is not None:
                    mapping.append(call_lines(f"{kt_string(tag)} to UnionVariant", found[0], f" {{ {found[1]} }},"))
        union = KtUnion(name, decl.description, wrappers, variants, mapping, discriminator, unchecked)
        texts = [line for v in variants for line in v] + [w.type for w in wrappers]
        texts += ["JsonDeserialize", "JsonNode", "JsonValue", "UnionDeserializer"]
        union.imports = self._imports(texts, own_package="models")
        return union

    def _variant(
        self, t: ir.Type, wrappers: list[KtWrapper], local: NameAllocator
    ) -> tuple[list[list[str]], str, bool] | None:
        """The arguments of a UnionVariant(...) and its wrapping lambda; adds a wrapper class when needed."""
        if isinstance(t, ir.NamedType) and isinstance(self.api.models.get(t.name), ir.ObjectModel):
            decl = self.api.models[t.name]
            assert isinstance(decl, ir.ObjectModel)
            cls = self.class_names[t.name]
            required = [kt_string(f.wire_name) for f in decl.fields if f.required]
            consts = [f"{kt_string(f.wire_name)} to {kt_literal(f.type.value, f.type.base)}" for f in decl.fields
                      if f.required and isinstance(f.type, ir.ConstType) and _scalar(f.type.value)]
            args = [[f"{cls}::class.java"], ["JsonKind.OBJECT"],
                    call_lines("setOf", [[r] for r in required], "") if required else ["emptySet()"],
                    call_lines("mapOf", [[c] for c in consts], "") if consts else ["emptyMap()"]]
            return args, f"it as {cls}", False
        if self.is_any(t):
            return None  # anything fits: the union's Unknown keeps it
        resolved = self._resolve(t)
        kind = "ANY"
        if isinstance(resolved, ir.Primitive):
            kind = _JSON_KINDS[resolved.name]
        elif isinstance(resolved, ir.ConstType):
            kind = _JSON_KINDS.get(resolved.base, "ANY")
        elif isinstance(resolved, ir.ArrayType):
            kind = "ARRAY"
        elif isinstance(resolved, ir.MapType):
            kind = "OBJECT"
        elif isinstance(resolved, ir.NamedType):
            target = self.api.models.get(resolved.name)
            if isinstance(target, ir.EnumModel):
                kind = _JSON_KINDS[target.base]
        type_text = self.kt_type(t, nullable=False)
        words = split_words(type_text.replace("<", " ").replace(">", " ").replace(",", " "))
        wrapper = local.allocate(pascal(words + ["Value"]))
        wrappers.append(KtWrapper(wrapper, type_text))
        java_type = self.java_type(t, nullable=False)
        # A typealias hides its type arguments: `it as Names` is as unchecked as `it as List<String>`.
        generic = "<" in type_text or (type_text != "JsonNode" and isinstance(resolved, (ir.ArrayType, ir.MapType)))
        return [[java_type], [f"JsonKind.{kind}"]], f"{wrapper}(it as {type_text})", generic

    # ------------------------------------------------------------ operations

    def _params_class(self, op: ir.Operation, locations: tuple[str, ...], suffix: str, what: str,
                      method: str, resource_class: str) -> KtParams | None:
        params = [p for p in op.parameters if p.location in locations]
        if not params:
            return None
        name = self._extra_class_name(split_words(op.operation_id) + split_words(suffix))
        allocator = NameAllocator({"toWire"})
        fields = []
        for p in sorted(params, key=lambda p: not p.required):
            prop = camel(split_words(p.name)) or "param"
            if prop[0].isdigit():
                prop = "param" + prop[0].upper() + prop[1:]
            prop = allocator.allocate(escape_reserved(prop, "kotlin"))
            if p.required:
                fields.append(KtParamField(prop, p.name, self.kt_type(p.type), None, p.description))
            else:
                fields.append(KtParamField(prop, p.name, self.kt_type(p.type, nullable=True) if not self.is_any(
                    p.type) else "JsonNode?", "null", p.description))
        self.params_names.add(name)
        return KtParams(name, f"{what} of [{self.package}.resources.{resource_class}.{method}].", fields)

    def _build_resources(self) -> list[KtResource]:
        attrs = NameAllocator(_CLIENT_MEMBERS)
        resources = []
        for resource in self.api.resources:
            words = split_words(resource.name) or ["default"]
            attr = camel(words)
            if attr[0].isdigit():
                attr = "r" + attr
            if escape_reserved(attr, "kotlin") != attr:
                attr += "Resource"  # ktlint wants camel case, so no trailing `_` on a property
            attr = attrs.allocate(attr)
            class_name = self._extra_class_name(split_words(attr) + ["Resource"])
            view = KtResource(attr=attr, class_name=class_name, doc=resource.description)
            methods = NameAllocator({"toString", "equals", "hashCode", "core"})
            for op in resource.operations:
                view.operations.append(self._operation(op, methods, view))
            resources.append(view)
            texts = ["ClientCore", "RequestOptions"]
            for kt_op in view.operations:
                args = kt_op.typed_args + kt_op.map_args + kt_op.iter_args + kt_op.wait_args + kt_op.tail_args
                texts += [a.type for a in args] + [kt_op.return_type, kt_op.item_type or ""]
                if kt_op.iter_name or kt_op.tail_name or kt_op.streaming:
                    texts.append("Flow")
                if kt_op.wait_name or kt_op.tail_name:
                    texts += ["Duration", "Defaults"]
            view.imports = self._imports(texts, own_package="resources")
            params_texts = ["WireParams"] + [f.type for p in view.params for f in p.fields]
            view.params_imports = self._imports(params_texts, own_package="params")
        return resources

    def _operation(self, op: ir.Operation, methods: NameAllocator, resource: KtResource) -> KtOperation:
        method = methods.allocate(method_name(op.operation_id, "kotlin"))
        path_cls = self._params_class(op, ("path",), "PathParams", "Path parameters", method, resource.class_name)
        query_cls = self._params_class(op, ("query",), "Query", "Query parameters", method, resource.class_name)
        header_cls = self._params_class(op, ("header", "cookie"), "Headers", "Header and cookie parameters",
                                        method, resource.class_name)
        for cls in (path_cls, query_cls, header_cls):
            if cls is not None:
                resource.params.append(cls)
        query_required = any(p.required for p in op.params_in("query"))
        body_type = "Nothing?"
        body_default: str | None = "null"
        if op.body is not None:
            body_type = self.kt_type(op.body.type, nullable=True if not op.body.required else None)
            if self.is_any(op.body.type):
                body_type = "JsonNode" if op.body.required else "JsonNode?"
            body_default = None if op.body.required else "null"
        typed_args = [
            KtArg("pathParams", path_cls.name if path_cls else "Nothing?", None if path_cls else "null"),
            KtArg("query", (query_cls.name if query_required else f"{query_cls.name}?") if query_cls else "Nothing?",
                  None if query_cls and query_required else "null"),
            KtArg("body", body_type, body_default),
        ]
        if header_cls is not None:
            typed_args.append(KtArg("headers", f"{header_cls.name}?", "null"))
        typed_args.append(KtArg("options", "RequestOptions?", "null"))
        path_expr = "pathParams.toWire()" if path_cls else "emptyMap()"
        query_expr = "emptyMap()"
        if query_cls is not None:
            query_expr = "query.toWire()" if query_required else "query?.toWire().orEmpty()"
        if header_cls is not None:
            query_expr = f"{query_expr} + headers?.toWire().orEmpty()" if query_cls else "headers?.toWire().orEmpty()"
        op_ref = f"Operations.get({kt_string(op.operation_id)})"
        typed_call = [op_ref, path_expr, query_expr, "body", "options"]
        map_args = [
            KtArg("pathParams", "Map<String, Any?>", None),
            KtArg("query", "Map<String, Any?>", "emptyMap()"),
            KtArg("body", "Any?", "null"),
            KtArg("options", "RequestOptions?", "null"),
        ]
        deprecated = kt_string(f"{op.operation_id} is deprecated by the API") if op.deprecated else None
        view = KtOperation(
            operation_id=op.operation_id,
            method_name=method,
            doc=operation_doc(op, f"`{op.method} {op.path}`"),
            deprecated=deprecated,
            http_method=op.method,
            path=op.path,
            typed_args=typed_args,
            map_args=map_args,
            return_type=self._return_type(op),
            typed_call=typed_call,
        )
        view.streaming = view.return_type == "Flow<ServerSentEvent>"
        pagination = paging_in(op, PAGED_STYLES)
        if pagination is not None:
            view.item_type = self.kt_type(pagination.item_type) if not self.is_any(pagination.item_type) else "JsonNode"
            view.iter_name = methods.allocate("iter" + pascal(split_words(method)))
            view.iter_args = ([
                typed_args[0],
                KtArg("query", f"{query_cls.name}?" if query_cls else "Nothing?", "null"),
                KtArg("options", "RequestOptions?", "null"),
            ])
            iter_query = "query?.toWire().orEmpty()" if query_cls else "emptyMap()"
            view.iter_call = [op_ref, path_expr, iter_query, "options"]
        if op.waiter is not None:
            view.wait_name = methods.allocate("waitFor" + pascal(split_words(op.waiter.name) or ["result"]))
            view.wait_args = ([
                typed_args[0],
                KtArg("timeout", "Duration", "Defaults.WAIT_TIMEOUT"),
                KtArg("interval", "Duration", "Defaults.WAIT_INTERVAL"),
                KtArg("options", "RequestOptions?", "null"),
            ])
            view.wait_call = [op_ref, path_expr, "emptyMap()", "timeout", "interval", "options"]
            view.waiter_doc = (f"Poll [{method}] until `{op.waiter.field}` is one of "
                               f"{', '.join(op.waiter.terminal)}; return that last result.")
        if op.tail is not None and pagination is not None and pagination.style == "cursor":
            view.tail_name = methods.allocate("tail" + pascal(split_words(op.tail.name) or ["items"]))
            view.tail_args = ([
                typed_args[0],
                KtArg("query", f"{query_cls.name}?" if query_cls else "Nothing?", "null"),
                KtArg("interval", "Duration", "Defaults.TAIL_INTERVAL"),
                KtArg("maxPolls", "Int?", "null"),
                KtArg("options", "RequestOptions?", "null"),
            ])
            tail_query = "query?.toWire().orEmpty()" if query_cls else "emptyMap()"
            view.tail_call = [op_ref, path_expr, tail_query, "interval", "maxPolls", "options"]
        view.readme_call = self._readme_call(op, resource.attr, method, path_cls, query_cls, body_type)
        return view

    def _readme_call(self, op: ir.Operation, attr: str, method: str, path_cls: KtParams | None,
                     query_cls: KtParams | None, body_type: str) -> str:
        args = []
        if path_cls is not None:
            args.append(f"{path_cls.name}(" + ", ".join(f"{f.name} = …" for f in path_cls.fields if f.default is None)
                        + ")")
        else:
            args.append("null")
        if query_cls is not None:
            args.append(f"{query_cls.name}(…)")
        elif op.body is not None:
            args.append("null")
        if op.body is not None:
            args.append(body_type.rstrip("?") + "(…)" if body_type[:1].isupper() and "<" not in body_type else "…")
        while args and args[-1] == "null":
            args.pop()
        return f"client.{attr}.{method}({', '.join(args)})"

    def _return_type(self, op: ir.Operation) -> str:
        kinds: list[str] = []
        responses = op.success_responses or [r for r in op.responses if r.status == "default"]
        for response in responses:
            kind = self._response_result(response)
            if kind not in kinds:
                kinds.append(kind)
        if len(kinds) == 1:
            return kinds[0]
        return "Any?"

    def _response_result(self, response: ir.Response) -> str:
        kind = response_kind(response)
        if kind is not ResponseKind.JSON:
            return _RESPONSE_RESULTS[kind]
        assert response.type is not None
        return self.kt_type(response.type)

    def _response_body(self, response: ir.Response) -> str:
        kind = response_kind(response)
        if kind is not ResponseKind.JSON:
            return _RESPONSE_BODIES[kind]
        assert response.type is not None
        return f"ResponseBody.Json({self.java_type(response.type)})"

    def _security_schemes(self) -> dict[str, KtScheme]:
        """The spec's security schemes of a kind the runtime knows, as properties of Operations."""
        allocator = NameAllocator({"ALL", "get"})
        schemes: dict[str, KtScheme] = {}
        for scheme in self.api.security_schemes:
            kind = _SECURITY_KINDS.get(scheme.kind)
            if kind is None:
                continue
            prop = camel(split_words(scheme.name) + ["scheme"])
            if prop[0].isdigit():
                prop = "scheme" + prop
            args = [[kt_string(scheme.name)], [f"SecurityKind.{kind}"]]
            if scheme.scheme:
                args.append([f"scheme = {kt_string(scheme.scheme)}"])
            if scheme.location in ("header", "query", "cookie"):
                args.append([f"location = ParamLocation.{scheme.location.upper()}"])
            if scheme.parameter_name:
                args.append([f"parameterName = {kt_string(scheme.parameter_name)}"])
            if scheme.token_url:
                args.append([f"tokenUrl = {kt_string(scheme.token_url)}"])
            schemes[scheme.name] = KtScheme(allocator.allocate(escape_reserved(prop, "kotlin")), scheme.description,
                                            call_lines("SecurityScheme", args, "", 84))
        return schemes

    def _operation_entries(self) -> list[KtOperationEntry]:
        entries = []
        for index, op in enumerate(self.api.operations, start=1):
            lines = [
                f"operationId = {kt_string(op.operation_id)},",
                f"method = {kt_string(op.method)},",
                f"path = {kt_string(op.path)},",
            ]
            if op.parameters:
                lines += ["params =", "    listOf("]
                for param in op.parameters:
                    location = param.location.upper()
                    args = [[kt_string(param.name)], [f"ParamLocation.{location}"],
                            [f"required = {'true' if param.required else 'false'}"],
                            [f"style = {kt_string(param.style)}"],
                            [f"explode = {'true' if param.explode else 'false'}"]]
                    lines.extend("        " + line for line in call_lines("Param", args, ",", 84))
                lines.append("    ),")
            if op.body is not None:
                lines.append(f"requestContentType = {kt_string(op.body.content_type)},")
                if op.body.required:
                    lines.append("bodyRequired = true,")
            responses = [r for r in op.responses if r.is_success or r.status == "default"]
            if responses:
                lines += ["responses =", "    mapOf("]
                for r in responses:
                    lines.append(f"        {kt_string(r.status)} to {self._response_body(r)},")
                lines.append("    ),")
            p = paging_in(op, PAGED_STYLES)
            if p is not None:
                item = self.java_type(p.item_type) if not self.is_any(p.item_type) else "JsonNode::class.java"
                lines += ["pagination =", "    Pagination("]
                lines.append(f"        style = PaginationStyle.{p.style.upper()},")
                lines.append(f"        itemType = {item},")
                # the descriptor as data: the runtime's one pager reads it
                for key, value in (("items", p.items_path), ("param", p.param), ("sizeParam", p.size_param),
                                   ("next", p.next_path), ("total", p.total_path), ("hasMore", p.has_more_path),
                                   ("stop", p.stop)):
                    if isinstance(value, tuple) and value:
                        lines.append(f"        {key} = listOf({', '.join(kt_string(k) for k in value)}),")
                    elif isinstance(value, str):
                        lines.append(f"        {key} = {kt_string(value)},")
                lines.append("    ),")
            if op.waiter is not None:
                terminal = call_lines("listOf", [[kt_string(v)] for v in op.waiter.terminal], "", 80)
                args = [[kt_string(op.waiter.name)], [kt_string(op.waiter.field)], terminal]
                lines += _named("waiter", call_lines("Waiter", args, ",", 84))
            if op.tail is not None:
                args = [[kt_string(op.tail.name)], [kt_string(op.tail.param)], [kt_string(op.tail.value)]]
                lines += _named("tail", call_lines("Tail", args, ",", 84))
            if self.api.security_schemes:  # none at all: null, the client's token goes everywhere
                accepted = [[self.schemes[name].name] for name in op.security if name in self.schemes]
                lines += _named("security", call_lines("listOf", accepted, ",", 84) if accepted else ["emptyList(),"])
            entries.append(KtOperationEntry(op.operation_id, f"operation{index}", lines))
        return entries

    # ------------------------------------------------------------ imports and context

    def _imports(self, texts: Iterable[str], own_package: str) -> list[str]:
        """Import lines for the names `texts` use, in ktlint's order (java, javax, kotlin last)."""
        # String literals are text, not code: "application/json" must not import `json`.
        used = bare_names(_STRING_LITERAL.sub('""', "\n".join(texts)))
        found: set[str] = set()
        for name, path in _IMPORTABLE.items():
            if name in used:
                found.add(path)
        if own_package != "models":
            for model_name in sorted(set(self.class_names.values()) | self._params_names()):
                if model_name in used:
                    package = "params" if model_name in self._params_names() else "models"
                    if package != own_package:
                        found.add(f"{self.package}.{package}.{model_name}")
        return sorted(found, key=_import_key)

    def _params_names(self) -> set[str]:
        return self.params_names

    def context(self) -> dict[str, Any]:
        client_texts = ["ClientCore", "ClientOptions", "SdkClient", "SdkInfo"]
        operations_texts = ["Operation"] + [line for e in self.entries for line in e.lines]
        operations_texts += [line for scheme in self.schemes.values() for line in scheme.lines]
        return {
            "api": self.api,
            "title": self.settings.title,
            "version": self.settings.version,
            "api_name": self.settings.api_name,
            "package": self.package,
            "group_id": self.group_id,
            "artifact_id": self.artifact_id,
            "client": self.client,
            "base_url": self.api.default_base_url,
            "description": self.api.description,
            "classes": self.classes,
            "enums": self.enums,
            "unions": self.unions,
            "aliases": self.aliases,
            "resources": self.resources,
            "entries": self.entries,
            "streams": any(op.streaming for r in self.resources for op in r.operations),
            "schemes": list(self.schemes.values()),
            "client_imports": sorted(
                self._imports(client_texts, own_package="")
                + [f"{self.package}.resources.{r.class_name}" for r in self.resources],
                key=_import_key,
            ),
            "operations_imports": self._imports(operations_texts, own_package=""),
        }


def call_lines(head: str, args: list[list[str]], suffix: str, width: int = 96) -> list[str]:
    """`head(a, b)suffix` on one line when it fits, else one argument per line (arguments may span lines)."""
    if all(len(a) == 1 for a in args):
        line = f"{head}({', '.join(a[0] for a in args)}){suffix}"
        if len(line) <= width:
            return [line]
    lines = [f"{head}("]
    for arg in args:
        lines.extend("    " + part for part in arg[:-1])
        lines.append(f"    {arg[-1]},")
    lines.append(f"){suffix}")
    return lines


def _named(name: str, value: list[str]) -> list[str]:
    """A named argument: on one line when the value is, else the value on the lines after `name =`."""
    if len(value) == 1:
        return [f"{name} = {value[0]}"]
    return [f"{name} ="] + ["    " + line for line in value]


def _import_key(path: str) -> tuple[int, str]:
    group = 1 if path.startswith("java.") else 2 if path.startswith("javax.") else 3 if path.startswith(
        "kotlin.") else 0
    return group, path


_PRIMITIVES = {
    ("string", ""): "String",
    ("string", "date-time"): "OffsetDateTime",
    ("string", "date"): "LocalDate",
    ("string", "binary"): "ByteArray",
    ("integer", ""): "Long",
    ("integer", "int32"): "Int",
    ("number", ""): "Double",
    ("boolean", ""): "Boolean",
}
_SECURITY_KINDS = {"http": "HTTP", "apiKey": "API_KEY", "oauth2": "OAUTH2", "openIdConnect": "OPEN_ID_CONNECT",
                   "mutualTLS": "MUTUAL_TLS"}
_JSON_KINDS = {"string": "STRING", "integer": "INTEGER", "number": "NUMBER", "boolean": "BOOLEAN"}
_CONST_TYPES = {"string": "String", "integer": "Long", "number": "Double", "boolean": "Boolean"}


_STRING_LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool))


# The result type, and the runtime's reading of the body, of a response that is not JSON.
_RESPONSE_RESULTS = {
    ResponseKind.REDIRECT: "RedirectResult",
    ResponseKind.EMPTY: "EmptyResult",
    ResponseKind.EVENT_STREAM: "Flow<ServerSentEvent>",
    ResponseKind.TEXT: "String",
    ResponseKind.BINARY: "ByteArray",
}
_RESPONSE_BODIES = {
    ResponseKind.REDIRECT: "ResponseBody.Redirect",
    ResponseKind.EMPTY: "ResponseBody.Empty",
    ResponseKind.EVENT_STREAM: "ResponseBody.EventStream",
    ResponseKind.TEXT: "ResponseBody.Text",
    ResponseKind.BINARY: "ResponseBody.Binary",
}


__all__ = ["KotlinTarget", "kt_doc", "kt_literal", "kt_string"]

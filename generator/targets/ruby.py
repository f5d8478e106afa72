"""The Ruby target: names, type descriptions and files for a gem on the standard library only."""

from __future__ import annotations

import hashlib
import math
import re
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import ir
from ..naming import NameAllocator, ascii_fold, escape_reserved, method_name, pascal, screaming, snake, split_words
from ..passes.cycles import direct_cycles
from ..passes.docs import operation_doc
from ..passes.pagination import paging_in
from ..passes.responses import ResponseKind, response_kind, streams
from ..passes.types import is_object_like
from ..settings import Settings
from .base import RenderJob, RuntimeCopy
from .text import LAYOUT, SURROGATES, UNSAFE, unicode_escapes

# The runtime files, in the order they are loaded into the SDK's module (a file's
# superclasses and load-time constants come before it). tests/sdk_ruby checks that this
# names every file of templates/ruby/runtime.
RUNTIME_FILES = (
    "internal/constants",
    "internal/text",
    "internal/headers",
    "errors",
    "results",
    "server_sent_event",
    "options",
    "file_part",
    "operation",
    "model",
    "internal/serde",
    "internal/retry_policy",
    "internal/path_style",
    "internal/request_builder",
    "internal/body_encoder",
    "internal/response_parser",
    "internal/event_parser",
    "internal/auth",
    "internal/pager",
    "transport",
    "raw_response",
    "base_client",
)

# The oldest Ruby a generated gem supports: the gemspec's `required_ruby_version`, RuboCop's
# `TargetRubyVersion` and the README all say it (Debian 12's Ruby, which the tests install and run on).
RUBY_FLOOR = "3.1"
# The Ruby release the tests run on, as the README states it (tests/install checks it is the floor).
RUBY_TESTED = "3.1.2"
RUBY_TESTED_ON = "Debian 12"
# What a gem's entry file requires: the whole of what the runtime uses, all standard library (a
# generated gem has no dependency).
STANDARD_LIBRARY = ("date", "json", "net/http", "openssl", "securerandom", "set", "time", "uri", "zlib")

# Constants the runtime defines in the SDK's module, and the ones generated code adds there.
_RUNTIME_CONSTANTS = frozenset(
    """Error InvalidArgumentError APIConnectionError APITimeoutError APIStatusError ClientError BadRequestError
    AuthenticationError PermissionDeniedError NotFoundError ConflictError PreconditionFailedError
    UnprocessableEntityError PreconditionRequiredError RateLimitError ServerError InternalServerError
    ResponseDecodeError WaiterTimeoutError RedirectResult RequestOptions FilePart Param Pagination Waiter Tail
    SecurityScheme ServerSentEvent Operation Model Enum Union HTTPRequest HTTPResponse NetHTTPTransport RawResponse
    BaseClient Internal Models Resources OPERATIONS SECURITY_SCHEMES VERSION RUNTIME_FILES TAIL_CURSOR""".split()
)
# What generated model code names from inside the Models module (a model must not hide it).
_MODEL_SCOPE = frozenset({"Model", "Enum", "Union"})
# Core and standard-library constants a generated class or module must not shadow.
_CORE_CONSTANTS = frozenset(
    """Object BasicObject Kernel Module Class Comparable Enumerable Enumerator Hash Array String Symbol Integer
    Float Numeric Rational Complex Time Date DateTime Struct Data Set Range Regexp Proc Method Exception
    StandardError ArgumentError NameError NoMethodError RuntimeError TypeError KeyError IOError IO File Dir
    NilClass TrueClass FalseClass Math Process Signal Thread Fiber Mutex Queue Random Encoding Marshal
    ObjectSpace GC Binding Warning Errno Timeout JSON URI Net OpenSSL SecureRandom Zlib Logger
    DidYouMean Gem Ractor RubyVM Monitor Socket""".split()
)
# Methods of Object and private methods of Kernel: a reader or accessor must not take these names.
_OBJECT_METHODS = frozenset(
    """__callee__ __dir__ __id__ __method__ __send__ abort at_exit autoload binding caller caller_locations
    catch class clone define_singleton_method display dup enum_for eval exec exit extend fail fork format
    freeze gem gets global_variables hash initialize initialize_clone initialize_copy initialize_dup inspect
    instance_eval instance_exec instance_variable_get instance_variable_set instance_variables itself lambda
    load local_variables loop method method_missing methods object_id open p pp print printf private_methods
    proc protected_methods public_method public_methods public_send putc puts raise rand readline readlines
    remove_instance_variable require require_relative respond_to_missing select send set_trace_func
    singleton_class singleton_method singleton_methods sleep spawn sprintf srand syscall system tap test then
    throw to_enum to_s trace_var trap untrace_var warn yield_self""".split()
)
# What a model has from the runtime's Model.
_MODEL_MEMBERS = _OBJECT_METHODS | frozenset(
    """additional_properties to_h to_json set deconstruct_keys deconstruct from_h decode fits attributes
    attributes_by_wire attribute assign_values attribute_for check_keywords""".split()
)
# What a client has from the runtime's BaseClient (a resource accessor may not shadow it).
_CLIENT_MEMBERS = _OBJECT_METHODS | frozenset(
    """base_url timeout open_timeout max_retries user_agent operations with_options close request call
    raw_request paginate wait tail init_resources seconds stringify_headers apply_options resolve_operation
    suggestion prepare put_all add_cookies add_idempotency_key perform retry retry_after build_attempt
    transport_error show_request show_response state_of waiter_timeout follow next_tail_query full
    retryable_status stream url_of exchange stream_exchange whole_stream follow_stream token_source
    deliver_token_request fixed_parts call_headers oauth_token attempt""".split()
)
# Standard-library features a gem's entry file must not hide (`require "time"` would load it).
_STDLIB_FEATURES = frozenset(
    """json time uri date set net logger securerandom openssl zlib socket timeout digest base64 erb csv yaml
    psych fileutils tempfile pathname stringio strscan monitor forwardable singleton observer open3 optparse
    pp prettyprint English benchmark bigdecimal delegate etc fiber io ipaddr objspace ostruct rbconfig ripper
    shellwords tmpdir tsort un weakref webrick minitest rake bundler rubygems""".split()
)

_WIDTH = 120


# ---------------------------------------------------------------- escaping filters


_SURROGATES = {c: "\ufffd" for c in SURROGATES}  # not encodable; Ruby rejects "\uD800" too
_TEXT_ESCAPES = unicode_escapes((c for c in UNSAFE if c not in LAYOUT), "\\u{:04X}") | _SURROGATES
_STRING_ESCAPES = _TEXT_ESCAPES | {
    ord("\\"): "\\\\", ord('"'): '\\"', ord("#"): "\\#", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
}
# A comment line that Ruby would read as a magic comment (anywhere in a file for some of them).
_MAGIC = re.compile(
    r"^\s*(?:-\*-|(?:en)?coding|frozen[-_]string[-_]literal|warn[-_]indent|warn[-_]past[-_]scope|"
    r"shareable[-_]constant[-_]value)",
    re.IGNORECASE,
)


def rb_string(value: Any) -> str:
    """A double-quoted Ruby literal for any text: quotes, backslashes, `#{`, controls escaped."""
    return '"' + str(value).translate(_STRING_ESCAPES) + '"'


def rb_literal(value: Any) -> str:
    """A Ruby expression for a JSON value."""
    if value is None:
        return "nil"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return _digits(str(value))
    if isinstance(value, float):
        if math.isnan(value):
            return "Float::NAN"
        if math.isinf(value):
            return "Float::INFINITY" if value > 0 else "-Float::INFINITY"
        return _digits(repr(value))
    if isinstance(value, str):
        return rb_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(rb_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{rb_string(k)} => {rb_literal(v)}" for k, v in value.items()) + " }"
    return rb_string(str(value))


def _digits(number: str) -> str:
    """A number's integer part with `_` between thousands from five digits on, as RuboCop wants."""
    match = re.match(r"(-?)(\d{5,})(.*)$", number)
    if not match:
        return number
    sign, whole, rest = match.groups()
    return f"{sign}{int(whole):_}{rest}"


_WORD = re.compile(r"^\w+(?:-\w+)*$")


def rb_string_array(values: list[Any]) -> str:
    """An Array literal of Strings: `%w[...]` when every one is a plain word, as RuboCop wants."""
    texts = [str(v) for v in values]
    if len(texts) >= 2 and all(_WORD.match(t) and t.isascii() for t in texts):
        return "%w[" + " ".join(texts) + "]"
    return "[" + ", ".join(rb_string(t) for t in texts) + "]"


def rb_string_split(text: str, first: int, rest: int) -> str:
    """`text` exactly, as adjacent double-quoted literals joined by line continuations: the first
    literal at most `first` characters wide, quotes included, each later one at most `rest`
    (continuation lines are indented to column 8). Escaping is per character, so a cut between
    two characters never splits an escape."""
    pieces: list[str] = []
    current = ""
    budget = max(first, 12) - 2
    for char in str(text):
        escaped = char.translate(_STRING_ESCAPES)
        if current and len(current) + len(escaped) > budget:
            pieces.append(current)
            current = ""
            budget = rest - 2
        current += escaped
    pieces.append(current)
    return (" \\\n" + " " * 8).join(f'"{piece}"' for piece in pieces)


def rb_string_lines(text: str, width: int) -> list[str]:
    """String literals that concatenate to `text` (whitespace runs made one space), each at most
    `width` characters between its quotes once escaped; broken after spaces, or inside a word
    only when the word alone is too long."""

    def fits(chunk: str) -> bool:
        return len(rb_string(chunk)) - 2 <= width

    chunks: list[str] = []
    current = ""
    for word in re.findall(r"\S+ ?| ", " ".join(str(text).split())):
        if current and not fits(current + word):
            chunks.append(current)
            current = ""
        while not fits(word):
            cut = 1
            while cut < len(word) and fits(word[: cut + 1]):
                cut += 1
            chunks.append(word[:cut])
            word = word[cut:]
        current += word
    if current or not chunks:
        chunks.append(current)
    return [rb_string(chunk) for chunk in chunks]


def comment_lines(text: str, width: int, hang: int = 0) -> list[str]:
    """Text for `#` comments: escaped, wrapped to `width`, never a magic comment.

    Lines after the first are indented by `hang` spaces (the continuation of a YARD tag).
    A blank line stays blank.
    """
    clean = str(text).strip().translate(_TEXT_ESCAPES).replace("\t", "  ")
    lines: list[str] = []
    for paragraph in clean.split("\n"):
        if not paragraph.strip():
            lines.append("")
            continue
        wrapped = textwrap.wrap(
            paragraph.rstrip(), width=max(20, width - hang), break_long_words=False, break_on_hyphens=False,
            replace_whitespace=False, drop_whitespace=True,
        ) or [""]
        lines.extend(wrapped)
    while lines and not lines[-1]:
        lines.pop()
    result = []
    for index, line in enumerate(lines):
        if _MAGIC.match(line):
            line = "| " + line
        if index and line:
            line = " " * hang + line
        result.append(line)
    return result


def rb_comment(text: str, indent: int = 0) -> str:
    """A block of `#` comment lines; the first without indentation (the template places it)."""
    pad = " " * indent
    lines = comment_lines(text, _WIDTH - indent - 2)
    return f"\n{pad}".join(("# " + line) if line else "#" for line in lines) if lines else "#"


def md_cell(text: Any) -> str:
    """Text for one Markdown table cell."""
    return " ".join(str(text).translate(_TEXT_ESCAPES).split()).replace("|", "\\|")


def md_code(text: Any) -> str:
    """Text for an inline Markdown code span (backticks in it do not end the span)."""
    body = " ".join(str(text).translate(_TEXT_ESCAPES).split()).replace("|", "\\|")
    fence = "``" if "`" in body else "`"
    return f"{fence} {body} {fence}" if fence == "``" else f"`{body}`"


# ---------------------------------------------------------------- identifiers


def _ascii_words(text: str) -> list[str]:
    """The words of `text`, with accents folded and other non-ASCII letters dropped."""
    words = split_words(ascii_fold(text))
    return [w for w in (re.sub(r"[^A-Za-z0-9]", "", w) for w in words) if w]


def constant_name(text: str, fallback: str, reserved: frozenset[str], suffix: str) -> str:
    """A Ruby constant (CamelCase, ASCII, starting with a capital) for any spec name."""
    name = pascal(_ascii_words(text)) or fallback
    if not name[0].isalpha():
        name = fallback + name
    if name in reserved or name in _CORE_CONSTANTS or name in ("BEGIN", "END"):  # the two capitalised keywords
        name += suffix
    return name


_MAX_FILE = 60  # a file's name, so every path stays short enough for `gem build` (tar: 100 a name)


def file_name(name: str) -> str:
    """`name` as a file name short enough to package: long ones keep a prefix and a stable hash."""
    if len(name) <= _MAX_FILE:
        return name
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return name[: _MAX_FILE - 9].rstrip("_") + "_" + digest


def snake_name(text: str, fallback: str, prefix: str, reserved: frozenset[str]) -> str:
    """A Ruby method or attribute name (snake_case, ASCII) for any spec name."""
    name = snake(_ascii_words(text)) or fallback
    if name[0].isdigit():
        name = prefix + name
    return escape_reserved(name, "ruby", reserved)


# ---------------------------------------------------------------- views the templates read


@dataclass
class RbAttribute:
    name: str
    wire: str
    type: str  # the Serde type description, as Ruby source
    required: bool
    nullable: bool
    doc: list[str]  # YARD lines (without "# ")
    line: str = ""  # the declaration, laid out to fit


@dataclass
class RbEnumMember:
    constant: str
    literal: str
    doc: str


@dataclass
class RbModel:
    kind: str  # class, enum, union
    name: str
    file: str
    doc: str
    attributes: list[RbAttribute] = field(default_factory=list)
    members: list[RbEnumMember] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    discriminator: str | None = None  # the property, as a Ruby literal
    mapping: list[tuple[str, str]] = field(default_factory=list)  # (value literal, type)
    values: str = ""  # the enum's values, as an Array literal


@dataclass
class RbOperation:
    operation_id: str
    method_name: str
    http_method: str
    path: str
    doc: list[str]  # comment lines
    params: list[str]  # Param.new(...) expressions
    content_type: str  # Ruby literal or nil
    body_required: bool
    responses: list[tuple[str, str]]  # (status literal, type)
    pagination: list[str] | None  # keyword arguments of Pagination.new
    waiter: str | None
    tail: str | None
    signature: str  # keyword parameters of the method
    each_name: str | None
    each_signature: str
    item_type: str  # YARD type of one item
    wait_name: str | None
    tail_name: str | None
    yard: list[str]  # the YARD tags of the method, as comment lines
    return_type: str  # YARD
    wait_doc: list[str] = field(default_factory=list)
    each_doc: list[str] = field(default_factory=list)
    tail_doc: list[str] = field(default_factory=list)
    example: list[str] = field(default_factory=list)  # README lines of an example call
    summary: str = ""
    readme_params: list[tuple[str, str, str, bool, str]] = field(default_factory=list)
    security: str = "nil"  # the SecuritySchemes it accepts, as Ruby source
    streams: bool = False  # a success response is text/event-stream


@dataclass
class RbResource:
    attr: str
    class_name: str
    file: str
    doc: str
    operations: list[RbOperation] = field(default_factory=list)

    @property
    def init(self) -> str:
        """`@attr = Resources::Class.new(self)` in init_resources, broken after `=` when too long."""
        target = f"Resources::{self.class_name}.new(self)"
        line = f"@{self.attr} = {target}"
        return line if 6 + len(line) <= _WIDTH else f"@{self.attr} =\n        {target}"


# ---------------------------------------------------------------- the profile


# The styles the Ruby runtime's pager reads: all of them.
PAGED_STYLES = ir.PAGINATION_STYLES

class RubyTarget:
    name = "ruby"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {"rb_string": rb_string, "rb_literal": rb_literal, "rb_comment": rb_comment, "md_cell": md_cell,
                "md_code": md_code}

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        view = RubyView(api, settings)
        context = view.context()
        gem = view.gem
        jobs = [
            RenderJob("gemspec.jinja", f"{gem}.gemspec", context),
            RenderJob("README.md.jinja", "README.md", context),
            RenderJob("rubocop.yml.jinja", ".rubocop.yml", context),
            RenderJob("lib/entry.rb.jinja", f"lib/{gem}.rb", context),
            RenderJob("lib/version.rb.jinja", f"lib/{gem}/version.rb", context),
            RenderJob("lib/runtime.rb.jinja", f"lib/{gem}/runtime.rb", context),
            RenderJob("lib/models.rb.jinja", f"lib/{gem}/models.rb", context),
            RenderJob("lib/operations.rb.jinja", f"lib/{gem}/operations.rb", context),
            RenderJob("lib/client.rb.jinja", f"lib/{gem}/client.rb", context),
        ]
        for model in view.models:
            jobs.append(RenderJob("lib/model.rb.jinja", f"lib/{gem}/models/{model.file}.rb",
                                  {**context, "model": model}))
        for resource in view.resources:
            jobs.append(RenderJob("lib/resource.rb.jinja", f"lib/{gem}/resources/{resource.file}.rb",
                                  {**context, "resource": resource}))
        return jobs, [RuntimeCopy("runtime", f"lib/{gem}/runtime", (".rb",))]


class RubyView:
    """The IR seen as Ruby: every name, type description and doc line the templates print."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        self.settings = settings
        options = settings.for_language("ruby")
        self.module = constant_name(str(options.get("module") or settings.title), "Api", frozenset(), "Api")
        gem = re.sub(r"[^a-z0-9_]", "_", str(options.get("gem") or settings.api_name).lower()).strip("_") or "api"
        if gem[0].isdigit():
            gem = "api_" + gem
        self.gem = gem + "_sdk" if gem in _STDLIB_FEATURES else gem
        self.client = constant_name(str(options.get("client") or "Client"), "Client", _RUNTIME_CONSTANTS, "Client")
        self.license = str(options.get("license") or "Nonstandard")
        self.homepage = str(options.get("homepage") or f"https://rubygems.org/gems/{self.gem}")
        self.authors = [str(a) for a in options.get("authors") or [settings.title]]
        self.class_names = self._class_names()
        self.cyclic = direct_cycles(self.api)
        self.models: list[RbModel] = []
        self.aliases: list[tuple[str, str]] = []
        self._build_models()
        self.resources = self._build_resources()

    # ------------------------------------------------------------ names

    def _class_names(self) -> dict[str, str]:
        """Every declaration that becomes a Ruby class or module, named once for the whole SDK."""
        allocator = NameAllocator(_MODEL_SCOPE | _CORE_CONSTANTS)
        names = {}
        for model_name, decl in self.api.models.items():
            if isinstance(decl, ir.AliasModel) and self._alias_class(decl.target, set()) is None:
                continue
            names[model_name] = allocator.allocate(constant_name(model_name, "Model", _MODEL_SCOPE, "Model"))
        return names

    def _alias_class(self, t: ir.Type, seen: set[str]) -> str | None:
        """The declaration an alias stands for, when it is a class, enum or union."""
        while isinstance(t, ir.NamedType) and t.name not in seen:
            seen.add(t.name)
            decl = self.api.models.get(t.name)
            if isinstance(decl, (ir.ObjectModel, ir.EnumModel, ir.UnionModel)):
                return t.name
            if not isinstance(decl, ir.AliasModel):
                return None
            t = decl.target
        return None

    # ------------------------------------------------------------ types

    def type_expr(self, t: ir.Type | None, seen: frozenset[str] = frozenset()) -> str:
        """The Serde type description of `t`, as Ruby source (nullability left to the caller)."""
        if t is None:
            return ":any"
        if isinstance(t, ir.Primitive):
            if t.name == "string":
                return {"date-time": ":date_time", "date": ":date", "binary": ":binary"}.get(t.format or "", ":string")
            return {"integer": ":integer", "number": ":number", "boolean": ":boolean"}.get(t.name, ":any")
        if isinstance(t, ir.ArrayType):
            return f"[:array, {self._nested(t.item, seen)}]"
        if isinstance(t, ir.MapType):
            return f"[:map, {self._nested(t.value, seen)}]"
        if isinstance(t, ir.ConstType):
            return f"[:const, {rb_literal(t.value)}]"
        if isinstance(t, ir.UnionType):
            return "[:union, " + ", ".join(self._nested(v, seen) for v in t.variants) + "]"
        if isinstance(t, ir.NamedType):
            decl = self.api.models.get(t.name)
            if isinstance(decl, ir.AliasModel):
                if t.name in seen:
                    return ":any"
                return self.type_expr(decl.target, seen | {t.name})
            if t.name in self.class_names:
                return ":" + self.class_names[t.name]
        return ":any"

    def _nested(self, t: ir.Type, seen: frozenset[str]) -> str:
        inner = self.type_expr(t, seen)
        return f"[:nullable, {inner}]" if t.nullable and inner != ":any" else inner

    def _nullable(self, t: ir.Type) -> bool:
        seen: set[str] = set()
        while True:
            if t.nullable:
                return True
            if not isinstance(t, ir.NamedType) or t.name in seen:
                return False
            seen.add(t.name)
            decl = self.api.models.get(t.name)
            if not isinstance(decl, ir.AliasModel):
                return False
            t = decl.target

    def yard_type(self, t: ir.Type | None, seen: frozenset[str] = frozenset()) -> str:
        """The YARD type of `t` (what a reader of the docs sees)."""
        text = self._yard_bare(t, seen)
        if not text:  # a union met again inside its own expansion: the outer expansion lists its parts
            return "nil" if t is not None and t.nullable else text
        if t is not None and self._nullable(t) and text != "Object" and not text.endswith(", nil"):
            text += ", nil"
        return text

    def _yard_bare(self, t: ir.Type | None, seen: frozenset[str]) -> str:
        if t is None or isinstance(t, ir.AnyType):
            return "Object"
        if isinstance(t, ir.Primitive):
            if t.name == "string":
                return {"date-time": "Time", "date": "Date"}.get(t.format or "", "String")
            return {"integer": "Integer", "number": "Float", "boolean": "Boolean"}.get(t.name, "Object")
        if isinstance(t, ir.ArrayType):
            return f"Array<{self.yard_type(t.item, seen) or 'Object'}>"
        if isinstance(t, ir.MapType):
            return f"Hash{{String => {self.yard_type(t.value, seen) or 'Object'}}}"
        if isinstance(t, ir.ConstType):
            return {"string": "String", "integer": "Integer", "number": "Float", "boolean": "Boolean"}.get(
                t.base, "Object")
        if isinstance(t, ir.UnionType):
            return self._yard_union(t.variants, seen)
        if isinstance(t, ir.NamedType):
            decl = self.api.models.get(t.name)
            if isinstance(decl, ir.AliasModel):
                return "Object" if t.name in seen else self._yard_bare(decl.target, seen | {t.name})
            if isinstance(decl, ir.EnumModel):
                return {"string": "String", "integer": "Integer"}.get(decl.base, "Float")
            if isinstance(decl, ir.UnionModel):
                # A union that recurses through other unions (no object in between) comes back here;
                # its parts are already being listed, so the inner visit adds nothing.
                return "" if t.name in seen else self._yard_union(decl.variants, seen | {t.name})
            if t.name in self.class_names:
                return f"{self.module}::Models::{self.class_names[t.name]}"
        return "Object"

    def _yard_union(self, variants: Sequence[ir.Type], seen: frozenset[str]) -> str:
        parts: list[str] = []
        for variant in variants:
            for part in self.yard_type(variant, seen).split(", "):
                if part and part not in parts:
                    parts.append(part)
        return ", ".join(parts) or "Object"

    # ------------------------------------------------------------ models

    def _build_models(self) -> None:
        files = NameAllocator()
        for model_name, decl in self.api.models.items():
            if model_name not in self.class_names:
                continue
            name = self.class_names[model_name]
            file = files.allocate(file_name(snake(split_words(name)) or "model"), "_")
            if isinstance(decl, ir.ObjectModel):
                self.models.append(self._class(name, file, decl))
            elif isinstance(decl, ir.EnumModel):
                self.models.append(self._enum(name, file, decl))
            elif isinstance(decl, ir.UnionModel):
                self.models.append(self._union(name, file, decl))
        for model_name, decl in self.api.models.items():
            if isinstance(decl, ir.AliasModel) and model_name in self.class_names:
                target = self._alias_class(decl.target, {model_name})
                if target is not None and target in self.class_names:
                    self.aliases.append((self.class_names[model_name], self.class_names[target]))
                else:  # an alias of itself: nothing to name
                    del self.class_names[model_name]

    def _class(self, name: str, file: str, decl: ir.ObjectModel) -> RbModel:
        allocator = NameAllocator()
        attributes = []
        for f in decl.fields:
            attr = allocator.allocate(snake_name(f.wire_name, "field", "field_", _MODEL_MEMBERS), "_")
            text = f"@return [{self.yard_type(f.type)}]" + (f" {f.description}" if f.description else "")
            enum = self._enum_of(f.type)
            if enum:
                text += f" Values: {{{enum}}}."
            attributes.append(RbAttribute(
                name=attr,
                wire=f.wire_name,
                type=self.type_expr(f.type),
                required=f.required,
                nullable=self._nullable(f.type),
                doc=comment_lines(text, _WIDTH - 6 - 4, 2),
            ))
            attributes[-1].line = _attribute_line(attributes[-1], 6)
        return RbModel("class", name, file, self._model_doc(name, decl.description, "an object"),
                       attributes=attributes)

    def _enum_of(self, t: ir.Type) -> str | None:
        """The enum module a value of `t` comes from, for the docs."""
        target = self._alias_class(t, set())
        if target is not None and isinstance(self.api.models.get(target), ir.EnumModel):
            return f"{self.module}::Models::{self.class_names[target]}"
        return None

    def _model_doc(self, name: str, description: str, kind: str) -> str:
        return description.strip() or f"{name}: {kind} of {self.api.title}."

    def _enum(self, name: str, file: str, decl: ir.EnumModel) -> RbModel:
        # BEGIN and END are keywords, so never constants.
        allocator = NameAllocator({"VALUES", "BEGIN", "END"})
        members = []
        for value in decl.values:
            raw = value.value
            constant = screaming(_ascii_words(str(raw))) or "EMPTY"
            if not constant[0].isalpha():
                constant = "VALUE_" + constant
            if isinstance(raw, (int, float)) and not isinstance(raw, bool) and raw < 0:
                constant = "MINUS_" + constant
            constant = allocator.allocate(constant, "_")
            literal = rb_literal(float(raw) if decl.base == "number" else raw)
            head = 6 + len(constant) + 3  # `      CONSTANT = `
            if isinstance(raw, str) and head + len(literal) > _WIDTH:  # RuboCop's line length
                literal = rb_string_split(raw, _WIDTH - head - 2, _WIDTH - 8 - 2)
            members.append(RbEnumMember(constant, literal, value.description))
        model = RbModel("enum", name, file, self._model_doc(name, decl.description, "an enum"), members=members)
        if decl.base == "string":
            model.values = rb_string_array([v.value for v in decl.values])
        else:
            model.values = "[" + ", ".join(m.literal for m in members) + "]"
        if 6 + len(f"VALUES = {model.values}.freeze") > _WIDTH:  # one constant a line instead
            model.values = "[\n" + ",\n".join(" " * 8 + m.constant for m in members) + "\n      ]"
        return model

    def _spread(self, variants: Sequence[ir.Type], seen: frozenset[str], cyclic: set[str]) -> tuple[list[str], bool]:
        """The variant descriptions of `variants` with every member on a direct cycle spread in
        (`A = X | B`, `B = Y | A` gives A = X | Y), and whether null is among them."""
        members: list[str] = []
        nullable = False

        def mentions_cycle(t: ir.Type) -> bool:
            if isinstance(t, ir.UnionType):
                return any(mentions_cycle(v) for v in t.variants)
            return isinstance(t, ir.NamedType) and t.name in cyclic

        for variant in variants:
            if isinstance(variant, ir.UnionType) and mentions_cycle(variant):
                inner, inner_null = self._spread(variant.variants, seen, cyclic)
            elif isinstance(variant, ir.NamedType) and variant.name in cyclic:
                decl = self.api.models[variant.name]
                if variant.name in seen:
                    inner, inner_null = [], False  # the way back adds only the null it allows
                elif isinstance(decl, ir.UnionModel):
                    inner, inner_null = self._spread(decl.variants, seen | {variant.name}, cyclic)
                else:
                    assert isinstance(decl, ir.AliasModel)
                    inner, inner_null = self._spread([decl.target], seen | {variant.name}, cyclic)
            else:
                inner, inner_null = [self._nested(variant, frozenset())], False
            nullable = nullable or inner_null or variant.nullable
            members += [m for m in inner if m not in members]
        return members, nullable

    def _union(self, name: str, file: str, decl: ir.UnionModel) -> RbModel:
        if decl.name in self.cyclic:
            variants, nullable = self._spread(decl.variants, frozenset({decl.name}), self.cyclic)
            variants = [v for v in variants if v != ":" + name] or [":any"]
            if nullable and not any(v.startswith("[:nullable, ") or v == ":any" for v in variants):
                variants[0] = f"[:nullable, {variants[0]}]"
        else:
            variants = [self._nested(v, frozenset()) for v in decl.variants]
        model = RbModel("union", name, file, self._model_doc(name, decl.description, "a union"), variants=variants)
        if decl.discriminator is not None:
            model.discriminator = rb_string(decl.discriminator.property)
            model.mapping = [
                (rb_string(value), ":" + self.class_names[target])
                for value, target in decl.discriminator.mapping.items()
                if target in self.class_names
            ]
        return model

    # ------------------------------------------------------------ operations

    def _build_resources(self) -> list[RbResource]:
        attrs = NameAllocator()
        classes = NameAllocator()
        files = NameAllocator()
        resources = []
        for resource in self.api.resources:
            attr = attrs.allocate(snake_name(resource.name, "default", "r", _CLIENT_MEMBERS), "_")
            class_name = classes.allocate(constant_name(attr, "Resource", _RUNTIME_CONSTANTS, "Resource"))
            view = RbResource(attr, class_name, files.allocate(file_name(attr), "_"), resource.description)
            methods = NameAllocator()
            for op in resource.operations:
                view.operations.append(self._operation(op, methods, attr))
            resources.append(view)
        return resources

    def _method_name(self, operation_id: str) -> str:
        name = method_name(operation_id, "ruby")
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            name = snake_name(operation_id, "operation", "op_", frozenset())
        return escape_reserved(name, "ruby", _OBJECT_METHODS)

    def _operation(self, op: ir.Operation, methods: NameAllocator, resource: str) -> RbOperation:
        method = methods.allocate(self._method_name(op.operation_id), "_")
        params = [
            _call("Param.new", [
                f"name: {rb_string(p.name)}", f"location: {rb_string(p.location)}",
                f"required: {'true' if p.required else 'false'}", f"style: {rb_string(p.style)}",
                f"explode: {'true' if p.explode else 'false'}",
            ], indent=8)
            for p in op.parameters
        ]
        responses = []
        returns: list[str] = []
        for response in op.responses:
            expr, yard = self._response_type(response)
            responses.append((rb_string(response.status), expr))
            if response.is_success and yard not in returns:
                returns.append(yard)
        errors = sorted({r.status for r in op.responses if not r.is_success and r.status != "default"})
        has_path = bool(op.params_in("path"))
        query_required = any(p.required for p in op.params_in("query"))
        body_required = op.body is not None and op.body.required
        signature = _keywords([
            ("path_params", has_path), ("query", query_required), ("body", body_required),
            ("headers", False), ("options", False),
        ])
        each_signature = _keywords([("path_params", has_path), ("query", query_required), ("headers", False),
                                    ("options", False)])
        pagination = _pagination(paging_in(op, PAGED_STYLES))
        each_name = methods.allocate("each_" + method, "_") if pagination else None
        tail = None
        if op.tail is not None and paging_in(op, ("cursor",)) is not None:
            tail = (f"Tail.new(name: {rb_string(op.tail.name)}, param: {rb_string(op.tail.param)}, "
                    f"value: {rb_string(op.tail.value)})")
        waiter = None
        if op.waiter is not None:
            waiter = (f"Waiter.new(name: {rb_string(op.waiter.name)}, field: {rb_string(op.waiter.field)}, "
                      f"terminal: {rb_string_array(list(op.waiter.terminal))}.freeze)")
        wait_name = (
            methods.allocate("wait_for_" + snake_name(op.waiter.name, "resource", "", frozenset()), "_")
            if op.waiter else None
        )
        tail_name = (
            methods.allocate("tail_" + snake_name(op.tail.name, "items", "", frozenset()), "_")
            if tail and op.tail else None
        )
        item_type = self.yard_type(pg.item_type) if (pg := paging_in(op, PAGED_STYLES)) else "Object"
        view = RbOperation(
            operation_id=op.operation_id,
            method_name=method,
            http_method=op.method,
            path=op.path,
            doc=comment_lines(operation_doc(op, f"{op.method} {op.path}"), _WIDTH - 6 - 2),
            params=params,
            content_type=rb_string(op.body.content_type) if op.body else "nil",
            body_required=body_required,
            responses=responses,
            pagination=pagination,
            waiter=waiter,
            tail=tail,
            signature=signature,
            each_name=each_name,
            each_signature=each_signature,
            item_type=item_type,
            wait_name=wait_name,
            tail_name=tail_name,
            yard=self._yard(op, ", ".join(returns) if returns else "Object", errors),
            return_type=", ".join(returns) if returns else "Object",
            summary=op.summary.strip(),
            readme_params=[
                (p.name, p.location, self.yard_type(p.type), p.required, p.description) for p in op.parameters
            ] + ([("body", "body", self._body_yard(op.body), op.body.required, op.body.description)]
                 if op.body else []),
            wait_doc=comment_lines(
                f"Poll #{method} until `{op.waiter.field}` is one of {', '.join(op.waiter.terminal)}; "
                "return the last result.", _WIDTH - 6 - 2,
            ) if op.waiter else [],
            each_doc=comment_lines(
                f"Every item of #{method} across all pages, fetched as the Enumerator is consumed.", _WIDTH - 6 - 2,
            ),
            tail_doc=comment_lines(
                f"Follow #{method} forward: every new item as it arrives, polling every `interval` seconds, until "
                "`stop` returns true or `max_polls` polls.", _WIDTH - 6 - 2,
            ),
        )
        view.example = self._example(op, f"client.{resource}.{method}")
        view.security = self._security(op)
        view.streams = streams(op)
        if view.streams:
            view.return_type = f"Enumerator<{self.module}::ServerSentEvent>, nil"
            view.yard = self._yard(op, view.return_type, errors, streams=True)
        return view

    def _security(self, op: ir.Operation) -> str:
        """The operation's `security:`: nil when the API declares no scheme, else the ones it accepts."""
        if not self.api.security_schemes:
            return "nil"
        declared = {scheme.name for scheme in self.api.security_schemes}
        names = [name for name in op.security if name in declared]
        return f"SECURITY_SCHEMES.values_at({', '.join(rb_string(n) for n in names)})" if names else "[]"

    def _security_readme(self) -> list[tuple[str, str, str]]:
        """(name, what is sent, the client options that send it) for the README, as Markdown cells."""
        rows = []
        for scheme in self.api.security_schemes:
            if scheme.kind == "http" and scheme.scheme == "basic":
                how, options = "`Authorization: Basic ...`", "`username:`, `password:`"
            elif scheme.kind == "http" and scheme.scheme == "bearer":
                how, options = "`Authorization: Bearer ...`", "`token:`"
            elif scheme.kind == "apiKey":
                how, options = f"{md_cell(scheme.location)} {md_code(scheme.parameter_name)}", "`api_key:`"
            elif scheme.kind == "oauth2":
                how = "OAuth2 bearer token" + (f" from {md_code(scheme.token_url)}" if scheme.token_url else "")
                options = "`client_id:`, `client_secret:` (or `token:`)"
            elif scheme.kind == "openIdConnect":
                how, options = "OpenID Connect bearer token", "`token:`"
            else:
                how, options = md_cell(f"{scheme.kind} {scheme.scheme}".strip()), "none (configure the transport)"
            rows.append((scheme.name, how, options))
        return rows

    def security_schemes(self) -> list[tuple[str, str]]:
        """(name literal, SecurityScheme.new(...)) for every scheme the API declares."""
        result = []
        for scheme in self.api.security_schemes:
            args = [f"name: {rb_string(scheme.name)}", f"kind: {rb_string(scheme.kind)}"]
            for key in ("scheme", "location", "parameter_name", "token_url"):
                value = getattr(scheme, key)
                if value:
                    args.append(f"{key}: {rb_string(value)}")
            key = rb_string(scheme.name)
            line = f"SecurityScheme.new({', '.join(args)})"
            if 4 + len(key) + 4 + len(line) + 1 > _WIDTH:  # one argument a line, under the key
                line = "SecurityScheme.new(\n" + ",\n".join(" " * 6 + arg for arg in args) + "\n    )"
            result.append((key, line))
        return result

    def _yard(self, op: ir.Operation, returns: str, errors: list[str], streams: bool = False) -> list[str]:
        """The YARD tags of an operation's method, wrapped to fit."""
        tags: list[str] = []
        has_path = bool(op.params_in("path"))
        hash_type = "Hash{String => Object}"
        tags.append(f"@param path_params [{hash_type}{'' if has_path else ', nil'}] path parameters, by wire name")
        tags += self._options("path_params", op.params_in("path"))
        tags.append(f"@param query [{hash_type}, nil] query parameters, by wire name")
        tags += self._options("query", op.params_in("query"))
        if op.body is None:
            tags.append("@param body [nil] this operation takes no body")
        else:
            text = op.body.description.strip() or "the request body, with its wire keys"
            tags.append(f"@param body [{self._body_yard(op.body)}] {text}")
        tags.append("@param headers [Hash{String => String}, nil] header parameters and extra headers")
        tags += self._options("headers", op.params_in("header") + op.params_in("cookie"))
        tags.append(f"@param options [{self.module}::RequestOptions, Hash, nil] per-call timeout, open_timeout, "
                    "max_retries, headers, idempotency_key, extra_query")
        if streams:
            tags.append(f"@yieldparam event [{self.module}::ServerSentEvent] each event, as it arrives")
            tags.append(f"@return [{returns}] the events (without a block; the request is sent when it is "
                        "iterated), else nil once the stream ended")
        else:
            tags.append(f"@return [{returns}]")
        statuses = f" ({', '.join(errors)})" if errors else ""
        tags.append(f"@raise [{self.module}::APIStatusError] for an error status{statuses}, as its subclass")
        tags.append(f"@raise [{self.module}::APIConnectionError] when no response arrives, after the retries")
        lines: list[str] = []
        for tag in tags:
            lines += comment_lines(tag, _WIDTH - 6 - 2, 2)
        return lines

    def _options(self, name: str, params: list[ir.Parameter]) -> list[str]:
        result = []
        for p in params:
            text = ("(required) " if p.required else "") + " ".join(p.description.split())
            result.append(f"@option {name} [{self.yard_type(p.type)}] {rb_string(p.name)} {text}".rstrip())
        return result

    def _body_yard(self, body: ir.Body | None) -> str:
        if body is None:
            return "nil"
        text = self.yard_type(body.type)
        if is_object_like(self.api.models, body.type, any_is_object=True) and "Hash" not in text:
            text += ", Hash"
        return text if body.required else text + ", nil"

    def _response_type(self, response: ir.Response) -> tuple[str, str]:
        """(Serde type for the runtime, YARD return type) of one response."""
        kind = response_kind(response)
        if kind is ResponseKind.REDIRECT:
            return "nil", f"{self.module}::RedirectResult"
        if kind is ResponseKind.EVENT_STREAM:
            return ":event_stream", f"Array<{self.module}::ServerSentEvent>"
        if kind is not ResponseKind.JSON:
            return _RESPONSE_TYPES[kind]
        assert response.type is not None
        return self.type_expr(response.type), self.yard_type(response.type)

    def _example(self, op: ir.Operation, call: str) -> list[str]:
        """README lines of one call, with placeholders for what the caller must give."""
        args = []
        path = op.params_in("path")
        if path:
            args.append("path_params: { " + ", ".join(f"{rb_string(p.name)} => \"...\"" for p in path) + " }")
        query = [p for p in op.params_in("query") if p.required]
        if query:
            args.append("query: { " + ", ".join(f"{rb_string(p.name)} => \"...\"" for p in query) + " }")
        if op.body is not None and op.body.required:
            args.append("body: { ... }")
        if not args:
            return [call]
        return [call + "(", *[f"  {a}{',' if i < len(args) - 1 else ''}" for i, a in enumerate(args)], ")"]

    # ------------------------------------------------------------ context

    def context(self) -> dict[str, Any]:
        description = self.api.description.strip()
        summary = f"Ruby client for {self.api.title}"
        return {
            "api": self.api,
            "title": self.settings.title,
            "api_title": self.api.title,
            "version": self.settings.version,
            "api_name": self.settings.api_name,
            "gem": self.gem,
            "module": self.module,
            "client": self.client,
            "license": self.license,
            "homepage": self.homepage,
            "authors": self.authors,
            "summary": summary,
            "gem_summary": (" \\\n" + " " * 17).join(rb_string_lines(summary, 80)),
            "gem_description": (" \\\n" + " " * 21).join(rb_string_lines(
                " ".join(description.split("\n\n")[0].split()) if description else summary + ".", 80)),
            "description": description,
            "base_url": self.api.default_base_url or None,
            "runtime_files": RUNTIME_FILES,
            "ruby_floor": RUBY_FLOOR,
            "ruby_tested": RUBY_TESTED,
            "ruby_tested_on": RUBY_TESTED_ON,
            "standard_library": STANDARD_LIBRARY,
            "security_schemes": self.security_schemes(),
            "security_readme": self._security_readme(),
            "has_oauth": any(scheme.kind == "oauth2" for scheme in self.api.security_schemes),
            "stream_names": [op.method_name for r in self.resources for op in r.operations if op.streams],
            "models": self.models,
            "aliases": self.aliases,
            "resources": self.resources,
            "first_call": self._first_call(),
            "sdk_declaration": self._sdk_declaration(),
            "enum_example": next(
                (f"{self.module}::Models::{m.name}::{m.members[0].constant}" for m in self.models
                 if m.kind == "enum" and m.members), f"{self.module}::Models::SomeEnum::VALUE"),
        }

    def _sdk_declaration(self) -> str:
        """The client's `sdk name: ..., ...` line (4 spaces in), one keyword a line when too long."""
        base_url = rb_literal(self.api.default_base_url or None)
        args = [f"name: {rb_string(self.gem)}", "version: VERSION", f"base_url: {base_url}", "operations: OPERATIONS"]
        line = "sdk " + ", ".join(args)
        return line if 4 + len(line) <= _WIDTH else "sdk " + ",\n        ".join(args)

    def _first_call(self) -> list[str]:
        for resource in self.resources:
            for op in resource.operations:
                return op.example
        return []


def _call(callee: str, args: list[str], indent: int, suffix: str = ",") -> str:
    """`callee(args)` on one line when it fits, else one argument a line (the text after `indent`)."""
    line = f"{callee}({', '.join(args)})"
    if indent + len(line) + len(suffix) <= _WIDTH:
        return line
    pad = " " * (indent + 2)
    return f"{callee}(\n" + ",\n".join(pad + arg for arg in args) + "\n" + " " * indent + ")"


def _attribute_line(attribute: RbAttribute, indent: int) -> str:
    """The `attribute ...` declaration, its arguments aligned on more lines when it is too long."""
    args = [f":{attribute.name}", rb_string(attribute.wire), attribute.type]
    options = [o for o, on in (("required: true", attribute.required), ("nullable: true", attribute.nullable)) if on]
    line = "attribute " + ", ".join(args + options)
    if indent + len(line) <= _WIDTH:
        return line
    pad = "\n" + " " * (indent + len("attribute "))
    return "attribute " + f",{pad}".join(args + ([", ".join(options)] if options else []))


def _keywords(params: list[tuple[str, bool]]) -> str:
    """Keyword parameters, the required ones first (as Ruby style wants), optional ones `= nil`."""
    required = [f"{name}:" for name, needed in params if needed]
    optional = [f"{name}: nil" for name, needed in params if not needed]
    return ", ".join(required + optional)


def _pagination(p: ir.Pagination | None) -> list[str] | None:
    """The descriptor as data (keyword arguments of Pagination.new): the runtime's one pager reads it."""
    if p is None:
        return None

    def path(keys: tuple[str, ...]) -> str:
        if len(keys) > 1 and all(re.fullmatch(r"[A-Za-z0-9_]+", k) for k in keys):
            return "%w[" + " ".join(keys) + "]"  # as rubocop's Style/WordArray wants
        return "[" + ", ".join(rb_string(k) for k in keys) + "]"

    args = [f"style: {rb_string(p.style)}", f"items: {path(p.items_path)}"]
    args += [f"{key}: {rb_string(value)}" for key, value in (("param", p.param), ("size_param", p.size_param)) if value]
    args += [f"{key}: {path(value)}" for key, value in (("next_path", p.next_path), ("total", p.total_path),
                                                       ("has_more", p.has_more_path)) if value]
    args.append(f"stop: {path(p.stop)}")
    return args


# (Serde type, YARD return type) of a response that is neither JSON nor named by the module.
_RESPONSE_TYPES = {
    ResponseKind.EMPTY: ("nil", "Hash{}"),
    ResponseKind.TEXT: (":string", "String"),
    ResponseKind.BINARY: (":binary", "String"),
}

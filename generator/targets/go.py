"""The Go target: one module, one package, a hand-written runtime in internal/core.

The profile turns the IR into views whose every name, type expression,
literal and import the templates print as they are. Names are allocated in a
fixed order (runtime names first, then models in spec order, then per
operation), so the same spec always gives the same identifiers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import ir
from ..diagnostics import Diagnostics, Location, SpecError
from ..naming import NameAllocator, camel, escape_reserved, method_name, snake
from ..passes.cycles import strongly_connected
from ..passes.responses import ResponseKind, response_kind, streams
from ..settings import Settings
from .base import RenderJob, RuntimeCopy
from .go_text import (
    doc_lines,
    exported,
    go_align,
    go_comment,
    go_doc,
    go_json_text,
    go_literal,
    go_pascal,
    go_string,
    go_string_md,
    go_tag,
    go_words,
    md_block,
    md_code,
    md_text,
)

GO_VERSION = "1.24"  # generic type aliases (Optional) and range-over-func iterators

# Public names of the runtime, re-exported by aliases.go: no model may take them.
RUNTIME_TYPES = (
    "Optional", "OperationParams", "ParamSet", "RequestOption", "HTTPDoer", "Signer", "SignerFunc",
    "Clock", "RawResponse", "EmptyResult", "Redirect", "File", "APIError", "ClientError", "ServerError",
    "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError",
    "PreconditionFailedError", "UnprocessableEntityError", "PreconditionRequiredError", "RateLimitError",
    "InternalServerError", "ConnectionError", "TimeoutError", "InvalidArgumentError", "ResponseDecodeError",
    "WaiterTimeoutError", "ServerSentEvent",
)
RUNTIME_FUNCS = (
    "Some", "Null", "WithBaseURL", "WithToken", "WithTenantID", "WithHeader", "WithQuery", "WithHTTPClient",
    "WithMaxRetries", "WithTimeout", "WithSigner", "WithLogger", "WithRequestHook", "WithResponseHook",
    "WithIdempotencyKey", "WithResponseInto", "WithWaitTimeout", "WithPollInterval", "WithMaxPolls",
    "WithClock", "WithJitter", "WithBasicAuth", "WithAPIKey", "WithClientCredentials", "WithTokenURL",
)
RUNTIME_CONSTS = ("DefaultTimeout", "DefaultMaxRetries", "DefaultWaitTimeout", "DefaultPollInterval",
                  "DefaultTailInterval", "TokenRefreshMargin")
# Names the generated package defines besides models, and the package names it imports.
FIXED_NAMES = ("Client", "NewClient", "Version", "DefaultBaseURL", "operations", "wrapClient", "core",
               "context", "iter", "json", "time", "rt", "slog", "http")
CLIENT_METHODS = ("Request", "Iterate", "Wait", "Tail", "Stream", "WithOptions", "BaseURL")
MODEL_MEMBERS = ("ExtraFields", "MarshalJSON", "UnmarshalJSON")
UNION_MEMBERS = ("Value", "Raw", "MarshalJSON", "UnmarshalJSON")
FIXED_FILES = ("go.mod", "README.md", "doc.go", "client.go", "aliases.go", "models.go", "params.go",
               "operations.go")

_STYLE_OF = {"path": "simple", "header": "simple", "query": "form", "cookie": "form"}
_IN_CONST = {"path": "core.InPath", "query": "core.InQuery", "header": "core.InHeader", "cookie": "core.InCookie"}
_SCHEME_CONST = {"http": "core.SchemeHTTP", "apiKey": "core.SchemeAPIKey", "oauth2": "core.SchemeOAuth2",
                 "openIdConnect": "core.SchemeOpenIDConnect", "mutualTLS": "core.SchemeMutualTLS"}
_INT64 = (-(2**63), 2**63 - 1)
_MODULE_PATH = re.compile(r"^[a-z0-9][a-z0-9._~-]*(\.[a-z0-9._~-]+)*(/[A-Za-z0-9._~-]+)*$")
_PACKAGE_NAME = re.compile(r"^[a-z][a-z0-9]*$")
_GO_KEYWORDS = frozenset(
    """break case chan const continue default defer else fallthrough for func go goto if import interface
    map package range return select struct switch type var main""".split()
)


# ---------------------------------------------------------------- views the templates read


@dataclass
class GoField:
    name: str
    wire: str
    type: str
    tag: str
    doc: str


@dataclass
class GoStruct:
    name: str
    doc: str
    fields: list[GoField]


@dataclass
class GoEnumMember:
    name: str
    literal: str
    doc: str


@dataclass
class GoEnum:
    name: str
    base: str  # string, int64, float64
    doc: str
    members: list[GoEnumMember]


@dataclass
class GoVariant:
    type: str
    accessor: str
    constructor: str
    expression: str  # core.VariantOf[...](...)


@dataclass
class GoUnion:
    name: str
    var: str
    doc: str
    discriminator: str  # Go string literal
    variants: list[GoVariant]


@dataclass
class GoDefined:
    """A named array or map type: `type Name Target`."""

    name: str
    doc: str
    target: str


@dataclass
class GoParamsStruct:
    name: str
    doc: str
    fields: list[GoField]
    values: str  # the map literal ParamValues returns


@dataclass
class GoSecurity:
    """One security scheme some operation accepts: a package-level core.SecurityScheme."""

    var: str
    literal: str
    name: str  # as the API description names it
    kind: str
    scheme: str
    location: str
    parameter: str
    token_url: str


@dataclass
class GoReadmeParam:
    name: str
    location: str
    type: str
    required: bool
    description: str
    example: str


@dataclass
class GoOperation:
    operation_id: str
    method: str
    var: str
    doc: str
    http_method: str
    path: str
    summary: str
    result: str  # the Go result type
    entries: list[tuple[str, str]]  # single-line fields of the core.Operation literal
    params: list[str]  # core.Param literals
    responses: list[str]  # core.Response literals
    extras: list[tuple[str, str]]  # single-line fields after the lists
    path_struct: str | None
    query_struct: str | None
    headers_struct: str | None
    body_type: str | None
    body_required: bool
    iter_name: str | None = None
    iter_doc: str = ""
    item_type: str = ""
    wait_name: str | None = None
    wait_doc: str = ""
    tail_name: str | None = None
    tail_doc: str = ""
    readme_params: list[GoReadmeParam] = field(default_factory=list)
    example: list[str] = field(default_factory=list)  # lines of OperationParams{...} in the README
    deprecated: bool = False
    stream: bool = False  # answers with text/event-stream: the method ranges over events
    security: list[GoSecurity] = field(default_factory=list)


@dataclass
class GoResource:
    name: str  # the tag
    service: str
    accessor: str
    attr: str  # the Client field holding the service
    file: str
    doc: str  # of the service type
    accessor_doc: str
    operations: list[GoOperation] = field(default_factory=list)
    uses_iter: bool = False
    uses_time: bool = False  # a result or item type is (or holds) a time.Time


# ---------------------------------------------------------------- the profile


class GoTarget:
    name = "go"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {
            "go_string": go_string,
            "go_string_md": go_string_md,
            "go_doc": go_doc,
            "go_comment": go_comment,
            "go_align": go_align,
            "md_text": md_text,
            "md_code": md_code,
            "md_block": md_block,
        }

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        view = GoView(api, settings)
        context = view.context()
        jobs = [
            RenderJob("go.mod.jinja", "go.mod", context),
            RenderJob("README.md.jinja", "README.md", context),
            RenderJob("doc.go.jinja", "doc.go", context),
            RenderJob("client.go.jinja", "client.go", context),
            RenderJob("aliases.go.jinja", "aliases.go", context),
            RenderJob("models.go.jinja", "models.go", context),
            RenderJob("params.go.jinja", "params.go", context),
            RenderJob("operations.go.jinja", "operations.go", context),
        ]
        for resource in view.resources:
            jobs.append(RenderJob("service.go.jinja", resource.file, {**context, "resource": resource}))
        return jobs, [RuntimeCopy("runtime", "internal/core", (".go",))]


class GoView:
    """The IR seen as Go: every identifier, type expression and literal the templates print."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        self.settings = settings
        options = settings.for_language("go")
        self.module = str(options["module"])
        self.package = str(options["package"])
        self._check_settings()
        self.names = NameAllocator((*RUNTIME_TYPES, *RUNTIME_FUNCS, *RUNTIME_CONSTS, *FIXED_NAMES))
        self.type_names = self._type_names()
        self.pointer_fields = self._recursive_fields()
        self.enums: list[GoEnum] = []
        self.structs: list[GoStruct] = []
        self.unions: list[GoUnion] = []
        self.defined: list[GoDefined] = []
        self.params_structs: list[GoParamsStruct] = []
        self._build_models()
        self.security = self._security_schemes()
        self.resources = self._build_resources()
        self._name_security()

    # ------------------------------------------------------------ settings

    def _check_settings(self) -> None:
        diagnostics = Diagnostics()
        where = Location("sdkgen.toml", "/go")
        if not _MODULE_PATH.match(self.module):
            if self.module.startswith("example.com/"):
                # The default, derived from a name with characters module paths do not allow.
                words = [w.lower() for w in go_words(self.settings.api_name) if w.isascii()]
                self.module = "example.com/" + ("-".join(words) or "api") + "-go"
            else:
                diagnostics.error("go-module-invalid", f"[go] module {self.module!r} is not a valid Go module path",
                                  where, "use a path like github.com/owner/name-go")
        package = self.package
        if not _PACKAGE_NAME.match(package) or package in _GO_KEYWORDS:
            cleaned = "".join(c for c in package.lower() if c.isascii() and c.isalnum())
            if cleaned and cleaned[0].isdigit():
                cleaned = "api" + cleaned
            if not cleaned or cleaned in _GO_KEYWORDS:
                cleaned = (cleaned or "") + "api"
            self.package = cleaned
        if diagnostics.has_errors():
            raise SpecError(diagnostics)

    # ------------------------------------------------------------ names

    def _type_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for model_name, decl in self.api.models.items():
            if isinstance(decl, (ir.ObjectModel, ir.EnumModel, ir.UnionModel)) or self._defined_alias(decl):
                names[model_name] = self.names.allocate(exported(go_words(model_name), "Model"))
        return names

    def _defined_alias(self, decl: ir.Model) -> bool:
        """An alias of an array or a map is a defined type; other aliases are inlined."""
        return isinstance(decl, ir.AliasModel) and isinstance(decl.target, (ir.ArrayType, ir.MapType))

    def _resolve(self, t: ir.Type) -> tuple[ir.Type, bool]:
        """Follow inlined aliases: the type that stands for `t`, and whether null is allowed."""
        nullable = t.nullable
        seen: set[str] = set()
        while isinstance(t, ir.NamedType) and t.name not in self.type_names:
            decl = self.api.models.get(t.name)
            if not isinstance(decl, ir.AliasModel) or t.name in seen:
                return ir.AnyType(), nullable
            seen.add(t.name)
            t = decl.target
            nullable = nullable or t.nullable
        return t, nullable

    def _object_of(self, t: ir.Type) -> ir.ObjectModel | None:
        t, _ = self._resolve(t)
        if isinstance(t, ir.NamedType):
            decl = self.api.models.get(t.name)
            if isinstance(decl, ir.ObjectModel):
                return decl
        return None

    # ------------------------------------------------------------ types

    def type_expr(self, t: ir.Type) -> str:
        """The Go type for `t`, null not considered (the caller wraps in Optional)."""
        t, _ = self._resolve(t)
        if isinstance(t, ir.NamedType):
            return self.type_names[t.name]
        if isinstance(t, ir.Primitive):
            return _primitive(t)
        if isinstance(t, ir.ArrayType):
            return "[]" + self.elem_expr(t.item)
        if isinstance(t, ir.MapType):
            return "map[string]" + self.elem_expr(t.value)
        if isinstance(t, ir.ConstType):
            return _CONST_BASE.get(t.base, "any")
        return "any"

    def elem_expr(self, t: ir.Type) -> str:
        """An array item or map value: Optional when it may be null."""
        inner = self.type_expr(t)
        _, nullable = self._resolve(t)
        return f"Optional[{inner}]" if nullable and inner != "any" else inner

    def field_type(self, t: ir.Type, required: bool, pointer: bool = False) -> str:
        inner = self.type_expr(t)
        if pointer:
            inner = "*" + inner
        _, nullable = self._resolve(t)
        if inner == "any" and required:
            return inner  # null is already a value of any
        if required and not nullable:
            return inner
        return f"Optional[{inner}]"  # Optional[any] tells an absent member from an explicit null

    def _recursive_fields(self) -> set[tuple[str, str]]:
        """(model, wire) of struct fields that hold a struct by value in a cycle: those become pointers."""
        edges: dict[str, list[tuple[str, str]]] = {}
        for model_name, decl in self.api.models.items():
            if isinstance(decl, ir.ObjectModel):
                for f in decl.fields:
                    target = self._resolve(f.type)[0]
                    decl_of_target = self.api.models.get(target.name) if isinstance(target, ir.NamedType) else None
                    if isinstance(target, ir.NamedType) and isinstance(decl_of_target, ir.ObjectModel):
                        edges.setdefault(model_name, []).append((target.name, f.wire_name))
        component = strongly_connected({k: [n for n, _ in v] for k, v in edges.items()})
        return {
            (source, wire)
            for source, targets in edges.items()
            for target, wire in targets
            if component.get(source) is not None and component.get(source) == component.get(target)
        }

    # ------------------------------------------------------------ models

    def _build_models(self) -> None:
        for model_name, decl in self.api.models.items():
            if model_name not in self.type_names:
                continue
            name = self.type_names[model_name]
            if isinstance(decl, ir.EnumModel):
                self.enums.append(self._enum(name, decl))
            elif isinstance(decl, ir.ObjectModel):
                self.structs.append(self._struct(model_name, name, decl))
            elif isinstance(decl, ir.UnionModel):
                self.unions.append(self._union(model_name, name, decl))
            elif isinstance(decl, ir.AliasModel):
                target = self.type_expr(decl.target)
                self.defined.append(GoDefined(name, _doc(name, decl.description), target))

    def _enum(self, name: str, decl: ir.EnumModel) -> GoEnum:
        base = {"string": "string", "integer": "int64", "number": "float64"}[decl.base]
        kind = decl.base
        if kind == "integer" and any(not _INT64[0] <= int(v.value) <= _INT64[1] for v in decl.values):
            base, kind = "float64", "number"
        members = []
        for value in decl.values:
            text = str(value.value)
            if isinstance(value.value, (int, float)) and not isinstance(value.value, bool):
                text = ("Minus" if value.value < 0 else "") + str(abs(value.value)).replace(".", "Point")
            elif text[:1] in "+-" and text[1:2].isdigit():
                text = ("Plus" if text[0] == "+" else "Minus") + text[1:]
            words = go_words(text)
            member = self.names.allocate(name + (go_pascal(words) if words else "Empty"))
            members.append(GoEnumMember(member, go_literal(value.value, kind), _visible(value.description)))
        return GoEnum(name, base, _doc(name, decl.description), members)

    def _struct(self, model_name: str, name: str, decl: ir.ObjectModel) -> GoStruct:
        allocator = NameAllocator(MODEL_MEMBERS)
        fields = []
        for f in decl.fields:
            go_name = allocator.allocate(exported(go_words(f.wire_name), "Field"), "_")
            pointer = (model_name, f.wire_name) in self.pointer_fields
            doc = f.description
            if f.deprecated:
                doc = (doc + "\n\n" if doc else "") + "Deprecated: the API marks this field deprecated."
            fields.append(GoField(go_name, f.wire_name, self.field_type(f.type, f.required, pointer),
                                  go_tag(f.wire_name), _visible(doc)))
        return GoStruct(name, _doc(name, decl.description), fields)

    def _union(self, model_name: str, name: str, decl: ir.UnionModel) -> GoUnion:
        accessors = NameAllocator(UNION_MEMBERS)
        tags: dict[str, list[str]] = {}
        if decl.discriminator is not None:
            for value, target in decl.discriminator.mapping.items():
                tags.setdefault(target, []).append(value)
        variants: list[GoVariant] = []
        seen_types: set[str] = set()
        for variant in decl.variants:
            if isinstance(variant, ir.NamedType) and variant.name == model_name:
                continue  # a union cannot hold itself
            go_type = self.type_expr(variant)
            if go_type in seen_types:
                continue
            seen_types.add(go_type)
            words = _type_words(go_type)
            accessor = accessors.allocate("As" + words)
            constructor = self.names.allocate(name + "From" + words)
            kind, required, consts = self._variant_shape(variant)
            args = [kind, _string_slice(required), _const_map(consts)]
            if isinstance(variant, ir.NamedType):
                args += [go_string(tag) for tag in tags.get(variant.name, [])]
            expression = f"core.VariantOf[{go_type}]({', '.join(args)})"
            variants.append(GoVariant(go_type, accessor, constructor, expression))
        discriminator = go_string(decl.discriminator.property if decl.discriminator else "")
        var = self.names.allocate("union" + name)
        return GoUnion(name, var, _doc(name, decl.description), discriminator, variants)

    def _variant_shape(self, t: ir.Type) -> tuple[str, list[str], dict[str, Any]]:
        resolved, _ = self._resolve(t)
        obj = self._object_of(resolved)
        if obj is not None:
            required = [f.wire_name for f in obj.fields if f.required]
            consts = {f.wire_name: f.type.value for f in obj.fields
                      if isinstance(f.type, ir.ConstType) and f.required and not f.type.nullable}
            return "core.KindObject", required, consts
        if isinstance(resolved, ir.NamedType):
            decl = self.api.models.get(resolved.name)
            if isinstance(decl, ir.EnumModel):
                return {"string": "core.KindString", "integer": "core.KindInteger"}.get(
                    decl.base, "core.KindNumber"), [], {}
            if isinstance(decl, ir.AliasModel):
                return ("core.KindArray" if isinstance(decl.target, ir.ArrayType) else "core.KindObject"), [], {}
            return "core.KindAny", [], {}
        if isinstance(resolved, ir.Primitive):
            return {"string": "core.KindString", "integer": "core.KindInteger", "number": "core.KindNumber",
                    "boolean": "core.KindBoolean"}.get(resolved.name, "core.KindAny"), [], {}
        if isinstance(resolved, ir.ConstType):
            return {"string": "core.KindString", "integer": "core.KindInteger", "number": "core.KindNumber",
                    "boolean": "core.KindBoolean"}.get(resolved.base, "core.KindAny"), [], {}
        if isinstance(resolved, ir.ArrayType):
            return "core.KindArray", [], {}
        if isinstance(resolved, ir.MapType):
            return "core.KindObject", [], {}
        return "core.KindAny", [], {}

    # ------------------------------------------------------------ security

    def _security_schemes(self) -> dict[str, GoSecurity]:
        """The declared schemes by name; vars are named once the operations have their names."""
        schemes: dict[str, GoSecurity] = {}
        for scheme in self.api.security_schemes:
            parts = [f"Kind: {_SCHEME_CONST.get(scheme.kind, go_string(scheme.kind))}"]
            if scheme.scheme:
                parts.append(f"Scheme: {go_string(scheme.scheme)}")
            if scheme.location:
                parts.append(f"In: {_IN_CONST.get(scheme.location, go_string(scheme.location))}")
            if scheme.parameter_name:
                parts.append(f"Name: {go_string(scheme.parameter_name)}")
            if scheme.token_url:
                parts.append(f"TokenURL: {go_string(scheme.token_url)}")
            schemes[scheme.name] = GoSecurity("", "core.SecurityScheme{" + ", ".join(parts) + "}", scheme.name,
                                              scheme.kind, scheme.scheme, scheme.location, scheme.parameter_name,
                                              scheme.token_url)
        return schemes

    def _name_security(self) -> None:
        """Name the var of every scheme an operation uses (after every other name, so that adding
        schemes never renames a model or an operation)."""
        for resource in self.resources:
            for op in resource.operations:
                for scheme in op.security:
                    if not scheme.var:
                        scheme.var = self.names.allocate("security" + exported(go_words(scheme.name), "Scheme"))
                if op.security:
                    listed = ", ".join(s.var for s in op.security)
                    op.extras.append(("Security:", f"[]core.SecurityScheme{{{listed}}}"))

    def used_security(self) -> list[GoSecurity]:
        return [s for s in self.security.values() if s.var]

    # ------------------------------------------------------------ operations

    def _build_resources(self) -> list[GoResource]:
        accessors = NameAllocator(CLIENT_METHODS)
        fields = NameAllocator(("rt",))
        files = NameAllocator(FIXED_FILES)
        resources: list[GoResource] = []
        for resource in self.api.resources:
            words = go_words(resource.name) or ["Default"]
            accessor = accessors.allocate(exported(words, "Default"))
            service = self.names.allocate(accessor + "Service")
            field_name = fields.allocate(escape_reserved(camel(words) or "svc", "go"))
            if not field_name[0].isalpha():
                field_name = fields.allocate("svc" + accessor)
            base = snake([w.lower() for w in words if w.isascii()]) or "default"
            file = files.allocate(base + "_service.go")
            if not file.endswith("_service.go"):
                file = files.allocate(f"{base}_{len(resources) + 1}_service.go")
            tagged = f"the operations tagged {go_string(resource.name)}"
            doc = f"{service} groups {tagged}."
            if resource.description.strip():
                doc += "\n\n" + resource.description.strip()
            view = GoResource(resource.name, service, accessor, field_name, file, doc,
                              f"{accessor} returns the service of {tagged}.")
            methods = NameAllocator()
            for op in resource.operations:
                view.operations.append(self._operation(op, methods))
            view.uses_iter = any(o.iter_name or o.tail_name or o.stream for o in view.operations)
            view.uses_time = any(re.search(r"\btime\.", o.result + " " + o.item_type) for o in view.operations)
            resources.append(view)
        return resources

    def _params_struct(self, op: ir.Operation, method: str, params: list[ir.Parameter], suffix: str,
                       what: str) -> str | None:
        if not params:
            return None
        name = self.names.allocate(method + suffix)
        allocator = NameAllocator(("ParamValues",))
        fields = []
        entries = []
        for p in params:
            go_name = allocator.allocate(exported(go_words(p.name), "Param"), "_")
            required = p.required or p.location == "path"
            go_type = self.field_type(p.type, required)
            doc = f"{p.name} ({p.location}{', required' if required else ''})"
            doc += f": {p.description}" if p.description.strip() else "."
            fields.append(GoField(go_name, p.name, go_type, "", doc))
            entries.append(f"{go_string(p.name)}: p.{go_name}")
        doc = f"{name} are the {what} of {method}, for OperationParams.{suffix_field(suffix)}."
        self.params_structs.append(GoParamsStruct(name, doc, fields, "map[string]any{" + ", ".join(entries) + "}"))
        return name

    def _operation(self, op: ir.Operation, methods: NameAllocator) -> GoOperation:
        method = methods.allocate(method_name(op.operation_id, "go"))
        var = self.names.allocate("op" + method)
        path_params = op.params_in("path")
        query_params = op.params_in("query") + op.params_in("cookie")
        header_params = op.params_in("header")
        path_struct = self._params_struct(op, method, path_params, "PathParams", "path parameters")
        query_struct = self._params_struct(op, method, query_params, "Query", "query parameters")
        headers_struct = self._params_struct(op, method, header_params, "Headers", "header parameters")

        # The descriptor first (its response types are named before the result and body types are).
        params = [_param_entry(p) for p in op.parameters]
        responses = self._response_entries(op)
        entries = [("ID:", go_string(op.operation_id)), ("Method:", go_string(op.method)),
                   ("Path:", go_string(op.path))]
        pagination = op.pagination
        tailable = op.tail is not None and pagination is not None and pagination.style == "cursor"
        extras = _extra_entries(op, tailable)
        result = self._result_type(op)
        body_type = None
        if op.body is not None:
            body_type = self.type_expr(op.body.type)
        summary = op.summary.strip() or op.description.strip().split("\n")[0]
        view = GoOperation(
            operation_id=op.operation_id,
            method=method,
            var=var,
            doc=self._operation_doc(op, method, path_struct, query_struct, headers_struct, body_type),
            http_method=op.method,
            path=op.path,
            summary=summary,
            result=result,
            entries=entries,
            params=params,
            responses=responses,
            extras=extras,
            path_struct=path_struct,
            query_struct=query_struct,
            headers_struct=headers_struct,
            body_type=body_type,
            body_required=op.body is not None and op.body.required,
            deprecated=op.deprecated,
            stream=streams(op),
        )
        if view.stream:
            pagination = None  # a stream is read as events, never paged, polled or tailed
        if pagination is not None:
            view.item_type = self.elem_expr(pagination.item_type)
            view.iter_name = methods.allocate("Iter" + method)
            view.iter_doc = (f"{view.iter_name} ranges over every item of {method} across all pages "
                             f"({pagination.style} pagination), fetching each page when the loop needs it. "
                             "An error ends the sequence.")
        if op.waiter is not None and not view.stream:
            view.wait_name = methods.allocate("WaitFor" + exported(go_words(op.waiter.name), "Result"))
            view.wait_doc = (f"{view.wait_name} polls {method} until {op.waiter.field} is "
                             f"{', '.join(op.waiter.terminal)}, and returns that last result. WithPollInterval "
                             "and WithWaitTimeout tune it; it gives up with a *WaiterTimeoutError.")
        if tailable and op.tail is not None and pagination is not None:
            view.item_type = self.elem_expr(pagination.item_type)
            view.tail_name = methods.allocate("Tail" + exported(go_words(op.tail.name), "Items"))
            view.tail_doc = (f"{view.tail_name} follows {method} with {op.tail.param}={op.tail.value}: it yields "
                             "each new item, passes the previous page's cursor and polls again about every two "
                             "seconds (WithPollInterval). Cancel ctx or leave the loop to stop.")
        view.readme_params, view.example = self._readme(op, body_type)
        view.security = [self.security[name] for name in op.security if name in self.security]
        return view

    def _response_entries(self, op: ir.Operation) -> list[str]:
        """The descriptor's responses: each success and the default, with how the runtime reads it."""
        responses = []
        for response in op.responses:
            if not (response.is_success or response.status == "default"):
                continue
            kind, new = self._response_kind(response)
            parts = [f"Status: {go_string(response.status)}", f"Kind: {kind}"]
            if new:
                parts.append(f"New: core.New[{new}]")
            responses.append("{" + ", ".join(parts) + "}")
        return responses

    def _response_kind(self, response: ir.Response) -> tuple[str, str | None]:
        kind = response_kind(response)
        if kind is not ResponseKind.JSON:
            return _RESPONSE_KINDS[kind], None
        assert response.type is not None
        go_type = self.type_expr(response.type)
        return "core.ResponseJSON", (None if go_type == "any" else go_type)

    def _result_type(self, op: ir.Operation) -> str:
        if streams(op):
            return "iter.Seq2[ServerSentEvent, error]"
        results: list[str] = []
        empty = redirect = False
        for response in op.success_responses:
            kind, new = self._response_kind(response)
            if kind == "core.ResponseRedirect":
                redirect = True
            elif kind == "core.ResponseEmpty":
                empty = True
            elif kind == "core.ResponseText":
                results.append("string")
            elif kind == "core.ResponseBinary":
                results.append("[]byte")
            elif new is None:
                results.append("any")
            else:
                results.append(self._pointer_result(response.type, new))
        distinct = list(dict.fromkeys(results))
        if redirect and not distinct and not empty:
            return "*Redirect"
        if redirect:
            return "any"
        if not distinct:
            return "EmptyResult" if empty else "any"
        return distinct[0] if len(distinct) == 1 else "any"

    def _pointer_result(self, t: ir.Type | None, go_type: str) -> str:
        resolved = self._resolve(t)[0] if t is not None else None
        if isinstance(resolved, ir.NamedType) and isinstance(self.api.models.get(resolved.name),
                                                              (ir.ObjectModel, ir.UnionModel)):
            return "*" + go_type
        return go_type

    def _operation_doc(self, op: ir.Operation, method: str, path_struct: str | None, query_struct: str | None,
                       headers_struct: str | None, body_type: str | None) -> str:
        summary = " ".join(op.summary.split())
        first = f"{method} calls {op.method} {op.path}" + (f": {summary}" if summary else "")
        parts = [first if first.endswith((".", "!", "?")) else first + "."]
        description = op.description.strip()
        if description and not (summary and " ".join(description.split()) == summary):
            parts.append(description)
        args = []
        if path_struct:
            args.append(f"PathParams: [{path_struct}] or a map by wire name")
        if query_struct:
            args.append(f"Query: [{query_struct}] or a map by wire name")
        if headers_struct:
            args.append(f"Headers: [{headers_struct}] or a map")
        if body_type:
            shown = f"[{body_type}]" if re.match(r"^[A-Z]\w*$", body_type) else body_type
            args.append(f"Body{' (required)' if op.body and op.body.required else ''}: {shown}"
                        + (" or a map with wire keys" if body_type != "any" else ""))
        parts.append("Arguments: " + ("; ".join(args) if args else "none") + ".")
        if streams(op):
            parts.append("It answers with an event stream: range over the events as they arrive "
                         "(for event, err := range ...). An error status, or a connection failure before the "
                         "stream starts, is the one error yielded; leaving the loop closes the stream.")
        if op.deprecated:
            parts.append("Deprecated: the API marks this operation deprecated.")
        return "\n\n".join(parts)

    def _readme(self, op: ir.Operation, body_type: str | None) -> tuple[list[GoReadmeParam], list[str]]:
        """The README's parameter table, and the fields of its example OperationParams."""
        params = [
            GoReadmeParam(p.name, p.location, self.type_expr(p.type), p.required or p.location == "path",
                          p.description, _example(self._resolve(p.type)[0], p))
            for p in op.parameters
        ]
        lines = []
        path = [p for p in params if p.location == "path"]
        if path:
            items = ", ".join(f"{go_string_md(p.name)}: {_as_text(p.example)}" for p in path)
            lines.append(f"PathParams: map[string]string{{{items}}},")
        query = [p for p in params if p.location in ("query", "cookie") and p.required]
        if query:
            items = ", ".join(f"{go_string_md(p.name)}: {p.example}" for p in query)
            lines.append(f"Query: map[string]any{{{items}}},")
        if body_type:
            named = re.match(r"^[A-Z]\w*$", body_type) and body_type not in RUNTIME_TYPES
            lines.append(f"Body: {self.package}.{body_type}{{}}," if named else "Body: map[string]any{},")
        return params, lines

    # ------------------------------------------------------------ context

    def _imports(self) -> dict[str, list[str]]:
        module_core = f"{self.module}/internal/core"
        model_text = "\n".join(
            [f.type for s in self.structs for f in s.fields] + [d.target for d in self.defined]
            + [v.type for u in self.unions for v in u.variants]
        )
        models = []
        if self.structs or self.unions:
            models.append("encoding/json")
        if re.search(r"\btime\.", model_text):
            models.append("time")
        if self.structs or self.unions:
            models.append("")
            models.append(module_core)
        params_text = "\n".join(f.type for s in self.params_structs for f in s.fields)
        params = ["time"] if re.search(r"\btime\.", params_text) else []
        operations_text = "\n".join(r for res in self.resources for o in res.operations for r in o.responses)
        operations = ["time"] if re.search(r"\btime\.", operations_text) else []
        operations += ["", module_core] if operations else [module_core]
        return {"models": models, "params": params, "operations": operations, "core": [module_core]}

    def _package_doc(self) -> str:
        parts = [f"Package {self.package} is the Go SDK of {self.api.title} {self.api.version}, generated by "
                 "sdkgen from its OpenAPI description."]
        if self.api.description.strip():
            parts.append(self.api.description.strip())
        first = next((r for r in self.resources if r.operations), None)
        usage = "Make a client with NewClient and call each operation through the service of its tag"
        if first is not None:
            usage += f" (client.{first.accessor}().{first.operations[0].method}(ctx, params))"
        parts.append(usage + ", or by its operationId with Client.Request. See the README for every operation.")
        return "\n\n".join(parts)

    def context(self) -> dict[str, Any]:
        operations = [o for r in self.resources for o in r.operations]
        return {
            "package_doc": self._package_doc(),
            "api": self.api,
            "title": self.settings.title,
            "api_title": self.api.title,
            "api_name": self.settings.api_name,
            "version": self.settings.version,
            "description": self.api.description,
            "module": self.module,
            "package": self.package,
            "go_version": GO_VERSION,
            "base_url": self.api.default_base_url if _absolute(self.api.default_base_url) else "",
            "sdk_name": self.settings.api_name,
            "enums": self.enums,
            "structs": self.structs,
            "unions": self.unions,
            "defined": self.defined,
            "params_structs": self.params_structs,
            "resources": self.resources,
            "operations": operations,
            "imports": self._imports(),
            "runtime_types": RUNTIME_TYPES,
            "has_iter": any(r.uses_iter for r in self.resources),
            "has_pagination": any(o.iter_name for o in operations),
            "has_waiter": any(o.wait_name for o in operations),
            "has_tail": any(o.tail_name for o in operations),
            "has_stream": any(o.stream for o in operations),
            "example": next(((r.accessor, o) for r in self.resources for o in r.operations if not o.stream), None),
            "secured": bool(self.api.security_schemes),
            "security": self.used_security(),
            "auth": self._auth_options(),
        }

    def _auth_options(self) -> dict[str, bool]:
        """Which credential options the API's schemes take (only those are exported)."""
        kinds = {(s.kind, s.scheme.lower()) for s in self.api.security_schemes}
        return {
            "basic": ("http", "basic") in kinds,
            "api_key": any(kind == "apiKey" for kind, _ in kinds),
            "client_credentials": any(s.kind == "oauth2" for s in self.api.security_schemes),
        }


# ---------------------------------------------------------------- small pure helpers


_CONST_BASE = {"string": "string", "boolean": "bool", "integer": "int64", "number": "float64"}


def _primitive(t: ir.Primitive) -> str:
    fmt = (t.format or "").lower()
    if t.name == "string":
        if fmt == "date-time":
            return "time.Time"
        if fmt in ("byte", "binary"):
            return "[]byte"
        return "string"
    if t.name == "integer":
        return "int32" if fmt == "int32" else "int64"
    if t.name == "number":
        return "float64"
    if t.name == "boolean":
        return "bool"
    return "any"


# The runtime's reading of a response that is not JSON.
_RESPONSE_KINDS = {
    ResponseKind.REDIRECT: "core.ResponseRedirect",
    ResponseKind.EMPTY: "core.ResponseEmpty",
    ResponseKind.EVENT_STREAM: "core.ResponseEventStream",
    ResponseKind.TEXT: "core.ResponseText",
    ResponseKind.BINARY: "core.ResponseBinary",
}


def _absolute(url: str) -> bool:
    return bool(re.match(r"^https?://[^/\s]+", url))


def _visible(text: str) -> str:
    """text, or "" when nothing of it would show in a comment (so no empty comment line is written)."""
    return text if doc_lines(text) else ""


def _doc(name: str, description: str) -> str:
    text = description.strip()
    return f"{name}: {text}" if text else f"{name} is a model of the API."


def suffix_field(suffix: str) -> str:
    return {"PathParams": "PathParams", "Query": "Query", "Headers": "Headers"}[suffix]


def _param_entry(p: ir.Parameter) -> str:
    """One parameter of the operation's descriptor."""
    parts = [f"Name: {go_string(p.name)}", f"In: {_IN_CONST[p.location]}"]
    if p.required or p.location == "path":
        parts.append("Required: true")
    parts.append(f"Style: {go_string(p.style or _STYLE_OF[p.location])}")
    if p.explode:
        parts.append("Explode: true")
    return "{" + ", ".join(parts) + "}"


def _extra_entries(op: ir.Operation, tailable: bool) -> list[tuple[str, str]]:
    """The descriptor's optional fields: body, pagination, waiter and tail."""
    extras: list[tuple[str, str]] = []
    if op.body is not None:
        extras.append(("ContentType:", go_string(op.body.content_type)))
        if op.body.required:
            extras.append(("BodyRequired:", "true"))
    pagination = op.pagination
    if pagination is not None:  # the descriptor as data: the runtime's one pager reads it
        parts = [f"Style: {go_string(pagination.style)}", f"Items: {_string_slice(list(pagination.items_path))}"]
        parts += [f"{key}: {go_string(value)}" for key, value in (("Param", pagination.param),
                                                                 ("SizeParam", pagination.size_param)) if value]
        parts += [f"{key}: {_string_slice(list(value))}" for key, value in (
            ("Next", pagination.next_path), ("Total", pagination.total_path), ("HasMore", pagination.has_more_path))
            if value]
        parts.append(f"Stop: {_string_slice(list(pagination.stop))}")
        extras.append(("Pagination:", "&core.Pagination{" + ", ".join(parts) + "}"))
    if op.waiter is not None:
        terminal = _string_slice(list(op.waiter.terminal))
        extras.append(("Waiter:", f"&core.Waiter{{Name: {go_string(op.waiter.name)}, "
                                  f"Field: {go_string(op.waiter.field)}, Terminal: {terminal}}}"))
    if tailable and op.tail is not None:
        extras.append(("Tail:", f"&core.TailSpec{{Name: {go_string(op.tail.name)}, "
                                f"Param: {go_string(op.tail.param)}, Value: {go_string(op.tail.value)}}}"))
    return extras


def _string_slice(values: list[str]) -> str:
    if not values:
        return "nil"
    return "[]string{" + ", ".join(go_string(v) for v in values) + "}"


def _const_map(consts: dict[str, Any]) -> str:
    if not consts:
        return "nil"
    return "map[string]string{" + ", ".join(f"{go_string(k)}: {go_json_text(v)}" for k, v in consts.items()) + "}"


def _type_words(go_type: str) -> str:
    """A readable name part for a Go type: []string -> StringList, map[string]any -> AnyMap."""
    if go_type.startswith("[]"):
        return ("Bytes" if go_type == "[]byte" else _type_words(go_type[2:]) + "List")
    if go_type.startswith("map[string]"):
        return _type_words(go_type[len("map[string]"):]) + "Map"
    if go_type.startswith("Optional["):
        return "Optional" + _type_words(go_type[len("Optional["):-1])
    if go_type.startswith("*"):
        return _type_words(go_type[1:])
    if go_type == "time.Time":
        return "Time"
    return go_type[:1].upper() + go_type[1:]


def _example(t: ir.Type, p: ir.Parameter) -> str:
    if p.has_default and isinstance(p.default, (str, int, float, bool)) and not isinstance(p.default, float):
        if isinstance(p.default, bool):
            return "true" if p.default else "false"
        if isinstance(p.default, int):
            return str(p.default)
        return go_string_md(p.default)
    if isinstance(t, ir.Primitive):
        if t.name == "integer":
            return "1"
        if t.name == "number":
            return "1.5"
        if t.name == "boolean":
            return "true"
    return go_string_md("...")


def _as_text(example: str) -> str:
    return example if example.startswith('"') else go_string_md(example)

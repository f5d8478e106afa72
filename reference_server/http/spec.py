"""The operation table of the server, read from the OpenAPI document.

Routes come from the generator's own loader and IR (``generator.build.load_api``):
every ``ir.Operation`` gives an operationId, a method and a path template. The
raw documents (from the same loader's ``Workspace``) give each parameter's and
request body's JSON Schema, compiled once into OpenAPI 3.1 validators
(``openapi_schema_validator.OAS31Validator``: JSON Schema 2020-12 plus the OAS
dialect and formats, the validator openapi-core itself uses for 3.1) whose
``$ref``s resolve through a ``referencing`` registry holding the documents.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator import ir
from generator.build import load_api
from generator.diagnostics import Diagnostics, SpecError
from generator.loader import Document, Workspace, join_pointer

Validator = Any  # a jsonschema validator (an OAS31Validator instance)

DEFAULT_SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "axhub" / "openapi.yaml"

# Parameters that OpenAPI says to ignore when declared (HTTP owns them).
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
# Keywords whose values are data, not schemas: never inlined into.
_LITERAL_KEYWORDS = frozenset({"enum", "const", "default", "example", "examples"})


@dataclass(frozen=True)
class ParamSpec:
    name: str
    location: str  # path, query, header, cookie
    required: bool
    types: tuple[str, ...]  # JSON types the schema admits (for casting strings)
    item_types: tuple[str, ...]  # for arrays
    style: str
    explode: bool
    validator: Validator = field(compare=False, repr=False)

    @property
    def label(self) -> str:
        return f"{self.location} parameter {self.name}"


FORM_MEDIA = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class FormField:
    types: tuple[str, ...]  # JSON types the property admits (for casting strings)
    item_types: tuple[str, ...]  # for arrays (repeated fields)


@dataclass(frozen=True)
class BodySpec:
    required: bool
    media_types: tuple[str, ...]
    validator: Validator | None = field(compare=False, repr=False)  # None: not JSON, not checked
    # application/x-www-form-urlencoded: the schema's validator and how to cast each field
    form_validator: Validator | None = field(default=None, compare=False, repr=False)
    form_fields: Mapping[str, FormField] = field(default_factory=dict, compare=False, repr=False)

    @property
    def accepts_form(self) -> bool:
        return any(is_form_media(m) for m in self.media_types)


@dataclass(frozen=True)
class OperationSpec:
    operation_id: str
    method: str  # upper case
    path: str  # template with {param}
    parameters: tuple[ParamSpec, ...]
    body: BodySpec | None
    success_status: int
    success_has_body: bool
    statuses: frozenset[str]  # every status the spec lists ("200", "default", ...)
    ir: ir.Operation = field(compare=False, repr=False)
    # The path part of the operation's effective server (its own ``servers``, else its path item's,
    # else the document's first), without a trailing slash: "" for a server at the host's root.
    server_path: str = ""
    server_url: str = ""  # that server's URL, variables at their defaults ("" when the spec has none)

    @property
    def route(self) -> str:
        """Where the server serves the operation: its server's path followed by its path template."""
        return self.server_path + self.path

    def params_in(self, location: str) -> tuple[ParamSpec, ...]:
        return tuple(p for p in self.parameters if p.location == location)


@dataclass(frozen=True)
class ApiSpec:
    path: Path
    api: ir.Api
    operations: dict[str, OperationSpec]  # by operationId
    default_server: str

    def by_route(self) -> list[OperationSpec]:
        return list(self.operations.values())


def is_json_media(media: str) -> bool:
    base = media.split(";", 1)[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def is_form_media(media: str) -> bool:
    return media.split(";", 1)[0].strip().lower() == FORM_MEDIA


class _SchemaCompiler:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        resources = [(doc.path.as_uri(), DRAFT202012.create_resource(doc.data)) for doc in workspace.documents.values()]
        self.registry: Registry[Any] = Registry(retrieve=self._retrieve).with_resources(resources)  # type: ignore[call-arg]

    def _retrieve(self, uri: str) -> Resource[Any]:
        # Documents reached only from inside schemas (not seen by the IR build).
        path = Path(uri.removeprefix("file://"))
        ref = self.workspace.resolve(str(path), self.workspace.root, "")
        if ref is None:
            raise LookupError(uri)
        return DRAFT202012.create_resource(ref.document.data)

    def validator(self, document: Document, pointer: str) -> Validator:
        """A validator for the schema at ``pointer``, its ``$ref``s inlined where they do not recurse."""
        schema = self.inline(document.get(pointer), document, pointer, ())
        validator: Validator = OAS31Validator(
            schema, registry=self.registry, format_checker=OAS31Validator.FORMAT_CHECKER
        )
        return validator

    def inline(self, value: Any, document: Document, pointer: str, stack: tuple[tuple[str, str], ...]) -> Any:
        """``value`` with every ``$ref`` replaced by its target (validation then needs no lookups).

        A ``$ref`` with sibling keywords becomes ``allOf`` (2020-12 applies both);
        a recursive one stays an absolute ``$ref`` resolved through the registry.
        """
        if isinstance(value, list):
            return [self.inline(v, document, join_pointer(pointer, i), stack) for i, v in enumerate(value)]
        if not isinstance(value, dict):
            return value
        out: dict[str, Any] = {}
        for key, sub in value.items():
            if key == "$ref" or key in _LITERAL_KEYWORDS:
                out[key] = sub
            else:
                out[key] = self.inline(sub, document, join_pointer(pointer, key), stack)
        ref_text = value.get("$ref")
        if not isinstance(ref_text, str):
            return out
        ref = self.workspace.resolve(ref_text, document, join_pointer(pointer, "$ref"))
        if ref is None:
            raise ValueError(f"dangling $ref {ref_text!r} at {pointer}")
        key = (str(ref.document.path), ref.pointer)
        del out["$ref"]
        if key in stack:
            target: Any = {"$ref": ref.document.path.as_uri() + "#" + quote(ref.pointer, safe="/~-_.")}
        else:
            target = self.inline(ref.value(), ref.document, ref.pointer, (*stack, key))
        if not out:
            return target
        return {"allOf": [target], **out}

    def deref(self, value: Any, document: Document, pointer: str) -> tuple[Any, Document, str]:
        """Follow ``$ref`` chains of parameter/body objects (not schemas)."""
        seen: set[tuple[str, str]] = set()
        while isinstance(value, dict) and "$ref" in value:
            key = (str(document.path), pointer)
            if key in seen:
                raise ValueError(f"$ref loop at {pointer}")
            seen.add(key)
            ref = self.workspace.resolve(value["$ref"], document, pointer)
            if ref is None:
                raise ValueError(f"dangling $ref at {pointer}")
            document, pointer = ref.document, ref.pointer
            value = ref.value()
        return value, document, pointer

    def schema_types(self, schema: Any, document: Document, pointer: str, depth: int = 0) -> tuple[str, ...]:
        """The JSON types a (possibly referenced) schema admits, as far as casting needs."""
        if depth > 20 or not isinstance(schema, dict):
            return ()
        if "$ref" in schema:
            ref = self.workspace.resolve(schema["$ref"], document, pointer)
            if ref is not None:
                found = self.schema_types(ref.value(), ref.document, ref.pointer, depth + 1)
                if found:
                    return found
        declared = schema.get("type")
        if isinstance(declared, str):
            return (declared,)
        if isinstance(declared, list):
            return tuple(str(t) for t in declared)
        out: list[str] = []
        for keyword in ("oneOf", "anyOf", "allOf"):
            for i, sub in enumerate(schema.get(keyword) or ()):
                for t in self.schema_types(sub, document, join_pointer(pointer, keyword, i), depth + 1):
                    if t not in out:
                        out.append(t)
        if not out and "enum" in schema:
            for value in schema["enum"]:
                t = _json_type(value)
                if t not in out:
                    out.append(t)
        return tuple(out)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "string"


def _parameters(compiler: _SchemaCompiler, document: Document, path_pointer: str, op_pointer: str) -> list[ParamSpec]:
    merged: dict[tuple[str, str], ParamSpec] = {}
    for base in (path_pointer, op_pointer):
        raw_list = document.get(base).get("parameters") or []
        for i, raw in enumerate(raw_list):
            value, doc, pointer = compiler.deref(raw, document, join_pointer(base, "parameters", i))
            name = str(value["name"])
            location = str(value["in"])
            if location == "header" and name.lower() in _IGNORED_HEADERS:
                continue
            schema = value.get("schema")
            if schema is None:  # content-encoded parameter: not used by the spec; accept anything
                schema, schema_pointer = {}, None
            else:
                schema_pointer = join_pointer(pointer, "schema")
            types = compiler.schema_types(schema, doc, schema_pointer or pointer)
            item_types: tuple[str, ...] = ()
            if "array" in types and isinstance(schema, dict):
                items = schema.get("items")
                if isinstance(items, dict):
                    item_types = compiler.schema_types(items, doc, join_pointer(schema_pointer or pointer, "items"))
            default_style = "simple" if location in ("path", "header") else "form"
            style = str(value.get("style", default_style))
            explode = bool(value.get("explode", style == "form"))
            validator = (
                compiler.validator(doc, schema_pointer)
                if schema_pointer is not None
                else OAS31Validator({}, format_checker=OAS31Validator.FORMAT_CHECKER)
            )
            merged[(name if location != "header" else name.lower(), location)] = ParamSpec(
                name=name,
                location=location,
                required=bool(value.get("required", location == "path")),
                types=types,
                item_types=item_types,
                style=style,
                explode=explode,
                validator=validator,
            )
    return list(merged.values())


def _body(compiler: _SchemaCompiler, document: Document, op_pointer: str) -> BodySpec | None:
    raw = document.get(op_pointer).get("requestBody")
    if raw is None:
        return None
    value, doc, pointer = compiler.deref(raw, document, join_pointer(op_pointer, "requestBody"))
    content = value.get("content") or {}
    media_types = tuple(str(m) for m in content)
    validator: Validator | None = None
    for media in media_types:
        if is_json_media(media):
            media_obj = content[media] or {}
            if "schema" in media_obj:
                validator = compiler.validator(doc, join_pointer(pointer, "content", media, "schema"))
            break
    form_validator: Validator | None = None
    form_fields: dict[str, FormField] = {}
    for media in media_types:
        media_obj = content[media] or {}
        if is_form_media(media) and "schema" in media_obj:
            schema_pointer = join_pointer(pointer, "content", media, "schema")
            form_validator = compiler.validator(doc, schema_pointer)
            form_fields = _form_fields(compiler, compiler.inline(doc.get(schema_pointer), doc, schema_pointer, ()), doc)
            break
    return BodySpec(
        required=bool(value.get("required", False)),
        media_types=media_types,
        validator=validator,
        form_validator=form_validator,
        form_fields=form_fields,
    )


def _form_fields(compiler: _SchemaCompiler, schema: Any, doc: Document) -> dict[str, FormField]:
    """Each property of an (inlined) form schema: the types its string value is cast to."""
    fields: dict[str, FormField] = {}
    parts = (
        [schema] + [s for s in (schema.get("allOf") or []) if isinstance(s, dict)] if isinstance(schema, dict) else []
    )
    for part in parts:
        for name, sub in (part.get("properties") or {}).items():
            types = compiler.schema_types(sub, doc, "")
            items = sub.get("items") if isinstance(sub, dict) else None
            item_types = compiler.schema_types(items, doc, "") if "array" in types and isinstance(items, dict) else ()
            fields[str(name)] = FormField(types=types, item_types=item_types)
    return fields


def _success(op: ir.Operation) -> tuple[int, bool]:
    for response in op.success_responses:
        if response.status.isdigit():
            return int(response.status), response.content_type is not None
    return 200, True


def _statuses(document: Document, op_pointer: str) -> frozenset[str]:
    responses = document.get(op_pointer).get("responses") or {}
    return frozenset(str(k) for k in responses)


def _server_url(servers: Any) -> str | None:
    """The first server's URL with its variables at their defaults (None: no usable server)."""
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return None
    url = servers[0].get("url")
    if not isinstance(url, str):
        return None
    for name, variable in (servers[0].get("variables") or {}).items():
        if isinstance(variable, dict) and "default" in variable:
            url = url.replace("{" + str(name) + "}", str(variable["default"]))
    return url


def effective_server(document: Document, path_pointer: str, op_pointer: str) -> str:
    """The URL of an operation's effective server (OpenAPI: operation, else path item, else document)."""
    for candidate in (document.get(op_pointer), document.get(path_pointer), document.data):
        url = _server_url(candidate.get("servers") if isinstance(candidate, dict) else None)
        if url is not None:
            return url
    return ""


def url_path(url: str) -> str:
    """The path part of a server URL without a trailing slash: ``https://h/v1/`` -> ``/v1``, ``https://h`` -> ``""``.

    A relative URL (``/v1``) is a path already.
    """
    return urlsplit(url).path.rstrip("/")


def build_api_spec(path: str | Path = DEFAULT_SPEC_PATH) -> ApiSpec:
    """Load the spec at ``path`` into the server's operation table (raises SpecError)."""
    spec_path = Path(path).resolve()
    api = load_api(spec_path)
    diagnostics = Diagnostics()
    workspace = Workspace(spec_path, diagnostics)
    compiler = _SchemaCompiler(workspace)
    root = workspace.root
    operations: dict[str, OperationSpec] = {}
    for op in api.operations:
        path_pointer = join_pointer("/paths", op.path)
        op_pointer = join_pointer(path_pointer, op.method.lower())
        status, has_body = _success(op)
        server = effective_server(root, path_pointer, op_pointer)
        operations[op.operation_id] = OperationSpec(
            operation_id=op.operation_id,
            method=op.method.upper(),
            path=op.path,
            parameters=tuple(_parameters(compiler, root, path_pointer, op_pointer)),
            body=_body(compiler, root, op_pointer),
            success_status=status,
            success_has_body=has_body,
            statuses=_statuses(root, op_pointer),
            ir=op,
            server_path=url_path(server),
            server_url=server,
        )
    if diagnostics.has_errors():
        raise SpecError(diagnostics)
    return ApiSpec(path=spec_path, api=api, operations=operations, default_server=api.default_base_url)


@functools.lru_cache(maxsize=4)
def cached_api_spec(path: str = str(DEFAULT_SPEC_PATH)) -> ApiSpec:
    """``build_api_spec`` once per path and process (apps built in tests share it)."""
    return build_api_spec(path)


def operation_ids(spec: ApiSpec) -> Iterable[str]:
    return spec.operations.keys()


def check_handlers(spec: ApiSpec, handlers: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """(operationIds without a handler, handlers without an operation)."""
    missing = sorted(op for op in spec.operations if op not in handlers)
    extra = sorted(h for h in handlers if h not in spec.operations)
    return missing, extra

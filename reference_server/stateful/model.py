"""What the stateful server makes of a spec: collections inferred from paths, one role per operation.

A path template is cut into segments; ``{param}`` segments are normalized to ``{}``.

* ``T/{p}`` is an *item* template when some path starts with it; ``T`` is then a *collection*
  (also when ``POST T`` and a list-shaped ``GET T`` both exist).
* A collection's *scope* is the values of the parameters before its last segment:
  ``/v1/Services/{ServiceSid}/Assets`` is scoped by ``ServiceSid``; when the prefix
  ``/v1/Services/{ServiceSid}`` is itself an item template, that parent must exist.
* Roles: ``POST T`` create, ``GET T`` list (array response, or an object with an array
  property), ``GET T/{p}`` read, ``DELETE T/{p}`` delete, ``POST/PUT/PATCH T/{p}`` update,
  ``POST/PUT/PATCH T/{p}/action`` update through an action path, ``GET T/{p}/action`` read
  through an action path; anything else is ``example`` (a schema-valid example, marked in a
  response header).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostics
from generator.loader import Document, Workspace, join_pointer
from reference_server.http.spec import ApiSpec, OperationSpec, _SchemaCompiler, is_json_media
from reference_server.stateful.schemas import merge_all_of, normalize, schema_type

CREATE, LIST, READ, UPDATE, DELETE, ACTION_READ, ACTION_UPDATE, EXAMPLE = (
    "create", "list", "read", "update", "delete", "action-read", "action-update", "example",
)  # fmt: skip


@dataclass(frozen=True)
class ResponseSpec:
    status: str  # "200", "4XX", "default"
    media_type: str | None  # None: no body
    schema: Any  # inlined JSON Schema (None: none given)
    example: Any = None  # the media type's own example, when it has one
    has_example: bool = False
    required_headers: Mapping[str, Any] = field(default_factory=dict)  # name -> schema

    @property
    def is_json(self) -> bool:
        return self.media_type is not None and is_json_media(self.media_type)


@dataclass(frozen=True)
class Route:
    """One operation as the stateful server serves it."""

    operation_id: str
    method: str
    template: str
    role: str
    collection: str | None  # normalized collection template ("/v1/Services/{}/Assets")
    scope_params: tuple[str, ...]  # the parameters naming the parent, in order
    id_param: str | None  # the item parameter (read/update/delete/action)
    parent: tuple[str, int] | None  # (parent collection, how many scope values it takes) when it must exist
    responses: Mapping[str, ResponseSpec]
    security: tuple[Mapping[str, Any], ...]  # alternatives; each maps scheme name -> scopes
    op: OperationSpec

    def response_for(self, status: int) -> ResponseSpec | None:
        return (
            self.responses.get(str(status))
            or self.responses.get(f"{str(status)[0]}XX")
            or self.responses.get(f"{str(status)[0]}xx")
            or self.responses.get("default")
        )

    @property
    def success(self) -> ResponseSpec | None:
        return self.response_for(self.op.success_status)


@dataclass
class Collection:
    template: str  # normalized
    id_schema: Any = None  # the item parameter's schema
    id_param: str | None = None
    object_schemas: list[Any] = field(default_factory=list)  # the response schemas of its objects


_PARAM_RE = re.compile(r"\{([^{}]*)\}")
_SUFFIX_RE = re.compile(r"\.(json|xml)$")  # Twilio-style paths: /Calls.json, /Calls/{Sid}.json


def segments(template: str) -> list[str]:
    return [s for s in template.split("/") if s]


def _bare(segment: str) -> str:
    return _SUFFIX_RE.sub("", segment)


def normalized(parts: list[str]) -> str:
    return "/" + "/".join("{}" if is_param(p) else _bare(p) for p in parts)


def is_param(segment: str) -> bool:
    """``{name}`` (or ``{name}.json``): a segment that is one path parameter."""
    return _PARAM_RE.fullmatch(_bare(segment)) is not None


def param_name(segment: str) -> str:
    match = _PARAM_RE.fullmatch(_bare(segment))
    return match.group(1) if match else segment


class SpecModel:
    def __init__(self, spec: ApiSpec) -> None:
        self.spec = spec
        self.workspace = Workspace(Path(spec.path), Diagnostics())
        self.compiler = _SchemaCompiler(self.workspace)
        self.root: Document = self.workspace.root
        self.openapi_version = str(self.root.data.get("openapi", "3.0.0"))
        self.security_schemes: Mapping[str, Any] = self._security_schemes()
        self.routes: dict[str, Route] = {}
        self.collections: dict[str, Collection] = {}
        self._build()

    # -- reading the document ---------------------------------------------------
    def _security_schemes(self) -> dict[str, Any]:
        schemes = ((self.root.data.get("components") or {}).get("securitySchemes")) or {}
        out: dict[str, Any] = {}
        for name in schemes:
            pointer = join_pointer("/components/securitySchemes", name)
            value, _, _ = self.compiler.deref(self.root.get(pointer), self.root, pointer)
            out[str(name)] = value
        return out

    def _inline(self, document: Document, pointer: str) -> Any:
        return self.compiler.inline(document.get(pointer), document, pointer, ())

    def _responses(self, op_pointer: str) -> dict[str, ResponseSpec]:
        out: dict[str, ResponseSpec] = {}
        responses_pointer = join_pointer(op_pointer, "responses")
        for status in self.root.get(op_pointer).get("responses") or {}:
            pointer = join_pointer(responses_pointer, status)
            value, doc, pointer = self.compiler.deref(self.root.get(pointer), self.root, pointer)
            content = (value or {}).get("content") or {}
            media = next((m for m in content if is_json_media(m)), next(iter(content), None))
            schema: Any = None
            example: Any = None
            has_example = False
            if media is not None:
                media_obj = content[media] or {}
                media_pointer = join_pointer(pointer, "content", media)
                if "schema" in media_obj:
                    schema = self._inline(doc, join_pointer(media_pointer, "schema"))
                if "example" in media_obj:
                    example, has_example = media_obj["example"], True
                elif isinstance(media_obj.get("examples"), dict) and media_obj["examples"]:
                    first = next(iter(media_obj["examples"]))
                    ex_pointer = join_pointer(media_pointer, "examples", first)
                    ex_value, _, _ = self.compiler.deref(doc.get(ex_pointer), doc, ex_pointer)
                    if isinstance(ex_value, dict) and "value" in ex_value:
                        example, has_example = ex_value["value"], True
            headers: dict[str, Any] = {}
            for name in (value or {}).get("headers") or {}:
                h_pointer = join_pointer(pointer, "headers", name)
                h_value, h_doc, h_pointer = self.compiler.deref(doc.get(h_pointer), doc, h_pointer)
                if isinstance(h_value, dict) and h_value.get("required") and "schema" in h_value:
                    headers[str(name)] = self._inline(h_doc, join_pointer(h_pointer, "schema"))
            out[str(status)] = ResponseSpec(str(status), media, schema, example, has_example, headers)
        return out

    def _security(self, op_pointer: str) -> tuple[Mapping[str, Any], ...]:
        op = self.root.get(op_pointer)
        requirements = op["security"] if "security" in op else self.root.data.get("security") or []
        return tuple(r for r in requirements if isinstance(r, dict))

    def _path_param_schema(self, op: OperationSpec, name: str) -> Any:
        path_pointer = join_pointer("/paths", op.path)
        for base in (path_pointer, join_pointer(path_pointer, op.method.lower())):
            for i, raw in enumerate(self.root.get(base).get("parameters") or []):
                value, doc, pointer = self.compiler.deref(raw, self.root, join_pointer(base, "parameters", i))
                if value.get("in") == "path" and value.get("name") == name and "schema" in value:
                    return self._inline(doc, join_pointer(pointer, "schema"))
        return {"type": "string"}

    # -- classification -------------------------------------------------------------
    def _build(self) -> None:
        ops = list(self.spec.operations.values())
        item_templates: set[str] = set()
        for op in ops:
            parts = segments(op.path)
            for i, part in enumerate(parts):
                if is_param(part) and i > 0 and not is_param(parts[i - 1]):
                    item_templates.add(normalized(parts[: i + 1]))
        posts = {normalized(segments(op.path)) for op in ops if op.method == "POST"}
        raw: dict[str, tuple[OperationSpec, dict[str, ResponseSpec]]] = {}
        for op in ops:
            op_pointer = join_pointer(join_pointer("/paths", op.path), op.method.lower())
            raw[op.operation_id] = (op, self._responses(op_pointer))
        list_shaped = {
            normalized(segments(op.path))
            for op, responses in raw.values()
            if op.method == "GET" and _list_property(_success_schema(op, responses)) is not None
        }
        collections = {t[: -len("/{}")] for t in item_templates} | (posts & list_shaped)
        for op_id, (op, responses) in raw.items():
            op_pointer = join_pointer(join_pointer("/paths", op.path), op.method.lower())
            role, collection, id_param, scope_params = self._classify(op, responses, collections)
            parent = None
            if collection is not None:
                coll_parts = segments(collection)
                if len(coll_parts) >= 2 and is_param(coll_parts[-2]):
                    parent_item = normalized(coll_parts[:-1])
                    parent_coll = parent_item[: -len("/{}")]
                    if parent_coll in collections:
                        parent = (parent_coll, len(scope_params) - 1)
                entry = self.collections.setdefault(collection, Collection(collection))
                if id_param is not None and entry.id_param is None:
                    entry.id_param = id_param
                    entry.id_schema = self._path_param_schema(op, id_param)
                schema = _object_schema(role, _success_schema(op, responses))
                if schema is not None:
                    entry.object_schemas.append(schema)
            self.routes[op_id] = Route(
                operation_id=op_id,
                method=op.method,
                template=op.path,
                role=role,
                collection=collection,
                scope_params=scope_params,
                id_param=id_param,
                parent=parent,
                responses=responses,
                security=self._security(op_pointer),
                op=op,
            )

    def _classify(
        self, op: OperationSpec, responses: Mapping[str, ResponseSpec], collections: set[str]
    ) -> tuple[str, str | None, str | None, tuple[str, ...]]:
        parts = segments(op.path)
        params = [param_name(p) for p in parts if is_param(p)]
        here = normalized(parts)
        method = op.method
        if parts and is_param(parts[-1]) and here[: -len("/{}")] in collections:
            coll = here[: -len("/{}")]
            role = {"GET": READ, "DELETE": DELETE, "POST": UPDATE, "PUT": UPDATE, "PATCH": UPDATE}.get(method)
            if role is not None:
                return role, coll, params[-1], tuple(params[:-1])
        if here in collections:
            if method == "POST":
                return CREATE, here, None, tuple(params)
            if method == "GET" and _list_property(_success_schema(op, responses)) is not None:
                return LIST, here, None, tuple(params)
        if len(parts) >= 3 and not is_param(parts[-1]) and is_param(parts[-2]):
            coll = normalized(parts[:-2])
            if coll in collections:
                role = {"GET": ACTION_READ, "POST": ACTION_UPDATE, "PUT": ACTION_UPDATE, "PATCH": ACTION_UPDATE}.get(
                    method
                )
                if role is not None:
                    return role, coll, params[-1], tuple(params[:-1])
        return EXAMPLE, None, None, ()


def _success_schema(op: OperationSpec, responses: Mapping[str, ResponseSpec]) -> Any:
    response = responses.get(str(op.success_status))
    return response.schema if response is not None and response.is_json else None


def _list_property(schema: Any) -> str | None:
    """ "" for an array schema; the name of the array property of an object schema; else None."""
    schema = merge_all_of(schema)
    if not isinstance(schema, dict):
        return None
    kind = schema_type(schema)
    if kind == "array":
        return ""
    if kind == "object":
        for name, sub in (schema.get("properties") or {}).items():
            if isinstance(sub, dict) and schema_type(merge_all_of(sub)) == "array":
                return str(name)
    return None


def list_property(schema: Any, collection: str) -> str | None:
    """The array property of a list answer, preferring one named like the collection."""
    schema = merge_all_of(schema)
    if not isinstance(schema, dict):
        return None
    if schema_type(schema) == "array":
        return ""
    arrays = [
        str(n)
        for n, s in (schema.get("properties") or {}).items()
        if isinstance(s, dict) and schema_type(merge_all_of(s)) == "array"
    ]
    last = normalize(segments(collection)[-1]) if segments(collection) else ""
    for name in arrays:
        if normalize(name) == last:
            return name
    return arrays[0] if arrays else None


def _object_schema(role: str, schema: Any) -> Any:
    """The schema of one stored object as an operation of ``role`` answers it."""
    if schema is None:
        return None
    if role in (CREATE, READ, UPDATE):
        merged = merge_all_of(schema)
        return schema if isinstance(merged, dict) and schema_type(merged) == "object" else None
    if role == LIST:
        merged = merge_all_of(schema)
        name = _list_property(merged)
        if name is None:
            return None
        array = merged if name == "" else merge_all_of(merged["properties"][name])
        items = array.get("items") if isinstance(array, dict) else None
        return items if isinstance(items, dict) and schema_type(merge_all_of(items)) == "object" else None
    return None

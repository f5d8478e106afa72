"""The stateful server's behaviour: one generic handler per operation, by its role (``model``).

Objects are stored completed against every response schema of their collection (so reads,
lists and updates answer stable values); each answer is the stored object completed against
that operation's response schema (``schemas.Schemas.complete``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reference_server.api import DomainError, Handler, Proceed, Reply, validation_error
from reference_server.clock import SystemClock
from reference_server.stateful import model as m
from reference_server.stateful.model import Route, SpecModel
from reference_server.stateful.schemas import Schemas, merge_all_of, normalize, schema_type
from reference_server.stateful.store import ObjectStore, scope_key

log = logging.getLogger("reference_server.stateful")

EXAMPLE_HEADER = "x-refserver-example"
EXAMPLE_NOTE = "true; no collection pattern fits this operation: a schema-valid example, nothing stored"
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 10_000
MAX_OFFSET = 2**62
LIMIT_NAMES = ("limit", "pagesize", "perpage", "size", "maxresults", "top")
OFFSET_NAMES = ("offset", "skip", "start")
PAGE_NAMES = ("page", "pagenumber", "pageindex")
CURSOR_NAMES = ("cursor", "pagetoken", "after", "nextpagetoken", "continuationtoken", "startingafter")
# a tiny valid PNG (1x1, transparent) for image/png answers
PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002"
    "0000050001e226059b0000000049454e44ae426082"
)


@dataclass(frozen=True)
class Caller:
    id: str


ANONYMOUS = Caller("anonymous")


class StatefulPlatform:
    """What the HTTP layer drives (``api.Platform``): the spec model, the schemas and the store."""

    def __init__(self, spec_model: SpecModel, store: ObjectStore) -> None:
        self.model = spec_model
        self.store = store
        self.schemas = Schemas(spec_model.openapi_version)
        self.clock = SystemClock()

    # -- the layer's protocol (no users, idempotency, pipeline or clock to drive) -------------
    def authenticate(self, authorization: str | None) -> Caller:
        return ANONYMOUS

    def idempotency_begin(self, principal: str, key: str, operation_id: str, body: Any, params: Any = None) -> Proceed:
        return Proceed()  # Idempotency-Key is not recorded: every POST runs

    def idempotency_complete(
        self, principal: str, key: str, status: int, headers: dict[str, str], body: str | None
    ) -> None:
        return None

    def idempotency_abandon(self, principal: str, key: str) -> None:
        return None

    def tick(self) -> dict[str, Any]:
        return {}

    def advance(self, seconds: float) -> dict[str, Any]:
        return {}

    def start_runner(self, interval: float = 0.25) -> None:
        return None

    def stop_runner(self) -> None:
        return None

    def close(self) -> None:
        self.store.close()

    # -- objects ---------------------------------------------------------------------------
    def id_property(self, collection: str) -> str | None:
        entry = self.model.collections[collection]
        names: dict[str, str] = {}
        for schema in entry.object_schemas:
            merged = merge_all_of(schema)
            for name in (merged.get("properties") or {}) if isinstance(merged, dict) else ():
                names.setdefault(normalize(str(name)), str(name))
        for wanted in (normalize(entry.id_param or ""), "id", "sid", "uuid"):
            if wanted and wanted in names:
                return names[wanted]
        return None

    def property_schema(self, collection: str, name: str) -> Any:
        for schema in self.model.collections[collection].object_schemas:
            merged = merge_all_of(schema)
            if isinstance(merged, dict) and name in (merged.get("properties") or {}):
                return merged["properties"][name]
        return None

    def new_id(self, conn: Any, collection: str, id_prop: str | None) -> Any:
        entry = self.model.collections[collection]
        schema = merge_all_of(self.property_schema(collection, id_prop) if id_prop else None)
        if not isinstance(schema, dict) or schema_type(schema) is None:
            schema = merge_all_of(entry.id_schema) or {"type": "string"}
        if schema_type(schema) == "integer":
            return self.store.next_integer(conn, collection)
        return self.schemas.string(schema, unique=True)

    def build_object(self, collection: str, seed: Mapping[str, Any]) -> dict[str, Any]:
        """``seed`` (request fields, path values, the id) completed against every object schema."""
        schemas = self.model.collections[collection].object_schemas
        if not schemas:
            return dict(seed)
        obj: dict[str, Any] = {}
        for schema in schemas:
            completed = self.schemas.complete(schema, {**seed, **obj})
            if isinstance(completed, dict):
                for key, value in completed.items():
                    obj.setdefault(key, value)
        return obj

    def apply_fields(
        self, collection: str, obj: dict[str, Any], fields: Mapping[str, Any], id_prop: str | None
    ) -> None:
        """Request fields whose (loosely matched) name is a property of the objects, when valid for it."""
        known: dict[str, str] = {}
        for schema in self.model.collections[collection].object_schemas:
            merged = merge_all_of(schema)
            for name in (merged.get("properties") or {}) if isinstance(merged, dict) else ():
                known.setdefault(normalize(str(name)), str(name))
        for key, value in fields.items():
            name = key if key in obj else known.get(normalize(key))
            if name is None or name == id_prop:
                continue
            schema = self.property_schema(collection, name)
            if schema is None or self.schemas.is_valid(schema, value):
                obj[name] = value

    # -- answers ----------------------------------------------------------------------------
    def answer(self, route: Route, source: Any, *, example: bool = False) -> Reply:
        status = route.op.success_status
        response = route.success
        headers: dict[str, str] = {EXAMPLE_HEADER: EXAMPLE_NOTE} if example else {}
        if response is None:
            return Reply(status, None, headers, documented=False)
        for name, schema in response.required_headers.items():
            headers[name] = str(self.schemas.generate(schema))
        if response.media_type is None or not route.op.success_has_body:
            return Reply(status, None, headers)
        if not response.is_json:
            return Reply(status, self.raw_body(response), headers, content_type=response.media_type)
        if response.schema is None:
            body = response.example if response.has_example else (source if source is not None else {})
        elif example:
            body = (
                response.example
                if response.has_example and self.schemas.is_valid(response.schema, response.example)
                else self.schemas.generate(response.schema)
            )
        else:
            body = self.schemas.complete(response.schema, source if source is not None else {})
        return Reply(status, body, headers, content_type=response.media_type)

    def raw_body(self, response: m.ResponseSpec) -> bytes:
        if response.has_example and isinstance(response.example, str):
            return response.example.encode()
        media = (response.media_type or "").lower()
        if media.startswith("image/png"):
            return PNG_1X1
        schema = response.schema if isinstance(response.schema, dict) else {"type": "string"}
        value = self.schemas.generate(schema)
        return value.encode() if isinstance(value, str) else str(value).encode()


def not_found(what: str) -> DomainError:
    return DomainError(404, "not_found", what)


def _fields(body: Any) -> dict[str, Any]:
    return dict(body) if isinstance(body, dict) else {}


def _scope(route: Route, path: Mapping[str, Any]) -> list[str]:
    return [str(path.get(p, "")) for p in route.scope_params]


def _check_parent(platform: StatefulPlatform, conn: Any, route: Route, scope: list[str]) -> None:
    if route.parent is None or not scope:
        return
    parent_collection, taken = route.parent
    if not platform.store.exists(conn, parent_collection, scope_key(scope[:taken]), scope[taken]):
        raise not_found(f"no {parent_collection} {scope[taken]!r}")


def handle(
    platform: StatefulPlatform, operation_id: str, path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> Reply:
    route = platform.model.routes[operation_id]
    if route.role == m.EXAMPLE or route.collection is None:
        return platform.answer(route, None, example=True)
    collection = route.collection
    scope = _scope(route, path)
    key = scope_key(scope)
    store = platform.store
    id_prop = platform.id_property(collection)
    with store.begin() as conn:
        _check_parent(platform, conn, route, scope)
        if route.role == m.CREATE:
            new_id = platform.new_id(conn, collection, id_prop)
            seed: dict[str, Any] = {str(k): v for k, v in path.items()}
            seed.update(_fields(body))
            if id_prop is not None:
                seed[id_prop] = new_id
            obj = platform.build_object(collection, seed)
            if id_prop is not None:
                obj[id_prop] = new_id
            store.insert(conn, collection, key, str(new_id), obj)
            return platform.answer(route, obj)
        if route.role == m.LIST:
            return list_answer(platform, route, conn, key, query)
        object_id = str(path.get(route.id_param or "", ""))
        found = store.get(conn, collection, key, object_id)
        if found is None:
            raise not_found(f"no {collection} {object_id!r}")
        if route.role == m.DELETE:
            store.remove(conn, collection, key, object_id)
            return platform.answer(route, found)
        if route.role in (m.UPDATE, m.ACTION_UPDATE):
            platform.apply_fields(collection, found, _fields(body), id_prop)
            store.replace(conn, collection, key, object_id, found)
        return platform.answer(route, found)


def _query_param(route: Route, names: tuple[str, ...]) -> Any:
    for param in route.op.params_in("query"):
        if normalize(param.name) in names:
            return param
    return None


def paginate(route: Route, query: Mapping[str, Any]) -> tuple[int, int, int | None]:
    """(offset, limit, page number or None) from the operation's recognisable list parameters."""
    limit_param = _query_param(route, LIMIT_NAMES)
    limit = DEFAULT_PAGE_SIZE
    if limit_param is not None:
        schema = getattr(limit_param.validator, "schema", {}) or {}
        if isinstance(schema.get("default"), int):
            limit = int(schema["default"])
        if isinstance(schema.get("maximum"), int):
            limit = min(limit, int(schema["maximum"]))
        if isinstance(query.get(limit_param.name), int):
            limit = int(query[limit_param.name])
    limit = max(limit, 0)
    offset = 0
    page: int | None = None
    offset_param = _query_param(route, OFFSET_NAMES)
    if offset_param is not None and isinstance(query.get(offset_param.name), int):
        offset = max(0, int(query[offset_param.name]))
    page_param = _query_param(route, PAGE_NAMES)
    if page_param is not None:
        schema = getattr(page_param.validator, "schema", {}) or {}
        base = int(schema["minimum"]) if schema.get("minimum") in (0, 1) else 1
        page = int(query[page_param.name]) if isinstance(query.get(page_param.name), int) else base
        offset = max(0, page - base) * limit
    cursor_param = _query_param(route, CURSOR_NAMES)
    if cursor_param is not None:
        raw = query.get(cursor_param.name)
        if isinstance(raw, str) and raw.isdigit() and len(raw) < 12:
            offset = int(raw)  # cursors this server issues are offsets; any other value starts over
    # past any stored object, and within what the databases' integers hold
    return min(offset, MAX_OFFSET), min(limit, MAX_PAGE_SIZE), page


def list_answer(platform: StatefulPlatform, route: Route, conn: Any, key: str, query: Mapping[str, Any]) -> Reply:
    offset, limit, page = paginate(route, query)
    assert route.collection is not None
    items, total = platform.store.page(conn, route.collection, key, offset, limit)
    response = route.success
    schema = merge_all_of(response.schema) if response is not None else None
    prop = m.list_property(schema, route.collection)
    if response is None or not isinstance(schema, dict) or prop is None:
        return platform.answer(route, items)
    array_schema = schema if prop == "" else merge_all_of(schema["properties"][prop])
    item_schema = array_schema.get("items") if isinstance(array_schema, dict) else None
    shaped = [platform.schemas.complete(item_schema, item) if isinstance(item_schema, dict) else item for item in items]
    if prop == "":
        return Reply(route.op.success_status, shaped, content_type=response.media_type or "application/json")
    more = offset + len(items) < total
    overrides: dict[str, Any] = {
        "page": page if page is not None else (offset // limit if limit else 0),
        "pagesize": limit,
        "perpage": limit,
        "limit": limit,
        "offset": offset,
        "total": total,
        "totalcount": total,
        "count": len(shaped),
        "key": prop,
        "nextpagetoken": str(offset + limit) if more else None,
        "nextcursor": str(offset + limit) if more else None,
    }
    if not more:
        overrides["nextpageurl"] = None  # where the schema allows null; a next page keeps its generated URL
    if offset == 0:
        overrides["previouspageurl"] = None
    body = platform.schemas.complete(schema, {prop: shaped})
    if isinstance(body, dict):
        body[prop] = shaped
        _override(platform.schemas, schema, body, overrides)
    return Reply(route.op.success_status, body, content_type=response.media_type or "application/json")


def _override(schemas: Schemas, schema: Any, value: dict[str, Any], overrides: Mapping[str, Any]) -> None:
    """Set pagination facts on (nested) properties named like them, where the schema allows the value."""
    properties = (merge_all_of(schema) or {}).get("properties") or {}
    for name, sub in properties.items():
        if name not in value:
            continue
        wanted = normalize(str(name))
        if wanted in overrides and schemas.is_valid(sub, overrides[wanted]):
            value[name] = overrides[wanted]
        elif isinstance(value[name], dict):
            _override(schemas, sub, value[name], overrides)


def handlers_for(spec_model: SpecModel) -> dict[str, Handler]:
    def bind(operation_id: str) -> Handler:
        def run(platform: Any, user: Any, path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Any:
            return handle(platform, operation_id, path, query, body)

        return run

    return {op_id: bind(op_id) for op_id in spec_model.routes}


# -- security -------------------------------------------------------------------------------
def _credential(scheme: Mapping[str, Any], headers: Mapping[str, str], query: Mapping[str, list[str]]) -> str | None:
    kind = str(scheme.get("type", "")).lower()
    authorization = headers.get("authorization", "").strip()
    if kind == "apikey":
        name = str(scheme.get("name", ""))
        where = scheme.get("in")
        if where == "header":
            return headers.get(name.lower()) or None
        if where == "query":
            values = query.get(name) or []
            return values[0] if values and values[0] else None
        if where == "cookie":
            for part in headers.get("cookie", "").split(";"):
                if part.strip().startswith(f"{name}="):
                    return part.strip()
            return None
        return None
    if kind == "http":
        wanted = str(scheme.get("scheme", "")).lower()
        scheme_name, _, rest = authorization.partition(" ")
        if rest.strip() and (not wanted or scheme_name.lower() == wanted):
            return authorization
        return None
    if kind in ("oauth2", "openidconnect"):
        scheme_name, _, rest = authorization.partition(" ")
        return authorization if scheme_name.lower() == "bearer" and rest.strip() else None
    return authorization or None  # mutualTLS and unknown kinds: any Authorization header


def _describe(scheme_name: str, scheme: Mapping[str, Any]) -> str:
    kind = str(scheme.get("type", "")).lower()
    if kind == "apikey":
        return f"{scheme_name} (API key in {scheme.get('in')} {scheme.get('name')!r})"
    if kind == "http":
        return f"{scheme_name} (Authorization: {str(scheme.get('scheme', '')).capitalize()} ...)"
    return f"{scheme_name} (Authorization: Bearer ...)"


def authenticate_operation(
    platform: Any, operation_id: str, headers: Mapping[str, str], query: Mapping[str, list[str]]
) -> Caller:
    """The caller when the operation's security is met (any credential of the right kind); else 401.

    Then (the caller known, before the layer validates the rest) a query parameter the operation
    does not declare is refused: 400 naming it (an API key sent in the query is declared by its
    security scheme).
    """
    route: Route = platform.model.routes[operation_id]
    caller = _caller(platform, route, headers, query)
    declared = {p.name for p in route.op.params_in("query")}
    for name in (s.get("name") for s in platform.model.security_schemes.values() if s.get("in") == "query"):
        declared.add(str(name))
    unknown = sorted(name for name in query if name not in declared)
    if unknown:
        raise validation_error(
            "; ".join(f"query parameter {_shown(name)}: not a parameter of this operation" for name in unknown[:5])
        )
    return caller


def _shown(name: str) -> str:
    return name if len(name) <= 60 else name[:60] + "..."


def _caller(platform: Any, route: Route, headers: Mapping[str, str], query: Mapping[str, list[str]]) -> Caller:
    if not route.security:
        return ANONYMOUS
    schemes = platform.model.security_schemes
    for requirement in route.security:
        found = [_credential(schemes.get(name) or {}, headers, query) for name in requirement]
        if all(found):
            return Caller(str(found[0]) if found else "anonymous")
    wanted = " or ".join(
        " + ".join(_describe(name, schemes.get(name) or {}) for name in requirement) for requirement in route.security
    )
    raise DomainError(401, "unauthorized", f"this operation requires credentials: {wanted}")


# -- errors as the spec documents them -----------------------------------------------------------
def render_error(platform: Any, operation_id: str, error: DomainError) -> Reply:
    route: Route | None = platform.model.routes.get(operation_id)
    response = route.response_for(error.status) if route is not None else None
    if response is None:
        return Reply(error.status, error.to_body(), documented=False)
    if response.media_type is None:
        return Reply(error.status, None)
    if not response.is_json:
        return Reply(error.status, error.message.encode(), content_type=response.media_type)
    if response.schema is None:
        return Reply(error.status, error.to_body(), content_type=response.media_type)
    schemas: Schemas = platform.schemas
    seed = _error_seed(schemas, response.schema, error)
    return Reply(error.status, schemas.complete(response.schema, seed), content_type=response.media_type)


def _error_seed(schemas: Schemas, schema: Any, error: DomainError) -> dict[str, Any]:
    candidates: dict[str, list[Any]] = {
        "code": [error.status, error.code],
        "statuscode": [error.status],
        "status": [error.status, str(error.status)],
        "message": [error.message],
        "detail": [error.message],
        "title": [error.message],
        "error": [error.code, error.message],
        "type": [error.code],
        "description": [error.message],
    }
    out: dict[str, Any] = {}
    properties = (merge_all_of(schema) or {}).get("properties") or {}
    for name, sub in properties.items():
        for value in candidates.get(normalize(str(name)), []):
            if schemas.is_valid(sub, value):
                out[str(name)] = value
                break
    return out

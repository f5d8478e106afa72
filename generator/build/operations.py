"""Operations: every path item's operations in document order, grouped into resources by their
first tag, each with its parameters, body, responses, security and `x-sdkgen-*` extensions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..extensions import apply_operation_extensions
from ..loader import Document, join_pointer
from ..naming import camel, split_words
from . import bodies, hosts, parameters, paths, responses, security

if TYPE_CHECKING:
    from .builder import Builder

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def build_resources(b: Builder, data: dict[str, Any]) -> list[ir.Resource]:
    tag_docs = {
        str(t.get("name")): str(t.get("description") or "")
        for t in data.get("tags") or []
        if isinstance(t, dict) and t.get("name") is not None
    }
    resources: dict[str, ir.Resource] = {}
    paths = data.get("paths") or {}
    if not isinstance(paths, dict):
        b.diags.error("paths-invalid", "`paths` must be a mapping", b.loc(b.root, "/paths"))
        return []
    for path, item in paths.items():
        for op in _path_item(b, str(path), item):
            resource = resources.get(op.resource)
            if resource is None:
                resource = resources[op.resource] = ir.Resource(op.resource, tag_docs.get(op.resource, ""))
            resource.operations.append(op)
    return list(resources.values())


def _path_item(b: Builder, path: str, item: Any) -> list[ir.Operation]:
    """The operations of one path item, in its order."""
    item, item_doc, item_pointer = b.deref(item, b.root, join_pointer("/paths", path))
    if not isinstance(item, dict):
        return []
    shared_params = item.get("parameters") or []
    item_servers = (item.get("servers"), item_doc, join_pointer(item_pointer, "servers"))
    result = []
    for method, raw in item.items():
        if method not in HTTP_METHODS:
            continue
        op_pointer = join_pointer(item_pointer, method)
        op_doc = item_doc
        if isinstance(raw, dict) and "$ref" in raw:
            raw, op_doc, op_pointer = operation_ref(b, raw, item_doc, op_pointer, method, path)
            if raw is None:
                continue
        if not isinstance(raw, dict):
            b.diags.error("operation-invalid", "an operation must be a mapping", b.loc(op_doc, op_pointer))
            continue
        op = operation(b, path, method, raw, (shared_params, item_doc), op_doc, op_pointer, item_pointer)
        op.host = hosts.operation_host(b, raw.get("servers"), item_servers, op_doc, op_pointer)
        result.append(op)
    return result


def operation_ref(
    b: Builder, raw: dict[str, Any], doc: Document, pointer: str, method: str, path: str
) -> tuple[Any, Document, str]:
    """An operation given as `$ref` to another file (or place): OpenAPI's operation object has
    no `$ref`, but vendors split big specs this way and the common bundlers inline it. Read it
    where it lands, so the references inside it resolve relative to that file."""
    value, target_doc, target_pointer = b.deref(raw, doc, pointer)
    if value is None:
        return None, doc, pointer
    b.diags.warning(
        "operation-ref",
        f"{method.upper()} {path} is given by $ref {raw['$ref']!r}; OpenAPI does not allow $ref on an "
        "operation, read as if the operation were written here",
        b.loc(doc, join_pointer(pointer, "$ref")),
        "bundle the spec (or write the operation inline) to make it valid OpenAPI",
    )
    return value, target_doc, target_pointer


def operation(
    b: Builder,
    path: str,
    method: str,
    raw: dict[str, Any],
    shared_params: tuple[Any, Document],
    doc: Document,
    pointer: str,
    item_pointer: str,
) -> ir.Operation:
    op_id = _unique_operation_id(b, raw, method, path, doc, pointer)
    tags = raw.get("tags") or []
    resource = str(tags[0]) if isinstance(tags, list) and tags else "default"
    op = ir.Operation(
        operation_id=op_id,
        method=method.upper(),
        path=path,
        resource=resource,
        summary=str(raw.get("summary") or ""),
        description=str(raw.get("description") or ""),
        deprecated=raw.get("deprecated") is True,
        source=f"{doc.display_name}#{pointer}",
    )
    hint = split_words(op_id)
    shared, item_doc = shared_params
    op.parameters = parameters.parameters(
        b, shared, item_doc, raw.get("parameters") or [], doc, pointer, item_pointer, hint
    )
    paths.check_path_params(b, op, doc, pointer)
    if "requestBody" in raw:
        op.body = bodies.request_body(b, raw["requestBody"], doc, join_pointer(pointer, "requestBody"), hint)
    op.responses = responses.responses(b, raw.get("responses"), doc, join_pointer(pointer, "responses"), hint)
    accepted = security.operation_security(b, raw)
    if accepted is not None:
        op.security = accepted
    if isinstance(raw.get("callbacks"), dict) and raw["callbacks"]:
        b.diags.warning(
            "callbacks-skipped",
            "callbacks describe requests the API sends to the client; no SDK method is generated",
            b.loc(doc, join_pointer(pointer, "callbacks")),
        )
    apply_operation_extensions(op, raw, b.diags, doc, pointer)
    return op


def _unique_operation_id(b: Builder, raw: dict[str, Any], method: str, path: str, doc: Document, pointer: str) -> str:
    """The operation's operationId (derived from method and path when missing); a second use of
    one is read under a name of its own (from its method and path), not refused."""
    op_id = raw.get("operationId")
    if not isinstance(op_id, str) or not op_id.strip():
        op_id = derived_operation_id(method, path)
    previous = b.operation_ids.get(op_id)
    if previous is not None:
        first_doc, first_pointer = previous
        unique = derived_operation_id(method, path)
        number = 2
        while unique in b.operation_ids:
            unique, number = f"{op_id}{number}", number + 1
        b.diags.warning(
            "duplicate-operation-id",
            f"operationId {op_id!r} of {method.upper()} {path} is used twice (first at "
            f"{b.loc(first_doc, first_pointer)}); this one is generated as {unique!r}",
            b.loc(doc, join_pointer(pointer, "operationId")),
            "every operationId must be unique",
        )
        op_id = unique
    # Where it stands, for a later duplicate's message; line numbers only on that error path.
    b.operation_ids[op_id] = (doc, join_pointer(pointer, "operationId"))
    return op_id


def derived_operation_id(method: str, path: str) -> str:
    """An operationId for an operation without one: the method, then the path's words."""
    words: list[str] = [method.lower()]
    for segment in path.strip("/").split("/"):
        if segment.startswith("{") and segment.endswith("}"):
            words += ["By"] + split_words(segment[1:-1])
        else:
            words += split_words(segment)
    return camel(words) or method.lower()

"""Swagger 2.0 documents, converted to the OpenAPI 3.0 form the builder reads.

The conversion is structural and in memory: `definitions`, body and form
parameters, `produces`/`consumes`, `collectionFormat`, `type: file`,
`x-nullable` and the security definitions all become their 3.0 shapes, and
every `$ref` is re-pointed, so a 2.0 document and its 3.0 twin give the same IR.
What has no 3.0 equivalent is reported as a warning.

Real documents bend 2.0, and each bend is read the way its authors meant it, with a warning
where the reading goes beyond 2.0: `type: "null"` and type lists as OpenAPI 3.1 reads them,
`items` written as a list (Slack) as "one of these", a schema-less success response of an
operation that produces only binary media (Docker's tar archives) as a download, and
grpc-gateway's package-qualified definition names (`v1.Foo`) as plain model names (`Foo`) when
no name clashes. Formats are kept as written, known or not: each target falls back to the base
type for a format it does not know (Docker's `dateTime`, `uint64`, `json`; grpc-gateway's
`type: string, format: int64` stays a string on the wire and in the SDK).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

from .naming import pascal, split_words

Warn = Callable[[str, str], None]  # (JSON pointer in the 2.0 document, message)

_REF_PREFIXES = {
    "#/definitions/": "#/components/schemas/",
    "#/responses/": "#/components/responses/",
    "#/securityDefinitions/": "#/components/securitySchemes/",
}
_SCHEMA_KEYS = (
    "type", "format", "items", "enum", "default", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
    "multipleOf",
)
_COLLECTION_FORMATS = {
    "csv": ("form", False),
    "multi": ("form", True),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
}
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


def is_swagger2(data: Any) -> bool:
    return isinstance(data, dict) and str(data.get("swagger", "")).startswith("2.")


def convert(document: dict[str, Any], warn: Warn) -> dict[str, Any]:
    """The OpenAPI 3.0.3 equivalent of a Swagger 2.0 `document` (which is left untouched)."""
    source = copy.deepcopy(document)
    body_params = _body_parameter_names(source)
    renames = _definition_renames(source)
    out: dict[str, Any] = {"openapi": "3.0.3", "info": source.get("info") or {"title": "API", "version": "0"}}
    for key in ("tags", "externalDocs", "security"):
        if key in source:
            out[key] = source[key]
    servers = _servers(source)
    if servers:
        out["servers"] = servers
    components: dict[str, Any] = {}
    if isinstance(source.get("definitions"), dict):
        components["schemas"] = {
            renames.get(name, name): _schema(schema, f"/definitions/{_escape(str(name))}", warn)
            for name, schema in source["definitions"].items()
        }
    if isinstance(source.get("parameters"), dict):
        for name, param in source["parameters"].items():
            pointer = f"/parameters/{name}"
            if isinstance(param, dict) and param.get("in") == "body":
                components.setdefault("requestBodies", {})[name] = _body(
                    param, _consumes(source, {}), pointer, warn
                )
            elif isinstance(param, dict) and param.get("in") == "formData":
                warn(pointer, "a shared formData parameter cannot stand alone in OpenAPI 3; it is inlined where used")
            else:
                components.setdefault("parameters", {})[name] = _parameter(param, pointer, warn)
    if isinstance(source.get("responses"), dict):
        components["responses"] = {
            name: _response(resp, _produces(source, {}), f"/responses/{name}", warn)
            for name, resp in source["responses"].items()
        }
    if isinstance(source.get("securityDefinitions"), dict):
        components["securitySchemes"] = {
            name: _security_scheme(scheme) for name, scheme in source["securityDefinitions"].items()
        }
    if components:
        out["components"] = components
    out["paths"] = {}
    for path, item in (source.get("paths") or {}).items():
        out["paths"][path] = _path_item(source, item, f"/paths/{_escape(path)}", warn, body_params)
    for key, value in source.items():
        if key.startswith("x-"):
            out[key] = value
    converted: dict[str, Any] = _rewrite_refs(out, body_params, renames)
    return converted


def rewrite_external(document: Any) -> Any:
    """Re-point the `$ref`s of a file that a Swagger 2.0 document refers to."""
    return _rewrite_refs(copy.deepcopy(document), set(), {})


# ---------------------------------------------------------------- pieces


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _servers(source: dict[str, Any]) -> list[dict[str, Any]]:
    host = source.get("host")
    base = source.get("basePath") or ""
    if not host:
        return [{"url": base}] if base else []
    schemes = source.get("schemes") or ["https"]
    return [{"url": f"{scheme}://{host}{base}"} for scheme in schemes]


def _consumes(source: dict[str, Any], op: dict[str, Any]) -> list[str]:
    return list(op.get("consumes") or source.get("consumes") or ["application/json"])


def _produces(source: dict[str, Any], op: dict[str, Any]) -> list[str]:
    return list(op.get("produces") or source.get("produces") or ["application/json"])


def _schema(schema: Any, pointer: str, warn: Warn) -> Any:
    """A 2.0 schema in its 3.0 form (recursively)."""
    if isinstance(schema, list):
        return [_schema(item, pointer, warn) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "x-nullable":
            result["nullable"] = bool(value)
        elif key == "discriminator" and isinstance(value, str):
            result["discriminator"] = {"propertyName": value}
        elif key == "type" and value == "file":
            result["type"] = "string"
            result["format"] = "binary"
        elif key == "type":
            _check_type(value, f"{pointer}/type", warn)
            result[key] = value
        elif key in ("properties", "definitions", "patternProperties") and isinstance(value, dict):
            result[key] = {k: _schema(v, f"{pointer}/{key}/{_escape(str(k))}", warn) for k, v in value.items()}
        elif key == "items" and isinstance(value, list):
            _items_list(schema, value, result, f"{pointer}/items", warn)
        elif key in ("items", "additionalProperties", "not"):
            result[key] = _schema(value, f"{pointer}/{key}", warn)
        elif key in ("allOf", "anyOf", "oneOf") and isinstance(value, list):
            result[key] = [_schema(v, f"{pointer}/{key}/{i}", warn) for i, v in enumerate(value)]
        else:
            result[key] = value
    return result


def _check_type(value: Any, pointer: str, warn: Warn) -> None:
    """`type: "null"` and lists of types are JSON Schema (and OpenAPI 3.1), not Swagger 2.0, whose
    `type` is one name; some generators write them anyway. They are kept and read the 3.1 way."""
    if value == "null":
        warn(pointer, 'Swagger 2.0 has no type "null"; read as in OpenAPI 3.1: the value is JSON null')
    elif isinstance(value, list):
        shown = ", ".join(map(str, value))
        warn(pointer, f"Swagger 2.0 allows one type name, not a list ([{shown}]); read as in OpenAPI 3.1: "
                      "any of these types" + (", or null" if "null" in value else ""))


def _items_list(schema: dict[str, Any], members: list[Any], result: dict[str, Any], pointer: str,
                warn: Warn) -> None:
    """`items` written as a list of schemas, which Swagger 2.0 does not allow (Slack's documents
    do it): read as "one of these", for the array's items when `type` is array, else for the
    value itself (without a `type`, a JSON Schema list of items would constrain nothing)."""
    converted = [_schema(m, f"{pointer}/{i}", warn) for i, m in enumerate(members)]
    one = converted[0] if len(converted) == 1 else {"anyOf": converted}
    if schema.get("type") == "array":
        warn(pointer, "Swagger 2.0 `items` is one schema, not a list; read as: each item is one of these")
        result["items"] = one
    elif schema.get("type") in (None, "object") and converted and not any(
            k in schema for k in ("anyOf", "oneOf", "allOf", "properties")):
        warn(pointer, "Swagger 2.0 `items` is one schema, not a list, and this schema is not an array; "
                      "read as: the value is one of these")
        if len(converted) == 1:
            result.setdefault("allOf", []).append(one)
        else:
            result["anyOf"] = converted
    else:
        warn(pointer, "Swagger 2.0 `items` is one schema, not a list; ignored here")


def _parameter(param: Any, pointer: str, warn: Warn) -> Any:
    """A path, query, header or cookie parameter: type details move under `schema`."""
    if not isinstance(param, dict) or "$ref" in param:
        return param
    result = {k: v for k, v in param.items() if k not in _SCHEMA_KEYS and k not in ("collectionFormat",
                                                                                    "allowEmptyValue", "x-nullable")}
    schema = {k: param[k] for k in _SCHEMA_KEYS if k in param}
    if schema.get("type") == "file":
        schema = {"type": "string", "format": "binary"}
    elif "type" in schema:
        _check_type(schema["type"], f"{pointer}/type", warn)
    if "x-nullable" in param:
        schema["nullable"] = bool(param["x-nullable"])
    if "items" in schema:
        schema["items"] = _schema(schema["items"], f"{pointer}/items", warn)
    result["schema"] = schema
    if param.get("allowEmptyValue"):
        result["allowEmptyValue"] = True
    fmt = param.get("collectionFormat")
    if schema.get("type") == "array":
        if fmt == "tsv":
            warn(pointer, "collectionFormat tsv has no OpenAPI 3 equivalent; sent as comma-separated")
        style, explode = _COLLECTION_FORMATS.get(fmt or "csv", ("form", False))
        if param.get("in") in ("path", "header"):
            style = "simple"
        result["style"] = style
        result["explode"] = explode
    return result


def _body(param: dict[str, Any], consumes: list[str], pointer: str, warn: Warn) -> dict[str, Any]:
    schema = _schema(param.get("schema", {}), f"{pointer}/schema", warn)
    body: dict[str, Any] = {"content": {media: {"schema": schema} for media in consumes}}
    if param.get("description"):
        body["description"] = param["description"]
    if param.get("required"):
        body["required"] = True
    return body


def _form_body(params: list[tuple[str, dict[str, Any]]], consumes: list[str], warn: Warn) -> dict[str, Any]:
    """`formData` parameters (each with the pointer it was written at) as one object body.

    An array field keeps its `collectionFormat` the OpenAPI 3 way, in the media type's `encoding`:
    in `application/x-www-form-urlencoded` as the field's `style` and `explode` (`multi` repeats
    the field, `csv`, `ssv` and `pipes` join the items into one value with `,`, ` ` or `|`; `csv`
    is 2.0's default, so an array without a format is joined too). In `multipart/form-data` an
    array is one part per item in OpenAPI 3.0, which is what `multi` means; a joined format there
    is one part holding the joined items, which 3.0 cannot say and 3.1 says with the same
    `style`/`explode` on the encoding: written so, with a warning. `tsv` has no OpenAPI 3 style
    at all: sent comma-separated, with a warning.
    """
    properties: dict[str, Any] = {}
    required: list[str] = []
    formats: dict[str, tuple[str, str | None]] = {}  # array field -> (pointer, collectionFormat)
    has_file = False
    for pointer, param in params:
        name = str(param.get("name"))
        schema = _parameter({k: v for k, v in param.items() if k != "collectionFormat"}, pointer, warn)["schema"]
        if param.get("description"):
            schema["description"] = param["description"]
        items = schema.get("items")
        has_file = has_file or schema.get("format") == "binary" or (
            isinstance(items, dict) and items.get("format") == "binary")
        properties[name] = schema
        if param.get("required"):
            required.append(name)
        fmt = param.get("collectionFormat")
        if schema.get("type") == "array":
            formats[name] = (pointer, fmt if isinstance(fmt, str) else None)
        elif fmt is not None:
            warn(f"{pointer}/collectionFormat", "collectionFormat applies to arrays only; ignored here")
    object_schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        object_schema["required"] = required
    media = [m for m in consumes if _base_media(m) in ("application/x-www-form-urlencoded", "multipart/form-data")]
    if not media:
        media = ["multipart/form-data" if has_file else "application/x-www-form-urlencoded"]
    content: dict[str, Any] = {}
    for m in media:
        content[m] = {"schema": object_schema}
        encoding = _form_encoding(formats, _base_media(m) == "multipart/form-data", warn)
        if encoding:
            content[m]["encoding"] = encoding
    body: dict[str, Any] = {"content": content}
    if required:
        body["required"] = True
    return body


def _form_encoding(formats: dict[str, tuple[str, str | None]], multipart: bool, warn: Warn) -> dict[str, Any]:
    """The `encoding` entries of a form body's array fields (see `_form_body`)."""
    encoding: dict[str, Any] = {}
    for name, (pointer, fmt) in formats.items():
        where = f"{pointer}/collectionFormat"
        written = fmt or "csv"
        if written not in _COLLECTION_FORMATS and written != "tsv":
            warn(where, f"unknown collectionFormat {written!r}; read as csv (comma-separated), 2.0's default")
            written = "csv"
        if written == "tsv":
            warn(where, "collectionFormat tsv has no OpenAPI 3 equivalent; sent as comma-separated")
        style, explode = _COLLECTION_FORMATS.get(written, ("form", False))
        if multipart and written != "multi":
            warn(where, f"collectionFormat {written} in a multipart/form-data body: one part holding the joined "
                        "items; OpenAPI 3.0 sends one part per item, so this is written as OpenAPI 3.1 says it "
                        "(style and explode on the field's encoding)")
        if multipart and written == "multi":
            continue  # one part per item: OpenAPI 3's own reading of an array in multipart
        encoding[name] = {"style": style, "explode": explode}
    return encoding


def _base_media(media: str) -> str:
    return media.split(";", 1)[0].strip().lower()


def _response(resp: Any, produces: list[str], pointer: str, warn: Warn, status: str = "",
              download: bool = False) -> Any:
    """A response; `download`: the operation's own `produces` names only binary media types, so a
    success response without a schema still carries the bytes (Docker's tar archives)."""
    if not isinstance(resp, dict) or "$ref" in resp:
        return resp
    result: dict[str, Any] = {"description": resp.get("description", "")}
    if "schema" in resp:
        schema = _schema(resp["schema"], f"{pointer}/schema", warn)
        media_types = produces
        if _is_file(resp["schema"]):
            # A file is bytes, never JSON, whatever `produces` says (often only the document-wide
            # JSON default): its non-JSON media types, or octet-stream when there are none.
            media_types = [m for m in produces if not _is_json(m)] or ["application/octet-stream"]
        result["content"] = {media: {"schema": schema} for media in media_types}
    elif download and status[:1] == "2":
        warn(pointer, f"the response has no schema but the operation produces only {', '.join(produces)}; "
                      "read as a binary download")
        result["content"] = {media: {"schema": {"type": "string", "format": "binary"}} for media in produces}
    if isinstance(resp.get("headers"), dict):
        result["headers"] = {
            name: {"schema": {k: v for k, v in header.items() if k in _SCHEMA_KEYS},
                   **({"description": header["description"]} if header.get("description") else {})}
            for name, header in resp["headers"].items() if isinstance(header, dict)
        }
    for key, value in resp.items():
        if key.startswith("x-"):
            result[key] = value
    return result


def _is_file(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "file"


def _is_json(media: str) -> bool:
    base = media.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _is_binary_media(media: str) -> bool:
    """A media type whose body is bytes: not JSON, text, XML, forms or streams of JSON lines."""
    base = media.split(";")[0].strip().lower()
    if _is_json(base) or base.startswith("text/") or base.endswith(("+xml", "/xml")) or "json" in base:
        return False
    return base not in ("application/x-www-form-urlencoded", "multipart/form-data", "*/*")


def _security_scheme(scheme: Any) -> Any:
    if not isinstance(scheme, dict):
        return scheme
    kind = scheme.get("type")
    if kind == "basic":
        return {"type": "http", "scheme": "basic", **_described(scheme)}
    if kind == "apiKey":
        return {"type": "apiKey", "name": scheme.get("name"), "in": scheme.get("in"), **_described(scheme)}
    if kind == "oauth2":
        flow_names = {"implicit": "implicit", "password": "password", "application": "clientCredentials",
                      "accessCode": "authorizationCode"}
        flow: dict[str, Any] = {"scopes": scheme.get("scopes") or {}}
        if "authorizationUrl" in scheme:
            flow["authorizationUrl"] = scheme["authorizationUrl"]
        if "tokenUrl" in scheme:
            flow["tokenUrl"] = scheme["tokenUrl"]
        name = flow_names.get(str(scheme.get("flow")), "clientCredentials")
        return {"type": "oauth2", "flows": {name: flow}, **_described(scheme)}
    return scheme


def _described(value: dict[str, Any]) -> dict[str, Any]:
    return {"description": value["description"]} if value.get("description") else {}


def _body_parameter_names(source: dict[str, Any]) -> set[str]:
    params = source.get("parameters")
    if not isinstance(params, dict):
        return set()
    return {name for name, p in params.items() if isinstance(p, dict) and p.get("in") == "body"}


def _resolve_shared(source: dict[str, Any], param: Any) -> Any:
    """A `#/parameters/X` reference, looked up so body and form parameters can be recognised."""
    if isinstance(param, dict) and isinstance(param.get("$ref"), str) and param["$ref"].startswith("#/parameters/"):
        name = param["$ref"].split("/", 2)[2]
        found = (source.get("parameters") or {}).get(name)
        if isinstance(found, dict):
            return found
    return param


def _path_item(
    source: dict[str, Any], item: Any, pointer: str, warn: Warn, body_params: set[str]
) -> Any:
    if not isinstance(item, dict):
        return item
    result: dict[str, Any] = {}
    shared = [p for p in item.get("parameters") or [] if _kind(source, p) not in ("body", "formData")]
    if shared:
        result["parameters"] = [_parameter(p, f"{pointer}/parameters", warn) for p in shared]
    for key, value in item.items():
        if key in _HTTP_METHODS and isinstance(value, dict):
            result[key] = _operation(source, item, value, f"{pointer}/{key}", warn)
        elif key not in ("parameters",):
            result[key] = value
    return result


def _kind(source: dict[str, Any], param: Any) -> str | None:
    resolved = _resolve_shared(source, param)
    return resolved.get("in") if isinstance(resolved, dict) else None


def _operation(
    source: dict[str, Any], item: dict[str, Any], op: dict[str, Any], pointer: str, warn: Warn
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    consumes = _consumes(source, op)
    produces = _produces(source, op)
    own = list(op.get("parameters") or [])
    own_keys = {(p.get("name"), p.get("in")) for p in map(lambda x: _resolve_shared(source, x), own)
                if isinstance(p, dict)}
    inherited = [p for p in item.get("parameters") or []
                 if _kind(source, p) in ("body", "formData")
                 and (_resolve_shared(source, p).get("name"), _kind(source, p)) not in own_keys]
    params = inherited + own
    # Where each was written: the path item's shared parameters, then the operation's own.
    shared_pointer = pointer.rsplit("/", 1)[0] + "/parameters"
    pointers = [f"{shared_pointer}/{(item.get('parameters') or []).index(p)}" for p in inherited]
    pointers += [f"{pointer}/parameters/{index}" for index in range(len(own))]
    plain = []
    form: list[tuple[str, dict[str, Any]]] = []
    for param, param_pointer in zip(params, pointers, strict=True):
        resolved = _resolve_shared(source, param)
        kind = resolved.get("in") if isinstance(resolved, dict) else None
        if kind == "body":
            if isinstance(param, dict) and "$ref" in param:
                result["requestBody"] = {"$ref": param["$ref"]}
            else:
                result["requestBody"] = _body(resolved, consumes, param_pointer, warn)
        elif kind == "formData":
            form.append((param_pointer, resolved))
        else:
            plain.append(_parameter(param, param_pointer, warn))
    if form:
        result["requestBody"] = _form_body(form, consumes, warn)
    for key, value in op.items():
        if key in ("parameters", "consumes", "produces", "schemes"):
            continue
        if key == "responses" and isinstance(value, dict):
            download = bool(op.get("produces")) and all(_is_binary_media(m) for m in produces)
            result["responses"] = {
                str(status): _response(resp, produces, f"{pointer}/responses/{status}", warn, str(status), download)
                for status, resp in value.items()
            }
        else:
            result[key] = value
    if plain:
        result["parameters"] = plain
    return result


def _rewrite_refs(node: Any, body_params: set[str], renames: dict[str, str]) -> Any:
    if isinstance(node, dict):
        for key, value in list(node.items()):
            if key == "$ref" and isinstance(value, str):
                node[key] = _rewrite_ref(value, body_params, renames)
            else:
                node[key] = _rewrite_refs(value, body_params, renames)
        return node
    if isinstance(node, list):
        return [_rewrite_refs(item, body_params, renames) for item in node]
    return node


def _rewrite_ref(ref: str, body_params: set[str], renames: dict[str, str]) -> str:
    file_part, hash_mark, fragment = ref.partition("#")
    pointer = hash_mark + fragment
    if not file_part and pointer.startswith("#/definitions/") and renames:
        head, _, rest = pointer[len("#/definitions/"):].partition("/")
        name = _unescape(unquote(head))
        if name in renames:
            return "#/components/schemas/" + _escape(renames[name]) + ("/" + rest if rest else "")
    for old, new in _REF_PREFIXES.items():
        if pointer.startswith(old):
            return file_part + new + pointer[len(old):]
    if pointer.startswith("#/parameters/"):
        name = pointer[len("#/parameters/"):]
        target = "#/components/requestBodies/" if name in body_params else "#/components/parameters/"
        return file_part + target + name
    return ref


# ---------------------------------------------------------------- grpc-gateway names


def _definition_renames(source: dict[str, Any]) -> dict[str, str]:
    """New names for definitions such as `v1.Foo` or `google.protobuf.Any` (grpc-gateway's fully
    qualified message names): the protobuf package, the leading lower-case segments, is dropped
    so the model is `Foo`, not `V1Foo`. A package keeps its prefix on every one of its messages
    when dropping it would make any of them clash with another definition's model name, so the
    names stay distinct and one package's names stay alike; Google's well-known types keep their
    last package word (`google.protobuf.Any` is `ProtobufAny`, never a bare `Any`). Nested messages keep their outer
    message (`Deployment.Status` stays `DeploymentStatus`). Nothing is renamed in a document
    whose definitions other files refer to or that uses a discriminator: there a definition's
    name is also a value."""
    definitions = source.get("definitions")
    if not isinstance(definitions, dict) or not any("." in str(k) for k in definitions):
        return {}
    if _uses_discriminator_or_external_refs(source):
        return {}
    stripped: dict[str, str] = {}
    packages: dict[str, list[str]] = {}
    for key in map(str, definitions):
        segments = key.split(".")
        cut = 0
        while cut < len(segments) - 1 and segments[cut][:1].islower():
            cut += 1
        if cut == 0 or not segments[cut][:1].isupper():
            continue
        if segments[0] == "google" and cut > 1:
            cut -= 1  # well-known types keep their last package word, as grpc-gateway names them: ProtobufAny
        stripped[key] = ".".join(segments[cut:])
        packages.setdefault(".".join(segments[:cut]), []).append(key)

    def model_name(key: str) -> str:
        return pascal(split_words(key)).lower()

    keys = [str(k) for k in definitions]
    while True:  # packages only leave, so this ends
        counts: dict[str, int] = {}
        for key in keys:
            name = model_name(stripped.get(key, key))
            counts[name] = counts.get(name, 0) + 1
        clashing = [package for package, members in packages.items()
                    if any(not model_name(stripped[k]) or counts[model_name(stripped[k])] > 1 for k in members)]
        if not clashing:
            break
        for package in clashing:
            for key in packages.pop(package):
                del stripped[key]
    return stripped


def _uses_discriminator_or_external_refs(node: Any) -> bool:
    if isinstance(node, dict):
        if "discriminator" in node and isinstance(node["discriminator"], str):
            return True
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            return True
        return any(_uses_discriminator_or_external_refs(v) for v in node.values())
    if isinstance(node, list):
        return any(_uses_discriminator_or_external_refs(v) for v in node)
    return False


# ---------------------------------------------------------------- diagnostics


def source_pointers(document: dict[str, Any]) -> Callable[[str], str]:
    """Where a pointer into the converted 3.0 document stands in the 2.0 `document`, as near as
    the 2.0 shape allows, so the builder's diagnostics name the line the user wrote. (A schema
    under `content/<media>` was the response's `schema`; a request body and the converted
    parameters point at the operation's `parameters`, since bodies and forms leave that list.)"""
    original = {new: old for old, new in _definition_renames(document).items()}

    def to_source(pointer: str) -> str:
        tokens = pointer.split("/")[1:] if pointer.startswith("/") else []
        if len(tokens) >= 3 and tokens[0] == "components":
            kind, name, rest = tokens[1], tokens[2], tokens[3:]
            if kind == "schemas":
                name = _escape(original.get(_unescape(name), _unescape(name)))
                return "/" + "/".join(["definitions", name, *rest])
            if kind == "securitySchemes":
                return "/" + "/".join(["securityDefinitions", name, *rest])
            if kind in ("parameters", "requestBodies"):
                return "/" + "/".join(["parameters", name, *_after_schema(rest)])
            if kind == "responses":
                return "/" + "/".join(["responses", name, *_after_content(rest)])
        if len(tokens) >= 4 and tokens[0] == "paths":
            head, rest = tokens[:3], tokens[3:]
            if rest[0] in ("parameters", "requestBody"):
                return "/" + "/".join([*head, "parameters"])
            if rest[0] == "responses" and len(rest) >= 2:
                return "/" + "/".join([*head, "responses", rest[1], *_after_content(rest[2:])])
        return pointer

    return to_source


def _after_schema(rest: list[str]) -> list[str]:
    """A converted parameter's `schema/...` (or a body's `content/<media>/schema/...`) in 2.0 terms."""
    if rest[:1] == ["content"] and len(rest) >= 3:
        return ["schema", *rest[3:]]
    if rest[:1] == ["schema"]:
        return rest[1:]
    return rest


def _after_content(rest: list[str]) -> list[str]:
    if rest[:1] == ["content"] and len(rest) >= 3:
        return rest[2:]
    return rest

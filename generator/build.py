"""From a loaded spec to the IR.

One pass over the document in its own order: component schemas first (so
their names win any collision), then every path and operation. Inline
schemas that need a declaration (objects, enums, unions) are hoisted into
named models whose names derive from where they stand, so the same spec
always gives the same names. Every problem goes to the diagnostics.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import ir
from .diagnostics import Diagnostics, Location, SpecError
from .extensions import apply_operation_extensions
from .loader import Document, Ref, Workspace, join_pointer
from .media import pick_media
from .naming import NameAllocator, camel, pascal, split_words
from .passes import refine
from .passes.types import is_object_like

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PRIMITIVES = ("string", "integer", "number", "boolean")
JSON_TYPES = (*PRIMITIVES, "array", "object", "null")
# A path template's `{name}`, also with the RFC 6570 operators some specs use: `{name*}` (explode),
# `{.name}` (label), `{;name}` (matrix).
_TEMPLATE_PARAM = re.compile(r"\{([^{}]+)\}")
# Keywords that narrow or reshape valid values but have no counterpart in generated types: where one
# appears the SDK's type is looser than the schema, which the user hears about as a warning.
UNMODELLED_KEYWORDS = ("not", "if", "patternProperties", "prefixItems", "dependentSchemas")



def load_api(path: str | Path, diagnostics: Diagnostics | None = None) -> ir.Api:
    """Read the spec at `path` into the IR; raise SpecError listing every error."""
    diagnostics = diagnostics if diagnostics is not None else Diagnostics()
    workspace = Workspace(Path(path), diagnostics)
    api = refine(Builder(workspace).build(), diagnostics)
    if diagnostics.has_errors():
        raise SpecError(diagnostics)
    return api


class Builder:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.diags = workspace.diagnostics
        self.root = workspace.root
        self.models: dict[str, ir.Model] = {}
        self.model_names = NameAllocator()
        self.ref_models: dict[tuple[str, str], str] = {}
        self.operation_ids: dict[str, tuple[Document, str]] = {}
        self.nullable_models: set[str] = set()
        # id(schema node) -> (the node, its type), for the nodes YAML aliases put in many places
        self.schema_types: dict[int, tuple[dict[str, Any], ir.Type]] = {}

    # ------------------------------------------------------------ helpers

    def loc(self, doc: Document, pointer: str) -> Location:
        return doc.location(pointer)

    def deref(self, value: Any, doc: Document, pointer: str) -> tuple[Any, Document, str]:
        """Follow `$ref` chains of non-schema objects (parameters, responses, bodies)."""
        seen: set[tuple[str, str]] = set()
        while isinstance(value, dict) and "$ref" in value:
            ref = self.ws.resolve(value["$ref"], doc, join_pointer(pointer, "$ref"))
            if ref is None:
                return None, doc, pointer
            if ref.key in seen:
                self.diags.error("ref-cycle", "$ref cycle", self.loc(doc, pointer))
                return None, doc, pointer
            seen.add(ref.key)
            value, doc, pointer = ref.value(), ref.document, ref.pointer
        return value, doc, pointer

    def new_model_name(self, words: list[str]) -> str:
        base = pascal(words) or "Model"
        if base[0].isdigit():
            base = "Model" + base
        return self.model_names.allocate(base)

    # ------------------------------------------------------------ entry

    def build(self) -> ir.Api:
        data = self.root.data
        if not isinstance(data, dict):
            self.diags.error(
                "not-openapi", "the document is not a mapping", self.loc(self.root, ""),
                "an OpenAPI document starts with `openapi: 3.1.0`",
            )
            raise SpecError(self.diags)
        version = data.get("openapi")
        if "swagger" in data:  # 2.0 was converted on loading; anything older is refused
            self.diags.error(
                "swagger-version", f"Swagger {data.get('swagger')} documents are not supported",
                self.loc(self.root, "/swagger"), "supported: Swagger 2.0, OpenAPI 3.0 and 3.1",
            )
            raise SpecError(self.diags)
        if not isinstance(version, str) or not version.startswith(("3.0", "3.1")):
            self.diags.error(
                "openapi-version", f"unsupported or missing `openapi` version: {version!r}",
                self.loc(self.root, "/openapi" if "openapi" in data else ""),
                "supported: 3.0.x and 3.1.x",
            )
            raise SpecError(self.diags)
        info: dict[str, Any] = data["info"] if isinstance(data.get("info"), dict) else {}
        api = ir.Api(
            title=str(info.get("title") or "API"),
            version=str(info.get("version") or "0.0.0"),
            description=str(info.get("description") or ""),
        )
        api.servers = self.build_servers(data.get("servers"))
        api.security_schemes = self.build_security_schemes()
        self.build_component_schemas()
        api.resources = self.build_resources(data)
        for key in ("webhooks",):
            if data.get(key):
                self.diags.warning(
                    "webhooks-skipped",
                    f"{len(data[key])} webhook(s) describe requests the API sends, not calls a client "
                    "makes: no SDK method is generated for them",
                    self.loc(self.root, "/" + key),
                )
        api.models = self.models
        return api

    # ------------------------------------------------------------ servers & security

    def build_servers(self, servers: Any) -> list[ir.Server]:
        result: list[ir.Server] = []
        if not isinstance(servers, list):
            return result
        for server in servers:
            if not isinstance(server, dict) or not isinstance(server.get("url"), str):
                continue
            variables = []
            for name, var in (server.get("variables") or {}).items():
                if isinstance(var, dict):
                    variables.append(
                        ir.ServerVariable(
                            name=str(name),
                            default=str(var.get("default", "")),
                            values=tuple(str(v) for v in var.get("enum") or ()),
                            description=str(var.get("description") or ""),
                        )
                    )
            result.append(ir.Server(server["url"], str(server.get("description") or ""), variables))
        return result

    def build_security_schemes(self) -> list[ir.SecurityScheme]:
        schemes = ((self.root.data.get("components") or {}).get("securitySchemes")) or {}
        result = []
        for name, raw in schemes.items():
            value, _, _ = self.deref(raw, self.root, join_pointer("/components/securitySchemes", name))
            if not isinstance(value, dict):
                continue
            token_url = ""
            flows = value.get("flows") or {}
            if isinstance(flows, dict) and isinstance(flows.get("clientCredentials"), dict):
                token_url = str(flows["clientCredentials"].get("tokenUrl") or "")
            result.append(
                ir.SecurityScheme(
                    name=str(name),
                    kind=str(value.get("type") or ""),
                    scheme=str(value.get("scheme") or "").lower(),
                    location=str(value.get("in") or ""),
                    parameter_name=str(value.get("name") or ""),
                    token_url=token_url,
                    description=str(value.get("description") or ""),
                )
            )
        return result

    # ------------------------------------------------------------ schemas

    def build_component_schemas(self) -> None:
        schemas = (self.root.data.get("components") or {}).get("schemas") or {}
        if not isinstance(schemas, dict):
            return
        # Reserve every component name first, in document order.
        for key in schemas:
            pointer = join_pointer("/components/schemas", str(key))
            self.ref_models[(str(self.root.path), pointer)] = self.new_model_name(split_words(str(key)))
        for key in schemas:
            pointer = join_pointer("/components/schemas", str(key))
            self.declare_ref(Ref(self.root, pointer))

    def declare_ref(self, ref: Ref) -> str:
        """The model name for the schema at `ref`, declaring it on first use."""
        name = self.ref_models.get(ref.key)
        if name is None:
            last = ref.pointer.rsplit("/", 1)[-1] if ref.pointer else ref.document.path.stem
            name = self.new_model_name(split_words(last) or ["Model"])
            self.ref_models[ref.key] = name
        if name not in self.models:
            schema = ref.value()
            # A placeholder while the declaration is built lets recursion find the name.
            self.models[name] = ir.AliasModel(name, ir.AnyType())
            self.models[name] = self.declaration(schema, ref.document, ref.pointer, name)
        return name

    def declaration(self, schema: Any, doc: Document, pointer: str, name: str) -> ir.Model:
        """Build the declaration a named schema becomes."""
        description = _description(schema)
        source = f"{doc.display_name}#{pointer}"
        if not isinstance(schema, dict):
            if schema is not True and schema is not None:
                self.diags.error("schema-invalid", "a schema must be an object", self.loc(doc, pointer))
            return ir.AliasModel(name, ir.AnyType(), description, source)
        if "$ref" in schema:
            if self._ref_only_cycle(schema, doc, pointer):
                self.diags.error(
                    "ref-cycle",
                    f"schema {name} is only a reference that leads back to itself, so it has no shape",
                    self.loc(doc, join_pointer(pointer, "$ref")),
                    "give one schema in the cycle properties, items or a type",
                )
                return ir.AliasModel(name, ir.AnyType(), description, source)
            target = self.schema_type(schema, doc, pointer, split_words(name))
            return ir.AliasModel(name, target, description, source)
        if "enum" in schema and _schema_kind(schema) != "object":
            enum = self.enum_model(schema, doc, pointer, name)
            if enum is not None:
                return enum
        if _is_object_like(schema):
            return self.object_model(schema, doc, pointer, name)
        union = self.union_parts(schema, doc, pointer)
        if union is not None:
            return self.union_model(union, schema, doc, pointer, name)
        target = self.schema_type(schema, doc, pointer, split_words(name), hoist=False)
        return ir.AliasModel(name, target, description, source)

    def _ref_only_cycle(self, schema: dict[str, Any], doc: Document, pointer: str) -> bool:
        """Whether following `$ref`s alone (through one-member allOf/oneOf/anyOf too) comes back around."""
        seen: set[tuple[str, str]] = {(str(doc.path), pointer)}
        while isinstance(schema, dict):
            if "$ref" not in schema:
                if _has_properties(schema):
                    return False
                single = _single_member(schema)
                if single is None:
                    return False
                keyword, index, schema = single
                pointer = join_pointer(pointer, keyword, index)
                continue
            ref = self.ws.resolve(schema["$ref"], doc, join_pointer(pointer, "$ref"))
            if ref is None:
                return False
            if ref.key in seen:
                return True
            seen.add(ref.key)
            schema, doc, pointer = ref.value(), ref.document, ref.pointer
        return False

    def schema_type(
        self, schema: Any, doc: Document, pointer: str, hint: list[str], hoist: bool = True
    ) -> ir.Type:
        """The type of a schema standing at `pointer`; hoists what needs a declaration.

        One step per kind of schema, in this order: a reference, a const, the `type` keyword
        (lists of types, `null`), an enum, a composition (allOf/oneOf/anyOf), then object,
        array and primitive schemas.

        A YAML alias puts one schema node in many places: its type is worked out once and shared
        (one model, not a new one per place, which grew as 9^depth for nested aliases). The loader
        has refused aliases inside their own anchor, so a node is never met inside itself."""
        if not hoist or not isinstance(schema, dict) or id(schema) not in doc.shared:
            return self._schema_type(schema, doc, pointer, hint, hoist)
        seen = self.schema_types.get(id(schema))
        if seen is not None and seen[0] is schema:  # the node itself, kept alive here: not a reused id
            return seen[1]
        result = self._schema_type(schema, doc, pointer, hint, hoist)
        self.schema_types[id(schema)] = (schema, result)
        return result

    def _schema_type(self, schema: Any, doc: Document, pointer: str, hint: list[str], hoist: bool) -> ir.Type:
        if schema is True or schema is None or schema is False or schema == {}:
            return ir.AnyType()
        if not isinstance(schema, dict):
            self.diags.error("schema-invalid", "a schema must be an object", self.loc(doc, pointer))
            return ir.AnyType()
        nullable = schema.get("nullable") is True
        self._warn_unmodelled(schema, doc, pointer)
        if "$ref" in schema:
            return self._ref_type(schema, doc, pointer, nullable)
        if "const" in schema:
            value = schema["const"]
            return ir.ConstType(value, _json_kind(value), nullable=nullable or value is None)
        narrowed = self._typed_schema(schema, doc, pointer, hint, nullable)
        if isinstance(narrowed, ir.Type):
            return narrowed
        schema, nullable = narrowed
        if "enum" in schema and _schema_kind(schema) != "object":
            values = schema["enum"] if isinstance(schema["enum"], list) else []
            nullable = nullable or None in values
            enum = self._enum_type(schema, [v for v in values if v is not None], doc, pointer, hint, nullable, hoist)
            if enum is not None:
                return enum
        if "allOf" in schema or "oneOf" in schema or "anyOf" in schema:
            return self.composed_type(schema, doc, pointer, hint, nullable)
        return self._shape_type(schema, doc, pointer, hint, nullable, hoist)

    def _warn_unmodelled(self, schema: dict[str, Any], doc: Document, pointer: str) -> None:
        for keyword in UNMODELLED_KEYWORDS:
            if keyword in schema:
                self.diags.warning(
                    "keyword-unmodelled",
                    f"`{keyword}` is not modelled: the generated type accepts values this schema excludes",
                    self.loc(doc, join_pointer(pointer, keyword)),
                    "the server still validates; describe the shape with properties, oneOf or items instead",
                )

    def _ref_type(self, schema: dict[str, Any], doc: Document, pointer: str, nullable: bool) -> ir.Type:
        ref = self.ws.resolve(schema["$ref"], doc, join_pointer(pointer, "$ref"))
        if ref is None:
            return ir.AnyType()
        target = ref.value()
        if isinstance(target, dict) and target.get("nullable") is True:
            nullable = True
        name = self.declare_ref(ref)
        return ir.NamedType(name, nullable=nullable or name in self.nullable_models)

    def _typed_schema(
        self, schema: dict[str, Any], doc: Document, pointer: str, hint: list[str], nullable: bool
    ) -> ir.Type | tuple[dict[str, Any], bool]:
        """Read the `type` keyword: a finished type (a union of several types, null, an unknown
        type), or the schema with at most one type left and whether null was among them."""
        types = schema.get("type")
        if isinstance(types, list):
            return self._type_list(schema, types, doc, pointer, hint, nullable)
        if types is not None and types not in JSON_TYPES:
            self._unknown_type(types, doc, pointer)
            return ir.AnyType(nullable=nullable)
        if types == "null":
            return ir.AnyType(nullable=True)
        return schema, nullable

    def _type_list(
        self, schema: dict[str, Any], types: list[Any], doc: Document, pointer: str, hint: list[str], nullable: bool
    ) -> ir.Type | tuple[dict[str, Any], bool]:
        """`type: [a, b, "null"]` (3.1): a union of the types, nullable when null is listed."""
        for t in types:
            if t not in JSON_TYPES:
                self._unknown_type(t, doc, pointer)
        nullable = nullable or "null" in types
        known = [t for t in types if t != "null" and t in JSON_TYPES]
        if len(known) > 1:
            variants = tuple(
                self.schema_type({**schema, "type": t, "nullable": False}, doc, pointer, hint + [t]) for t in known
            )
            return ir.UnionType(variants, nullable=nullable)
        if len(known) == 1:
            return {**schema, "type": known[0]}, nullable
        if nullable:
            return ir.AnyType(nullable=True)
        return {k: v for k, v in schema.items() if k != "type"}, nullable

    def _enum_type(
        self, schema: dict[str, Any], real: list[Any], doc: Document, pointer: str, hint: list[str],
        nullable: bool, hoist: bool,
    ) -> ir.Type | None:
        """An enum's type: booleans stay booleans; other values hoist an enum model. None: not
        an enum after all (nothing to hoist), the schema is read by its other keywords."""
        if len(real) == 1 and isinstance(real[0], bool):
            return ir.ConstType(real[0], "boolean", nullable=nullable)
        if real and all(isinstance(v, bool) for v in real):
            return ir.Primitive("boolean", nullable=nullable)
        if not (hoist and real):
            return None
        name = self._hoist(hint, lambda name: self.enum_model(schema, doc, pointer, name))
        return ir.NamedType(name, nullable=nullable) if name is not None else ir.AnyType(nullable=nullable)

    def _hoist(self, hint: list[str], declare: Callable[[str], ir.Model | None]) -> str | None:
        """Declare a model named after `hint`; a placeholder stands in while it is built, so
        recursion finds the name. None (and no model) when `declare` gives nothing."""
        name = self.new_model_name(hint)
        self.models[name] = ir.AliasModel(name, ir.AnyType())
        model = declare(name)
        if model is None:
            del self.models[name]
            return None
        self.models[name] = model
        return name

    def _shape_type(
        self, schema: dict[str, Any], doc: Document, pointer: str, hint: list[str], nullable: bool, hoist: bool
    ) -> ir.Type:
        """Object, array and primitive schemas (after references, enums and compositions)."""
        kind = _schema_kind(schema)
        if kind == "object":
            return self._object_type(schema, doc, pointer, hint, nullable, hoist)
        if kind == "array":
            items = schema.get("items", {})
            if isinstance(items, list):  # tuple form (3.0 never allows it; be lenient)
                items = items[0] if items else {}
            item = self.schema_type(items, doc, join_pointer(pointer, "items"), hint + ["Item"])
            return ir.ArrayType(item, nullable=nullable)
        if kind in PRIMITIVES:
            fmt = schema.get("format")
            return ir.Primitive(kind, str(fmt) if fmt is not None else None, nullable=nullable)
        return ir.AnyType(nullable=nullable)

    def _object_type(
        self, schema: dict[str, Any], doc: Document, pointer: str, hint: list[str], nullable: bool, hoist: bool
    ) -> ir.Type:
        """An object with properties hoists a model; without, it is a map of its extra properties."""
        if _has_properties(schema):
            if not hoist:
                self.diags.error("internal", "object schema not hoisted", self.loc(doc, pointer))
                return ir.AnyType()
            name = self._hoist(hint, lambda name: self.object_model(schema, doc, pointer, name))
            assert name is not None
            return ir.NamedType(name, nullable=nullable)
        extra = schema.get("additionalProperties", True)
        if isinstance(extra, dict) and extra:
            value = self.schema_type(extra, doc, join_pointer(pointer, "additionalProperties"), hint + ["Value"])
            return ir.MapType(value, nullable=nullable)
        return ir.MapType(ir.AnyType(), nullable=nullable)

    def _unknown_type(self, value: Any, doc: Document, pointer: str) -> None:
        self.diags.error(
            "unknown-type",
            f"unknown type {value!r}",
            self.loc(doc, join_pointer(pointer, "type")),
            "use one of: " + ", ".join(JSON_TYPES),
        )

    def composed_type(
        self, schema: dict[str, Any], doc: Document, pointer: str, hint: list[str], nullable: bool
    ) -> ir.Type:
        if "allOf" in schema and not _has_properties(schema) and "oneOf" not in schema and "anyOf" not in schema:
            parts = schema["allOf"] if isinstance(schema["allOf"], list) else []
            # allOf with a single member: a reference with a description or a nullable flag.
            if len(parts) == 1:
                inner = self.schema_type(parts[0], doc, join_pointer(pointer, "allOf", 0), hint)
                return _with_nullable(inner, nullable or inner.nullable)
        if "allOf" in schema or _has_properties(schema):
            name = self._hoist(hint, lambda name: self.object_model(schema, doc, pointer, name))
            assert name is not None
            return ir.NamedType(name, nullable=nullable)
        union = self.union_parts(schema, doc, pointer)
        if union is None:
            return ir.AnyType(nullable=nullable)
        members, union_nullable, key = union
        nullable = nullable or union_nullable
        if not members:
            return ir.AnyType(nullable=nullable)
        if len(members) == 1:
            inner = self.schema_type(members[0][0], doc, members[0][1], hint)
            return _with_nullable(inner, nullable)
        variants = [self.schema_type(m, doc, p, hint + ["Option", str(i + 1)]) for i, (m, p) in enumerate(members)]
        if any(is_object_like(self.models, v) for v in variants):
            name = self.new_model_name(hint)
            self.models[name] = self._union_decl(name, variants, schema.get("discriminator"), schema, doc, pointer)
            return ir.NamedType(name, nullable=nullable)
        return ir.UnionType(tuple(_dedupe(variants)), nullable=nullable)

    def union_parts(
        self, schema: dict[str, Any], doc: Document, pointer: str
    ) -> tuple[list[tuple[Any, str]], bool, str] | None:
        """The non-null members of a oneOf/anyOf, whether null was among them, and the keyword."""
        for key in ("oneOf", "anyOf"):
            parts = schema.get(key)
            if isinstance(parts, list):
                members: list[tuple[Any, str]] = []
                nullable = False
                for index, part in enumerate(parts):
                    if isinstance(part, dict) and (part.get("type") == "null" or part == {"enum": [None]}):
                        nullable = True
                        continue
                    members.append((part, join_pointer(pointer, key, index)))
                return members, nullable, key
        return None

    def union_model(
        self,
        union: tuple[list[tuple[Any, str]], bool, str],
        schema: dict[str, Any],
        doc: Document,
        pointer: str,
        name: str,
    ) -> ir.Model:
        members, nullable, _ = union
        words = split_words(name)
        variants = [
            self.schema_type(m, doc, p, words + ["Option", str(i + 1)]) for i, (m, p) in enumerate(members)
        ]
        if len(variants) == 1:
            return ir.AliasModel(name, _with_nullable(variants[0], nullable), _description(schema))
        if nullable:
            # Null belongs to the places that use the union, not to its variants.
            self.nullable_models.add(name)
        return self._union_decl(name, variants, schema.get("discriminator"), schema, doc, pointer)

    def _union_decl(
        self, name: str, variants: list[ir.Type], discriminator: Any, schema: dict[str, Any],
        doc: Document, pointer: str,
    ) -> ir.UnionModel:
        disc = None
        if isinstance(discriminator, dict) and isinstance(discriminator.get("propertyName"), str):
            mapping: dict[str, str] = {}
            for value, target in (discriminator.get("mapping") or {}).items():
                ref = self.ws.resolve(
                    _as_ref(str(target)), doc, join_pointer(pointer, "discriminator", "mapping", str(value))
                )
                if ref is not None:
                    mapping[str(value)] = self.declare_ref(ref)
            for variant in variants:
                if isinstance(variant, ir.NamedType) and variant.name not in mapping.values():
                    # Implicit mapping: the schema's own name.
                    source_name = self._component_key(variant.name)
                    if source_name is not None:
                        mapping.setdefault(source_name, variant.name)
            disc = ir.Discriminator(discriminator["propertyName"], mapping)
        return ir.UnionModel(
            name, _dedupe(variants), disc, _description(schema), f"{doc.display_name}#{pointer}"
        )

    def _component_key(self, model_name: str) -> str | None:
        for (_, pointer), name in self.ref_models.items():
            if name == model_name:
                return pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        return None

    def enum_model(self, schema: dict[str, Any], doc: Document, pointer: str, name: str) -> ir.EnumModel | None:
        raw = schema.get("enum")
        if not isinstance(raw, list):
            self.diags.error("enum-invalid", "`enum` must be a list", self.loc(doc, join_pointer(pointer, "enum")))
            return None
        values = [v for v in raw if v is not None]
        if not values:
            return None
        kinds = {_json_kind(v) for v in values}
        if kinds == {"string"}:
            base = "string"
        elif kinds == {"integer"}:
            base = "integer"
        elif kinds <= {"integer", "number"}:
            base = "number"
        else:
            self.diags.warning(
                "enum-mixed",
                f"enum mixes value types ({', '.join(sorted(kinds))}); its values are kept as strings",
                self.loc(doc, join_pointer(pointer, "enum")),
            )
            base = "string"
            values = [v if isinstance(v, str) else _json_text(v) for v in values]
        seen: list[Any] = []
        for v in values:
            if v not in seen:
                seen.append(v)
        descriptions = schema.get("x-enum-descriptions") or []
        enum_values = [
            ir.EnumValue(v, str(descriptions[i]) if i < len(descriptions) else "") for i, v in enumerate(seen)
        ]
        return ir.EnumModel(name, base, enum_values, _description(schema), f"{doc.display_name}#{pointer}")

    def object_model(self, schema: dict[str, Any], doc: Document, pointer: str, name: str) -> ir.ObjectModel:
        properties: dict[str, tuple[Any, Document, str]] = {}
        required: list[str] = []
        self._collect_object(schema, doc, pointer, properties, required, set(), name)
        additional = schema.get("additionalProperties", True)
        words = split_words(name)
        fields = []
        for wire, (prop, prop_doc, prop_pointer) in properties.items():
            prop_type = self.schema_type(prop, prop_doc, prop_pointer, words + split_words(wire))
            prop_dict = prop if isinstance(prop, dict) else {}
            fields.append(
                ir.Field(
                    wire_name=wire,
                    type=prop_type,
                    required=wire in required,
                    description=_description(prop_dict),
                    default=prop_dict.get("default"),
                    has_default="default" in prop_dict,
                    read_only=prop_dict.get("readOnly") is True,
                    write_only=prop_dict.get("writeOnly") is True,
                    deprecated=prop_dict.get("deprecated") is True,
                )
            )
        if additional is False:
            extra_type: ir.Type | None = None
        elif isinstance(additional, dict) and additional:
            extra_type = self.schema_type(
                additional, doc, join_pointer(pointer, "additionalProperties"), words + ["Value"]
            )
        else:
            extra_type = ir.AnyType()
        return ir.ObjectModel(name, fields, _description(schema), extra_type, f"{doc.display_name}#{pointer}")

    def _collect_object(
        self,
        schema: dict[str, Any],
        doc: Document,
        pointer: str,
        properties: dict[str, tuple[Any, Document, str]],
        required: list[str],
        seen: set[tuple[str, str]],
        name: str,
    ) -> None:
        """Merge the properties and required lists of a schema and its allOf parts."""
        for index, part in enumerate(schema.get("allOf") or []):
            part_pointer = join_pointer(pointer, "allOf", index)
            part_doc = doc
            if isinstance(part, dict) and "$ref" in part:
                ref = self.ws.resolve(part["$ref"], doc, join_pointer(part_pointer, "$ref"))
                if ref is None:
                    continue
                if ref.key in seen:
                    self.diags.error("allof-cycle", "allOf includes itself", self.loc(doc, part_pointer))
                    continue
                seen = seen | {ref.key}
                part, part_doc, part_pointer = ref.value(), ref.document, ref.pointer
            if isinstance(part, dict):
                self._collect_object(part, part_doc, part_pointer, properties, required, seen, name)
        props = schema.get("properties") or {}
        if not isinstance(props, dict):
            self.diags.error("properties-invalid", "`properties` must be a mapping", self.loc(doc, pointer))
            props = {}
        for wire, prop in props.items():
            wire = str(wire)
            prop_pointer = join_pointer(pointer, "properties", wire)
            if wire in properties:
                previous = properties[wire][0]
                if _conflicting(previous, prop):
                    self.diags.warning(
                        "allof-conflict",
                        f"property {wire!r} of {name} is declared twice with different types; the last wins",
                        self.loc(doc, prop_pointer),
                    )
            properties[wire] = (prop, doc, prop_pointer)
        for item in schema.get("required") or []:
            if isinstance(item, str) and item not in required:
                required.append(item)

    # ------------------------------------------------------------ operations

    def build_resources(self, data: dict[str, Any]) -> list[ir.Resource]:
        tag_docs = {
            str(t.get("name")): str(t.get("description") or "")
            for t in data.get("tags") or []
            if isinstance(t, dict) and t.get("name") is not None
        }
        resources: dict[str, ir.Resource] = {}
        paths = data.get("paths") or {}
        if not isinstance(paths, dict):
            self.diags.error("paths-invalid", "`paths` must be a mapping", self.loc(self.root, "/paths"))
            return []
        for path, item in paths.items():
            path = str(path)
            item_pointer = join_pointer("/paths", path)
            item, item_doc, item_pointer = self.deref(item, self.root, item_pointer)
            if not isinstance(item, dict):
                continue
            shared_params = item.get("parameters") or []
            for method, raw in item.items():
                if method not in HTTP_METHODS:
                    continue
                op_pointer = join_pointer(item_pointer, method)
                op_doc = item_doc
                if isinstance(raw, dict) and "$ref" in raw:
                    raw, op_doc, op_pointer = self.operation_ref(raw, item_doc, op_pointer, method, path)
                    if raw is None:
                        continue
                if not isinstance(raw, dict):
                    self.diags.error(
                        "operation-invalid", "an operation must be a mapping", self.loc(op_doc, op_pointer)
                    )
                    continue
                op = self.operation(path, method, raw, (shared_params, item_doc), op_doc, op_pointer, item_pointer)
                if op is None:
                    continue
                resource = resources.get(op.resource)
                if resource is None:
                    resource = resources[op.resource] = ir.Resource(op.resource, tag_docs.get(op.resource, ""))
                resource.operations.append(op)
        return list(resources.values())

    def operation_ref(
        self, raw: dict[str, Any], doc: Document, pointer: str, method: str, path: str
    ) -> tuple[Any, Document, str]:
        """An operation given as `$ref` to another file (or place): OpenAPI's operation object has
        no `$ref`, but vendors split big specs this way and the common bundlers inline it. Read it
        where it lands, so the references inside it resolve relative to that file."""
        value, target_doc, target_pointer = self.deref(raw, doc, pointer)
        if value is None:
            return None, doc, pointer
        self.diags.warning(
            "operation-ref",
            f"{method.upper()} {path} is given by $ref {raw['$ref']!r}; OpenAPI does not allow $ref on an "
            "operation, read as if the operation were written here",
            self.loc(doc, join_pointer(pointer, "$ref")),
            "bundle the spec (or write the operation inline) to make it valid OpenAPI",
        )
        return value, target_doc, target_pointer

    def operation(
        self,
        path: str,
        method: str,
        raw: dict[str, Any],
        shared_params: tuple[Any, Document],
        doc: Document,
        pointer: str,
        item_pointer: str,
    ) -> ir.Operation | None:
        op_id = raw.get("operationId")
        if not isinstance(op_id, str) or not op_id.strip():
            op_id = _derived_operation_id(method, path)
        previous = self.operation_ids.get(op_id)
        if previous is not None:
            # Read the second one under a name of its own (from its method and path), not refuse the API.
            first_doc, first_pointer = previous
            unique = _derived_operation_id(method, path)
            number = 2
            while unique in self.operation_ids:
                unique, number = f"{op_id}{number}", number + 1
            self.diags.warning(
                "duplicate-operation-id",
                f"operationId {op_id!r} of {method.upper()} {path} is used twice (first at "
                f"{self.loc(first_doc, first_pointer)}); this one is generated as {unique!r}",
                self.loc(doc, join_pointer(pointer, "operationId")),
                "every operationId must be unique",
            )
            op_id = unique
        # Where it stands, for a later duplicate's message; line numbers only on that error path.
        self.operation_ids[op_id] = (doc, join_pointer(pointer, "operationId"))
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
        op.parameters = self.parameters(shared, item_doc, raw.get("parameters") or [], doc, pointer, item_pointer, hint)
        self.check_path_params(op, doc, pointer)
        if "requestBody" in raw:
            op.body = self.request_body(raw["requestBody"], doc, join_pointer(pointer, "requestBody"), hint)
        op.responses = self.responses(raw.get("responses"), doc, join_pointer(pointer, "responses"), hint)
        security = raw.get("security", self.root.data.get("security"))
        if isinstance(security, list):
            op.security = tuple(dict.fromkeys(str(k) for req in security if isinstance(req, dict) for k in req))
        if isinstance(raw.get("callbacks"), dict) and raw["callbacks"]:
            self.diags.warning(
                "callbacks-skipped",
                "callbacks describe requests the API sends to the client; no SDK method is generated",
                self.loc(doc, join_pointer(pointer, "callbacks")),
            )
        self.extensions(op, raw, doc, pointer)
        return op

    def parameters(
        self, shared: Any, item_doc: Document, own: Any, doc: Document, pointer: str, item_pointer: str,
        hint: list[str],
    ) -> list[ir.Parameter]:
        merged: dict[tuple[str, str], ir.Parameter] = {}
        # Path-level parameters are read in the path item's file, the operation's in its own
        # (they differ when the operation is given by $ref to another file).
        sources = [(shared, item_doc, item_pointer), (own, doc, pointer)]
        for params, params_doc, base_pointer in sources:
            if not isinstance(params, list):
                continue
            for index, raw in enumerate(params):
                param_pointer = join_pointer(base_pointer, "parameters", index)
                value, param_doc, param_pointer = self.deref(raw, params_doc, param_pointer)
                if not isinstance(value, dict):
                    continue
                name, location = value.get("name"), value.get("in")
                if not isinstance(name, str) or location not in ("path", "query", "header", "cookie"):
                    # One malformed parameter leaves it out (a path one is then read as a string).
                    self.diags.warning(
                        "parameter-invalid",
                        "a parameter needs a `name` and `in` (path, query, header or cookie); "
                        f"this one (in {location!r}) is left out",
                        self.loc(param_doc, param_pointer),
                    )
                    continue
                schema = value.get("schema")
                schema_pointer = join_pointer(param_pointer, "schema")
                if schema is None and isinstance(value.get("content"), dict) and value["content"]:
                    media = next(iter(value["content"]))
                    media_obj = value["content"][media]
                    schema = media_obj.get("schema") if isinstance(media_obj, dict) else None
                    schema_pointer = join_pointer(param_pointer, "content", media, "schema")
                ptype = self.schema_type(
                    schema if schema is not None else {}, param_doc, schema_pointer, hint + split_words(name)
                )
                default_style = "simple" if location in ("path", "header") else "form"
                style = str(value.get("style") or default_style)
                schema_dict = schema if isinstance(schema, dict) else {}
                merged[(location, name)] = ir.Parameter(
                    name=name,
                    location=location,
                    type=ptype,
                    required=value.get("required") is True or location == "path",
                    description=_description(value) or _description(schema_dict),
                    style=style,
                    explode=bool(value.get("explode", style == "form")),
                    default=schema_dict.get("default"),
                    has_default="default" in schema_dict,
                    deprecated=value.get("deprecated") is True,
                )
        return self.unshadowed(list(merged.values()), doc, pointer)

    def unshadowed(self, params: list[ir.Parameter], doc: Document, pointer: str) -> list[ir.Parameter]:
        """One parameter per name outside the path: every SDK takes the query, header and cookie
        parameters of a call in one set keyed by wire name, so a second one of that name (in
        another location) could never be given. The first declared is kept, the others dropped
        with a warning."""
        kept: dict[str, ir.Parameter] = {}
        dropped: dict[str, list[str]] = {}
        result = []
        for param in params:
            if param.location != "path":
                first = kept.setdefault(param.name, param)
                if first is not param:
                    dropped.setdefault(param.name, []).append(param.location)
                    continue
            result.append(param)
        for name, locations in dropped.items():
            others = " and ".join(locations)
            ones = "ones, or send them" if len(locations) > 1 else "one, or send it"
            self.diags.warning(
                "parameter-shadowed",
                f"parameter {name!r} is declared in {kept[name].location} and in {others}; the SDKs take "
                f"query, header and cookie parameters by name, so only the {kept[name].location} one is kept",
                self.loc(doc, pointer),
                f"rename the {others} {ones} with a per-call option",
            )
        return result

    def check_path_params(self, op: ir.Operation, doc: Document, pointer: str) -> None:
        """Match the path template against the declared path parameters.

        A template name nobody declared is read as a required string (`simple`), a declared
        name the template lacks is dropped (it could never be sent), and RFC 6570 operators in
        the template (`{id*}`, `{.id}`, `{;id}`) are read as the style they stand for; each
        with a warning naming the operation (`--strict` refuses them).
        """
        where = f"{op.method} {op.path} ({op.operation_id})"
        by_name = {p.name: p for p in op.params_in("path")}
        in_template: list[str] = []
        operators: dict[str, tuple[str, bool]] = {}
        readings: list[str] = []

        def plain(match: re.Match[str]) -> str:
            text = match.group(1)
            operator, name, star = "", text, ""
            if text not in by_name:  # a declared name is taken as written, dots and all
                if text[:1] in (".", ";"):
                    operator, name = text[0], name[1:]
                if name.endswith("*"):
                    name, star = name[:-1], "*"
            if (operator or star) and name:
                style = {"": "simple", ".": "label", ";": "matrix"}[operator]
                operators[name] = (style, bool(star))
                readings.append(f"{{{text}}} as {name!r} with style {style}, explode {str(bool(star)).lower()}")
            else:
                name = text
            in_template.append(name)
            return "{" + name + "}"

        op.path = _TEMPLATE_PARAM.sub(plain, op.path)
        if readings:
            self.diags.warning(
                "path-template-operator",
                f"{where} uses RFC 6570 operators, not OpenAPI path syntax; read " + "; ".join(readings),
                self.loc(doc, pointer),
                "write {name} in the path, and `style` (simple, label, matrix) and `explode` on the parameter",
            )
        undeclared = [name for name in dict.fromkeys(in_template) if name not in by_name]
        if undeclared:
            listed = ", ".join("{" + name + "}" for name in undeclared)
            self.diags.warning(
                "path-param-undeclared",
                f"path parameter {listed} of {where} is not declared; read as a required string",
                self.loc(doc, pointer),
                "add " + " and ".join(f"a parameter with `name: {name}` and `in: path`" for name in undeclared),
            )
        for name in undeclared:
            param = ir.Parameter(name, "path", ir.Primitive("string"), True, style="simple", explode=False)
            op.parameters.append(param)
            by_name[name] = param
        for name, (style, explode) in operators.items():
            by_name[name].style, by_name[name].explode = style, explode
        unused = sorted(set(by_name) - set(in_template))
        if unused:
            self.diags.warning(
                "path-param-unused",
                f"path parameter(s) {', '.join(map(repr, unused))} of {where} are declared but the path has "
                "no place for them; left out of the SDK",
                self.loc(doc, pointer),
            )
            op.parameters = [p for p in op.parameters if not (p.location == "path" and p.name in unused)]

    def request_body(self, raw: Any, doc: Document, pointer: str, hint: list[str]) -> ir.Body | None:
        value, body_doc, pointer = self.deref(raw, doc, pointer)
        if not isinstance(value, dict):
            return None
        content = value.get("content") or {}
        if not isinstance(content, dict):
            return None
        media = pick_media(content)
        if media is None:
            return None
        media_obj = content[media] if isinstance(content[media], dict) else {}
        schema = media_obj.get("schema", {})
        schema_pointer = join_pointer(pointer, "content", media, "schema")
        btype = self.schema_type(schema, body_doc, schema_pointer, hint + ["Request"])
        return ir.Body(
            content_type=media,
            type=btype,
            required=value.get("required") is True,
            description=_description(value),
            content_types=tuple(str(k) for k in content),
        )

    def responses(self, raw: Any, doc: Document, pointer: str, hint: list[str]) -> list[ir.Response]:
        if not isinstance(raw, dict) or not raw:
            self.diags.warning("responses-missing", "the operation declares no responses", self.loc(doc, pointer))
            return []
        result = []
        success_codes = [str(k) for k in raw if str(k)[:1] in ("2", "3")]
        for status, value in raw.items():
            status = str(status).upper() if str(status).lower() != "default" else "default"
            resp_pointer = join_pointer(pointer, status)
            value, resp_doc, resp_pointer = self.deref(value, doc, resp_pointer)
            if not isinstance(value, dict):
                continue
            content = value.get("content") or {}
            media = pick_media(content) if isinstance(content, dict) else None
            rtype = None
            if media is not None:
                media_obj = content[media] if isinstance(content[media], dict) else {}
                words = hint + ["Response"] + ([status] if len(success_codes) > 1 else [])
                if status[:1] not in ("2", "3"):
                    words = hint + ["Error", status]
                rtype = self.schema_type(
                    media_obj.get("schema", {}), resp_doc, join_pointer(resp_pointer, "content", media, "schema"), words
                )
            headers = tuple(str(h) for h in (value.get("headers") or {}))
            result.append(ir.Response(status, str(value.get("description") or ""), media, rtype, headers))
        return result

    def extensions(self, op: ir.Operation, raw: dict[str, Any], doc: Document, pointer: str) -> None:
        """Every `x-sdkgen-*` extension of the operation, each read by its module in generator/extensions."""
        apply_operation_extensions(op, raw, self.diags, doc, pointer)


# ---------------------------------------------------------------- small pure helpers


def _single_member(schema: dict[str, Any]) -> tuple[str, int, Any] | None:
    """The one schema an allOf/oneOf/anyOf stands for (nulls aside), with where it is."""
    for keyword in ("allOf", "oneOf", "anyOf"):
        parts = schema.get(keyword)
        if isinstance(parts, list):
            real = [(i, p) for i, p in enumerate(parts)
                    if not (isinstance(p, dict) and p.get("type") == "null")]
            if len(real) == 1:
                return keyword, real[0][0], real[0][1]
            return None
    return None


def _description(schema: Any) -> str:
    if not isinstance(schema, dict):
        return ""
    parts = [str(schema[k]).strip() for k in ("title", "description") if schema.get(k)]
    if len(parts) == 2 and parts[0] == parts[1]:
        parts = parts[:1]
    return "\n\n".join(parts)


def _schema_kind(schema: dict[str, Any]) -> str | None:
    t = schema.get("type")
    if isinstance(t, str):
        return t
    if _has_properties(schema) or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


def _has_properties(schema: dict[str, Any]) -> bool:
    return isinstance(schema.get("properties"), dict) and bool(schema["properties"])


def _is_object_like(schema: dict[str, Any]) -> bool:
    """Declares an object model: properties of its own, or an allOf to merge."""
    if "allOf" in schema:
        parts = schema["allOf"] if isinstance(schema["allOf"], list) else []
        return len(parts) > 1 or _has_properties(schema) or (
            len(parts) == 1 and not (isinstance(parts[0], dict) and "$ref" in parts[0])
        )
    if _has_properties(schema):
        return True
    return schema.get("type") == "object" and not isinstance(schema.get("additionalProperties"), dict) and (
        "oneOf" not in schema and "anyOf" not in schema
    ) and schema.get("additionalProperties") is False


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    return "object" if isinstance(value, dict) else "array"


def _json_text(value: Any) -> str:
    import json

    return json.dumps(value, sort_keys=True)


def _conflicting(a: Any, b: Any) -> bool:
    if not isinstance(a, dict) or not isinstance(b, dict):
        return False
    ta, tb = a.get("type"), b.get("type")
    return ta is not None and tb is not None and ta != tb


def _with_nullable(t: ir.Type, nullable: bool) -> ir.Type:
    if t.nullable == nullable:
        return t
    from dataclasses import replace

    return replace(t, nullable=nullable)


def _dedupe(types: list[ir.Type]) -> list[ir.Type]:
    result: list[ir.Type] = []
    for t in types:
        if t not in result:
            result.append(t)
    return result


def _as_ref(target: str) -> str:
    # A discriminator mapping value is a $ref or a bare schema name.
    if "#" in target or "/" in target or target.endswith((".yaml", ".yml", ".json")):
        return target
    return "#/components/schemas/" + target


def _derived_operation_id(method: str, path: str) -> str:
    words: list[str] = [method.lower()]
    for segment in path.strip("/").split("/"):
        if segment.startswith("{") and segment.endswith("}"):
            words += ["By"] + split_words(segment[1:-1])
        else:
            words += split_words(segment)
    return camel(words) or method.lower()

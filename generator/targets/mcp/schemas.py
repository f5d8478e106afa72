"""IR types as self-contained JSON Schema 2020-12 for MCP tools: every named model inlined (no
`$ref`, no `$defs`, which several MCP clients reject), recursion and deep nesting cut at a depth.

Two flavours:

- input schemas keep the spec's constraints (required fields, enums, consts) so arguments are
  checked before any request is sent; raw bytes (`format: binary`) are base64 text
  (`contentEncoding: base64`), decoded by the server before it sends them; `null` is dropped
  from nullable types (an MCP client omits an argument rather than sending null, and some
  clients reject `["string", "null"]` unions);
- output schemas tolerate what real servers send: no required fields, enums and consts relaxed to
  their base type, unknown fields always allowed, every value may be null, and no descriptions
  (the tool's description carries the documentation; this keeps `tools/list` small).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ... import ir

# Named models nested deeper than this (or met again inside themselves) become a plain object.
INPUT_DEPTH = 4
OUTPUT_DEPTH = 1

Schema = dict[str, Any]

_JSON_TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}
# Formats JSON Schema 2020-12 defines; others are left to the description.
_FORMATS = frozenset({"date-time", "date", "time", "duration", "email", "uri", "uuid", "hostname", "ipv4", "ipv6"})


@dataclass
class Converter:
    models: dict[str, ir.Model]
    output: bool
    cut: set[str] = field(default_factory=set)  # models cut short somewhere in this schema

    @property
    def limit(self) -> int:
        return OUTPUT_DEPTH if self.output else INPUT_DEPTH

    def schema(self, t: ir.Type, stack: tuple[str, ...] = ()) -> Schema:
        result = self._plain(t, stack)
        if self.output and t.nullable:
            return _or_null(result)
        return result

    def _plain(self, t: ir.Type, stack: tuple[str, ...]) -> Schema:
        if isinstance(t, ir.Primitive):
            return self._primitive(t)
        if isinstance(t, ir.AnyType):
            return {}
        if isinstance(t, ir.ArrayType):
            return {"type": "array", "items": self.schema(t.item, stack)}
        if isinstance(t, ir.MapType):
            return {"type": "object", "additionalProperties": self.schema(t.value, stack)}
        if isinstance(t, ir.ConstType):
            return {"type": _JSON_TYPES.get(t.base, "string")} if self.output else {"const": t.value}
        if isinstance(t, ir.UnionType):
            return _any_of([self.schema(v, stack) for v in t.variants])
        if isinstance(t, ir.NamedType):
            return self._named(t.name, stack)
        return {}

    def _primitive(self, t: ir.Primitive) -> Schema:
        result: Schema = {"type": _JSON_TYPES.get(t.name, "string")}
        if t.format in _FORMATS and not self.output:
            result["format"] = t.format
        if is_binary(t) and not self.output:  # JSON carries no bytes: the server decodes them (calls.py)
            result["contentEncoding"] = "base64"
        return result

    def _named(self, name: str, stack: tuple[str, ...]) -> Schema:
        model = self.models.get(name)
        if model is None:
            return {}
        if isinstance(model, ir.EnumModel):
            return self._enum(model)
        if isinstance(model, ir.AliasModel) and name not in stack:
            return self.schema(model.target, (*stack, name))
        if name in stack or len(stack) >= self.limit:
            self.cut.add(name)
            kind = "object" if isinstance(model, ir.ObjectModel) else None
            return ({"type": kind} if kind else {}) | ({} if self.output else {
                "description": f"{name}: nested too deep to describe here (any JSON {kind or 'value'})"})
        inner = (*stack, name)
        if isinstance(model, ir.UnionModel):
            return self.describe(_any_of([self.schema(v, inner) for v in model.variants]), model.description)
        if not isinstance(model, ir.ObjectModel):  # an alias met again inside itself: cut above
            return {}
        return self._object(model, inner)

    def _enum(self, model: ir.EnumModel) -> Schema:
        base = _JSON_TYPES.get(model.base, "string")
        if self.output:  # a value added to the API later must not fail the client's validation
            return {"type": base}
        return self.describe({"type": base, "enum": [v.value for v in model.values]}, model.description)

    def _object(self, model: ir.ObjectModel, stack: tuple[str, ...]) -> Schema:
        properties: Schema = {}
        required: list[str] = []
        for f in model.fields:
            if (f.read_only and not self.output) or (f.write_only and self.output):
                continue
            properties[f.wire_name] = self.prop(f, stack)
            if f.required and not self.output:
                required.append(f.wire_name)
        result: Schema = {"type": "object", "properties": properties}
        if required:
            result["required"] = required
        if model.additional is None and not self.output:
            result["additionalProperties"] = False
        return result if self.output or len(stack) > 1 else self.describe(result, model.description)

    def prop(self, f: ir.Field, stack: tuple[str, ...] = ()) -> Schema:
        result = self.schema(f.type, stack)
        if self.output:
            return result
        if f.has_default and _json_value(f.default):
            result = {**result, "default": f.default}
        return self.describe(result, f.description + (" (deprecated)" if f.deprecated else ""))

    def describe(self, schema: Schema, text: str) -> Schema:
        text = " ".join(text.split())
        if self.output or not text or "description" in schema:
            return schema
        return {**schema, "description": text}


def is_binary(t: ir.Type) -> bool:
    """Raw bytes (`format: binary`): a tool takes them base64-encoded."""
    return isinstance(t, ir.Primitive) and t.name == "string" and t.format == "binary"


def _any_of(variants: list[Schema]) -> Schema:
    if any(v == {} for v in variants):
        return {}
    unique: list[Schema] = []
    for v in variants:
        if v not in unique:
            unique.append(v)
    return unique[0] if len(unique) == 1 else {"anyOf": unique}


def _or_null(schema: Schema) -> Schema:
    kind = schema.get("type")
    if not schema:
        return schema
    if isinstance(kind, str):
        return {**schema, "type": [kind, "null"]}
    if "anyOf" in schema:
        return {"anyOf": [*schema["anyOf"], {"type": "null"}]}
    return {"anyOf": [schema, {"type": "null"}]}


def _json_value(value: Any) -> bool:
    """Whether a default is plain JSON (YAML may give dates or other objects)."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return True
    if isinstance(value, list):
        return all(_json_value(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_value(v) for k, v in value.items())
    return False

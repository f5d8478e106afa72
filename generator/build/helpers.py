"""Small pure questions about raw schemas and IR types that several kind handlers ask."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from .. import ir

PRIMITIVES = ("string", "integer", "number", "boolean")
JSON_TYPES = (*PRIMITIVES, "array", "object", "null")


def description(schema: Any) -> str:
    """A schema's (or parameter's, body's) title and description, once each."""
    if not isinstance(schema, dict):
        return ""
    parts = [str(schema[k]).strip() for k in ("title", "description") if schema.get(k)]
    if len(parts) == 2 and parts[0] == parts[1]:
        parts = parts[:1]
    return "\n\n".join(parts)


def has_properties(schema: dict[str, Any]) -> bool:
    return isinstance(schema.get("properties"), dict) and bool(schema["properties"])


def schema_kind(schema: dict[str, Any]) -> str | None:
    """The JSON type a schema stands for: its `type`, else what its keywords imply."""
    t = schema.get("type")
    if isinstance(t, str):
        return t
    if has_properties(schema) or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


def is_object_like(schema: dict[str, Any]) -> bool:
    """Declares an object model: properties of its own, or an allOf to merge."""
    if "allOf" in schema:
        parts = schema["allOf"] if isinstance(schema["allOf"], list) else []
        return len(parts) > 1 or has_properties(schema) or (
            len(parts) == 1 and not (isinstance(parts[0], dict) and "$ref" in parts[0])
        )
    if has_properties(schema):
        return True
    return schema.get("type") == "object" and not isinstance(schema.get("additionalProperties"), dict) and (
        "oneOf" not in schema and "anyOf" not in schema
    ) and schema.get("additionalProperties") is False


def single_member(schema: dict[str, Any]) -> tuple[str, int, Any] | None:
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


def json_kind(value: Any) -> str:
    """The JSON type of a literal value (a const's, an enum member's)."""
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


def json_text(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def with_nullable(t: ir.Type, nullable: bool) -> ir.Type:
    if t.nullable == nullable:
        return t
    return replace(t, nullable=nullable)


def dedupe(types: list[ir.Type]) -> list[ir.Type]:
    result: list[ir.Type] = []
    for t in types:
        if t not in result:
            result.append(t)
    return result

"""oneOf/anyOf: null members make the union nullable; one member left is that member; members
that are objects make a union model (with its discriminator), others an inline union type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..loader import Document, join_pointer
from ..naming import split_words
from ..passes.types import is_object_like
from . import refs
from .helpers import dedupe, description, has_properties, with_nullable
from .objects import hoisted_object

if TYPE_CHECKING:
    from .builder import Builder

# The non-null members (schema and pointer), whether null was among them, and the keyword.
UnionParts = tuple[list[tuple[Any, str]], bool, str]


def union_type(
    b: Builder, schema: dict[str, Any], doc: Document, pointer: str, hint: list[str], nullable: bool, hoist: bool
) -> ir.Type | None:
    """The type of a schema with `oneOf` or `anyOf` (None: it has neither)."""
    if "oneOf" not in schema and "anyOf" not in schema:
        return None
    if has_properties(schema):
        return hoisted_object(b, schema, doc, pointer, hint, nullable)
    union = union_parts(schema, pointer)
    if union is None:
        return ir.AnyType(nullable=nullable)
    members, union_nullable, _ = union
    nullable = nullable or union_nullable
    if not members:
        return ir.AnyType(nullable=nullable)
    if len(members) == 1:
        inner = b.schema_type(members[0][0], doc, members[0][1], hint)
        return with_nullable(inner, nullable)
    variants = [b.schema_type(m, doc, p, hint + ["Option", str(i + 1)]) for i, (m, p) in enumerate(members)]
    if any(is_object_like(b.models, v) for v in variants):
        name = b.new_model_name(hint)
        b.models[name] = _union_decl(b, name, variants, schema, doc, pointer)
        return ir.NamedType(name, nullable=nullable)
    return ir.UnionType(tuple(dedupe(variants)), nullable=nullable)


def union_parts(schema: dict[str, Any], pointer: str) -> UnionParts | None:
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
    b: Builder, union: UnionParts, schema: dict[str, Any], doc: Document, pointer: str, name: str
) -> ir.Model:
    """The declaration of a named oneOf/anyOf schema."""
    members, nullable, _ = union
    words = split_words(name)
    variants = [b.schema_type(m, doc, p, words + ["Option", str(i + 1)]) for i, (m, p) in enumerate(members)]
    if len(variants) == 1:
        return ir.AliasModel(name, with_nullable(variants[0], nullable), description(schema))
    if nullable:
        # Null belongs to the places that use the union, not to its variants.
        b.nullable_models.add(name)
    return _union_decl(b, name, variants, schema, doc, pointer)


def _union_decl(
    b: Builder, name: str, variants: list[ir.Type], schema: dict[str, Any], doc: Document, pointer: str
) -> ir.UnionModel:
    discriminator = schema.get("discriminator")
    disc = None
    if isinstance(discriminator, dict) and isinstance(discriminator.get("propertyName"), str):
        disc = ir.Discriminator(discriminator["propertyName"], _mapping(b, discriminator, variants, doc, pointer))
    return ir.UnionModel(name, dedupe(variants), disc, description(schema), f"{doc.display_name}#{pointer}")


def _mapping(
    b: Builder, discriminator: dict[str, Any], variants: list[ir.Type], doc: Document, pointer: str
) -> dict[str, str]:
    """Discriminator value -> model name: the declared mapping, then each named variant's own key."""
    mapping: dict[str, str] = {}
    for value, target in (discriminator.get("mapping") or {}).items():
        ref = b.ws.resolve(refs.as_ref(str(target)), doc, join_pointer(pointer, "discriminator", "mapping", str(value)))
        if ref is not None:
            mapping[str(value)] = b.declare_ref(ref)
    for variant in variants:
        if isinstance(variant, ir.NamedType) and variant.name not in mapping.values():
            # Implicit mapping: the schema's own name.
            source_name = refs.component_key(b, variant.name)
            if source_name is not None:
                mapping.setdefault(source_name, variant.name)
    return mapping

"""References and named schemas: component schemas reserve their names first, a `$ref` declares
the schema it points at on first use, and a reference-only cycle is refused."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..loader import Document, Ref, join_pointer
from ..naming import split_words
from . import schemas
from .helpers import has_properties, single_member

if TYPE_CHECKING:
    from .builder import Builder


def build_component_schemas(b: Builder) -> None:
    schemas = (b.root.data.get("components") or {}).get("schemas") or {}
    if not isinstance(schemas, dict):
        return
    # Reserve every component name first, in document order.
    for key in schemas:
        pointer = join_pointer("/components/schemas", str(key))
        b.ref_models[(str(b.root.path), pointer)] = b.new_model_name(split_words(str(key)))
    for key in schemas:
        pointer = join_pointer("/components/schemas", str(key))
        declare_ref(b, Ref(b.root, pointer))


def declare_ref(b: Builder, ref: Ref) -> str:
    """The model name for the schema at `ref`, declaring it on first use."""
    name = b.ref_models.get(ref.key)
    if name is None:
        last = ref.pointer.rsplit("/", 1)[-1] if ref.pointer else ref.document.path.stem
        name = b.new_model_name(split_words(last) or ["Model"])
        b.ref_models[ref.key] = name
    if name not in b.models:
        schema = ref.value()
        # A placeholder while the declaration is built lets recursion find the name.
        b.models[name] = ir.AliasModel(name, ir.AnyType())
        b.models[name] = schemas.declaration(b, schema, ref.document, ref.pointer, name)
    return name


def ref_type(b: Builder, schema: dict[str, Any], doc: Document, pointer: str, nullable: bool) -> ir.Type:
    """A `$ref`: the named type of the schema it points at (nullable when that one says so)."""
    ref = b.ws.resolve(schema["$ref"], doc, join_pointer(pointer, "$ref"))
    if ref is None:
        return ir.AnyType()
    target = ref.value()
    if isinstance(target, dict) and target.get("nullable") is True:
        nullable = True
    name = declare_ref(b, ref)
    return ir.NamedType(name, nullable=nullable or name in b.nullable_models)


def ref_only_cycle(b: Builder, schema: dict[str, Any], doc: Document, pointer: str) -> bool:
    """Whether following `$ref`s alone (through one-member allOf/oneOf/anyOf too) comes back around."""
    seen: set[tuple[str, str]] = {(str(doc.path), pointer)}
    while isinstance(schema, dict):
        if "$ref" not in schema:
            if has_properties(schema):
                return False
            single = single_member(schema)
            if single is None:
                return False
            keyword, index, schema = single
            pointer = join_pointer(pointer, keyword, index)
            continue
        ref = b.ws.resolve(schema["$ref"], doc, join_pointer(pointer, "$ref"))
        if ref is None:
            return False
        if ref.key in seen:
            return True
        seen.add(ref.key)
        schema, doc, pointer = ref.value(), ref.document, ref.pointer
    return False


def component_key(b: Builder, model_name: str) -> str | None:
    """The key under components/schemas a model was declared from (None: it was hoisted)."""
    for (_, pointer), name in b.ref_models.items():
        if name == model_name:
            return pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
    return None


def as_ref(target: str) -> str:
    """A discriminator mapping value, which is a $ref or a bare schema name, as a $ref."""
    if "#" in target or "/" in target or target.endswith((".yaml", ".yml", ".json")):
        return target
    return "#/components/schemas/" + target

"""Questions about a type that every target asks: what an alias stands for, whether a value is
an object on the wire."""

from __future__ import annotations

from collections.abc import Mapping

from .. import ir


def resolve_alias(models: Mapping[str, ir.Model], t: ir.Type) -> ir.Type:
    """Follow named aliases to what they stand for. Stops at the first name that is not an
    alias (or is unknown), and at a name seen before (an alias cycle), returning that name."""
    seen: set[str] = set()
    while isinstance(t, ir.NamedType):
        decl = models.get(t.name)
        if not isinstance(decl, ir.AliasModel) or t.name in seen:
            return t
        seen.add(t.name)
        t = decl.target
    return t


def is_object_like(models: Mapping[str, ir.Model], t: ir.Type, *, any_is_object: bool = False) -> bool:
    """Whether values of `t` are JSON objects: an object or union model, or a map, through aliases.
    With `any_is_object`, an alias of `any` counts too (Ruby's Hash-or-model bodies)."""
    resolved = resolve_alias(models, t)
    if isinstance(resolved, ir.NamedType):
        return isinstance(models.get(resolved.name), (ir.ObjectModel, ir.UnionModel))
    return isinstance(resolved, (ir.MapType, ir.AnyType) if any_is_object else ir.MapType)

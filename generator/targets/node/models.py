"""Models as the templates read them: enums, interfaces (models and parameter groups), aliases.

Union members are spread here (`_members`): a direct way back to a union on the path is spread
in. This should move to the shared union pass (generator/passes/unions.py) once it exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ... import ir
from ...passes import unions
from ...passes.cycles import direct_cycles
from .literals import ts_literal
from .symbols import NodeSymbols, Surface, spread_body
from .types import TypeMapper, join_union, split_union


@dataclass
class TsProperty:
    name: str  # the wire name, printed with ts_key
    type: str
    optional: bool
    doc: str


@dataclass
class TsInterface:
    name: str
    doc: str
    properties: list[TsProperty]
    open: bool  # unknown fields are typed: [key: string]: unknown


@dataclass
class TsEnum:
    name: str
    doc: str
    type: str  # the union, open to unknown values
    members: list[tuple[str, Any]]  # (key, value), printed with ts_key and ts_value


@dataclass
class TsAlias:
    name: str
    doc: str
    type: str


class Models:
    """The declarations of models.ts, in the order they are printed within each kind."""

    def __init__(self, api: ir.Api, symbols: NodeSymbols, types: TypeMapper) -> None:
        self.api = api
        self.symbols = symbols
        self.types = types
        self.enums: list[TsEnum] = []
        self.interfaces: list[TsInterface] = []
        self.aliases: list[TsAlias] = []
        cyclic = direct_cycles(api)
        for model_name, decl in api.models.items():
            self._add(model_name, decl, cyclic)

    def _add(self, model_name: str, decl: ir.Model, cyclic: set[str]) -> None:
        name = self.symbols.models[model_name]
        if isinstance(decl, ir.EnumModel):
            self.enums.append(self._enum(name, decl))
        elif isinstance(decl, ir.ObjectModel):
            self.interfaces.append(self._interface(name, decl))
        elif isinstance(decl, ir.UnionModel):
            parts = self._members(decl.variants, model_name, cyclic)
            doc = decl.description
            if decl.discriminator is not None:
                note = f"Told apart by `{decl.discriminator.property}`."
                doc = f"{doc}\n\n{note}" if doc else note
            self.aliases.append(TsAlias(name, doc, join_union(parts)))
        elif model_name in cyclic:  # an alias that comes back to itself through unions only
            parts = self._members([decl.target], model_name, cyclic)
            self.aliases.append(TsAlias(name, decl.description, "unknown" if parts == ["null"] else join_union(parts)))
        else:
            target = self.types.ts_type(decl.target)
            if target == name:  # a schema that only refers to itself
                target = "unknown"
            self.aliases.append(TsAlias(name, decl.description, target))

    def _members(self, variants: Sequence[ir.Type], model_name: str, cyclic: set[str]) -> list[str]:
        """The union members of `variants` as TypeScript parts, spread by the shared pass (a union or
        alias on a direct cycle stands for its own members; every null the spreading adds is kept)."""
        parts: list[str] = []
        for member in unions.node_members(self.api, variants, model_name, cyclic):
            leaf = member.type if member.kind is unions.Kind.LEAF else None
            for part in split_union(self.types.ts_type(leaf)) if leaf is not None else ["null"]:
                if part not in parts:
                    parts.append(part)
        return parts

    def _enum(self, name: str, decl: ir.EnumModel) -> TsEnum:
        members = []
        literals = []
        for key, value in zip(NodeSymbols.enum_keys(decl), decl.values, strict=True):
            literal = ts_literal(value.value)
            if literal == "number":  # NaN or infinity: no literal type holds it
                continue
            members.append((key, value.value))
            if literal not in literals:
                literals.append(literal)
        open_type = "(string & {})" if decl.base == "string" else "(number & {})"
        return TsEnum(name, decl.description, " | ".join([*literals, open_type]), members)

    def _interface(self, name: str, decl: ir.ObjectModel) -> TsInterface:
        properties = [TsProperty(f.wire_name, self.types.ts_type(f.type), not f.required,
                                 with_deprecated(f.description, f.deprecated)) for f in decl.fields]
        return TsInterface(name, decl.description, properties, decl.additional is not None)

    def surface_interface(self, op: ir.Operation, surface: Surface) -> TsInterface | None:
        """The params object of `op`'s resource method (added to the models): its query, header and
        cookie parameters, and the body's fields (spread) or the body under `surface.body_key`."""
        if surface.params_type is None:
            return None
        seen: set[str] = set()
        properties = []
        for p in op.parameters:
            if p.location == "path" or p.name in seen:
                continue
            seen.add(p.name)
            doc = p.description
            if p.location != "query":
                note = f"Sent as the `{p.name}` {p.location}."
                doc = f"{doc}\n\n{note}" if doc else note
            properties.append(TsProperty(p.name, self.types.ts_type(p.type), not p.required,
                                         with_deprecated(doc, p.deprecated)))
        if op.body is not None and surface.body_key is not None:
            doc = op.body.description or f"The request body ({op.body.content_type})."
            properties.append(TsProperty(surface.body_key, self.types.ts_type(op.body.type), not op.body.required, doc))
        elif op.body is not None:
            # the body's fields, closed (a misspelt key does not compile); optional with an optional body
            spread = spread_body(self.api, op)
            assert spread is not None
            properties += [TsProperty(f.wire_name, self.types.ts_type(f.type), not (f.required and op.body.required),
                                      with_deprecated(f.description, f.deprecated)) for f in spread.fields]
        interface = TsInterface(surface.params_type, f"The params of `{op.operation_id}`'s resource method.",
                                properties, False)
        self.interfaces.append(interface)
        return interface

    def params_interface(self, op: ir.Operation, suffix: str, locations: tuple[str, ...]) -> TsInterface | None:
        """The interface of one parameter group of `op` (added to the models), or None without one."""
        name = self.symbols.params_type(op, suffix)
        if name is None:
            return None
        seen: set[str] = set()
        properties = []
        for p in op.parameters:
            if p.location not in locations or p.name in seen:  # a name in two locations: the first is typed
                continue
            seen.add(p.name)
            doc = p.description
            if p.location in ("header", "cookie"):
                note = f"Sent as the `{p.name}` {p.location}."
                doc = f"{doc}\n\n{note}" if doc else note
            properties.append(TsProperty(p.name, self.types.ts_type(p.type), not p.required,
                                         with_deprecated(doc, p.deprecated)))
        words = "path parameters" if suffix == "PathParams" else "query, header and cookie parameters"
        interface = TsInterface(name, f"The {words} of `{op.operation_id}`.", properties, False)
        self.interfaces.append(interface)
        return interface


def with_deprecated(doc: str, deprecated: bool) -> str:
    if not deprecated:
        return doc
    return f"{doc}\n\n@deprecated" if doc else "@deprecated"

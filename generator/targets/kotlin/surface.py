"""The friendly surface (#16): one method per operation named from its language-neutral name
(`client.deployments.list(appId, limit = 20)`), on namespaces nested as the names nest.

Path parameters come first, positional, in path order; query, header and cookie parameters and
the fields of an object body follow as named arguments with defaults where they are optional;
`options` last. Each method hands the runtime the same descriptor and maps as the seed's methods
(ClientCore.call / stream / iterate), so there is one request machinery. A list operation with a
pagination descriptor returns every item across pages (the runtime's pager)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ... import ir
from ...passes.docs import operation_doc
from .literal import Call, Code, Named, Pair
from .models import KtClass
from .operations import KtArg, KtOperation, KtResource
from .symbols import KotlinSymbols, Namespace
from .types import KotlinTypes

# A one-line call at 12 columns, with its comma, stays within 100.
_WIDTH = 87


@dataclass
class KtFriendly:
    name: str
    operation_id: str
    doc: str
    deprecated: bool
    args: list[KtArg]
    return_type: str
    runtime: str  # the ClientCore function: call, stream or iterate
    path_map: Any  # literal-filter data: the path parameters by wire name
    rest_map: Any  # the query, header and cookie parameters by wire name
    body: Any  # the body: a model built from the arguments, one argument, or None
    where: str = ""  # the accessors from the client: `deployments.lifecycle`
    example: list[str] = field(default_factory=list)  # the README's call, argument by argument


@dataclass
class KtChild:
    attr: str
    class_name: str


class SurfaceBuilder:
    def __init__(self, symbols: KotlinSymbols, types: KotlinTypes, classes: list[KtClass]) -> None:
        self.symbols = symbols
        self.types = types
        self.classes = {cls.name: cls for cls in classes}

    def attach(self, api: ir.Api, resources: list[KtResource]) -> list[KtResource]:
        """Add every friendly method and nested accessor to its class; returns the classes to add
        to the seed's (namespaces that are not a seed resource), top-level ones first in order."""
        by_class = {r.class_name: r for r in resources}
        seeds = {kt.operation_id: kt for r in resources for kt in r.operations}
        ops = {op.operation_id: op for op in api.operations}
        added: list[KtResource] = []

        def visit(namespace: Namespace, prefix: str) -> None:
            view = by_class.get(namespace.class_name)
            if view is None:
                view = KtResource(attr=namespace.attr, class_name=namespace.class_name, doc="")
                added.append(view)
            where = prefix + namespace.attr
            for op_id, method in namespace.methods.items():
                view.friendly.append(self.method(ops[op_id], method, seeds[op_id], where))
            for child in namespace.children:
                view.children.append(KtChild(child.attr, child.class_name))
                visit(child, where + ".")

        for namespace in self.symbols.namespaces:
            visit(namespace, "")
        return added

    def method(self, op: ir.Operation, name: str, seed: KtOperation, where: str) -> KtFriendly:
        path = sorted(op.params_in("path"), key=lambda p: op.path.find("{" + p.name + "}"))
        rest = [p for p in op.parameters if p.location != "path"]
        model = self._spread_model(op)
        wires = [(p.name, "param") for p in path + rest]
        if model is not None:
            wires += [(f.name, "field") for f in model.fields]
        elif op.body is not None:
            wires.append(("body", "body"))
        names = self.symbols.arguments(wires)
        args = [KtArg(n, self.types.kt_type(p.type), None) for n, p in zip(names, path, strict=False)]
        named: list[KtArg] = []
        for n, p in zip(names[len(path):], rest, strict=False):
            named.append(KtArg(n, self.types.kt_type(p.type), None) if p.required
                         else KtArg(n, self.types.optional(p.type), "null"))
        body: Any = None
        tail = names[len(path) + len(rest):]
        if model is not None:
            named += [KtArg(n, f.type, f.default) for n, f in zip(tail, model.fields, strict=True)]
            body = Call(model.name, tuple(Named(f.name, Code(n)) for n, f in zip(tail, model.fields, strict=True)),
                        _WIDTH)
        elif op.body is not None:
            body_arg = seed.typed_args[2]
            named.append(KtArg(tail[0], body_arg.type, body_arg.default))
            body = Code(tail[0])
        named.sort(key=lambda a: a.default is not None)  # required ones first; all are named at the call
        args += named + [KtArg("options", "RequestOptions?", "null")]
        runtime = "iterate" if seed.iter_name else "stream" if seed.streaming else "call"
        return KtFriendly(
            name=name,
            operation_id=op.operation_id,
            doc=operation_doc(op, "`" + op.method + " " + op.path + "`; the same call as [" + seed.method_name + "]"
                              + (", every item across all pages." if runtime == "iterate" else ".")),
            deprecated=op.deprecated,
            args=args,
            return_type="Flow<" + str(seed.item_type) + ">" if runtime == "iterate" else seed.return_type,
            runtime=runtime,
            path_map=_map([(p.name, n) for n, p in zip(names, path, strict=False)]),
            rest_map=_map([(p.name, n) for n, p in zip(names[len(path):], rest, strict=False)]),
            body=body,
            where=where,
            example=[('"…"' if a.type == "String" else "…") if i < len(path) else a.name + " = …"
                     for i, a in enumerate(args) if a.default is None],
        )

    def _spread_model(self, op: ir.Operation) -> KtClass | None:
        """The data class whose fields become arguments: a JSON object body, required, or optional
        with no required field (then `{}` is sent when no field is given)."""
        if op.body is None or not isinstance(op.body.type, ir.NamedType) or op.body.type.nullable:
            return None
        decl = self.types.models.get(op.body.type.name)
        cls = self.classes.get(self.types.class_names.get(op.body.type.name, ""))
        if not isinstance(decl, ir.ObjectModel) or cls is None or cls.hide_map_field:
            return None
        if not op.body.required and any(f.default is None for f in cls.fields):
            return None
        return cls


def _map(pairs: list[tuple[str, str]]) -> Any:
    if not pairs:
        return Code("emptyMap()")
    return Call("mapOf", tuple(Pair(wire, Code(name)) for wire, name in pairs), _WIDTH)

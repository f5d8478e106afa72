"""The builder's state and the few services every handler uses; the handlers themselves live in
one module per schema kind (and per part of an operation) beside this one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import ir
from ..diagnostics import Diagnostics, Location, SpecError
from ..loader import Document, Ref, Workspace, join_pointer
from ..naming import NameAllocator, pascal
from ..passes import refine
from . import document, refs, schemas


def load_api(path: str | Path, diagnostics: Diagnostics | None = None) -> ir.Api:
    """Read the spec at `path` into the IR; raise SpecError listing every error."""
    diagnostics = diagnostics if diagnostics is not None else Diagnostics()
    workspace = Workspace(Path(path), diagnostics)
    api = refine(Builder(workspace).build(), diagnostics)
    if diagnostics.has_errors():
        raise SpecError(diagnostics)
    return api


class Builder:
    """One build of one spec: the models declared so far, the names taken, the operationIds seen."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.diags = workspace.diagnostics
        self.root = workspace.root
        self.models: dict[str, ir.Model] = {}
        self.model_names = NameAllocator()
        self.ref_models: dict[tuple[str, str], str] = {}
        self.operation_ids: dict[str, tuple[Document, str]] = {}
        self.nullable_models: set[str] = set()
        self.document_servers: list[ir.Server] = []
        self.hosts: list[ir.Host] = []  # path- and operation-level servers, in first-use order
        # id(schema node) -> (the node, its type), for the nodes YAML aliases put in many places
        self.schema_types: dict[int, tuple[dict[str, Any], ir.Type]] = {}

    def build(self) -> ir.Api:
        """The whole document: servers, security schemes, component schemas, then the paths."""
        return document.build_api(self)

    def schema_type(
        self, schema: Any, doc: Document, pointer: str, hint: list[str], hoist: bool = True
    ) -> ir.Type:
        """The type of a schema standing at `pointer`; hoists what needs a declaration (see
        `schemas.schema_type`, which dispatches over the kind handlers)."""
        return schemas.schema_type(self, schema, doc, pointer, hint, hoist)

    def declare_ref(self, ref: Ref) -> str:
        """The model name for the schema at `ref`, declaring it on first use."""
        return refs.declare_ref(self, ref)

    # ------------------------------------------------------------ services

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

    def hoist(self, hint: list[str], declare: Callable[[str], ir.Model | None]) -> str | None:
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

"""The template context: the symbol pass, then models, operations and classes, assembled."""

from __future__ import annotations

import re
from typing import Any

from ... import ir
from ...diagnostics import Diagnostics, SpecError
from ...settings import Settings
from .imports import class_imports, operations_runtime, root_imports
from .models import Models, TsAlias, TsEnum, TsInterface
from .operations import TsOperation, build_operation
from .readme import example, surface_examples
from .resources import TsNamespace, build_namespace, children_first
from .security import scheme_row, signatures
from .symbols import NodeSymbols
from .types import TypeMapper


class NodeView:
    """The IR seen as TypeScript: every name, type and import the templates print."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        self.settings = settings
        self.diagnostics = Diagnostics()
        self.symbols = NodeSymbols(api, settings, self.diagnostics)
        self.package = self.symbols.package
        self.client = self.symbols.client
        self.model_names = self.symbols.models
        self.types = TypeMapper(self.model_names)
        models = Models(api, self.symbols, self.types)
        self.operations: list[TsOperation] = []
        views: dict[str, TsOperation] = {}
        for scope in self.symbols.resources:
            assert scope.resource is not None
            for op in scope.resource.operations:
                view = build_operation(api, op, self.symbols.methods[op.operation_id], models, self.types,
                                       self.symbols.surface.get(op.operation_id))
                self.operations.append(view)
                views[op.operation_id] = view
        self.enums: list[TsEnum] = models.enums
        self.interfaces: list[TsInterface] = models.interfaces
        self.aliases: list[TsAlias] = models.aliases
        built: dict[int, TsNamespace] = {}
        self.resources = [build_namespace(scope, views, built) for scope in self.symbols.resources]
        self.namespaces = [build_namespace(scope, views, built) for scope in self.symbols.namespaces]
        self.roots = [(name, build_namespace(scope, views, built)) for name, scope in self.symbols.roots]
        for ns in self.resources:
            ns.imports = class_imports([ns], "../", with_children=True)
        if self.diagnostics.has_errors():
            raise SpecError(self.diagnostics)

    def ts_type(self, t: ir.Type, prefix: str = "") -> str:
        """The TypeScript type for `t`; `prefix` qualifies model names (e.g. "m.")."""
        return self.types.ts_type(t, prefix)

    def hosts(self) -> list[dict[str, str]]:
        """Each host beside the document's servers: its key, client option, variable and default URL."""
        result = []
        for host in self.api.hosts:
            words = [w.lower() for w in host.name]
            option = words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:]) + "BaseUrl"
            env = f"{self.settings.env_prefix}_{host.key.upper()}_BASE_URL" if self.settings.env_prefix else ""
            result.append({"key": host.key, "option": option, "env": env, "default_url": host.default_url})
        return result

    def context(self) -> dict[str, Any]:
        operation_runtime, operations_use_models = operations_runtime(self.operations)
        return {
            "api": self.api,
            "title": self.settings.title,
            "version": self.settings.version,
            "env_prefix": self.settings.env_prefix,
            "api_name": self.settings.api_name,
            "package": self.package,
            "client": self.client,
            "user_agent_name": re.sub(r"[^A-Za-z0-9.!#$%&'*+^_`|~-]+", "-", self.package.lstrip("@")) or "sdk",
            "base_url": self.api.default_base_url,
            "description": self.api.description,
            "enums": self.enums,
            "interfaces": self.interfaces,
            "aliases": self.aliases,
            "operations": self.operations,
            "operation_runtime_imports": operation_runtime,
            "operations_use_models": operations_use_models,
            "resources": self.resources,
            "namespaces": children_first(self.namespaces),
            "namespace_imports": class_imports(self.namespaces, "./", with_children=False) if self.namespaces else [],
            "roots": self.roots,
            "root_imports": root_imports(self.roots),
            "has_models": bool(self.enums or self.interfaces or self.aliases),
            "example": example(self.api, self.resources),
            "surface_examples": surface_examples(self.api, self.roots),
            "security": [scheme_row(scheme) for scheme in self.api.security_schemes],
            "signatures": signatures(self.api),
            "hosts": self.hosts(),
            "options_type": self.symbols.options_type if self.api.hosts else "ClientOptions",
            "oauth": any(scheme.kind == "oauth2" for scheme in self.api.security_schemes),
        }

"""The template context: the IR seen as Python, assembled from the symbol provider and the builders."""

from __future__ import annotations

from typing import Any

from ... import ir
from ...naming import escape_reserved, safe_identifier, snake
from ...settings import Settings
from . import imports
from .literals import PyCall
from .mechanics import tenant_call, webhook_call
from .models import build_models
from .operations import OperationBuilder
from .readme import auth_lines, examples, surface_paths
from .security import schemes
from .surface import build_modules
from .symbols import PythonSymbols
from .types import TypeMapper

# The oldest CPython the generated SDK supports: requires-python, the classifiers, ruff's and mypy's
# target and the README all say this one; tests/install installs, runs and type-checks on it.
PYTHON_FLOOR = (3, 11)


class PythonView:
    """Every name, type and declaration the Python templates print, for one API."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        self.settings = settings
        options = settings.for_language("python")
        self.package = str(options["package"])
        self.client = str(options["client"])
        self.async_client = str(options["async_client"])
        self.symbols = PythonSymbols.assign(api, self.client, self.async_client)
        self.types = TypeMapper(api.models, self.symbols.classes)
        self.schemes = schemes(api)
        self.models = build_models(api, self.symbols, self.types)
        builder = OperationBuilder(api, self.symbols, self.types, self.schemes)
        self.resources = builder.resources()
        self.models.typed_dicts = builder.typed_dicts
        self.modules = build_modules(api, self.symbols, self.resources, self.schemes)
        # Root namespaces of the resource surface with no tag resource of their name: the client's too.
        self.roots = [ns for module in self.modules if module.resource is None for ns in module.namespaces[:1]]
        self.tenant = tenant_call(api)
        self.webhook = webhook_call(api, self.types)

    def descriptors(self) -> dict[str, PyCall]:
        """The API-wide descriptors of `_operations.py`, by constant name (only those it declares)."""
        found = {"TENANT": self.tenant, "WEBHOOK_SIGNATURE": self.webhook}
        return {name: call for name, call in found.items() if call is not None}

    def hosts(self) -> list[dict[str, str]]:
        """Each named host: its key, the client argument overriding it, its variable and default."""
        prefix = self.settings.env_prefix
        return [
            {
                "key": host.key,
                "arg": escape_reserved(safe_identifier(snake(host.name), "host") + "_base_url", "python"),
                "env": f"{prefix}_{host.key.upper()}_BASE_URL" if prefix else "",
                "default": host.default_url,
            }
            for host in self.api.hosts
        ]

    def context(self) -> dict[str, Any]:
        resource_classes = [n for r in self.resources for n in (r.class_name, r.async_class_name)]
        resource_classes += [n for ns in self.roots for n in (ns.class_name, ns.async_class_name)]
        models = self.models
        return {
            "client_import": imports.from_import(
                "._client", [self.client, self.async_client] + (["webhook_verifier"] if self.webhook else [])),
            "webhooks": self.webhook is not None,
            "resources_import": imports.from_import(".resources", resource_classes),
            "resource_module_imports": [
                imports.from_import("." + module.module, module.class_names())
                for module in sorted(self.modules, key=lambda module: module.module)
            ],
            "models_imports": imports.models_imports(models),
            "operations_imports": imports.operations_imports(self.resources, self.schemes,
                                                             list(self.descriptors().values())),
            "descriptors": self.descriptors(),
            "resource_imports": {module.module: imports.resource_imports(module) for module in self.modules},
            "api": self.api,
            "title": self.settings.title,
            "version": self.settings.version,
            "api_name": self.settings.api_name,
            "python_floor": ".".join(map(str, PYTHON_FLOOR)),
            "python_floor_tag": "py" + "".join(map(str, PYTHON_FLOOR)),
            "package": self.package,
            "client": self.client,
            "async_client": self.async_client,
            "base_url": self.api.default_base_url,
            "env_prefix": self.settings.env_prefix,
            "enums": models.enums,
            "classes": models.classes,
            "aliases": models.aliases,
            "typed_dicts": models.typed_dicts,
            "resources": self.resources,
            "modules": self.modules,
            "roots": self.roots,
            "description": self.api.description,
            "security_schemes": self.schemes,
            "signatures": [s.signature.const for s in self.schemes if s.signature],
            "hosts": self.hosts(),
            "auth_lines": auth_lines(self.api),
            "examples": examples(self.modules, self.symbols),
            "surface_paths": surface_paths(self.symbols),
            "streams": any(op.streams for r in self.resources for op in r.operations),
            "model_names": [e.name for e in models.enums] + [c.name for c in models.classes]
            + [a.name for a in models.aliases],
        }

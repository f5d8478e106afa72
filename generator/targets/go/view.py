"""The IR seen as Go: the context every template of the target reads."""

from __future__ import annotations

import re
from typing import Any

from ... import ir
from ...settings import Settings
from .imports import imports
from .models import build_models
from .operations import GoParamsStruct, build_resources
from .readme import package_doc
from .security import GoSecurity, auth_options, hosts, security_schemes, signers, tenant
from .surface import build_surface
from .symbols import RUNTIME_TYPES, GoSymbols

GO_VERSION = "1.24"  # generic type aliases (Optional) and range-over-func iterators


class GoView:
    """Names from the symbol provider, declarations from the builders of each kind of output."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        self.settings = settings
        self.symbols = GoSymbols(api, settings)
        self.module = self.symbols.module
        self.package = self.symbols.package
        self.models = build_models(api, self.symbols)
        self.security = security_schemes(api, self.symbols)
        self.params_structs: list[GoParamsStruct] = []
        self.resources = build_resources(api, self.symbols, self.security, self.params_structs)
        self.surface = build_surface(api, self.symbols, self.models, self.resources)

    def type_expr(self, t: ir.Type) -> str:
        """The Go type for `t` (null not considered)."""
        return self.symbols.types.type_expr(t)

    def webhook(self) -> dict[str, Any] | None:
        """The API's webhook signature (`x-sdkgen-webhook-signature`) and the Go model of each event."""
        spec = self.api.webhook_signature
        if spec is None:
            return None
        return {"spec": spec, "events": [(e.name, self.type_expr(e.model)) for e in spec.events]}

    def used_security(self) -> list[GoSecurity]:
        return [s for s in self.security.values() if s.var]

    def context(self) -> dict[str, Any]:
        operations = [o for r in self.resources for o in r.operations]
        first = next((r for r in self.resources if r.operations), None)
        return {
            "package_doc": package_doc(self.api, self.package,
                                       (first.accessor, first.operations[0].method) if first else None),
            "api": self.api,
            "title": self.settings.title,
            "api_title": self.api.title,
            "api_name": self.settings.api_name,
            "version": self.settings.version,
            "description": self.api.description,
            "module": self.module,
            "package": self.package,
            "go_version": GO_VERSION,
            "base_url": self.api.default_base_url if _absolute(self.api.default_base_url) else "",
            "sdk_name": self.settings.api_name,
            "env_prefix": self.settings.env_prefix,
            "enums": self.models.enums,
            "structs": self.models.structs,
            "unions": self.models.unions,
            "defined": self.models.defined,
            "params_structs": self.params_structs,
            "resources": self.resources,
            "operations": operations,
            "imports": imports(self.module, self.models, self.params_structs, self.resources),
            "runtime_types": RUNTIME_TYPES,
            "has_iter": any(r.uses_iter for r in self.resources),
            "has_pagination": any(o.iter_name for o in operations),
            "has_waiter": any(o.wait_name for o in operations),
            "has_tail": any(o.tail_name for o in operations),
            "has_stream": any(o.stream for o in operations),
            "example": next(((r.accessor, o) for r in self.resources for o in r.operations if not o.stream), None),
            "secured": bool(self.api.security_schemes),
            "security": self.used_security(),
            "auth": auth_options(self.api),
            "surface": self.surface,
            "page_type": self.symbols.page_type,
            "wait_options": self.symbols.wait_options,
            "waiter_reasons": self.symbols.waiter_reasons,
            "hosts": hosts(self.api, self.symbols, self.settings.env_prefix),
            "signers": signers(self.api, self.symbols, self.security),
            "tenant": tenant(self.api, self.settings.env_prefix),
            "webhook": self.webhook(),
        }


def _absolute(url: str) -> bool:
    return bool(re.match(r"^https?://[^/\s]+", url))

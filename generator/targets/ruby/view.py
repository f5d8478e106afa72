"""The IR seen as Ruby: the symbol provider's names, the models and operations as data, and the
context every template reads."""

from __future__ import annotations

from typing import Any

from ... import ir
from ...naming import snake
from ...settings import Settings
from .imports import RUBY_FLOOR, RUBY_TESTED, RUBY_TESTED_ON, RUNTIME_FILES, STANDARD_LIBRARY, gem_files
from .literals import Call, Sym, rb_string
from .methods import arguments, node_view
from .models import ModelBuilder
from .operations import OperationBuilder, RbResource
from .readme import readme_context
from .security import security_schemes, signed_schemes
from .surface import SurfaceNames
from .symbols import RubySymbols
from .types import RubyTypes


class RubyView:
    """Every name, type description and doc line the templates print, for one API."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        self.settings = settings
        self.symbols = RubySymbols(api, settings)
        self.types = RubyTypes(api, self.symbols)
        self.module = self.symbols.module
        self.gem = self.symbols.gem
        self.client = self.symbols.client
        options = settings.for_language("ruby")
        self.license = str(options.get("license") or "Nonstandard")
        self.homepage = str(options.get("homepage") or f"https://rubygems.org/gems/{self.gem}")
        self.authors = [str(a) for a in options.get("authors") or [settings.title]]
        self.class_names = self.symbols.class_names
        self.models = ModelBuilder(api, self.symbols, self.types).build()
        self.aliases = self.symbols.aliases
        self.resources = OperationBuilder(api, self.symbols, self.types).build()
        self._add_surface()

    def _add_surface(self) -> None:
        """The friendly methods into the seed's resource classes, and the classes they add."""
        seed = {op.operation_id: op for resource in self.resources for op in resource.operations}
        returns = {op_id: op.return_type for op_id, op in seed.items()}
        for node in SurfaceNames(self.api, self.symbols.resources).nodes():
            for method in node.methods:
                if not method.helper:
                    seed[method.op.operation_id].arguments = arguments(method, self.types)
            view = node_view(node, self.types, returns)
            for method_view in view.methods:
                if not method_view.helper:
                    seed[method_view.operation_id].friendly = method_view
            if node.seed is not None:
                self.resources[node.seed].surface = view
            else:
                doc = "The methods of `client." + ".".join(node.path) + "`."
                self.resources.append(RbResource(node.attr, node.class_name, node.file, doc, surface=view,
                                                 accessor=len(node.path) == 1))

    def hosts(self) -> list[dict[str, str]]:
        """Each host's key, client option (`agent_base_url`), environment variable and default URL."""
        prefix = self.settings.env_prefix
        result = []
        for host in self.api.hosts:
            option = host.key + "_base_url"
            result.append({
                "key": host.key, "option": option, "default_url": host.default_url,
                "env": f"{prefix}_{host.key.upper()}_BASE_URL" if prefix else "nothing",
                "pair": rb_string(host.key) + " => " + option,
            })
        return result

    def tenant(self) -> dict[str, Any] | None:
        """The API's tenant header: its client option, environment variable and TenantHeader.new."""
        tenant = self.api.tenant
        if tenant is None:
            return None
        option = snake(list(tenant.option)) or "tenant_id"
        prefix = self.settings.env_prefix
        return {
            "header": tenant.header, "option": option,
            "env": f"{prefix}_{tenant.env}" if prefix and tenant.env else "",
            "declaration": Call("TenantHeader.new", kwargs=(("header", tenant.header), ("option", Sym(option)),
                                                            ("env", tenant.env))),
        }

    def webhook_signature(self) -> dict[str, Any] | None:
        """The API's webhook signature: the keywords of WebhookSignature.new but `events`, and the
        events as (type, Serde type) pairs."""
        signature = self.api.webhook_signature
        if signature is None:
            return None
        fields = [("header", signature.header), ("algorithm", signature.algorithm), ("encoding", signature.encoding),
                  ("secret_prefix", signature.secret_prefix), ("test_header", signature.test_header),
                  ("event_field", signature.event_field)]
        events = [(event.name, self.types.type_expr(event.model)) for event in signature.events]
        return {"fields": fields, "events": events}

    def context(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "title": self.settings.title,
            "api_title": self.api.title,
            "version": self.settings.version,
            "api_name": self.settings.api_name,
            "gem": self.gem,
            "module": self.module,
            "client": self.client,
            "license": self.license,
            "homepage": self.homepage,
            "authors": self.authors,
            "base_url": self.api.default_base_url or None,
            "env_prefix": self.settings.env_prefix,
            "runtime_files": RUNTIME_FILES,
            "gem_files": gem_files(self.gem, [r.file for r in self.resources]),
            "ruby_floor": RUBY_FLOOR,
            "ruby_tested": RUBY_TESTED,
            "ruby_tested_on": RUBY_TESTED_ON,
            "standard_library": STANDARD_LIBRARY,
            "security_schemes": security_schemes(self.api),
            "hosts": self.hosts(),
            "tenant": self.tenant(),
            "webhook_signature": self.webhook_signature(),
            "host_urls": {host.key: host.default_url for host in self.api.hosts},
            "signed": bool(signed_schemes(self.api)),
            "models": self.models,
            "aliases": self.aliases,
            "resources": self.resources,
            "operations": [op for resource in self.resources for op in resource.operations],
            "resource_methods": [m for resource in self.resources for m in resource.surface.methods if not m.helper],
            "helper_methods": [m for resource in self.resources for m in resource.surface.methods if m.helper],
            **readme_context(self.api, self.module, self.models, self.resources),
        }

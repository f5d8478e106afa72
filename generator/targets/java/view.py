"""The template context: the symbol provider's names and the model and operation views, assembled."""

from __future__ import annotations

from typing import Any

from ... import ir
from ...naming import camel
from ...settings import Settings
from .imports import namespace_imports, operations_imports, sorted_imports
from .models import JavaModels
from .operations import JavaOperations
from .surface import JavaSurface
from .symbols import JavaSymbols
from .types import JType

# Pinned versions (all on Maven Central). Jackson is the only runtime dependency.
JACKSON_VERSION = "2.18.2"
JUNIT_VERSION = "5.11.4"
PLUGINS = (
    ("maven-clean-plugin", "3.4.0"),
    ("maven-resources-plugin", "3.3.1"),
    ("maven-compiler-plugin", "3.13.0"),
    ("maven-surefire-plugin", "3.5.2"),
    ("maven-jar-plugin", "3.4.2"),
    ("maven-install-plugin", "3.1.3"),
    ("maven-deploy-plugin", "3.1.3"),
    ("maven-site-plugin", "3.21.0"),
)


# The settings BaseClientBuilder has already: a tenant option may not take one of these names.
BUILDER_METHODS = frozenset({
    "apiKey", "baseUrl", "build", "clientId", "clientSecret", "clock", "connectTimeout", "environment", "header",
    "hostBaseUrl", "hosts", "httpClient", "inherit", "jitter", "listener", "maxRetries", "password", "scopes", "sdk",
    "self", "session", "signer", "signingKey", "sleeper", "tenant", "tenantId", "timeout", "token", "tokenStore",
    "tokenUrl", "transport", "username",
})


class JavaView:
    """The IR seen as Java: every name, type and import the templates print."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        self.settings = settings
        options = settings.for_language("java")
        self.package = str(options["package"])
        self.group_id = str(options["group_id"])
        self.artifact_id = str(options["artifact_id"])
        self.client = str(options["client"])
        self.symbols = JavaSymbols(api, self.package, self.client)
        self.class_names = self.symbols.class_names
        models = JavaModels(self.symbols)
        self.unions, self.enums, self.models = models.unions, models.enums, models.models
        operations = JavaOperations(self.symbols)
        self.resources = operations.resources
        self.params_classes = operations.params_classes
        self.surface = JavaSurface(self.symbols, operations)
        for resource in self.resources:
            resource.namespace = self.surface.namespace_of(resource)
            if resource.namespace is not None:
                own = namespace_imports(resource.namespace, self.package, self.class_names)
                resource.imports = sorted_imports(set(resource.imports) | own, self.package, ".resources")
        for ns in self.surface.own_classes():
            ns.imports = sorted_imports(namespace_imports(ns, self.package, self.class_names), self.package,
                                        ".resources")

    def jtype(self, t: ir.Type, models_package: bool = False) -> JType:
        """The Java type of `t` (boxed); model classes imported unless `models_package`."""
        return self.symbols.jtype(t, models_package)

    def hosts(self) -> list[dict[str, str]]:
        """Each other host: its key, default URL, client constant, builder setter and variable."""
        prefix = self.settings.env_prefix
        return [{"key": h.key, "url": h.default_url, "constant": f"DEFAULT_{h.key.upper()}_BASE_URL",
                 "setter": camel(list(h.name)) + "BaseUrl", "env": f"{prefix}_{h.key.upper()}_BASE_URL"}
                for h in self.api.hosts]

    def tenant(self) -> dict[str, str] | None:
        """The API's tenant header: its name, the builder's setter, the variable and its suffix."""
        tenant = self.api.tenant
        if tenant is None:
            return None
        setter = camel(list(tenant.option))
        if setter != "tenantId" and setter in BUILDER_METHODS:
            raise ValueError(f"x-sdkgen-tenant: option {setter!r} is already a setting of the Java client builder; "
                             "name the option otherwise (e.g. tenantId)")
        return {"header": tenant.header, "setter": setter, "env_suffix": tenant.env,
                "env": f"{self.settings.env_prefix}_{tenant.env}" if tenant.env else ""}

    def webhook(self) -> dict[str, Any] | None:
        """The API's webhook signature (`x-sdkgen-webhook-signature`) and the model class of each event."""
        spec = self.api.webhook_signature
        if spec is None:
            return None
        events = []
        for event in spec.events:
            model = self.symbols.jtype(event.model, models_package=True)
            if model.generic:
                raise ValueError(f"x-sdkgen-webhook-signature: the payload of {event.name!r} is not a named model")
            events.append({"name": event.name, "model": f"{self.package}.models.{model.text}"})
        return {"spec": spec, "events": events}

    def own_builder(self) -> bool:
        """Whether the client has a Builder class of its own: for other hosts' base URLs, or a tenant
        option named otherwise than the runtime's tenantId."""
        tenant = self.tenant()
        return bool(self.api.hosts) or (tenant is not None and tenant["setter"] != "tenantId")

    def signatures(self) -> list[dict[str, Any]]:
        """Each signed scheme: its name, Operations constant, ir.Signature and the client's signer method."""
        return [{"scheme": s.name, "constant": self.symbols.signature_constants[s.name], "value": s.signature,
                 "signer": self.symbols.signer_methods[s.name]}
                for s in self.api.security_schemes if s.signature is not None]

    def context(self) -> dict[str, Any]:
        package = self.package
        client_imports = {f"{package}.core.ApiClient", f"{package}.core.ClientBuilder",
                          f"{package}.core.RawResponse", f"{package}.core.RequestOptions",
                          "java.util.Map", "java.util.concurrent.CompletableFuture", "java.util.function.Consumer"}
        client_imports |= {f"{package}.resources.{r.class_name}" for r in self.resources}
        namespaces = [ns for ns in self.surface.roots if not ns.merged]
        client_imports |= {f"{package}.resources.{ns.class_name}" for ns in namespaces}
        if self.own_builder():  # the client's own Builder instead of ClientBuilder
            client_imports.discard(f"{package}.core.ClientBuilder")
            client_imports.add(f"{package}.core.BaseClientBuilder")
        if self.symbols.signature_constants:
            client_imports.add(f"{package}.core.Signer")
        if self.api.webhook_signature is not None:
            client_imports |= {f"{package}.core.WebhookEvent", f"{package}.core.WebhookSignature",
                               "java.util.Collection", "java.util.function.UnaryOperator"}
        return {
            "api": self.api,
            "hosts": self.hosts(),
            "tenant": self.tenant(),
            "webhook": self.webhook(),
            "own_builder": self.own_builder(),
            "signatures": self.signatures(),
            "title": self.settings.title,
            "version": self.settings.version,
            "api_name": self.settings.api_name,
            "env_prefix": self.settings.env_prefix,
            "description": self.api.description,
            "package": package,
            "group_id": self.group_id,
            "artifact_id": self.artifact_id,
            "client": self.client,
            "base_url": self.api.default_base_url,
            "resources": self.resources,
            "namespaces": namespaces,
            "examples": self.surface.examples(),
            "operations": [op for r in self.resources for op in r.operations],
            "client_imports": sorted_imports(client_imports, package, ""),
            "operations_imports": operations_imports(self.resources, package, self.class_names),
            "jackson_version": JACKSON_VERSION,
            "junit_version": JUNIT_VERSION,
            "plugins": PLUGINS,
        }

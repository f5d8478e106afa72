"""The template context: the IR seen as Kotlin, assembled from the symbol provider, the type
mapping and the model, operation and descriptor builders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ... import ir
from ...diagnostics import Diagnostics, SpecError
from ...naming import camel, screaming
from ...passes.cycles import alias_cycles
from ...settings import Settings
from .descriptors import DescriptorBuilder, security_schemes
from .imports import import_key, imports
from .literal import kt_value
from .models import KtAlias, KtClass, KtEnum, KtUnion, ModelBuilder
from .operations import KtResource, OperationBuilder
from .surface import SurfaceBuilder
from .symbols import KotlinSymbols
from .types import KotlinTypes


@dataclass
class KtHost:
    """A named host of the API: the client's constructor parameter and the constant of its default."""

    key: str  # as Operation.host and the runtime name it
    option: str  # the constructor parameter, `agentBaseUrl`
    constant: str  # `DEFAULT_AGENT_BASE_URL`
    env: str  # `DEPLITE_AGENT_BASE_URL`
    default_url: str


class KotlinView:
    """The IR seen as Kotlin: every name, type and import the templates print."""

    def __init__(self, api: ir.Api, settings: Settings) -> None:
        self.api = api
        self.settings = settings
        options = settings.for_language("kotlin")
        self.package = str(options["package"])
        self.group_id = str(options["group_id"])
        self.artifact_id = str(options["artifact_id"])
        self.client = str(options["client"])
        self.diagnostics = Diagnostics()
        self.symbols = KotlinSymbols(api, self.client)
        self.class_names = self.symbols.models
        self.types = KotlinTypes(api.models, self.class_names, alias_cycles(api))
        self.classes: list[KtClass] = []
        self.enums: list[KtEnum] = []
        self.unions: list[KtUnion] = []
        self.aliases: list[KtAlias] = []
        self._build_models()
        self.resources = OperationBuilder(self.package, self.symbols, self.types).resources(api)
        # the friendly surface: methods joined to the seed's classes, and the namespaces it adds
        self.namespaces = SurfaceBuilder(self.symbols, self.types, self.classes).attach(api, self.resources)
        top = {n.class_name for n in self.symbols.namespaces if not n.seed}
        self.top_namespaces = [n for n in self.namespaces if n.class_name in top]
        for resource in self.resources + self.namespaces:
            self._resource_imports(resource)
        self.schemes = security_schemes(api, self.symbols)
        self.entries = DescriptorBuilder(api, self.types, self.schemes).entries()
        prefix = settings.env_prefix
        self.hosts = [KtHost(h.key, camel([*h.name, "base", "url"]), "DEFAULT_" + screaming([*h.name, "base", "url"]),
                             f"{prefix}_{screaming(h.name)}_BASE_URL", h.default_url) for h in api.hosts]
        self.signed = any(s.signature is not None for s in api.security_schemes)
        if self.diagnostics.has_errors():
            raise SpecError(self.diagnostics)

    def java_type(self, t: ir.Type, nullable: bool | None = None) -> str:
        return self.types.java_type(t, nullable)

    def _imports(self, texts: list[str], own_package: str) -> list[str]:
        return imports(self.symbols, self.package, texts, own_package)

    def _build_models(self) -> None:
        builder = ModelBuilder(self.api, self.symbols, self.types, self.diagnostics)
        for model_name, decl in self.api.models.items():
            name = self.class_names[model_name]
            if isinstance(decl, ir.ObjectModel):
                cls = builder.data_class(model_name, name, decl)
                texts = [f.type for f in cls.fields] + (["JsonProperty"] if cls.fields else [])
                texts += ["JsonCreator", "JsonInclude", "JsonAnySetter", "JsonAnyGetter", "JsonNode"]
                texts += ["JsonIgnore"] if cls.hide_map_field else []
                texts += ["JsonDeserialize", "JsonDeserializer"] if cls.union_member else []
                cls.imports = self._imports(texts, "models")
                self.classes.append(cls)
            elif isinstance(decl, ir.EnumModel):
                enum = builder.enum(name, decl)
                enum.imports = self._imports(["JsonCreator", "WireEnum"], "models")
                self.enums.append(enum)
            elif isinstance(decl, ir.UnionModel):
                union = builder.union(name, decl)
                texts = [kt_value(v) for v in union.variants] + [w.type for w in union.wrappers]
                union.imports = self._imports(texts + ["JsonDeserialize", "JsonNode", "JsonValue",
                                                       "UnionDeserializer"], "models")
                self.unions.append(union)
            else:
                cyclic = model_name in self.types.alias_cycles
                target = "JsonNode" if cyclic else self.types.kt_type(decl.target, nullable=False)
                self.aliases.append(KtAlias(name, decl.description, target, self._imports([target], "models")))

    def _resource_imports(self, view: KtResource) -> None:
        texts = ["ClientCore"] + (["RequestOptions"] if view.operations or view.friendly else [])
        for friendly in view.friendly:
            texts += [a.type for a in friendly.args] + [friendly.return_type, kt_value(friendly.body)]
        for kt_op in view.operations:
            args = kt_op.typed_args + kt_op.map_args + kt_op.iter_args + kt_op.wait_args + kt_op.tail_args
            texts += [a.type for a in args] + [kt_op.return_type, kt_op.item_type or ""]
            if kt_op.iter_name or kt_op.tail_name or kt_op.streaming:
                texts.append("Flow")
            if kt_op.wait_name or kt_op.tail_name:
                texts += ["Duration", "Defaults"]
        own = [f"{self.package}.Operations"] if view.operations or view.friendly else []
        view.imports = sorted(self._imports(texts, "resources") + own, key=import_key)
        view.params_imports = self._imports(["WireParams"] + [f.type for p in view.params for f in p.fields],
                                            "params")

    def context(self) -> dict[str, Any]:
        client_texts = ["ClientCore", "ClientOptions", "SdkClient", "SdkInfo", "WithResponse", "captureResponse"]
        operations_texts = ["Operation"] + [kt_value(e.call) for e in self.entries]
        operations_texts += [kt_value(scheme.call) for scheme in self.schemes.values()]
        return {
            "api": self.api,
            "title": self.settings.title,
            "version": self.settings.version,
            "api_name": self.settings.api_name,
            "env_prefix": self.settings.env_prefix,
            "package": self.package,
            "group_id": self.group_id,
            "artifact_id": self.artifact_id,
            "client": self.client,
            "base_url": self.api.default_base_url,
            "description": self.api.description,
            "classes": self.classes,
            "enums": self.enums,
            "unions": self.unions,
            "aliases": self.aliases,
            "resources": self.resources,
            "namespaces": self.namespaces,
            "friendly": {f.operation_id: f for r in self.resources + self.namespaces for f in r.friendly},
            "examples": [f for r in self.resources + self.namespaces for f in r.friendly][:4],
            "top_namespaces": self.top_namespaces,
            "entries": self.entries,
            "streams": any(op.streaming for r in self.resources for op in r.operations),
            "schemes": list(self.schemes.values()),
            "hosts": self.hosts,
            "signed": self.signed,
            "client_imports": sorted(
                self._imports(client_texts, own_package="")
                + [f"{self.package}.resources.{r.class_name}" for r in self.resources + self.top_namespaces],
                key=import_key,
            ),
            "operations_imports": self._imports(operations_texts, own_package=""),
        }

"""The Kotlin target: the render jobs of one SDK (a Maven project) and its runtime copy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ... import ir
from ...settings import Settings
from ..base import TEMPLATES_ROOT, RenderJob, RuntimeCopy
from .literal import kt_value
from .symbols import RUNTIME, runtime_package
from .text import kt_comment, kt_doc, kt_string, xml_text
from .view import KotlinView


class KotlinTarget:
    name = "kotlin"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {"kt_string": kt_string, "kt_doc": kt_doc, "kt_comment": kt_comment, "kt_value": kt_value,
                "xml": xml_text}

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        view = KotlinView(api, settings)
        context = view.context()
        src = "src/main/kotlin/" + view.package.replace(".", "/")
        jobs = [
            RenderJob("pom.xml.jinja", "pom.xml", context),
            RenderJob("README.md.jinja", "README.md", context),
            RenderJob("editorconfig.jinja", ".editorconfig", context),
            RenderJob("gitignore.jinja", ".gitignore", context),
            RenderJob("src/Client.kt.jinja", f"{src}/{view.client}.kt", context),
            RenderJob("src/Operations.kt.jinja", f"{src}/Operations.kt", context),
        ]
        models = f"{src}/models"
        jobs += [RenderJob("src/DataClass.kt.jinja", f"{models}/{c.name}.kt", {**context, "cls": c})
                 for c in view.classes]
        jobs += [RenderJob("src/Enum.kt.jinja", f"{models}/{e.name}.kt", {**context, "enum": e}) for e in view.enums]
        jobs += [RenderJob("src/Union.kt.jinja", f"{models}/{u.name}.kt", {**context, "union": u}) for u in view.unions]
        jobs += [RenderJob("src/TypeAlias.kt.jinja", f"{models}/{a.name}.kt", {**context, "alias": a})
                 for a in view.aliases]
        for resource in view.resources:
            ctx = {**context, "resource": resource}
            jobs.append(RenderJob("src/Resource.kt.jinja", f"{src}/resources/{resource.class_name}.kt", ctx))
            if resource.params:
                jobs.append(RenderJob("src/Params.kt.jinja", f"{src}/params/{resource.class_name}Params.kt", ctx))
        for namespace in view.namespaces:
            jobs.append(RenderJob("src/Resource.kt.jinja", f"{src}/resources/{namespace.class_name}.kt",
                                  {**context, "resource": namespace}))
        return jobs + runtime_jobs(view.package), []


def runtime_jobs(package: str) -> list[RenderJob]:
    """The runtime's sources and tests, moved from `sdkgen.kotlin.runtime` into the SDK's own
    `<package>.core`: the package name is replaced wherever it stands (package lines, the
    logger's name), and the files move to that package's folder."""
    source = TEMPLATES_ROOT / "kotlin" / "runtime" / "src"
    core = runtime_package(package)
    jobs = []
    for path in sorted(source.rglob("*.kt")):
        relative = path.relative_to(source)
        root, inside = relative.parts[:2], Path(*relative.parts[2:])  # main/kotlin, sdkgen/kotlin/runtime/...
        moved = Path(*core.split(".")) / inside.relative_to(*RUNTIME.split("."))
        text = path.read_text(encoding="utf-8").replace(RUNTIME, core)
        jobs.append(RenderJob("runtime.kt.jinja", f"src/{'/'.join(root)}/{moved.as_posix()}", {"text": text}))
    return jobs

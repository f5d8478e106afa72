"""The Java target: what files one API's SDK has, and the runtime copied into it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ... import ir
from ...settings import Settings
from ..base import TEMPLATES_ROOT, RenderJob, RuntimeCopy
from .literals import java_code, java_doc, java_inline, java_string, java_value, md_code, xml_text
from .view import JavaView

RUNTIME_PACKAGE = "sdkgen.runtime"
RUNTIME_ROOT = TEMPLATES_ROOT / "java" / "runtime"

# The package-info of each subpackage: what it holds.
_PACKAGES = (
    ("", "the client and the operations table"),
    ("models", "the API's models, one class per schema"),
    ("resources", "one class per resource (tag) of the API"),
)
_PARAMS_PACKAGE = ("params", "typed parameters of the operations, one class per operation")


class JavaTarget:
    name = "java"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {
            "java_string": java_string,
            "java_value": java_value,
            "java_doc": java_doc,
            "java_inline": java_inline,
            "java_code": java_code,
            "xml_text": xml_text,
            "md_code": md_code,
        }

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        view = JavaView(api, settings)
        context = view.context()
        symbols = view.symbols
        jobs = [
            RenderJob("pom.xml.jinja", "pom.xml", context),
            RenderJob("README.md.jinja", "README.md", context),
            RenderJob("gitignore.jinja", ".gitignore", context),
            RenderJob("Client.java.jinja", symbols.file("", view.client), context),
            RenderJob("Operations.java.jinja", symbols.file("", "Operations"), context),
        ]
        packages = _PACKAGES + ((_PARAMS_PACKAGE,) if view.params_classes or view.surface.params_classes else ())
        for subpackage, what in packages:
            jobs.append(RenderJob("package-info.java.jinja", symbols.file(subpackage, "package-info"),
                                  {**context, "subpackage": "." + subpackage if subpackage else "", "what": what}))
        jobs += [RenderJob("Model.java.jinja", symbols.file("models", m.name), {**context, "model": m})
                 for m in view.models]
        jobs += [RenderJob("Enum.java.jinja", symbols.file("models", e.name), {**context, "enum": e})
                 for e in view.enums]
        jobs += [RenderJob("Union.java.jinja", symbols.file("models", u.name), {**context, "union": u})
                 for u in view.unions]
        jobs += [RenderJob("Params.java.jinja", symbols.file("params", p.name), {**context, "params": p})
                 for p in view.params_classes]
        jobs += [RenderJob("Resource.java.jinja", symbols.file("resources", r.class_name), {**context, "resource": r})
                 for r in view.resources]
        jobs += [RenderJob("Service.java.jinja", symbols.file("resources", ns.class_name), {**context, "namespace": ns})
                 for ns in view.surface.own_classes()]
        jobs += [RenderJob("MethodParams.java.jinja", symbols.file("params", p.name), {**context, "params": p})
                 for p in view.surface.params_classes]
        jobs.extend(runtime_jobs(view.package))
        return jobs, []


def runtime_jobs(package: str) -> list[RenderJob]:
    """The runtime's sources and tests, moved from `sdkgen.runtime` into the SDK's package."""
    jobs = []
    pattern = re.compile(r"\b" + re.escape(RUNTIME_PACKAGE) + r"\b")
    for kind in ("main", "test"):
        base = RUNTIME_ROOT / kind
        for path in sorted(base.rglob("*.java")):
            relative = path.relative_to(base / Path(*RUNTIME_PACKAGE.split(".")))
            source = _sort_imports(pattern.sub(package, path.read_text(encoding="utf-8")))
            output = f"src/{kind}/java/{package.replace('.', '/')}/{relative.as_posix()}"
            jobs.append(RenderJob("runtime.java.jinja", output, {"source": source}))
    return jobs


def _sort_imports(source: str) -> str:
    """Re-sort a file's imports after its package moved: static ones first, then the rest, each in
    ASCII order, one blank line between the groups."""
    lines = source.split("\n")
    indexes = [i for i, line in enumerate(lines) if line.startswith("import ")]
    if not indexes:
        return source
    first, last = indexes[0], indexes[-1]
    block = [line for line in lines[first:last + 1] if line.strip()]
    static = sorted(line for line in block if line.startswith("import static "))
    plain = sorted(line for line in block if not line.startswith("import static "))
    ordered = static + ([""] if static and plain else []) + plain
    return "\n".join(lines[:first] + ordered + lines[last + 1:])

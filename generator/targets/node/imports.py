"""What each generated module imports, as data the templates print."""

from __future__ import annotations

import re

from ..text import bare_names
from .operations import TsOperation
from .resources import TsImport, TsNamespace
from .symbols import RUNTIME_TYPES_USED

_MODELS_USE = re.compile(r"(?<![\w.])m\.")


def class_imports(classes: list[TsNamespace], up: str, with_children: bool) -> list[TsImport]:
    """The imports of a module holding `classes` (a resource's file, or namespaces.ts)."""
    texts: list[str] = []
    children: list[str] = []
    for cls in classes:
        for m in cls.members:
            texts += [*(p.type for p in m.signature), m.returns]
        children += [child.class_name for _, child in cls.children]
    blob = "\n".join(texts)
    used = bare_names(blob)
    runtime = sorted(["Caller", *[n for n in RUNTIME_TYPES_USED if n in used]])
    imports = [TsImport(f"{up}runtime/index.js", runtime, type_only=True)]
    if _MODELS_USE.search(blob):
        imports.append(TsImport(f"{up}models.js", type_only=True, star="m"))
    if any(c.members for c in classes):
        imports.append(TsImport(f"{up}operations.js", ["OPERATIONS"]))
    if with_children and children:
        imports.append(TsImport(f"{up}namespaces.js", sorted(set(children))))
    return imports


def root_imports(roots: list[tuple[str, TsNamespace]]) -> list[TsImport]:
    """The client module's imports of the classes it creates."""
    modules: dict[str, list[str]] = {}
    for _, ns in roots:
        module = f"./{ns.file}.js" if ns.resource else "./namespaces.js"
        modules.setdefault(module, []).append(ns.class_name)
    return [TsImport(module, sorted(names)) for module, names in sorted(modules.items())]


def operations_runtime(operations: list[TsOperation]) -> tuple[list[str], bool]:
    """(the runtime types operations.ts names, whether it names a model)."""
    texts = "\n".join(t for op in operations for _, t in op.shape)
    runtime = sorted(n for n in ("EmptyResult", "NoParams", "RedirectResult")
                     if re.search(rf"(?<![\w.]){n}\b", texts))
    return runtime, "m." in texts

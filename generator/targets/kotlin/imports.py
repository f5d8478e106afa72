"""Import lines: the names a generated file's text uses, in ktlint's order."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import bare_names
from .symbols import IMPORTABLE, RUNTIME, KotlinSymbols, runtime_package

_STRING_LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def import_key(path: str) -> tuple[int, str]:
    """ktlint's import order: everything else, then java, javax, kotlin."""
    group = 1 if path.startswith("java.") else 2 if path.startswith("javax.") else 3 if path.startswith(
        "kotlin.") else 0
    return group, path


def imports(symbols: KotlinSymbols, package: str, texts: Iterable[str], own_package: str) -> list[str]:
    """Import lines for the names `texts` use, for a file in `package`'s sub-package `own_package`."""
    # String literals are text, not code: "application/json" must not import `json`.
    used = bare_names(_STRING_LITERAL.sub('""', "\n".join(texts)))
    core = runtime_package(package)
    found = {core + path[len(RUNTIME):] if path.startswith(RUNTIME + ".") else path
             for name, path in IMPORTABLE.items() if name in used}
    if own_package != "models":
        for model_name in sorted(set(symbols.models.values()) | symbols.params):
            if model_name in used:
                sub = "params" if model_name in symbols.params else "models"
                if sub != own_package:
                    found.add(f"{package}.{sub}.{model_name}")
    return sorted(found, key=import_key)

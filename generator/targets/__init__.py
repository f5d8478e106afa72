"""The registry of targets, by the name `--lang` takes.

A target's module is imported the first time it is asked for, so `--lang python` does not pay
for loading the other five."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

from .base import Target

# name -> (module under generator.targets, class)
_CLASSES: dict[str, tuple[str, str]] = {
    "python": ("python", "PythonTarget"),
    "go": ("go", "GoTarget"),
    "java": ("java", "JavaTarget"),
    "kotlin": ("kotlin", "KotlinTarget"),
    "node": ("node", "NodeTarget"),
    "ruby": ("ruby", "RubyTarget"),
    "mcp": ("mcp", "McpTarget"),
    "docs": ("docs", "DocsTarget"),
}


class _Registry(Mapping[str, Target]):
    def __init__(self) -> None:
        self._loaded: dict[str, Target] = {}

    def __getitem__(self, name: str) -> Target:
        if name not in self._loaded:
            module, cls = _CLASSES[name]  # KeyError for an unknown name, as a dict gives
            target: Target = getattr(importlib.import_module(f"{__name__}.{module}"), cls)()
            self._loaded[name] = target
        return self._loaded[name]

    def __iter__(self) -> Iterator[str]:
        return iter(_CLASSES)

    def __len__(self) -> int:
        return len(_CLASSES)


TARGETS: Mapping[str, Target] = _Registry()

__all__ = ["TARGETS", "Target"]

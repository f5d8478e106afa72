"""The registry of targets, by the name `--lang` takes."""

from __future__ import annotations

from .base import Target
from .node import NodeTarget
from .python import PythonTarget

TARGETS: dict[str, Target] = {
    "python": PythonTarget(),
    "node": NodeTarget(),
}

__all__ = ["TARGETS", "Target"]

"""The registry of targets, by the name `--lang` takes."""

from __future__ import annotations

from .base import Target
from .python import PythonTarget

TARGETS: dict[str, Target] = {
    "python": PythonTarget(),
}

__all__ = ["TARGETS", "Target"]

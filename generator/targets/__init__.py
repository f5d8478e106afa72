"""The registry of targets, by the name `--lang` takes."""

from __future__ import annotations

from .base import Target
from .go import GoTarget
from .node import NodeTarget
from .python import PythonTarget
from .ruby import RubyTarget

TARGETS: dict[str, Target] = {
    "python": PythonTarget(),
    "go": GoTarget(),
    "node": NodeTarget(),
    "ruby": RubyTarget(),
}

__all__ = ["TARGETS", "Target"]

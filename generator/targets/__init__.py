"""The registry of targets, by the name `--lang` takes."""

from __future__ import annotations

from .base import Target
from .go import GoTarget
from .java import JavaTarget
from .kotlin import KotlinTarget
from .node import NodeTarget
from .python import PythonTarget
from .ruby import RubyTarget

TARGETS: dict[str, Target] = {
    "python": PythonTarget(),
    "go": GoTarget(),
    "java": JavaTarget(),
    "kotlin": KotlinTarget(),
    "node": NodeTarget(),
    "ruby": RubyTarget(),
}

__all__ = ["TARGETS", "Target"]

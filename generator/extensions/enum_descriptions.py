"""`x-enum-descriptions: [text, ...]` on an enum schema: one description per enum value, in the
order of the values (the convention of openapi-generator and NSwag). Read by the enum builder."""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostics
from ..loader import Document, join_pointer
from .base import INVALID, Site

KEY = "x-enum-descriptions"


def read(schema: dict[str, Any], diagnostics: Diagnostics, doc: Document, pointer: str) -> list[str]:
    """The descriptions the enum schema at `pointer` gives its values (none: an empty list).
    A value that is not a list is a warning and ignored (the enum is still generated)."""
    value = schema.get(KEY)
    if not value:
        return []
    if not isinstance(value, list):
        Site(diagnostics, doc, join_pointer(pointer, KEY)).warning(
            INVALID, f"{KEY} must be a list of texts, one per enum value, in the enum's order; ignored"
        )
        return []
    return [str(text) for text in value]

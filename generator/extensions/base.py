"""What an `x-sdkgen-*` extension is, and where it reports its problems."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .. import ir
from ..diagnostics import Diagnostics, Location
from ..loader import Document

INVALID = "extension-invalid"


@dataclass(frozen=True)
class Site:
    """Where one extension's value stands in the spec; its diagnostics point there."""

    diagnostics: Diagnostics
    document: Document
    pointer: str  # JSON pointer of the extension's value

    def location(self) -> Location:
        # Computed only when a problem is reported: line numbers cost a parse of the source.
        return self.document.location(self.pointer)

    def error(self, message: str, hint: str = "") -> None:
        self.diagnostics.error(INVALID, message, self.location(), hint)

    def warning(self, code: str, message: str, hint: str = "") -> None:
        self.diagnostics.warning(code, message, self.location(), hint)


@dataclass(frozen=True)
class OperationExtension:
    """An extension read from an operation object: `apply` records it on the IR operation."""

    key: str  # the full name, `x-sdkgen-...`
    summary: str  # one line for the registry's listing and the docs
    apply: Callable[[Any, ir.Operation, Site], None]

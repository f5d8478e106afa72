"""Diagnostics: problems found in a spec, as values.

Every stage reports into a `Diagnostics` collection instead of raising, so a
user sees every problem of a broken spec at once. A stage that cannot go on
raises `SpecError` carrying everything collected so far.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Location:
    """Where a problem is: a file, a JSON pointer inside it, and (when known) a line."""

    file: str
    pointer: str = ""
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        if self.pointer:
            where += f" #{self.pointer}"
        return where


@dataclass(frozen=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    location: Location
    hint: str = ""

    def format(self) -> str:
        text = f"{self.location}: {self.severity.value}[{self.code}]: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


@dataclass
class Diagnostics:
    items: list[Diagnostic] = field(default_factory=list)

    def error(self, code: str, message: str, location: Location, hint: str = "") -> None:
        self.items.append(Diagnostic(code, Severity.ERROR, message, location, hint))

    def warning(self, code: str, message: str, location: Location, hint: str = "") -> None:
        # A schema reached twice (say, once per type of a type array) warns once.
        if any(d.code == code and d.location == location for d in self.items):
            return
        self.items.append(Diagnostic(code, Severity.WARNING, message, location, hint))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.WARNING]

    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.items)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class SpecError(Exception):
    """The spec cannot be turned into SDKs; `diagnostics` says every reason found."""

    def __init__(self, diagnostics: Diagnostics) -> None:
        self.diagnostics = diagnostics
        super().__init__(f"{len(diagnostics.errors)} error(s) in the spec")

    def __reduce__(self) -> tuple[type[SpecError], tuple[Diagnostics]]:
        # Rebuilt from its diagnostics when a forked renderer sends it back to the parent.
        return (SpecError, (self.diagnostics,))

"""Public: the value types every generated SDK shares.

``UNSET`` marks a value that is absent (not sent / not received), which is a
different thing from ``None`` (JSON null). ``EmptyResult`` is what a call returns
for a 2xx without a body; ``RedirectResult`` is what it returns for a 3xx.
"""

from __future__ import annotations

from typing import Any, Final, Literal, TypedDict

__all__ = ["UNSET", "EmptyResult", "RedirectResult", "Unset"]


class Unset:
    """The type of ``UNSET``: a value that is absent, as opposed to ``None`` (null).

    There is exactly one instance. It is falsy, so ``if model.field:`` treats an
    absent value like an empty one; compare with ``is UNSET`` to tell them apart.
    """

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Unset:
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()


class EmptyResult(dict[str, Any]):
    """The result of a 204, or of any 2xx without a body: an empty dict (``== {}``)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "EmptyResult({})"


class RedirectResult(TypedDict):
    """The result of a 3xx: redirects are never followed, the caller decides."""

    status: int
    location: str

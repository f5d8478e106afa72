"""Internal: what the resource surface's methods (``client.deployments.list(app_id, limit=20)``)
hand to the one request path, from their keyword arguments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .errors import InvalidArgumentError
from .operation import Operation
from .types import UNSET

__all__ = ["arguments", "body_of"]

# What each parameter kind accepts (bool is an int to Python, never to the API).
_ACCEPTS: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


def arguments(
    operation: Operation, path: Mapping[str, Any] | None, query: Mapping[str, Any] | None
) -> tuple[Operation, Mapping[str, Any] | None, Mapping[str, Any] | None]:
    """``(operation, path, query)`` once every given value has its parameter's kind; else
    ``InvalidArgumentError`` naming the parameter, before anything is built or sent."""
    given = {**(path or {}), **(query or {})}
    for param in operation.params:
        value = given.get(param.name)
        if param.kind is None or value is None or value is UNSET:
            continue
        _check_kind(f"{operation.operation_id}: {param.location} parameter {param.name!r}", param.kind, value)
    return operation, path, query


def _check_kind(what: str, kind: str, value: Any) -> None:
    wrong_bool = isinstance(value, bool) and kind != "boolean"
    if wrong_bool or not isinstance(value, _ACCEPTS[kind]):
        raise InvalidArgumentError(
            f"{what} takes {'an' if kind == 'integer' else 'a'} {kind}, not {type(value).__name__} {value!r}"
        )


def body_of(
    fields: Mapping[str, Any] | None = None,
    body: Any = UNSET,
    *,
    required: bool = False,
    kinds: Mapping[str, str] | None = None,
) -> Any:
    """The request body: the given ``fields`` (by wire name, those left unset dropped), or the
    whole ``body``; ``None`` (no body) when nothing was given and the body is optional. A field
    named in ``kinds`` must hold that scalar kind (else ``InvalidArgumentError``, nothing sent)."""
    if fields is not None:
        given = {name: value for name, value in fields.items() if value is not UNSET}
        for name, kind in (kinds or {}).items():
            value = given.get(name)
            if value is not None and kind in _ACCEPTS:
                _check_kind(f"body field {name!r}", kind, value)
        return given if given or required else None
    return None if body is UNSET else body

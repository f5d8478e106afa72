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
        wrong_bool = isinstance(value, bool) and param.kind != "boolean"
        if wrong_bool or not isinstance(value, _ACCEPTS[param.kind]):
            raise InvalidArgumentError(
                f"{operation.operation_id}: {param.location} parameter {param.name!r} takes "
                f"{'an' if param.kind == 'integer' else 'a'} {param.kind}, "
                f"not {type(value).__name__} {value!r}"
            )
    return operation, path, query


def body_of(fields: Mapping[str, Any] | None = None, body: Any = UNSET, *, required: bool = False) -> Any:
    """The request body: the given ``fields`` (by wire name, those left unset dropped), or the
    whole ``body``; ``None`` (no body) when nothing was given and the body is optional."""
    if fields is not None:
        given = {name: value for name, value in fields.items() if value is not UNSET}
        return given if given or required else None
    return None if body is UNSET else body

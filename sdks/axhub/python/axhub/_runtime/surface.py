"""Internal: what the resource surface's methods (``client.deployments.list(app_id, limit=20)``)
hand to the one request path, from their keyword arguments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .types import UNSET

__all__ = ["body_of"]


def body_of(fields: Mapping[str, Any] | None = None, body: Any = UNSET, *, required: bool = False) -> Any:
    """The request body: the given ``fields`` (by wire name, those left unset dropped), or the
    whole ``body``; ``None`` (no body) when nothing was given and the body is optional."""
    if fields is not None:
        given = {name: value for name, value in fields.items() if value is not UNSET}
        return given if given or required else None
    return None if body is UNSET else body

"""Reading query and body values (query values arrive as strings)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reference_server.apis.axhub.domain.errors import validation


def int_param(source: Mapping[str, Any], name: str, default: int, minimum: int, maximum: int | None = None) -> int:
    raw = source.get(name)
    if raw is None or raw == "":
        return default
    if isinstance(raw, bool):
        raise validation(f"{name} must be an integer")
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, str):
        try:
            value = int(raw.strip(), 10)
        except ValueError:
            raise validation(f"{name} must be an integer") from None
    else:
        raise validation(f"{name} must be an integer")
    if value < minimum or (maximum is not None and value > maximum):
        bound = f"between {minimum} and {maximum}" if maximum is not None else f">= {minimum}"
        raise validation(f"{name} must be {bound}")
    return value


def bool_field(body: Mapping[str, Any], name: str, default: bool = False) -> bool:
    raw = body.get(name)
    if raw is None:
        return default
    if not isinstance(raw, bool):
        raise validation(f"{name} must be a boolean")
    return raw


def str_field(body: Mapping[str, Any], name: str, *, required: bool = False) -> str:
    raw = body.get(name)
    if raw is None:
        if required:
            raise validation(f"{name} is required")
        return ""
    if not isinstance(raw, str):
        raise validation(f"{name} must be a string")
    if required and not raw:
        raise validation(f"{name} is required")
    return raw


def body_dict(body: Any) -> dict[str, Any]:
    if body is None:
        return {}
    if not isinstance(body, Mapping):
        raise validation("request body must be a JSON object")
    return dict(body)

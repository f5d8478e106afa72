"""Internal: the client's settings checked when it is built, and read from the environment.

``<PREFIX>_TOKEN``, ``<PREFIX>_BASE_URL`` and ``<PREFIX>_LOG`` fill in what the constructor was
not given (explicit arguments win). Every value is checked here, so a bad one is refused with
``InvalidArgumentError`` when the client is built, not at its first call.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Mapping
from typing import Any

import httpx

from .errors import InvalidArgumentError

__all__ = ["LOG_LEVELS", "check_base_url", "check_max_retries", "check_text", "check_timeout", "env", "set_log"]

#: The values ``<PREFIX>_LOG`` takes, and the logging level each turns on for the SDK's logger.
LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}


def env(prefix: str | None, name: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The variable ``<prefix>_<name>``, or None when it is unset or empty (or there is no prefix)."""
    if not prefix:
        return None
    value = (os.environ if environ is None else environ).get(f"{prefix}_{name}")
    return value or None


def check_base_url(url: Any, source: str = "base_url") -> str:
    """``url`` without a trailing slash, when it is an absolute http(s) URL with a host."""
    if not isinstance(url, str):
        raise InvalidArgumentError(f"{source} must be a string, not {type(url).__name__}")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as error:
        raise InvalidArgumentError(f"{source} {url!r} is not a valid URL: {error}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InvalidArgumentError(
            f"{source} {url!r} must be an absolute http:// or https:// URL with a host "
            "(for example https://api.example.com)"
        )
    return url.rstrip("/")


def check_timeout(value: Any) -> None:
    """A timeout is seconds (a number >= 0), an ``httpx.Timeout``, or None for no timeout."""
    if value is None or isinstance(value, httpx.Timeout):
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidArgumentError(
            f"timeout must be seconds (a number), an httpx.Timeout or None, not {type(value).__name__} {value!r}"
        )
    if math.isnan(value) or value < 0:
        raise InvalidArgumentError(f"timeout must be >= 0 seconds (got {value!r})")


def check_max_retries(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentError(f"max_retries must be an int, not {type(value).__name__} {value!r}")
    if value < 0:
        raise InvalidArgumentError(f"max_retries must be >= 0 (got {value})")
    return value


def check_text(name: str, value: Any) -> None:
    """Credentials and the like are strings (or None)."""
    if value is not None and not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a string or None, not {type(value).__name__}")


def set_log(value: str, source: str) -> None:
    """Turn on the SDK's log at the level ``value`` names (``debug``, ``info`` or ``warning``),
    to stderr unless the application configured a handler for it."""
    level = LOG_LEVELS.get(value.strip().lower())
    if level is None:
        raise InvalidArgumentError(f"{source}={value!r}: expected one of {', '.join(LOG_LEVELS)}")
    logger = logging.getLogger(__name__.rpartition(".")[0])
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)

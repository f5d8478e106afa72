"""Media types: which are JSON, and which of an object's content types the SDKs use."""

from __future__ import annotations

from typing import Any

# Preferred request/response media types, best first.
MEDIA_PREFERENCE = (
    "application/json",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "application/octet-stream",
    "text/plain",
)


def is_json_media(media: str) -> bool:
    base = media.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json") or base == "*/*"


def pick_media(content: dict[str, Any]) -> str | None:
    """The content type an SDK sends or reads: JSON first, then MEDIA_PREFERENCE, then the first."""
    if not content:
        return None
    keys = [str(k) for k in content]
    for key in keys:
        if is_json_media(key) and key != "*/*":
            return key
    for preferred in MEDIA_PREFERENCE[1:]:
        for key in keys:
            if key.split(";")[0].strip().lower() == preferred:
                return key
    return keys[0]

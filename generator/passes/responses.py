"""What a response's body is, as every runtime reads it."""

from __future__ import annotations

import enum

from .. import ir
from ..media import is_json_media

EVENT_STREAM = "text/event-stream"


class ResponseKind(enum.Enum):
    REDIRECT = "redirect"  # a 3xx: the result is where it points
    EMPTY = "empty"  # no content declared
    EVENT_STREAM = "event-stream"  # text/event-stream: server-sent events
    TEXT = "text"  # any other text/*
    JSON = "json"  # application/json, *+json or */*: decoded into the response's type
    BINARY = "binary"  # anything else: bytes


def media_base(content_type: str) -> str:
    """The media type without parameters, lower case: `Application/JSON; charset=x` -> `application/json`."""
    return content_type.split(";")[0].strip().lower()


def response_kind(response: ir.Response) -> ResponseKind:
    if response.is_redirect:
        return ResponseKind.REDIRECT
    # The builder gives a response a type exactly when it has a content type, so both are None
    # together (which is why the targets' old orders, empty before events or after, agreed).
    if response.content_type is None or response.type is None:
        return ResponseKind.EMPTY
    media = media_base(response.content_type)
    if media == EVENT_STREAM:
        return ResponseKind.EVENT_STREAM
    if media.startswith("text/"):
        return ResponseKind.TEXT
    if not is_json_media(media):
        return ResponseKind.BINARY
    return ResponseKind.JSON


def streams(op: ir.Operation) -> bool:
    """A success response is declared as text/event-stream: the call yields events."""
    return any(
        r.content_type is not None and media_base(r.content_type) == EVENT_STREAM for r in op.success_responses
    )

"""Internal: turning (operation, path params, query, body) into what goes on the wire.

Everything here is pure and shared by the sync and async clients. Bad arguments
are refused with ``InvalidArgumentError`` before anything is sent.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from .errors import InvalidArgumentError
from .model import Model
from .operation import Operation, Param
from .serde import encode, wire_items
from .signing import Signature
from .types import UNSET

__all__ = [
    "PreparedRequest",
    "encode_body",
    "query_pairs",
    "render_path",
    "route_params",
    "stringify",
]

_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


@dataclasses.dataclass(frozen=True)
class PreparedRequest:
    """One call, ready to send: every attempt of it is built from this, unchanged."""

    operation: Operation
    method: str
    url: str
    params: tuple[tuple[str, str], ...]
    headers: tuple[tuple[str, str], ...]
    content: bytes | None
    timeout: httpx.Timeout
    max_retries: int
    retryable: bool  # an idempotent method, or carries an Idempotency-Key
    stream: bool = False  # a 2xx body is read as it is consumed (server-sent events)
    token_url: str | None = None  # an OAuth2 token from there goes in Authorization
    signature: Signature | None = None  # every attempt is signed with the client's signing key
    secret_headers: frozenset[str] = frozenset()  # API key headers, hidden from hooks
    secret_query: frozenset[str] = frozenset()  # API key query parameters, hidden too


def _absent(value: Any) -> bool:
    return value is None or value is UNSET


def stringify(value: Any) -> str:
    """One scalar as it goes into a URL or header: bools ``true``/``false``, enums by
    value, datetimes ISO 8601 UTC ``Z``, numbers by ``str``."""
    value = encode(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def _simple(value: Any, explode: bool, quote_item: Callable[[str], str] = str) -> str:
    """OpenAPI ``simple`` style (path and header parameters)."""
    value = encode(value)
    if isinstance(value, list):
        return ",".join(quote_item(stringify(v)) for v in value)
    if isinstance(value, dict):
        sep = "=" if explode else ","
        return ",".join(
            f"{quote_item(str(k))}{sep}{quote_item(stringify(v))}" for k, v in value.items()
        )
    return quote_item(stringify(value))


def _quote_segment(text: str) -> str:
    if text in (".", ".."):
        return text.replace(".", "%2E")
    return quote(text, safe="")


def _path_value(name: str, value: Any, param: Param | None) -> str:
    """One path value in its OpenAPI style (``simple``, ``label`` or ``matrix``, exploded or
    not), each name, key and value percent-encoded on its own; ``""`` when there is nothing."""
    value = encode(value)
    style = param.style if param is not None else "simple"
    explode = _explode(param)
    if style not in ("label", "matrix") or value in ("", [], {}):
        return _simple(value, explode, _quote_segment)
    if isinstance(value, dict):
        pairs = [(_quote_segment(str(k)), _quote_segment(stringify(v))) for k, v in value.items()]
        if explode:  # label: .R=100.G=200   matrix: ;R=100;G=200
            lead = "." if style == "label" else ";"
            return "".join(f"{lead}{k}={v}" for k, v in pairs)
        flat = ",".join(f"{k},{v}" for k, v in pairs)
    elif isinstance(value, list):
        items = [_quote_segment(stringify(v)) for v in value]
        if explode and style == "label":  # .blue.black
            return "".join("." + item for item in items)
        if explode:  # ;color=blue;color=black
            return "".join(f";{_quote_segment(name)}={item}" for item in items)
        flat = ",".join(items)
    else:
        flat = _quote_segment(stringify(value))
    return "." + flat if style == "label" else f";{_quote_segment(name)}={flat}"


def render_path(operation: Operation, path_params: Mapping[str, Any] | None) -> str:
    """Fill the path template, percent-encoding each value on its own (``/`` → ``%2F``),
    in the parameter's style: ``simple`` (``blue,black``), ``label`` (``.blue.black``) or
    ``matrix`` (``;color=blue;color=black``), as OpenAPI's style table says.

    A missing, null or empty value is refused: it would silently change the route.
    """
    params = path_params or {}
    by_name = {p.name: p for p in operation.params if p.location == "path"}

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value = params.get(name, UNSET)
        text = "" if _absent(value) else _path_value(name, value, by_name.get(name))
        if text == "":
            raise InvalidArgumentError(
                f"{operation.operation_id}: path parameter {name!r} is required and "
                f"must not be empty (got {value!r})"
            )
        return text

    return _PATH_PARAM.sub(fill, operation.path)


def _explode(param: Param | None) -> bool:
    return bool(param.explode) if param is not None else False


def query_pairs(name: str, value: Any, param: Param | None) -> list[tuple[str, str]]:
    """One query parameter as ``(key, value)`` pairs, per its style and explode."""
    value = encode(value)
    if _absent(value):
        return []
    style = param.style if param is not None else "form"
    explode = param.explode if param is not None else True
    if style == "deepObject" and isinstance(value, dict):
        return list(_deep_pairs(name, value))
    if isinstance(value, list):
        items = [stringify(v) for v in value if not _absent(v)]
        if explode:
            return [(name, v) for v in items]
        sep = {"pipeDelimited": "|", "spaceDelimited": " "}.get(str(style), ",")
        return [(name, sep.join(items))]
    if isinstance(value, dict):
        entries = [(str(k), stringify(v)) for k, v in value.items() if not _absent(v)]
        if explode:
            return entries
        return [(name, ",".join(f"{k},{v}" for k, v in entries))]
    return [(name, stringify(value))]


def _deep_pairs(prefix: str, value: Any) -> Iterable[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if not _absent(item):
                yield from _deep_pairs(f"{prefix}[{key}]", item)
    elif isinstance(value, list):
        for item in value:
            yield from _deep_pairs(prefix, item)
    else:
        yield prefix, stringify(value)


@dataclasses.dataclass
class RoutedParams:
    query: list[tuple[str, str]]
    headers: list[tuple[str, str]]
    cookies: list[tuple[str, str]]


def route_params(operation: Operation, query: Mapping[str, Any] | None) -> RoutedParams:
    """Split ``query`` by each parameter's location; unknown keys are query parameters."""
    by_name = {p.name: p for p in operation.params}
    routed = RoutedParams(query=[], headers=[], cookies=[])
    for name, value in (query or {}).items():
        if _absent(value):
            continue
        param = by_name.get(name)
        location = param.location if param is not None else "query"
        if location == "header":
            routed.headers.append((name, _simple(value, _explode(param))))
        elif location == "cookie":
            routed.cookies.append((name, _simple(value, False, lambda s: quote(s, safe=""))))
        else:
            routed.query.extend(query_pairs(name, value, param))
    return routed


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def encode_body(operation: Operation, body: Any) -> tuple[bytes | None, str | None]:
    """The body as bytes and its Content-Type, per ``operation.request_content_type``.

    JSON (the default) goes through ``serde.encode``; form-urlencoded and multipart
    take a mapping (or model); any other media type takes bytes, str or a file.
    """
    if _absent(body):
        if operation.body_required:
            raise InvalidArgumentError(f"{operation.operation_id}: a request body is required")
        return None, None
    content_type = operation.request_content_type or "application/json"
    media = _media_type(content_type)
    where = operation.operation_id
    if media == "application/json" or media.endswith("+json"):
        try:
            text = json.dumps(encode(body), separators=(",", ":"), ensure_ascii=False,
                              allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise InvalidArgumentError(f"{where}: the body cannot be sent as JSON: {exc}") from exc
        return text.encode("utf-8"), content_type
    if media == "application/x-www-form-urlencoded":
        fields = _fields(where, body)
        pairs: list[tuple[str, str]] = []
        for name, value in fields.items():
            pairs.extend(query_pairs(name, value, None))
        return urlencode(pairs).encode("ascii"), content_type
    if media == "multipart/form-data":
        return _multipart(where, body)
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body), content_type
    if isinstance(body, str):
        return body.encode("utf-8"), content_type
    if hasattr(body, "read"):
        data = body.read()
        return (data.encode("utf-8") if isinstance(data, str) else bytes(data)), content_type
    raise InvalidArgumentError(
        f"{where}: a {content_type} body must be bytes, str or a file, not {type(body).__name__}"
    )


def _fields(where: str, body: Any) -> dict[str, Any]:
    encoded = encode(body)
    if not isinstance(encoded, dict):
        raise InvalidArgumentError(f"{where}: a form body must be a mapping or a model")
    return encoded


def _is_file(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview, tuple)) or hasattr(value, "read")


def _multipart(where: str, body: Any) -> tuple[bytes, str]:
    """multipart/form-data. A file is bytes, a binary file object, or a tuple
    ``(filename, content[, content_type])``; a list gives the field once per item."""
    if isinstance(body, Model):
        items = wire_items(body)
    elif isinstance(body, Mapping):
        items = [(str(k), v) for k, v in body.items()]
    else:
        raise InvalidArgumentError(f"{where}: a multipart body must be a mapping or a model")
    boundary = os.urandom(16).hex()
    out = bytearray()
    for name, value in items:
        for item in value if isinstance(value, list) else [value]:
            if _absent(item):
                continue
            out += f"--{boundary}\r\n".encode()
            disposition = f'Content-Disposition: form-data; name="{_header_quote(name)}"'
            if _is_file(item):
                filename, content, part_type = _file_part(name, item)
                out += (f'{disposition}; filename="{_header_quote(filename)}"\r\n'
                        f"Content-Type: {part_type}\r\n\r\n").encode()
                out += content
            else:
                out += f"{disposition}\r\n\r\n".encode() + stringify(item).encode("utf-8")
            out += b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={boundary}"


def _file_part(name: str, item: Any) -> tuple[str, bytes, str]:
    filename, content, part_type = name, item, "application/octet-stream"
    if isinstance(item, tuple):
        filename, content = str(item[0]), item[1]
        if len(item) > 2 and item[2]:
            part_type = str(item[2])
    elif hasattr(item, "read"):
        filename = os.path.basename(str(getattr(item, "name", name)))
    if hasattr(content, "read"):
        content = content.read()
    if isinstance(content, str):
        content = content.encode("utf-8")
    return filename, bytes(content), part_type


def _header_quote(text: str) -> str:
    return text.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")

"""Request validation against the spec, before any handler runs.

Each parameter value arrives as a string; it is cast to the type its schema
declares (``integer``, ``number``, ``boolean``, arrays by style/explode) and
then checked with the operation's precompiled OpenAPI 3.1 schema validator
(see ``spec``). The JSON body is decoded and checked the same way. Every
problem found is reported in one 400 ``validation_failed`` whose message names
the field (``query parameter limit``, ``path parameter appID``,
``body.commit_sha``) and what is wrong with it.

The result hands the handler what ``domain/params.py`` expects: path
parameters as the strings that arrived, query parameters cast (integers as
``int``, strings unchanged), the decoded body (or ``None``).

Why not ``openapi_core.unmarshal_request`` per request: it re-resolves the
document on every call (about 5 ms a request here, measured); the validators
here are built once from the same schemas with the same validator class.
``tests/reference_server/test_http_validation.py`` checks that openapi-core
gives the same verdict on a corpus of good and bad requests, and
``conformance.OpenApiCoreChecker`` can run openapi-core on every request too.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from reference_server.api import DomainError
from reference_server.api import validation_error as validation
from reference_server.http.limits import DEFAULT_LIMITS, Limits
from reference_server.http.spec import BodySpec, OperationSpec, ParamSpec, is_form_media, is_json_media

MAX_MESSAGES = 5
_REQUIRED_RE = re.compile(r"^'(.*)' is a required property$")


@dataclass(frozen=True)
class ValidatedRequest:
    path: dict[str, str]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any  # decoded JSON, or None when absent


class _Cast(Exception):
    pass


_INT_RE = re.compile(r"[+-]?[0-9]+")
_NOUN = {"integer": "an integer", "number": "a number", "boolean": "true or false", "null": "null"}


class _Range(Exception):
    pass


def _to_int(text: str, limits: Limits) -> int:
    """``int(text)`` for a string matching ``_INT_RE``, refusing out-of-range values (and digits
    enough to be slow or to hit Python's int-conversion limit) before converting."""
    if len(text.lstrip("+-").lstrip("0")) > limits.max_integer_digits:
        raise _Range(text)
    value = int(text)
    if not limits.integer_in_range(value):
        raise _Range(text)
    return value


def _cast_scalar(raw: str, types: Sequence[str], limits: Limits = DEFAULT_LIMITS) -> Any:
    if not types or "string" in types:
        return raw
    text = raw.strip()
    for t in types:
        if t == "integer" and _INT_RE.fullmatch(text):
            return _to_int(text, limits)
        if t == "number":
            if _INT_RE.fullmatch(text):
                return _to_int(text, limits)
            try:
                number = float(text)
            except ValueError:
                continue
            if math.isfinite(number):
                return number
        elif t == "boolean" and raw in ("true", "false"):
            return raw == "true"
        elif t == "null" and raw in ("", "null"):
            return None
    raise _Cast(" or ".join(_NOUN.get(t, t) for t in types))


def _cast(param: ParamSpec, values: Sequence[str], limits: Limits) -> Any:
    if "array" in param.types:
        if param.explode and param.style == "form":
            items: list[str] = list(values)
        else:
            sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(param.style, ",")
            items = values[0].split(sep) if values and values[0] != "" else []
        return [_cast_scalar(item, param.item_types, limits) for item in items]
    return _cast_scalar(values[0], param.types, limits)


def _shorten(text: str, keep: int = 40) -> str:
    return text if len(text) <= keep else f"{text[:keep]}... ({len(text)} characters)"


def _json_problems(value: Any, limits: Limits) -> list[str]:
    """Depth, integer range and NUL characters of a decoded JSON value (iteratively: no recursion)."""
    problems: list[str] = []
    stack: list[tuple[Any, str, int]] = [(value, "body", 0)]
    while stack and len(problems) < MAX_MESSAGES:
        item, where, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth + 1 > limits.max_json_depth:
                problems.append(f"{where}: nested deeper than {limits.max_json_depth} levels")
                continue
            if isinstance(item, dict):
                for key, child in item.items():
                    if "\x00" in key:
                        problems.append(f"{where}: a property name contains the NUL character")
                    stack.append((child, f"{where}.{key}", depth + 1))
            else:
                stack.extend((child, f"{where}[{i}]", depth + 1) for i, child in enumerate(item))
        elif isinstance(item, bool):
            continue
        elif isinstance(item, int):
            if not limits.integer_in_range(item):
                problems.append(f"{where}: {_shorten(str(item))} is out of range ({limits.describe_range()})")
        elif isinstance(item, str) and "\x00" in item:
            problems.append(f"{where}: contains the NUL character, which is not accepted")
    return problems


def _decode_json(body: bytes, limits: Limits) -> Any:
    """``json.loads`` refusing integers with more digits than the range allows before they are built."""

    def parse_int(text: str) -> int:
        if len(text.lstrip("-").lstrip("0")) > limits.max_integer_digits:
            raise _Range(text)
        return int(text)

    def parse_float(text: str) -> float | int:
        # JSON Schema counts 1.0 as an integer: hand the handler an int, as for 1
        value = float(text)
        if math.isfinite(value) and value.is_integer() and limits.integer_in_range(int(value)):
            return int(value)
        return value

    return json.loads(body, parse_int=parse_int, parse_float=parse_float)


def _where(base: str, error: Any) -> str:
    out = base
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _describe(base: str, error: Any) -> str:
    where = _where(base, error)
    if error.validator == "required":
        match = _REQUIRED_RE.match(error.message)
        if match:
            prop = match.group(1)
            return f"{where}.{prop} is required" if base == "body" else f"{where}: {prop} is required"
    if error.validator == "additionalProperties" and base == "body":
        return f"{where}: {error.message}"
    return f"{where}: {error.message}"


def _schema_errors(base: str, validator: Any, instance: Any) -> list[str]:
    errors = sorted(validator.iter_errors(instance), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    return [_describe(base, e) for e in errors]


def _raise(messages: list[str]) -> DomainError:
    shown = messages[:MAX_MESSAGES]
    more = len(messages) - len(shown)
    text = "; ".join(shown) + (f"; and {more} more" if more > 0 else "")
    return validation(text)


def validate_request(
    op: OperationSpec,
    path_params: Mapping[str, str],
    query: Mapping[str, Sequence[str]],
    headers: Mapping[str, str],
    body: bytes,
    content_type: str | None,
    limits: Limits = DEFAULT_LIMITS,
) -> ValidatedRequest:
    """Check one request against ``op``; raise a 400 ``DomainError`` naming every bad field.

    ``query`` maps each name to all its values in order; ``headers`` has
    lower-case names.
    """
    messages: list[str] = []
    out_path: dict[str, str] = {}
    out_query: dict[str, Any] = {}
    out_headers: dict[str, Any] = {}
    for param in op.parameters:
        if param.location == "path":
            raw_path = path_params.get(param.name)
            values: Sequence[str] = [] if raw_path is None else [raw_path]
        elif param.location == "query":
            values = query.get(param.name) or []
        elif param.location == "header":
            raw_header = headers.get(param.name.lower())
            values = [] if raw_header is None else [raw_header]
        else:  # cookies: the spec has none; not read
            continue
        if not values:
            if param.required:
                messages.append(f"{param.label} is required")
            continue
        if any("\x00" in v for v in values):
            messages.append(f"{param.label}: contains the NUL character, which is not accepted")
            continue
        try:
            value = _cast(param, values, limits)
        except _Range as exc:
            messages.append(f"{param.label}: {_shorten(str(exc))} is out of range (integers {limits.describe_range()})")
            continue
        except _Cast as exc:
            shown = values[0] if len(values) == 1 else list(values)
            messages.append(f"{param.label} must be {exc or 'valid'} (got {shown!r})")
            continue
        found = _schema_errors(param.label, param.validator, value)
        if found:
            messages.extend(found)
            continue
        if param.location == "path":
            out_path[param.name] = values[0]
        elif param.location == "query":
            out_query[param.name] = value
        else:
            out_headers[param.name] = value
    decoded = _body(op, body, content_type, messages, limits)
    if messages:
        raise _raise(messages)
    return ValidatedRequest(path=out_path, query=out_query, headers=out_headers, body=decoded)


def _body(op: OperationSpec, body: bytes, content_type: str | None, messages: list[str], limits: Limits) -> Any:
    spec = op.body
    if spec is None:
        return None  # the operation takes no body: whatever was sent is ignored
    if not body.strip():
        if spec.required:
            messages.append("request body is required")
        return None
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if is_form_media(media) and spec.accepts_form:
        return _form_body(spec, body, messages, limits)
    if not media or not any(is_json_media(m) and is_json_media(media) for m in spec.media_types):
        accepted = ", ".join(spec.media_types) or "none"
        messages.append(f"request body: Content-Type {media or '(none)'!r} is not accepted (use {accepted})")
        return None
    try:
        decoded = _decode_json(body, limits)
    except _Range as exc:
        messages.append(f"request body: the integer {_shorten(str(exc))} is out of range ({limits.describe_range()})")
        return None
    except RecursionError:
        messages.append(f"request body: nested deeper than {limits.max_json_depth} levels")
        return None
    except (ValueError, UnicodeDecodeError) as exc:
        messages.append(f"request body is not valid JSON: {exc}")
        return None
    problems = _json_problems(decoded, limits)
    if problems:
        messages.extend(problems)
        return None
    if spec.validator is not None:
        messages.extend(_schema_errors("body", spec.validator, decoded))
    return decoded


def _form_body(spec: BodySpec, body: bytes, messages: list[str], limits: Limits) -> Any:
    """An ``application/x-www-form-urlencoded`` body: each field cast to its property's type (a
    repeated field is an array), then checked against the schema like a JSON body."""
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError as exc:
        messages.append(f"request body is not valid UTF-8: {exc}")
        return None
    grouped: dict[str, list[str]] = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    decoded: dict[str, Any] = {}
    for key, values in grouped.items():
        if any("\x00" in v for v in values) or "\x00" in key:
            messages.append(f"body.{key}: contains the NUL character, which is not accepted")
            continue
        form_field = spec.form_fields.get(key)
        types = form_field.types if form_field is not None else ()
        try:
            if "array" in types:
                item_types = form_field.item_types if form_field is not None else ()
                decoded[key] = [_cast_scalar(v, item_types, limits) for v in values]
            else:
                decoded[key] = _cast_scalar(values[-1], types, limits)
        except _Range as exc:
            messages.append(f"body.{key}: {_shorten(str(exc))} is out of range (integers {limits.describe_range()})")
        except _Cast as exc:
            messages.append(f"body.{key} must be {exc or 'valid'} (got {values[-1]!r})")
    if spec.form_validator is not None:
        messages.extend(_schema_errors("body", spec.form_validator, decoded))
    return decoded

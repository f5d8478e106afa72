"""Values from JSON Schemas: generated ones, and stored objects completed to fit a schema.

Schemas here are *inlined* (every ``$ref`` replaced by its target, as ``http.spec`` compiles
them); a recursive ``$ref`` left in place is generated as an empty object. ``generate`` prefers
what the spec itself says (``example``, ``examples``, ``default``, ``const``, ``enum``), then
builds a value from the type and its constraints (formats such as uuid, date, date-time, email,
uri; ``pattern`` through a small regex-driven generator; lengths, bounds, item counts).
``complete`` keeps every value of a seed object that is valid for its property and generates
the rest, so an answer built from stored data always fits the response schema.
"""

from __future__ import annotations

import base64
import importlib
import random
import re
import string
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from jsonschema import FormatChecker  # type: ignore[import-untyped]
from openapi_schema_validator import OAS30Validator, OAS31Validator

# Python's own regex parser (3.11+; the old ``sre_parse`` names warn on import)
sre_parse: Any = importlib.import_module("re._parser")
sre_constants: Any = importlib.import_module("re._constants")

MAX_DEPTH = 8  # below this, only what a schema requires is generated
OPTIONAL_DEPTH = 3  # optional properties and one array item are generated this deep (big specs nest deeply)
_MERGED_KEYS = ("properties", "required")


def normalize(name: str) -> str:
    """A property/field name compared loosely: ``FriendlyName`` == ``friendly_name``."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


_URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")


def _looks_like_uri(value: object) -> bool:
    return not isinstance(value, str) or _URI_RE.match(value) is not None


def merge_all_of(schema: Any) -> Any:
    """``schema`` with its ``allOf`` parts folded in (properties and required united)."""
    if not isinstance(schema, dict) or "allOf" not in schema:
        return schema
    out: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = dict(out.get("properties") or {})
    required: list[str] = list(out.get("required") or [])
    for part in schema["allOf"]:
        part = merge_all_of(part)
        if not isinstance(part, dict):
            continue
        for name, sub in (part.get("properties") or {}).items():
            properties.setdefault(name, sub)
        required.extend(r for r in part.get("required") or [] if r not in required)
        for key, value in part.items():
            if key not in _MERGED_KEYS:
                out.setdefault(key, value)
    if properties:
        out["properties"] = properties
    if required:
        out["required"] = required
    return out


def schema_type(schema: Mapping[str, Any]) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, list):
        declared = next((t for t in declared if t != "null"), None)
    if isinstance(declared, str):
        return declared
    if "properties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


class Schemas:
    """Validation and generation for one spec (OpenAPI 3.0 or 3.1 semantics)."""

    def __init__(self, openapi_version: str, seed: int | None = None) -> None:
        self.validator_class: Any = OAS30Validator if openapi_version.startswith("3.0") else OAS31Validator
        self.random = random.Random(seed)
        # jsonschema checks "uri" only with an optional package installed; clients (schemathesis) do
        # check it, so a stored "" must not pass for a URI here.
        self.format_checker = FormatChecker()
        self.format_checker.checks("uri")(_looks_like_uri)
        self.format_checker.checks("url")(_looks_like_uri)

    # -- validation ------------------------------------------------------------
    def is_valid(self, schema: Any, value: Any) -> bool:
        if not isinstance(schema, dict):
            return True
        try:
            validator = self.validator_class(schema, format_checker=self.format_checker)
            return bool(validator.is_valid(value))
        except Exception:  # a schema the validator cannot use: nothing to hold the value to
            return False

    # -- generation -----------------------------------------------------------
    def generate(self, schema: Any, depth: int = 0) -> Any:
        """A value valid for ``schema`` (the spec's own example when it has a valid one)."""
        schema = merge_all_of(schema)
        if not isinstance(schema, dict) or "$ref" in schema and len(schema) == 1 or depth > 4 * MAX_DEPTH:
            return {}
        for candidate in self._declared(schema):
            if self.is_valid(schema, candidate):
                return candidate
        for keyword in ("oneOf", "anyOf"):
            for option in schema.get(keyword) or ():
                value = self.generate(option, depth + 1)
                if self.is_valid(schema, value):
                    return value
        kind = schema_type(schema)
        if kind == "object":
            return self._object(schema, {}, depth)
        if kind == "array":
            return self._array(schema, depth)
        if kind == "integer":
            return int(self._number(schema, integer=True))
        if kind == "number":
            return self._number(schema, integer=False)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return self.string(schema)

    @staticmethod
    def _declared(schema: Mapping[str, Any]) -> list[Any]:
        out: list[Any] = []
        if "const" in schema:
            out.append(schema["const"])
        if "example" in schema:
            out.append(schema["example"])
        if isinstance(schema.get("examples"), list):
            out.extend(schema["examples"])
        if "default" in schema:
            out.append(schema["default"])
        if isinstance(schema.get("enum"), list):
            out.extend(v for v in schema["enum"] if v is not None)
        return out

    def _object(self, schema: Mapping[str, Any], seed: Mapping[str, Any], depth: int) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        by_norm = {normalize(k): k for k in seed}
        out: dict[str, Any] = {}
        for name, sub in properties.items():
            key = name if name in seed else by_norm.get(normalize(name))
            sub = merge_all_of(sub)
            if key is not None:
                value = seed[key]
                if isinstance(value, dict) and isinstance(sub, dict) and schema_type(sub) == "object":
                    value = self._object(sub, value, depth + 1)
                if self.is_valid(sub, value):
                    out[name] = value
                    continue
            if name in required or depth < OPTIONAL_DEPTH:
                out[name] = self.generate(sub, depth + 1)
        if not properties and schema.get("additionalProperties") is not False:
            out.update({k: v for k, v in seed.items() if k not in out})
        return out

    def _array(self, schema: Mapping[str, Any], depth: int) -> list[Any]:
        count = int(schema.get("minItems") or (1 if depth < OPTIONAL_DEPTH else 0))
        if isinstance(schema.get("maxItems"), int):
            count = min(count, int(schema["maxItems"]))
        items = schema.get("items")
        values = [self.generate(items if isinstance(items, dict) else {}, depth + 1) for _ in range(count)]
        if schema.get("uniqueItems") and len({repr(v) for v in values}) < len(values):
            values = values[:1]
        return values

    def _number(self, schema: Mapping[str, Any], *, integer: bool) -> float | int:
        low = schema.get("minimum")
        high = schema.get("maximum")
        ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        step = 1 if integer else 0.5
        if isinstance(ex_low, bool):  # OpenAPI 3.0: a flag on minimum
            ex_low = low + step if ex_low and low is not None else None
        elif ex_low is not None:
            ex_low = ex_low + step
        if isinstance(ex_high, bool):
            ex_high = high - step if ex_high and high is not None else None
        elif ex_high is not None:
            ex_high = ex_high - step
        lows = [v for v in (low, ex_low) if isinstance(v, int | float)]
        highs = [v for v in (high, ex_high) if isinstance(v, int | float)]
        value: float | int = max([1, *lows]) if lows else 1
        if highs and value > min(highs):
            value = min(highs)
        multiple = schema.get("multipleOf")
        if isinstance(multiple, int | float) and multiple > 0:
            value = (int(value / multiple) + (1 if value % multiple else 0)) * multiple
        if integer:
            return int(value)
        return value

    def string(self, schema: Mapping[str, Any], unique: bool = False) -> str:
        """A string for ``schema`` (``unique``: random, for identifiers)."""
        fmt = str(schema.get("format") or "")
        pattern = schema.get("pattern")
        low = int(schema.get("minLength") or 0)
        high = schema.get("maxLength")
        if fmt == "uuid":
            return str(uuid.uuid4())
        if isinstance(pattern, str):
            for _ in range(20):
                try:
                    text = RegexSampler(self.random).sample(pattern)
                except (re.error, ValueError, RecursionError):
                    break
                if self.is_valid(schema, text):
                    return text
        now = datetime.now(UTC).replace(microsecond=0)
        by_format = {
            "date": now.date().isoformat(),
            "date-time": now.isoformat().replace("+00:00", "Z"),
            "time": now.time().isoformat() + "Z",
            "email": "user@example.com",
            "uri": "https://example.com/resource",
            "url": "https://example.com/resource",
            "uri-reference": "/resource",
            "hostname": "example.com",
            "ipv4": "192.0.2.1",
            "ipv6": "2001:db8::1",
            "byte": base64.b64encode(b"example").decode(),
            "password": "secret",
        }
        text = by_format.get(fmt, "")
        if not text:
            alphabet = string.ascii_lowercase + string.digits
            text = "".join(self.random.choice(alphabet) for _ in range(8)) if unique else "string"
        if len(text) < low:
            text += "x" * (low - len(text))
        if isinstance(high, int) and len(text) > high:
            text = text[:high]
        return text

    # -- completion -------------------------------------------------------------
    def complete(self, schema: Any, seed: Any) -> Any:
        """``seed`` made valid for ``schema``: valid values kept (by name, loosely), the rest generated."""
        schema = merge_all_of(schema)
        if not isinstance(schema, dict):
            return seed
        if self.is_valid(schema, seed) and not (isinstance(seed, dict) and schema_type(schema) == "object"):
            return seed
        if isinstance(seed, dict) and schema_type(schema) == "object":
            value = self._object(schema, seed, 0)
            if self.is_valid(schema, value):
                return value
        for keyword in ("oneOf", "anyOf"):
            for option in schema.get(keyword) or ():
                value = self.complete(option, seed)
                if self.is_valid(schema, value):
                    return value
        return self.generate(schema)


class RegexSampler:
    """A string matching a regular expression (the constructs schemas use: literals, classes,
    categories, repeats, groups, alternation, anchors)."""

    MAX_REPEAT = 8

    def __init__(self, rng: random.Random) -> None:
        self.random = rng

    def sample(self, pattern: str) -> str:
        parsed = sre_parse.parse(pattern)
        return self._emit(list(parsed), 0)

    def _emit(self, items: list[Any], depth: int) -> str:
        if depth > 50:
            raise ValueError("pattern too deep")
        out: list[str] = []
        for op, arg in items:
            out.append(self._one(op, arg, depth))
        return "".join(out)

    def _one(self, op: Any, arg: Any, depth: int) -> str:
        c = sre_constants
        if op is c.LITERAL:
            return chr(arg)
        if op is c.NOT_LITERAL:
            return "x" if chr(arg) != "x" else "y"
        if op is c.ANY:
            return "a"
        if op is c.AT:
            return ""
        if op is c.IN:
            return self._in(arg)
        if op is c.CATEGORY:
            return self._category(arg)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg
            high = low + self.MAX_REPEAT if high is c.MAXREPEAT or high > low + self.MAX_REPEAT else high
            count = self.random.randint(low, max(low, high))
            return "".join(self._emit(list(sub), depth + 1) for _ in range(count))
        if op is c.SUBPATTERN:
            return self._emit(list(arg[-1]), depth + 1)
        if op is c.BRANCH:
            return self._emit(list(self.random.choice(arg[1])), depth + 1)
        if op in (c.ASSERT, c.ASSERT_NOT):
            return ""
        raise ValueError(f"unsupported regex construct {op}")

    def _category(self, category: Any) -> str:
        c = sre_constants
        if category is c.CATEGORY_DIGIT:
            return self.random.choice(string.digits)
        if category is c.CATEGORY_WORD:
            return self.random.choice(string.ascii_letters + string.digits)
        if category is c.CATEGORY_SPACE:
            return " "
        if category is c.CATEGORY_NOT_DIGIT:
            return "a"
        return "a"

    def _in(self, items: list[Any]) -> str:
        c = sre_constants
        if items and items[0][0] is c.NEGATE:
            excluded = {chr(a) for op, a in items[1:] if op is c.LITERAL}
            return next(ch for ch in string.ascii_letters + string.digits if ch not in excluded)
        choices: list[str] = []
        for op, arg in items:
            if op is c.LITERAL:
                choices.append(chr(arg))
            elif op is c.RANGE:
                choices.extend(chr(i) for i in range(arg[0], min(arg[1], arg[0] + 200) + 1))
            elif op is c.CATEGORY:
                choices.append(self._category(arg))
        if not choices:
            raise ValueError("empty character class")
        return self.random.choice(choices)

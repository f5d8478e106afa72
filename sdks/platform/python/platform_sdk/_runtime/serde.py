"""Internal: JSON ⇄ Python values. ``encode`` and ``decode`` are re-exported as public.

Decoding is forgiving on purpose: a response the SDK does not fully understand
(new fields, new enum values, a union member it cannot tell, a missing required
field) still decodes, keeping what it cannot type as the raw JSON value.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import functools
import re
import types
import typing
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

import attrs

from .model import Discriminator, Model
from .types import UNSET, Unset

__all__ = [
    "decode",
    "decode_model",
    "encode",
    "encode_model",
    "format_datetime",
    "parse_date",
    "parse_datetime",
    "wire_get",
    "wire_items",
]

M = TypeVar("M", bound=Model)

_UTC = datetime.timezone.utc  # noqa: UP017  (datetime.UTC is 3.11+; the runtime supports 3.10)
_NONE_TYPE = type(None)
_LIST_ORIGINS: tuple[Any, ...] = (list, tuple, set, frozenset, Sequence, typing.Sequence)
_MAP_ORIGINS: tuple[Any, ...] = (dict, Mapping, typing.Mapping, typing.MutableMapping)


# ---------------------------------------------------------------- model metadata


@dataclasses.dataclass(frozen=True)
class _Field:
    attr: str  # attribute name
    init: str  # keyword of __init__ (attrs strips a leading underscore)
    wire: str  # JSON key
    hint: Any  # resolved type expression, Annotated kept
    required: bool  # no default: the schema says the key is always there


@dataclasses.dataclass(frozen=True)
class _ModelInfo:
    fields: tuple[_Field, ...]
    by_wire: Mapping[str, _Field]
    extra_attr: str | None
    extra_init: str | None


_MODEL_INFO: dict[type[Any], _ModelInfo] = {}


def _model_info(cls: type[Any]) -> _ModelInfo:
    info = _MODEL_INFO.get(cls)
    if info is not None:
        return info
    hints = typing.get_type_hints(cls, include_extras=True)
    fields: list[_Field] = []
    extra_attr = extra_init = None
    for attribute in attrs.fields(cls):
        init = attribute.alias or attribute.name
        if attribute.metadata.get("extra"):
            extra_attr, extra_init = attribute.name, init
            continue
        fields.append(
            _Field(
                attr=attribute.name,
                init=init,
                wire=attribute.metadata.get("wire", attribute.name),
                hint=hints.get(attribute.name, Any),
                required=attribute.default is attrs.NOTHING,
            )
        )
    info = _ModelInfo(
        fields=tuple(fields),
        by_wire={f.wire: f for f in fields},
        extra_attr=extra_attr,
        extra_init=extra_init,
    )
    _MODEL_INFO[cls] = info
    return info


def wire_get(obj: Any, wire: str) -> Any:
    """The value under JSON key ``wire`` of a decoded model or a plain mapping; UNSET if absent."""
    if isinstance(obj, Model):
        info = _model_info(type(obj))
        field = info.by_wire.get(wire)
        if field is not None:
            return getattr(obj, field.attr)
        if info.extra_attr is not None:
            return getattr(obj, info.extra_attr).get(wire, UNSET)
        return UNSET
    if isinstance(obj, Mapping):
        return obj.get(wire, UNSET)
    return UNSET


# ---------------------------------------------------------------- encoding


def encode(value: Any) -> Any:
    """A JSON-ready value: models → dicts with wire keys (UNSET left out, None kept),
    enums → their value, datetimes → ISO 8601 in UTC with ``Z``, dates → ISO 8601,
    mappings and sequences recursively (UNSET entries of a mapping left out)."""
    if isinstance(value, enum.Enum):
        return encode(value.value)
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, Model):
        return encode_model(value)
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): encode(v) for k, v in value.items() if v is not UNSET}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [None if v is UNSET else encode(v) for v in value]
    if isinstance(value, Unset):
        return None
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def encode_model(model: Model) -> dict[str, Any]:
    """Encode one model; ``additional_properties`` are merged back under their own keys."""
    return {wire: encode(value) for wire, value in wire_items(model)}


def wire_items(model: Model) -> list[tuple[str, Any]]:
    """The model's (wire key, value) pairs, values not encoded: UNSET fields left out,
    then the additional properties whose keys no field uses."""
    info = _model_info(type(model))
    items: list[tuple[str, Any]] = []
    for field in info.fields:
        value = getattr(model, field.attr)
        if value is not UNSET:
            items.append((field.wire, value))
    if info.extra_attr is not None:
        for key, value in getattr(model, info.extra_attr).items():
            if key not in info.by_wire and value is not UNSET:
                items.append((key, value))
    return items


def format_datetime(value: datetime.datetime) -> str:
    """ISO 8601 in UTC with ``Z``; a naive datetime is taken to be UTC already."""
    value = value.replace(tzinfo=_UTC) if value.tzinfo is None else value.astimezone(_UTC)
    if value.microsecond == 0:
        spec = "seconds"
    elif value.microsecond % 1000 == 0:
        spec = "milliseconds"
    else:
        spec = "microseconds"
    return value.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


# ---------------------------------------------------------------- dates

_DATETIME_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"\s*(?:([Zz])|([+-])(\d{2}):?(\d{2})?)?"
)
_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_datetime(text: str) -> datetime.datetime:
    """RFC 3339 / ISO 8601 (``Z`` or an offset; none means UTC) → an aware datetime.

    Raises ValueError. Accepts more than ``fromisoformat`` does on Python 3.10.
    """
    match = _DATETIME_RE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not an ISO 8601 date-time: {text!r}")
    year, month, day, hour, minute, second, fraction, _z, sign, off_h, off_m = match.groups()
    tz: datetime.tzinfo = _UTC
    if sign:
        offset = datetime.timedelta(hours=int(off_h), minutes=int(off_m or 0))
        tz = datetime.timezone(-offset if sign == "-" else offset)
    return datetime.datetime(
        int(year),
        int(month),
        int(day),
        int(hour),
        int(minute),
        int(second or 0),
        int((fraction or "0")[:6].ljust(6, "0")),
        tzinfo=tz,
    )


def parse_date(text: str) -> datetime.date:
    """``YYYY-MM-DD`` → a date. Raises ValueError."""
    match = _DATE_RE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not an ISO 8601 date: {text!r}")
    return datetime.date(*(int(g) for g in match.groups()))


# ---------------------------------------------------------------- decoding
#
# Decoding compiles each type expression once into a converter (a function of the
# JSON value) and caches it by the type, so a decode only runs prebuilt functions
# and never inspects type hints again. ``None`` stands for "keep the value as is",
# which lets callers skip a call. Membership tests for unions compile the same way.

_Convert = Callable[[Any], Any]
_Check = Callable[[Any], bool]

_CONVERTERS: dict[Any, _Convert | None] = {}
_CHECKS: dict[Any, _Check] = {}


def decode(data: Any, tp: Any) -> Any:
    """Decode JSON ``data`` into the type expression ``tp``; never raises for bad data.

    - Model subclasses: known keys by wire name, unknown keys into
      ``additional_properties``; absent optional keys stay UNSET, null is None.
      A *required* key that is absent also leaves its field UNSET (what the
      server sent, nothing invented) rather than failing the whole call; the
      model then re-encodes without it.
    - ``X | None`` / ``X | Unset``: null → None, else X.
    - ``Annotated[A | B, Discriminator(...)]``: the member the discriminator
      value maps to; a value not in the mapping keeps the raw dict.
    - Other unions: the first member the data fits strictly (required keys
      present, primitive types and Literal values match); no fit keeps the raw
      value. So ``Status | str`` gives the enum member, or the str when unknown.
    - enums: the member, or the raw value when unknown; datetime/date from
      ISO 8601 (raw string when unparsable); ``list[X]``, ``dict[str, X]``.
    """
    convert = _converter(tp)
    return data if convert is None else convert(data)


@dataclasses.dataclass(frozen=True)
class _ModelPlan:
    # (wire key, __init__ keyword, converter or None, required) per field
    fields: tuple[tuple[str, str, _Convert | None, bool], ...]
    known: frozenset[str]
    extra_init: str | None


_MODEL_PLANS: dict[type[Any], _ModelPlan] = {}


def _model_plan(cls: type[Any]) -> _ModelPlan:
    plan = _MODEL_PLANS.get(cls)
    if plan is None:
        info = _model_info(cls)
        plan = _ModelPlan(
            fields=tuple((f.wire, f.init, _converter(f.hint), f.required) for f in info.fields),
            known=frozenset(info.by_wire),
            extra_init=info.extra_init,
        )
        _MODEL_PLANS[cls] = plan
    return plan


def decode_model(cls: type[M], data: Mapping[str, Any]) -> M:
    """Decode a JSON object into the model ``cls`` (see ``decode``)."""
    if not isinstance(data, Mapping):
        raise TypeError(f"{cls.__name__}.from_dict expects a mapping, got {type(data).__name__}")
    plan = _MODEL_PLANS.get(cls) or _model_plan(cls)
    kwargs: dict[str, Any] = {}
    seen = 0
    for wire, init, convert, required in plan.fields:
        if wire in data:
            seen += 1
            value = data[wire]
            kwargs[init] = value if convert is None else convert(value)
        elif required:
            kwargs[init] = UNSET
    if plan.extra_init is not None:
        # every key was a field's: nothing else to look through
        known = plan.known
        kwargs[plan.extra_init] = {} if seen == len(data) else {k: v for k, v in data.items() if k not in known}
    return cls(**kwargs)


def _converter(tp: Any) -> _Convert | None:
    try:
        return _CONVERTERS[tp]
    except KeyError:
        pass
    except TypeError:  # an unhashable type expression: compile it without caching
        return _compile(tp)
    convert = _compile(tp)
    _CONVERTERS[tp] = convert
    return convert


def _compile(tp: Any) -> _Convert | None:
    tp = _unalias(tp)
    if tp is Any or tp is object or tp is None or tp is _NONE_TYPE:
        return None
    origin = get_origin(tp)
    if origin is not None:
        return _compile_generic(tp, origin)
    if not isinstance(tp, type):
        return None
    if issubclass(tp, Model):
        return _model_converter(tp)
    if issubclass(tp, enum.Enum):
        return _enum_converter(tp)
    if issubclass(tp, datetime.datetime):
        return functools.partial(_try, parse_datetime)
    if issubclass(tp, datetime.date):
        return functools.partial(_try, parse_date)
    if tp is float:
        return _to_float
    return None


def _model_converter(cls: type[Model]) -> _Convert:
    # The plan is looked up at call time so self-referencing models compile.
    def convert(data: Any) -> Any:
        return decode_model(cls, data) if isinstance(data, Mapping) else data

    return convert


def _enum_converter(cls: type[enum.Enum]) -> _Convert:
    members = cls._value2member_map_

    def convert(data: Any) -> Any:
        try:
            return members[data]
        except (KeyError, TypeError):  # not a plain value: let the enum decide (e.g. _missing_)
            pass
        try:
            return cls(data)
        except (ValueError, TypeError):
            return data

    return convert


def _to_float(data: Any) -> Any:
    if isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    return data


def _compile_generic(tp: Any, origin: Any) -> _Convert | None:
    args = get_args(tp)
    if origin is Annotated:
        return _annotated_converter(args[0], args[1:])
    if origin is Union or origin is types.UnionType:
        return _union_converter(args)
    if origin is Literal:
        return None
    if origin in _LIST_ORIGINS:
        item = _converter(args[0] if args else Any)
        if item is None:
            return lambda data: list(data) if isinstance(data, list) else data
        return lambda data: [item(v) for v in data] if isinstance(data, list) else data
    if origin in _MAP_ORIGINS:
        value = _converter(args[1] if len(args) == 2 else Any)
        if value is None:
            return lambda data: dict(data.items()) if isinstance(data, Mapping) else data
        return lambda data: {k: value(v) for k, v in data.items()} if isinstance(data, Mapping) else data
    return None


def _annotated_converter(inner_tp: Any, markers: tuple[Any, ...]) -> _Convert | None:
    inner = _converter(inner_tp)
    discriminators = tuple(m for m in markers if isinstance(m, Discriminator))
    if not discriminators:
        return inner

    def convert(data: Any) -> Any:
        if isinstance(data, Mapping):
            for marker in discriminators:
                if marker.property_name in data:
                    target = _pick(marker, data)
                    return decode(data, target) if target is not None else data
        return data if inner is None else inner(data)

    return convert


def _union_converter(members: tuple[Any, ...]) -> _Convert | None:
    candidates = [m for m in members if m is not Unset]
    nullable = _NONE_TYPE in candidates
    candidates = [m for m in candidates if m is not _NONE_TYPE]
    if len(candidates) == 1:
        only = _converter(candidates[0])
        if only is None:
            return None
        if not nullable:
            return only
        return lambda data: None if data is None else only(data)
    options = tuple((_check(m), _converter(m)) for m in candidates)

    def convert(data: Any) -> Any:
        if data is None and nullable:
            return None
        for fits, member in options:
            if fits(data):
                return data if member is None else member(data)
        return data

    return convert


def _pick(marker: Discriminator, data: Mapping[str, Any]) -> type[Any] | None:
    value = data.get(marker.property_name)
    if isinstance(value, bool):
        key = "true" if value else "false"
    elif isinstance(value, enum.Enum):
        key = str(value.value)
    else:
        key = str(value)
    return marker.mapping.get(key)


# ---------------------------------------------------------------- union membership


def _fits(data: Any, tp: Any) -> bool:
    """Strict structural check: would ``data`` decode into ``tp`` without keeping raw values?"""
    return _check(tp)(data)


def _check(tp: Any) -> _Check:
    try:
        return _CHECKS[tp]
    except KeyError:
        pass
    except TypeError:
        return _compile_check(tp)
    check = _compile_check(tp)
    _CHECKS[tp] = check
    return check


def _always(data: Any) -> bool:
    return True


def _never(data: Any) -> bool:
    return False


def _is_none(data: Any) -> bool:
    return data is None


def _is_bool(data: Any) -> bool:
    return isinstance(data, bool)


def _is_int(data: Any) -> bool:
    return isinstance(data, int) and not isinstance(data, bool)


def _is_number(data: Any) -> bool:
    return isinstance(data, (int, float)) and not isinstance(data, bool)


def _compile_check(tp: Any) -> _Check:
    tp = _unalias(tp)
    if tp is Any or tp is object:
        return _always
    if tp is None or tp is _NONE_TYPE:
        return _is_none
    origin = get_origin(tp)
    if origin is not None:
        return _compile_generic_check(tp, origin)
    if not isinstance(tp, type):
        return _always
    if tp is Unset:
        return _never
    if issubclass(tp, Model):
        model = tp
        return lambda data: isinstance(data, Mapping) and _model_fits(model, data)
    if issubclass(tp, enum.Enum):
        return _enum_check(tp)
    if tp is bool:
        return _is_bool
    if tp is int:
        return _is_int
    if tp is float:
        return _is_number
    if issubclass(tp, datetime.datetime):
        return lambda data: isinstance(data, str) and _parses(parse_datetime, data)
    if issubclass(tp, datetime.date):
        return lambda data: isinstance(data, str) and _parses(parse_date, data)
    if typing.is_typeddict(tp):
        required: frozenset[str] = getattr(tp, "__required_keys__", frozenset())
        return lambda data: isinstance(data, Mapping) and required <= data.keys()
    cls = tp
    return lambda data: isinstance(data, cls)


def _enum_check(cls: type[enum.Enum]) -> _Check:
    members = cls._value2member_map_

    def check(data: Any) -> bool:
        try:
            if data in members:
                return True
        except TypeError:  # unhashable: the enum's own lookup decides
            pass
        try:
            cls(data)
        except (ValueError, TypeError):
            return False
        return True

    return check


def _compile_generic_check(tp: Any, origin: Any) -> _Check:
    args = get_args(tp)
    if origin is Annotated:
        inner = _check(args[0])
        discriminators = tuple(m for m in args[1:] if isinstance(m, Discriminator))
        if not discriminators:
            return inner

        def check_annotated(data: Any) -> bool:
            if isinstance(data, Mapping):
                for marker in discriminators:
                    if marker.property_name in data:
                        target = _pick(marker, data)
                        return target is not None and _fits(data, target)
            return inner(data)

        return check_annotated
    if origin is Union or origin is types.UnionType:
        members = tuple(_check(m) for m in args)
        return lambda data: any(fits(data) for fits in members)
    if origin is Literal:
        values = args
        return lambda data: any(type(data) is type(v) and data == v for v in values)
    if origin in _LIST_ORIGINS:
        item = _check(args[0] if args else Any)
        return lambda data: isinstance(data, list) and all(item(v) for v in data)
    if origin in _MAP_ORIGINS:
        value = _check(args[1] if len(args) == 2 else Any)
        return lambda data: isinstance(data, Mapping) and all(value(v) for v in data.values())
    return _always


_MODEL_CHECKS: dict[type[Any], tuple[tuple[str, _Check, bool], ...]] = {}


def _model_fits(cls: type[Model], data: Mapping[str, Any]) -> bool:
    checks = _MODEL_CHECKS.get(cls)
    if checks is None:
        checks = tuple((f.wire, _check(f.hint), f.required) for f in _model_info(cls).fields)
        _MODEL_CHECKS[cls] = checks
    for wire, fits, required in checks:
        if wire in data:
            if not fits(data[wire]):
                return False
        elif required:
            return False
    return True


def _unalias(tp: Any) -> Any:
    # `type X = ...` (3.12+) and typing.NewType wrap the real type expression.
    while True:
        if type(tp).__name__ == "TypeAliasType" and hasattr(tp, "__value__"):
            tp = tp.__value__
        elif callable(tp) and hasattr(tp, "__supertype__"):
            tp = tp.__supertype__
        else:
            return tp


def _try(parse: typing.Callable[[str], Any], data: Any) -> Any:
    if not isinstance(data, str):
        return data
    try:
        return parse(data)
    except ValueError:
        return data


def _parses(parse: typing.Callable[[str], Any], text: str) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True

"""Parameters: the path item's and the operation's merged (the operation's win), and one per
name outside the path (paths.py matches them against the path template)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..loader import Document, join_pointer
from ..naming import split_words
from .helpers import description

if TYPE_CHECKING:
    from .builder import Builder

_LOCATIONS = ("path", "query", "header", "cookie")


def parameters(
    b: Builder, shared: Any, item_doc: Document, own: Any, doc: Document, pointer: str, item_pointer: str,
    hint: list[str],
) -> list[ir.Parameter]:
    merged: dict[tuple[str, str], ir.Parameter] = {}
    # Path-level parameters are read in the path item's file, the operation's in its own
    # (they differ when the operation is given by $ref to another file).
    sources = [(shared, item_doc, item_pointer), (own, doc, pointer)]
    for params, params_doc, base_pointer in sources:
        if not isinstance(params, list):
            continue
        for index, raw in enumerate(params):
            param = _parameter(b, raw, params_doc, join_pointer(base_pointer, "parameters", index), hint)
            if param is not None:
                merged[(param.location, param.name)] = param
    return unshadowed(b, list(merged.values()), doc, pointer)


def _parameter(b: Builder, raw: Any, doc: Document, pointer: str, hint: list[str]) -> ir.Parameter | None:
    value, param_doc, param_pointer = b.deref(raw, doc, pointer)
    if not isinstance(value, dict):
        return None
    name, location = value.get("name"), value.get("in")
    if not isinstance(name, str) or location not in _LOCATIONS:
        # One malformed parameter leaves it out (a path one is then read as a string).
        b.diags.warning(
            "parameter-invalid",
            "a parameter needs a `name` and `in` (path, query, header or cookie); "
            f"this one (in {location!r}) is left out",
            b.loc(param_doc, param_pointer),
        )
        return None
    schema, schema_pointer = _parameter_schema(value, param_pointer)
    ptype = b.schema_type(schema if schema is not None else {}, param_doc, schema_pointer, hint + split_words(name))
    default_style = "simple" if location in ("path", "header") else "form"
    style = str(value.get("style") or default_style)
    schema_dict = schema if isinstance(schema, dict) else {}
    return ir.Parameter(
        name=name,
        location=location,
        type=ptype,
        required=value.get("required") is True or location == "path",
        description=description(value) or description(schema_dict),
        style=style,
        explode=bool(value.get("explode", style == "form")),
        default=schema_dict.get("default"),
        has_default="default" in schema_dict,
        deprecated=value.get("deprecated") is True,
    )


def _parameter_schema(value: dict[str, Any], pointer: str) -> tuple[Any, str]:
    """A parameter's schema and where it stands: `schema`, else the first media type's in `content`."""
    schema = value.get("schema")
    schema_pointer = join_pointer(pointer, "schema")
    if schema is None and isinstance(value.get("content"), dict) and value["content"]:
        media = next(iter(value["content"]))
        media_obj = value["content"][media]
        schema = media_obj.get("schema") if isinstance(media_obj, dict) else None
        schema_pointer = join_pointer(pointer, "content", media, "schema")
    return schema, schema_pointer


def unshadowed(b: Builder, params: list[ir.Parameter], doc: Document, pointer: str) -> list[ir.Parameter]:
    """One parameter per name outside the path: every SDK takes the query, header and cookie
    parameters of a call in one set keyed by wire name, so a second one of that name (in
    another location) could never be given. The first declared is kept, the others dropped
    with a warning."""
    kept: dict[str, ir.Parameter] = {}
    dropped: dict[str, list[str]] = {}
    result = []
    for param in params:
        if param.location != "path":
            first = kept.setdefault(param.name, param)
            if first is not param:
                dropped.setdefault(param.name, []).append(param.location)
                continue
        result.append(param)
    for name, locations in dropped.items():
        others = " and ".join(locations)
        ones = "ones, or send them" if len(locations) > 1 else "one, or send it"
        b.diags.warning(
            "parameter-shadowed",
            f"parameter {name!r} is declared in {kept[name].location} and in {others}; the SDKs take "
            f"query, header and cookie parameters by name, so only the {kept[name].location} one is kept",
            b.loc(doc, pointer),
            f"rename the {others} {ones} with a per-call option",
        )
    return result

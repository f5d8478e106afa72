"""Path templates: the `{name}`s of an operation's path matched against its declared path
parameters, RFC 6570 operators read as the style they stand for."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import ir
from ..loader import Document

if TYPE_CHECKING:
    from .builder import Builder

# A path template's `{name}`, also with the RFC 6570 operators some specs use: `{name*}` (explode),
# `{.name}` (label), `{;name}` (matrix).
_TEMPLATE_PARAM = re.compile(r"\{([^{}]+)\}")


@dataclass
class Template:
    """A path template read: the path with plain `{name}`s, the names in it in order, and the
    style and explode each RFC 6570 operator stood for (with a reading for the warning)."""

    path: str
    names: list[str] = field(default_factory=list)
    operators: dict[str, tuple[str, bool]] = field(default_factory=dict)
    readings: list[str] = field(default_factory=list)


def read_template(path: str, declared: Collection[str]) -> Template:
    """Read `path`'s placeholders; a declared name is taken as written, dots and all."""
    template = Template(path)

    def plain(match: re.Match[str]) -> str:
        text = match.group(1)
        operator, name, star = "", text, ""
        if text not in declared:
            if text[:1] in (".", ";"):
                operator, name = text[0], name[1:]
            if name.endswith("*"):
                name, star = name[:-1], "*"
        if (operator or star) and name:
            style = {"": "simple", ".": "label", ";": "matrix"}[operator]
            template.operators[name] = (style, bool(star))
            template.readings.append(
                f"{{{text}}} as {name!r} with style {style}, explode {str(bool(star)).lower()}"
            )
        else:
            name = text
        template.names.append(name)
        return "{" + name + "}"

    template.path = _TEMPLATE_PARAM.sub(plain, path)
    return template


def check_path_params(b: Builder, op: ir.Operation, doc: Document, pointer: str) -> None:
    """Match the path template against the declared path parameters.

    A template name nobody declared is read as a required string (`simple`), a declared
    name the template lacks is dropped (it could never be sent), and RFC 6570 operators in
    the template (`{id*}`, `{.id}`, `{;id}`) are read as the style they stand for; each
    with a warning naming the operation (`--strict` refuses them).
    """
    where = f"{op.method} {op.path} ({op.operation_id})"
    by_name = {p.name: p for p in op.params_in("path")}
    template = read_template(op.path, by_name)
    op.path = template.path
    if template.readings:
        b.diags.warning(
            "path-template-operator",
            f"{where} uses RFC 6570 operators, not OpenAPI path syntax; read " + "; ".join(template.readings),
            b.loc(doc, pointer),
            "write {name} in the path, and `style` (simple, label, matrix) and `explode` on the parameter",
        )
    _declare_missing(b, op, by_name, template.names, where, doc, pointer)
    for name, (style, explode) in template.operators.items():
        by_name[name].style, by_name[name].explode = style, explode
    unused = sorted(set(by_name) - set(template.names))
    if unused:
        b.diags.warning(
            "path-param-unused",
            f"path parameter(s) {', '.join(map(repr, unused))} of {where} are declared but the path has "
            "no place for them; left out of the SDK",
            b.loc(doc, pointer),
        )
        op.parameters = [p for p in op.parameters if not (p.location == "path" and p.name in unused)]


def _declare_missing(
    b: Builder, op: ir.Operation, by_name: dict[str, ir.Parameter], in_template: list[str], where: str,
    doc: Document, pointer: str,
) -> None:
    """A required string parameter for each template name nobody declared (with a warning)."""
    undeclared = [name for name in dict.fromkeys(in_template) if name not in by_name]
    if not undeclared:
        return
    listed = ", ".join("{" + name + "}" for name in undeclared)
    b.diags.warning(
        "path-param-undeclared",
        f"path parameter {listed} of {where} is not declared; read as a required string",
        b.loc(doc, pointer),
        "add " + " and ".join(f"a parameter with `name: {name}` and `in: path`" for name in undeclared),
    )
    for name in undeclared:
        param = ir.Parameter(name, "path", ir.Primitive("string"), True, style="simple", explode=False)
        op.parameters.append(param)
        by_name[name] = param

"""The one literal filter: a neutral Python value printed as a Kotlin expression.

The View describes what the runtime needs (an operation's descriptor, a security scheme, a
union's variants) as data: str, int, bool, None, lists, and the three small nodes below. This
module alone decides how that data is spelled and laid out in Kotlin. A `str` is a string literal;
code that is already Kotlin (a class literal, an enum constant) comes as `Code`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .text import kt_literal, kt_string

INDENT = "    "


@dataclass(frozen=True)
class Code:
    """Kotlin source used as it is: a name, an enum constant, a type expression."""

    text: str


@dataclass(frozen=True)
class Named:
    """A named argument `name = value`."""

    name: str
    value: Any


@dataclass(frozen=True)
class Pair:
    """`key to value`, an entry of mapOf."""

    key: Any
    value: Any


@dataclass(frozen=True)
class Call:
    """`head(args)tail`. On one line when every argument is and the line (after `lead` characters,
    not counting the separator its caller adds) fits in `width`; `width=None`: always one line;
    `width=0`: always one argument per line."""

    head: str
    args: tuple[Any, ...] = ()
    width: int | None = None
    tail: str = ""


def lines_of(value: Any, lead: int = 0) -> list[str]:
    """The lines of `value`; `lead` is how many characters precede it on its first line."""
    if isinstance(value, Call):
        return _call(value, lead)
    if isinstance(value, Pair):
        key = scalar(value.key) + " to "
        inner = lines_of(value.value, lead + len(key))
        return [key + inner[0], *inner[1:]]
    if isinstance(value, Named):
        inner = lines_of(value.value)
        if len(inner) == 1:
            return [f"{value.name} = {inner[0]}"]
        return [f"{value.name} =", *(INDENT + line for line in inner)]
    if isinstance(value, (list, tuple)):
        return _call(Call("listOf" if value else "emptyList", tuple(value)), lead)
    return [scalar(value)]


def scalar(value: Any) -> str:
    if isinstance(value, Code):
        return value.text
    if isinstance(value, str):
        return kt_string(value)
    return kt_literal(value)


def _call(call: Call, lead: int) -> list[str]:
    parts = [lines_of(arg) for arg in call.args]
    if all(len(p) == 1 for p in parts) and call.width != 0:
        line = f"{call.head}({', '.join(p[0] for p in parts)}){call.tail}"
        if call.width is None or lead + len(line) <= call.width:
            return [line]
    out = [f"{call.head}("]
    for part in parts:
        out.extend(INDENT + line for line in part[:-1])
        out.append(f"{INDENT}{part[-1]},")
    out.append(f"){call.tail}")
    return out


def kt_value(value: Any, indent: int = 0) -> str:
    """The template filter: `value`'s lines, the later ones indented by `indent` spaces."""
    return ("\n" + " " * indent).join(lines_of(value))

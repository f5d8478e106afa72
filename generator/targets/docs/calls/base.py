"""What a call on a page is, and the helpers every language's provider shares."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .... import ir
from ....settings import Settings


@dataclass(frozen=True)
class Call:
    """One call as a page shows it. `needs` are the names the code uses that the reader supplies
    (`app_id`), each with its type in that language: tests/docs compiles every call with them
    declared, so a page never shows a call the SDK does not have."""

    language: str  # the target's name: python, go, java, kotlin, node, ruby; request, mcp
    form: str  # "resource", "operation" (the seed's), "async", "generic", "tool"
    code: str
    needs: tuple[tuple[str, str], ...] = ()


# (api, settings) -> operationId -> its calls, in the order the page lists them
Provider = Callable[[ir.Api, Settings], dict[str, list[Call]]]


def seed_parts(op: ir.Operation) -> dict[str, bool]:
    """Which of the seed's (pathParams, query, body) the operation has."""
    return {"pathParams": bool(op.params_in("path")), "query": bool(op.params_in("query")),
            "body": op.body is not None}


def seed_names(op: ir.Operation, names: list[str]) -> list[str]:
    """The seed's positional `(pathParams, query, body)`, cut after the last one the operation has."""
    has = seed_parts(op)
    last = max((i for i, name in enumerate(names) if has.get(name)), default=-1)
    return names[: last + 1]

"""`x-sdkgen-method: apps.git.connectGithub`: the operation's language-neutral name in the
resource model, pinned by the spec: a dotted resource path, then the method.

Each dotted segment is split into words by `naming.split_words` (so `connectGithub`,
`connect_github` and `connect-github` are the same two words); every target cases the words in
its own style. Operations without it get a derived name (generator/passes/method_names.py).
`x-sdkgen-node-alias`, the old Node-only name of this extension, is read the same way.
"""

from __future__ import annotations

from typing import Any

from .. import ir
from ..naming import split_words
from .base import OperationExtension, Site

KEY = "x-sdkgen-method"
EXAMPLE = "e.g. `deployments.list` or `apps.git.connectGithub`"


def parse(value: Any, key: str) -> ir.MethodName | str:
    """The name `value` pins, or why it is not one (a message naming `key`)."""
    if not isinstance(value, str) or not value.strip():
        return f"{key} must be a non-empty dotted name"
    segments = value.split(".")
    if len(segments) < 2:
        return f"{key} {value!r} needs a resource and a method name"
    words = [tuple(split_words(segment)) for segment in segments]
    for segment, segment_words in zip(segments, words, strict=True):
        if not segment_words:
            return f"{key} {value!r}: segment {segment!r} has no letters or digits"
        if not segment_words[0][0].isalpha():
            return f"{key} {value!r}: segment {segment!r} must start with a letter"
    return ir.MethodName(tuple(words[:-1]), words[-1], key, value)


def read(value: Any, op: ir.Operation, site: Site, key: str) -> None:
    """Pin `op`'s name from the extension `key`, unless another key already pinned it."""
    name = parse(value, key)
    if isinstance(name, str):
        site.error(f"{name} (operation {op.operation_id})", EXAMPLE)
        return
    if op.neutral_name is not None:
        site.error(f"{key} of {op.operation_id}: the name is already given by {op.neutral_name.pinned_by}",
                   "keep one of the two")
        return
    op.neutral_name = name


def apply(value: Any, op: ir.Operation, site: Site) -> None:
    read(value, op, site, KEY)


EXTENSION = OperationExtension(KEY, "the operation's language-neutral name: resource path and method", apply)

"""The extension registry: one module per `x-sdkgen-*` extension the generator reads.

Each module names its key, reads the extension's value into the IR and reports its own problems
(`extension-invalid`, pointing at the value). The builder calls `apply_operation_extensions` once
per operation; a `x-sdkgen-*` key that no module reads is a warning (`extension-unknown`), so a
misspelt extension is not silently ignored.

Adding an extension: a module here with `KEY`, an `apply(value, op, site)` and `EXTENSION`, listed
in `OPERATION_EXTENSIONS`; the IR field it fills; a test in tests/unit/test_extensions.py.

Schema extensions are read where their schema kind is built: `enum_descriptions`
(`x-enum-descriptions`, one text per enum value) by generator/build/enums.py.
"""

from __future__ import annotations

from typing import Any

from .. import ir
from ..diagnostics import Diagnostics
from ..loader import Document, join_pointer
from . import method, node_alias, pagination, tail, waiter
from .base import OperationExtension, Site

PREFIX = "x-sdkgen-"

# Applied in this order: x-sdkgen-method before its old name, which then reports the clash;
# the others are independent of each other.
OPERATION_EXTENSIONS: tuple[OperationExtension, ...] = (
    method.EXTENSION, node_alias.EXTENSION, waiter.EXTENSION, tail.EXTENSION, pagination.EXTENSION,
)
_BY_KEY = {extension.key: extension for extension in OPERATION_EXTENSIONS}


def apply_operation_extensions(
    op: ir.Operation, raw: dict[str, Any], diagnostics: Diagnostics, doc: Document, pointer: str
) -> None:
    """Read every `x-sdkgen-*` extension of the operation object `raw` (at `pointer`) into `op`."""
    for extension in OPERATION_EXTENSIONS:
        if extension.key in raw:
            extension.apply(raw[extension.key], op, Site(diagnostics, doc, join_pointer(pointer, extension.key)))
    for key in raw:
        if isinstance(key, str) and key.startswith(PREFIX) and key not in _BY_KEY:
            diagnostics.warning(
                "extension-unknown",
                f"{key} is not an extension sdkgen reads; it is ignored",
                doc.location(join_pointer(pointer, key)),
                "known on operations: " + ", ".join(_BY_KEY),
            )


__all__ = ["OPERATION_EXTENSIONS", "PREFIX", "OperationExtension", "Site", "apply_operation_extensions"]

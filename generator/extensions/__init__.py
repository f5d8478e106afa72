"""The extension registry: one module per `x-sdkgen-*` extension the generator reads.

Each module names its key, reads the extension's value into the IR and reports its own problems
(`extension-invalid`, pointing at the value). The builder calls `apply_operation_extensions` once
per operation; a `x-sdkgen-*` key that no module reads is a warning (`extension-unknown`), so a
misspelt extension is not silently ignored.

Adding an extension: a module here with `KEY`, an `apply(value, op, site)` and `EXTENSION`, listed
in `OPERATION_EXTENSIONS`; the IR field it fills; a test in tests/unit/test_extensions.py.

Document extensions (`x-sdkgen-tenant`, `x-sdkgen-webhook-signature`) and the checks that need
the whole API (`x-sdkgen-session`'s answer paths and its one refresh operation, `x-sdkgen-resume`'s
header) run once after every operation is built: `apply_document_extensions`.

Schema extensions are read where their schema kind is built: `enum_descriptions`
(`x-enum-descriptions`, one text per enum value) by generator/build/enums.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import ir
from ..diagnostics import Diagnostics
from ..loader import Document, join_pointer
from . import method, node_alias, pagination, resume, session, tail, tenant, waiter, webhook_signature
from .base import INVALID, OperationExtension, Site

PREFIX = "x-sdkgen-"

# Applied in this order: x-sdkgen-method before its old name, which then reports the clash;
# the others are independent of each other.
OPERATION_EXTENSIONS: tuple[OperationExtension, ...] = (
    method.EXTENSION, node_alias.EXTENSION, waiter.EXTENSION, tail.EXTENSION, pagination.EXTENSION,
    session.EXTENSION, resume.EXTENSION,
)
# Read from the document's root by apply_document_extensions.
DOCUMENT_EXTENSIONS: tuple[str, ...] = (tenant.KEY, webhook_signature.KEY)
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


def apply_document_extensions(
    api: ir.Api, data: dict[str, Any], diagnostics: Diagnostics, doc: Document,
    body_type: webhook_signature.BodyType,
) -> None:
    """Read the document-level extensions of `data` (the root mapping) into `api`, and check what
    the operation extensions declared against the whole API. `body_type` gives the type of a
    `webhooks` entry's request body (the builder's, so payload models are declared as usual)."""

    def at(key: str) -> Callable[[str], None]:
        return lambda message: diagnostics.error(
            INVALID, message, doc.location(join_pointer("", key)), "see the README's table of extensions"
        )

    def at_operation(op: ir.Operation, key: str) -> Callable[[str], None]:
        pointer = join_pointer(op.source.split("#", 1)[1] if "#" in op.source else "", key)
        return lambda message: diagnostics.error(INVALID, message, doc.location(pointer), "")

    if tenant.KEY in data:
        tenant.apply(
            data[tenant.KEY], api, at(tenant.KEY),
            lambda code, message: diagnostics.warning(code, message, doc.location(join_pointer("", tenant.KEY))),
        )
    if webhook_signature.KEY in data:
        webhook_signature.apply(data[webhook_signature.KEY], data.get("webhooks"), api, body_type,
                                at(webhook_signature.KEY))
    session.gather(api, lambda op, message: at_operation(op, session.KEY)(message))
    for op in api.operations:
        resume.check(op, at_operation(op, resume.KEY))


__all__ = [
    "DOCUMENT_EXTENSIONS", "OPERATION_EXTENSIONS", "PREFIX", "OperationExtension", "Site",
    "apply_document_extensions", "apply_operation_extensions",
]

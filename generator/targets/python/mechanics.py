"""The platform mechanics of an API as runtime descriptors: the tenant header (`x-sdkgen-tenant`),
session roles (`x-sdkgen-session`), resumable streams (`x-sdkgen-resume`) and the webhook
signature (`x-sdkgen-webhook-signature`). Each is a `PyCall` of a runtime dataclass, printed into
`_operations.py`; the runtime reads nothing API-specific beyond them."""

from __future__ import annotations

from typing import Any

from ... import ir
from .literals import PyCall, PyName
from .types import TypeMapper


def tenant_call(api: ir.Api) -> PyCall | None:
    """`TenantHeader(header, env=...)`, or None when the API declares no tenant header."""
    tenant = api.tenant
    if tenant is None:
        return None
    kwargs: tuple[tuple[str, Any], ...] = (("env", tenant.env),) if tenant.env else ()
    return PyCall("TenantHeader", (tenant.header,), kwargs)


def operation_extras(op: ir.Operation) -> list[tuple[str, Any]]:
    """The keyword arguments an operation's descriptor gains from the mechanics it takes part in
    (none for an API that declares none, so its output is unchanged)."""
    extras: list[tuple[str, Any]] = []
    if op.tenant_scoped:
        extras.append(("tenant_scoped", True))
    return extras


def webhook_call(api: ir.Api, types: TypeMapper) -> PyCall | None:
    """`WebhookSignature(header, ..., events=(WebhookEvent(name, model), ...))`, or None."""
    signature = api.webhook_signature
    if signature is None:
        return None
    events = tuple(PyCall("WebhookEvent", (event.name, PyName(types.annotation(event.model, "m."))))
                   for event in signature.events)
    kwargs: tuple[tuple[str, Any], ...] = (
        ("algorithm", signature.algorithm), ("encoding", signature.encoding),
        ("secret_prefix", signature.secret_prefix), ("test_header", signature.test_header),
        ("event_field", signature.event_field), ("events", events),
    )
    return PyCall("WebhookSignature", (signature.header,), kwargs)

"""`x-sdkgen-webhook-signature` on the document: how the API signs the webhooks it sends.

    x-sdkgen-webhook-signature:
      header: X-Webhook-Signature   # required: the header holding the signature
      algorithm: hmac-sha256        # the only one today
      encoding: hex                 # hex (lower case) or base64
      secretPrefix: whsec_          # what every secret starts with (the helper refuses others)
      testHeader: X-Webhook-Test    # optional: marks test deliveries
      eventField: type              # the payload field naming the event type (default: type)

The HMAC covers the raw body and is keyed with the whole secret as UTF-8. The events come from
the document's `webhooks`: each key is an event type and its POST request body the payload's
model, so the SDK's helper decodes a verified body into that model (ir.WebhookSignature.events).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .. import ir
from .session import resolve_alias

KEY = "x-sdkgen-webhook-signature"
ALGORITHMS = ("hmac-sha256",)
ENCODINGS = ("hex", "base64")
_KNOWN = ("header", "algorithm", "encoding", "secretPrefix", "testHeader", "eventField")
_HEADER = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")

# (the webhook's key, its request body object, the JSON pointer of that body) -> the payload type
BodyType = Callable[[str, Any, str], ir.Type | None]


def _header(value: dict[str, Any], key: str, required: bool, problems: list[str]) -> str:
    raw = value.get(key, "")
    if (raw or required) and (not isinstance(raw, str) or not _HEADER.fullmatch(raw)):
        problems.append(f"{key} must be an HTTP header name")
        return ""
    return str(raw)


def read(value: Any, problems: list[str]) -> ir.WebhookSignature | None:
    if not isinstance(value, dict):
        problems.append("must be a mapping with the signature's header")
        return None
    unknown = sorted(str(k) for k in value if k not in _KNOWN)
    if unknown:
        problems.append(f"unknown key(s) {', '.join(unknown)} (known: {', '.join(_KNOWN)})")
    header = _header(value, "header", True, problems)
    test_header = _header(value, "testHeader", False, problems)
    algorithm = str(value.get("algorithm") or "hmac-sha256").lower()
    if algorithm not in ALGORITHMS:
        problems.append(f"algorithm {algorithm!r} is not one of {', '.join(ALGORITHMS)}")
    encoding = value.get("encoding", "hex")
    if encoding not in ENCODINGS:
        problems.append(f"encoding {encoding!r} is not one of {', '.join(ENCODINGS)}")
    prefix = value.get("secretPrefix", "")
    if not isinstance(prefix, str):
        problems.append("secretPrefix must be a string")
    event_field = value.get("eventField", "type")
    if not isinstance(event_field, str) or not event_field:
        problems.append("eventField must be a field name")
    if problems:
        return None
    return ir.WebhookSignature(
        header=header, algorithm=algorithm, encoding=str(encoding), secret_prefix=str(prefix),
        test_header=test_header, event_field=str(event_field),
    )


def events(webhooks: Any, body_type: BodyType, report: Callable[[str], None]) -> tuple[ir.WebhookEvent, ...]:
    """One event per entry of the document's `webhooks` whose POST has a JSON request body."""
    if not isinstance(webhooks, dict):
        return ()
    found: list[ir.WebhookEvent] = []
    for name, item in webhooks.items():
        post = item.get("post") if isinstance(item, dict) else None
        body = post.get("requestBody") if isinstance(post, dict) else None
        if body is None:
            report(f"{KEY}: the webhook {name!r} has no POST with a request body: its payload is unknown")
            continue
        pointer = "/webhooks/" + str(name).replace("~", "~0").replace("/", "~1") + "/post/requestBody"
        payload = body_type(str(name), body, pointer)
        if payload is None:
            report(f"{KEY}: the webhook {name!r} has no JSON request body schema")
            continue
        found.append(ir.WebhookEvent(name=str(name), model=payload))
    return tuple(found)


def apply(value: Any, webhooks: Any, api: ir.Api, body_type: BodyType, report: Callable[[str], None]) -> None:
    problems: list[str] = []
    signature = read(value, problems)
    if signature is None:
        report(f"{KEY}: " + "; ".join(problems))
        return
    declared = events(webhooks, body_type, report)
    if not declared:
        report(f"{KEY}: the document's `webhooks` declare no event to verify and decode")
        return
    for event in declared:
        problem = event_field_problem(api, event, signature.event_field)
        if problem:
            report(f"{KEY}: the webhook {event.name!r}: {problem}")
    api.webhook_signature = ir.WebhookSignature(
        header=signature.header, algorithm=signature.algorithm, encoding=signature.encoding,
        secret_prefix=signature.secret_prefix, test_header=signature.test_header,
        event_field=signature.event_field, events=declared,
    )


def _allowed(api: ir.Api, t: ir.Type) -> tuple[Any, ...] | None:
    """The values a field of type `t` may take, when it is a const or an enum; None: any string."""
    t = resolve_alias(api, t) or t
    if isinstance(t, ir.ConstType):
        return (t.value,)
    model = api.models.get(t.name) if isinstance(t, ir.NamedType) else None
    if isinstance(model, ir.EnumModel):
        return tuple(v.value for v in model.values)
    return None


def event_field_problem(api: ir.Api, event: ir.WebhookEvent, field_name: str) -> str:
    """Why the payload of `event` cannot be told apart by `field_name` ("" when it can)."""
    t = resolve_alias(api, event.model)
    model = api.models.get(t.name) if isinstance(t, ir.NamedType) else None
    if isinstance(model, ir.UnionModel):
        if model.discriminator is not None and model.discriminator.property == field_name:
            return ""
        return f"its payload {model.name} is a union without a discriminator on {field_name}"
    if not isinstance(model, ir.ObjectModel):
        return "its payload is not an object"
    found = next((f for f in model.fields if f.wire_name == field_name), None)
    if found is None:
        return f"its payload {model.name} has no field {field_name} to name the event"
    allowed = _allowed(api, found.type)
    if allowed is not None and event.name not in allowed:
        return f"{model.name}.{field_name} allows {', '.join(map(repr, allowed))}, not {event.name!r}"
    return ""

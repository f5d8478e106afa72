"""Webhook verification: the signature over the raw body checked in constant time against one
secret or two during a rotation, refused with the SDK's own error otherwise, and the body decoded
into the event model its event field names."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

import pytest
from fakeapi._runtime import (
    InvalidArgumentError,
    Model,
    WebhookEvent,
    WebhookSignature,
    WebhookVerificationError,
    WebhookVerifier,
)
from fakeapi.models import Deployment

SIGNATURE = WebhookSignature("X-Sig", secret_prefix="whsec_", test_header="X-Test", event_field="type",
                             events=(WebhookEvent("deployment.created", Deployment),))
OLD, NEW = "whsec_old", "whsec_new"
BODY = json.dumps({"type": "deployment.created", "id": "d1", "status": "ready"}).encode()


def sign(secret: str, body: bytes, encoding: str = "hex") -> str:
    mac = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode() if encoding == "base64" else mac.hex()


def test_a_signed_delivery_decodes_into_its_event_model() -> None:
    delivery = WebhookVerifier(SIGNATURE, OLD).verify(BODY, {"x-sig": sign(OLD, BODY), "X-Test": "true"})
    assert delivery.type == "deployment.created"
    assert isinstance(delivery.event, Deployment) and isinstance(delivery.event, Model)
    assert delivery.event.id == "d1"
    assert delivery.test is True
    plain = WebhookVerifier(SIGNATURE, OLD).verify(BODY.decode(), {"X-Sig": sign(OLD, BODY)})
    assert plain.test is False


def test_both_secrets_verify_during_a_rotation_and_no_other() -> None:
    both = WebhookVerifier(SIGNATURE, OLD, NEW)
    assert both.verify(BODY, {"X-Sig": sign(OLD, BODY)}).type == "deployment.created"
    assert both.verify(BODY, {"X-Sig": sign(NEW, BODY)}).type == "deployment.created"
    with pytest.raises(WebhookVerificationError, match="matches none"):
        both.verify(BODY, {"X-Sig": sign("whsec_other", BODY)})
    with pytest.raises(WebhookVerificationError, match="matches none"):
        WebhookVerifier(SIGNATURE, NEW).verify(BODY, {"X-Sig": sign(OLD, BODY)})


@pytest.mark.parametrize("headers", [{}, {"X-Sig": ""}, {"X-Sig": "zz"}])
def test_missing_or_wrong_signatures_are_refused(headers: dict[str, str]) -> None:
    with pytest.raises(WebhookVerificationError):
        WebhookVerifier(SIGNATURE, OLD).verify(BODY, headers)


def test_a_tampered_body_is_refused() -> None:
    tampered = BODY.replace(b"d1", b"d2")
    with pytest.raises(WebhookVerificationError):
        WebhookVerifier(SIGNATURE, OLD).verify(tampered, {"X-Sig": sign(OLD, BODY)})


def test_base64_and_unknown_events_and_bodies_that_are_no_object() -> None:
    signature = WebhookSignature("X-Sig", encoding="base64")
    other = json.dumps({"type": "x.new", "a": 1}).encode()
    delivery = WebhookVerifier(signature, "s").verify(other, {"X-Sig": sign("s", other, "base64")})
    assert delivery.event == {"type": "x.new", "a": 1}  # a type this SDK does not know: the object
    for body in (b"[1]", b"not json"):
        with pytest.raises(WebhookVerificationError, match="not"):
            WebhookVerifier(signature, "s").verify(body, {"X-Sig": sign("s", body, "base64")})


def test_bad_secrets_and_bodies_are_argument_errors() -> None:
    bad: Any = 5
    for secrets in ((), (OLD, NEW, OLD), ("nope",), ("",), (bad,)):
        with pytest.raises(InvalidArgumentError):
            WebhookVerifier(SIGNATURE, *secrets)
    with pytest.raises(InvalidArgumentError, match="raw request body"):
        WebhookVerifier(SIGNATURE, OLD).verify(bad, {"X-Sig": "x"})
    assert "whsec" not in repr(WebhookVerifier(SIGNATURE, OLD))

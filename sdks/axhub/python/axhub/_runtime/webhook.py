"""Public: verifying the webhook deliveries an API sends (``x-sdkgen-webhook-signature``).

The API signs each delivery with the HMAC (``algorithm``) of the raw body, keyed with the webhook's
whole secret (its prefix included) as UTF-8, in ``encoding`` (lower-case hex or base64) in
``header``. ``WebhookVerifier`` checks that signature in constant time against one secret, or the
two valid while a secret is rotated, and decodes the body into the event model its ``event_field``
names. Anything else is a ``WebhookVerificationError``.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from .errors import InvalidArgumentError, SDKError
from .serde import decode

__all__ = ["WebhookDelivery", "WebhookEvent", "WebhookSignature", "WebhookVerificationError", "WebhookVerifier"]

_DIGESTS = {"hmac-sha256": hashlib.sha256, "hmac-sha512": hashlib.sha512, "hmac-sha1": hashlib.sha1}


class WebhookVerificationError(SDKError):
    """A delivery refused: no signature, one no secret makes, or a body that is not a JSON object."""


@dataclasses.dataclass(frozen=True)
class WebhookEvent:
    """One event type of the API's ``webhooks`` and the model its payload decodes into."""

    name: str
    model: Any


@dataclasses.dataclass(frozen=True)
class WebhookSignature:
    """How the API signs its deliveries (see the module)."""

    header: str
    algorithm: str = "hmac-sha256"
    encoding: str = "hex"
    secret_prefix: str = ""
    test_header: str = ""
    event_field: str = "type"
    events: tuple[WebhookEvent, ...] = ()


@dataclasses.dataclass(frozen=True)
class WebhookDelivery:
    """A verified delivery: its event ``type``, the ``event`` decoded into the model the API gives
    that type (the JSON object itself for a type this SDK does not know), and whether it was a
    ``test`` delivery."""

    type: str | None
    event: Any
    test: bool


class WebhookVerifier:
    """Checks that deliveries come from the API: ``verify(raw_body, headers)``.

    Give the webhook's secret, or the old and the new one while it is rotated.
    """

    def __init__(self, signature: WebhookSignature, *secrets: str) -> None:
        digest = _DIGESTS.get(signature.algorithm)
        if digest is None:
            raise InvalidArgumentError(f"webhook signatures use {signature.algorithm}, which this SDK cannot check")
        if not 1 <= len(secrets) <= 2:
            raise InvalidArgumentError(f"give the webhook's secret (or two during a rotation), not {len(secrets)}")
        for secret in secrets:
            if not isinstance(secret, str) or not secret:
                raise InvalidArgumentError("a webhook secret must be a non-empty string")
            if not secret.startswith(signature.secret_prefix):
                raise InvalidArgumentError(f"a webhook secret starts with {signature.secret_prefix!r}")
        self._signature = signature
        self._digest = digest
        self._secrets = tuple(secret.encode("utf-8") for secret in secrets)

    def __repr__(self) -> str:  # never print a secret
        return f"<WebhookVerifier {len(self._secrets)} secret(s)>"

    def verify(self, body: bytes | str, headers: Mapping[str, str]) -> WebhookDelivery:
        """Verify a delivery (``body`` as received, before any JSON parsing) and decode its event."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        if not isinstance(body, (bytes, bytearray)):
            raise InvalidArgumentError(f"body must be the raw request body (bytes), not {type(body).__name__}")
        name = self._signature.header
        given = _header(headers, name)
        if given is None:
            raise WebhookVerificationError(f"no {name} header: not a signed delivery")
        given_bytes = given.strip().encode("utf-8", "replace")
        # every secret is tried (no early exit), each comparison in constant time
        matches = [hmac.compare_digest(self._expected(secret, bytes(body)), given_bytes) for secret in self._secrets]
        if not any(matches):
            raise WebhookVerificationError(f"the {name} signature matches none of the secrets")
        return self._decode(bytes(body), headers)

    def _expected(self, secret: bytes, body: bytes) -> bytes:
        mac = hmac.new(secret, body, self._digest).digest()
        if self._signature.encoding == "base64":
            return base64.b64encode(mac)
        return mac.hex().encode("ascii")

    def _decode(self, body: bytes, headers: Mapping[str, str]) -> WebhookDelivery:
        try:
            data = json.loads(body)
        except ValueError as error:
            raise WebhookVerificationError(f"the delivery's body is not JSON: {error}") from error
        if not isinstance(data, dict):
            raise WebhookVerificationError("the delivery's body is not a JSON object")
        kind = data.get(self._signature.event_field)
        model = next((event.model for event in self._signature.events if event.name == kind), None)
        event = decode(data, model) if model is not None else data
        test_header = self._signature.test_header
        test = bool(test_header) and (_header(headers, test_header) or "").strip().lower() == "true"
        return WebhookDelivery(kind if isinstance(kind, str) else None, event, test)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers.items():
        if isinstance(key, str) and key.lower() == wanted:
            return value if isinstance(value, str) else str(value)
    return None

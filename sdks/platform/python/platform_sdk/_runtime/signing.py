"""Public: request signatures a client computes itself (HMAC over the request's canonical lines).

A ``Signature`` says how an API wants requests signed (from the spec's ``x-sdkgen-signature``);
``RequestSigner`` holds a key id and secret and turns (method, target, body) into the headers to
send. The client signs every attempt of an operation whose security lists such a scheme, once the
final URL and body bytes are known; a user can sign by hand with the same class.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable, Mapping
from typing import Literal

from .errors import InvalidArgumentError

__all__ = ["RequestSigner", "Signature", "SignaturePart"]

SignaturePart = Literal["method", "target", "timestamp", "nonce", "bodySha256"]

# The algorithms a Signature may name, and the hashlib digest each HMAC uses.
_ALGORITHMS: Mapping[str, str] = {"hmac-sha256": "sha256"}


@dataclasses.dataclass(frozen=True)
class Signature:
    """How requests are signed, as data.

    Per request the signer takes the time (Unix seconds) and ``nonce_bytes`` random bytes (sent
    in hex), joins the ``canonical`` parts with ``separator`` (``method``: upper case;
    ``target``: the path and query exactly as sent; ``timestamp``; ``nonce``; ``bodySha256``:
    lower-case hex SHA-256 of the body bytes), and sends the HMAC of that text, keyed with the
    secret, in ``encoding`` (``hex`` or ``base64``), with the key id, timestamp and nonce.
    """

    key_id_header: str
    timestamp_header: str
    nonce_header: str
    signature_header: str
    algorithm: str = "hmac-sha256"
    canonical: tuple[SignaturePart, ...] = ("method", "target", "timestamp", "nonce", "bodySha256")
    separator: str = "\n"
    encoding: Literal["hex", "base64"] = "hex"
    nonce_bytes: int = 16

    def __post_init__(self) -> None:
        if self.algorithm not in _ALGORITHMS:
            raise InvalidArgumentError(
                f"signature algorithm {self.algorithm!r} is not supported (expected {', '.join(_ALGORITHMS)})"
            )
        if self.encoding not in ("hex", "base64"):
            raise InvalidArgumentError(f"signature encoding {self.encoding!r}: expected hex or base64")
        if self.nonce_bytes < 1:
            raise InvalidArgumentError(f"nonce_bytes must be >= 1 (got {self.nonce_bytes})")


class RequestSigner:
    """Signs requests with one key: ``sign(method, target, body)`` returns the headers to add.

    ``clock`` (Unix seconds) and ``nonce`` (``n`` -> ``n`` random bytes) are injectable, for
    tests and for reproducing a signature; by default the current time and ``secrets``.
    """

    def __init__(
        self,
        signature: Signature,
        key_id: str,
        secret: str,
        *,
        clock: Callable[[], float] = time.time,
        nonce: Callable[[int], bytes] = secrets.token_bytes,
    ) -> None:
        if not isinstance(signature, Signature):
            raise InvalidArgumentError(f"signature must be a Signature, not {type(signature).__name__}")
        for name, value in (("key_id", key_id), ("secret", secret)):
            if not isinstance(value, str) or not value:
                raise InvalidArgumentError(f"{name} must be a non-empty string")
        self.signature = signature
        self.key_id = key_id
        self._secret = secret.encode()
        self._clock = clock
        self._nonce = nonce

    def __repr__(self) -> str:  # never print the secret
        return f"<RequestSigner key_id={self.key_id!r}>"

    def canonical(self, method: str, target: str, body: bytes, timestamp: str, nonce: str) -> str:
        """The text that is signed, for one request."""
        parts = {
            "method": method.upper(),
            "target": target,
            "timestamp": timestamp,
            "nonce": nonce,
            "bodySha256": hashlib.sha256(body).hexdigest(),
        }
        return self.signature.separator.join(parts[part] for part in self.signature.canonical)

    def sign(
        self,
        method: str,
        target: str,
        body: bytes | str | None = None,
        *,
        timestamp: int | None = None,
        nonce: str | None = None,
    ) -> dict[str, str]:
        """The key id, timestamp, nonce and signature headers for one request.

        ``target`` is the path with its query string exactly as sent (``/jobs/1?x=1``); ``body``
        the bytes sent (a ``str`` is taken as UTF-8; None: no body). ``timestamp`` and ``nonce``
        are taken fresh unless given.
        """
        if not isinstance(method, str) or not method:
            raise InvalidArgumentError("method must be a non-empty string such as 'POST'")
        if not isinstance(target, str) or not target.startswith("/"):
            raise InvalidArgumentError(
                f"target must be the request's path and query, starting with '/' (got {target!r})"
            )
        if body is None:
            data = b""
        elif isinstance(body, str):
            data = body.encode()
        elif isinstance(body, (bytes, bytearray, memoryview)):
            data = bytes(body)
        else:
            raise InvalidArgumentError(f"body must be bytes, str or None, not {type(body).__name__}")
        stamp = str(int(self._clock()) if timestamp is None else int(timestamp))
        once = nonce if nonce is not None else self._nonce(self.signature.nonce_bytes).hex()
        text = self.canonical(method, target, data, stamp, once)
        digest = hmac.new(self._secret, text.encode(), _ALGORITHMS[self.signature.algorithm]).digest()
        value = digest.hex() if self.signature.encoding == "hex" else base64.b64encode(digest).decode("ascii")
        return {
            self.signature.key_id_header: self.key_id,
            self.signature.timestamp_header: stamp,
            self.signature.nonce_header: once,
            self.signature.signature_header: value,
        }

"""`x-sdkgen-signature` on a security scheme: the request signature the client computes itself.

    x-sdkgen-signature:
      algorithm: hmac-sha256
      headers: {keyId: X-Agent-Id, timestamp: X-Timestamp, nonce: X-Nonce, signature: X-Signature}
      canonical: [method, target, timestamp, nonce, bodySha256]   # the default
      separator: "\\n"                                             # the default
      encoding: hex                                                # hex (default) or base64
      nonceBytes: 16                                               # at least 16
      toleranceSeconds: 300                                        # documentation for users

Every runtime implements this one scheme once (see ir.Signature); a spec declares its headers and
order, so another API with an HMAC signature of the same kind needs no code of its own.
"""

from __future__ import annotations

from typing import Any

from .. import ir
from .base import Site

KEY = "x-sdkgen-signature"
ALGORITHMS = ("hmac-sha256",)
ENCODINGS = ("hex", "base64")
_HEADERS = ("keyId", "timestamp", "nonce", "signature")


def read(value: Any, site: Site) -> ir.Signature | None:
    """The signature declared by `value`; None (with an error at the value) when it is unusable."""
    if not isinstance(value, dict):
        site.error(f"{KEY} must be a mapping", "give algorithm, headers and canonical")
        return None
    problems: list[str] = []
    algorithm = str(value.get("algorithm") or "hmac-sha256").lower()
    if algorithm not in ALGORITHMS:
        problems.append(f"algorithm {algorithm!r} is not one of {', '.join(ALGORITHMS)}")
    headers = value.get("headers")
    if not isinstance(headers, dict) or not all(isinstance(headers.get(k), str) and headers[k] for k in _HEADERS):
        problems.append("headers must name " + ", ".join(_HEADERS))
        headers = {}
    canonical = value.get("canonical", list(ir.SIGNATURE_PARTS))
    if not isinstance(canonical, list) or not canonical or any(part not in ir.SIGNATURE_PARTS for part in canonical):
        problems.append("canonical must list parts from " + ", ".join(ir.SIGNATURE_PARTS))
        canonical = list(ir.SIGNATURE_PARTS)
    encoding = str(value.get("encoding") or "hex")
    if encoding not in ENCODINGS:
        problems.append(f"encoding {encoding!r} is not one of {', '.join(ENCODINGS)}")
    nonce_bytes = value.get("nonceBytes", 16)
    if not isinstance(nonce_bytes, int) or isinstance(nonce_bytes, bool) or not 16 <= nonce_bytes <= 64:
        problems.append("nonceBytes must be an integer from 16 to 64")
    tolerance = value.get("toleranceSeconds", 300)
    if not isinstance(tolerance, int) or isinstance(tolerance, bool) or tolerance <= 0:
        problems.append("toleranceSeconds must be a positive integer")
    separator = value.get("separator", "\n")
    if not isinstance(separator, str):
        problems.append("separator must be a string")
    if problems:
        site.error(f"{KEY}: " + "; ".join(problems), "see the example in the README's extension table")
        return None
    return ir.Signature(
        algorithm=algorithm,
        key_id_header=headers["keyId"],
        timestamp_header=headers["timestamp"],
        nonce_header=headers["nonce"],
        signature_header=headers["signature"],
        canonical=tuple(canonical),
        separator=separator,
        encoding=encoding,
        nonce_bytes=nonce_bytes,
        tolerance_seconds=tolerance,
    )

"""The server's input limits: what it refuses before (or instead of) doing work.

Every refusal leaves in the shared error shape (``{"statusCode", "code",
"message"}``):

* ``max_body_bytes``: a request body larger than this is 413
  ``payload_too_large``; with a ``Content-Length`` over it, before a byte of
  the body is read (and before authentication); without one (chunked), as
  soon as the bytes read pass it.
* ``max_header_bytes`` / ``header_timeout``: the request line plus headers
  must fit in this many bytes (431 ``request_header_fields_too_large``) and
  arrive within this many seconds of the connection's first byte (or of the
  previous response on a kept-alive connection); a connection that trickles
  slower is closed after a 408 ``request_timeout``.
* ``max_json_depth``: JSON bodies nested deeper (arrays/objects) are 400
  ``validation_failed``.
* ``min_integer`` / ``max_integer``: integers in parameters and bodies must
  lie in this range (default: a signed 64-bit integer, what the databases
  store); others are 400 ``validation_failed``, and so is an integer written
  with more digits than the range needs, before it is converted.
* Strings must not contain the NUL character (PostgreSQL cannot store it):
  400 ``validation_failed``.
"""

from __future__ import annotations

from dataclasses import dataclass

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 1024 * 1024
    max_header_bytes: int = 16 * 1024
    header_timeout: float = 10.0
    max_json_depth: int = 64
    min_integer: int = INT64_MIN
    max_integer: int = INT64_MAX

    def __post_init__(self) -> None:
        if self.max_body_bytes < 1 or self.max_header_bytes < 256 or self.max_json_depth < 1:
            raise ValueError(f"limits out of range: {self}")
        if self.header_timeout <= 0 or self.min_integer > self.max_integer:
            raise ValueError(f"limits out of range: {self}")

    @property
    def max_integer_digits(self) -> int:
        """More digits than this (leading zeros aside) cannot be in range: refused before ``int()``."""
        return max(len(str(abs(self.min_integer))), len(str(abs(self.max_integer))))

    def integer_in_range(self, value: int) -> bool:
        return self.min_integer <= value <= self.max_integer

    def describe_range(self) -> str:
        return f"from {self.min_integer} to {self.max_integer}"


DEFAULT_LIMITS = Limits()

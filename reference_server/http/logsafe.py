"""Log lines that a request cannot forge.

Paths, headers and messages come from clients: a ``%0a`` in a path decodes to
a newline, and written raw it would start a fake log line. ``EscapeControls``
(a logging filter, put on every handler of the server's loggers) rewrites the
control characters of a record's message and string arguments as ``\\xNN`` /
``\\u2028`` escapes; the record keeps its shape (uvicorn's access formatter
reads ``record.args`` as a tuple).
"""

from __future__ import annotations

import logging
import re
from typing import Any

_CONTROLS = re.compile("[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029]")


def escape_controls(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _CONTROLS.sub(one, text)


def _escape(value: Any) -> Any:
    return escape_controls(value) if isinstance(value, str) else value


class EscapeControls(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = escape_controls(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_escape(a) for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: _escape(v) for k, v in record.args.items()}
        return True


LOGGERS = ("", "uvicorn", "uvicorn.error", "uvicorn.access", "reference_server")


def install() -> None:
    """Put ``EscapeControls`` on every handler of the root, uvicorn and server loggers (once each)."""
    for name in LOGGERS:
        for handler in logging.getLogger(name).handlers:
            if not any(isinstance(f, EscapeControls) for f in handler.filters):
                handler.addFilter(EscapeControls())

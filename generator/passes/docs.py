"""An operation's documentation, shared by every target's doc comments."""

from __future__ import annotations

from .. import ir


def operation_text(op: ir.Operation) -> str:
    """Summary and description, blank-line separated; the summary is dropped when the description
    starts with it (specs often repeat it as the first sentence)."""
    parts = [p for p in (op.summary.strip(), op.description.strip()) if p]
    if len(parts) == 2 and parts[1].startswith(parts[0]):
        parts = parts[1:]
    return "\n\n".join(parts)


def operation_doc(op: ir.Operation, header: str) -> str:
    """`operation_text` followed by `header` (the target's line naming the call), or the header alone."""
    text = operation_text(op)
    return f"{text}\n\n{header}" if text else header

"""Security: the document's schemes, and which of them an operation accepts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..extensions import signature
from ..extensions.base import Site
from ..loader import join_pointer

if TYPE_CHECKING:
    from .builder import Builder


def build_security_schemes(b: Builder) -> list[ir.SecurityScheme]:
    schemes = ((b.root.data.get("components") or {}).get("securitySchemes")) or {}
    result = []
    for name, raw in schemes.items():
        value, doc, pointer = b.deref(raw, b.root, join_pointer("/components/securitySchemes", name))
        if not isinstance(value, dict):
            continue
        signed = None
        if signature.KEY in value:
            signed = signature.read(value[signature.KEY], Site(b.diags, doc, join_pointer(pointer, signature.KEY)))
        token_url = ""
        flows = value.get("flows") or {}
        if isinstance(flows, dict) and isinstance(flows.get("clientCredentials"), dict):
            token_url = str(flows["clientCredentials"].get("tokenUrl") or "")
        result.append(
            ir.SecurityScheme(
                name=str(name),
                kind=str(value.get("type") or ""),
                scheme=str(value.get("scheme") or "").lower(),
                location=str(value.get("in") or ""),
                parameter_name=str(value.get("name") or ""),
                token_url=token_url,
                description=str(value.get("description") or ""),
                signature=signed,
            )
        )
    return result


def operation_security(b: Builder, raw: dict[str, Any]) -> tuple[str, ...] | None:
    """The names of the schemes an operation accepts (its own `security`, else the document's);
    None when neither is a list (the operation keeps the IR's default)."""
    security = raw.get("security", b.root.data.get("security"))
    if not isinstance(security, list):
        return None
    return tuple(dict.fromkeys(str(k) for req in security if isinstance(req, dict) for k in req))

"""What the README and the gemspec say beyond the operations: the summary and description lines,
the first example call, an enum constant to show, the streaming methods, the security table."""

from __future__ import annotations

from typing import Any

from ... import ir
from .literals import rb_string_lines
from .models import RbModel
from .operations import RbResource
from .security import security_readme


def readme_context(api: ir.Api, module: str, models: list[RbModel], resources: list[RbResource]) -> dict[str, Any]:
    description = api.description.strip()
    summary = f"Ruby client for {api.title}"
    first = " ".join(description.split("\n\n")[0].split()) if description else summary + "."
    return {
        "summary": summary,
        "gem_summary": (" \\\n" + " " * 17).join(rb_string_lines(summary, 80)),
        "gem_description": (" \\\n" + " " * 21).join(rb_string_lines(first, 80)),
        "description": description,
        "security_readme": security_readme(api),
        "has_oauth": any(scheme.kind == "oauth2" for scheme in api.security_schemes),
        "stream_names": [op.method_name for r in resources for op in r.operations if op.streams],
        "first_call": next((op.docs.example for r in resources for op in r.operations), []),
        "enum_example": next(
            (f"{module}::Models::{m.name}::{m.members[0].constant}" for m in models if m.kind == "enum" and m.members),
            f"{module}::Models::SomeEnum::VALUE"),
    }

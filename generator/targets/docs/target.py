"""The reference-site target: an HTML page and its Markdown twin per operation, per resource, for
the models and the errors, an overview, an offline search page, one stylesheet and one script.
HTML templates are autoescaped (their names end in `.html.jinja`), so spec text is inert."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from ... import ir
from ...settings import Settings
from ..base import RenderJob, RuntimeCopy
from ..text import markdown_code
from .calls import all_calls
from .content import OperationDoc, TypeRef, model_docs, resource_docs
from .errors import ERROR_ROWS, LANGUAGES


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, each folded onto one line (the pages render no Markdown of
    the spec's, so a description can never inject markup)."""
    return [" ".join(block.split()) for block in str(text or "").split("\n\n") if block.strip()]


def rich(text: str) -> Markup:
    """One paragraph as HTML: everything escaped, then each `code span` shown as code (the only
    markup of the spec's that the pages honour)."""
    parts = str(text).split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: the text as it is
        return Markup(escape(text))
    return Markup("").join(escape(part) if i % 2 == 0 else Markup("<code>%s</code>") % part
                           for i, part in enumerate(parts))


def first_line(text: str) -> str:
    found = paragraphs(text)
    return found[0] if found else ""


def md_text(text: object) -> str:
    """Spec text as a Markdown paragraph that renders as the same text: markup characters escaped."""
    flat = " ".join(str(text).split())
    escaped = "".join("\\" + ch if ch in "\\`*_{}[]()#+-!|~>" else ch for ch in flat)
    return escaped.replace("<", "&lt;")


def _words(*texts: str) -> str:
    """What search matches an entry by: its texts, lower case, on one line."""
    return " ".join(" ".join(texts).split()).lower()


@dataclass
class _Status:
    status: str
    types: list[TypeRef] = field(default_factory=list)
    operations: list[OperationDoc] = field(default_factory=list)


def _statuses(operations: list[OperationDoc]) -> list[_Status]:
    found: dict[str, _Status] = {}
    for op in operations:
        for error in op.errors:
            status = found.setdefault(error.status, _Status(error.status))
            if error.type is not None and error.type not in status.types:
                status.types.append(error.type)
            status.operations.append(op)
    return [found[key] for key in sorted(found, key=lambda s: (s == "default", s))]


def _servers(api: ir.Api) -> list[dict[str, str]]:
    rows = [{"used_by": "every operation" if not api.hosts else "the other operations", "url": s.url,
             "description": s.description} for s in api.servers]
    for host in api.hosts:
        rows += [{"used_by": f"{host.key} ({'base URL option ' + host.key})", "url": s.url,
                  "description": s.description} for s in host.servers]
    return rows


class DocsTarget:
    name = "docs"

    def filters(self) -> dict[str, Callable[..., Any]]:
        return {"paragraphs": paragraphs, "first_line": first_line, "md_text": md_text, "rich": rich,
                "md_cell": md_text,
                "md_code": lambda text: markdown_code(" ".join(str(text).split()))}

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]:
        resources = resource_docs(api)
        models = model_docs(api)
        calls = all_calls(api, settings)
        operations = [op for resource in resources for op in resource.operations]
        base = {
            "title": settings.title, "version": settings.version, "resources": resources,
            "anchors": {model.name: model.anchor for model in models},
        }
        jobs: list[RenderJob] = []

        def page(template: str, name: str, **context: Any) -> None:
            for suffix in ("html", "md"):
                jobs.append(RenderJob(f"{template}.{suffix}.jinja", f"{name}.{suffix}",
                                      {**base, "markdown": f"{name}.md", **context}))

        page("index", "index", description=paragraphs(api.description), servers=_servers(api),
             operation_count=len(operations))
        for resource in resources:
            page("resource", resource.page, resource=resource)
            for op in resource.operations:
                page("operation", op.page, resource=resource, op=op, calls=calls.get(op.operation_id, []))
        page("models", "models", models=models)
        page("errors", "errors", statuses=_statuses(operations), error_rows=ERROR_ROWS, languages=LANGUAGES)
        entries = [
            {"page": op.page, "operation_id": op.operation_id, "title": f"{op.method} {op.path}", "summary": op.summary,
             "text": _words(op.operation_id, op.method, op.path, op.resource, op.summary, op.text)}
            for op in operations
        ]
        jobs.append(RenderJob("search.html.jinja", "search.html", {**base, "markdown": "index.md", "entries": entries}))
        jobs.append(RenderJob("README.md.jinja", "README.md", {**base, "api_version": api.version,
                                                               "operation_count": len(operations)}))
        return jobs, [RuntimeCopy("assets", "", (".css", ".js"))]

"""What every target provides, and the rendering shared by all of them."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import jinja2

from .. import ir
from ..settings import Settings
from .text import markdown_span

TEMPLATES_ROOT = Path(__file__).resolve().parents[2] / "templates"


@dataclass(frozen=True)
class RenderJob:
    template: str  # path under templates/<target>/
    output: str  # path under the SDK's root
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RuntimeCopy:
    source: str  # folder under templates/<target>/
    destination: str  # folder under the SDK's root
    suffixes: tuple[str, ...]


class Target(Protocol):
    name: str  # the --lang value and the folder under sdks/<api>/

    def filters(self) -> dict[str, Callable[..., Any]]: ...

    def plan(self, api: ir.Api, settings: Settings) -> tuple[list[RenderJob], list[RuntimeCopy]]: ...


@functools.cache
def bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs, as Python keeps .pyc files: compiling the templates
    is about a third of a run. Jinja checks each entry against the template's source, so an
    edited template is compiled again. SDKGEN_NO_CACHE=1, or an unwritable cache folder, turns
    it off."""
    if os.environ.get("SDKGEN_NO_CACHE"):
        return None
    home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    folder = Path(home) / "sdkgen" / f"jinja-{jinja2.__version__}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder)) if os.access(folder, os.W_OK) else None


def render_target(target: Target, api: ir.Api, settings: Settings) -> dict[str, bytes]:
    """Every file of one SDK, in memory, keyed by its path under the SDK root."""
    root = TEMPLATES_ROOT / target.name
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(root)),
        undefined=jinja2.StrictUndefined,
        # Only the reference site's HTML templates escape what they print; source templates print raw.
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.jinja",), default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=bytecode_cache(),
    )
    env.filters["md_span"] = markdown_span  # shared by the README templates of every target
    env.filters.update(target.filters())
    jobs, copies = target.plan(api, settings)
    files: dict[str, bytes] = {}
    for job in jobs:
        text = env.get_template(job.template).render(**job.context)
        files[job.output] = text.encode("utf-8")
    for copy in copies:
        source = root / copy.source
        for path in sorted(source.rglob("*")):
            if path.is_file() and path.suffix in copy.suffixes and "__pycache__" not in path.parts:
                relative = path.relative_to(source).as_posix()
                files[f"{copy.destination}/{relative}" if copy.destination else relative] = path.read_bytes()
    return dict(sorted(files.items()))

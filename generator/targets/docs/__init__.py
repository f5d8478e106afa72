"""The reference-site target: `content` (the pages' facts from the IR), `calls` (each operation's
call in every SDK, from each target's own naming code) and `target` (the files)."""

from .target import DocsTarget

__all__ = ["DocsTarget"]

"""The Ruby target: a gem on the standard library only.

symbols (every name), types (Serde and YARD descriptions), models, operations (descriptors as
data), security, docs (YARD and README text of each operation), readme, imports (what the gem
loads), literals (the one filter that prints data as Ruby), view (the template context) and
target (the files)."""

from __future__ import annotations

from .imports import RUBY_FLOOR, RUBY_TESTED, RUBY_TESTED_ON, RUNTIME_FILES, STANDARD_LIBRARY
from .literals import comment_lines, md_cell, md_code, rb_comment, rb_literal, rb_string, rb_string_split
from .symbols import PAGED_STYLES, RubySymbols
from .target import RubyTarget
from .view import RubyView

__all__ = [
    "PAGED_STYLES", "RUBY_FLOOR", "RUBY_TESTED", "RUBY_TESTED_ON", "RUNTIME_FILES", "STANDARD_LIBRARY",
    "RubySymbols", "RubyTarget", "RubyView", "comment_lines", "md_cell", "md_code", "rb_comment", "rb_literal",
    "rb_string", "rb_string_split",
]

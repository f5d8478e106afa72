"""The Go target, split by kind of output:

- `symbols`: the symbol provider (every name, in one fixed-order pass; Go's reserved words and
  the member tables), `types`: type expressions;
- `models`, `operations` (with `descriptor`, the operation as data), `security`, `readme`
  (doc comments and README data), `imports`;
- `view`: the template context; `target`: the target the registry loads;
- `text` and `comments`: the filters that print values, comments and gofmt's columns.
"""

from __future__ import annotations

from .target import GoTarget
from .view import GoView

__all__ = ["GoTarget", "GoView"]

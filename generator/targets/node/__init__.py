"""The Node/TypeScript target, by kind of output:

- `symbols` (with `scopes`): the symbol provider, every declared name and the reserved tables;
- `literals`: the escaping filters and `ts_value`, the one literal filter;
- `types`: IR types as TypeScript type expressions;
- `models`, `operations`, `security`, `resources`, `imports`, `readme`: what each file shows;
- `view`: the template context; `target`: the files to write.
"""

from __future__ import annotations

from .literals import ts_string
from .target import NodeTarget
from .view import NodeView

__all__ = ["NodeTarget", "NodeView", "ts_string"]

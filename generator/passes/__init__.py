"""Analyses every target needs, computed on the IR once, in one place, instead of once per language.

- `docs`: an operation's documentation text (summary and description, merged).
- `responses`: what kind of body a response has (JSON, text, bytes, events, empty, redirect).
- `cycles`: which named types sit on a cycle, in the variants each target has relied on.
- `pagination`: the paging style a listing operation has, inferred from its shape.
- `types`: what an alias stands for, and whether a type's values are JSON objects.
- `method_names`: every operation's language-neutral name (resource path and method, in words).
- `unions`: the members a union stands for once unions among them are spread in, under each
  target's rule (which names and which inline unions are spread).

Targets read these; none re-implements them. Each function is pure: same IR, same answer, except
`refine`, the one step between the builder and the targets that fills in what the IR leaves open
(inferred pagination, then every operation's neutral name), run by `load_api` and `sdkgen` after `Builder.build()`.
"""

from __future__ import annotations

from .. import ir
from ..diagnostics import Diagnostics
from . import method_names, pagination


def refine(api: ir.Api, diagnostics: Diagnostics | None = None) -> ir.Api:
    """Fill in what the builder left open, in a fixed order; returns `api` (changed in place).
    Problems (pinned names that collide) go to `diagnostics` when given."""
    pagination.infer_all(api)
    method_names.assign_all(api, diagnostics)
    return api

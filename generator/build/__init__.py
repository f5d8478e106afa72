"""From a loaded spec to the IR.

One pass over the document in its own order: component schemas first (so
their names win any collision), then every path and operation. Inline
schemas that need a declaration (objects, enums, unions) are hoisted into
named models whose names derive from where they stand, so the same spec
always gives the same names. Every problem goes to the diagnostics.

One module per kind of schema, each a handler `schemas.schema_type` dispatches to (in the manner
of openapi-python-client's `parser/properties/*`):

- `refs`: `$ref`s, component schemas, named aliases; `scalars`: consts, the `type` keyword,
  primitives and their formats; `enums`; `objects`; `allof`; `unions` (oneOf/anyOf);
  `arrays`; `maps` (additionalProperties).

and one per part of an operation: `operations` (paths, operationIds, resources), `parameters`,
`paths` (path templates), `bodies`, `responses`, `security`; `document` reads the root. The
`Builder` (in `builder`) holds one build's state; handlers are functions taking it first.
"""

from __future__ import annotations

from .builder import Builder, load_api
from .helpers import JSON_TYPES, PRIMITIVES
from .operations import HTTP_METHODS
from .schemas import UNMODELLED_KEYWORDS

__all__ = ["HTTP_METHODS", "JSON_TYPES", "PRIMITIVES", "UNMODELLED_KEYWORDS", "Builder", "load_api"]

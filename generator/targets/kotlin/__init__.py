"""The Kotlin target: a Maven project with coroutine (`suspend`) clients, data classes and Jackson.

The package computes every name, type, import and literal the templates print; the hand-written
runtime (templates/kotlin/runtime/, package `sdkgen.kotlin.runtime`, copied into each SDK as
`<package>.core` so that two SDKs live in one application) does the rest. By kind of output:

- `symbols`: the symbol provider, every name (reserved words and member tables in one place);
- `types`: Kotlin and JVM type expressions; `imports`: import lines;
- `models`, `operations`, `descriptors` (the Operations object and security schemes, as data);
- `literal`: the one filter that prints neutral data as Kotlin; `text`: string, doc and comment filters;
- `view`: the template context; `target`: the render jobs.
"""

from __future__ import annotations

from .target import KotlinTarget
from .text import kt_doc, kt_literal, kt_string
from .view import KotlinView

__all__ = ["KotlinTarget", "KotlinView", "kt_doc", "kt_literal", "kt_string"]

"""The Java target: a Maven project on java.net.http and Jackson, blocking and async.

The profile computes every name, type and import (`symbols`, `types`, `imports`) and every
operation's descriptor as data (`descriptor`); the templates only print them, values through one
literal filter (`literals.java_value`). The hand-written runtime (templates/java/runtime) is real
Java in the placeholder package `sdkgen.runtime`; it is copied into each SDK with that package
renamed to the SDK's own, so two generated SDKs never share classes.

Modules: `literals` (escaping and the literal filter), `symbols` (the symbol provider: names,
reserved words, files), `types` (type mapping), `models` (models, enums, unions), `security`,
`descriptor` (operations as data), `operations` (resources, params classes), `imports`, `view`
(template context) and `target` (the files of an SDK).
"""

from __future__ import annotations

from .literals import java_doc, java_string, java_value
from .target import JavaTarget, runtime_jobs
from .types import PAGED_STYLES
from .view import JavaView

__all__ = ["PAGED_STYLES", "JavaTarget", "JavaView", "java_doc", "java_string", "java_value", "runtime_jobs"]

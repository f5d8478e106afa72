"""`x-sdkgen-node-alias: deployments.list`: the old, Node-only name of `x-sdkgen-method`.

Still read, as a synonym (same value, same meaning: generator/extensions/method.py), with a
warning that it is deprecated (an error under --strict)."""

from __future__ import annotations

from typing import Any

from .. import ir
from . import method
from .base import OperationExtension, Site

KEY = "x-sdkgen-node-alias"
DEPRECATED = "extension-deprecated"


def apply(value: Any, op: ir.Operation, site: Site) -> None:
    site.warning(DEPRECATED, f"{KEY} is deprecated: it is now the language-neutral {method.KEY}",
                 f"rename the key: `{method.KEY}: {value}`" if isinstance(value, str) else f"rename it {method.KEY}")
    method.read(value, op, site, KEY)


EXTENSION = OperationExtension(KEY, f"the old name of {method.KEY} (deprecated, still read)", apply)

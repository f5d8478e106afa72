"""The imports of each generated file: what its declarations use, and nothing else."""

from __future__ import annotations

import re

from .models import GoModels
from .operations import GoParamsStruct, GoResource

_TIME = re.compile(r"\btime\.")


def imports(module: str, models: GoModels, params_structs: list[GoParamsStruct],
            resources: list[GoResource]) -> dict[str, list[str]]:
    """Import paths per file; "" is the blank line between the standard library and the module."""
    module_core = f"{module}/internal/core"
    model_types = ([f.type for s in models.structs for f in s.fields] + [d.target for d in models.defined]
                   + [v.type for u in models.unions for v in u.variants])
    model_imports = []
    if models.structs or models.unions:
        model_imports.append("encoding/json")
    if _uses_time(model_types):
        model_imports.append("time")
    if models.structs or models.unions:
        model_imports += ["", module_core]
    params = ["time"] if _uses_time([f.type for s in params_structs for f in s.fields]) else []
    decoded = [r.new or "" for res in resources for o in res.operations for r in o.descriptor.responses]
    operations = ["time", "", module_core] if _uses_time(decoded) else [module_core]
    return {"models": model_imports, "params": params, "operations": operations, "core": [module_core]}


def _uses_time(type_exprs: list[str]) -> bool:
    return any(_TIME.search(t) for t in type_exprs)

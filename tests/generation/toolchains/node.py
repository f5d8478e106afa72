"""The Node/TypeScript toolchain of the generation matrix (tests/generation/test_matrix.py).

Every generated project is type-checked in ONE `tsc` program under the compiler options the SDKs
ship (strict and the extra checks of their tsconfig.json; the Node target has no other linter), and
once more as the CommonJS build of their tsconfig.cjs.json, all of them reading the one node_modules
that tests/sdk_node/tooling installs.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from tests.sdk_node.node_toolchain import link_modules, tsc

# Options that only matter when emitting, or that would tie the program to one project's folder.
_EMIT_ONLY = ("rootDir", "outDir", "declaration", "declarationMap", "sourceMap")
_OPERATION = re.compile(r"^    operationId: ", re.M)


def operation_count(root: Path) -> int:
    """How many operations `root/src/operations.ts` describes (one `operationId:` per OPERATIONS entry)."""
    operations = (root / "src" / "operations.ts").read_text(encoding="utf-8")
    return len(_OPERATION.findall(operations))


def compiler_options(root: Path) -> dict[str, object]:
    """The compiler options `root` ships, less those that only shape the emitted files."""
    shipped = json.loads((root / "tsconfig.json").read_text(encoding="utf-8"))["compilerOptions"]
    return {k: v for k, v in shipped.items() if k not in _EMIT_ONLY}


def commonjs_options(root: Path) -> dict[str, object]:
    """What `root/tsconfig.cjs.json` (the CommonJS build, extending tsconfig.json) changes."""
    changed = json.loads((root / "tsconfig.cjs.json").read_text(encoding="utf-8"))["compilerOptions"]
    return {k: v for k, v in changed.items() if k not in _EMIT_ONLY}


def compile_projects(roots: list[Path], scratch: Path) -> None:
    """`tsc --noEmit` over every project's sources, once as the ES module build and once as the
    CommonJS build the packages also ship; any diagnostic fails."""
    if not roots:
        return
    options = compiler_options(roots[0])
    commonjs = commonjs_options(roots[0])
    for root in roots[1:]:
        assert compiler_options(root) == options, f"{root} ships other compiler options than {roots[0]}"
        assert commonjs_options(root) == commonjs, f"{root} ships another CommonJS build than {roots[0]}"
    for form, form_options in (("esm", options), ("cjs", {**options, **commonjs})):
        folder = scratch / form
        folder.mkdir(parents=True, exist_ok=True)
        config = {
            "compilerOptions": {**form_options, "noEmit": True},
            "include": [(root.resolve() / "src" / "**" / "*.ts").as_posix() for root in roots],
        }
        (folder / "tsconfig.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
        link_modules(folder)
        started = time.perf_counter()
        result = tsc("-p", str(folder / "tsconfig.json"))
        elapsed = time.perf_counter() - started
        output = (result.stdout + result.stderr).strip()
        if result.returncode != 0 or output:
            lines = output.splitlines()
            count = sum(1 for line in lines if "error TS" in line)
            raise AssertionError(
                f"tsc ({form} build) over {len(roots)} Node projects failed after {elapsed:.1f}s with {count} "
                f"errors (exit {result.returncode}):\n" + "\n".join(lines[:80])
            )

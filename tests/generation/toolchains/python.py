"""The Python toolchain of the generation matrix (tests/generation/test_matrix.py).

Every generated project goes through ONE `ruff check`, ONE `mypy --strict` and ONE interpreter that
imports every package (an import runs the module bodies: class definitions, discriminator tables and
type aliases are evaluated there, which mypy never does).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

BIN = Path(sys.executable).parent
_OPERATION = re.compile(r"^        operation_id=", re.M)
_IMPORT_ALL = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"


def package_of(root: Path) -> str:
    """The one importable package a generated project holds (the folder with `_operations.py`)."""
    found = [p.name for p in sorted(root.iterdir()) if (p / "_operations.py").is_file()]
    assert len(found) == 1, f"{root}: expected one generated package, found {found}"
    return found[0]


def operation_count(root: Path) -> int:
    """How many operations `root/<package>/_operations.py` describes (one `operation_id=` per entry)."""
    operations = (root / package_of(root) / "_operations.py").read_text(encoding="utf-8")
    return len(_OPERATION.findall(operations))


def _batches(roots: Sequence[Path]) -> list[list[Path]]:
    """Roots split so that no batch holds two packages of one name (one import path each)."""
    batches: list[list[Path]] = []
    names: list[set[str]] = []
    for root in roots:
        name = package_of(root)
        for batch, taken in zip(batches, names, strict=True):
            if name not in taken:
                batch.append(root)
                taken.add(name)
                break
        else:
            batches.append([root])
            names.append({name})
    return batches


def _run(args: list[str], *, cwd: Path, env: dict[str, str] | None = None) -> tuple[int, str, float]:
    started = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    return result.returncode, (result.stdout + result.stderr).strip(), time.perf_counter() - started


def _fail(tool: str, count: int, elapsed: float, code: int, output: str) -> AssertionError:
    lines = output.splitlines()
    return AssertionError(
        f"{tool} over {count} Python projects failed after {elapsed:.1f}s (exit {code}):\n"
        + "\n".join(lines[:80])
    )


def compile_projects(roots: list[Path], scratch: Path) -> None:
    """ruff (each project's own config), mypy --strict and a real import of every package."""
    if not roots:
        return
    code, output, elapsed = _run([str(BIN / "ruff"), "check", "--no-cache", "--quiet", *map(str, roots)],
                                 cwd=scratch)
    if code != 0:
        raise _fail("ruff", len(roots), elapsed, code, output)
    for batch in _batches(roots):
        path = os.pathsep.join(str(root.resolve()) for root in batch)
        packages = [arg for root in batch for arg in ("-p", package_of(root))]
        env = {**os.environ, "MYPYPATH": path}
        code, output, elapsed = _run(
            [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull, *packages],
            cwd=scratch, env=env,
        )
        if code != 0:
            raise _fail("mypy --strict", len(batch), elapsed, code, output)
        env = {**os.environ, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1"}
        code, output, elapsed = _run([sys.executable, "-c", _IMPORT_ALL, *(package_of(r) for r in batch)],
                                     cwd=scratch, env=env)
        if code != 0:
            raise _fail("import", len(batch), elapsed, code, output)

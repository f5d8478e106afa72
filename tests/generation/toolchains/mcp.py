"""The MCP toolchain of the generation matrix (tests/generation/test_matrix.py).

An MCP project (`<api>/mcp`) needs its API's Python SDK (`<api>/python`, generated beside it) and
the official MCP SDK. One venv in the scratch folder gets the MCP SDK 1.x and mypy from PyPI; then
ONE `ruff check` over every project, and per batch of distinct package names ONE `mypy --strict`
and ONE interpreter that imports every package and loads its tool table.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

BIN = Path(sys.executable).parent
_LOAD_ALL = ("import importlib, sys\n"
             "for name in sys.argv[1:]:\n"
             "    assert importlib.import_module(name).tools() is not None\n")


def package_of(root: Path) -> str:
    found = [p.name for p in sorted(root.iterdir()) if (p / "_tools.json").is_file()]
    assert len(found) == 1, f"{root}: expected one generated MCP package, found {found}"
    return found[0]


def operation_count(root: Path) -> int:
    """How many operations the tool table serves (one `call` tool per operation)."""
    tools = json.loads((root / package_of(root) / "_tools.json").read_text(encoding="utf-8"))
    return sum(1 for tool in tools if tool["kind"] == "call")


def _batches(roots: Sequence[Path]) -> list[list[Path]]:
    batches: list[list[Path]] = []
    for root in roots:
        for batch in batches:
            if package_of(root) not in {package_of(r) for r in batch}:
                batch.append(root)
                break
        else:
            batches.append([root])
    return batches


def _check(args: list[str], cwd: Path, env: dict[str, str] | None = None, what: str = "") -> None:
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        lines = (result.stdout + result.stderr).strip().splitlines()
        raise AssertionError(f"{what or args[0]} failed (exit {result.returncode}):\n" + "\n".join(lines[:80]))


def compile_projects(roots: list[Path], scratch: Path) -> None:
    if not roots:
        return
    _check([str(BIN / "ruff"), "check", "--no-cache", "--quiet", *map(str, roots)], scratch, what="ruff")
    venv = scratch / "mcp-venv"
    _check([sys.executable, "-m", "venv", str(venv)], scratch)
    python = str(venv / "bin" / "python")
    _check([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "mcp>=1.27,<2", "mypy>=1.10",
            "httpx>=0.27,<1", "attrs>=23.2"], scratch, what="pip install")
    for batch in _batches(roots):
        path = os.pathsep.join(str(p.resolve()) for root in batch for p in (root, root.parent / "python"))
        packages = [arg for root in batch for arg in ("-p", package_of(root))]
        env = {**os.environ, "MYPYPATH": path}
        _check([python, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, *packages],
               scratch, env, what=f"mypy --strict over {len(batch)} MCP projects")
        env = {**os.environ, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1"}
        _check([python, "-c", _LOAD_ALL, *(package_of(r) for r in batch)], scratch, env, what="import")

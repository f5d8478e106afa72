"""The Go toolchain of the generation matrix (tests/generation/test_matrix.py).

Every generated module is checked at once: `gofmt -l` over all of them, then `go build` and
`go vet` of every package through ONE go.work that uses them all (the strict checks the Go SDK
itself passes in tests/sdk_go). Nothing is downloaded: the modules use the standard library only.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

from tests.sdk_go.gotool import run_go

_OPERATION = re.compile(r'^\tID: +"', re.M)
_MODULE = re.compile(r"^module (\S+)", re.M)
GO_WORK_VERSION = "1.24"


def operation_count(root: Path) -> int:
    """How many operations the generated operations.go declares (one `ID:` per core.Operation)."""
    return len(_OPERATION.findall((root / "operations.go").read_text(encoding="utf-8")))


def module_path(root: Path) -> str:
    match = _MODULE.search((root / "go.mod").read_text(encoding="utf-8"))
    assert match, f"{root}/go.mod names no module"
    return match.group(1)


def _rename(root: Path, copy: Path, old: str, new: str) -> None:
    """A copy of the module at `root` whose module path is `new` (its imports of itself follow)."""
    shutil.copytree(root, copy)
    for path in [copy / "go.mod", *copy.rglob("*.go")]:
        text = path.read_text(encoding="utf-8")
        text = text.replace(f"module {old}\n", f"module {new}\n", 1) if path.name == "go.mod" else \
            text.replace(f'"{old}/', f'"{new}/')
        path.write_text(text, encoding="utf-8")


def _modules(roots: list[Path], scratch: Path) -> list[tuple[Path, str]]:
    """(folder, module path) of every root; a workspace refuses two modules with one path, so a
    root whose path another already took is checked as a renamed copy under `scratch`."""
    seen: set[str] = set()
    modules = []
    for index, root in enumerate(roots):
        path = module_path(root)
        if path in seen:
            renamed = f"{path}-twin{index}"
            copy = scratch / f"twin-{index}"
            _rename(root, copy, path, renamed)
            root, path = copy, renamed
        seen.add(path)
        modules.append((root.resolve(), path))
    return modules


def _failure(what: str, count: int, elapsed: float, text: str) -> AssertionError:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return AssertionError(f"{what} over {count} Go modules failed after {elapsed:.1f}s:\n" + "\n".join(lines[:80]))


def compile_projects(roots: list[Path], scratch: Path) -> None:
    """gofmt -l, go build and go vet of every package of every module, in one workspace."""
    if not roots:
        return
    modules = _modules(roots, scratch)
    started = time.perf_counter()
    unformatted = run_go(["gofmt", "-l", *(str(folder) for folder, _ in modules)], scratch)
    if unformatted.returncode != 0 or unformatted.stdout.strip():
        raise _failure("gofmt -l (files it would rewrite)", len(modules), time.perf_counter() - started,
                       unformatted.stdout + unformatted.stderr)
    uses = "".join(f"\t{folder.as_posix()}\n" for folder, _ in modules)
    (scratch / "go.work").write_text(f"go {GO_WORK_VERSION}\n\nuse (\n{uses})\n", encoding="utf-8")
    patterns = [f"{path}/..." for _, path in modules]
    for command in (["build", "-trimpath", *patterns], ["vet", "-trimpath", *patterns]):
        result = run_go(command, scratch, timeout=3600)
        if result.returncode != 0:
            raise _failure(f"go {command[0]}", len(modules), time.perf_counter() - started,
                           result.stdout + result.stderr)

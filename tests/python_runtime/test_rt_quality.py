"""The runtime is code: ruff and mypy --strict clean, on 3.10 too; and generated-shaped
code on top of it type-checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rt_support import REPO, RUNTIME

BIN = Path(sys.executable).parent


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600)


def test_ruff_is_clean() -> None:
    result = run(str(BIN / "ruff"), "check", "--no-cache", str(RUNTIME), str(Path(__file__).parent),
                 cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean(tmp_path: Path) -> None:
    result = run(str(BIN / "mypy"), "--strict", "--cache-dir", str(tmp_path / "cache"),
                 "-p", RUNTIME.name, cwd=RUNTIME.parent)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_shaped_package_type_checks_on_3_10(tmp_path: Path, fake_root: Path) -> None:
    """The fake package (with its _runtime copy) under --python-version 3.10."""
    result = run(str(BIN / "mypy"), "--strict", "--python-version", "3.10",
                 "--cache-dir", str(tmp_path / "cache"), "-p", "fakeapi", cwd=fake_root)
    assert result.returncode == 0, result.stdout + result.stderr


def test_runtime_imports_only_stdlib_httpx_attrs() -> None:
    allowed = set(sys.stdlib_module_names) | {"httpx", "attrs"}
    for source in RUNTIME.glob("*.py"):
        for line in source.read_text().splitlines():
            words = line.split()
            if len(words) >= 2 and words[0] in ("import", "from") and not line.startswith(" "):
                module = words[1]
                if not module.startswith("."):
                    assert module.split(".")[0] in allowed | {"__future__"}, (source.name, line)

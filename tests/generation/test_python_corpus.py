"""Every real-world spec generates a Python SDK that drops no operation and passes
ruff, mypy --strict and a real import."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

from .conftest import CORPUS, corpus_specs, count_operations, require_corpus, spec_id

BIN = Path(sys.executable).parent

@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    """spec file -> the folder holding its generated Python package."""
    require_corpus()
    out = tmp_path_factory.mktemp("corpus")
    roots: dict[Path, Path] = {}
    for spec in corpus_specs():
        before = set(out.iterdir())
        assert main(["generate", "--spec", str(spec), "--lang", "python", "--out", str(out)]) == 0, spec_id(spec)
        (api_dir,) = set(out.iterdir()) - before
        roots[spec] = api_dir / "python"
    return roots


def package_of(root: Path) -> str:
    return next(p.name for p in root.iterdir() if (p / "__init__.py").is_file())


@pytest.mark.parametrize("spec", corpus_specs(), ids=spec_id)
def test_no_operation_is_dropped(spec: Path, generated: dict[Path, Path]) -> None:
    root = generated[spec]
    operations = (root / package_of(root) / "_operations.py").read_text()
    assert len(re.findall(r"^        operation_id=", operations, re.M)) == count_operations(spec)


def test_ruff_is_clean(generated: dict[Path, Path]) -> None:
    result = subprocess.run([str(BIN / "ruff"), "check", "--no-cache", *map(str, generated.values())],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-5000:]


def test_mypy_strict_is_clean(generated: dict[Path, Path]) -> None:
    roots = list(generated.values())
    env = {**os.environ, "MYPYPATH": os.pathsep.join(map(str, roots))}
    packages = [arg for root in roots for arg in ("-p", package_of(root))]
    result = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull, *packages],
        capture_output=True, text=True, env=env, cwd=roots[0].parent.parent,
    )
    assert result.returncode == 0, result.stdout[-5000:]


def test_every_package_imports(generated: dict[Path, Path]) -> None:
    roots = list(generated.values())
    script = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, roots))}
    result = subprocess.run([sys.executable, "-c", script, *(package_of(r) for r in roots)],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-5000:]


def test_corpus_is_present() -> None:
    require_corpus()
    assert len(corpus_specs()) >= 10, CORPUS

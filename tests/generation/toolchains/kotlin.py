"""The Kotlin toolchain of the generation matrix (tests/generation/test_matrix.py).

Counting operations works on every spec. Compiling is not in the matrix yet: one Maven build of
every corpus project takes about 21 minutes on 2 cores (kotlinc compiles the same runtime once
per project), which the suite cannot afford. Until the one-reactor build that compiles the
runtime once lands (issue 5), the compile runs in `nox -s corpus_kotlin`
(tests/generation/test_kotlin_corpus.py), and the matrix says so as a skip.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

_OPERATION = re.compile(r"^    private fun operation\d+\(\) =$", re.M)


def operation_count(root: Path) -> int:
    """How many operations the generated Operations.kt declares (one `operationN()` each)."""
    (table,) = root.glob("src/main/kotlin/**/Operations.kt")
    return len(_OPERATION.findall(table.read_text(encoding="utf-8")))


def compile_projects(roots: list[Path], scratch: Path) -> None:
    pytest.skip(f"Kotlin compile of {len(roots)} projects is in `nox -s corpus_kotlin` (~21 min on 2 cores)")

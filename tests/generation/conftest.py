"""The corpus of real-world specs written by others (../shared/specs), read in place."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "specs"


def corpus_specs() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in (".yaml", ".yml", ".json") and p.is_file())


def spec_id(path: Path) -> str:
    return path.relative_to(CORPUS).as_posix()


def require_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"the spec corpus is not at {CORPUS}")

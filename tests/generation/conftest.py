"""The corpus of real-world specs written by others (../shared/specs), read in place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

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


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def count_operations(spec: Path) -> int:
    """How many operations the spec declares, counted straight from the document."""
    text = spec.read_text(encoding="utf-8")
    if spec.suffix == ".json":
        data = json.loads(text)
    else:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return sum(1 for item in (data.get("paths") or {}).values() if isinstance(item, dict)
               for method in item if method in HTTP_METHODS)

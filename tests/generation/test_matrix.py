"""Every spec, every target: the real-world documents in ../shared/specs and the construct cases
in tests/generation/cases, generated for each of the seven targets. No operation may be dropped,
and each language's projects compile with that language's strict checks in one build per language
(the build itself lives in tests/generation/toolchains/<lang>.py)."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

from generator.cli import main
from generator.targets import TARGETS

from .conftest import CORPUS, corpus_specs, count_operations, require_corpus

CASES = Path(__file__).parent / "cases"
LANGUAGES = list(TARGETS)


def case_specs() -> list[Path]:
    """Each one-file case, and each folder case (a multi-file spec whose root is its openapi.yaml)."""
    files = [p for p in CASES.iterdir() if p.suffix in (".yaml", ".yml", ".json")]
    folders = [p / "openapi.yaml" for p in CASES.iterdir() if (p / "openapi.yaml").is_file()]
    return sorted(files + folders)


def all_specs() -> list[Path]:
    return corpus_specs() + case_specs()


def label(spec: Path) -> str:
    base = CORPUS if spec.is_relative_to(CORPUS) else CASES.parent
    return spec.relative_to(base).as_posix()


def toolchain(language: str) -> ModuleType:
    return importlib.import_module(f"tests.generation.toolchains.{language}")


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    """spec -> the folder holding its SDKs (`<api>/<lang>` below it), every target in one run per spec."""
    require_corpus()
    out = tmp_path_factory.mktemp("matrix")
    folders: dict[Path, Path] = {}
    for index, spec in enumerate(all_specs()):
        folder = out / f"{index:02d}"  # own folder: two specs may share an API name
        status = main(["generate", "--spec", str(spec), "--lang", ",".join(LANGUAGES), "--out", str(folder)])
        assert status == 0, f"{label(spec)}: sdkgen generate exited {status}"
        folders[spec] = folder
    return folders


def project(folder: Path, language: str) -> Path:
    (root,) = folder.glob(f"*/{language}")
    return root


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("spec", all_specs(), ids=label)
def test_no_operation_is_dropped(spec: Path, language: str, generated: dict[Path, Path]) -> None:
    root = project(generated[spec], language)
    assert toolchain(language).operation_count(root) == count_operations(spec)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_project_compiles(language: str, generated: dict[Path, Path], tmp_path: Path) -> None:
    roots = [project(folder, language) for folder in generated.values()]
    toolchain(language).compile_projects(roots, tmp_path)


def test_corpus_and_cases_are_present() -> None:
    require_corpus()
    assert len(corpus_specs()) >= 10 and len(case_specs()) >= 9

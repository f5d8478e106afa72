"""Every real-world spec generates a Go module that drops no operation, is gofmt-clean,
and passes `go build` and `go vet`: all modules at once, through one go.work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import main
from tests.sdk_go.gotool import output, run_go

from .conftest import corpus_specs, count_operations, require_corpus, spec_id


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[Path, Path]]:
    """The output folder (with a go.work using every module) and spec file -> module root."""
    require_corpus()
    out = tmp_path_factory.mktemp("go-corpus")
    roots: dict[Path, Path] = {}
    for spec in corpus_specs():
        before = set(out.iterdir())
        assert main(["generate", "--spec", str(spec), "--lang", "go", "--out", str(out)]) == 0, spec_id(spec)
        (api_dir,) = set(out.iterdir()) - before
        roots[spec] = api_dir / "go"
    uses = "".join(f"\t./{root.relative_to(out).as_posix()}\n" for root in roots.values())
    (out / "go.work").write_text(f"go 1.24\n\nuse (\n{uses})\n")
    return out, roots


def module_patterns(roots: dict[Path, Path]) -> list[str]:
    patterns = []
    for root in roots.values():
        match = re.match(r"module (\S+)", (root / "go.mod").read_text())
        assert match, root
        patterns.append(match.group(1) + "/...")
    return patterns


@pytest.mark.parametrize("spec", corpus_specs(), ids=spec_id)
def test_no_operation_is_dropped(spec: Path, workspace: tuple[Path, dict[Path, Path]]) -> None:
    operations = (workspace[1][spec] / "operations.go").read_text()
    assert len(re.findall(r"^\tID: +\"", operations, re.M)) == count_operations(spec)


def test_gofmt_is_clean(workspace: tuple[Path, dict[Path, Path]]) -> None:
    result = run_go(["gofmt", "-l", "."], workspace[0])
    assert result.returncode == 0 and result.stdout.strip() == "", output(result)


def test_every_module_builds_and_vets(workspace: tuple[Path, dict[Path, Path]]) -> None:
    out, roots = workspace
    patterns = module_patterns(roots)
    assert len(set(patterns)) == len(patterns), patterns
    for args in (["build", "-trimpath", *patterns], ["vet", "-trimpath", *patterns]):
        result = run_go(args, out, timeout=900)
        assert result.returncode == 0, output(result)


def test_corpus_is_present() -> None:
    require_corpus()
    assert len(corpus_specs()) >= 10

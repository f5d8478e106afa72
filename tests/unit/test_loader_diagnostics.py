"""A broken spec gets every diagnostic at once, exit status 2, and nothing written."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import load_api
from generator.diagnostics import Diagnostics, SpecError

BROKEN = Path(__file__).parent / "broken_specs"
REPO = Path(__file__).resolve().parents[2]

# file -> every (code, line) the loader must report for it
EXPECTED: dict[str, list[tuple[str, int | None]]] = {
    "yaml_syntax.yaml": [("yaml-syntax", 11)],
    "dangling_ref.yaml": [("ref-dangling", 12), ("ref-dangling", 18)],
    "unknown_type.yaml": [("unknown-type", 18), ("unknown-type", 19)],
    "ref_cycle.yaml": [("ref-cycle", 6), ("ref-cycle", 7)],
    # Its undeclared path parameter and duplicate operationId are warnings (tests/unit/test_lenient_specs.py).
    "many_problems.yaml": [("ref-dangling", 12), ("unknown-type", 22)],
}


def diagnose(name: str) -> Diagnostics:
    diagnostics = Diagnostics()
    with pytest.raises(SpecError):
        load_api(BROKEN / name, diagnostics)
    return diagnostics


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_problem_is_reported_with_its_line(name: str) -> None:
    diagnostics = diagnose(name)
    found = sorted((d.code, d.location.line) for d in diagnostics.errors)
    assert found == sorted(EXPECTED[name])
    for d in diagnostics.errors:
        assert d.location.file.endswith(name)
        assert d.message


def test_dangling_ref_names_pointer_and_suggests_a_fix() -> None:
    diagnostics = diagnose("dangling_ref.yaml")
    first = next(d for d in diagnostics.errors if d.location.pointer.startswith("/paths"))
    assert first.location.pointer == "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref"
    assert "#/components/schemas/Pets" in first.message
    assert "#/components/schemas/Pet" in first.hint
    assert "did you mean" in first.hint


def test_diagnostic_text_has_file_line_pointer_and_hint() -> None:
    diagnostics = diagnose("dangling_ref.yaml")
    text = next(d for d in diagnostics.errors if d.location.line == 12).format()
    assert "dangling_ref.yaml:12" in text
    assert "#/paths/~1pets/get/responses/200/content/application~1json/schema/$ref" in text
    assert "error[ref-dangling]: $ref '#/components/schemas/Pets' points to nothing" in text
    assert "\n    hint: did you mean" in text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cli_exits_2_lists_all_and_writes_nothing(name: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    existing = out / "broken" / "python"
    existing.mkdir(parents=True)
    (existing / "keep.txt").write_text("old output")
    spec = tmp_path / "broken" / "openapi.yaml"
    spec.parent.mkdir()
    shutil.copy(BROKEN / name, spec)
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--lang", "python", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    for code, _line in EXPECTED[name]:
        assert f"error[{code}]" in result.stderr
    assert "nothing was written" in result.stderr
    assert sorted(p.name for p in out.rglob("*")) == ["broken", "keep.txt", "python"]
    assert (existing / "keep.txt").read_text() == "old output"


def test_lint_reports_without_writing(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "lint", str(BROKEN / "many_problems.yaml")],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.count("error[") == 2
    assert result.stderr.count("warning[") == 2  # the undeclared path parameter, the duplicate operationId
    assert list(tmp_path.iterdir()) == []


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(tmp_path / "nope.yaml")],
        capture_output=True, text=True, cwd=REPO,
    )
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr

"""Warnings name what the generator leaves out and where (a JSON pointer); `--strict` makes every
warning an error: exit 2 and nothing written. Checked on a spec made for it and on every real-world
spec in ../shared/specs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import main
from tests.generation.conftest import corpus_specs, spec_id

UNMODELLED = Path(__file__).parent / "warning_specs" / "unmodelled.yaml"
WARNING_LINE = re.compile(r"^(?P<where>\S+) (?P<pointer>#/\S*): warning\[(?P<code>[a-z0-9-]+)\]: .+$", re.M)


def warnings_of(spec: Path, capsys: pytest.CaptureFixture[str]) -> list[tuple[str, str]]:
    assert main(["lint", str(spec)]) == 0
    return [(m["code"], m["pointer"]) for m in WARNING_LINE.finditer(capsys.readouterr().err)]


def test_each_unmodelled_keyword_is_named_once_with_its_pointer(capsys: pytest.CaptureFixture[str]) -> None:
    base = "#/components/schemas/Thing/properties"
    assert sorted(warnings_of(UNMODELLED, capsys)) == sorted([
        ("keyword-unmodelled", f"{base}/code/not"),
        ("keyword-unmodelled", f"{base}/pair/prefixItems"),
        ("keyword-unmodelled", f"{base}/labels/patternProperties"),
        ("keyword-unmodelled", f"{base}/shape/if"),
        # A type array is read once per type; its warning still comes once.
        ("keyword-unmodelled", f"{base}/shape/properties/both/not"),
    ])


def test_strict_turns_warnings_into_errors_and_writes_nothing(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["generate", "--strict", "--spec", str(UNMODELLED), "--lang", "python", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("error[keyword-unmodelled]") == 5, err
    assert not out.exists()
    assert main(["generate", "--spec", str(UNMODELLED), "--lang", "python", "--out", str(out)]) == 0
    assert (out / "unmodelled" / "python").is_dir()


@pytest.mark.parametrize("spec", corpus_specs(), ids=spec_id)
def test_real_world_spec_warnings_have_pointers_and_strict_refuses_them(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lint", str(spec)]) == 0
    err = capsys.readouterr().err
    # Every warning the generator prints is a located one: file:line, JSON pointer, code.
    assert err.count("warning[") == len(WARNING_LINE.findall(err)), err
    warned = bool(WARNING_LINE.search(err))
    out = tmp_path / "out"
    status = main(["generate", "--strict", "--spec", str(spec), "--lang", "python", "--out", str(out)])
    strict_err = capsys.readouterr().err
    if warned:
        assert status == 2 and "warning[" not in strict_err and "error[" in strict_err
        assert not out.exists()
    else:
        assert status == 0 and any(out.iterdir())

"""`sdkgen generate` is deterministic and whole; `sdkgen check` catches any hand edit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.output import read_tree

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "spec" / "axhub"


def sdkgen(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=cwd)


def test_generating_twice_gives_identical_bytes(tmp_path: Path) -> None:
    assert main(["generate", "--spec", str(SPEC), "--out", str(tmp_path / "a")]) == 0
    assert main(["generate", "--spec", str(SPEC), "--out", str(tmp_path / "b")]) == 0
    first, second = read_tree(tmp_path / "a"), read_tree(tmp_path / "b")
    assert first and first == second


def test_generate_prints_what_it_wrote_and_how_long(tmp_path: Path) -> None:
    result = sdkgen("generate", "--spec", str(SPEC), "--lang", "python", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert f"wrote {tmp_path / 'axhub' / 'python'}" in result.stdout
    assert "generated 1 SDK(s) in" in result.stdout


def test_generate_replaces_the_folder_whole(tmp_path: Path) -> None:
    stale = tmp_path / "axhub" / "python" / "stale.py"
    stale.parent.mkdir(parents=True)
    stale.write_text("left from an older spec")
    assert main(["generate", "--spec", str(SPEC), "--lang", "python", "--out", str(tmp_path)]) == 0
    assert not stale.exists()
    assert (tmp_path / "axhub" / "python" / "pyproject.toml").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["axhub"]  # no temporary folders left behind


def test_check_passes_on_the_committed_sdks() -> None:
    result = sdkgen("check")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("edit", ["change", "add", "remove"])
def test_check_fails_after_a_hand_edit_naming_the_file(tmp_path: Path, edit: str) -> None:
    out = tmp_path / "sdks"
    shutil.copytree(REPO / "sdks", out)
    target = out / "axhub" / "python" / "axhub" / "models.py"
    if edit == "change":
        target.write_text(target.read_text() + "\n# a hand edit\n")
    elif edit == "add":
        target = target.with_name("extra.py")
        target.write_text("x = 1\n")
    else:
        target.unlink()
    result = sdkgen("check", "--spec", str(SPEC), "--out", str(out))
    assert result.returncode == 1
    assert str(target) in result.stderr


def test_unknown_language_is_a_clear_error() -> None:
    result = sdkgen("generate", "--lang", "cobol", "--out", "/nonexistent")
    assert result.returncode == 2
    assert "unknown language(s): cobol" in result.stderr
    assert "Traceback" not in result.stderr


def test_template_cache_changes_nothing(tmp_path: Path) -> None:
    """Compiled templates come from the cache on a second run; a run without it gives the same bytes."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    outputs = []
    for name, extra in (("cold", {}), ("warm", {}), ("off", {"SDKGEN_NO_CACHE": "1"})):
        result = subprocess.run(
            [sys.executable, "-m", "generator", "generate", "--spec", str(SPEC), "--lang", "go",
             "--out", str(tmp_path / name)],
            capture_output=True, text=True, cwd=REPO, env={**env, **extra},
        )
        assert result.returncode == 0, result.stderr
        outputs.append(read_tree(tmp_path / name))
    assert any((tmp_path / "cache" / "sdkgen").rglob("__jinja2_*"))
    assert outputs[0] == outputs[1] == outputs[2]


def test_parallel_rendering_gives_the_same_bytes(tmp_path: Path) -> None:
    """Targets rendered in forked children (the default on a multi-core machine) or one after the
    other in one process (SDKGEN_JOBS=1) give the same files."""
    trees = []
    for name, jobs in (("serial", "1"), ("parallel", "2")):
        result = subprocess.run(
            [sys.executable, "-m", "generator", "generate", "--spec", str(SPEC), "--lang", "python,go,ruby",
             "--out", str(tmp_path / name)],
            capture_output=True, text=True, cwd=REPO, env={**os.environ, "SDKGEN_JOBS": jobs},
        )
        assert result.returncode == 0, result.stderr
        trees.append(read_tree(tmp_path / name))
    assert trees[0] and trees[0] == trees[1]


def test_worker_count_follows_sdkgen_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.parallel import worker_count

    monkeypatch.setenv("SDKGEN_JOBS", "1")
    assert worker_count(6) == 1
    monkeypatch.setenv("SDKGEN_JOBS", "4")
    assert worker_count(6) == 4 and worker_count(2) == 2
    monkeypatch.setenv("SDKGEN_JOBS", "nonsense")  # ignored: the cores available decide
    assert 1 <= worker_count(6) <= 6

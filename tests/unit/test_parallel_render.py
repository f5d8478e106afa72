"""Targets rendered in forked children: errors come back as the parent would have raised them, and
a failure anywhere replaces no output folder (trees are staged while others render, swapped in last)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.diagnostics import Diagnostics, Location, SpecError
from generator.output import read_tree, stage_tree, write_tree

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "spec" / "axhub" / "openapi.yaml"


def sdkgen(*args: str, jobs: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "SDKGEN_JOBS": jobs})


def spec_with_bad_go_module(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(SPEC, folder / "openapi.yaml")
    (folder / "sdkgen.toml").write_text('[api]\nname = "broken"\n\n[go]\nmodule = "not a module path"\n')
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_targets_spec_error_is_reported_and_replaces_nothing(tmp_path: Path, jobs: str) -> None:
    """Go refuses the module path in its profile (a SpecError raised inside the child when forked):
    the diagnostic is printed as usual, exit 2, and python's finished tree is not swapped in."""
    spec = spec_with_bad_go_module(tmp_path / "spec")
    out = tmp_path / "out"
    kept = out / "broken" / "python" / "kept.txt"
    kept.parent.mkdir(parents=True)
    kept.write_text("older output")
    result = sdkgen("generate", "--spec", str(spec), "--lang", "python,go,node", "--out", str(out), jobs=jobs)
    assert result.returncode == 2, result.stderr
    assert "go-module-invalid" in result.stderr and "nothing was written" in result.stderr
    assert "internal error" not in result.stderr
    assert kept.read_text() == "older output"
    assert sorted(p.name for p in (out / "broken").iterdir()) == ["python"]  # no staging folders left
    assert [p.name for p in (out / "broken" / "python").iterdir()] == ["kept.txt"]


def test_spec_error_survives_pickling() -> None:
    """A forked child sends its exception back pickled; SpecError must come back with its diagnostics."""
    import pickle

    diagnostics = Diagnostics()
    diagnostics.error("go-module-invalid", "bad module", Location("sdkgen.toml", "/go"))
    copy = pickle.loads(pickle.dumps(SpecError(diagnostics)))
    assert isinstance(copy, SpecError)
    assert [d.code for d in copy.diagnostics.errors] == ["go-module-invalid"]
    assert str(copy) == "1 error(s) in the spec"


def test_forked_rendering_matches_serial_for_every_target(tmp_path: Path) -> None:
    trees = []
    for jobs in ("1", "3"):
        result = sdkgen("generate", "--spec", str(SPEC), "--out", str(tmp_path / jobs), jobs=jobs)
        assert result.returncode == 0, result.stderr
        # Reported in the order asked, whichever target finished first.
        assert [line.split()[1].rsplit("/", 1)[1] for line in result.stdout.splitlines()
                if line.startswith("wrote")] == ["python", "go", "java", "kotlin", "node", "ruby", "mcp", "docs"]
        trees.append(read_tree(tmp_path / jobs))
    assert trees[0] and trees[0] == trees[1]


def test_staged_tree_is_invisible_until_committed(tmp_path: Path) -> None:
    destination = tmp_path / "sdk"
    write_tree({"old.txt": b"old"}, destination)
    staged = stage_tree({"a/b/c.txt": b"c", "a/d.txt": b"d", "top.txt": b"t"}, destination)
    assert read_tree(destination) == {"old.txt": b"old"}
    staged.commit()
    assert read_tree(destination) == {"a/b/c.txt": b"c", "a/d.txt": b"d", "top.txt": b"t"}
    assert [p.name for p in tmp_path.iterdir()] == ["sdk"]


def test_discarded_tree_leaves_the_old_one(tmp_path: Path) -> None:
    destination = tmp_path / "sdk"
    write_tree({"old.txt": b"old"}, destination)
    stage_tree({"new.txt": b"new"}, destination).discard()
    assert read_tree(destination) == {"old.txt": b"old"}
    assert [p.name for p in tmp_path.iterdir()] == ["sdk"]


def _fake_render(target: object, api: object, settings: object) -> dict[str, bytes]:
    name = getattr(target, "name", "")
    if name == "go":
        raise ValueError("go broke")
    if name == "node":
        os._exit(7)  # a worker that dies without answering
    return {"file.txt": name.encode()}


def _children() -> set[int]:
    """This process's child processes, from /proc (other tests' servers may be among them, so a
    test compares the set before and after instead of reaping whatever child exits first)."""
    mine = str(os.getpid())
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # the process ended while we looked
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # after "pid (comm)": state, ppid, ...
        if fields[1] == mine:  # zombies too: an unreaped worker is a leak
            found.add(int(entry.name))
    return found


def test_forked_workers_answer_every_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import parallel

    monkeypatch.setattr(parallel, "render_target", _fake_render)
    before = _children()
    done = dict(parallel._forked(None, None, ["python", "java", "ruby", "kotlin"], 2))  # type: ignore[arg-type]
    assert done == {name: {"file.txt": name.encode()} for name in ["python", "java", "ruby", "kotlin"]}
    assert _children() <= before


def test_a_workers_exception_is_raised_in_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import parallel

    monkeypatch.setattr(parallel, "render_target", _fake_render)
    before = _children()
    with pytest.raises(ValueError, match="go broke"):
        dict(parallel._forked(None, None, ["python", "go", "java"], 2))  # type: ignore[arg-type]
    assert _children() <= before


def test_a_worker_that_dies_is_an_error_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import parallel

    monkeypatch.setattr(parallel, "render_target", _fake_render)
    before = _children()
    with pytest.raises(parallel.ChildError):
        dict(parallel._forked(None, None, ["node", "python"], 2))  # type: ignore[arg-type]
    assert _children() <= before


def _load(spec: Path) -> tuple[object, object]:
    from generator.cli import load

    loaded = load(spec, strict=False)
    return loaded.api, loaded.settings


def _refuse_fork() -> int:
    raise AssertionError("forked")


def test_a_small_spec_renders_in_process_unless_jobs_are_set(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forking workers costs more than rendering a spec this small; SDKGEN_JOBS still forces it."""
    from generator import parallel

    api, settings = _load(REPO / "tests" / "generation" / "cases" / "nullable30.yaml")
    assert parallel._is_small(api)  # type: ignore[arg-type]
    monkeypatch.setattr(parallel, "_can_fork", lambda: True)
    monkeypatch.setattr(parallel, "worker_count", lambda languages: 2)
    monkeypatch.setattr(os, "fork", _refuse_fork)
    monkeypatch.delenv("SDKGEN_JOBS", raising=False)
    serial = dict(parallel.render_each(api, settings, ["python", "go"]))  # type: ignore[arg-type]
    assert sorted(serial) == ["go", "python"] and all(serial.values())
    monkeypatch.setenv("SDKGEN_JOBS", "2")
    with pytest.raises(AssertionError, match="forked"):
        dict(parallel.render_each(api, settings, ["python", "go"]))  # type: ignore[arg-type]

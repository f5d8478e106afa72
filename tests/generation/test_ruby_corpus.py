"""Every real-world spec generates a Ruby gem that drops no operation, whose every file compiles
with warnings on (what `ruby -wc` checks), which loads with warnings on (every model decodes, every
response type resolves, the client builds its resources), and which `gem build` accepts without a
warning. All the gems are checked in one Ruby process."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from tests.sdk_ruby.ruby_toolchain import CHECK_SCRIPT, ensure_ruby, output, run

from .conftest import corpus_specs, count_operations, require_corpus, spec_id

pytestmark = pytest.mark.timeout(900)


def gem_of(root: Path) -> str:
    return next(root.glob("*.gemspec")).stem


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    """spec file -> the folder holding its generated gem."""
    require_corpus()
    ensure_ruby()
    out = tmp_path_factory.mktemp("ruby_corpus")
    roots: dict[Path, Path] = {}
    for spec in corpus_specs():
        before = set(out.iterdir())
        assert main(["generate", "--spec", str(spec), "--lang", "ruby", "--out", str(out)]) == 0, spec_id(spec)
        (api_dir,) = set(out.iterdir()) - before
        roots[spec] = api_dir / "ruby"
    return roots


@pytest.fixture(scope="module")
def checked(generated: dict[Path, Path]) -> dict[str, Any]:
    """check_ruby.rb over every generated file, then a require of every gem, in one process."""
    args = ["ruby", str(CHECK_SCRIPT)]
    for root in generated.values():
        args += ["--load", f"{root / 'lib'}={gem_of(root)}"]
    result = run([*args, *(str(root) for root in generated.values())], cwd=next(iter(generated.values())).parent)
    report: dict[str, Any] = json.loads(result.stdout) if result.stdout.startswith("{") else {}
    report["output"] = output(result)
    report["returncode"] = result.returncode
    return report


def test_every_file_compiles_and_every_gem_loads_without_warnings(checked: dict[str, Any]) -> None:
    assert checked["returncode"] == 0 and not checked["problems"], "\n".join(checked.get("problems", [])[:50]) or \
        checked["output"]
    assert checked["files"] > 1000


@pytest.mark.parametrize("spec", corpus_specs(), ids=spec_id)
def test_no_operation_is_dropped(spec: Path, generated: dict[Path, Path], checked: dict[str, Any]) -> None:
    root = generated[spec]
    expected = count_operations(spec)
    operations = (root / "lib" / gem_of(root) / "operations.rb").read_text(encoding="utf-8")
    assert len(re.findall(r"^    \".*\" => Operation\.new\($", operations, re.M)) == expected
    assert checked["gems"][gem_of(root)]["operations"] == expected


def test_every_gem_builds_without_warnings(generated: dict[Path, Path], tmp_path: Path) -> None:
    for root in generated.values():
        gem = gem_of(root)
        result = run(["gem", "build", f"{gem}.gemspec", "--output", str(tmp_path / f"{gem}.gem")], cwd=root)
        assert result.returncode == 0 and "WARNING" not in result.stdout + result.stderr, output(result)


def test_corpus_is_present() -> None:
    require_corpus()
    assert len(corpus_specs()) >= 10

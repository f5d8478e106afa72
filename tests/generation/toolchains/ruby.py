"""The Ruby toolchain of the generation matrix (tests/generation/test_matrix.py).

Every generated gem goes through ONE Ruby process (tests/sdk_ruby/check_ruby.rb): each file compiled
with warnings on (what `ruby -wc` checks), each gem required with warnings on (every model decodes,
every response type resolves, the client builds its resources), and each gem packaged as `gem build`
does, with no warning from RubyGems. Gems that share a name or a module cannot be loaded into one
process, so those go to a second process (and so on); the corpus and the cases need one.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from pathlib import Path

from tests.sdk_ruby.ruby_toolchain import CHECK_SCRIPT, ensure_ruby, output, run

_OPERATION = re.compile(r'^    ".*" => Operation\.new\($', re.M)
_MODULE = re.compile(r"^module (\w+)$", re.M)


def gem_of(root: Path) -> str:
    """The gem's name: its one `*.gemspec` (also the name of its entry file under lib/)."""
    (gemspec,) = root.glob("*.gemspec")
    return gemspec.stem


def module_of(root: Path) -> str:
    """The Ruby module the gem defines (from lib/<gem>/version.rb)."""
    match = _MODULE.search((root / "lib" / gem_of(root) / "version.rb").read_text(encoding="utf-8"))
    assert match, f"{root}: no module in version.rb"
    return match.group(1)


def operation_count(root: Path) -> int:
    """How many entries the generated OPERATIONS table (lib/<gem>/operations.rb) has."""
    operations = (root / "lib" / gem_of(root) / "operations.rb").read_text(encoding="utf-8")
    return len(_OPERATION.findall(operations))


def _batches(roots: Sequence[Path]) -> list[list[Path]]:
    """Roots split so that no batch holds two gems of one name or one module."""
    batches: list[list[Path]] = []
    taken: list[set[str]] = []
    for root in roots:
        names = {"gem:" + gem_of(root), "module:" + module_of(root)}
        for batch, used in zip(batches, taken, strict=True):
            if not names & used:
                batch.append(root)
                used |= names
                break
        else:
            batches.append([root])
            taken.append(set(names))
    return batches


def _check(batch: list[Path], scratch: Path) -> None:
    build = scratch / "gems"
    build.mkdir(parents=True)
    args = ["ruby", str(CHECK_SCRIPT), "--build", str(build)]
    for root in batch:
        args += ["--load", f"{root / 'lib'}={gem_of(root)}"]
    started = time.perf_counter()
    result = run([*args, *map(str, batch)], cwd=scratch, timeout=1800)
    elapsed = time.perf_counter() - started
    report = json.loads(result.stdout) if result.stdout.startswith("{") else {}
    problems: list[str] = [line for problem in report.get("problems", []) for line in problem.splitlines()]
    for root in batch:
        loaded = report.get("gems", {}).get(gem_of(root))
        if loaded is None:
            problems.append(f"{root}: the gem {gem_of(root)} defined no SDK module when required")
        elif loaded["operations"] != operation_count(root):
            problems.append(f"{root}: OPERATIONS has {loaded['operations']} entries once loaded, "
                            f"operations.rb declares {operation_count(root)}")
    if report.get("built") != len(batch) and not problems:
        problems.append(f"{report.get('built')} of {len(batch)} gems were built")
    if result.returncode != 0 or problems:
        lines = problems or output(result).splitlines()
        raise AssertionError(
            f"ruby check_ruby.rb over {len(batch)} gems failed after {elapsed:.1f}s (exit {result.returncode}):\n"
            + "\n".join(lines[:80])
        )


def compile_projects(roots: list[Path], scratch: Path) -> None:
    """`ruby -wc` on every file, a warning-free require of every gem and a warning-free `gem build`."""
    if not roots:
        return
    ensure_ruby()
    for index, batch in enumerate(_batches(roots)):
        folder = scratch / f"batch{index}"
        folder.mkdir()
        _check(batch, folder)

"""Find (or install) what the Ruby SDK tests need, and run it.

Ruby is not on the machines by default: Debian's packages bring it (Ruby 3.1), with
minitest, WEBrick for the tests' local server, and RuboCop for the lint. They are installed
with apt-get only when something is missing, so running the tests again installs nothing.
RubyGems' registry is never used: the generated gems need the standard library only.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.targets.ruby import RUBY_FLOOR

HERE = Path(__file__).resolve().parent
CHECK_SCRIPT = HERE / "check_ruby.rb"
DEBIAN_PACKAGES = ("ruby", "ruby-minitest", "ruby-webrick", "rubocop")
# Ruby at least the floor the generated gems state, with what the tests use.
_PROBE = ('require "minitest"; require "webrick"; '
          f'exit(Gem::Version.new(RUBY_VERSION) >= Gem::Version.new("{RUBY_FLOOR}") ? 0 : 1)')


def _ready() -> bool:
    if not (shutil.which("ruby") and shutil.which("rubocop") and shutil.which("gem")):
        return False
    probe = subprocess.run(["ruby", "-e", _PROBE], capture_output=True, text=True, timeout=120)
    return probe.returncode == 0


@functools.cache
def ensure_ruby() -> None:
    """Ruby (the floor or newer), minitest, WEBrick and RuboCop, from Debian's packages when missing (idempotent)."""
    if _ready():
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env, capture_output=True, timeout=900)
        subprocess.run(["apt-get", "install", "-y", "-qq", *DEBIAN_PACKAGES], check=False, env=env,
                       capture_output=True, timeout=1800)
    if not _ready():
        packages = " ".join(DEBIAN_PACKAGES)
        pytest.fail(f"Ruby {RUBY_FLOOR}+ with minitest, webrick and rubocop is needed: apt-get install {packages}")


def run(args: list[str], cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    """Run a Ruby tool with a quiet, reproducible environment; output kept for the assertion message."""
    ensure_ruby()
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    env.pop("RUBYOPT", None)
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=timeout)


def output(result: subprocess.CompletedProcess[str]) -> str:
    return f"$ {' '.join(map(str, result.args))}\n{result.stdout[-8000:]}\n{result.stderr[-8000:]}"

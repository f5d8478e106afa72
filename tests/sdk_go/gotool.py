"""Find (or install) the Go toolchain the Go SDK tests need, and run it hermetically.

The machines come with Go in /usr/local/go; a machine without it gets
Debian's golang-go, which must be at least MIN_GO (generic type aliases).
Commands run with GOTOOLCHAIN=local and GOPROXY=off: the generated modules
use the standard library only, so nothing is ever downloaded.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

MIN_GO = (1, 24)
CANDIDATES = ("/usr/local/go/bin/go", "/usr/lib/go/bin/go")


def _version(go: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run([go, "env", "GOVERSION"], capture_output=True, text=True, timeout=60,
                             env={**os.environ, "GOTOOLCHAIN": "local"}).stdout
    except OSError:
        return None
    match = re.match(r"go(\d+)\.(\d+)", out.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def _find() -> str | None:
    for candidate in (shutil.which("go"), *CANDIDATES):
        if candidate and Path(candidate).is_file() and (_version(candidate) or (0, 0)) >= MIN_GO:
            return candidate
    return None


@functools.cache
def go_binary() -> str:
    """The go command, installing Debian's golang-go when there is none (idempotent)."""
    found = _find()
    if found is None and shutil.which("apt-get") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "golang-go"], check=False, env=env, capture_output=True)
        found = _find()
    if found is None:
        pytest.fail(f"Go {MIN_GO[0]}.{MIN_GO[1]} or newer is needed (looked in PATH and {', '.join(CANDIDATES)})")
    return found


def go_env() -> dict[str, str]:
    go = go_binary()
    path = os.pathsep.join([str(Path(go).parent), os.environ.get("PATH", "")])
    return {**os.environ, "PATH": path, "GOTOOLCHAIN": "local", "GOPROXY": "off", "GOFLAGS": "-buildvcs=false"}


def run_go(args: list[str], cwd: Path, timeout: int = 600,
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `go <args>` (or gofmt when args[0] == "gofmt") in cwd, with env added to the environment;
    output kept for the assertion message."""
    go = go_binary()
    command = [str(Path(go).parent / "gofmt"), *args[1:]] if args[0] == "gofmt" else [go, *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env={**go_env(), **(env or {})},
                          timeout=timeout)


def output(result: subprocess.CompletedProcess[str]) -> str:
    return f"$ {' '.join(result.args)}\n{result.stdout[-8000:]}\n{result.stderr[-8000:]}"

"""What every language's install test shares: which SDKs exist, and running a tool with its output
kept for the assertion message."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SDKS = ROOT / "sdks"


def sdk_dirs(language: str) -> list[Path]:
    """Every generated SDK of one language, one per API (``sdks/<api>/<language>``), in name order."""
    return sorted(p for p in SDKS.glob(f"*/{language}") if p.is_dir())


def sdk_ids(language: str) -> list[str]:
    return [p.parent.name for p in sdk_dirs(language)]


def run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None,
        timeout: int = 900) -> subprocess.CompletedProcess[str]:
    """Run one command; stdout and stderr are captured for the failure message."""
    merged = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", **(env or {})}
    return subprocess.run([str(a) for a in args], cwd=cwd, env=merged, capture_output=True, text=True,
                          timeout=timeout)


def output(result: subprocess.CompletedProcess[str]) -> str:
    return f"$ {' '.join(map(str, result.args))}\n{result.stdout[-6000:]}\n{result.stderr[-6000:]}"


def check(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, output(result)
    return result

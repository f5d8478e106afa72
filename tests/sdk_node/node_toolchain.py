"""The Node toolchain for the Node SDK tests: installed by the tests themselves, used in temp folders.

TypeScript and @types/node come from the npm registry into tests/sdk_node/tooling/node_modules
(`npm ci` from the committed package-lock.json, only when missing). Builds never happen inside
sdks/<api>/node: the SDK is copied to a temporary workspace whose node_modules links to the tooling,
so the committed folder keeps exactly what the generator writes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOOLING = HERE / "tooling"
MODULES = TOOLING / "node_modules"
TSC = MODULES / "typescript" / "bin" / "tsc"
_BUILD_OUTPUT = shutil.ignore_patterns("node_modules", "dist", "package-lock.json")


def run(command: list[str], cwd: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"})


def _ensure_node() -> None:
    """Node.js and npm; installed from Debian's packages when missing (the machines run as root).
    The SDKs claim Node 20 or newer; Debian 12's package is Node 18, so this is only a fallback."""
    if shutil.which("node") and shutil.which("npm"):
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "nodejs", "npm"], check=True, env=env)


def ensure_tooling() -> Path:
    """tests/sdk_node/tooling/node_modules, installed with `npm ci` when it is not there yet."""
    _ensure_node()
    if not TSC.is_file():
        result = run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=TOOLING)
        if result.returncode != 0:
            raise RuntimeError(f"npm ci failed in {TOOLING}:\n{result.stdout}\n{result.stderr}")
    return MODULES


def tsc(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run(["node", str(TSC), *args], cwd=cwd)


def link_modules(workspace: Path, packages: dict[str, Path] | None = None) -> Path:
    """`workspace/node_modules`: the tooling's packages, plus `packages` (name -> folder) linked in."""
    ensure_tooling()
    modules = workspace / "node_modules"
    modules.mkdir(parents=True, exist_ok=True)
    for entry in MODULES.iterdir():
        if entry.name.startswith("."):
            continue
        target = modules / entry.name
        if not target.exists():
            target.symlink_to(entry, target_is_directory=True)
    for name, folder in (packages or {}).items():
        target = modules / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_symlink() or target.exists():
            target.unlink()
        target.symlink_to(folder, target_is_directory=True)
    return modules


def copy_sdk(sdk_root: Path, destination: Path) -> Path:
    """A copy of an SDK without build output, to build in."""
    shutil.copytree(sdk_root, destination, ignore=_BUILD_OUTPUT)
    return destination


def package_name(sdk_root: Path) -> str:
    return str(json.loads((sdk_root / "package.json").read_text(encoding="utf-8"))["name"])


def report(result: subprocess.CompletedProcess[str], limit: int = 20000) -> str:
    text = (result.stdout + "\n" + result.stderr).strip()
    return text[-limit:]

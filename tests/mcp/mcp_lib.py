"""Helpers of the MCP tests: the generated AxHub MCP server installed as a user installs it (the
Python SDK and the MCP package built into wheels with PEP 517 from copies of their folders, and
installed into a fresh venv outside the repository with their dependencies from PyPI, the official
MCP SDK among them); the same venv runs `driver.py`, the official SDK's client."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.install.install_lib import check, output, run

ROOT = Path(__file__).resolve().parents[2]
SDK = ROOT / "sdks" / "axhub" / "python"
MCP = ROOT / "sdks" / "axhub" / "mcp"
DRIVER = Path(__file__).with_name("driver.py")


@dataclass
class Installed:
    venv: Path
    work: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def script(self) -> Path:
        return self.venv / "bin" / "axhub-mcp"


def _wheel(source: Path, work: Path, name: str) -> Path:
    copy = work / name / "source"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("build", "dist", "*.egg-info", "__pycache__"))
    dist = work / name / "dist"
    check(run([sys.executable, "-m", "build", "--wheel", "--outdir", dist, copy], cwd=work))
    (wheel,) = dist.glob("*.whl")
    return wheel


def server_env(base_url: str, token: str) -> dict[str, str]:
    return {"AXHUB_BASE_URL": base_url, "AXHUB_TOKEN": token}


def drive_stdio(installed: Installed, scenario: str, env: dict[str, str], *args: str) -> dict[str, Any]:
    result = run([installed.python, DRIVER, "stdio", scenario, "--", installed.script, *args],
                 cwd=installed.work, env=env, timeout=600)
    return _parse(result)


def drive_http(installed: Installed, scenario: str, url: str) -> dict[str, Any]:
    result = run([installed.python, DRIVER, "http", scenario, url], cwd=installed.work, timeout=600)
    return _parse(result)


def _parse(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    check(result)
    last = result.stdout.strip().splitlines()[-1]
    parsed: dict[str, Any] = json.loads(last)
    return parsed


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class HttpServer:
    """`axhub-mcp --transport http` on a free port, stopped with SIGTERM."""

    def __init__(self, installed: Installed, env: dict[str, str], *args: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/mcp"
        self.log = installed.work / f"http-{self.port}.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [str(installed.script), "--transport", "http", "--port", str(self.port), *args],
                env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"axhub-mcp exited {self.process.returncode}: {self.log.read_text()}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"axhub-mcp did not listen on {self.port}: {self.log.read_text()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def install(work: Path) -> Installed:
    sdk_wheel = _wheel(SDK, work, "sdk")
    mcp_wheel = _wheel(MCP, work, "mcp")
    venv = work / "venv"
    check(run([sys.executable, "-m", "venv", venv], cwd=work))
    check(run([venv / "bin" / "python", "-m", "pip", "install", "-q", "--disable-pip-version-check",
               sdk_wheel, mcp_wheel, "mypy>=1.10"], cwd=work))
    return Installed(venv, work)


__all__ = ["HttpServer", "Installed", "drive_http", "drive_stdio", "install", "output", "server_env"]

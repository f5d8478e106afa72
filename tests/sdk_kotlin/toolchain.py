"""The Kotlin toolchain for the tests: a JDK (17+) and Maven, installed from Debian's packages
when missing. Maven fetches the Kotlin compiler, Jackson, coroutines, JUnit and ktlint from
Maven Central on first use (into ~/.m2), so nothing else is installed by hand."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

_checked: list[bool] = []


def ensure_maven() -> None:
    """Install `maven` and a JDK with apt-get when `mvn` or `javac` is missing (idempotent)."""
    if _checked:
        return
    if shutil.which("mvn") is None or shutil.which("javac") is None:
        if shutil.which("apt-get") is None or os.geteuid() != 0:
            pytest.fail("mvn and a JDK 17+ are needed; install them (apt-get install maven openjdk-17-jdk-headless)")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (["apt-get", "update"], ["apt-get", "install", "-y", "maven", "openjdk-17-jdk-headless"]):
            result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=1200)
            assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    _checked.append(True)


def maven_command(*args: str) -> list[str]:
    """`mvn` in batch mode without colours or download progress, plus `args`."""
    return ["mvn", "-B", "--no-transfer-progress", "-Dstyle.color=never", *args]

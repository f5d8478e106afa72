"""The Java toolchain for the Java SDK tests: a JDK 17+ and Maven, installed when missing.

Maven downloads the SDK's pinned dependencies and plugins from Maven Central on first use
(into ~/.m2) and works from that cache afterwards.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

DEBIAN_PACKAGES = ("openjdk-17-jdk-headless", "maven")
# javac runs inside Maven's JVM: the C1 compiler alone and a serial GC make short builds much
# cheaper on a small machine (about 2.5x less CPU for the corpus).
JVM_CONFIG = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss8m\n"


def _java_major() -> int:
    javac = shutil.which("javac")
    if javac is None:
        return 0
    result = subprocess.run([javac, "-version"], capture_output=True, text=True)
    match = re.search(r"javac (\d+)", result.stdout + result.stderr)
    return int(match.group(1)) if match else 0


def ensure_java_toolchain() -> None:
    """A JDK 17+ and Maven on PATH, installing Debian's packages when they are missing."""
    if _java_major() >= 17 and shutil.which("mvn"):
        return
    if shutil.which("apt-get") is None:
        pytest.fail("the Java SDK tests need a JDK 17+ and Maven, and there is no apt-get to install them")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *DEBIAN_PACKAGES]):
        result = subprocess.run(command, capture_output=True, text=True, env=env)
        if result.returncode != 0:
            pytest.fail(f"{' '.join(command)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    if _java_major() < 17 or not shutil.which("mvn"):
        pytest.fail("installed the JDK and Maven, but javac 17+ or mvn is still not on PATH")


def maven(project: Path, *goals: str, timeout: float = 900,
          env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run Maven in batch mode in `project` (its .mvn/jvm.config written first), with `env` added
    to the environment."""
    (project / ".mvn").mkdir(exist_ok=True)
    (project / ".mvn" / "jvm.config").write_text(JVM_CONFIG)
    command = ["mvn", "-B", "-Dstyle.color=never", *goals]
    return subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def tail(result: subprocess.CompletedProcess[str], limit: int = 12000) -> str:
    """The end of a run's output, errors first, for a failure message."""
    lines = (result.stdout + result.stderr).splitlines()
    errors = [line for line in lines if "ERROR" in line or "FAIL" in line]
    text = "\n".join(errors[:200]) + "\n----- output -----\n" + "\n".join(lines)
    return text[-limit:]


TOOLING = Path(__file__).resolve().parent / "tooling"
CHECKSTYLE_CONFIG = Path(__file__).resolve().parent / "checkstyle.xml"


def checkstyle(*paths: Path) -> subprocess.CompletedProcess[str]:
    """Checkstyle (pinned in tooling/pom.xml, fetched by Maven) over `paths` with checkstyle.xml."""
    classpath_file = TOOLING / "target" / "classpath.txt"
    if classpath_file.is_file() and not all(
            Path(jar).is_file() for jar in classpath_file.read_text().strip().split(os.pathsep)):
        classpath_file.unlink()  # the Maven cache was emptied since: resolve again
    if not classpath_file.is_file():
        classpath_file.parent.mkdir(exist_ok=True)
        result = subprocess.run(
            ["mvn", "-B", "-q", "-Dstyle.color=never", "dependency:build-classpath",
             f"-Dmdep.outputFile={classpath_file}"],
            cwd=TOOLING, capture_output=True, text=True, timeout=900,
        )
        if result.returncode != 0:
            classpath_file.unlink(missing_ok=True)
            return result
    command = ["java", "-XX:TieredStopAtLevel=1", "-cp", classpath_file.read_text().strip(),
               "com.puppycrawl.tools.checkstyle.Main", "-c", str(CHECKSTYLE_CONFIG), *map(str, paths)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    if result.returncode == 0 and "[ERROR]" in result.stdout + result.stderr:
        return subprocess.CompletedProcess(command, 1, result.stdout, result.stderr)
    return result

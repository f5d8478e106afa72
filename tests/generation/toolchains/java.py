"""The Java toolchain of the generation matrix (tests/generation/test_matrix.py).

Every generated project is compiled in ONE multi-module Maven build under the compiler settings the
SDKs ship in their pom.xml (javac -Xlint:all -Werror and doclint). The runtime's own JUnit tests are
the same in every SDK and run with sdks/axhub/java (tests/sdk_java), so test sources are skipped.
"""

from __future__ import annotations

import os
import re
import shutil
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.sdk_java.toolchain import ensure_java_toolchain, maven

_OPERATION = re.compile(r"^        all\.put\(", re.M)
_POM = "{http://maven.apache.org/POM/4.0.0}"


def operation_count(root: Path) -> int:
    """How many operations the generated Operations.java registers (one `all.put(` per operation)."""
    (table,) = root.glob("src/main/java/**/Operations.java")
    return len(_OPERATION.findall(table.read_text(encoding="utf-8")))


def _coordinates(root: Path) -> str:
    project = ET.parse(root / "pom.xml").getroot()
    return f"{project.findtext(_POM + 'groupId')}:{project.findtext(_POM + 'artifactId')}"


def _modules(roots: list[Path], scratch: Path) -> list[Path]:
    """The module folders: each root in place, except that a root whose Maven coordinates another
    already took is copied under `scratch` with a numbered artifactId (a reactor refuses twins)."""
    seen: set[str] = set()
    modules = []
    for index, root in enumerate(roots):
        coordinates = _coordinates(root)
        if coordinates in seen:
            copy = scratch / f"twin-{index}"
            shutil.copytree(root, copy, ignore=shutil.ignore_patterns("target", ".mvn"))
            pom = (copy / "pom.xml").read_text(encoding="utf-8")
            artifact = coordinates.split(":", 1)[1]
            pom = pom.replace(f"<artifactId>{artifact}</artifactId>", f"<artifactId>{artifact}-{index}</artifactId>", 1)
            (copy / "pom.xml").write_text(pom, encoding="utf-8")
            root = copy
            coordinates = _coordinates(copy)
        seen.add(coordinates)
        modules.append(root)
    return modules


def compile_projects(roots: list[Path], scratch: Path) -> None:
    """`mvn compile` of one aggregator over every project; any compiler error or warning fails."""
    if not roots:
        return
    ensure_java_toolchain()
    modules = "".join(
        f"    <module>{Path(os.path.relpath(module.resolve(), scratch.resolve())).as_posix()}</module>\n"
        for module in _modules(roots, scratch)
    )
    (scratch / "pom.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        "  <groupId>matrix</groupId>\n  <artifactId>java-matrix</artifactId>\n  <version>0</version>\n"
        "  <packaging>pom</packaging>\n"
        f"  <modules>\n{modules}  </modules>\n"
        "</project>\n",
        encoding="utf-8",
    )
    started = time.perf_counter()
    result = maven(scratch, "-T", "2", "-fae", "-Dmaven.test.skip=true", "compile", timeout=3600)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        lines = (result.stdout + result.stderr).splitlines()
        # javac's warnings come first: with -Werror they are the reason for the error lines after them.
        located = [line for line in lines if re.match(r"\[(ERROR|WARNING)\] /", line)]
        errors = list(dict.fromkeys(located + [line for line in lines if line.startswith("[ERROR]")]))
        raise AssertionError(
            f"mvn compile of {len(roots)} Java projects failed after {elapsed:.1f}s (exit {result.returncode}):\n"
            + "\n".join(errors[:80])
        )

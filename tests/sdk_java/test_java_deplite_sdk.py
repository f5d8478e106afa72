"""The Deplite Java SDK (sdks/deplite/java: two hosts, signed agent requests) is current, passes
Checkstyle, compiles with -Xlint:all -Werror and doclint, and passes its runtime's JUnit tests
(SigningTest among them: the shared signature vectors, per-attempt signing, hosts)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from generator.cli import main

from .toolchain import checkstyle, ensure_java_toolchain, maven, tail

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SDK = REPO / "sdks" / "deplite" / "java"


def test_deplite_java_sdk_is_current() -> None:
    assert main(["check", "--spec", str(REPO / "spec" / "deplite"), "--lang", "java",
                 "--out", str(REPO / "sdks")]) == 0


def test_deplite_java_sdk_passes_checkstyle() -> None:
    ensure_java_toolchain()
    result = checkstyle(SDK / "src")
    assert result.returncode == 0, tail(result)


def test_deplite_java_sdk_builds_and_passes_its_tests(tmp_path: Path) -> None:
    ensure_java_toolchain()
    project = tmp_path / "java"
    shutil.copytree(SDK, project, ignore=shutil.ignore_patterns("target", ".mvn"))
    result = maven(project, "-q", "verify")
    assert result.returncode == 0, tail(result)
    suites = {}
    for report in (project / "target" / "surefire-reports").glob("TEST-*.xml"):
        root = ET.parse(report).getroot()
        suites[root.get("name")] = {k: int(root.get(k, "0")) for k in ("tests", "failures", "errors", "skipped")}
    signing = suites.get("io.deplite.sdk.core.SigningTest")
    assert signing is not None and signing["tests"] >= 8, suites
    assert all(s["failures"] == 0 and s["errors"] == 0 for s in suites.values()), suites

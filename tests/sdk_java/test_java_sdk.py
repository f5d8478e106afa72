"""The Java SDK (sdks/axhub/java) is current, passes Checkstyle (checkstyle.xml), compiles with
-Xlint:all -Werror and doclint, and passes its own JUnit tests plus the AxHub surface tests under
src/ here, against local servers."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from generator.cli import main

from .toolchain import checkstyle, ensure_java_toolchain, maven, tail

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SDK = REPO / "sdks" / "axhub" / "java"


def test_generated_sdk_is_current() -> None:
    assert main(["check", "--spec", str(REPO / "spec" / "axhub"), "--lang", "java",
                 "--out", str(REPO / "sdks")]) == 0


def test_java_sdk_passes_checkstyle() -> None:
    ensure_java_toolchain()
    result = checkstyle(SDK / "src", HERE / "src")
    assert result.returncode == 0, tail(result)


def test_java_sdk_builds_and_passes_its_tests(tmp_path: Path) -> None:
    ensure_java_toolchain()
    project = tmp_path / "java"
    shutil.copytree(SDK, project, ignore=shutil.ignore_patterns("target", ".mvn"))
    shutil.copytree(HERE / "src", project / "src", dirs_exist_ok=True)
    result = maven(project, "-q", "verify")
    assert result.returncode == 0, tail(result)

    reports = sorted((project / "target" / "surefire-reports").glob("TEST-*.xml"))
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for report in reports:
        suite = ET.parse(report).getroot()
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    names = {re.sub(r"^TEST-|\.xml$", "", r.name) for r in reports}
    assert "ai.axhub.sdk.AxHubSdkTest" in names, names
    assert totals["tests"] >= 90 and totals["failures"] == 0 and totals["errors"] == 0, totals

"""The committed Kotlin SDK (sdks/axhub/kotlin) builds with Maven: ktlint, compile with every
warning an error, and the unit tests: the runtime's own (copied from templates/kotlin/runtime)
plus the AxHub surface tests beside this file (kotlin/*.kt), added to a copy of the project."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import load_api
from generator.diagnostics import Diagnostics
from generator.settings import load_settings
from generator.targets import TARGETS
from generator.targets.base import render_target

from .toolchain import ensure_maven, maven_command

REPO = Path(__file__).resolve().parents[2]
SDK = REPO / "sdks" / "axhub" / "kotlin"
SPEC = REPO / "spec" / "axhub" / "openapi.yaml"
SURFACE_TESTS = Path(__file__).resolve().parent / "kotlin"


def test_committed_sdk_is_what_the_generator_writes() -> None:
    diagnostics = Diagnostics()
    files = render_target(TARGETS["kotlin"], load_api(SPEC, diagnostics), load_settings(SPEC, diagnostics))
    on_disk = {
        p.relative_to(SDK).as_posix(): p.read_bytes()
        for p in SDK.rglob("*")
        if p.is_file() and "target" not in p.relative_to(SDK).parts
    }
    assert sorted(on_disk) == sorted(files), "run `.venv/bin/sdkgen generate --lang kotlin`"
    changed = [name for name, content in files.items() if on_disk[name] != content]
    assert not changed, f"out of date: {changed[:5]}; run `.venv/bin/sdkgen generate --lang kotlin`"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the SDK with the surface tests in its test sources."""
    ensure_maven()
    root = tmp_path_factory.mktemp("kotlin-sdk") / "kotlin"
    shutil.copytree(SDK, root, ignore=shutil.ignore_patterns("target"))
    destination = root / "src" / "test" / "kotlin" / "ai" / "axhub" / "sdk" / "kotlin"
    destination.mkdir(parents=True, exist_ok=True)
    for source in sorted(SURFACE_TESTS.glob("*.kt")):
        shutil.copy(source, destination / source.name)
    return root


def test_maven_verify_ktlint_compile_and_unit_tests(project: Path) -> None:
    result = subprocess.run(
        maven_command("verify"), cwd=project, capture_output=True, text=True, timeout=1800,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-12000:]
    reports = project / "target" / "surefire-reports"
    counted = sum(
        int(line.split("tests=\"")[1].split("\"")[0])
        for report in reports.glob("TEST-*.xml")
        for line in report.read_text(encoding="utf-8").splitlines()[:3]
        if "<testsuite" in line
    )
    assert counted >= 55, f"only {counted} tests ran\n{output[-4000:]}"
    print(f"kotlin: {counted} tests passed", file=sys.stderr)

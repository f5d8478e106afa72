"""Every Kotlin call the reference sites show compiles against the SDK it documents: the calls come
from the provider the pages print (generator/targets/docs/calls/kotlin.py), each wrapped in a
suspend function whose parameters are the values it needs (plus the client). kotlinc is slow, so
one Maven project holds every API's SDK sources (their dependencies are the same, and each carries
its runtime in its own package, `<package>.core`) and one file per API; one `mvn test-compile`
compiles them all with the SDK's own kotlinc flags (-Werror)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.build import load_api
from generator.diagnostics import Diagnostics
from generator.settings import load_settings
from generator.targets.docs.calls.kotlin import kotlin_calls
from tests.sdk_java.toolchain import tail
from tests.sdk_kotlin.toolchain import ensure_maven, maven_command

ROOT = Path(__file__).resolve().parents[2]
APIS = sorted(p.parent for p in (ROOT / "spec").glob("*/openapi.yaml"))


def snippet_file(spec: Path) -> str:
    """A Kotlin file (package sitecalls.<api>) with every Kotlin call of the API's reference site."""
    api = load_api(spec / "openapi.yaml")
    settings = load_settings(spec / "openapi.yaml", Diagnostics())
    options = settings.for_language("kotlin")
    package, client = str(options["package"]), str(options["client"])
    body: list[str] = []
    count = 0
    for operation_id, calls in kotlin_calls(api, settings).items():
        for call in calls:
            count += 1
            parameters = "".join(f", {name}: {type_}" for name, type_ in call.needs)
            keep = ["    println(result)"] if call.code.startswith("val result = ") else []  # a reader uses it
            body += [f"// {operation_id} ({call.form})",
                     f"suspend fun call{count}(client: {client}{parameters}) {{", f"    {call.code}", *keep, "}", ""]
    assert count > len(api.operations)  # every seed call, and the resource methods
    head = [f"package sitecalls.{spec.name}", "",
            *(f"import {name}.*" for name in (package, f"{package}.models", f"{package}.params",
                                               f"{package}.core")), ""]
    note = "// Every Kotlin call of the reference site, compiled by tests/docs/test_snippets_kotlin.py."
    return "\n".join([*head, note, "", *body])


def sdk_project(apis: list[str], project: Path) -> Path:
    """One Maven project with every named API's SDK sources (the first API's pom)."""
    first, *others = apis
    shutil.copytree(ROOT / "sdks" / first / "kotlin", project, ignore=shutil.ignore_patterns("target", ".mvn", "test"))
    for name in others:
        sdk = ROOT / "sdks" / name / "kotlin"
        shutil.copytree(sdk / "src" / "main" / "kotlin", project / "src" / "main" / "kotlin", dirs_exist_ok=True)
    return project


def compile_calls(project: Path, files: dict[str, str], *goals: str) -> tuple[bool, str]:
    """Write each API's calls file into the project's tests and run Maven's `goals`."""
    ensure_maven()
    tests = project / "src" / "test" / "kotlin" / "sitecalls"
    if tests.exists():
        shutil.rmtree(tests)
    for name, source in files.items():
        target = tests / name / "SiteCalls.kt"
        target.parent.mkdir(parents=True)
        target.write_text(source, encoding="utf-8")
    result = subprocess.run(maven_command("-q", "-Dktlint.skip=true", *goals), cwd=project,
                            capture_output=True, text=True, timeout=1800)
    return result.returncode == 0, tail(result)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every API's SDK, compiled once with every API's calls (the first test's check)."""
    return sdk_project([spec.name for spec in APIS], tmp_path_factory.mktemp("kotlin") / "project")


def test_every_kotlin_call_on_the_site_compiles(project: Path) -> None:
    ok, report = compile_calls(project, {spec.name: snippet_file(spec) for spec in APIS}, "test-compile")
    assert ok, report


def test_a_call_the_sdk_does_not_have_fails_to_compile(project: Path) -> None:
    source = snippet_file(ROOT / "spec" / "axhub")
    call = "client.deployments.get(appID, did"
    broken = source.replace(f"{call})", f"{call}, 3)", 1)
    assert broken != source
    # The SDK is compiled (target/classes) when the first test ran: only the calls are compiled again.
    goals = ("kotlin:test-compile",) if (project / "target" / "classes").is_dir() else ("test-compile",)
    ok, report = compile_calls(project, {"axhub": broken}, *goals)
    assert not ok and "SiteCalls.kt" in report and "Argument type mismatch" in report, report
    fixed_ok, fixed_report = compile_calls(project, {"axhub": source}, *goals)
    assert fixed_ok, fixed_report  # the same compile passes without the wrong argument

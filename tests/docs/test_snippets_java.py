"""Every Java call the reference sites show compiles against the SDK it documents: the calls come
from the provider the pages print (generator/targets/docs/calls/java.py), each wrapped in a method
whose parameters are the values it needs (plus the client). One Maven project holds every API's SDK
sources (their dependencies are the same) and one test class per API; `mvn test-compile` compiles
them all with the SDK's own javac flags (-Xlint:all -Werror)."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.build import load_api
from generator.diagnostics import Diagnostics
from generator.settings import load_settings
from generator.targets.docs.calls.java import java_calls
from tests.sdk_java.toolchain import ensure_java_toolchain, maven, tail

ROOT = Path(__file__).resolve().parents[2]
APIS = sorted(p.parent for p in (ROOT / "spec").glob("*/openapi.yaml"))


def snippet_class(spec: Path) -> str:
    """A test class (package sitecalls.<api>) with every Java call of the API's reference site."""
    api = load_api(spec / "openapi.yaml")
    settings = load_settings(spec / "openapi.yaml", Diagnostics())
    options = settings.for_language("java")
    package, client = str(options["package"]), str(options["client"])
    body: list[str] = []
    count = 0
    for operation_id, calls in java_calls(api, settings).items():
        for call in calls:
            count += 1
            parameters = "".join(f", {type_} {name}" for name, type_ in call.needs)
            body += [f"    // {operation_id} ({call.form})",
                     f"    static void call{count}({client} client{parameters}) throws Exception {{",
                     f"        {call.code}", "    }", ""]
    assert count > len(api.operations) * 2  # every seed call, and the resource methods sync and async
    head = [f"package sitecalls.{spec.name};", "",
            *(f"import {name}.*;" for name in ("java.time", "java.util", package, f"{package}.core",
                                                f"{package}.models", f"{package}.params")),
            "", "/** Every Java call of the reference site, compiled by tests/docs/test_snippets_java.py. */",
            "final class SiteCalls {", "    private SiteCalls() {", "    }", ""]
    return "\n".join([*head, *body, "}", ""])


def compile_all(classes: dict[str, str], tmp_path: Path) -> tuple[bool, str]:
    """mvn test-compile of one project with every named API's SDK sources and its test class."""
    ensure_java_toolchain()
    project = tmp_path / "java"
    first, *others = classes
    shutil.copytree(ROOT / "sdks" / first / "java", project, ignore=shutil.ignore_patterns("target", ".mvn", "test"))
    for name in others:
        shutil.copytree(ROOT / "sdks" / name / "java" / "src" / "main" / "java", project / "src" / "main" / "java",
                        dirs_exist_ok=True)
    for name, source in classes.items():
        target = project / "src" / "test" / "java" / "sitecalls" / name / "SiteCalls.java"
        target.parent.mkdir(parents=True)
        target.write_text(source, encoding="utf-8")
    result = maven(project, "-q", "test-compile")
    return result.returncode == 0, tail(result)


def test_every_java_call_on_the_site_compiles(tmp_path: Path) -> None:
    ok, report = compile_all({spec.name: snippet_class(spec) for spec in APIS}, tmp_path)
    assert ok, report


def test_a_call_the_sdk_does_not_have_fails_to_compile(tmp_path: Path) -> None:
    source = snippet_class(ROOT / "spec" / "axhub")
    call = "client.deployments().get(appID, did"
    broken = source.replace(f"{call});", f"{call}, 3);", 1)
    assert broken != source
    ok, report = compile_all({"axhub": broken}, tmp_path)
    assert not ok and "int cannot be converted" in report, report

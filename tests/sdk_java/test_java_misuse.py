"""Misuse of the Java SDK: at compile time, a string where a page size belongs, a number where a
path parameter's string belongs, another method's params object, and a params object where none is
taken (each line of a test class holds one misuse; javac must reject every one of them and nothing
else); at run time, every Java case of issue 16's "What users found" (misuse/MisuseTest.java: bad
base URLs, a missing token, bad options, a closed client, primitive page sizes, typed error bodies
and request IDs) ends in the SDK's own exception, run with JUnit against a local server."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .toolchain import ensure_java_toolchain, maven, tail

REPO = Path(__file__).resolve().parents[2]
SDK = REPO / "sdks" / "axhub" / "java"

MISUSES = [
    'DeploymentsListParams.builder().limit("ten").build();',
    "client.deployments().get(\"app\", 5);",
    "client.deployments().list(\"app\", DeploymentsLogsParams.builder().build());",
    "client.deployments().cancel(\"app\", \"did\", DeploymentsListParams.builder().build());",
    "client.deployments().trigger(\"app\", DeploymentsTriggerParams.builder().forceRebuild(\"yes\").build());",
]

PRELUDE = """package misuse;

import ai.axhub.sdk.AxHubClient;
import ai.axhub.sdk.params.DeploymentsListParams;
import ai.axhub.sdk.params.DeploymentsLogsParams;
import ai.axhub.sdk.params.DeploymentsTriggerParams;

final class Misuse {
    static void misuse(AxHubClient client) {
"""


def test_wrong_types_and_wrong_params_objects_do_not_compile(tmp_path: Path) -> None:
    ensure_java_toolchain()
    project = tmp_path / "java"
    shutil.copytree(SDK, project, ignore=shutil.ignore_patterns("target", ".mvn", "test"))
    source = project / "src" / "test" / "java" / "misuse" / "Misuse.java"
    source.parent.mkdir(parents=True)
    first = PRELUDE.count("\n") + 1
    source.write_text(PRELUDE + "".join(f"        {m}\n" for m in MISUSES) + "    }\n}\n", encoding="utf-8")
    result = maven(project, "-q", "test-compile")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output[-3000:]
    rejected = {int(n) for n in re.findall(r"Misuse\.java:\[(\d+),\d+\]", output)}
    assert rejected == set(range(first, first + len(MISUSES))), output[-6000:]


def test_what_users_found_ends_in_the_sdks_own_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AXHUB_TOKEN", "AXHUB_BASE_URL", "AXHUB_LOG"):
        monkeypatch.delenv(name, raising=False)
    ensure_java_toolchain()
    project = tmp_path / "java"
    shutil.copytree(SDK, project, ignore=shutil.ignore_patterns("target", ".mvn"))
    shutil.copy(Path(__file__).resolve().parent / "misuse" / "MisuseTest.java",
                project / "src" / "test" / "java" / "ai" / "axhub" / "sdk" / "MisuseTest.java")
    result = maven(project, "-q", "test", "-Dtest=MisuseTest", "-Dsurefire.failIfNoSpecifiedTests=false")
    assert result.returncode == 0, tail(result)
    suite = ET.parse(project / "target" / "surefire-reports" / "TEST-ai.axhub.sdk.MisuseTest.xml").getroot()
    counts = {k: int(suite.get(k, "0")) for k in ("tests", "failures", "errors", "skipped")}
    assert counts == {"tests": 6, "failures": 0, "errors": 0, "skipped": 0}, counts

"""Every contract scenario of every API through the Java SDKs' generic surface (runners/java, a Maven project).

The runner is built in a temporary copy of runners/java with the SDKs' sources
(sdks/<api>/java/src/main/java, each in its own package) copied in beside it (one
compilation, nothing installed, no build output in the SDKs), with Maven offline
from the warm ~/.m2 (tests/sdk_java/toolchain.py), and run with ``java`` against
the session's reference servers, one per API.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from contract_lib import ROOT, SCENARIOS, RefServer, check_runner_output, server_args, server_logs

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.sdk_java.toolchain import ensure_java_toolchain, maven, tail  # noqa: E402

JAVA_RUNNER = Path(__file__).resolve().parent / "runners" / "java"
SDK_SOURCES = [ROOT / "sdks" / api / "java" / "src" / "main" / "java" for api in ("axhub", "deplite", "platform")]
DRIVERS = JAVA_RUNNER / "src" / "main" / "java" / "contract"


def build_java_project(workdir: Path, *goals: str) -> Path:
    """A copy of runners/java plus the SDK's sources in ``workdir``, built with ``goals``."""
    ensure_java_toolchain()
    project = workdir / "java"
    shutil.copytree(JAVA_RUNNER, project, ignore=shutil.ignore_patterns("target", ".mvn"))
    for sources in SDK_SOURCES:
        shutil.copytree(sources, project / "src" / "main" / "java", dirs_exist_ok=True)
    offline = ["-o"] if (Path.home() / ".m2" / "repository").is_dir() else []
    result = maven(project, *offline, "-q", *goals)
    if result.returncode != 0 and offline:  # something missing from the cache: allow downloads once
        result = maven(project, "-q", *goals)
    assert result.returncode == 0, tail(result)
    return project


@pytest.fixture(scope="module")
def java_runner(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The command that runs the runner (built into a temporary folder)."""
    project = build_java_project(
        tmp_path_factory.mktemp("contract-java"),
        "-DskipTests", "compile", "dependency:build-classpath", "-Dmdep.outputFile=classpath.txt",
    )
    classpath = os.pathsep.join([str(project / "target" / "classes"), (project / "classpath.txt").read_text().strip()])
    return ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath, "contract.Main"]


def test_each_apis_driver_is_the_same_code() -> None:
    """DepliteDriver/PlatformDriver are AxhubDriver with the SDK's package and client class replaced."""
    template = (DRIVERS / "AxhubDriver.java").read_text()
    for package, client, driver in (("io.deplite.sdk", "DepliteClient", "DepliteDriver"),
                                    ("io.platformexample.sdk", "PlatformClient", "PlatformDriver")):
        expected = (template.replace("ai.axhub.sdk", package).replace("AxHubClient", client)
                    .replace("AxhubDriver", driver))
        assert (DRIVERS / f"{driver}.java").read_text() == expected, f"{driver}.java drifted from AxhubDriver.java"


def test_contract_scenarios_java(servers: dict[str, RefServer], java_runner: list[str]) -> None:
    result = subprocess.run(
        [*java_runner, *server_args(servers), "--scenarios", str(SCENARIOS)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, f"the Java runner failed:\n{out}\n{server_logs(servers)}"
    problems = check_runner_output(result.stdout, ["java"])
    assert not problems, "\n".join(problems) + "\n" + out


def test_contract_with_the_sdk_default_http_client_keeps_request_bodies(
    refserver: RefServer, java_runner: list[str]
) -> None:
    """Regression: the SDK's default java.net.http client once offered an h2c upgrade on plain
    http://, and the server rejected or emptied requests with a body; it now speaks HTTP/1.1."""
    result = subprocess.run(
        [*java_runner, "--base-url", refserver.base_url, "--scenarios", str(SCENARIOS),
         "-k", "deployment_trigger", "-k", "bootstraps"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_java_runner_rejects_bad_arguments(java_runner: list[str], tmp_path: Path) -> None:
    missing = subprocess.run(java_runner, capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2, missing.stdout + missing.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "bad", "description": "x", "steps": [{"operation": "op", "expect": {}, "nope": 1}]}')
    malformed = subprocess.run(
        [*java_runner, "--base-url", "http://127.0.0.1:9", "--scenarios", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert malformed.returncode == 2, malformed.stdout + malformed.stderr
    assert re.search(r"bad\.json: step 1: unknown step key \"nope\"", malformed.stderr), malformed.stderr

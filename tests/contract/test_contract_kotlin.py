"""Every contract scenario of every API through the Kotlin SDKs' generic surface (runners/kotlin, a Maven project).

runners/kotlin holds both the contract runner (src/main/kotlin/contract) and the
typed smoke tests (src/test/kotlin/smoke, run by test_smoke_kotlin.py and
test_smoke_kotlin_deplite.py), so kotlinc runs once for them all: ``build_kotlin_project``
copies runners/kotlin into a temporary folder, copies the SDKs' sources
(sdks/axhub/kotlin, sdks/deplite/kotlin and sdks/platform/kotlin, src/main/kotlin) in beside them
(nothing installed, no build output in the SDK), and runs ktlint on the
runner's own sources, then compiles main and test classes with every warning an
error, once per pytest session. Maven runs offline from the warm ~/.m2 when it can
(tests/sdk_kotlin/toolchain.py), with the SDK pom's library versions. The runner
then runs with ``java`` against the session's reference servers, one per API.
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

from tests.sdk_kotlin.toolchain import ensure_maven, maven_command  # noqa: E402

KOTLIN_RUNNER = Path(__file__).resolve().parent / "runners" / "kotlin"
SDK = ROOT / "sdks" / "axhub" / "kotlin"
# The Deplite SDK is compiled into the same project for its typed smoke test (test_smoke_kotlin_deplite.py).
DEPLITE_SDK = ROOT / "sdks" / "deplite" / "kotlin"
# The Platform SDK, for the runner's Platform scenarios.
PLATFORM_SDK = ROOT / "sdks" / "platform" / "kotlin"
DRIVERS = KOTLIN_RUNNER / "src" / "main" / "kotlin" / "contract"
# Properties of the SDK's pom that runners/kotlin/pom.xml repeats; passed with -D so the two never differ.
SHARED_PROPERTIES = ("kotlin.version", "kotlinx.coroutines.version", "jackson.version", "junit.version")
MAVEN_TIMEOUT = 1800
# kotlinc runs inside Maven's JVM (no daemon): the C1 compiler alone and a serial GC halve the CPU
# time of this build (about 1 min instead of 2 on the 2-core machine), as for javac in tests/sdk_java.
JVM_CONFIG = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss8m\n"

# The one build of the session: the project folder, or why it failed (not built twice either way).
_build: dict[str, Path | str] = {}


def sdk_properties() -> list[str]:
    """``-Dname=value`` for each of SHARED_PROPERTIES, as the SDK's pom.xml sets it."""
    pom = (SDK / "pom.xml").read_text(encoding="utf-8")
    found = []
    for name in SHARED_PROPERTIES:
        match = re.search(rf"<{re.escape(name)}>([^<]+)</{re.escape(name)}>", pom)
        assert match, f"{name} is not set in {SDK / 'pom.xml'}"
        found.append(f"-D{name}={match.group(1).strip()}")
    return found


def output_tail(result: subprocess.CompletedProcess[str], limit: int = 12000) -> str:
    """The end of a run's output, error lines first, for a failure message."""
    lines = (result.stdout + result.stderr).splitlines()
    errors = [line for line in lines if "ERROR" in line or "FAIL" in line or line.startswith("e: ")]
    text = "\n".join(errors[:200]) + "\n----- output -----\n" + "\n".join(lines)
    return text[-limit:]


def maven(project: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Maven in ``project`` (offline from ~/.m2 when it exists; online once if that fails)."""
    offline = ["-o"] if (Path.home() / ".m2" / "repository").is_dir() else []
    command = maven_command("-q", *sdk_properties(), *args)
    run_env = {**os.environ, **(env or {})}

    def run(extra: list[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *extra], cwd=project, capture_output=True, text=True, env=run_env, timeout=MAVEN_TIMEOUT
        )

    result = run(offline)
    if result.returncode != 0 and offline:  # something missing from the cache: allow downloads once
        result = run([])
    return result


def build_kotlin_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """runners/kotlin plus the SDK's sources, ktlint-checked and compiled (main and test), once per session.

    ``classpath.txt`` in the project lists the dependencies of both (``-Dmdep.includeScope=test``).
    """
    if "project" not in _build:
        ensure_maven()
        project = tmp_path_factory.mktemp("contract-kotlin") / "kotlin"
        shutil.copytree(KOTLIN_RUNNER, project, ignore=shutil.ignore_patterns("target", ".mvn"))
        for sdk in (SDK, DEPLITE_SDK, PLATFORM_SDK):
            shutil.copytree(sdk / "src" / "main" / "kotlin", project / "src" / "main" / "kotlin", dirs_exist_ok=True)
        (project / ".mvn").mkdir()
        (project / ".mvn" / "jvm.config").write_text(JVM_CONFIG)
        result = maven(
            project,
            "test-compile", "dependency:build-classpath", "-Dmdep.outputFile=classpath.txt", "-Dmdep.includeScope=test",
        )
        _build["project"] = project if result.returncode == 0 else output_tail(result)
    built = _build["project"]
    assert isinstance(built, Path), f"building runners/kotlin with the SDK's sources failed:\n{built}"
    return built


@pytest.fixture(scope="module")
def kotlin_runner(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The command that runs the runner (built into a temporary folder)."""
    project = build_kotlin_project(tmp_path_factory)
    classpath = os.pathsep.join([str(project / "target" / "classes"), (project / "classpath.txt").read_text().strip()])
    return ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath, "contract.MainKt"]


def test_each_apis_driver_is_the_same_code() -> None:
    """DepliteDriver.kt/PlatformDriver.kt are AxhubDriver.kt with the SDK's package and client class replaced."""
    template = (DRIVERS / "AxhubDriver.kt").read_text()
    for package, client, driver in (("io.deplite.sdk.kotlin", "DepliteClient", "DepliteDriver"),
                                    ("io.platformexample.sdk.kotlin", "PlatformClient", "PlatformDriver")):
        expected = (template.replace("ai.axhub.sdk.kotlin", package).replace("AxHubClient", client)
                    .replace("AxhubDriver", driver))
        assert (DRIVERS / f"{driver}.kt").read_text() == expected, f"{driver}.kt drifted from AxhubDriver.kt"


def test_contract_scenarios_kotlin(servers: dict[str, RefServer], kotlin_runner: list[str]) -> None:
    result = subprocess.run(
        [*kotlin_runner, *server_args(servers), "--scenarios", str(SCENARIOS)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, f"the Kotlin runner failed:\n{out}\n{server_logs(servers)}"
    problems = check_runner_output(result.stdout, ["kotlin"])
    assert not problems, "\n".join(problems) + "\n" + out


def test_kotlin_runner_rejects_bad_arguments(kotlin_runner: list[str], tmp_path: Path) -> None:
    missing = subprocess.run(kotlin_runner, capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2, missing.stdout + missing.stderr
    assert "--base-url is required" in missing.stderr, missing.stderr
    no_value = subprocess.run([*kotlin_runner, "--base-url"], capture_output=True, text=True, timeout=60)
    assert no_value.returncode == 2, no_value.stdout + no_value.stderr
    assert "--base-url needs a value" in no_value.stderr, no_value.stderr

    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "bad", "description": "x", "steps": [{"operation": "op", "expect": {}, "nope": 1}]}')
    malformed = subprocess.run(
        [*kotlin_runner, "--base-url", "http://127.0.0.1:9", "--scenarios", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert malformed.returncode == 2, malformed.stdout + malformed.stderr
    assert re.search(r"bad\.json: step 1: unknown step key \"nope\"", malformed.stderr), malformed.stderr
    assert malformed.stdout == "", "nothing runs when a scenario file is malformed"

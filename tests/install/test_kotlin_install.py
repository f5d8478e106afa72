"""The Kotlin SDK of every API, as a user installs it: ``mvn install`` into the local Maven
repository, then fresh Maven projects in a temporary folder (outside the SDK) depend on its
coordinates (read from the SDK's pom.xml) and compile with two Kotlin compilers, in one Maven run:

- the oldest the SDK supports (its pom's ``kotlin.stdlib.version``, 2.0.21), with that
  kotlin-stdlib as the project's own, as a project on Kotlin 2.0 has it;
- the SDK's own compiler (``kotlin.version``).

Both target the SDK's JVM floor (``kotlin.compiler.jvmTarget``, checked against that JDK's API with
``-Xjdk-release``), treat warnings as errors, and run. For AxHub the consumer is
tests/install/consumers/axhub/kotlin/Main.kt: it lists the deployments of the fixture app "shop",
reads one, and reads a typed 404 from the session's reference server; the test compares what it
prints with what the server answers directly. An API without a consumer program still gets
installed and a program that references its client class compiled and run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from contract_lib import RefServer

from .install_lib import ROOT, output, sdk_dirs, sdk_ids
from .jvm_consumers import EXPECTED_LINES
from .maven_lib import (
    Coordinates,
    aggregator_xml,
    compile_projects,
    dependency_plugin_xml,
    install_sdk,
    newest_class_file_release,
    pom_property,
    project_xml,
    run_main,
)

CONSUMERS = ROOT / "tests" / "install" / "consumers"
KOTLIN_COMPILER_PLUGIN = "3.14.0"  # the Kotlin SDK pom's; only skips (no Java sources)


def client_class(sdk: Path) -> str:
    """The fully qualified name of the SDK's client: the class that extends the runtime's SdkClient."""
    sources = sdk / "src" / "main" / "kotlin"
    clients = sorted(p for p in sources.glob("**/*Client.kt") if ": SdkClient(" in p.read_text())
    assert len(clients) == 1, f"expected one client class in {sources}, found {clients}"
    package = ".".join(clients[0].parent.relative_to(sources).parts)
    return f"{package}.{clients[0].stem}"


def consumer_pom(name: str, coords: Coordinates, kotlin: str, jvm_target: str) -> str:
    stdlib = ("<dependency><groupId>org.jetbrains.kotlin</groupId><artifactId>kotlin-stdlib</artifactId>"
              "<version>${kotlin.version}</version></dependency>")
    build = f"""    <sourceDirectory>src/main/kotlin</sourceDirectory>
    <plugins>
      <plugin>
        <groupId>org.jetbrains.kotlin</groupId>
        <artifactId>kotlin-maven-plugin</artifactId>
        <version>${{kotlin.version}}</version>
        <configuration>
          <jvmTarget>${{kotlin.compiler.jvmTarget}}</jvmTarget>
          <args>
            <arg>-Werror</arg>
            <arg>-Xjdk-release=${{kotlin.compiler.jvmTarget}}</arg>
          </args>
        </configuration>
        <executions>
          <execution>
            <id>compile</id>
            <goals><goal>compile</goal></goals>
          </execution>
        </executions>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>{KOTLIN_COMPILER_PLUGIN}</version>
      </plugin>{dependency_plugin_xml()}
    </plugins>"""
    properties = {"kotlin.version": kotlin, "kotlin.compiler.jvmTarget": jvm_target,
                  "kotlin.compiler.daemon": "false", "maven.compiler.release": jvm_target}
    return project_xml(f"kotlin-consumer-{name}", properties, [stdlib, coords.dependency_xml()], build)


def write_consumer(project: Path, sdk: Path, pom: str) -> bool:
    """One consumer project; True when it is the API's own program, False for the compile check."""
    sources = project / "src" / "main" / "kotlin" / "consumer"
    sources.mkdir(parents=True)
    (project / "pom.xml").write_text(pom)
    program = CONSUMERS / sdk.parent.name / "kotlin" / "Main.kt"
    if program.is_file():
        shutil.copy(program, sources / "Main.kt")
        return True
    client = client_class(sdk)
    (sources / "Main.kt").write_text(
        f"package consumer\n\nimport {client}\n\n"
        f"fun main() {{\n    println(\"client \" + {client.rsplit('.', 1)[1]}::class.java.name)\n}}\n"
    )
    return False


@pytest.mark.timeout(2400)
@pytest.mark.parametrize("sdk", sdk_dirs("kotlin"), ids=sdk_ids("kotlin"))
def test_kotlin_sdk_installs_and_runs_with_kotlin_2_0_and_current(
        sdk: Path, install_server: RefServer, tmp_path: Path) -> None:
    floor = pom_property(sdk, "kotlin.stdlib.version")
    current = pom_property(sdk, "kotlin.version")
    jvm_target = pom_property(sdk, "kotlin.compiler.jvmTarget")
    assert floor.startswith("2.0."), f"the Kotlin SDK is meant to support Kotlin 2.0, its pom says {floor}"
    assert pom_property(sdk, "kotlin.compiler.apiVersion") == "2.0"
    assert pom_property(sdk, "kotlin.compiler.languageVersion") == "2.0"
    coords = install_sdk(sdk, tmp_path)
    assert newest_class_file_release(coords.repository_path()) == int(jvm_target), coords.repository_path()

    root = tmp_path / "consumers"
    compilers = {"floor": floor, "current": current}
    root.mkdir()
    (root / "pom.xml").write_text(aggregator_xml(list(compilers)))
    has_program = False
    for name, kotlin in compilers.items():
        has_program = write_consumer(root / name, sdk, consumer_pom(name, coords, kotlin, jvm_target))
    compile_projects(root)  # one Maven run, both compilers

    for name, kotlin in compilers.items():
        result = run_main(root / name, "consumer.MainKt", install_server.base_url, "tok_owner")
        assert result.returncode == 0, f"Kotlin {kotlin}:\n{output(result)}"
        lines = result.stdout.strip().splitlines()
        if has_program:
            expected = EXPECTED_LINES.get(sdk.parent.name)
            assert expected is not None, f"no expected output for {sdk.parent.name}'s consumer program"
            assert lines == expected(install_server.base_url), f"Kotlin {kotlin}:\n{output(result)}"
        else:
            assert lines == [f"client {client_class(sdk)}"], f"Kotlin {kotlin}:\n{output(result)}"
        # the program ran with the stdlib its project brought: the floor project's is 2.0.x
        classpath = (root / name / "target" / "classpath.txt").read_text()
        assert f"kotlin-stdlib-{kotlin}.jar" in classpath, classpath

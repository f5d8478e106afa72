"""The Java SDK of every API, as a user installs it: ``mvn install`` into the local Maven repository,
then a fresh Maven project in a temporary folder (outside the SDK) depends on its coordinates (read
from the SDK's pom.xml), compiles with ``--release`` set to the SDK's own floor (Java 11) and
``-Xlint:all -Werror``, and runs.

For AxHub the consumer is tests/install/consumers/axhub/java/Main.java: it lists the deployments of
the fixture app "shop", reads one, and reads a typed 404 from the session's reference server; the
test compares what it prints with what the server answers directly. An API without a consumer
program still gets installed and a program that references its client class compiled and run.

Only a JDK 17 is on the machine: ``--release 11`` checks the code against the Java 11 API (javac's
ct.sym), which is the honest check available without a JDK 11. javac 17 would still compile against
Java 17 class files under ``--release 11``, so the installed jar's class file versions are checked
too (all Java 11, major version 55).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from contract_lib import RefServer

from .install_lib import ROOT, output, sdk_dirs, sdk_ids
from .jvm_consumers import EXPECTED_LINES
from .maven_lib import (
    JAVA_COMPILER_PLUGIN,
    Coordinates,
    compile_projects,
    dependency_plugin_xml,
    install_sdk,
    newest_class_file_release,
    pom_property,
    project_xml,
    run_main,
)

CONSUMERS = ROOT / "tests" / "install" / "consumers"


def client_class(sdk: Path) -> str:
    """The fully qualified name of the SDK's client: the ``*Client`` class beside core/ApiClient."""
    runtime = sorted(sdk.glob("src/main/java/**/core/ApiClient.java"))
    assert len(runtime) == 1, f"expected one core/ApiClient.java in {sdk}, found {runtime}"
    base = runtime[0].parent.parent
    clients = sorted(base.glob("*Client.java"))
    assert len(clients) == 1, f"expected one *Client.java in {base}, found {clients}"
    package = ".".join(base.relative_to(sdk / "src" / "main" / "java").parts)
    return f"{package}.{clients[0].stem}"


def consumer_pom(coords: Coordinates, release: str) -> str:
    build = f"""    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>{JAVA_COMPILER_PLUGIN}</version>
        <configuration>
          <showWarnings>true</showWarnings>
          <compilerArgs>
            <arg>-Xlint:all</arg>
            <arg>-Werror</arg>
          </compilerArgs>
        </configuration>
      </plugin>{dependency_plugin_xml()}
    </plugins>"""
    return project_xml("java-consumer", {"maven.compiler.release": release}, [coords.dependency_xml()], build)


def write_consumer(project: Path, sdk: Path, coords: Coordinates, release: str) -> bool:
    """The consumer project; True when it is the API's own program, False for the compile check."""
    sources = project / "src" / "main" / "java" / "consumer"
    sources.mkdir(parents=True)
    (project / "pom.xml").write_text(consumer_pom(coords, release))
    program = CONSUMERS / sdk.parent.name / "java" / "Main.java"
    if program.is_file():
        shutil.copy(program, sources / "Main.java")
        return True
    (sources / "Main.java").write_text(
        "package consumer;\n\n"
        f"import {client_class(sdk)};\n\n"
        "public final class Main {\n"
        "    private Main() {\n    }\n\n"
        "    public static void main(String[] args) {\n"
        f"        System.out.println(\"client \" + {client_class(sdk).rsplit('.', 1)[1]}.class.getName());\n"
        "    }\n"
        "}\n"
    )
    return False


@pytest.mark.timeout(1800)
@pytest.mark.parametrize("sdk", sdk_dirs("java"), ids=sdk_ids("java"))
def test_java_sdk_installs_and_runs_in_a_java_11_project(sdk: Path, install_server: RefServer, tmp_path: Path) -> None:
    release = pom_property(sdk, "maven.compiler.release")
    assert release == "11", f"the Java SDK is meant to support Java 11, its pom says {release}"
    coords = install_sdk(sdk, tmp_path)
    # javac 17 would compile against Java 17 class files even with --release 11: check the jar too
    assert newest_class_file_release(coords.repository_path()) == int(release), coords.repository_path()

    project = tmp_path / "consumer"
    has_program = write_consumer(project, sdk, coords, release)
    compile_projects(project)
    result = run_main(project, "consumer.Main", install_server.base_url, "tok_owner")
    assert result.returncode == 0, output(result)
    lines = result.stdout.strip().splitlines()
    if has_program:
        expected = EXPECTED_LINES.get(sdk.parent.name)
        assert expected is not None, f"no expected output for {sdk.parent.name}'s consumer program"
        assert lines == expected(install_server.base_url), output(result)
    else:
        assert lines == [f"client {client_class(sdk)}"], output(result)

"""What the Java and Kotlin install tests share: reading an SDK's pom, installing the SDK into the
local Maven repository as a user does (``mvn install``), and a consumer project that depends on it
by its coordinates, compiles, and writes its runtime classpath for ``java -cp``.

Everything is API-neutral: coordinates and versions come from the SDK's own pom.xml, so an API added
under ``spec/`` is installed the same way. Maven runs in batch mode with the JVM settings of
tests/sdk_java/toolchain.py (C1 only, serial GC) and uses the default ~/.m2 cache; the consumer
binds ``dependency:build-classpath`` to its compile phase so one Maven run compiles and lists the
classpath.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .install_lib import ROOT, output

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.sdk_java.toolchain import ensure_java_toolchain, maven  # noqa: E402

POM_NS = {"m": "http://maven.apache.org/POM/4.0.0"}
# Pinned like the SDK poms pin theirs, so a warm ~/.m2 serves every build.
RESOURCES_PLUGIN = "3.3.1"
DEPENDENCY_PLUGIN = "3.8.1"
JAVA_COMPILER_PLUGIN = "3.13.0"
CLASSPATH_FILE = "classpath.txt"


@dataclass(frozen=True)
class Coordinates:
    group_id: str
    artifact_id: str
    version: str

    def dependency_xml(self) -> str:
        return (f"<dependency><groupId>{self.group_id}</groupId><artifactId>{self.artifact_id}</artifactId>"
                f"<version>{self.version}</version></dependency>")

    def repository_path(self) -> Path:
        """Where ``mvn install`` puts the jar in the default local repository."""
        return (Path.home() / ".m2" / "repository" / Path(*self.group_id.split(".")) / self.artifact_id
                / self.version / f"{self.artifact_id}-{self.version}.jar")


def _pom(sdk: Path) -> ET.Element:
    pom = sdk / "pom.xml"
    assert pom.is_file(), f"{sdk} has no pom.xml"
    return ET.parse(pom).getroot()


def coordinates(sdk: Path) -> Coordinates:
    """groupId, artifactId and version of the SDK, from its pom.xml."""
    root = _pom(sdk)
    values = [root.findtext(f"m:{tag}", namespaces=POM_NS) for tag in ("groupId", "artifactId", "version")]
    assert all(values), f"{sdk / 'pom.xml'} lacks groupId, artifactId or version: {values}"
    return Coordinates(*(v.strip() for v in values if v))


def pom_property(sdk: Path, name: str) -> str:
    """One ``<properties>`` value of the SDK's pom.xml (a failed assertion when it is missing)."""
    value = _pom(sdk).findtext(f"m:properties/m:{name}", namespaces=POM_NS)
    assert value and value.strip(), f"{sdk / 'pom.xml'} sets no <{name}> property"
    return value.strip()


def install_sdk(sdk: Path, workdir: Path) -> Coordinates:
    """``mvn install`` of a copy of the SDK (so no target/ lands in sdks/), tests and lint skipped."""
    ensure_java_toolchain()
    project = workdir / "sdk"
    shutil.copytree(sdk, project, ignore=shutil.ignore_patterns("target", ".mvn"))
    result = maven(project, "-q", "-Dmaven.test.skip=true", "-Dktlint.skip=true", "install")
    assert result.returncode == 0, output(result)
    coords = coordinates(sdk)
    assert coords.repository_path().is_file(), f"mvn install did not write {coords.repository_path()}"
    return coords


def newest_class_file_release(jar: Path) -> int:
    """The newest Java release any class in `jar` needs (class file major version - 44). javac 17
    reads newer class files even under ``--release 11``, so the floor is checked on the jar itself."""
    newest = 0
    with zipfile.ZipFile(jar) as archive:
        for name in archive.namelist():
            if name.endswith(".class") and not name.startswith("META-INF/versions/"):
                header = archive.read(name)[:8]
                assert header[:4] == b"\xca\xfe\xba\xbe", f"{jar}!{name} is not a class file"
                newest = max(newest, int.from_bytes(header[6:8], "big") - 44)
    assert newest, f"{jar} holds no class files"
    return newest


def dependency_plugin_xml() -> str:
    """maven-dependency-plugin writing the runtime classpath to target/classpath.txt at compile."""
    return f"""
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>{DEPENDENCY_PLUGIN}</version>
        <executions>
          <execution>
            <id>classpath</id>
            <phase>compile</phase>
            <goals><goal>build-classpath</goal></goals>
            <configuration>
              <includeScope>runtime</includeScope>
              <outputFile>${{project.build.directory}}/{CLASSPATH_FILE}</outputFile>
            </configuration>
          </execution>
        </executions>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>{RESOURCES_PLUGIN}</version>
      </plugin>"""


def project_xml(artifact_id: str, properties: dict[str, str], dependencies: list[str], build: str) -> str:
    """A consumer pom: its own coordinates, properties, dependencies and <build> contents."""
    props = "\n".join(f"    <{k}>{v}</{k}>" for k, v in properties.items())
    deps = "\n".join(f"    {d}" for d in dependencies)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example.consumer</groupId>
  <artifactId>{artifact_id}</artifactId>
  <version>1.0.0</version>
  <packaging>jar</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
{props}
  </properties>
  <dependencies>
{deps}
  </dependencies>
  <build>
{build}
  </build>
</project>
"""


def aggregator_xml(modules: list[str]) -> str:
    """A pom that only builds `modules` in one Maven run (each module is a standalone project)."""
    listed = "\n".join(f"    <module>{m}</module>" for m in modules)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example.consumer</groupId>
  <artifactId>consumers</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <modules>
{listed}
  </modules>
</project>
"""


def compile_projects(root: Path) -> None:
    """One Maven run: compile the project (or every module of an aggregator) and list its classpath."""
    result = maven(root, "-q", "compile")
    assert result.returncode == 0, output(result)


def run_main(project: Path, main_class: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``java -cp classes:dependencies main_class args`` of a compiled consumer project."""
    classpath_file = project / "target" / CLASSPATH_FILE
    assert classpath_file.is_file(), f"{classpath_file} was not written"
    classpath = os.pathsep.join([str(project / "target" / "classes"), classpath_file.read_text().strip()])
    command = ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath, main_class, *args]
    return subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=300)

"""The Kotlin toolchain of the generation matrix (tests/generation/test_matrix.py).

Every generated project is compiled in ONE Maven reactor with the compiler settings its own pom.xml
ships (kotlinc `-Werror`, language and API 2.0, JVM 11). Each SDK carries an identical copy of the runtime
(`sdkgen.kotlin.runtime`); compiling it once per project was most of the cost, so the reactor
compiles it once as its own module and every project's module compiles only the project's own
sources against it. The module poms are the projects' poms with just that changed (a unique
artifactId, the source folder, the runtime dependency); a project whose runtime copy differs, or
whose sources cannot be told apart from the runtime's, is compiled whole from its own folder.
ktlint and the runtime's unit tests run with the AxHub SDK (tests/sdk_kotlin), not here.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.sdk_kotlin.toolchain import ensure_maven, maven_command

_NS = "http://maven.apache.org/POM/4.0.0"
_POM = "{" + _NS + "}"
_RUNTIME = Path("src/main/kotlin/sdkgen/kotlin/runtime")
_OPERATION = re.compile(r"^    private fun operation\d+\(\): Operation =$", re.M)
GROUP = "sdkgen.matrix"
_MAVEN_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
# kotlinc in the Kotlin daemon: compiled in-process, every module loads the compiler afresh in its
# own class loader and runs it cold (about 7 s for the smallest project); the daemon keeps one
# warm compiler for the whole reactor and exits a second after the build, when no client is left.
# The flags are the projects' own (-Werror included); only where kotlinc runs changes.
DAEMON_JVM = "-XX:TieredStopAtLevel=1,-XX:+UseParallelGC,-Xss8m,-Xmx3g"
_DAEMON = [
    "-Dkotlin.compiler.daemon=true",
    f"-Dkotlin.daemon.jvm.options={DAEMON_JVM}",
    "-Dkotlin.daemon.options=autoshutdownIdleSeconds=120,autoshutdownUnusedSeconds=120,shutdownDelayMilliseconds=1000",
]


def operation_count(root: Path) -> int:
    """How many operations the generated Operations.kt declares (one `operationN()` each)."""
    (table,) = root.glob("src/main/kotlin/**/Operations.kt")
    return len(_OPERATION.findall(table.read_text(encoding="utf-8")))


def _runtime_digest(root: Path) -> str:
    digest = hashlib.sha256()
    folder = root / _RUNTIME
    for path in sorted(folder.rglob("*.kt")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _own_sources(root: Path) -> Path | None:
    """The folder holding every Kotlin source of the project except the runtime's, or None when
    there is no such folder apart from the runtime (a package inside `sdkgen/kotlin/runtime`)."""
    base = root / "src" / "main" / "kotlin"
    runtime = root / _RUNTIME
    files = [p for p in base.rglob("*.kt") if not p.is_relative_to(runtime)]
    if not files:
        return None
    common = Path(os.path.commonpath([p.parent for p in files]))
    return None if runtime.is_relative_to(common) else common


def _child(element: ET.Element, path: str) -> ET.Element:
    found = element.find("/".join(_POM + part for part in path.split("/")))
    assert found is not None, f"pom.xml has no <{path}>"
    return found


def module_pom(root: Path, artifact: str, source: Path, runtime_artifact: str | None) -> bytes:
    """The project's pom.xml with other coordinates, an absolute source folder, and (when given) a
    dependency on the reactor's runtime module."""
    ET.register_namespace("", _NS)
    project = ET.parse(root / "pom.xml").getroot()
    _child(project, "groupId").text = GROUP
    _child(project, "artifactId").text = artifact
    _child(project, "version").text = "0"
    _child(project, "build/sourceDirectory").text = str(source.resolve())
    if runtime_artifact is not None:
        dependency = ET.SubElement(_child(project, "dependencies"), _POM + "dependency")
        for name, value in (("groupId", GROUP), ("artifactId", runtime_artifact), ("version", "0")):
            ET.SubElement(dependency, _POM + name).text = value
    pom: bytes = ET.tostring(project, encoding="utf-8", xml_declaration=True)
    return pom


class Reactor:
    """The module folders written under a scratch folder: a runtime module per distinct runtime copy,
    and one module per project (`modules[root]`, named after it)."""

    def __init__(self, roots: list[Path], scratch: Path) -> None:
        self.scratch = scratch
        self.modules: dict[Path, str] = {}
        self.runtimes: dict[str, str] = {}  # runtime digest -> its module's artifactId
        self.order: list[str] = []
        for index, root in enumerate(roots):
            own = _own_sources(root)
            runtime_artifact = None
            source = root / "src" / "main" / "kotlin"
            if own is not None and (root / _RUNTIME).is_dir():
                digest = _runtime_digest(root)
                if digest not in self.runtimes:
                    name = f"runtime-{len(self.runtimes)}"
                    self._module(name, module_pom(root, name, root / _RUNTIME, None))
                    self.runtimes[digest] = name
                runtime_artifact = self.runtimes[digest]
                source = own
            name = f"p{index:02d}-{re.sub(r'[^A-Za-z0-9_.-]', '_', root.parent.name)}"
            self._module(name, module_pom(root, name, source, runtime_artifact))
            self.modules[root] = name

    def _module(self, name: str, pom: bytes) -> None:
        folder = self.scratch / name
        folder.mkdir()
        (folder / "pom.xml").write_bytes(pom)
        self.order.append(name)

    def write_aggregator(self, extra: list[str] | None = None) -> None:
        """The reactor's pom.xml: every module written, then `extra` module folders."""
        modules = "".join(f"    <module>{name}</module>\n" for name in [*self.order, *(extra or [])])
        (self.scratch / "pom.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<project xmlns="{_NS}">\n'
            "  <modelVersion>4.0.0</modelVersion>\n"
            f"  <groupId>{GROUP}</groupId>\n  <artifactId>kotlin-reactor</artifactId>\n  <version>0</version>\n"
            f"  <packaging>pom</packaging>\n  <modules>\n{modules}  </modules>\n</project>\n",
            encoding="utf-8",
        )

    def compile(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`mvn compile` of the reactor, two modules at a time, without ktlint and tests."""
        env = {**os.environ, "MAVEN_OPTS": _MAVEN_OPTS}
        return subprocess.run(
            maven_command("-T", "2", "-fae", "-Dktlint.skip=true", "-Dmaven.test.skip=true", *_DAEMON, *args,
                          "compile"),
            cwd=self.scratch, env=env, capture_output=True, text=True, timeout=3600,
        )


def errors(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The compiler's error lines (with -Werror, warnings are errors too), then Maven's."""
    lines = (result.stdout + result.stderr).splitlines()
    located = [line for line in lines if re.match(r"\[(ERROR|WARNING)\] (file:|/|e: |w: )", line)]
    return list(dict.fromkeys(located + [line for line in lines if line.startswith("[ERROR]")]))


def compile_projects(roots: list[Path], scratch: Path) -> None:
    """`mvn compile` of one reactor over every project (-T 2); any compiler error or warning fails."""
    if not roots:
        return
    ensure_maven()
    reactor = Reactor(roots, scratch)
    reactor.write_aggregator()
    started = time.perf_counter()
    result = reactor.compile()
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise AssertionError(
            f"mvn compile of {len(roots)} Kotlin projects failed after {elapsed:.0f}s (exit {result.returncode}):\n"
            + "\n".join(errors(result)[:80])
        )
    print(f"kotlin: {len(roots)} projects compiled in {elapsed:.0f}s")

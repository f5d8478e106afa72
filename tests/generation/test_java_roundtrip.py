"""Models of the Java SDKs generated for tests/generation/cases decode every round-trip document
(tests/generation/roundtrip/documents.json) into the named model, with the named variant classes,
and encode it back unchanged; the hostile enum's values survive exactly. One Maven build of every
case SDK plus the harness (tests/sdk_java/roundtrip/RoundTrip.java), then one JVM run."""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator import ir
from generator.cli import load, main
from generator.targets.java import JavaView
from tests.sdk_java.toolchain import ensure_java_toolchain, maven, tail

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
DOCUMENTS = HERE / "roundtrip" / "documents.json"
HARNESS = HERE.parent / "sdk_java" / "roundtrip" / "RoundTrip.java"
POM = "{http://maven.apache.org/POM/4.0.0}"
JAVA_LANG = {"String", "Long", "Integer", "Double", "Boolean", "Object"}


def case_specs() -> dict[str, Path]:
    return {p.stem: p for p in sorted(CASES.iterdir()) if p.suffix in (".yaml", ".json")}


def canonical(view: JavaView, schema: str) -> str:
    """The Jackson canonical type name (`java.util.List<com.x.models.Pet>`) of a schema."""
    jt = view.jtype(ir.NamedType(schema))
    by_name = {name.rsplit(".", 1)[1]: name for name in jt.imports}

    def qualify(match: re.Match[str]) -> str:
        word = match.group(0)
        return by_name.get(word) or (f"java.lang.{word}" if word in JAVA_LANG else word)

    return re.sub(r"[^\W\d][\w$]*", qualify, jt.text)


def plan(out: Path) -> dict[str, object]:
    """What the harness checks, with every name taken from the generator's Java naming."""
    views = {}
    for case, spec in case_specs().items():
        loaded = load(spec, strict=False)
        views[case] = JavaView(loaded.api, loaded.settings)
    documents = []
    for index, item in enumerate(json.loads(DOCUMENTS.read_text(encoding="utf-8"))):
        view = views[item["case"]]
        documents.append({
            "name": f"#{index} {item['case']}.{item['type']}",
            "package": view.package,
            "type": canonical(view, item["type"]),
            "document": item["document"],
            "classes": {path: f"{view.package}.models.{view.class_names[schema]}"
                        for path, schema in item["classes"].items()},
        })
    hostile = json.loads((CASES / "hostile.json").read_text(encoding="utf-8"))
    enums = [{
        "package": views["hostile"].package,
        "class": f"{views['hostile'].package}.models.{views['hostile'].class_names['HostileEnum']}",
        "values": hostile["components"]["schemas"]["HostileEnum"]["enum"],
    }]
    return {"documents": documents, "enums": enums}


def coordinates(pom: Path) -> tuple[str, str, str]:
    project = ET.parse(pom).getroot()
    return (project.findtext(POM + "groupId") or "", project.findtext(POM + "artifactId") or "",
            project.findtext(POM + "version") or "")


def harness_pom(sdks: list[Path]) -> str:
    dependencies = "".join(
        f"    <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version></dependency>\n"
        for g, a, v in (coordinates(root / "pom.xml") for root in sdks)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>roundtrip</groupId>
  <artifactId>java-roundtrip-harness</artifactId>
  <version>0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
{dependencies}  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
        <configuration><compilerArgs><arg>-Xlint:all</arg><arg>-Werror</arg></compilerArgs></configuration>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>3.8.1</version>
        <executions>
          <execution>
            <id>classpath</id>
            <phase>compile</phase>
            <goals><goal>build-classpath</goal></goals>
            <configuration><outputFile>${{project.build.directory}}/classpath.txt</outputFile></configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The build folder: every case SDK and the harness compiled in one Maven reactor."""
    ensure_java_toolchain()
    out = tmp_path_factory.mktemp("java-roundtrip")
    for spec in case_specs().values():
        assert main(["generate", "--spec", str(spec), "--lang", "java", "--out", str(out / "sdks")]) == 0, spec.name
    sdks = sorted((out / "sdks").glob("*/java"))
    harness = out / "harness"
    (harness / "src" / "main" / "java").mkdir(parents=True)
    (harness / "src" / "main" / "java" / "RoundTrip.java").write_text(HARNESS.read_text(encoding="utf-8"))
    (harness / "pom.xml").write_text(harness_pom(sdks), encoding="utf-8")
    modules = "".join(f"    <module>{root.relative_to(out).as_posix()}</module>\n" for root in [*sdks, harness])
    (out / "pom.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n  <groupId>roundtrip</groupId>\n"
        "  <artifactId>java-roundtrip</artifactId>\n  <version>0</version>\n  <packaging>pom</packaging>\n"
        f"  <modules>\n{modules}  </modules>\n</project>\n",
        encoding="utf-8",
    )
    result = maven(out, "-q", "-T", "2", "-Dmaven.test.skip=true", "compile", timeout=1800)
    assert result.returncode == 0, tail(result)
    return out


def test_every_document_round_trips_and_hostile_values_survive(built: Path) -> None:
    plan_file = built / "plan.json"
    plan_file.write_text(json.dumps(plan(built)), encoding="utf-8")
    harness = built / "harness" / "target"
    classpath = (harness / "classpath.txt").read_text().strip()
    result = subprocess.run(
        ["java", "-XX:TieredStopAtLevel=1", "-cp", f"{harness / 'classes'}:{classpath}", "RoundTrip", str(plan_file)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-4000:]
    documents = len(json.loads(DOCUMENTS.read_text(encoding="utf-8")))
    assert f"{documents + 1} checked, 0 failed" in result.stdout, result.stdout

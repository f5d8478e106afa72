"""Models of the Kotlin SDKs generated for tests/generation/cases decode every round-trip document
(tests/generation/roundtrip/documents.json) into the named model, with the named variant classes,
and encode it back unchanged; the hostile enum's values survive exactly. One Maven reactor compiles
every case SDK and the harness (tests/sdk_kotlin/roundtrip/RoundTrip.kt), then one JVM runs it."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator import ir
from generator.cli import load, main
from generator.targets.kotlin import KotlinView
from tests.generation.toolchains.kotlin import Reactor, errors, module_pom
from tests.sdk_kotlin.toolchain import ensure_maven

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
DOCUMENTS = HERE / "roundtrip" / "documents.json"
HARNESS = HERE.parent / "sdk_kotlin" / "roundtrip" / "RoundTrip.kt"
POM = "{http://maven.apache.org/POM/4.0.0}"
# Kotlin's names for the types `KotlinView.java_type` writes as class literals, as Java names.
JAVA_NAMES = {
    "String": "java.lang.String",
    "Long": "java.lang.Long",
    "Int": "java.lang.Integer",
    "Double": "java.lang.Double",
    "Boolean": "java.lang.Boolean",
    "JsonNode": "com.fasterxml.jackson.databind.JsonNode",
    "OffsetDateTime": "java.time.OffsetDateTime",
    "LocalDate": "java.time.LocalDate",
}


def case_specs() -> dict[str, Path]:
    return {p.stem: p for p in sorted(CASES.iterdir()) if p.suffix in (".yaml", ".json")}


def canonical(view: KotlinView, schema: str) -> str:
    """The Jackson canonical type name of a schema, from the type expression the generator writes."""

    def convert(expression: str) -> str:
        if expression.startswith("Types.list(") and expression.endswith(")"):
            return f"java.util.List<{convert(expression[len('Types.list('):-1])}>"
        if expression.startswith("Types.map(") and expression.endswith(")"):
            return f"java.util.Map<java.lang.String,{convert(expression[len('Types.map('):-1])}>"
        name = expression.split("::", 1)[0]
        return JAVA_NAMES.get(name) or f"{view.package}.models.{name}"

    return convert(view.java_type(ir.NamedType(schema)))


def plan() -> dict[str, object]:
    """What the harness checks, with every name taken from the generator's Kotlin naming."""
    views = {}
    for case, spec in case_specs().items():
        loaded = load(spec, strict=False)
        views[case] = KotlinView(loaded.api, loaded.settings)
    documents = []
    for index, item in enumerate(json.loads(DOCUMENTS.read_text(encoding="utf-8"))):
        view = views[item["case"]]
        documents.append({
            "name": f"#{index} {item['case']}.{item['type']}",
            "type": canonical(view, item["type"]),
            "document": item["document"],
            "classes": {path: f"{view.package}.models.{view.class_names[schema]}"
                        for path, schema in item["classes"].items()},
        })
    hostile = json.loads((CASES / "hostile.json").read_text(encoding="utf-8"))
    enums = [{
        "class": f"{views['hostile'].package}.models.{views['hostile'].class_names['HostileEnum']}",
        "values": hostile["components"]["schemas"]["HostileEnum"]["enum"],
    }]
    return {"documents": documents, "enums": enums}


def harness_pom(sdk: Path, source: Path, runtime: str | None) -> bytes:
    """An SDK's pom (its compiler settings, -Werror included) turned into the harness's, which also
    writes its class path to target/classpath.txt."""
    ET.register_namespace("", POM[1:-1])
    project = ET.fromstring(module_pom(sdk, "roundtrip-harness", source, runtime))
    plugins = project.find(f"{POM}build/{POM}plugins")
    assert plugins is not None
    plugin = ET.SubElement(plugins, POM + "plugin")
    for name, value in (("groupId", "org.apache.maven.plugins"), ("artifactId", "maven-dependency-plugin"),
                        ("version", "3.8.1")):
        ET.SubElement(plugin, POM + name).text = value
    execution = ET.SubElement(ET.SubElement(plugin, POM + "executions"), POM + "execution")
    ET.SubElement(execution, POM + "id").text = "classpath"
    ET.SubElement(execution, POM + "phase").text = "compile"
    ET.SubElement(ET.SubElement(execution, POM + "goals"), POM + "goal").text = "build-classpath"
    configuration = ET.SubElement(execution, POM + "configuration")
    ET.SubElement(configuration, POM + "outputFile").text = "${project.build.directory}/classpath.txt"
    pom: bytes = ET.tostring(project, encoding="utf-8", xml_declaration=True)
    return pom


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """The reactor folder (every case SDK and the harness compiled) and the class folders to run with."""
    ensure_maven()
    out = tmp_path_factory.mktemp("kotlin-roundtrip")
    for spec in case_specs().values():
        assert main(["generate", "--spec", str(spec), "--lang", "kotlin", "--out", str(out / "sdks")]) == 0, spec.name
    sdks = sorted((out / "sdks").glob("*/kotlin"))
    scratch = out / "reactor"
    scratch.mkdir()
    reactor = Reactor(sdks, scratch)
    # each SDK carries its runtime in its own package (<package>.core): the harness finds each
    # one's mapper by reflection and needs none of them to compile
    runtime = next(iter(reactor.runtimes.values()), None)
    source = out / "harness-src"
    source.mkdir()
    (source / "RoundTrip.kt").write_text(HARNESS.read_text(encoding="utf-8"), encoding="utf-8")
    (scratch / "harness").mkdir()
    (scratch / "harness" / "pom.xml").write_bytes(harness_pom(sdks[0], source, runtime))
    reactor.write_aggregator(extra=["harness"])
    result = reactor.compile()
    assert result.returncode == 0, "\n".join(errors(result)[:80])
    classes = [scratch / "harness" / "target" / "classes"] + [scratch / name / "target" / "classes"
                                                               for name in reactor.modules.values()]
    return scratch, classes


def test_every_document_round_trips_and_hostile_values_survive(built: tuple[Path, list[Path]]) -> None:
    scratch, classes = built
    plan_file = scratch / "plan.json"
    plan_file.write_text(json.dumps(plan()), encoding="utf-8")
    classpath = (scratch / "harness" / "target" / "classpath.txt").read_text().strip()
    result = subprocess.run(
        ["java", "-XX:TieredStopAtLevel=1", "-cp", ":".join([*map(str, classes), classpath]), "roundtrip.RoundTripKt",
         str(plan_file)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-4000:]
    documents = len(json.loads(DOCUMENTS.read_text(encoding="utf-8")))
    assert f"{documents + 1} checked, 0 failed" in result.stdout, result.stdout

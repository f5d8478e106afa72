"""Two Kotlin SDKs generated from two specs in one application (issue #16 item 9): AxHub's and
Deplite's SDKs are installed as jars (``mvn install``), and one Maven project that depends on both
compiles tests/install/consumers/axhub_deplite/kotlin/Main.kt (warnings as errors) and runs it.
Each SDK keeps its runtime in its own package (``<package>.core``), so their classes never clash;
the program calls the AxHub reference server, signs Deplite's shared test vector, and shows each
SDK's own argument error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from contract_lib import RefServer

from .install_lib import ROOT, output
from .jvm_consumers import FIRST_DEPLOYMENT, SHOP, get_json
from .maven_lib import compile_projects, install_sdk, pom_property, run_main
from .test_kotlin_install import consumer_pom

SDKS = ROOT / "sdks"
PROGRAM = ROOT / "tests" / "install" / "consumers" / "axhub_deplite" / "kotlin" / "Main.kt"


@pytest.mark.timeout(2400)
def test_axhub_and_deplite_sdks_in_one_kotlin_program(install_server: RefServer, tmp_path: Path) -> None:
    axhub, deplite = SDKS / "axhub" / "kotlin", SDKS / "deplite" / "kotlin"
    coords = [install_sdk(sdk, tmp_path / sdk.parent.name) for sdk in (axhub, deplite)]
    project = tmp_path / "consumer"
    pom = consumer_pom("two-sdks", coords[0], pom_property(axhub, "kotlin.version"),
                       pom_property(axhub, "kotlin.compiler.jvmTarget"))
    pom = pom.replace(coords[0].dependency_xml(), coords[0].dependency_xml() + "\n    " + coords[1].dependency_xml())
    (project / "src" / "main" / "kotlin" / "consumer").mkdir(parents=True)
    (project / "pom.xml").write_text(pom)
    shutil.copy(PROGRAM, project / "src" / "main" / "kotlin" / "consumer" / "Main.kt")
    compile_projects(project)

    result = run_main(project, "consumer.MainKt", install_server.base_url, "tok_owner")
    assert result.returncode == 0, output(result)
    one = get_json(install_server.base_url, f"/api/v1/apps/{SHOP}/deployments/{FIRST_DEPLOYMENT}")
    assert result.stdout.strip().splitlines() == [
        f"axhub deployment {one['id']} status={one['status']}",
        "deplite operations=39 agent=https://api.deplite.io",
        "deplite signature 9f4e429577a950aa381b15a00e191ba85e2faf95a1b989fd5f1ff0d775e0a1f6",
        "axhub refuses: ai.axhub.sdk.kotlin.core.InvalidArgumentException",
        "deplite refuses: io.deplite.sdk.kotlin.core.InvalidArgumentException",
    ], output(result)

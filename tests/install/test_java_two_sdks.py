"""Two Java SDKs in one application (issue 16 item 9): the AxHub and the Deplite SDKs, each
``mvn install``-ed as a jar (tests/install/maven_lib.py), are dependencies of ONE fresh Maven
project (Java 11 release, -Xlint:all -Werror) whose program, tests/install/consumers/two_apis/java/
Main.java, calls both: AxHub's first page of deployments against the install reference server, and
Deplite's triggers against a Deplite reference server started here, plus Deplite's public signer on
the shared test vector. What it prints is compared with what the servers answer directly."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from contract_lib import RefServer, start_server, stop_server

from .install_lib import ROOT, output
from .jvm_consumers import SHOP, get_json
from .maven_lib import compile_projects, install_sdk, pom_property, run_main
from .test_java_install import consumer_pom

PROGRAM = ROOT / "tests" / "install" / "consumers" / "two_apis" / "java" / "Main.java"
SIGNATURE = "9f4e429577a950aa381b15a00e191ba85e2faf95a1b989fd5f1ff0d775e0a1f6"


@pytest.fixture(scope="module")
def deplite_install_server() -> Iterator[RefServer]:
    """A Deplite reference server: the user API under /api, the agent API at its root."""
    with tempfile.TemporaryDirectory(prefix="install-deplite-") as tmp:
        server = start_server(Path(tmp), api="deplite")
        try:
            yield server
        finally:
            stop_server(server)


@pytest.mark.timeout(1800)
def test_one_java_program_uses_the_axhub_and_deplite_sdks(
        install_server: RefServer, deplite_install_server: RefServer, tmp_path: Path) -> None:
    axhub, deplite = ROOT / "sdks" / "axhub" / "java", ROOT / "sdks" / "deplite" / "java"
    release = pom_property(axhub, "maven.compiler.release")
    assert release == pom_property(deplite, "maven.compiler.release") == "11"
    both = [install_sdk(axhub, tmp_path / "axhub"), install_sdk(deplite, tmp_path / "deplite")]
    project = tmp_path / "consumer"
    sources = project / "src" / "main" / "java" / "consumer"
    sources.mkdir(parents=True)
    pom = consumer_pom(both[0], release).replace(
        both[0].dependency_xml(), both[0].dependency_xml() + "\n    " + both[1].dependency_xml())
    assert both[1].dependency_xml() in pom
    (project / "pom.xml").write_text(pom)
    shutil.copy(PROGRAM, sources / "Main.java")
    compile_projects(project)

    result = run_main(project, "consumer.Main", install_server.base_url, deplite_install_server.base_url)
    assert result.returncode == 0, output(result)
    page = get_json(install_server.base_url, f"/api/v1/apps/{SHOP}/deployments?limit=2")
    items = page["items"]
    assert isinstance(items, list) and items, page
    triggers = get_json(deplite_install_server.base_url, "/api/orgs/org-abc/triggers")
    assert isinstance(triggers, list), triggers
    more = str(len(items) < int(str(page["total"]))).lower()
    assert result.stdout.strip().splitlines() == [
        f"axhub deployments items={len(items)} first={items[0]['id']} more={more}",
        f"deplite triggers {len(triggers)}",
        f"deplite signature {SIGNATURE}",
    ], output(result)

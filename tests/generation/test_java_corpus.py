"""Every real-world spec generates a Java SDK that drops no operation, and all of them compile
(javac -Xlint:all -Werror, doclint) in one multi-module Maven build."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import main
from tests.sdk_java.toolchain import ensure_java_toolchain, maven, tail

from .conftest import corpus_specs, count_operations, require_corpus, spec_id


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    """spec file -> the folder holding its generated Maven project."""
    require_corpus()
    out = tmp_path_factory.mktemp("java-corpus")
    roots: dict[Path, Path] = {}
    for spec in corpus_specs():
        before = set(out.iterdir())
        assert main(["generate", "--spec", str(spec), "--lang", "java", "--out", str(out)]) == 0, spec_id(spec)
        (api_dir,) = set(out.iterdir()) - before
        roots[spec] = api_dir / "java"
    return roots


def operations_file(root: Path) -> Path:
    return next(root.glob("src/main/java/**/Operations.java"))


@pytest.mark.parametrize("spec", corpus_specs(), ids=spec_id)
def test_no_operation_is_dropped(spec: Path, generated: dict[Path, Path]) -> None:
    table = operations_file(generated[spec]).read_text(encoding="utf-8")
    assert len(re.findall(r"^        all\.put\(", table, re.M)) == count_operations(spec)


def test_every_sdk_compiles_in_one_maven_build(generated: dict[Path, Path]) -> None:
    ensure_java_toolchain()
    roots = list(generated.values())
    build = roots[0].parent.parent
    modules = "".join(f"    <module>{root.relative_to(build).as_posix()}</module>\n" for root in roots)
    (build / "pom.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        "  <groupId>corpus</groupId>\n  <artifactId>java-corpus</artifactId>\n  <version>0</version>\n"
        "  <packaging>pom</packaging>\n"
        f"  <modules>\n{modules}  </modules>\n"
        "</project>\n"
    )
    # The runtime's own tests are the same in every SDK (they run with sdks/axhub/java): compile only.
    result = maven(build, "-q", "-T", "2", "-fae", "-Dmaven.test.skip=true", "compile", timeout=1800)
    assert result.returncode == 0, tail(result)


def test_corpus_is_present() -> None:
    require_corpus()
    assert len(corpus_specs()) >= 10

"""The Java SDK README's usage snippets compile: the friendly-surface example and the operationId
form under "## Use" are pulled out of sdks/axhub/java/README.md, wrapped in a method of a test
class and compiled against the SDK with -Xlint:all -Werror (mvn test-compile)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from .toolchain import ensure_java_toolchain, maven, tail

REPO = Path(__file__).resolve().parents[2]
SDK = REPO / "sdks" / "axhub" / "java"


def usage_snippets(readme: str) -> list[str]:
    """The ```java blocks of the README's "## Use" section."""
    section = readme.split("\n## Use\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```java\n(.*?)```", section, re.S)


def as_class(snippets: list[str]) -> str:
    imports: set[str] = set()
    methods = []
    for index, snippet in enumerate(snippets):
        lines = snippet.splitlines()
        imports |= {line for line in lines if line.startswith("import ")}
        body = "\n".join("        " + line if line else "" for line in lines if not line.startswith("import "))
        methods.append(f"    static void example{index}() throws Exception {{\n{body.rstrip()}\n    }}\n")
    return "package readme;\n\n" + "\n".join(sorted(imports)) + "\n\nfinal class ReadmeSnippets {\n" + \
        "\n".join(methods) + "}\n"


def test_the_usage_snippets_are_found() -> None:
    snippets = usage_snippets((SDK / "README.md").read_text(encoding="utf-8"))
    assert len(snippets) == 2
    assert "client.deployments().list(" in snippets[0] and "deployGetApiV1AppsByAppIDDeployments(" in snippets[1]


def test_the_usage_snippets_compile(tmp_path: Path) -> None:
    ensure_java_toolchain()
    project = tmp_path / "java"
    shutil.copytree(SDK, project, ignore=shutil.ignore_patterns("target", ".mvn", "test"))
    source = project / "src" / "test" / "java" / "readme" / "ReadmeSnippets.java"
    source.parent.mkdir(parents=True)
    source.write_text(as_class(usage_snippets((SDK / "README.md").read_text(encoding="utf-8"))), encoding="utf-8")
    result = maven(project, "-q", "test-compile")
    assert result.returncode == 0, source.read_text(encoding="utf-8") + "\n" + tail(result)

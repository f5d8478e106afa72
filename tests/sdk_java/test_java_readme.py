"""The Java SDK READMEs' usage snippets compile: the ```java blocks under "## Use" (the
friendly-surface example, the operationId form, and for an API that declares them the sessions
section) are pulled out of each API's sdks/<api>/java/README.md, wrapped in methods of a test class
and compiled against that SDK with -Xlint:all -Werror (mvn test-compile)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from .toolchain import ensure_java_toolchain, maven, tail

REPO = Path(__file__).resolve().parents[2]
SDK = REPO / "sdks" / "axhub" / "java"
APIS = ("axhub", "deplite", "platform")


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


@pytest.mark.parametrize("api", APIS)
def test_the_usage_snippets_compile(api: str, tmp_path: Path) -> None:
    ensure_java_toolchain()
    sdk = REPO / "sdks" / api / "java"
    snippets = usage_snippets((sdk / "README.md").read_text(encoding="utf-8"))
    assert len(snippets) >= 2, snippets
    project = tmp_path / "java"
    shutil.copytree(sdk, project, ignore=shutil.ignore_patterns("target", ".mvn", "test"))
    source = project / "src" / "test" / "java" / "readme" / "ReadmeSnippets.java"
    source.parent.mkdir(parents=True)
    source.write_text(as_class(snippets), encoding="utf-8")
    result = maven(project, "-q", "test-compile")
    assert result.returncode == 0, source.read_text(encoding="utf-8") + "\n" + tail(result)


def test_the_platform_readme_shows_the_session_store() -> None:
    snippets = usage_snippets((REPO / "sdks" / "platform" / "java" / "README.md").read_text(encoding="utf-8"))
    assert any("tokenStore(" in snippet and "new TokenStore()" in snippet for snippet in snippets), snippets

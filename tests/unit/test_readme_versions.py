"""Every generated README states the versions by one rule: the SDK's own version (sdkgen.toml's
`[api] version`) and, named as such, the API version (the spec's `info.version`)."""

from __future__ import annotations

import pytest

from generator.cli import main
from generator.targets import TARGETS

SPEC = """openapi: 3.1.0
info: {title: Gallery, version: "2024-06-01"}
paths:
  /items:
    get:
      operationId: listItems
      responses:
        "204": {description: none}
"""


@pytest.fixture(scope="module")
def readmes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("gallery")
    (folder / "openapi.yaml").write_text(SPEC, encoding="utf-8")
    (folder / "sdkgen.toml").write_text('[api]\nname = "gallery"\nversion = "3.4.5"\n', encoding="utf-8")
    out = folder / "out"
    assert main(["generate", "--spec", str(folder / "openapi.yaml"), "--lang", ",".join(TARGETS),
                 "--out", str(out)]) == 0
    return {lang: (out / "gallery" / lang / "README.md").read_text(encoding="utf-8") for lang in TARGETS}


@pytest.mark.parametrize("language", list(TARGETS))
def test_readme_names_the_sdk_version_and_calls_the_api_version_so(language: str, readmes: dict[str, str]) -> None:
    text = readmes[language]
    assert "SDK version `3.4.5`, for API version `2024-06-01`." in text
    assert text.count("2024-06-01") == 1  # shown nowhere else, so never as if it were the SDK's


def test_the_version_line_is_the_same_in_every_readme(readmes: dict[str, str]) -> None:
    lines = {lang: [line for line in text.splitlines() if "2024-06-01" in line] for lang, text in readmes.items()}
    assert len({tuple(found) for found in lines.values()}) == 1, lines

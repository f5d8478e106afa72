"""The reference site (`sdkgen docs`, the `docs` target): complete for AxHub, sound links, and spec
text that stays text (hostile descriptions, names and examples cannot add markup or scripts)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.cli import main
from generator.output import stage_tree
from tests.generation.toolchains.docs import check_site, operation_count

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("python", "go", "java", "kotlin", "node", "ruby")
HOSTILE = '</p><script>alert(1)</script><img src=x onerror="alert(2)"> `</code><b>` [x](javascript:alert(3)) |'


@pytest.fixture(scope="module")
def axhub(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    assert main(["docs", "--spec", str(ROOT / "spec" / "axhub"), "--out", str(out)]) == 0
    return out / "axhub" / "docs"


def test_axhub_site_covers_every_operation_with_what_seed_000_gives(axhub: Path) -> None:
    assert check_site(axhub) == []
    assert operation_count(axhub) == 24
    for page in axhub.glob("op-*.html"):
        text = page.read_text(encoding="utf-8")
        for heading in ("<h2>Calls</h2>", "<h2>Responses</h2>", "operationId <code>"):
            assert heading in text, f"{page.name} lacks {heading}"
        for language in LANGUAGES:
            assert f"<td>{language}</td><td>operation</td>" in text, f"{page.name}: no seed call in {language}"
            assert f"<td>{language}</td><td>resource</td>" in text, f"{page.name}: no resource call in {language}"
        assert "<td>request</td><td>generic</td>" in text and "<td>mcp</td><td>tool</td>" in text


def test_operation_page_shows_the_calls_the_sdks_have(axhub: Path) -> None:
    page = (axhub / "op-deploy-get-api-v1-apps-by-app-id-deployments-by-did.html").read_text(encoding="utf-8")
    for call in (
        "client.deployments.get(app_id, did)",
        "client.deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(",
        "result, err := client.Deployments().Get(ctx, appID, did)",
        "DeployGetApiV1AppsByAppIDDeploymentsByDid(ctx, axhub.OperationParams{PathParams: pathParams})",
        "var result = client.deployments().get(appID, did);",
        "var future = client.deployments().getAsync(appID, did);",
        "client.deployments().deployGetApiV1AppsByAppIDDeploymentsByDid(params);",
        "val result = client.deployments.get(appID, did)",
        "client.deployments.deployGetApiV1AppsByAppIDDeploymentsByDid(pathParams)",
        "client.deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(path_params: path_params)",
        "await sdk.deployments.get(appID, did)",
        "deployments_get",
        "<code>appID</code></td><td>path</td>",
    ):
        assert call in page, call
    # The resource page lists it, and search finds it by a word of its description.
    assert "op-deploy-get-api-v1-apps-by-app-id-deployments-by-did.html" in (
        axhub / "resource-deployments.html").read_text(encoding="utf-8")
    search = (axhub / "search.html").read_text(encoding="utf-8")
    entry = next(line for line in search.splitlines() if "deployments-by-did.html" in line and "<li" in line)
    assert "history" not in entry and "deployment" in entry  # its own words, not the list's


def _hostile_spec(tmp: Path) -> Path:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Hostile <b>API</b>", "version": "1", "description": HOSTILE},
        "tags": [{"name": "things", "description": HOSTILE}],
        "paths": {"/things/{id}": {"get": {
            "operationId": "getThing", "tags": ["things"], "summary": HOSTILE, "description": HOSTILE,
            "parameters": [{"name": "id", "in": "path", "required": True, "description": HOSTILE,
                            "schema": {"type": "string", "default": HOSTILE}}],
            "responses": {
                "200": {"description": HOSTILE,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "404": {"description": HOSTILE},
            },
        }}},
        "components": {"schemas": {
            "Thing": {"type": "object", "description": HOSTILE, "properties": {
                "kind": {"type": "string", "enum": ["<script>", "a|b"], "description": HOSTILE}}},
        }},
    }
    path = tmp / "hostile" / "openapi.json"
    path.parent.mkdir()
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def test_hostile_spec_text_is_inert(tmp_path: Path) -> None:
    assert main(["docs", "--spec", str(_hostile_spec(tmp_path)), "--out", str(tmp_path / "out")]) == 0
    (site,) = (tmp_path / "out").glob("*/docs")
    assert check_site(site) == []  # balanced tags, no event handlers, no script but search.js
    for page in site.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text and "<img" not in text and "<b>" not in text, page.name
        assert 'href="javascript' not in text, page.name
    for page in site.glob("*.md"):
        # Outside code spans (whose text Markdown never renders as markup), no tag and no link.
        text = re.sub(r"(`+).+?\1", "", page.read_text(encoding="utf-8"))
        assert "<script>" not in text and "<img" not in text, page.name
        assert not re.search(r"(?<!\\)\[x\]\(javascript", text), page.name


def test_a_generated_path_can_never_leave_its_folder(tmp_path: Path) -> None:
    for bad in ("/etc/x", "../x", "a//b", "a/./b", "a\\b"):
        with pytest.raises(ValueError, match="not a plain relative path"):
            stage_tree({bad: b""}, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_every_error_class_the_site_names_is_defined_in_its_runtime(axhub: Path) -> None:
    from generator.targets.docs.errors import ERROR_ROWS

    declared = re.compile(r"\b(?:class|type)\s+([A-Z]\w*)")
    for language in LANGUAGES:
        sources = [p for p in (ROOT / "templates" / language / "runtime").rglob("*") if p.is_file()]
        defined = {name for path in sources for name in declared.findall(path.read_text(encoding="utf-8"))}
        missing = sorted({row.names[language] for row in ERROR_ROWS} - defined)
        assert not missing, f"{language}: the errors page names {missing}, which its runtime does not define"
    page = (axhub / "errors.html").read_text(encoding="utf-8")
    assert "<code>NotFoundException</code>" in page and "<code>APITimeoutError</code>" in page

"""The reference sites in a real browser: headless Chromium loads every page of AxHub's site and of
the largest corpus spec's (Twilio's 2010 API, 197 operations) with no console error, no uncaught
exception and nothing that fails to load; the search page finds an operation by a word of its
description; a screenshot of one operation page is kept in build/artifacts/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.cli import main
from tests.generation.conftest import CORPUS
from tests.generation.toolchains.docs import check_site

from .browser import Browser, browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "build" / "artifacts"
LARGE = CORPUS / "twilio" / "twilio_api_v2010.json"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    with browser() as running:
        yield running


def _site(spec: Path, out: Path) -> Path:
    assert main(["docs", "--spec", str(spec), "--out", str(out)]) == 0
    (site,) = out.glob("*/docs")
    assert check_site(site) == []
    return site


@pytest.fixture(scope="module")
def axhub(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _site(ROOT / "spec" / "axhub", tmp_path_factory.mktemp("axhub-docs"))


def _load_all(chromium: Browser, site: Path) -> int:
    pages = sorted(site.glob("*.html"))
    failures = {}
    for page in pages:
        report, title = chromium.load(page.as_uri(), "document.title")
        if report.errors or not title:
            failures[page.name] = report.errors or ["no title"]
    assert not failures, failures
    return len(pages)


def test_every_axhub_page_loads_cleanly(chromium: Browser, axhub: Path) -> None:
    assert _load_all(chromium, axhub) == len(list(axhub.glob("*.html"))) >= 24 + 5


def test_every_page_of_the_largest_corpus_spec_loads_cleanly(chromium: Browser, tmp_path: Path) -> None:
    if not LARGE.is_file():
        pytest.skip(f"{LARGE} is not on this machine")
    site = _site(LARGE, tmp_path)
    assert _load_all(chromium, site) >= 197


def test_search_finds_an_operation_by_a_word_of_its_description(chromium: Browser, axhub: Path) -> None:
    # "rollback" is in the description of the rollback operation and in few others.
    shown = "[...document.querySelectorAll('#search-results li:not([hidden])')].map(li => li.dataset.operation)"
    report, found = chromium.load((axhub / "search.html").as_uri() + "?q=rollback", shown)
    assert not report.errors, report.errors
    assert "deployPostApiV1AppsByAppIDDeploymentsByDidRollback" in found
    assert 0 < len(found) < 24  # the others are hidden
    report, status = chromium.load((axhub / "search.html").as_uri() + "?q=rollback",
                                   "document.getElementById('search-status').textContent")
    assert re.fullmatch(r"\d+ of 24 operations match\.", status), status


def test_an_operation_page_renders_and_is_kept_as_a_screenshot(chromium: Browser, axhub: Path) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "docs-operation-page.png"
    page = axhub / "op-deploy-get-api-v1-apps-by-app-id-deployments.html"
    report, rows = chromium.load(page.as_uri(), "document.querySelectorAll('table.calls tbody tr').length", shot)
    assert not report.errors, report.errors
    assert rows >= 6 * 2 + 2  # six SDKs in two forms, request(...), the MCP tool
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000

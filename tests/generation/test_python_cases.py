"""One small spec per OpenAPI construct (tests/generation/cases/): the Python models generated for
them round-trip real JSON unchanged, and hostile text stays inert. (That every case compiles is
checked with the rest of the matrix: tests/generation/test_matrix.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

CASES = Path(__file__).parent / "cases"
ROUNDTRIP = Path(__file__).parent / "roundtrip" / "documents.json"


def case_specs() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if p.suffix in (".yaml", ".json"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cases")
    for spec in case_specs():
        assert main(["generate", "--spec", str(spec), "--lang", "python", "--out", str(out)]) == 0, spec.name
    return out


def roots(out: Path) -> list[Path]:
    return sorted(out.glob("*/python"))


_HARNESS = """
import importlib, json, sys
import attrs
cases = json.load(open(sys.argv[1]))
failures = []
for index, case in enumerate(cases):
    package = importlib.import_module(case["case"])
    runtime = importlib.import_module(case["case"] + "._runtime")
    target = getattr(package.models, case["type"])
    value = runtime.decode(case["document"], target)
    for path, class_name in case["classes"].items():
        node = value
        for step in [s for s in path.split(".") if s]:
            node = node[int(step)] if step.isdigit() else next(
                getattr(node, f.name) for f in attrs.fields(type(node)) if f.metadata.get("wire") == step)
        if type(node).__name__ != class_name:
            failures.append(f"#{index} {case['type']}: {path or 'value'} is {type(node).__name__}, not {class_name}")
    again = runtime.encode(value)
    if again != case["document"]:
        name = f"#{index} {case['case']}.{case['type']}"
        failures.append(f"{name}: {json.dumps(again)} != {json.dumps(case['document'])}")
print("\\n".join(failures))
sys.exit(1 if failures else 0)
"""


def test_models_round_trip(generated: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, roots(generated)))}
    result = subprocess.run([sys.executable, "-c", _HARNESS, str(ROUNDTRIP)], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]


def test_hostile_text_stays_inert(generated: Path) -> None:
    """Every hostile string is still exactly itself after generation: the package imports (no
    injected code ran, nothing broke out of a string or comment) and enum values survive."""
    spec = json.loads((CASES / "hostile.json").read_text())
    expected = spec["components"]["schemas"]["HostileEnum"]["enum"]
    env = {**os.environ, "PYTHONPATH": str(generated / "hostile" / "python")}
    script = "import json, hostile.models as m; print(json.dumps([e.value for e in m.HostileEnum]))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected


_PAGER = """
import json, sys
from urllib.parse import urlencode
import httpx
from pagination_styles import PaginationStylesClient

ALL = [f"2024-01-0{n}" for n in range(1, 8)]
BASE = "https://paging.example.com"

def window(params, size_key, start):
    size = int(params[size_key])
    return ALL[start:start + size], start + size < len(ALL), size

def handler(request):
    q, path = request.url.params, request.url.path
    if path == "/offset":
        rows, _, _ = window(q, "limit", int(q.get("offset", "0")))
        return httpx.Response(200, json={"items": [{"date": d} for d in rows], "total": len(ALL)})
    if path == "/days":
        rows, _, size = window(q, "limit", 0)
        page = int(q.get("page", "1"))
        return httpx.Response(200, json=[{"date": d} for d in ALL[(page - 1) * size:page * size]])
    if path == "/pods":
        start = int(q.get("continue") or 0)
        rows, more, size = window(q, "limit", start)
        meta = {"continue": str(start + size)} if more else {}
        return httpx.Response(200, json={"items": [{"name": d} for d in rows], "metadata": meta})
    if path == "/messages":
        page = int(q.get("Page", "0"))
        rows, more, size = window(q, "PageSize", page * int(q["PageSize"]))
        nxt = "/messages?" + urlencode({"PageSize": size, "Page": page + 1}) if more else None
        return httpx.Response(200, json={"messages": [{"sid": d} for d in rows], "next_page_uri": nxt})
    if path == "/customers":
        after = q.get("starting_after")
        rows, more, _ = window(q, "limit", ALL.index(after) + 1 if after else 0)
        return httpx.Response(200, json={"object": "list", "data": [{"id": d} for d in rows], "has_more": more})
    if path == "/repos":
        page = int(q.get("page", "1"))
        rows, more, size = window(q, "per_page", (page - 1) * int(q["per_page"]))
        link = {"Link": f'<{BASE}/repos?per_page={size}&page={page + 1}>; rel="next"'} if more else {}
        return httpx.Response(200, json=[{"name": d} for d in rows], headers=link)
    if path == "/search":
        start = int(q.get("token") or 0)
        rows, more, _ = window({"n": 3}, "n", start)
        paging = {"next_token": str(start + 3)} if more else {}
        return httpx.Response(200, json={"result": {"hits": [{"name": d} for d in rows], "paging": paging}})
    return httpx.Response(404)

calls = []
def counted(request):
    calls.append(request.url.path)
    return handler(request)

http = httpx.Client(transport=httpx.MockTransport(counted))
client = PaginationStylesClient(token="t", http_client=http)
r = client.default
got = {
    "offset": [d.date.isoformat() for d in r.iter_list_by_offset(query={"limit": 3})],
    "days": [d.date.isoformat() for d in r.iter_list_days(query={"limit": 3})],
    "pods": [p.name for p in r.iter_list_pods(query={"limit": 3})],
    "messages": [m.sid for m in r.iter_list_messages(query={"PageSize": 3})],
    "customers": [c.id for c in r.iter_list_customers(query={"limit": 3})],
    "repos": [p.name for p in r.iter_list_repos(query={"per_page": 3})],
    "search": [p.name for p in r.iter_search_things(query={"q": "x"})],
}
print(json.dumps({"got": got, "calls": calls}))
"""


def test_every_pagination_style_pages_through_the_generated_sdk(generated: Path) -> None:
    """The construct case pagination_styles.yaml, generated: each style's iter_ method walks a fake
    server's seven items in pages of three (three requests each), decoding items into the models."""
    env = {**os.environ, "PYTHONPATH": str(generated / "pagination_styles" / "python")}
    result = subprocess.run([sys.executable, "-c", _PAGER], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    expected = [f"2024-01-0{n}" for n in range(1, 8)]
    assert report["got"] == {key: expected for key in report["got"]}
    assert len(report["got"]) == 7
    for path in ("/offset", "/days", "/pods", "/messages", "/customers", "/repos", "/search"):
        assert report["calls"].count(path) == 3, (path, report["calls"])

"""The HTTP layer is API-neutral: it imports no API package, and ``--api NAME`` chooses what it serves."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from reference_server.api import available_apis, load_api, spec_path_for

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "reference_server"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_layer_imports_no_api_package():
    layer = [p for p in PACKAGE.rglob("*.py") if "apis" not in p.relative_to(PACKAGE).parts]
    assert len(layer) > 10
    offenders = {
        str(p.relative_to(ROOT)): sorted(m for m in _imports(p) if m.startswith("reference_server.apis"))
        for p in layer
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_apis_are_found_by_folder_and_spec():
    assert "axhub" in available_apis()
    api = load_api("axhub")
    assert api.spec_path == spec_path_for("axhub") and api.spec_path.is_file()
    assert api.title == "AxHub" and len(api.handlers) == len(api.success_status) == 24


def test_unknown_api_is_a_usage_error(tmp_path: Path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "reference_server", "--api", "nosuch", "--port", "0"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2
    assert "--api: no API named 'nosuch' (available: axhub" in done.stderr
    assert "Traceback" not in done.stderr


def test_api_axhub_is_served_with_its_banner(tmp_path: Path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reference_server", "--api", "axhub", "--port", "0", "--db", "sqlite://",
         "--no-access-log"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("AxHub reference server listening on http://127.0.0.1:"), first
        lines = [proc.stdout.readline() for _ in range(12)]
        assert any(line.strip().startswith("tok_owner") for line in lines), lines
    finally:
        proc.terminate()
        proc.communicate(timeout=30)

"""Every Python call the reference sites show is type-checked against the SDK it documents: the
calls come from the same provider the pages print (generator/targets/docs/calls), each wrapped in a
function whose parameters are the values it needs, and mypy --strict checks the module with the
generated package on its path. A renamed method, a wrong argument or keyword fails here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import load_api
from generator.diagnostics import Diagnostics
from generator.settings import load_settings
from generator.targets.docs.calls.python import python_calls

ROOT = Path(__file__).resolve().parents[2]
APIS = sorted(p.parent for p in (ROOT / "spec").glob("*/openapi.yaml"))


def snippet_module(spec: Path) -> tuple[str, str]:
    """(package, module source) holding every Python call of the API's reference site."""
    api = load_api(spec / "openapi.yaml")
    settings = load_settings(spec / "openapi.yaml", Diagnostics())
    options = settings.for_language("python")
    package, client, async_client = (str(options[k]) for k in ("package", "client", "async_client"))
    lines = [
        "from __future__ import annotations", "", "from typing import Any", "",
        f"from {package} import {async_client}, {client}", f"from {package} import models as m", "",
        "__all__ = ['Any', 'm']", "",
    ]
    count = 0
    for operation_id, calls in python_calls(api, settings).items():
        for call in calls:
            count += 1
            parameters = ", ".join(f"{name}: {annotation}" for name, annotation in call.needs)
            if call.form == "async":
                head = f"async def call_{count}(async_client: {async_client}{', ' if parameters else ''}{parameters})"
            else:
                head = f"def call_{count}(client: {client}{', ' if parameters else ''}{parameters})"
            lines += ["", f"{head} -> None:", f"    # {operation_id} ({call.form})", f"    {call.code}", ""]
    assert count >= len(api.operations) * 2
    return package, "\n".join(lines) + "\n"


def mypy(source: str, sdk: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    module = tmp_path / "site_calls.py"
    module.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"),
         "--python-version", "3.11", str(module)],
        cwd=tmp_path, capture_output=True, text=True, env={"MYPYPATH": str(sdk), "PATH": "/usr/bin:/bin"},
        timeout=900,
    )


@pytest.mark.parametrize("spec", APIS, ids=lambda p: p.name)
def test_every_python_call_on_the_site_type_checks(spec: Path, tmp_path: Path) -> None:
    package, source = snippet_module(spec)
    result = mypy(source, ROOT / "sdks" / spec.name / "python", tmp_path)
    assert result.returncode == 0, f"{package}:\n{result.stdout[-6000:]}\n{result.stderr[-2000:]}"


def test_a_call_the_sdk_does_not_have_fails_the_check(tmp_path: Path) -> None:
    _, source = snippet_module(ROOT / "spec" / "axhub")
    broken = source.replace("client.deployments.get(app_id, did)", "client.deployments.get(app_id, did, 3)", 1)
    assert broken != source
    result = mypy(broken, ROOT / "sdks" / "axhub" / "python", tmp_path)
    assert result.returncode != 0 and "Too many" in result.stdout, result.stdout

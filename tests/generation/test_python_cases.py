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

"""Models of the construct cases (tests/generation/cases) round-trip real JSON through Ruby, and
the case gems pass RuboCop.

Every case is generated as a gem; ONE Ruby process (tests/sdk_ruby/roundtrip.rb) requires them all
with warnings on, decodes each document of roundtrip/documents.json into its model, checks the
class of the variants named in `classes` (schema names mapped to Ruby constants by the generator's
own naming), encodes the value back and compares it with the input as JSON values (same keys, same
values, explicit null distinct from absent). It also reports the HostileEnum values of the hostile
case as the loaded code holds them, which must be the spec's exactly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.build import load_api
from generator.cli import main
from generator.diagnostics import Diagnostics
from generator.settings import load_settings
from generator.targets.ruby import RubyView
from tests.sdk_ruby.ruby_toolchain import HERE, ensure_ruby, output, run

CASES = Path(__file__).parent / "cases"
ROUNDTRIP = Path(__file__).parent / "roundtrip" / "documents.json"
HARNESS = HERE / "roundtrip.rb"
HOSTILE = "hostile"

pytestmark = pytest.mark.timeout(600)


def case_specs() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if p.suffix in (".yaml", ".yml", ".json"))


def documents() -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(ROUNDTRIP.read_text(encoding="utf-8"))
    return loaded


def jobs(out: Path) -> dict[str, Any]:
    """The harness's input: where each gem is, and every document with Ruby names."""
    views: dict[str, RubyView] = {}
    libs: dict[str, str] = {}
    for spec in case_specs():
        view = RubyView(load_api(spec), load_settings(spec, Diagnostics()))
        (root,) = out.glob(f"*/ruby/lib/{view.gem}.rb")
        libs[str(root.parent)] = view.gem
        views[spec.stem] = view
    work = []
    for index, doc in enumerate(documents()):
        view = views[doc["case"]]
        names = view.class_names
        assert doc["type"] in names, f"#{index}: {doc['type']} is no Ruby class of {doc['case']}"
        work.append({"index": index, "module": view.module, "type": names[doc["type"]], "document": doc["document"],
                     "classes": {path: names[name] for path, name in doc["classes"].items()}})
    hostile = views[HOSTILE]
    return {"libs": libs, "jobs": work,
            "hostile": {"module": hostile.module, "enum": hostile.class_names["HostileEnum"]}}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ensure_ruby()
    out = tmp_path_factory.mktemp("ruby_cases")
    for spec in case_specs():
        assert main(["generate", "--spec", str(spec), "--lang", "ruby", "--out", str(out)]) == 0, spec.name
    return out


@pytest.fixture(scope="module")
def report(generated: Path) -> dict[str, Any]:
    out = generated
    job_file = out / "jobs.json"
    job_file.write_text(json.dumps(jobs(out)), encoding="utf-8")
    result = run(["ruby", "-w", str(HARNESS), str(job_file)], cwd=out)
    assert result.stdout.startswith("{"), output(result)
    loaded: dict[str, Any] = json.loads(result.stdout)
    loaded["returncode"] = result.returncode
    loaded["stderr"] = result.stderr
    return loaded


def test_every_case_generates_a_gem() -> None:
    assert {d["case"] for d in documents()} <= {s.stem for s in case_specs()}


def test_models_round_trip(report: dict[str, Any]) -> None:
    assert report["returncode"] == 0 and not report["failures"], "\n".join(report["failures"]) + report["stderr"]
    assert report["checked"] == len(documents())


def test_hostile_text_stays_inert(report: dict[str, Any]) -> None:
    """Every hostile enum value is exactly itself once loaded: nothing broke out of a string or a
    comment, no injected code ran (the gem loaded without a warning), and no value was changed."""
    spec = json.loads((CASES / "hostile.json").read_text(encoding="utf-8"))
    assert report["hostile"] == spec["components"]["schemas"]["HostileEnum"]["enum"]


def test_the_generated_code_of_every_case_passes_rubocop(generated: Path) -> None:
    """RuboCop with each gem's own .rubocop.yml, over what the generator writes (the runtime is the
    AxHub SDK's, which tests/sdk_ruby lints): hostile names, odd numbers and long texts included."""
    files = sorted(str(p) for p in generated.glob("*/ruby/**/*") if p.suffix in (".rb", ".gemspec")
                   and p.relative_to(generated).parts[4:5] != ("runtime",))
    assert len(files) > 100
    result = run(["rubocop", "--cache", "false", "--format", "simple", "--no-color", *files], cwd=generated)
    assert result.returncode == 0, output(result)

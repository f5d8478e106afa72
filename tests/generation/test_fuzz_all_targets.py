"""The nightly-sized fuzz run: random valid specs (the strategy of test_fuzz.py) generated for
every target, and every language's output compiled with the matrix's toolchains, one build per
language at the end. `nox -s fuzz_nightly` runs it (SDKGEN_FUZZ_EXAMPLES sets the count, 200 by
default); the suite runs the cheaper Python-and-Go loop of test_fuzz.py."""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from generator.cli import main
from generator.targets import TARGETS

from .test_fuzz import specs
from .test_matrix import toolchain

pytestmark = pytest.mark.skipif(
    os.environ.get("SDKGEN_FUZZ_NIGHTLY") != "1", reason="nightly-sized; run it with `nox -s fuzz_nightly`"
)
EXAMPLES = int(os.environ.get("SDKGEN_FUZZ_EXAMPLES", "200"))
GENERATED: list[Path] = []  # output folders that hold one <api>/<lang> per target


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-all")


@settings(max_examples=EXAMPLES, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(spec=specs())
def test_random_specs_generate_for_every_target_or_diagnose(spec: dict[str, Any], workdir: Path) -> None:
    index = len(list(workdir.glob("spec*")))
    spec_file = workdir / f"spec{index}" / "openapi.json"
    spec_file.parent.mkdir()
    spec_file.write_text(json.dumps(spec))
    out = workdir / f"out{index}"
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(io.StringIO()):
        status = main(["generate", "--spec", str(spec_file), "--out", str(out)])
    assert "internal error" not in errors.getvalue(), errors.getvalue() + json.dumps(spec)[:4000]
    assert status in (0, 2), errors.getvalue()
    if status == 2:
        assert "error[" in errors.getvalue()
    else:
        GENERATED.append(out)


@pytest.mark.parametrize("language", list(TARGETS))
def test_everything_the_fuzzer_generated_compiles(language: str, tmp_path: Path) -> None:
    if not GENERATED:
        pytest.skip("the fuzz loop generated nothing (every spec was refused with diagnostics)")
    roots = [root for out in GENERATED for root in out.glob(f"*/{language}")]
    assert len(roots) == len(GENERATED)
    toolchain(language).compile_projects(roots, tmp_path)

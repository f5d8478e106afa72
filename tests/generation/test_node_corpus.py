"""Every real-world spec generates a Node/TypeScript SDK that drops no operation and type-checks
with `tsc` under the generated strict settings, all SDKs in one compiler run."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from generator.cli import main
from tests.sdk_node.node_toolchain import link_modules, report, tsc

from .conftest import corpus_specs, count_operations, require_corpus, spec_id


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    """spec file -> the root of its generated Node package."""
    require_corpus()
    out = tmp_path_factory.mktemp("node_corpus")
    roots: dict[Path, Path] = {}
    for spec in corpus_specs():
        before = set(out.iterdir())
        assert main(["generate", "--spec", str(spec), "--lang", "node", "--out", str(out)]) == 0, spec_id(spec)
        (api_dir,) = set(out.iterdir()) - before
        roots[spec] = api_dir / "node"
    return roots


@pytest.mark.parametrize("spec", corpus_specs(), ids=spec_id)
def test_no_operation_is_dropped(spec: Path, generated: dict[Path, Path]) -> None:
    operations = (generated[spec] / "src" / "operations.ts").read_text(encoding="utf-8")
    assert len(re.findall(r"^    operationId: ", operations, re.M)) == count_operations(spec)


def test_tsc_strict_is_clean(generated: dict[Path, Path], tmp_path: Path) -> None:
    """One tsc program over every generated SDK, with the compiler options the SDKs ship."""
    roots = list(generated.values())
    shipped = json.loads((roots[0] / "tsconfig.json").read_text(encoding="utf-8"))["compilerOptions"]
    options = {k: v for k, v in shipped.items() if k not in ("rootDir", "outDir", "declaration",
                                                             "declarationMap", "sourceMap")}
    config = {
        "compilerOptions": {**options, "noEmit": True},
        "include": [str(root / "src" / "**" / "*.ts") for root in roots],
    }
    (tmp_path / "tsconfig.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    link_modules(tmp_path)
    started = time.perf_counter()
    result = tsc("-p", str(tmp_path / "tsconfig.json"))
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, f"tsc failed after {elapsed:.1f}s:\n" + report(result)
    assert (result.stdout + result.stderr).strip() == "", report(result)

"""Random valid specs through the generator: never a traceback; either diagnostics (exit 2)
or a Python SDK that compiles and imports (checked inside the loop) and type-checks (mypy
over every generated package once the loop is done)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.naming import RESERVED

BIN = Path(sys.executable).parent
HOSTILE = ['"""', "*/", "${x}", "#{x}", "{{ x }}", "{% x %}", "\\", "\u2028", "\x00", "=begin", "__END__", "`", "'"]
RESERVED_SAMPLE = sorted({w for words in RESERVED.values() for w in words})

names = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=10),
    st.sampled_from(RESERVED_SAMPLE),
    st.sampled_from(HOSTILE),
    st.from_regex(r"[a-zA-Z][a-zA-Z0-9_-]{0,12}", fullmatch=True),
)
texts = st.one_of(st.text(max_size=40), st.sampled_from(HOSTILE))
primitive = st.sampled_from([
    {"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "boolean"},
    {"type": "string", "format": "date-time"}, {"type": "string", "format": "binary"},
    {"type": ["string", "null"]}, {"type": "integer", "nullable": True}, {}, {"type": "object"},
])


def schemas(refs: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    leaves = [primitive, st.builds(lambda vals: {"type": "string", "enum": vals},
                                   st.lists(texts, min_size=1, max_size=5, unique=True))]
    if refs:
        leaves.append(st.sampled_from([{"$ref": f"#/components/schemas/{_escape(r)}"} for r in refs]))
    leaf = st.one_of(*leaves)

    def extend(inner: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
        return st.one_of(
            st.builds(lambda props, desc: {"type": "object", "description": desc, "properties": props,
                                           "required": sorted(props)[:1]},
                      st.dictionaries(names, inner, max_size=4), texts),
            st.builds(lambda item: {"type": "array", "items": item}, inner),
            st.builds(lambda value: {"type": "object", "additionalProperties": value}, inner),
            st.builds(lambda parts: {"oneOf": parts}, st.lists(inner, min_size=2, max_size=3)),
            st.builds(lambda parts: {"anyOf": parts + [{"type": "null"}]}, st.lists(inner, min_size=1, max_size=2)),
            st.builds(lambda parts: {"allOf": parts},
                      st.lists(st.builds(lambda p: {"type": "object", "properties": p},
                                         st.dictionaries(names, inner, max_size=3)), min_size=1, max_size=2)),
        )

    return st.recursive(leaf, extend, max_leaves=8)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    schema_names = draw(st.lists(names.filter(bool), min_size=1, max_size=5, unique=True))
    components = {name: draw(schemas(schema_names)) for name in schema_names}
    paths: dict[str, Any] = {}
    for index in range(draw(st.integers(1, 3))):
        op: dict[str, Any] = {
            "responses": {"200": {"description": draw(texts), "content": {"application/json": {
                "schema": draw(schemas(schema_names))}}}},
            "description": draw(texts),
        }
        if draw(st.booleans()):
            op["operationId"] = draw(names.filter(bool))
        if draw(st.booleans()):
            op["tags"] = [draw(names.filter(bool))]
        if draw(st.booleans()):
            op["parameters"] = [{"name": draw(names.filter(bool)), "in": "query", "schema": draw(primitive)}]
        method = draw(st.sampled_from(["get", "post", "put", "delete"]))
        if method != "get" and draw(st.booleans()):
            op["requestBody"] = {"content": {"application/json": {"schema": draw(schemas(schema_names))}}}
        paths[f"/p{index}"] = {method: op}
    return {"openapi": "3.1.0", "info": {"title": draw(texts) or "t", "version": "1"}, "paths": paths,
            "components": {"schemas": components}}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


GENERATED: list[Path] = []


# No shrinking: a failure is reported with the spec that caused it, and the run stays bounded.
@settings(max_examples=30, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(spec=specs())
def test_random_specs_generate_code_that_imports_or_diagnostics(spec: dict[str, Any], workdir: Path) -> None:
    index = len(list(workdir.glob("spec*")))
    spec_file = workdir / f"spec{index}" / "openapi.json"
    spec_file.parent.mkdir()
    spec_file.write_text(json.dumps(spec))
    out = workdir / "out"
    errors, output = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(output):
        status = main(["generate", "--spec", str(spec_file), "--lang", "python", "--out", str(out)])
    assert "internal error" not in errors.getvalue(), errors.getvalue() + json.dumps(spec)[:4000]
    assert status in (0, 2), errors.getvalue()
    if status == 2:
        assert "error[" in errors.getvalue()
        return
    root = out / f"spec{index}" / "python"
    package = next(p.name for p in root.iterdir() if (p / "__init__.py").is_file())
    result = subprocess.run([sys.executable, "-c", f"import {package}"], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(root)})
    assert result.returncode == 0, result.stderr[-3000:] + json.dumps(spec)[:3000]
    GENERATED.append(root)


def test_everything_the_fuzzer_generated_type_checks(workdir: Path) -> None:
    if not GENERATED:
        pytest.skip("the fuzz loop generated no package (every spec was refused with diagnostics)")
    packages = [arg for root in GENERATED for pkg in root.iterdir() if (pkg / "__init__.py").is_file()
                for arg in ("-p", pkg.name)]
    env = {**os.environ, "MYPYPATH": os.pathsep.join(map(str, GENERATED))}
    result = subprocess.run([str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull, *packages],
                            capture_output=True, text=True, env=env, cwd=workdir)
    assert result.returncode == 0, result.stdout[-5000:]

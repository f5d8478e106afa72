"""Random valid specs through the generator: never a traceback; either diagnostics (exit 2)
or a Python SDK that compiles and imports (checked inside the loop) and type-checks (mypy
over every generated package once the loop is done), and a Go module generated from the same
spec that is gofmt-clean and passes go build and go vet (all of them in one build at the end)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.naming import RESERVED
from tests.sdk_go.gotool import output, run_go

BIN = Path(sys.executable).parent
HOSTILE = ['"""', "*/", "${x}", "#{x}", "{{ x }}", "{% x %}", "\\", "\u2028", "\x00", "=begin", "__END__", "`", "'",
           '"', '""', '\\"', "/*", "$", "` `", "** **", "@x", "<x>"]
RESERVED_SAMPLE = sorted({w for words in RESERVED.values() for w in words})

names = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=10),
    st.sampled_from(RESERVED_SAMPLE),
    st.sampled_from(HOSTILE),
    st.from_regex(r"[a-zA-Z][a-zA-Z0-9_-]{0,12}", fullmatch=True),
)
# Delimiters alone, and at the very start and end of other text (where an escape that pads or strips
# the edges goes wrong: a docstring ending in a quote, a comment ending in a backslash).
texts = st.one_of(st.text(max_size=40), st.sampled_from(HOSTILE),
                  st.tuples(st.sampled_from(HOSTILE), st.text(max_size=20), st.sampled_from(HOSTILE)).map("".join))
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


def security_schemes() -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        st.sampled_from([{"type": "http", "scheme": "bearer"}, {"type": "http", "scheme": "basic"},
                         {"type": "openIdConnect", "openIdConnectUrl": "https://id.example.com/.well-known"},
                         {"type": "mutualTLS"}]),
        st.builds(lambda where, name: {"type": "apiKey", "in": where, "name": name},
                  st.sampled_from(["header", "query", "cookie"]), names.filter(bool)),
        st.builds(lambda url: {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": url, "scopes": {}}}},
                  st.sampled_from(["https://auth.example.com/token", "/token", "http://x/${x}?a=\"b\""])),
    )


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    schema_names = draw(st.lists(names.filter(bool), min_size=1, max_size=5, unique=True))
    components: dict[str, Any] = {"schemas": {name: draw(schemas(schema_names)) for name in schema_names}}
    scheme_names = draw(st.lists(names.filter(bool), max_size=3, unique=True))
    if scheme_names:
        components["securitySchemes"] = {name: draw(security_schemes()) for name in scheme_names}
    paths: dict[str, Any] = {}
    for index in range(draw(st.integers(1, 3))):
        media = draw(st.sampled_from(["application/json", "application/json", "text/event-stream"]))
        op: dict[str, Any] = {
            "responses": {"200": {"description": draw(texts), "content": {media: {
                "schema": draw(schemas(schema_names))}}}},
            "description": draw(texts),
        }
        if scheme_names and draw(st.booleans()):
            op["security"] = [{name: []} for name in draw(st.lists(st.sampled_from(scheme_names), unique=True))]
        if draw(st.booleans()):
            op["operationId"] = draw(names.filter(bool))
        if draw(st.booleans()):
            op["tags"] = [draw(names.filter(bool))]
        if draw(st.booleans()):
            # A few names in several locations: one name in query, header and cookie must still build.
            pool = draw(st.lists(names.filter(bool), min_size=1, max_size=2, unique=True))
            where = draw(st.lists(st.tuples(st.sampled_from(pool), st.sampled_from(["query", "header", "cookie"])),
                                  min_size=1, max_size=4, unique=True))
            op["parameters"] = [{"name": name, "in": location, "description": draw(texts), "schema": draw(primitive)}
                                for name, location in where]
        method = draw(st.sampled_from(["get", "post", "put", "delete"]))
        if method != "get" and draw(st.booleans()):
            op["requestBody"] = {"content": {"application/json": {"schema": draw(schemas(schema_names))}}}
        paths[f"/p{index}"] = {method: op}
    return {"openapi": "3.1.0", "info": {"title": draw(texts) or "t", "version": "1"}, "paths": paths,
            "components": components}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


GENERATED: list[Path] = []
GENERATED_GO: list[Path] = []


def generate(spec_file: Path, language: str, out: Path, spec: dict[str, Any]) -> int:
    """Run the generator; never a traceback, and diagnostics whenever it refuses."""
    errors, output = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(output):
        status = main(["generate", "--spec", str(spec_file), "--lang", language, "--out", str(out)])
    assert "internal error" not in errors.getvalue(), errors.getvalue() + json.dumps(spec)[:4000]
    assert status in (0, 2), errors.getvalue()
    if status == 2:
        assert "error[" in errors.getvalue()
    return status


# No shrinking: a failure is reported with the spec that caused it, and the run stays bounded. A fixed
# sequence of examples (derandomize) keeps CI reproducible; `nox -s fuzz_nightly` explores at random.
@settings(max_examples=30, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(spec=specs())
def test_random_specs_generate_code_that_imports_or_diagnostics(spec: dict[str, Any], workdir: Path) -> None:
    index = len(list(workdir.glob("spec*")))
    spec_file = workdir / f"spec{index}" / "openapi.json"
    spec_file.parent.mkdir()
    spec_file.write_text(json.dumps(spec))
    out = workdir / "out"
    if generate(spec_file, "go", out, spec) == 0:
        GENERATED_GO.append(out / f"spec{index}" / "go")
    if generate(spec_file, "python", out, spec) == 2:
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


_MODULE = re.compile(r"^module (\S+)$", re.M)
MERGED = "sdkgen.test/fuzz"


def merge_go_modules(roots: list[Path], merged: Path) -> None:
    """One module holding every generated package as merged/m<N>, all importing one copy of the
    runtime: its import path rewritten, nothing else. The runtime is the same in every module, so
    it is compiled once instead of once per module."""
    core = roots[0] / "internal" / "core"
    shutil.copytree(core, merged / "internal" / "core")
    (merged / "go.mod").write_text(f"module {MERGED}\n\ngo 1.24\n")
    for index, root in enumerate(roots):
        assert all((root / "internal" / "core" / p.name).read_bytes() == p.read_bytes() for p in core.iterdir())
        match = _MODULE.search((root / "go.mod").read_text())
        assert match, root
        package = merged / f"m{index}"
        package.mkdir()
        for source in root.glob("*.go"):
            text = source.read_text(encoding="utf-8")
            (package / source.name).write_text(
                text.replace(f'"{match.group(1)}/internal/core"', f'"{MERGED}/internal/core"'), encoding="utf-8")


def test_everything_the_fuzzer_generated_builds_in_go(workdir: Path) -> None:
    if not GENERATED_GO:
        pytest.skip("the fuzz loop generated no Go module (every spec was refused with diagnostics)")
    fmt = run_go(["gofmt", "-l", *map(str, GENERATED_GO)], workdir)
    assert fmt.returncode == 0 and fmt.stdout.strip() == "", output(fmt)
    merged = workdir / "go-merged"
    merge_go_modules(GENERATED_GO, merged)
    for command in (["build", "-trimpath", "./..."], ["vet", "-trimpath", "./..."]):
        result = run_go(command, merged, timeout=1800)
        assert result.returncode == 0, output(result)

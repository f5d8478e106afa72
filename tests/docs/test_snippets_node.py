"""Every Node/TypeScript call the reference sites show compiles against the SDK it documents: the
calls come from the provider the pages print (generator/targets/docs/calls/node.py), each wrapped
in an async function whose parameters are the values it needs, added to a copy of the SDK's
sources and checked with the SDK's own strict tsconfig (tsc --noEmit)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.build import load_api
from generator.diagnostics import Diagnostics
from generator.settings import load_settings
from generator.targets.docs.calls.node import node_calls
from tests.sdk_node.node_toolchain import copy_sdk, link_modules, report, tsc

ROOT = Path(__file__).resolve().parents[2]
BUILTIN = {"string", "number", "boolean", "null", "undefined", "unknown", "Record", "Array", "Promise", "Date"}
APIS = sorted(p.parent for p in (ROOT / "spec").glob("*/openapi.yaml"))


def snippet_module(spec: Path) -> str:
    """A module under the SDK's src/ holding every Node call of the API's reference site."""
    api = load_api(spec / "openapi.yaml")
    settings = load_settings(spec / "openapi.yaml", Diagnostics())
    client = str(settings.for_language("node")["client"])
    body: list[str] = []
    count = 0
    for operation_id, calls in node_calls(api, settings).items():
        for call in calls:
            count += 1
            parameters = "".join(f", {name}: {type_}" for name, type_ in call.needs)
            body += [f"// {operation_id} ({call.form})",
                      f"export async function call{count}(sdk: {client}{parameters}): Promise<void> {{",
                      f"  {call.code}", "}", ""]
    assert count > len(api.operations)  # every seed call, and the resource methods
    text = "\n".join(body)
    # The runtime's types the signatures name bare (NoParams, ...), imported as the resources do.
    bare = sorted({name for name in re.findall(r"(?<![\w.])([A-Z]\w*)", text)} - BUILTIN - {client})
    head = ["// Every call of the reference site, compiled by tests/docs/test_snippets_node.py.",
            f'import type {{ {client} }} from "./client.js";']
    if "m." in text:
        head.append('import type * as m from "./models.js";')
    if bare:
        head.append(f'import type {{ {", ".join(bare)} }} from "./runtime/index.js";')
    return "\n".join([*head, "", text])


def compile_with(spec: Path, source: str, tmp_path: Path) -> tuple[bool, str]:
    sdk = copy_sdk(ROOT / "sdks" / spec.name / "node", tmp_path / "sdk")
    (sdk / "src" / "site_calls.ts").write_text(source, encoding="utf-8")
    link_modules(sdk)
    result = tsc("--noEmit", "-p", "tsconfig.json", cwd=sdk)
    return result.returncode == 0, report(result)


@pytest.mark.parametrize("spec", APIS, ids=lambda p: p.name)
def test_every_node_call_on_the_site_compiles(spec: Path, tmp_path: Path) -> None:
    ok, output = compile_with(spec, snippet_module(spec), tmp_path)
    assert ok, output


def test_a_call_the_sdk_does_not_have_fails_to_compile(tmp_path: Path) -> None:
    source = snippet_module(ROOT / "spec" / "axhub")
    broken = source.replace("await sdk.deployments.get(appID, did);", "await sdk.deployments.get(appID, did, 3);", 1)
    assert broken != source
    ok, output = compile_with(ROOT / "spec" / "axhub", broken, tmp_path)
    assert not ok and "TS2" in output, output

"""How much context an MCP client spends on `tools/list`: our generated server (static and dynamic
mode) beside FastMCP's `from_openapi` on the same specs, measured in one run.

    python tests/bench/mcp_size_bench.py               AxHub, Twilio v2010 and the corpus spec with most operations
    python tests/bench/mcp_size_bench.py --spec PATH   one more spec (repeatable)

Bytes are those of the `tools/list` result as JSON (compact, as the wire carries it); tokens are
estimated as bytes / 4. Ours: static from the generated tool table (`build_tools`, what
`_tools.json` holds) turned into the MCP SDK's `Tool` objects; dynamic from the runtime's three
tools. Both run in `.bench/mcp` (a venv with the MCP SDK 1.x, the line the generated package
pins); FastMCP runs in `.bench/fastmcp` (its own venv: it pins the 2.x line). Both venvs are made
on first use. FastMCP is skipped, and said so, when it does not install.

Targets (issue 17): AxHub static at most half of FastMCP's bytes; every dynamic list under 20 KB.
Exit status 1 when one is missed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from generator.cli import load  # noqa: E402
from generator.targets.mcp import build_tools  # noqa: E402
from tests.generation.conftest import CORPUS, corpus_specs, count_operations  # noqa: E402

BENCH = ROOT / ".bench"
LISTED = ("name", "title", "description", "inputSchema", "outputSchema", "annotations")

# Run in the venv with the MCP SDK: argv = [tools.json path, title]; prints static and dynamic bytes.
_OURS = """
import json, sys
sys.path.insert(0, sys.argv[3])
import mcp.types as types
from runtime.server import dynamic_tools
from runtime.table import Tool, listings
rows = json.load(open(sys.argv[1]))
tools = [Tool(row) for row in rows]
static = types.ListToolsResult(tools=listings(tools))
dynamic = types.ListToolsResult(tools=dynamic_tools(tools, sys.argv[2]))
dump = lambda r: len(r.model_dump_json(by_alias=True, exclude_none=True).encode())
print(json.dumps({"static": dump(static), "dynamic": dump(dynamic), "tools": len(tools)}))
"""

_FASTMCP = """
import asyncio, json, sys
import yaml
from fastmcp import FastMCP, Client
text = open(sys.argv[1], encoding="utf-8").read()
spec = json.loads(text) if sys.argv[1].endswith(".json") else yaml.safe_load(text)
async def main():
    server = FastMCP.from_openapi(spec)  # its own HTTP client; nothing is called
    async with Client(server) as client:
        result = await client.list_tools_mcp()
    print(json.dumps({"bytes": len(result.model_dump_json(by_alias=True, exclude_none=True).encode()),
                      "tools": len(result.tools)}))
asyncio.run(main())
"""


def venv(name: str, packages: list[str]) -> Path | None:
    folder = BENCH / name
    python = folder / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
        done = subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *packages],
                              capture_output=True, text=True)
        if done.returncode != 0:
            print(f"{name}: pip install {' '.join(packages)} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
            return None
    return python


def ours(python: Path, spec: Path) -> dict[str, int]:
    loaded = load(spec, False)
    rows = build_tools(loaded.api)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(rows, handle)
    out = subprocess.run([str(python), "-c", _OURS, handle.name, loaded.settings.title,
                          str(ROOT / "templates" / "mcp")], capture_output=True, text=True, check=True)
    Path(handle.name).unlink()
    result: dict[str, int] = json.loads(out.stdout)
    return result


def fastmcp(python: Path | None, spec: Path) -> dict[str, int] | str:
    if python is None:
        return "not installed"
    out = subprocess.run([str(python), "-c", _FASTMCP, str(spec)], capture_output=True, text=True)
    if out.returncode != 0:
        return "failed: " + (out.stderr.strip().splitlines() or ["?"])[-1][:200]
    result: dict[str, int] = json.loads(out.stdout)
    return result


def kb(n: int) -> str:
    return f"{n / 1000:.1f} KB (~{n // 4:,} tokens)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", action="append", type=Path, default=[])
    args = parser.parse_args()
    specs = [ROOT / "spec" / "axhub" / "openapi.yaml"]
    twilio = CORPUS / "twilio" / "twilio_api_v2010.json"
    if twilio.is_file():
        specs.append(twilio)
    corpus = corpus_specs()
    if corpus:
        largest = max(corpus, key=count_operations)
        if largest not in specs:
            specs.append(largest)
    specs += args.spec
    our_python = venv("mcp", ["mcp>=1.27,<2"])
    if our_python is None:
        return 1
    fast_python = venv("fastmcp", ["fastmcp", "pyyaml"])
    failed = False
    for spec in specs:
        mine = ours(our_python, spec)
        theirs = fastmcp(fast_python, spec)
        name = spec.relative_to(ROOT).as_posix() if spec.is_relative_to(ROOT) else spec.relative_to(CORPUS).as_posix()
        print(f"{name}: {mine['tools']} tools")
        print(f"  ours static:   {kb(mine['static'])}")
        print(f"  ours dynamic:  {kb(mine['dynamic'])}")
        if isinstance(theirs, str):
            print(f"  FastMCP from_openapi: {theirs}")
        else:
            ratio = mine["static"] / theirs["bytes"]
            print(f"  FastMCP from_openapi: {theirs['tools']} tools, {kb(theirs['bytes'])}; ours static is "
                  f"{ratio:.0%} of it")
            if spec.parent.name == "axhub" and ratio > 0.5:
                print("  MISSED: AxHub static is more than half of FastMCP's", file=sys.stderr)
                failed = True
        if mine["dynamic"] >= 20_000:
            print("  MISSED: dynamic mode is 20 KB or more", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

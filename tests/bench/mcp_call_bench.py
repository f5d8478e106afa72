"""Per-call overhead of the generated MCP server: a tool call against the same operation through
the generated async Python SDK, both against one reference server, in one run.

    python tests/bench/mcp_call_bench.py [--calls N]

Three ways to get one deployment (`deployments_get`, a GET answered from the fixture):

- sdk: `AsyncAxHubClient.request(...)`, the call the tool makes;
- mcp in-process: an official MCP client session connected to the server object over in-memory
  streams (`tools/call` + argument check + the same SDK call + the result as JSON);
- mcp stdio: the same through `axhub-mcp` started as a subprocess (JSON-RPC over pipes).

Interleaved (sdk, in-process, stdio, sdk, ...) so load from other jobs on the machine spreads over
all three; reports the median and 90th percentile of each and the overhead medians over sdk.
The SDK and the MCP package are installed (from sdks/axhub) into `.bench/mcp-call`, made on first
use; the reference server is the contract suite's, started without response validation.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "contract"))
os.environ.setdefault("CONTRACT_VALIDATE_RESPONSES", "0")  # the server's own checks are not measured

from contract_lib import start_server, stop_server  # noqa: E402

VENV = ROOT / ".bench" / "mcp-call"

_MEASURE = r"""
import asyncio, json, os, statistics, sys, time
import axhub
from axhub_mcp import CONFIG
from axhub_mcp._runtime.cli import build
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.shared.memory import create_connected_server_and_client_session

base_url, calls, script = sys.argv[1], int(sys.argv[2]), sys.argv[3]
APP, DID = "0c000000-0000-4000-8000-000000000001", "0d000000-0000-4000-8000-000000000101"
OP = "deployGetApiV1AppsByAppIDDeploymentsByDid"
os.environ.update({"AXHUB_BASE_URL": base_url, "AXHUB_TOKEN": "tok_owner"})

async def main():
    client = axhub.AsyncAxHubClient(base_url, token="tok_owner")
    api, _ = build(CONFIG, ["--tools", "static"])
    params = StdioServerParameters(command=script, args=["--tools", "static"], env=dict(os.environ))
    times = {"sdk": [], "mcp in-process": [], "mcp stdio": []}
    async with create_connected_server_and_client_session(api.server) as local, \
            stdio_client(params) as (read, write), ClientSession(read, write) as remote:
        await remote.initialize()
        args = {"appID": APP, "did": DID}

        async def sdk():
            await client.request(OP, args)

        async def tool(session):
            result = await session.call_tool("deployments_get", args)
            assert not result.isError, result

        runs = {"sdk": sdk, "mcp in-process": lambda: tool(local), "mcp stdio": lambda: tool(remote)}
        for fn in runs.values():  # warm up: connections, imports, caches
            for _ in range(10):
                await fn()
        for _ in range(calls):
            for name, fn in runs.items():
                started = time.perf_counter()
                await fn()
                times[name].append((time.perf_counter() - started) * 1000)
    await client.close()
    await api.close()
    out = {}
    for name, values in times.items():
        values.sort()
        out[name] = {"median": statistics.median(values), "p90": values[int(len(values) * 0.9) - 1]}
    print(json.dumps(out))

asyncio.run(main())
"""


def venv() -> Path:
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        str(ROOT / "sdks" / "axhub" / "python"), str(ROOT / "sdks" / "axhub" / "mcp")], check=True)
    else:  # the packages as generated now
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
                        "--force-reinstall", str(ROOT / "sdks" / "axhub" / "python"),
                        str(ROOT / "sdks" / "axhub" / "mcp")], check=True)
    return python


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=300, help="calls per way (default 300)")
    args = parser.parse_args()
    if args.calls < 10:
        parser.error("--calls: at least 10")
    python = venv()
    with tempfile.TemporaryDirectory(prefix="mcp-call-bench-") as tmp:
        server = start_server(Path(tmp))
        try:
            out = subprocess.run([str(python), "-c", _MEASURE, server.base_url, str(args.calls),
                                  str(VENV / "bin" / "axhub-mcp")], capture_output=True, text=True)
        finally:
            stop_server(server)
    if out.returncode != 0:
        print(f"the measurement failed:\n{out.stderr[-3000:]}", file=sys.stderr)
        return 1
    result = json.loads(out.stdout)
    base = result["sdk"]["median"]
    print(f"deployments_get, {args.calls} calls each, against one reference server (ms per call):")
    for name, numbers in result.items():
        median = numbers["median"]
        extra = "" if name == "sdk" else f"   overhead {median - base:+.2f} ms ({median / base:.2f}x)"
        print(f"  {name:15} median {numbers['median']:6.2f}   p90 {numbers['p90']:6.2f}{extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

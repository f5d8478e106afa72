"""Contract runner for the generated MCP server: every scenario of tests/contract/scenarios through
the server's tools, driven by the official MCP Python SDK's client over stdio or streamable HTTP.

    python contract_runner.py --base-url URL --script PATH/axhub-mcp --transport stdio|http [-k NAME]

Run it with a Python that has the MCP SDK and the installed `axhub_mcp` package (the venv the MCP
tests build, see mcp_lib). The scenario format, the matching rules and the output lines are those
of tests/contract/README.md; the format checks, variables, dotted paths and matchers are the Python
runner's own functions (tests/contract/runners/python/run.py), imported, not copied.

How a step becomes tool calls:

- a plain call is the operation's tool (the `operation` column of the tool table, `_tools.json`);
  `pathParams`, `query` and the body's fields become the tool's flat arguments through the table's
  argument routes (a renamed argument such as `body_id` is found by its route);
- `wait` is the operation's waiter tool (`timeoutSeconds`, `intervalSeconds` as its arguments),
  `tail` its tail tool (`take` as `max_lines`, `timeoutSeconds` rounded up as `max_seconds`),
  `paginate` the operation's tool called again with the arguments each answer's "More results"
  note gives, as an agent would, collecting the items of every page;
- the token, the extra `headers` (the reference server's `X-Fault`) and the `maxRetries` /
  `timeoutSeconds` options are the server's configuration (`AXHUB_TOKEN`, `--header`,
  `--max-retries`, `--timeout`): the runner starts one server per token and keeps it for the run,
  and a server of its own for a step with headers or those options; `idempotencyKey` is the tool's
  `Idempotency-Key` argument;
- an error result is matched by its status (`BadRequest` for 400, ... `Server` for 5xx), or by the
  SDK error class it names when there was no answer (`Connection`, `Timeout`); `fields` over the
  error body read `{statusCode, code, message, retryAfter}` as the tool reports them.

Not applicable (each occurrence is printed as `N/A <transport> <kind>: <scenario> <step>: <why>`,
never skipped silently):

- `raw-status`, `raw-headers`: `expect.status` and `expect.headers` of a `raw` step: a tool result
  carries the decoded answer, not the HTTP status line or the response headers (the rest of the
  step is still checked);
- `tail-interval`: `intervalSeconds` of `tail`: the tail tool polls on its own schedule (at most every second);
- `schema-refused`: a `BadRequest` step whose arguments the tool's input schema refuses before any request is sent
  (a wrong type, a missing required field): the tool answers `invalid_arguments` naming the field,
  which is the MCP form of that 400; its status, code and body fields are not checked.

Other APIs: the runner drives AxHub's MCP server (`axhub-mcp`, its tool table, `AXHUB_TOKEN`), so
it runs the scenarios of `api` axhub only. Each scenario of another API (tests/contract/scenarios/
<api>/, e.g. Deplite's, with their `signingKey` steps) is listed as
`OTHER-API <transport> <name>: ...` before the totals, never dropped silently; the SDK runners run them.

Prints `PASS`/`FAIL` lines, the `N/A` lines, the `OTHER-API` lines, then exactly `N passed, N failed`;
exits 1 when a scenario failed (or none ran), 2 for bad arguments or malformed scenarios.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import json
import math
import os
import re
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamablehttp_client

HERE = Path(__file__).resolve().parent
RUN_PY = HERE.parents[0] / "contract" / "runners" / "python" / "run.py"


def _load_contract() -> Any:
    spec = importlib.util.spec_from_file_location("contract_run", RUN_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["contract_run"] = module
    spec.loader.exec_module(module)
    return module


contract = _load_contract()
StepFailure = contract.StepFailure
MISSING = contract._MISSING

DEFAULT_RETRIES = 2  # the contract's client settings (README: 2 retries, 30 s timeout)
DEFAULT_TIMEOUT = 30.0
MORE = re.compile(r"^More results: call (\S+) with (\{.*\})$", re.S)
STATUS_CLASSES = {400: "BadRequest", 401: "Authentication", 403: "PermissionDenied", 404: "NotFound",
                  409: "Conflict", 412: "PreconditionFailed", 422: "UnprocessableEntity",
                  428: "PreconditionRequired", 429: "RateLimit"}
TYPE_CLASSES = {"APITimeoutError": "Timeout", "APIConnectionError": "Connection"}
MAX_PAGES = 1000


# -- servers --------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerKey:
    """One server configuration: the token it reads and its client settings."""

    token: str | None
    headers: tuple[tuple[str, str], ...] = ()
    max_retries: int = DEFAULT_RETRIES
    timeout: float = DEFAULT_TIMEOUT

    def args(self) -> list[str]:
        out = ["--tools", "static", "--max-retries", str(self.max_retries), "--timeout", f"{self.timeout:g}"]
        for name, value in self.headers:
            out += ["--header", f"{name}: {value}"]
        return out

    def env(self, base_url: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "AXHUB_TOKEN"}
        env["AXHUB_BASE_URL"] = base_url
        if self.token is not None:
            env["AXHUB_TOKEN"] = self.token
        return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def _http_process(script: str, key: ServerKey, base_url: str, log_dir: Path) -> Any:
    """`axhub-mcp --transport http` on a free port; yields its /mcp URL; SIGTERM at the end."""
    port = _free_port()
    log = log_dir / f"mcp-http-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen([script, "--transport", "http", "--port", str(port), *key.args()],
                                   env=key.env(base_url), stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{script} exited {process.returncode}: {log.read_text()[-2000:]}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{script} did not listen on port {port}: {log.read_text()[-2000:]}")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class Servers:
    """MCP client sessions, one per server configuration; those of plain tokens live for the run."""

    def __init__(self, transport: str, script: str, base_url: str, log_dir: Path) -> None:
        self.transport = transport
        self.script = script
        self.base_url = base_url
        self.log_dir = log_dir
        self.stack = contextlib.AsyncExitStack()
        self.sessions: dict[ServerKey, ClientSession] = {}
        self.started = 0

    async def open(self, key: ServerKey, stack: contextlib.AsyncExitStack) -> ClientSession:
        self.started += 1
        if self.transport == "stdio":
            params = StdioServerParameters(command=self.script, args=key.args(), env=key.env(self.base_url))
            read, write = await stack.enter_async_context(stdio_client(params))
        else:
            url = stack.enter_context(_http_process(self.script, key, self.base_url, self.log_dir))
            read, write, _ = await stack.enter_async_context(streamablehttp_client(url))
        session = await stack.enter_async_context(ClientSession(read, write))
        await session.initialize()
        return session

    async def shared(self, key: ServerKey) -> ClientSession:
        if key not in self.sessions:
            self.sessions[key] = await self.open(key, self.stack)
        return self.sessions[key]

    async def close(self) -> None:
        await self.stack.aclose()


# -- the tool table -----------------------------------------------------------------------


class Table:
    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.by_kind: dict[tuple[str, str], dict[str, Any]] = {}
        for row in rows:
            self.by_kind.setdefault((str(row["kind"]), str(row["operation"])), row)

    def tool(self, kind: str, operation: str) -> dict[str, Any]:
        row = self.by_kind.get((kind, operation))
        if row is None:
            raise StepFailure(f"no {kind} tool for operation {operation}")
        return row


def arguments(tool: dict[str, Any], step: Mapping[str, Any], notes: list[str]) -> dict[str, Any]:
    """The step's parameters and body as the tool's flat arguments, through its routes."""
    routes: dict[str, dict[str, str]] = tool["arguments"]
    inverse = {(r["in"], r["name"]): name for name, r in routes.items()}
    out: dict[str, Any] = {}
    for wire, value in (step.get("pathParams") or {}).items():
        out[inverse.get(("path", wire), wire)] = value
    for wire, value in (step.get("query") or {}).items():
        name = next((inverse[(where, wire)] for where in ("query", "header", "cookie") if (where, wire) in inverse),
                    wire)  # unknown: passed as given, and the tool's schema says what it thinks of it
        out[name] = value
    if "body" in step:
        body = step["body"]
        if tool["body"] == "fields" and isinstance(body, dict):
            for wire, value in body.items():
                out[inverse.get(("body", wire), wire)] = value
        elif tool["body"] == "whole":
            out[inverse[("body_whole", "body")]] = body
        else:
            out["body"] = body  # no body argument: refused by the schema, as the step will see
    key = (step.get("options") or {}).get("idempotencyKey")
    if key is not None:
        name = inverse.get(("header", "Idempotency-Key"))
        if name is None:
            notes.append("no-idempotency-argument: the tool has no Idempotency-Key argument")
        else:
            out[name] = key
    return out


# -- one step -----------------------------------------------------------------------------


@dataclass
class Outcome:
    result: Any = None
    error: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)


def _decode(call: Any) -> tuple[Any, dict[str, Any] | None, list[str]]:
    """(answer, error, the result's other texts) of a tools/call result."""
    texts = [c.text for c in call.content if getattr(c, "type", "") == "text"]
    if call.isError:
        structured = call.structuredContent or {}
        error = structured.get("error") if isinstance(structured, dict) else None
        return None, error if isinstance(error, dict) else {"message": " ".join(texts)}, texts
    if not texts:
        raise StepFailure("a successful tool result without text content")
    return json.loads(texts[0]), None, texts[1:]


async def _call(session: ClientSession, name: str, args: dict[str, Any]) -> tuple[Any, dict[str, Any] | None,
                                                                                list[str]]:
    return _decode(await session.call_tool(name, args))


async def run_tools(session: ClientSession, table: Table, step: Mapping[str, Any]) -> Outcome:
    outcome = Outcome()
    helper = step.get("helper")
    options = step.get("helperOptions") or {}
    op = step["operation"]
    if helper is None:
        tool = table.tool("call", op)
        args = arguments(tool, step, outcome.notes)
        outcome.result, outcome.error, _ = await _call(session, tool["name"], args)
        return outcome
    if helper == "wait":
        tool = table.tool("wait", op)
        args = arguments(tool, step, outcome.notes)
        args["timeout_seconds"] = float(options.get("timeoutSeconds", contract.DEFAULT_WAIT_TIMEOUT))
        args["interval_seconds"] = float(options.get("intervalSeconds", contract.DEFAULT_WAIT_INTERVAL))
        outcome.result, outcome.error, _ = await _call(session, tool["name"], args)
        return outcome
    if helper == "tail":
        tool = table.tool("tail", op)
        args = arguments(tool, step, outcome.notes)
        args["max_lines"] = int(options.get("take", 100_000))
        args["max_seconds"] = max(1, math.ceil(float(options.get("timeoutSeconds", contract.DEFAULT_TAIL_TIMEOUT))))
        if "intervalSeconds" in options:
            outcome.notes.append("tail-interval: helperOptions.intervalSeconds; the tool polls on its own schedule")
        answer, outcome.error, _ = await _call(session, tool["name"], args)
        if outcome.error is None:
            outcome.result = answer["items"]
        return outcome
    # paginate: the first page, then the arguments each "More results" note names
    tool = table.tool("call", op)
    paging = tool["paging"]
    if not paging:
        raise StepFailure(f"{tool['name']} is not paged")
    name, args = tool["name"], arguments(tool, step, outcome.notes)
    items: list[Any] = []
    for _ in range(MAX_PAGES):
        answer, outcome.error, rest = await _call(session, name, args)
        if outcome.error is not None:
            return outcome
        page = contract.get_path(answer, ".".join(paging["items"]))
        if not isinstance(page, list):
            raise StepFailure(f"page without items at {'.'.join(paging['items'])}: {contract._short(answer)}")
        items.extend(page)
        more = next((m for m in (MORE.match(t) for t in rest) if m), None)
        if more is None:
            outcome.result = items
            return outcome
        if more.group(1) != name:
            raise StepFailure(f"the next page names tool {more.group(1)}, not {name}")
        args = json.loads(more.group(2))
    raise StepFailure(f"more than {MAX_PAGES} pages")


def error_class(error: Mapping[str, Any]) -> str:
    status = error.get("status")
    if isinstance(status, int):
        return "Server" if status >= 500 else STATUS_CLASSES.get(status, f"Other({status})")
    kind = str(error.get("type"))
    return TYPE_CLASSES.get(kind, "InvalidArguments" if kind == "invalid_arguments" else f"Other({kind})")


def server_key(step: Mapping[str, Any], token: str | None) -> ServerKey:
    options = step.get("options") or {}
    return ServerKey(
        token=token,
        headers=tuple((str(k), contract._text(v)) for k, v in (step.get("headers") or {}).items()),
        max_retries=int(options.get("maxRetries", DEFAULT_RETRIES)),
        timeout=float(options.get("timeoutSeconds", DEFAULT_TIMEOUT)),
    )


async def run_step(servers: Servers, table: Table, scenario: Mapping[str, Any], raw_step: Mapping[str, Any],
                   variables: dict[str, Any], notes: list[str]) -> None:
    step = {k: contract.substitute(v, variables) for k, v in raw_step.items() if k not in ("expect", "capture")}
    expect = contract.substitute(raw_step["expect"], variables)
    token = step["token"] if "token" in step else scenario.get("token")
    key = server_key(step, token)
    async with contextlib.AsyncExitStack() as own:
        if key == ServerKey(token):
            session = await servers.shared(key)
        else:  # headers or per-call client settings: a server configured for this step alone
            session = await servers.open(key, own)
        started = time.monotonic()
        outcome = await run_tools(session, table, step)
        elapsed = time.monotonic() - started
    notes.extend(outcome.notes)
    result, error = outcome.result, outcome.error

    if "elapsedAtLeast" in expect and elapsed + 0.005 < float(expect["elapsedAtLeast"]):
        raise StepFailure(f"took {elapsed:.2f}s, expected at least {expect['elapsedAtLeast']}s")
    if "error" in expect:
        if error is None:
            raise StepFailure(f"expected {expect['error']} error, got success {contract._short(result)}")
        name = error_class(error)
        if name == "InvalidArguments" and expect["error"] == "BadRequest":
            notes.append(f"schema-refused: the expected BadRequest, before sending: {error.get('message')}")
            return
        problems = []
        if name != expect["error"]:
            problems.append(f"error class {name}, expected {expect['error']}")
        if "status" in expect and error.get("status") != expect["status"]:
            problems.append(f"status {error.get('status')}, expected {expect['status']}")
        if "code" in expect and error.get("code") != expect["code"]:
            problems.append(f"code {error.get('code')!r}, expected {expect['code']!r}")
        if "retryAfter" in expect:
            got = error.get("retryAfter")
            if got is None or not contract.json_equal(got, expect["retryAfter"]):
                problems.append(f"retryAfter {got}, expected {expect['retryAfter']}")
        body = {"statusCode": error.get("status"), "code": error.get("code"), "message": error.get("message")}
        if "retryAfter" in error:
            body["retryAfter"] = error["retryAfter"]
        problems.extend(contract.check_fields(body, expect.get("fields") or {}, variables))
        if problems:
            raise StepFailure("; ".join(problems) + f" [{json.dumps(error)}]")
        return

    if error is not None:
        raise StepFailure(f"unexpected {error_class(error)} error: {json.dumps(error)}")
    for what in ("status", "headers"):
        if what in expect:
            notes.append(f"raw-{what}: expect.{what}; a tool result has the decoded answer, not the HTTP {what}")
    problems = []
    if expect.get("empty") and result != {}:
        problems.append(f"expected an empty result {{}}, got {contract._short(result)}")
    if "count" in expect and (not isinstance(result, list) or len(result) != expect["count"]):
        problems.append(f"count {len(result) if isinstance(result, list) else '-'}, expected {expect['count']}")
    if "minCount" in expect and (not isinstance(result, list) or len(result) < expect["minCount"]):
        problems.append(
            f"count {len(result) if isinstance(result, list) else '-'}, expected at least {expect['minCount']}")
    problems.extend(contract.check_fields(result, expect.get("fields") or {}, variables))
    for path in expect.get("present") or []:
        if contract.get_path(result, path) is MISSING:
            problems.append(f"{path}: expected present, missing")
    for path in expect.get("absent") or []:
        if contract.get_path(result, path) is not MISSING:
            problems.append(f"{path}: expected absent, got {contract._short(contract.get_path(result, path))}")
    if problems:
        raise StepFailure("; ".join(problems) + f" [result {contract._short(result)}]")
    for name, spec in (raw_step.get("capture") or {}).items():
        path = spec if isinstance(spec, str) else spec["path"]
        value = contract.get_path(result, path)
        if value is MISSING:
            raise StepFailure(f"capture {name}: {path} is missing [result {contract._short(result)}]")
        if isinstance(spec, dict):
            match = re.search(spec["regex"], contract._text(value))
            if match is None:
                raise StepFailure(f"capture {name}: {spec['regex']!r} does not match {contract._short(value)}")
            value = match.group(1) if match.groups() else match.group(0)
        variables[name] = value


async def run_scenario(servers: Servers, table: Table, scenario: Mapping[str, Any],
                       not_applicable: list[str]) -> str | None:
    variables: dict[str, Any] = {"$run": secrets.token_hex(4), **(scenario.get("vars") or {})}
    for index, step in enumerate(scenario["steps"], 1):
        notes: list[str] = []
        try:
            await run_step(servers, table, scenario, step, variables, notes)
        except StepFailure as exc:
            return f"{contract.step_label(index, step)}: {exc}"
        except Exception as exc:  # the runner, the client or the server broke: reported, next scenario
            return f"{contract.step_label(index, step)}: {type(exc).__name__}: {exc}"
        finally:
            for note in notes:  # "<kind>: <why>" -> "<kind>: <scenario> <step>: <why>"
                kind, why = note.split(": ", 1)
                not_applicable.append(f"{kind}: {scenario['name']} {contract.step_label(index, step)}: {why}")
    return None


async def run_all(args: argparse.Namespace, scenarios: list[dict[str, Any]],
                  other_apis: list[dict[str, Any]] | None = None) -> int:
    import axhub_mcp

    table = Table([t.data for t in axhub_mcp.tools()])
    servers = Servers(args.transport, args.script, args.base_url, args.log_dir)
    passed = failed = 0
    not_applicable: list[str] = []
    try:
        for scenario in scenarios:
            started = time.monotonic()
            try:
                await asyncio.to_thread(contract.reset_server, args.base_url)
                failure = await run_scenario(servers, table, scenario, not_applicable)
            except RuntimeError as exc:
                failure = f"before step 1: {exc}"
            took = time.monotonic() - started
            if failure is None:
                passed += 1
                print(f"PASS {args.transport} {scenario['name']} ({took:.2f}s)", flush=True)
            else:
                failed += 1
                print(f"FAIL {args.transport} {scenario['name']} ({took:.2f}s): {failure}", flush=True)
    finally:
        await servers.close()
    for line in not_applicable:
        print(f"N/A {args.transport} {line}")
    for scenario in other_apis or []:
        print(f"OTHER-API {args.transport} {scenario['name']}: api {contract.scenario_api(scenario)}; this runner "
              "drives AxHub's MCP server only (the SDK runners run it)")
    print(f"servers started: {servers.started}")
    print(f"{passed} passed, {failed} failed", flush=True)
    return 1 if failed or not passed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", required=True, help="reference server started with --faults")
    parser.add_argument("--script", required=True, help="the installed axhub-mcp command")
    parser.add_argument("--transport", choices=("stdio", "http"), required=True)
    parser.add_argument("--scenarios", type=Path, default=contract.SCENARIOS_DIR, help="folder of *.json scenarios")
    parser.add_argument("--log-dir", type=Path, default=Path.cwd(), help="where HTTP servers write their logs")
    parser.add_argument("-k", dest="select", action="append", default=[],
                        help="run only scenarios whose name contains this (repeatable)")
    args = parser.parse_args(argv)
    args.base_url = args.base_url.rstrip("/")
    try:
        scenarios = contract.load_scenarios(args.scenarios)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.select:
        scenarios = [s for s in scenarios if any(k in s["name"] for k in args.select)]
    other_apis = [s for s in scenarios if contract.scenario_api(s) != "axhub"]
    scenarios = [s for s in scenarios if contract.scenario_api(s) == "axhub"]
    return asyncio.run(run_all(args, scenarios, other_apis))


if __name__ == "__main__":
    sys.exit(main())

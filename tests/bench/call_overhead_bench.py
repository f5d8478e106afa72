"""Per-call overhead of every generated SDK against its language's bare HTTP client + JSON parser.

    python tests/bench/call_overhead_bench.py [--n 5000] [--repeat 3] [--langs go java ...] [--json out.json]

``nox -s bench`` runs it. Steps:

1. Start the reference server (``python -m reference_server``, in-memory
   database) and record, byte for byte, its answers to two typical calls as
   tok_owner: ``get`` (GET one deployment of the shop app) and ``list`` (GET a
   page of its deployments, ``limit=20``), plus its 401 to a request without
   a token. Then stop it.
2. Serve those recordings from ``call_overhead/canned`` (a small Go HTTP/1.1
   keep-alive server that only looks up and writes bytes), so nearly all the
   time of a call is spent in the client.
3. Build and run one harness per language (``call_overhead/<lang>``): warm-up,
   then ``--n`` calls through the SDK's typed method (decoding into its models)
   and ``--n`` bare calls of the same request (Accept, User-Agent,
   Authorization, keep-alive) decoded into the language's generic JSON tree,
   in alternating blocks. Each prints the median microseconds per call of
   both paths.
4. Print the table: bare us/call and SDK us/call (medians over the blocks),
   the ratio (the median over rounds of the SDK block's time over the bare
   block's that ran right beside it) and whether it is within the 1.3x target;
   the same ratio in CPU time; and the connections each path opened (as the
   canned server counted them), which shows whether keep-alive works. With
   ``--repeat R`` every comparison runs R times, in rounds over all the
   languages (a busy spell of the machine then hits one run of a row, not all
   of them), and the row gives the medians (see ``combine``). A row is within
   the target when both its wall-clock and its CPU ratio are.

The SDKs run with their default options (retries, idempotency keys, timeouts
as users get them); the harnesses change nothing but the base URL and token.
Builds reuse the toolchain helpers of tests/sdk_<lang> and happen in a
temporary folder, so nothing is written into sdks/.

Every harness takes one argument, a JSON config: ``base_url``, ``token``,
``app``, ``did``, ``limit`` (the requests), ``calls`` (``get``/``list``), ``n``
(measured calls per path), ``warmup``, ``block`` (calls per timed block) and
``clients`` (e.g. ``["java-async"]`` where a harness has several). It prints
one JSON line ``{"rows": [...]}``, a row per client and call with
``sdk_us_per_call``/``bare_us_per_call`` (median wall-clock time of a call
over the blocks), ``sdk_cpu_us_per_call``/``bare_cpu_us_per_call`` (the
process's CPU time per call, a mean over all blocks: less disturbed by other
work on the machine, and it counts the client's helper threads), the blocks'
times, and ``sdk_value``/``bare_value``: what each path decoded (a few fields),
which must equal what the recording holds. The bare requests carry
``User-Agent: call-overhead-bare`` so the canned server can count each path's
connections (a connection counts for the path whose request opened it; where
both paths share one pool, as Go's and Node's defaults do, one path may show
them all).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HERE = Path(__file__).resolve().parent / "call_overhead"
SDKS = ROOT / "sdks" / "axhub"

SHOP = "0c000000-0000-4000-8000-000000000001"
SHOP_V1 = "0d000000-0000-4000-8000-000000000101"
TOKEN = "tok_owner"
LIMIT = 20
TARGET = 1.3
CALLS = ("get", "list", "get_resource")
# A call made through the resource surface (`client.deployments.get(app, did)`) sends the request of
# a seed call; its recording and expected value are that call's.
SAME_REQUEST = {"get_resource": "get"}
LANGUAGES = ("python", "go", "java", "kotlin", "node", "ruby")
# The calls each harness has written so far (the others are left out of its rows, not failed).
HARNESS_CALLS = {language: CALLS for language in LANGUAGES}
HARNESS_CALLS.update({"node": ("get", "list"), "ruby": ("get", "list")})
# The clients each language's harness can measure (its config's "clients" picks one).
CLIENTS = {
    "python": ["python", "python-async"],
    "go": ["go"],
    "java": ["java", "java-async"],
    "kotlin": ["kotlin"],
    "node": ["node"],
    "ruby": ["ruby"],
}
# Warm-up calls per path: the JVMs need more before their JIT has settled.
WARMUP = {"java": 20000, "kotlin": 20000, "go": 3000, "node": 5000, "python": 1000, "ruby": 1000}
START_TIMEOUT = 120.0


# -- recording ---------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def reference_server(workdir: Path) -> Iterator[tuple[str, int]]:
    """``python -m reference_server`` on a free loopback port; yields (host, port)."""
    port = _free_port()
    log_path = workdir / "refserver.log"
    command = [
        sys.executable, "-m", "reference_server", "--host", "127.0.0.1", "--port", str(port),
        "--db", "sqlite://", "--no-access-log", "--log-level", "warning",
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the reference server exited:\n{log_path.read_text(errors='replace')[-3000:]}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the reference server did not start") from None
                time.sleep(0.1)
        yield "127.0.0.1", port
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def raw_exchange(host: str, port: int, target: str, token: str | None) -> bytes:
    """One GET over a fresh socket; the whole response as it came (it must carry Content-Length)."""
    lines = [f"GET {target} HTTP/1.1", f"Host: {host}:{port}", "Accept: application/json"]
    if token is not None:
        lines.append(f"Authorization: Bearer {token}")
    request = ("\r\n".join(lines) + "\r\n\r\n").encode()
    with socket.create_connection((host, port), timeout=30) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                raise RuntimeError(f"the server closed the connection before answering {target}")
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        match = re.search(rb"(?im)^content-length:\s*(\d+)\s*$", head)
        if match is None or re.search(rb"(?im)^(transfer-encoding|connection):", head):
            raise RuntimeError(f"{target}: need a Content-Length, keep-alive response, got:\n{head.decode()}")
        length = int(match.group(1))
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                raise RuntimeError(f"{target}: the body ended early")
            body += chunk
    if len(body) != length:
        raise RuntimeError(f"{target}: more bytes than Content-Length")
    return head + b"\r\n\r\n" + body


def body_of(response: bytes) -> Any:
    return json.loads(response.partition(b"\r\n\r\n")[2])


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1])


@dataclass
class Recording:
    routes: Path  # the canned server's routes.json
    responses: dict[str, bytes] = field(default_factory=dict)  # call name -> recorded response

    def expected(self, call: str) -> dict[str, Any]:
        """What both paths of a harness must report for ``call`` (see the harnesses' summary)."""
        call = SAME_REQUEST.get(call, call)
        body = body_of(self.responses[call])
        if call == "get":
            return {"id": body["id"], "status": body["status"], "image_uri": body["image_uri"]}
        return {
            "total": body["total"],
            "ids": [item["id"] for item in body["items"]],
            "failure_codes": [item["failure_reason"]["code"] for item in body["items"] if item["failure_reason"]],
        }


def call_targets() -> dict[str, tuple[str, str]]:
    """call name -> (path, query) of its request."""
    base = f"/api/v1/apps/{SHOP}/deployments"
    return {"get": (f"{base}/{SHOP_V1}", ""), "list": (base, f"limit={LIMIT}")}


def record(workdir: Path) -> Recording:
    """Record the calls' answers from a fresh reference server into ``workdir``."""
    workdir.mkdir(parents=True, exist_ok=True)
    recording = Recording(routes=workdir / "routes.json")
    routes = []
    with reference_server(workdir) as (host, port):
        for call, (path, query) in call_targets().items():
            response = raw_exchange(host, port, f"{path}?{query}" if query else path, TOKEN)
            if status_of(response) != 200:
                raise RuntimeError(f"{call}: the reference server answered {response[:400]!r}")
            (workdir / f"{call}.http").write_bytes(response)
            recording.responses[call] = response
            routes.append({"method": "GET", "path": path, "query": query, "response": f"{call}.http"})
        unauthorized = raw_exchange(host, port, call_targets()["get"][0], None)
        if status_of(unauthorized) != 401:
            raise RuntimeError(f"a request without a token got {unauthorized[:400]!r}")
        (workdir / "unauthorized.http").write_bytes(unauthorized)
    recording.routes.write_text(
        json.dumps({"token": TOKEN, "unauthorized": "unauthorized.http", "routes": routes}, indent=2),
        encoding="utf-8",
    )
    return recording


# -- the canned server -------------------------------------------------------------------------------------


def _go() -> Any:
    from tests.sdk_go import gotool

    return gotool


def build_go_binary(source: Path, output: Path) -> Path:
    gotool = _go()
    built = gotool.run_go(["build", "-trimpath", "-o", str(output), "."], cwd=source)
    if built.returncode != 0:
        raise RuntimeError(gotool.output(built))
    return output


@dataclass
class CannedServer:
    process: subprocess.Popen[str]
    url: str

    def stats(self) -> dict[str, dict[str, int]]:
        with urllib.request.urlopen(f"{self.url}/_canned/stats", timeout=10) as response:
            data: dict[str, dict[str, int]] = json.loads(response.read())
        return data


@contextmanager
def canned_server(binary: Path, recording: Recording) -> Iterator[CannedServer]:
    process = subprocess.Popen([str(binary), "-routes", str(recording.routes)], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.search(r"listening on (http://\S+)", first)
        if match is None:
            raise RuntimeError(f"the canned server did not start: {first!r}")
        yield CannedServer(process, match.group(1))
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


# -- the harnesses -----------------------------------------------------------------------------------------


def _fail(what: str, result: subprocess.CompletedProcess[str]) -> RuntimeError:
    return RuntimeError(f"{what} failed ({' '.join(map(str, result.args))}):\n"
                        f"{result.stdout[-6000:]}\n{result.stderr[-6000:]}")


def build_python(workdir: Path) -> list[str]:
    return [sys.executable, str(HERE / "python" / "bench.py")]


def build_go(workdir: Path) -> list[str]:
    return [str(build_go_binary(HERE / "go", workdir / "bench-go"))]


def _maven_build(project: Path, *extra: str) -> str:
    """Compile a copied Maven project offline (online once when the cache lacks something); its classpath."""
    from tests.sdk_java.toolchain import ensure_java_toolchain, maven

    ensure_java_toolchain()
    goals = ["-q", "-DskipTests", *extra, "compile",
             "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
             "-Dmdep.outputFile=classpath.txt", "-DincludeScope=runtime"]
    offline = ["-o"] if (Path.home() / ".m2" / "repository").is_dir() else []
    result = maven(project, *offline, *goals)
    if result.returncode != 0 and offline:
        result = maven(project, *goals)
    if result.returncode != 0:
        raise _fail(f"building {project.name}", result)
    return os.pathsep.join([str(project / "target" / "classes"), (project / "classpath.txt").read_text().strip()])


def _copy_maven_sdk(sdk: Path, project: Path, bench_sources: Path, source_root: str) -> None:
    """The SDK's pom and main sources, plus the harness's sources, in ``project``."""
    project.mkdir(parents=True)
    shutil.copy(sdk / "pom.xml", project / "pom.xml")
    shutil.copytree(sdk / "src" / "main", project / "src" / "main")
    shutil.copytree(bench_sources, project / "src" / "main" / source_root, dirs_exist_ok=True)


def build_java(workdir: Path) -> list[str]:
    project = workdir / "java"
    _copy_maven_sdk(SDKS / "java", project, HERE / "java" / "src", "java")
    classpath = _maven_build(project)
    return ["java", "-cp", classpath, "bench.CallOverhead"]


def build_kotlin(workdir: Path) -> list[str]:
    from tests.sdk_kotlin.toolchain import ensure_maven

    ensure_maven()
    project = workdir / "kotlin"
    _copy_maven_sdk(SDKS / "kotlin", project, HERE / "kotlin" / "src", "kotlin")
    # ktlint checks the SDK in tests/sdk_kotlin; here it would only cost time.
    classpath = _maven_build(project, "-Dktlint.skip=true")
    return ["java", "-cp", classpath, "bench.CallOverheadKt"]


def build_node(workdir: Path) -> list[str]:
    from tests.sdk_node.node_toolchain import copy_sdk, ensure_tooling, link_modules, package_name, tsc

    ensure_tooling()
    root = workdir / "node"
    sdk = copy_sdk(SDKS / "node", root / "sdk")
    link_modules(root, {package_name(SDKS / "node"): sdk})
    built = tsc("-p", str(sdk / "tsconfig.json"))
    if built.returncode != 0:
        raise _fail("tsc on the Node SDK", built)
    bench = root / "bench"
    shutil.copytree(HERE / "node", bench, ignore=shutil.ignore_patterns("node_modules", "dist"))
    compiled = tsc("-p", str(bench / "tsconfig.json"))
    if compiled.returncode != 0 or compiled.stdout.strip() or compiled.stderr.strip():
        raise _fail("tsc on the Node harness", compiled)
    return ["node", str(bench / "dist" / "bench.js")]


def build_ruby(workdir: Path) -> list[str]:
    from tests.sdk_ruby.ruby_toolchain import ensure_ruby

    ensure_ruby()
    return ["ruby", "-w", "-I", str(SDKS / "ruby" / "lib"), str(HERE / "ruby" / "bench.rb")]


BUILDERS: dict[str, Callable[[Path], list[str]]] = {
    "python": build_python,
    "go": build_go,
    "java": build_java,
    "kotlin": build_kotlin,
    "node": build_node,
    "ruby": build_ruby,
}


def harness_env(language: str) -> dict[str, str]:
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    env.pop("RUBYOPT", None)
    if language == "python":
        env["PYTHONPATH"] = str(SDKS / "python")
    return env


def run_harness(language: str, command: list[str], config: dict[str, Any], timeout: float = 1800) -> dict[str, Any]:
    """Run one harness; its JSON answer (``{"rows": [...]}``)."""
    result = subprocess.run([*command, json.dumps(config)], capture_output=True, text=True, timeout=timeout,
                            env=harness_env(language))
    if result.returncode != 0:
        raise _fail(f"the {language} harness", result)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise _fail(f"the {language} harness printed no result", result)
    answer: dict[str, Any] = json.loads(lines[-1])
    if result.stderr.strip():
        answer["stderr"] = result.stderr
    return answer


def harness_config(base_url: str, n: int, warmup: int, block: int, calls: list[str]) -> dict[str, Any]:
    return {"base_url": base_url, "token": TOKEN, "app": SHOP, "did": SHOP_V1, "limit": LIMIT,
            "n": n, "warmup": warmup, "block": block, "calls": calls}


def check_row(row: dict[str, Any], recording: Recording) -> None:
    """Both paths decoded what the server sent (the same summary as the recording gives)."""
    expected = recording.expected(row["call"])
    if row["sdk_value"] != expected or row["bare_value"] != expected:
        raise RuntimeError(f"{row['client']} {row['call']}: decoded values differ from the recording:\n"
                           f"sdk  {row['sdk_value']}\nbare {row['bare_value']}\nwant {expected}")


def _delta(before: dict[str, dict[str, int]], after: dict[str, dict[str, int]], kind: str, key: str) -> int:
    return after.get(kind, {}).get(key, 0) - before.get(kind, {}).get(key, 0)


def paired_ratio(row: dict[str, Any]) -> float:
    """The median over rounds of SDK block time / bare block time: a round's two blocks ran one right
    after the other, so a slow spell of the machine hits both and cancels out of their ratio."""
    return float(statistics.median(s / b for s, b in zip(row["sdk_blocks"], row["bare_blocks"], strict=True)))


def combine(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One row out of the rows of repeated runs of one client and call (``--repeat``): the blocks
    of every run pooled (so the paired ratio is the median over all their rounds), the per-call
    times and the CPU ratio the median over the runs, the connections summed."""
    if not runs:
        raise ValueError("no runs to combine")
    first = runs[0]
    if any((run["client"], run["call"]) != (first["client"], first["call"]) for run in runs):
        raise ValueError("combine() takes the runs of one client and call")
    row = {**first}
    for key in ("sdk_us_per_call", "bare_us_per_call", "sdk_cpu_us_per_call", "bare_cpu_us_per_call"):
        row[key] = statistics.median(run[key] for run in runs)
    row["cpu_ratio"] = statistics.median(cpu_ratio(run) for run in runs)
    row["sdk_blocks"] = [block for run in runs for block in run["sdk_blocks"]]
    row["bare_blocks"] = [block for run in runs for block in run["bare_blocks"]]
    row["run_ratios"] = [round(paired_ratio(run), 3) for run in runs]
    for key in ("sdk_connections", "bare_connections"):
        if all(key in run for run in runs):
            row[key] = sum(run[key] for run in runs)
    if all("load" in run for run in runs):
        row["load"] = statistics.median(run["load"] for run in runs)
    row["runs"] = len(runs)
    return row


def cpu_ratio(row: dict[str, Any]) -> float:
    """SDK CPU time per call over the bare path's (of one run, or the median of the runs' ratios)."""
    if "cpu_ratio" in row:
        return float(row["cpu_ratio"])
    return float(row["sdk_cpu_us_per_call"]) / float(row["bare_cpu_us_per_call"])


def print_table(rows: list[dict[str, Any]]) -> None:
    """The verdict is on the paired wall-time ratio; the CPU figures (this client process's CPU time
    per call, helper threads included) are steadier when other work shares the machine, and show
    what the client itself spends."""
    header = (f"{'client':<13} {'call':<5} {'bare us/call':>12} {'SDK us/call':>12} {'ratio':>6}  "
              f"{'target <= ' + str(TARGET) + 'x':<14} {'CPU bare/SDK us':>16} {'CPU ratio':>9} {'conns sdk/bare':>14} "
              f"{'runs':>4} {'load':>5}")
    print(header)
    print("-" * len(header))
    for row in rows:
        ratio = paired_ratio(row)
        cpu = cpu_ratio(row)
        verdict = "ok" if ratio <= TARGET and cpu <= TARGET else "over"
        cpu_times = f"{row['bare_cpu_us_per_call']:.1f}/{row['sdk_cpu_us_per_call']:.1f}"
        conns = f"{row.get('sdk_connections', '?')}/{row.get('bare_connections', '?')}"
        load = f"{row['load']:.1f}" if "load" in row else "?"
        print(f"{row['client']:<13} {row['call']:<5} {row['bare_us_per_call']:>12.1f} {row['sdk_us_per_call']:>12.1f} "
              f"{ratio:>5.2f}x  {verdict:<14} {cpu_times:>16} {cpu:>8.2f}x {conns:>14} "
              f"{row.get('runs', 1):>4} {load:>5}")


def measure_one(server: CannedServer, recording: Recording, language: str, command: list[str],
                config: dict[str, Any]) -> dict[str, Any]:
    """One run of one harness for one client and call: its row, checked, with the connections each path
    opened and the load average when it ended."""
    before = server.stats()
    answer = run_harness(language, command, config)
    after = server.stats()
    rows: list[dict[str, Any]] = answer["rows"]
    (row,) = rows
    check_row(row, recording)
    row["sdk_connections"] = _delta(before, after, "sdk", "connections")
    row["bare_connections"] = _delta(before, after, "bare", "connections")
    row["load"] = os.getloadavg()[0]
    print(f"  {row['client']} {row['call']}: bare {row['bare_us_per_call']:.1f} us, "
          f"sdk {row['sdk_us_per_call']:.1f} us, ratio {paired_ratio(row):.2f} "
          f"(CPU {row['bare_cpu_us_per_call']:.1f} / {row['sdk_cpu_us_per_call']:.1f} us), load {row['load']:.1f}",
          flush=True)
    if answer.get("stderr"):
        print(answer["stderr"], file=sys.stderr)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=5000, help="measured calls per path and call (default 5000)")
    parser.add_argument("--block", type=int, default=250, help="calls per timed block (default 250)")
    parser.add_argument("--warmup", type=int, help="warm-up calls per path (default: per language)")
    parser.add_argument("--langs", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    parser.add_argument("--calls", nargs="+", choices=CALLS, default=list(CALLS))
    parser.add_argument("--repeat", type=int, default=1,
                        help="run every comparison this many times, in rounds over all languages, and report "
                             "the medians (default 1)")
    parser.add_argument("--json", type=Path, help="also write every row (with per-block timings) here")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.n < 1 or args.block < 1:
        parser.error("--n, --block and --repeat must be at least 1")

    runs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="call-overhead-") as tmp:
        workdir = Path(tmp)
        print("recording the reference server's answers ...", flush=True)
        recording = record(workdir / "recorded")
        canned = build_go_binary(HERE / "canned", workdir / "canned")
        commands = {}
        for language in args.langs:
            print(f"building the {language} harness ...", flush=True)
            commands[language] = BUILDERS[language](workdir)
        with canned_server(canned, recording) as server:
            for repeat in range(args.repeat):
                if args.repeat > 1:
                    print(f"round {repeat + 1} of {args.repeat}", flush=True)
                for language in args.langs:
                    warmup = args.warmup if args.warmup is not None else WARMUP[language]
                    config = harness_config(server.url, args.n, warmup, args.block, args.calls)
                    for client in CLIENTS[language]:
                        for call in [c for c in args.calls if c in HARNESS_CALLS[language]]:
                            row = measure_one(server, recording, language, commands[language],
                                              {**config, "clients": [client], "calls": [call]})
                            runs.setdefault((client, call), []).append(row)
    rows = [combine(found) for found in runs.values()]
    print()
    print(f"per-call overhead: median us/call over blocks of {args.block}, {args.n} calls per path, "
          f"{args.repeat} run(s) per row, against a canned keep-alive server; ratio = median of paired block "
          f"ratios (over every run's rounds); CPU ratio = median over the runs; load = the 1-minute load "
          f"average when the row's runs ended (median), on {os.cpu_count()} CPUs")
    print_table(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

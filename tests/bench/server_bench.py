"""Reference server throughput and latency under wrk (``nox -s bench`` runs it).

    python tests/bench/server_bench.py [--duration 10] [--workers 1 2] [--json out.json]

Starts ``python -m reference_server`` on loopback (a SQLite file in a temp
directory, no faults, no access log) once per ``--workers`` value (server
processes) and drives it with wrk (Debian's package; installed with apt-get
when missing):

* ``GET deployment``: ``GET /api/v1/apps/{shop}/deployments/{v1}`` as
  tok_owner, 32 connections: auth, validation, two reads.
* ``POST trigger+cancel``: each wrk connection owns one app (a bench fixture
  adds them) and loops ``POST .../deployments`` (with a fresh
  ``Idempotency-Key``, as SDKs send) then ``POST .../deployments/{id}/cancel``
  on the id it got back: every request is a write transaction, and a trigger
  also writes the idempotency record. Requests/s counts both kinds.

Prints requests/s and p50/p99 latency per scenario (from wrk's own
histogram, via a Lua ``done`` hook), any non-2xx answers, and the server's
CPU time per request (its processes' user+system time from /proc over the
run): that figure does not depend on what else the machine runs, so
``cores / cpu_per_request`` bounds what an idle machine would do.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reference_server.apis.axhub.fixtures import DEFAULT_FIXTURE  # noqa: E402

SHOP = "0c000000-0000-4000-8000-000000000001"
SHOP_V1 = "0d000000-0000-4000-8000-000000000101"
BENCH_APPS = 64
GET_CONNECTIONS = 32
POST_CONNECTIONS = 8

DONE_HOOK = r"""
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, ' ..
    '"non2xx": %d, "connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, errors.status, errors.connect, errors.read, errors.write,
    errors.timeout))
end
"""

GET_SCRIPT = (
    """
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer tok_owner"
"""
    + DONE_HOOK
)

# One connection per wrk thread, so a thread's responses arrive in the order
# of its requests: trigger -> cancel(id) -> trigger -> ...
POST_SCRIPT = (
    r"""
local counter = 0
local apps = {APPS}
local threads = {}

setup = function(thread)
  counter = counter + 1
  thread:set("app", apps[counter])
  thread:set("tid", counter)
  table.insert(threads, thread)
end

init = function(args)
  pending = nil
  seq = 0
end

request = function()
  local base = "/api/v1/apps/" .. app .. "/deployments"
  local headers = {["Authorization"] = "Bearer tok_owner", ["Content-Type"] = "application/json"}
  if pending then
    local id = pending
    pending = nil
    return wrk.format("POST", base .. "/" .. id .. "/cancel", headers, nil)
  end
  seq = seq + 1
  headers["Idempotency-Key"] = "bench-" .. tid .. "-" .. seq .. "-" .. os.time()
  return wrk.format("POST", base, headers, '{"commit_sha": "0123456789abcdef0123456789abcdef01234567"}')
end

response = function(status, headers, body)
  if status == 202 then
    pending = string.match(body, '"id":"([^"]+)"')
  end
end
"""
    + DONE_HOOK
)


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("wrk not found: installing Debian's package", flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, stdout=subprocess.DEVNULL)
        found = shutil.which("wrk")
        if found:
            return found
    raise SystemExit("wrk is needed: apt-get install wrk")


def bench_fixture(path: Path) -> list[str]:
    """The default fixture plus BENCH_APPS deployable apps; returns their ids."""
    doc = yaml.safe_load(DEFAULT_FIXTURE.read_text(encoding="utf-8"))
    ids = []
    installation = next(i for i in doc["github"]["installations"] if i["id"] == 1001)
    for n in range(BENCH_APPS):
        app_id = f"0c000000-0000-4000-8000-0000000b{n:04x}"
        ids.append(app_id)
        doc["apps"].append(
            {
                "key": f"bench{n}",
                "id": app_id,
                "tenant": "acme",
                "slug": f"bench-{n}",
                "name": f"Bench {n}",
                "subdomain": f"bench-{n}",
                "owner": "owner",
                "git": {"repo": f"octo-owner/bench-{n}", "branch": "main", "installation": 1001},
            }
        )
        installation["repositories"].append({"name": f"bench-{n}"})
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return ids


class Server:
    def __init__(self, workdir: Path, fixture: Path, workers: int) -> None:
        db = workdir / f"bench-{workers}.sqlite3"
        args = [
            sys.executable,
            "-m",
            "reference_server",
            "--port",
            "0",
            "--db",
            f"sqlite:///{db}",
            "--fixtures",
            str(fixture),
            "--workers",
            str(workers),
            "--no-access-log",
            "--log-level",
            "warning",
        ]
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(args, cwd=workdir, env=env, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline()
        match = re.search(r"listening on (http://\S+)", first)
        if not match:
            self.proc.kill()
            raise SystemExit(f"server did not start: {first!r}")
        self.url = match.group(1)
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(self.url + "/api/v1/github/accounts", timeout=2)
            except urllib.error.HTTPError:
                break  # 401: it answers
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise SystemExit("server did not answer") from None
                time.sleep(0.1)
        if workers > 1:
            time.sleep(2.0)  # let every worker process come up

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _cpu_seconds(root_pid: int) -> float:
    """CPU time (user + system) of a process and its direct children, from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        if pid == root_pid or ppid == root_pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def run_wrk(wrk: str, url: str, script: Path, connections: int, threads: int, duration: int) -> dict[str, Any]:
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", str(script), url]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    line = next((x for x in result.stdout.splitlines() if x.startswith("BENCH ")), None)
    if line is None:
        raise SystemExit(f"wrk printed no summary:\n{result.stdout}\n{result.stderr}")
    data: dict[str, Any] = json.loads(line[len("BENCH ") :])
    seconds = data["duration_us"] / 1e6
    data["rps"] = data["requests"] / seconds if seconds else 0.0
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds per scenario (default 10)")
    parser.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2], help="server processes, one run each (default 1 2)"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    wrk = ensure_wrk()
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="refserver-bench-") as tmp:
        workdir = Path(tmp)
        fixture = workdir / "bench.yaml"
        apps = bench_fixture(fixture)
        get_script = workdir / "get.lua"
        get_script.write_text(GET_SCRIPT, encoding="utf-8")
        post_script = workdir / "post.lua"
        lua_apps = "{" + ", ".join(f'"{a}"' for a in apps[:POST_CONNECTIONS]) + "}"
        post_script.write_text(POST_SCRIPT.replace("{APPS}", lua_apps), encoding="utf-8")
        for workers in args.workers:
            server = Server(workdir, fixture, workers)
            try:
                target = f"{server.url}/api/v1/apps/{SHOP}/deployments/{SHOP_V1}"
                run_wrk(wrk, target, get_script, 8, 2, 2)  # warm-up
                scenarios = [
                    ("GET deployment", target, get_script, GET_CONNECTIONS, 2),
                    ("POST trigger+cancel", server.url, post_script, POST_CONNECTIONS, POST_CONNECTIONS),
                ]
                for name, url, script, connections, threads in scenarios:
                    cpu_before = _cpu_seconds(server.proc.pid)
                    data = run_wrk(wrk, url, script, connections, threads, args.duration)
                    cpu = _cpu_seconds(server.proc.pid) - cpu_before
                    data.update(
                        scenario=name,
                        workers=workers,
                        connections=connections,
                        server_cpu_ms_per_request=1000 * cpu / max(1, data["requests"]),
                    )
                    results.append(data)
                    print(
                        f"{name:<20} workers={workers} c={connections:<3} {data['rps']:6.0f} req/s  "
                        f"p50 {data['p50_us'] / 1000:7.1f} ms  p99 {data['p99_us'] / 1000:7.1f} ms  "
                        f"server CPU {data['server_cpu_ms_per_request']:.2f} ms/req  "
                        f"non-2xx {data['non2xx']}  socket errors "
                        f"{data['connect_errors'] + data['read_errors'] + data['write_errors'] + data['timeouts']}",
                        flush=True,
                    )
            finally:
                server.stop()
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} (1 min)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

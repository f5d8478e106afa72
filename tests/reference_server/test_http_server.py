"""``python -m reference_server`` as a process: banner, signals, persistence, arguments, load."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from refserver_testlib import SHOP

ROOT = Path(__file__).resolve().parents[2]
OWNER = {"Authorization": "Bearer tok_owner"}
TRIGGER = f"/api/v1/apps/{SHOP}/deployments"


class ServerProcess:
    def __init__(self, *args: str, cwd: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
        env.pop("REFSERVER_DB_URL", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "reference_server", "--port", "0", "--no-access-log", *args],
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self.errors: list[str] = []
        threading.Thread(target=self._pump, args=(self.proc.stdout, self.lines), daemon=True).start()
        threading.Thread(target=self._pump, args=(self.proc.stderr, self.errors), daemon=True).start()
        self.url = self._wait_for_url()

    @staticmethod
    def _pump(stream: object, into: list[str]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            into.append(line.rstrip("\n"))

    def _wait_for_url(self, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        url = ""
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited {self.proc.returncode}: {self.output()}")
            for line in self.lines:
                match = re.match(r"AxHub reference server listening on (http://\S+)$", line)
                if match:
                    url = match.group(1)
            if url:
                try:
                    httpx.get(url + "/api/v1/github/accounts", timeout=2)
                    return url
                except httpx.TransportError:
                    pass
            time.sleep(0.05)
        raise AssertionError(f"server did not come up: {self.output()}")

    def output(self) -> str:
        return "\n".join(self.lines) + "\n--- stderr ---\n" + "\n".join(self.errors)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError(f"server did not stop within {timeout} s: {self.output()}") from None


@pytest.fixture
def start(tmp_path: Path) -> Iterator[object]:
    started: list[ServerProcess] = []

    def run(*args: str) -> ServerProcess:
        server = ServerProcess(*args, cwd=tmp_path)
        started.append(server)
        return server

    yield run
    for server in started:
        if server.proc.poll() is None:
            server.proc.kill()
            server.proc.wait()


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "reference_server", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_banner_then_clean_exit_on_sigterm(start: object, tmp_path: Path):
    server = start()  # type: ignore[operator]
    banner = "\n".join(server.lines)
    assert f"database:   {tmp_path / '.refserver' / 'axhub.sqlite3'} (SQLite file, WAL)" in banner
    assert "fixtures:   loaded default.yaml" in banner
    for token in ("tok_admin", "tok_owner", "tok_member", "tok_outsider", "tok_platform", "tok_former"):
        assert re.search(rf"^\s+{token}\s+\S", banner, re.M), banner
    assert httpx.get(server.url + TRIGGER, headers=OWNER).status_code == 200
    started = time.monotonic()
    assert server.stop(signal.SIGTERM) == 0, server.output()
    assert time.monotonic() - started < 10
    assert server.lines[-1] == "AxHub reference server stopped"
    assert "Traceback" not in server.output()


def test_sigint_with_faults_and_manual_clock(start: object):
    server = start("--db", "sqlite://", "--faults", "--manual-clock")  # type: ignore[operator]
    assert "in memory (sqlite://)" in server.output()
    with httpx.Client(base_url=server.url) as http:
        assert http.get(TRIGGER, headers={**OWNER, "X-Fault": "id=a; kind=503"}).status_code == 503
        did = http.post(TRIGGER, json={}, headers=OWNER).json()["id"]
        assert http.post("/_admin/advance", params={"seconds": 60}).status_code == 200
        assert http.get(f"{TRIGGER}/{did}", headers=OWNER).json()["status"] == "succeeded"
    assert server.stop(signal.SIGINT) == 0, server.output()
    assert "Traceback" not in server.output()


def test_restart_on_the_same_file_loses_nothing(start: object, tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'keep.sqlite3'}"
    first = start("--db", db, "--stage-seconds", "0.05")  # type: ignore[operator]
    with httpx.Client(base_url=first.url) as http:
        created = http.post(TRIGGER, json={}, headers={**OWNER, "Idempotency-Key": "restart-1"})
        assert created.status_code == 202
        did = created.json()["id"]
        deadline = time.monotonic() + 20
        while http.get(f"{TRIGGER}/{did}", headers=OWNER).json()["status"] != "succeeded":
            assert time.monotonic() < deadline, "the pipeline did not finish"
            time.sleep(0.05)
        http.request("PATCH", f"/api/v1/apps/{SHOP}/git-connection", json={"branch": "release"}, headers=OWNER)
        before = http.get(TRIGGER, headers=OWNER).json()
    assert first.stop() == 0

    second = start("--db", db)  # type: ignore[operator]
    assert "kept what the database holds" in second.output()
    with httpx.Client(base_url=second.url) as http:
        assert http.get(TRIGGER, headers=OWNER).json() == before
        assert http.get(f"/api/v1/apps/{SHOP}/git-connection", headers=OWNER).json()["branch"] == "release"
        replay = http.post(TRIGGER, json={}, headers={**OWNER, "Idempotency-Key": "restart-1"})
        assert replay.headers["idempotent-replayed"] == "true" and replay.json()["id"] == did
    assert second.stop() == 0


def test_fifty_concurrent_triggers_give_exactly_one_202(start: object, tmp_path: Path):
    server = start("--db", f"sqlite:///{tmp_path / 'race.sqlite3'}")  # type: ignore[operator]

    async def race() -> list[httpx.Response]:
        limits = httpx.Limits(max_connections=50)
        async with httpx.AsyncClient(base_url=server.url, timeout=60, limits=limits) as http:
            return await asyncio.gather(*(http.post(TRIGGER, json={}, headers=OWNER) for _ in range(50)))

    responses = asyncio.run(race())
    statuses = [r.status_code for r in responses]
    assert statuses.count(202) == 1, statuses
    assert statuses.count(409) == 49, statuses
    assert {r.json()["code"] for r in responses if r.status_code == 409} == {"deployment_in_progress"}
    assert server.stop() == 0


def test_several_workers(start: object, tmp_path: Path):
    server = start("--db", f"sqlite:///{tmp_path / 'workers.sqlite3'}", "--workers", "2")  # type: ignore[operator]
    assert "workers:    2" in server.output()
    with httpx.Client(base_url=server.url) as http:
        for _ in range(10):
            assert http.get(TRIGGER, headers=OWNER).status_code == 200
    assert server.stop() == 0, server.output()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--port", "70000"], "port must be 0-65535"),
        (["--port", "http"], "not a port number"),
        (["--rate-limit", "fast"], "--rate-limit: rate limit must look like N/min"),
        (["--stage-seconds", "0"], "must be between 0.001 and 3600"),
        (["--db", "nope://x"], "--db"),
        (["--fixtures", "missing.yaml"], "--fixtures: no such file: missing.yaml"),
        (["--manual-clock"], "--manual-clock needs --faults"),
        (["--workers", "2", "--db", "sqlite://"], "needs a database the processes can share"),
        (["--workers", "2", "--faults"], "use --workers 1"),
        (["--host", "no.such.host.invalid"], "--host: cannot resolve"),
        (["--unknown"], "unrecognized arguments: --unknown"),
    ],
)
def test_bad_arguments_exit_2_with_a_message(tmp_path: Path, args: list[str], message: str):
    result = run_cli(*args, "--port", "0", cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_busy_port_is_a_clear_error(tmp_path: Path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_cli("--db", "sqlite://", "--port", str(port), cwd=tmp_path)
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_fixture_file_is_a_clear_error(tmp_path: Path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("tenants: [{key: a}]\nusers: 7\n")
    result = run_cli("--db", "sqlite://", "--fixtures", str(broken), "--port", "0", cwd=tmp_path)
    assert result.returncode == 2
    assert "cannot load the fixtures" in result.stderr
    assert "Traceback" not in result.stderr


def test_help(tmp_path: Path):
    result = run_cli("--help", cwd=tmp_path)
    assert result.returncode == 0
    for option in ("--db", "--fixtures", "--faults", "--rate-limit", "--stage-seconds", "--manual-clock"):
        assert option in result.stdout


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = (Path("/proc") / str(pid) / "stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
def test_kill_9_of_the_parent_ends_the_workers_and_frees_the_port(start: object, tmp_path: Path):
    """Finding 5: the workers went on serving (202 to triggers nothing ran) and kept the port."""
    db = f"sqlite:///{tmp_path / 'workers.sqlite3'}"
    server = start("--db", db, "--workers", "2", "--stage-seconds", "0.05")  # type: ignore[operator]
    port = int(server.url.rsplit(":", 1)[1])
    workers: set[int] = set()
    while len(workers) < 2:  # the supervisor's children serving requests (uvicorn starts them at once)
        workers = _children(server.proc.pid)
        assert server.proc.poll() is None
        time.sleep(0.05)
    server.proc.kill()
    server.proc.wait()
    deadline = time.monotonic() + 60
    while any(_alive(p) for p in workers):
        assert time.monotonic() < deadline, f"workers {workers} still alive after the parent died"
        time.sleep(0.1)
    # the port is free again: a restart on it works and runs the pipeline
    again = start("--db", db, "--port", str(port), "--stage-seconds", "0.05")  # type: ignore[operator]
    with httpx.Client(base_url=again.url) as http:
        created = http.post(TRIGGER, json={}, headers=OWNER)
        assert created.status_code == 202, created.text
        did = created.json()["id"]
        status = ""
        while status != "succeeded":
            assert time.monotonic() < deadline + 60, status
            status = http.get(f"{TRIGGER}/{did}", headers=OWNER).json()["status"]
            time.sleep(0.05)
    assert again.stop() == 0

"""Readiness: the "listening on" line and --ready-file appear only once requests are served."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import redirect_stdout
from pathlib import Path

import httpx
from refserver_testlib import SHOP

from reference_server.http.server import Readiness

ROOT = Path(__file__).resolve().parents[2]
OWNER = {"Authorization": "Bearer tok_owner"}


def test_the_line_waits_for_an_http_answer_not_for_the_socket():
    """A socket that accepts connections but has no server behind it is not ready."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    printed = io.StringIO()
    readiness = Readiness(listener.getsockname(), "X listening on http://here", None, {})
    with redirect_stdout(printed):
        readiness.start()
        # connections are accepted (queued) but nobody answers: several probes go unanswered
        for _ in range(3):
            conn, _ = listener.accept()
            conn.close()
        assert printed.getvalue() == ""
        # now answer like a server: the line appears
        conn, _ = listener.accept()
        conn.recv(1024)
        conn.sendall(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n")
        conn.close()
        readiness._thread.join(10)
    listener.close()
    assert printed.getvalue() == "X listening on http://here\n"


def wait_for_file(path: Path, proc: subprocess.Popen[str]) -> dict[str, object]:
    while not path.exists():
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    return dict(json.loads(path.read_text()))


def test_ready_file_and_line_mean_the_first_request_is_served(tmp_path: Path):
    ready = tmp_path / "ready.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reference_server", "--port", "0", "--db", "sqlite://", "--no-access-log",
         "--ready-file", str(ready)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("AxHub reference server listening on http://127.0.0.1:"), first
        url = first.split()[-1]
        # no retry: the line promises that a request is answered now
        assert httpx.get(f"{url}/api/v1/apps/{SHOP}/deployments", headers=OWNER).status_code == 200
        facts = wait_for_file(ready, proc)
        assert facts["url"] == url and facts["pid"] == proc.pid and facts["api"] == "axhub"
        tokens = {t["token"]: t for t in facts["tokens"]}  # type: ignore[attr-defined]
        assert {"tok_owner", "tok_admin", "tok_platform"} <= set(tokens)
        assert tokens["tok_owner"]["name"] == "Otto Owner"
        threading.Thread(target=proc.stdout.read, daemon=True).start()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
        assert not ready.exists()  # a stopped server leaves no ready file behind
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

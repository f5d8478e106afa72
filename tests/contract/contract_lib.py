"""Starting, resetting and stopping the reference server for the contract suite.

``start_server`` starts ``python -m reference_server`` as a subprocess on a free
port with an in-memory database, ``--faults`` (the ``X-Fault`` header and the
``/_admin/`` routes the runners use to reset the fixture), a fast pipeline and
``--validate-responses`` (every answer is checked against the spec; one that
does not conform becomes a 500, so a scenario fails on it), and waits until it
answers; ``stop_server`` stops it with SIGTERM. Its output goes to a log file
whose tail is shown when something fails. ``CONTRACT_STAGE_SECONDS`` changes
the stage duration; ``CONTRACT_VALIDATE_RESPONSES=0`` turns the checks off.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNNER = Path(__file__).resolve().parent / "runners" / "python" / "run.py"
SDK_ROOT = ROOT / "sdks" / "axhub" / "python"

# Each deployment stage lasts this long (a deployment: 4 stages; a bootstrap
# stage half of it). Long enough that "trigger, then at once trigger again /
# cancel" still meets the deployment running on a loaded machine; short
# enough that waiting for deployments costs about a second each.
STAGE_SECONDS = os.environ.get("CONTRACT_STAGE_SECONDS", "0.25")
VALIDATE_RESPONSES = os.environ.get("CONTRACT_VALIDATE_RESPONSES", "1") != "0"
START_TIMEOUT = 120.0

_URL_RE = re.compile(r"listening on (http://\S+)")
_TOKEN_RE = re.compile(r"^\s+(tok_\w+)\s+(.+)$")


@dataclass
class RefServer:
    base_url: str
    # bearer token -> "Name <email>", as the server's banner lists them
    tokens: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    def reset(self) -> None:
        reset(self.base_url)

    def log_tail(self, lines: int = 40) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


def reset(base_url: str) -> None:
    """Load the fixture again (``POST /_admin/reset``)."""
    request = urllib.request.Request(f"{base_url}/_admin/reset", method="POST", data=b"")
    with urllib.request.urlopen(request, timeout=120) as response:
        assert response.status == 204, f"POST /_admin/reset answered {response.status}"


def _answers(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/_admin/clock", timeout=5) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


# Deplite's server: a run in sync mode waits this long for its job before answering 202; the stream
# pings this often (so a test that reads it sees activity without waiting long).
DEPLITE_ENV = {"DEPLITE_SYNC_WAIT_SECONDS": "0.5", "DEPLITE_PING_SECONDS": "1"}


def start_server(log_dir: Path, stage_seconds: str = STAGE_SECONDS, api: str = "axhub") -> RefServer:
    """Start a reference server for `api` on a free port; return once it answers."""
    log_path = log_dir / f"refserver-{api}.log"
    log = log_path.open("wb")
    command = [
        sys.executable, "-m", "reference_server", "--api", api,
        "--host", "127.0.0.1", "--port", "0", "--db", "sqlite://",
        "--faults", "--stage-seconds", stage_seconds, "--no-access-log", "--log-level", "warning",
        *(["--validate-responses"] if VALIDATE_RESPONSES else []),
    ]
    env = {**os.environ, **(DEPLITE_ENV if api == "deplite" else {})}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = RefServer(base_url="", process=process, log_path=log_path)
    deadline = time.monotonic() + START_TIMEOUT
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"the reference server exited with {process.returncode}:\n{server.log_tail()}")
            text = log_path.read_text(errors="replace")
            match = _URL_RE.search(text)
            if match:
                server.base_url = match.group(1)
                server.tokens = {m.group(1): m.group(2).strip() for m in map(_TOKEN_RE.match, text.splitlines()) if m}
                if _answers(server.base_url):
                    return server
            time.sleep(0.1)
        raise RuntimeError(f"the reference server did not answer within {START_TIMEOUT:g}s:\n{server.log_tail()}")
    except BaseException:
        stop_server(server)
        raise
    finally:
        log.close()


def stop_server(server: RefServer) -> None:
    process = server.process
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)

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


SCENARIOS = Path(__file__).resolve().parent / "scenarios"
# The APIs of the scenarios: AxHub's are scenarios/*.json, every other API's scenarios/<api>/*.json.
APIS = ("axhub", "deplite", "platform")


def scenario_files(api: str | None = None) -> list[Path]:
    """The scenario files of `api` (all APIs when None), in the order the runners run them."""
    files: list[Path] = []
    for name in APIS if api is None else (api,):
        files.extend(sorted((SCENARIOS if name == "axhub" else SCENARIOS / name).glob("*.json")))
    return files


def scenario_names(api: str | None = None) -> list[str]:
    return [path.stem for path in scenario_files(api)]


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
# Platform's server: a webhook delivery gives up after this long (the scenarios' test event goes to a
# closed port, refused at once; the bound only matters on a machine that drops instead).
PLATFORM_ENV = {"PLATFORM_DELIVERY_TIMEOUT_SECONDS": "5", "PLATFORM_PING_SECONDS": "1"}
API_ENV = {"deplite": DEPLITE_ENV, "platform": PLATFORM_ENV}
# Platform's server runs on its manual clock (time moves only through /_admin/advance), so a lockout's
# retryAfter is exactly 900 however long the steps before it took.
API_ARGS = {"platform": ["--manual-clock"]}


def start_server(log_dir: Path, stage_seconds: str = STAGE_SECONDS, api: str = "axhub") -> RefServer:
    """Start a reference server for `api` on a free port; return once it answers."""
    log_path = log_dir / f"refserver-{api}.log"
    log = log_path.open("wb")
    command = [
        sys.executable, "-m", "reference_server", "--api", api,
        "--host", "127.0.0.1", "--port", "0", "--db", "sqlite://",
        "--faults", "--stage-seconds", stage_seconds, "--no-access-log", "--log-level", "warning",
        *(["--validate-responses"] if VALIDATE_RESPONSES else []),
        *API_ARGS.get(api, []),
    ]
    env = {**os.environ, **API_ENV.get(api, {})}
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


def server_args(servers: dict[str, RefServer]) -> list[str]:
    """A runner's server arguments: ``--base-url`` for AxHub, ``--server API=URL`` for the others."""
    args: list[str] = []
    for api, server in servers.items():
        args += ["--base-url", server.base_url] if api == "axhub" else ["--server", f"{api}={server.base_url}"]
    return args


def check_runner_output(stdout: str, modes: list[str], apis: tuple[str, ...] = APIS) -> list[str]:
    """What is wrong with a runner's output: every scenario of `apis` must PASS once per mode (a runner
    that runs fewer than it should fails here), and the last line must be ``N passed, 0 failed``."""
    lines = stdout.strip().splitlines()
    expected = sorted(name for api in apis for name in scenario_names(api))
    problems: list[str] = []
    for mode in modes:
        passed = sorted(line.split()[2] for line in lines if line.startswith(f"PASS {mode} "))
        if passed != expected:
            missing = sorted(set(expected) - set(passed))
            problems.append(f"mode {mode}: {len(passed)} of {len(expected)} scenarios passed; not passed: {missing}")
    total = len(expected) * len(modes)
    if not lines or lines[-1] != f"{total} passed, 0 failed":
        problems.append(f"last line {lines[-1] if lines else '(none)'!r}, expected '{total} passed, 0 failed'")
    return problems


def server_logs(servers: dict[str, RefServer]) -> str:
    """The tail of each server's log, for a failure message."""
    return "\n".join(f"--- {api} server log ---\n{server.log_tail()}" for api, server in servers.items())

"""Helpers for the ``--spec`` (stateful) server tests: the corpus specs and a live server process.

The corpus specs are read in place from ``/work/shared/specs`` (``$SDKGEN_SPECS_DIR``); when
that folder is absent the tests that need them skip, saying so.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = Path(os.environ.get("SDKGEN_SPECS_DIR", "/work/shared/specs"))
PETSTORE = SPECS_DIR / "oai" / "petstore-expanded.yaml"
MUSEUM = SPECS_DIR / "museum" / "openapi.yaml"
TWILIO = SPECS_DIR / "twilio" / "twilio_serverless_v1.json"
BASIC = ("ACdemo", "token")  # any Basic credentials pass a scheme of type http/basic


def need(spec: Path) -> Path:
    if not spec.is_file():
        pytest.skip(f"corpus spec {spec} is not here (the specs folder {SPECS_DIR} is absent): nothing to serve")
    return spec


class Served:
    def __init__(self, url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
        self.url = url
        self.proc = proc
        self.log = log

    def output(self) -> str:
        return self.log.read_text(errors="replace")


@contextmanager
def serve(spec: Path, workdir: Path, db: str | None = None, *extra: str) -> Iterator[Served]:
    """``python -m reference_server --spec SPEC --validate-responses`` on a free port, until the block ends.

    On the way out the server must have logged no nonconforming response and no traceback.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    ready = workdir / "ready.json"
    log_path = workdir / f"server-{time.monotonic_ns()}.log"
    ready.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("REFSERVER_DB_URL", None)
    command = [
        sys.executable, "-m", "reference_server", "--spec", str(spec), "--port", "0",
        "--db", db or f"sqlite:///{workdir / 'stateful.sqlite3'}", "--validate-responses",
        "--no-access-log", "--log-level", "warning", "--ready-file", str(ready), *extra,
    ]  # fmt: skip
    with log_path.open("wb") as log:
        proc = subprocess.Popen(command, cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start:\n{log_path.read_text(errors='replace')}")
            time.sleep(0.05)
        served = Served(str(json.loads(ready.read_text())["url"]), proc, log_path)
        yield served
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    output = log_path.read_text(errors="replace")
    assert "does not conform" not in output and "Traceback" not in output, output[-5000:]

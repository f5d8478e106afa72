"""Headless Chromium driven over the DevTools protocol: load a page, collect what the console and
the page's scripts reported, read values back, take a screenshot.

Chromium comes from Debian (`chromium`), installed with apt-get when missing, as the Ruby tests
install Ruby. One browser serves every page of a test run; each page gets a fresh tab.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from websockets.sync.client import ClientConnection, connect

LOAD_TIMEOUT = 60.0


def ensure_chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None and shutil.which("apt-get") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env, capture_output=True, timeout=900)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=False, env=env,
                       capture_output=True, timeout=1800)
        found = shutil.which("chromium")
    if found is None:
        pytest.fail("headless Chromium is needed for the docs browser test: apt-get install chromium")
    return found


@dataclass
class PageReport:
    url: str
    errors: list[str] = field(default_factory=list)  # console errors, uncaught exceptions, failed loads


class Browser:
    """One headless Chromium; `load` opens a page in a new tab and reports its errors."""

    def __init__(self, executable: str, profile: Path) -> None:
        self.process = subprocess.Popen(
            [executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-dev-shm-usage", "--remote-debugging-port=0", f"--user-data-dir={profile}",
             "--window-size=1280,1600", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + LOAD_TIMEOUT
        while not port_file.is_file() or len(port_file.read_text().splitlines()) < 2:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("Chromium did not open its DevTools port")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self._stack = contextlib.ExitStack()
        self.socket: ClientConnection = self._stack.enter_context(
            connect(f"ws://127.0.0.1:{port}{path}", max_size=64 * 2**20))
        self.ids = itertools.count(1)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._stack.close()
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def _send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> int:
        message: dict[str, Any] = {"id": next(self.ids), "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        return int(message["id"])

    def _until(self, wanted: int, events: list[dict[str, Any]]) -> dict[str, Any]:
        """Read messages until the answer to call `wanted`, keeping the events seen on the way."""
        deadline = time.monotonic() + LOAD_TIMEOUT
        while time.monotonic() < deadline:
            message = json.loads(self.socket.recv(timeout=LOAD_TIMEOUT))
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"DevTools: {message['error']}")
                return dict(message.get("result") or {})
            events.append(message)
        raise TimeoutError(f"no answer to DevTools call {wanted}")

    def call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None,
             events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        return self._until(self._send(method, params, session), events if events is not None else [])

    def load(self, url: str, expression: str | None = None, screenshot: Path | None = None) -> tuple[PageReport, Any]:
        """Open `url` in a new tab, wait for its load event, evaluate `expression` (if any), and close it."""
        events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        try:
            for domain in ("Page", "Runtime", "Log", "Network"):
                self.call(f"{domain}.enable", session=session, events=events)
            self.call("Page.navigate", {"url": url}, session=session, events=events)
            deadline = time.monotonic() + LOAD_TIMEOUT
            while not any(e.get("method") == "Page.loadEventFired" for e in events):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{url} did not load")
                events.append(json.loads(self.socket.recv(timeout=LOAD_TIMEOUT)))
            value = None
            if expression is not None:
                result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                                   session=session, events=events)
                value = result.get("result", {}).get("value")
            if screenshot is not None:
                shot = self.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True},
                                 session=session, events=events)
                screenshot.write_bytes(base64.b64decode(shot["data"]))
            return PageReport(url, _errors(events)), value
        finally:
            self.call("Target.closeTarget", {"targetId": target})


def _errors(events: list[dict[str, Any]]) -> list[str]:
    found = []
    for event in events:
        method, params = event.get("method"), event.get("params") or {}
        if method == "Runtime.exceptionThrown":
            found.append("exception: " + str(params.get("exceptionDetails", {}).get("text")))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            args = params.get("args", [])
            found.append("console: " + " ".join(str(a.get("value", a.get("description"))) for a in args))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            found.append("log: " + str(params["entry"].get("text")) + " " + str(params["entry"].get("url", "")))
        elif method == "Network.loadingFailed":
            found.append("failed to load: " + str(params.get("errorText")))
    return found


@contextlib.contextmanager
def browser() -> Iterator[Browser]:
    executable = ensure_chromium()
    with tempfile.TemporaryDirectory(prefix="docs-chromium-") as profile:
        running = Browser(executable, Path(profile))
        try:
            yield running
        finally:
            running.close()

"""Shared by the runtime tests (a uniquely named module: every tests/ folder has a conftest).

Builds a fake generated package, ``fakeapi``, around a copy of the runtime:
``templates/python/runtime/`` is copied as ``fakeapi/_runtime/`` next to the
hand-written ``fakeapi_src/`` files (models, operations, client, a resource),
as the generator lays them out, and the folder goes on sys.path.
"""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
RUNTIME = REPO / "templates" / "python" / "runtime"
BASE_URL = "https://api.fake.test"


def _build_fake_package() -> Path:
    root = Path(tempfile.mkdtemp(prefix="fakeapi-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    package = root / "fakeapi"
    shutil.copytree(HERE / "fakeapi_src", package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(RUNTIME, package / "_runtime", ignore=shutil.ignore_patterns("__pycache__"))
    return root


FAKE_ROOT = _build_fake_package()
sys.path.insert(0, str(FAKE_ROOT))


class FakeClock:
    """Monotonic and wall time that only move when something sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.epoch = 1_700_000_000.0  # 2023-11-14T22:13:20Z
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.epoch + self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

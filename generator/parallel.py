"""Rendering several targets at once, one process per core.

Targets are independent of each other once the IR is built, so a run for all seven SDKs spreads
them over the machine's cores. Children are forked after the IR is built and read it from the
parent's memory (nothing is pickled on the way in; each child sends back its files). Where fork
is unsafe or pointless (one target, one core, a platform without fork, a process that already
runs other threads), the targets render one after the other in this process: same bytes either way.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor

from . import ir
from .settings import Settings
from .targets import TARGETS
from .targets.base import render_target

# The API the forked children render; set only while a pool is running.
_SHARED: tuple[ir.Api, Settings] | None = None


def _render_shared(language: str) -> dict[str, bytes]:
    if _SHARED is None:
        raise RuntimeError("no API to render: a child was started outside render_targets")
    return render_target(TARGETS[language], *_SHARED)


def worker_count(languages: int) -> int:
    """SDKGEN_JOBS when set (1 turns parallel rendering off), else the cores this process may use."""
    configured = os.environ.get("SDKGEN_JOBS", "").strip()
    if configured.isdigit() and int(configured) > 0:
        cores = int(configured)
    else:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, languages))


def render_targets(api: ir.Api, settings: Settings, languages: list[str]) -> dict[str, dict[str, bytes]]:
    """language -> its files, for every language asked for."""
    global _SHARED
    workers = worker_count(len(languages))
    can_fork = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
    if workers == 1 or not can_fork:
        return {language: render_target(TARGETS[language], api, settings) for language in languages}
    _SHARED = (api, settings)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            return dict(zip(languages, pool.map(_render_shared, languages), strict=True))
    finally:
        _SHARED = None

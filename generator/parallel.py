"""Rendering several targets at once, one process per core.

Targets are independent of each other once the IR is built, so a run for all seven SDKs spreads
them over the machine's cores. Workers are forked after the IR is built: they read the IR from the
parent's memory (nothing is pickled on the way in) and send each target's files back through a
pipe as soon as it is rendered, marshalled (a dict of str to bytes, which marshal writes and reads
several times faster than pickle). Plain os.fork rather than a multiprocessing pool: the pool's
imports, manager thread and queues cost more than rendering a small spec. Where fork is unsafe or
pointless (one target, one core, a platform without fork, a process that already runs other
threads), the targets render one after the other in this process: same bytes either way.
"""

from __future__ import annotations

import gc
import marshal
import os
import signal
import struct
import sys
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field

from . import ir
from .settings import Settings
from .targets import TARGETS
from .targets.base import bytecode_cache, render_target

# What the body of a worker's answer frame holds.
_FILES, _PICKLED_ERROR, _ERROR_TEXT = b"F", b"E", b"T"


class ChildError(RuntimeError):
    """A target failed in a child and its exception could not be sent back as it was."""


def _configured_jobs() -> int | None:
    configured = os.environ.get("SDKGEN_JOBS", "").strip()
    return int(configured) if configured.isdigit() and int(configured) > 0 else None


def worker_count(languages: int) -> int:
    """SDKGEN_JOBS when set (1 turns parallel rendering off), else the cores this process may use."""
    configured = _configured_jobs()
    if configured is not None:
        cores = configured
    else:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, languages))


def _can_fork() -> bool:
    # A process with other threads may hold locks a child would inherit locked; threading is only
    # in sys.modules when something started (or may start) a thread.
    threading = sys.modules.get("threading")
    return hasattr(os, "fork") and (threading is None or threading.active_count() == 1)


# Below this many operations and models, every target renders in less CPU time than forking
# workers costs (about 0.1 s of copy-on-write page faults for two): on a busy machine that is
# slower, and on an idle one it gains little. SDKGEN_JOBS, when set, decides regardless.
_SMALL_SPEC = 60


def _is_small(api: ir.Api) -> bool:
    return len(api.operations) + len(api.models) < _SMALL_SPEC


def render_each(
    api: ir.Api, settings: Settings, languages: list[str]
) -> Generator[tuple[str, dict[str, bytes]], None, None]:
    """(language, files) for every language asked for, each as soon as it is rendered."""
    workers = worker_count(len(languages))
    if workers == 1 or not _can_fork() or (_is_small(api) and _configured_jobs() is None):
        for language in languages:
            yield language, render_target(TARGETS[language], api, settings)
        return
    yield from _forked(api, settings, languages, workers)


# Rendering order across the workers: the costliest targets first, so no worker is left with a
# long one at the end while the other idles (measured on large specs; any order gives the same bytes).
_COST_ORDER = ("ruby", "java", "kotlin", "go", "python", "node")


@dataclass
class _Worker:
    pid: int
    fd: int  # read end of this worker's answer pipe
    buffer: bytearray = field(default_factory=bytearray)


# An answer frame: the language's index, the kind (_FILES, ...), the body's length, the body.
_HEADER = struct.Struct("<BcQ")


def _forked(
    api: ir.Api, settings: Settings, languages: list[str], workers: int
) -> Iterator[tuple[str, dict[str, bytes]]]:
    """A few long-lived workers forked once, each taking the next language from a shared pipe of
    one-byte task numbers, so each worker's page faults (its copies of the parent's pages, its
    heap) are paid once rather than once per target."""
    import selectors

    bytecode_cache()  # the cache folder is made once here, not raced for by every child
    order = sorted(range(len(languages)),
                   key=lambda i: _COST_ORDER.index(languages[i]) if languages[i] in _COST_ORDER else -1)
    tasks_read, tasks_write = os.pipe()
    os.write(tasks_write, bytes(order))  # a handful of bytes: never more than the pipe holds
    os.close(tasks_write)  # the workers see end-of-file once every task is taken
    running: dict[int, _Worker] = {}
    selector = selectors.DefaultSelector()
    # Objects alive now are never garbage; frozen, the children's collections neither scan them
    # nor copy the pages they sit on.
    gc.freeze()
    # Text still buffered here would otherwise be written twice, once by a child.
    sys.stdout.flush()
    sys.stderr.flush()
    received = 0
    try:
        for _ in range(workers):
            worker = _start(tasks_read, languages, api, settings)
            running[worker.fd] = worker
            selector.register(worker.fd, selectors.EVENT_READ, worker)
        os.close(tasks_read)
        tasks_read = -1
        while running:
            for key, _ in selector.select():
                worker = key.data
                chunk = os.read(worker.fd, 1 << 20)
                if chunk:
                    worker.buffer += chunk
                    while len(worker.buffer) >= _HEADER.size:
                        index, kind, size = _HEADER.unpack_from(worker.buffer)
                        if len(worker.buffer) < _HEADER.size + size:
                            break
                        body = bytes(worker.buffer[_HEADER.size:_HEADER.size + size])
                        del worker.buffer[:_HEADER.size + size]
                        received += 1
                        yield languages[index], _answer(languages[index], kind, body)
                    continue
                selector.unregister(worker.fd)
                os.close(worker.fd)
                del running[worker.fd]
                _, status = os.waitpid(worker.pid, 0)
                if status != 0 or worker.buffer:
                    raise ChildError(f"a rendering worker ended with wait status {status}")
        if received != len(languages):
            raise ChildError(f"{len(languages) - received} target(s) were never rendered")
    finally:
        # Reached early only on an error or an interrupt: no worker outlives the run.
        for worker in running.values():
            try:
                os.kill(worker.pid, signal.SIGKILL)
                os.waitpid(worker.pid, 0)
            except OSError:
                pass
            os.close(worker.fd)
        if tasks_read >= 0:
            os.close(tasks_read)
        selector.close()
        gc.unfreeze()


def _start(tasks: int, languages: list[str], api: ir.Api, settings: Settings) -> _Worker:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: render until no task is left, then leave without the parent's exit handlers
        status = 1
        try:
            os.close(read_end)
            status = 0
            while status == 0:
                task = os.read(tasks, 1)  # one byte: reads from a shared pipe never split it
                if not task:
                    break
                kind, body, status = _render_in_child(languages[task[0]], api, settings)
                answer = _HEADER.pack(task[0], kind, len(body)) + body
                view = memoryview(answer)
                while view:
                    view = view[os.write(write_end, view):]
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(0 if status == 0 else 1)
    os.close(write_end)
    return _Worker(pid, read_end)


def _render_in_child(language: str, api: ir.Api, settings: Settings) -> tuple[bytes, bytes, int]:
    """(kind, body, exit status) of one target rendered; a failure ends the worker after it is sent."""
    try:
        return _FILES, marshal.dumps(render_target(TARGETS[language], api, settings)), 0
    except BaseException as exc:  # noqa: BLE001 - sent to the parent, which raises it there
        import pickle
        import traceback

        try:
            return _PICKLED_ERROR, pickle.dumps(exc), 1
        except Exception:  # noqa: BLE001 - an exception that does not pickle goes back as text
            return _ERROR_TEXT, "".join(traceback.format_exception(exc)).encode("utf-8", "replace"), 1


def _answer(language: str, kind: bytes, body: bytes) -> dict[str, bytes]:
    if kind == _FILES:
        files: dict[str, bytes] = marshal.loads(body)
        return files
    if kind == _PICKLED_ERROR:
        import pickle

        raise pickle.loads(body)
    raise ChildError(f"rendering {language} failed:\n{body.decode('utf-8', 'replace')}")

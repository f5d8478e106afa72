"""``python -m reference_server``: arguments, the banner, uvicorn, clean shutdown.

The process opens the store (loading the fixtures into an empty one), binds
the listening socket itself (so ``--port 0`` works and a busy port is a clear
message), prints the base URL, the database and the demo tokens, runs the
pipeline runner thread and serves with uvicorn until SIGINT/SIGTERM; then it
stops the runner, closes the store and exits 0.

With ``--workers N`` (N > 1) uvicorn's supervisor serves from N processes
sharing the socket and the database (a SQLite file or PostgreSQL); the
parent process runs the pipeline, and a worker whose parent dies (even by
``kill -9``) stops too (``die_with_parent``), so no worker acknowledges work
that no pipeline will carry out and the port is free for a restart. Fault counters and rate-limit buckets live
in one process, so ``--faults`` and ``--rate-limit`` need one worker.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import json
import logging
import os
import signal
import socket
import sys
import threading
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from types import FrameType
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from reference_server.api import DEFAULT_API, ApiDefinition, OpenRequest, Platform, UnknownApi, available_apis, load_api
from reference_server.http import logsafe
from reference_server.http.limits import DEFAULT_LIMITS, Limits
from reference_server.http.ratelimit import parse_rate

log = logging.getLogger("reference_server.server")
WORKER_ENV = "REFSERVER_WORKER_OPTIONS"
PARENT_ENV = "REFSERVER_PARENT_PID"
LISTEN_BACKLOG = 2048
PR_SET_PDEATHSIG = 1  # linux/prctl.h
PROG = "python -m reference_server"


@dataclass(frozen=True)
class Options:
    api: str = DEFAULT_API
    host: str = "127.0.0.1"
    port: int = 8080
    db: str = "sqlite://"
    fixtures: str | None = None
    reset: bool = False
    faults: bool = False
    manual_clock: bool = False
    rate_limit: str | None = None
    stage_seconds: float = 2.0
    workers: int = 1
    validate_responses: bool = False
    ready_file: str | None = None
    access_log: bool = True
    log_level: str = "info"
    max_body_bytes: int = DEFAULT_LIMITS.max_body_bytes
    max_header_bytes: int = DEFAULT_LIMITS.max_header_bytes
    header_timeout: float = DEFAULT_LIMITS.header_timeout
    max_json_depth: int = DEFAULT_LIMITS.max_json_depth
    min_integer: int = DEFAULT_LIMITS.min_integer
    max_integer: int = DEFAULT_LIMITS.max_integer

    @property
    def limits(self) -> Limits:
        return Limits(
            max_body_bytes=self.max_body_bytes,
            max_header_bytes=self.max_header_bytes,
            header_timeout=self.header_timeout,
            max_json_depth=self.max_json_depth,
            min_integer=self.min_integer,
            max_integer=self.max_integer,
        )

    @property
    def runner_interval(self) -> float:
        return runner_interval(self.stage_seconds)


def runner_interval(stage_seconds: float) -> float:
    """How often the pipeline runner ticks: a quarter stage, between 10 ms and 250 ms."""
    return min(0.25, max(0.01, stage_seconds / 4))


class UsageError(Exception):
    """A bad argument found after parsing (exit 2)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="The reference server: an API's spec (spec/NAME/openapi.yaml) served over its simulated domain "
        "(reference_server/apis/NAME/).",
    )
    parser.add_argument(
        "--api",
        default=DEFAULT_API,
        metavar="NAME",
        help=f"the API to serve (default {DEFAULT_API}; available: {', '.join(available_apis())})",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=_port, default=8080, help="TCP port (default 8080; 0 = any free port)")
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="database: sqlite:///FILE (the default is $REFSERVER_DB_URL or ./.refserver/axhub.sqlite3, WAL), "
        "sqlite:// (in memory), postgresql+psycopg://USER:PASS@HOST/DB; a plain path means a SQLite file",
    )
    parser.add_argument("--fixtures", metavar="FILE", help="YAML fixture loaded into an empty database")
    parser.add_argument("--reset", action="store_true", help="drop every table and load the fixtures again")
    parser.add_argument(
        "--faults", action="store_true", help="honour the X-Fault request header and mount the /_admin/ routes"
    )
    parser.add_argument(
        "--manual-clock",
        action="store_true",
        help="time stands still until POST /_admin/advance?seconds=N moves it (needs --faults)",
    )
    parser.add_argument("--rate-limit", metavar="N/min", help="per-token limit, e.g. 100/min (429 + Retry-After)")
    parser.add_argument(
        "--stage-seconds",
        type=_seconds,
        default=2.0,
        metavar="S",
        help="real-time duration of each deployment stage (default 2; bootstrap stages last S/2)",
    )
    parser.add_argument("--workers", type=_workers, default=1, help="server processes (default 1)")
    parser.add_argument(
        "--validate-responses",
        action="store_true",
        help="check every response against the spec with openapi-core (slow; a mismatch answers 500)",
    )
    parser.add_argument(
        "--ready-file",
        metavar="PATH",
        help="once requests are served, write {url, pid, api, database, tokens: [{token, name, email}]} "
        "as JSON to PATH (written whole, by rename), for test harnesses",
    )
    parser.add_argument(
        "--access-log", action=argparse.BooleanOptionalAction, default=True, help="log every request (default on)"
    )
    limits = parser.add_argument_group("limits (every refusal answers the documented JSON error body)")
    limits.add_argument(
        "--max-body-bytes",
        type=_bounded_int(1, 2**40),
        default=DEFAULT_LIMITS.max_body_bytes,
        metavar="N",
        help=f"largest request body; larger: 413 (default {DEFAULT_LIMITS.max_body_bytes})",
    )
    limits.add_argument(
        "--max-header-bytes",
        type=_bounded_int(256, 2**24),
        default=DEFAULT_LIMITS.max_header_bytes,
        metavar="N",
        help=f"largest request line + headers; larger: 431 (default {DEFAULT_LIMITS.max_header_bytes})",
    )
    limits.add_argument(
        "--header-timeout",
        type=_seconds,
        default=DEFAULT_LIMITS.header_timeout,
        metavar="S",
        help=f"time allowed for the request line + headers; slower: 408 (default {DEFAULT_LIMITS.header_timeout:g})",
    )
    limits.add_argument(
        "--max-json-depth",
        type=_bounded_int(1, 10_000),
        default=DEFAULT_LIMITS.max_json_depth,
        metavar="N",
        help=f"deepest nesting of a JSON body; deeper: 400 (default {DEFAULT_LIMITS.max_json_depth})",
    )
    limits.add_argument(
        "--min-integer",
        type=_bounded_int(-(2**256), 2**256),
        default=DEFAULT_LIMITS.min_integer,
        metavar="N",
        help="smallest integer accepted in parameters and bodies (default -2^63)",
    )
    limits.add_argument(
        "--max-integer",
        type=_bounded_int(-(2**256), 2**256),
        default=DEFAULT_LIMITS.max_integer,
        metavar="N",
        help="largest integer accepted in parameters and bodies (default 2^63-1)",
    )
    parser.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"], help="log level"
    )
    return parser


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"port must be 0-65535, not {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0.001 <= value <= 3600:
        raise argparse.ArgumentTypeError(f"must be between 0.001 and 3600 seconds, not {text}")
    return value


def _bounded_int(low: int, high: int) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text) if len(text) < 100 else None
        except ValueError:
            value = None
        if value is None:
            raise argparse.ArgumentTypeError(f"not a whole number: {text[:40]!r}")
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low} and {high}, not {value}")
        return value

    return parse


def _workers(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError(f"must be 1-64, not {value}")
    return value


def normalize_db(raw: str | None, api: ApiDefinition) -> str:
    """A database URL from ``--db`` (a bare path is a SQLite file; none: the API's default)."""
    if raw is None or raw == "":
        return api.default_db_url()
    if "://" not in raw:
        return f"sqlite:///{Path(raw).expanduser()}"
    try:
        make_url(raw)
    except ArgumentError as exc:
        raise UsageError(f"--db: not a database URL: {raw!r} ({exc})") from None
    return raw


def options_from(args: argparse.Namespace) -> Options:
    try:
        api = load_api(args.api)
    except UnknownApi as exc:
        raise UsageError(f"--api: {exc}") from None
    db = normalize_db(args.db, api)
    if args.fixtures is not None and not Path(args.fixtures).is_file():
        raise UsageError(f"--fixtures: no such file: {args.fixtures}")
    if args.rate_limit is not None:
        try:
            parse_rate(args.rate_limit)
        except ValueError as exc:
            raise UsageError(f"--rate-limit: {exc}") from None
    if args.manual_clock and not args.faults:
        raise UsageError("--manual-clock needs --faults (the clock only moves through POST /_admin/advance)")
    if args.min_integer > args.max_integer:
        raise UsageError("--min-integer must not be greater than --max-integer")
    if args.workers > 1 and not api.supports_workers:
        raise UsageError(f"--workers: {api.title} keeps its job stream and waits in one process: use --workers 1")
    if args.workers > 1:
        if args.faults or args.rate_limit:
            raise UsageError("--faults and --rate-limit keep their counters in one process: use --workers 1")
        if describe_db(db)[1] == "memory":
            raise UsageError("--workers > 1 needs a database the processes can share (a SQLite file or PostgreSQL)")
    return Options(
        api=args.api,
        host=args.host,
        port=args.port,
        db=db,
        fixtures=args.fixtures,
        reset=args.reset,
        faults=args.faults,
        manual_clock=args.manual_clock,
        rate_limit=args.rate_limit,
        stage_seconds=args.stage_seconds,
        workers=args.workers,
        validate_responses=args.validate_responses,
        ready_file=args.ready_file,
        access_log=args.access_log,
        log_level=args.log_level,
        max_body_bytes=args.max_body_bytes,
        max_header_bytes=args.max_header_bytes,
        header_timeout=args.header_timeout,
        max_json_depth=args.max_json_depth,
        min_integer=args.min_integer,
        max_integer=args.max_integer,
    )


def describe_db(url: str) -> tuple[str, str]:
    """(text for the banner, kind: memory | sqlite | other)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            return "in memory (sqlite://): everything is lost when the server stops", "memory"
        return f"{Path(parsed.database or '').resolve()} (SQLite file, WAL)", "sqlite"
    return parsed.render_as_string(hide_password=True), "other"


def token_lines(rows: list[tuple[str, str, str]]) -> list[str]:
    width = max((len(r[0]) for r in rows), default=0)
    return [f"    {token.ljust(width)}  {name} <{email}>" for token, name, email in rows]


def bind_socket(host: str, port: int) -> socket.socket:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind(address)
        sock.listen(LISTEN_BACKLOG)  # connections queue from here on: never refused while the server starts
        sock.set_inheritable(True)
    except BaseException:
        sock.close()
        raise
    return sock


def base_url(sock: socket.socket, host: str) -> str:
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def banner(
    options: Options,
    api: ApiDefinition,
    url: str,
    tokens: list[tuple[str, str, str]],
    fixtures: str,
    platform: Any = None,
) -> str:
    rate = f"{parse_rate(options.rate_limit)} per token" if options.rate_limit else "off"
    clock = "manual clock (POST /_admin/advance?seconds=N)" if options.manual_clock else "real time"
    # A spec served with no domain code (--spec) has no fixtures, pipeline or demo tokens of its own.
    derived = api.spec_file is not None
    lines = [
        f"{api.title} reference server listening on {url}",
        f"  database:   {describe_db(options.db)[0]}",
        f"  spec:       {api.spec_file}" if derived else f"  fixtures:   {fixtures}",
        *(
            []
            if derived or api.describe is not None
            else [f"  pipeline:   {options.stage_seconds:g} s per deployment stage, {clock}"]
        ),
        *(api.describe(platform) if api.describe is not None and platform is not None else []),
        f"  faults:     {'on (X-Fault header, /_admin/ routes)' if options.faults else 'off'}",
        f"  rate limit: {rate}",
        f"  workers:    {options.workers}",
    ]
    if tokens:
        lines += ["  tokens (send 'Authorization: Bearer <token>'):", *token_lines(tokens)]
    elif derived:
        lines.append("  credentials: any of the kind the spec asks for is accepted; none where it asks for one is 401")
    return "\n".join(lines)


def _uvicorn_config(options: Options, app: Any, **extra: Any) -> Any:
    import uvicorn

    from reference_server.http.protocol import GuardedProtocol

    GuardedProtocol.limits = options.limits  # this process's connections (each worker sets its own)
    config = uvicorn.Config(
        app,
        http="reference_server.http.protocol:GuardedProtocol",
        log_level=options.log_level,
        access_log=options.access_log,
        lifespan="off",
        timeout_graceful_shutdown=5,
        timeout_keep_alive=30,
        backlog=LISTEN_BACKLOG,
        **extra,
    )
    logsafe.install()  # uvicorn has set up its handlers: escape control characters in every line
    return config


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        options = options_from(args)
    except UsageError as exc:
        parser.error(str(exc))  # exits 2
    logging.basicConfig(
        level=getattr(logging, options.log_level.upper()),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    api = load_api(options.api)
    try:
        platform, kept = api.open(open_request(options))
    except ArgumentError as exc:
        return _fail(f"--db: {exc}", 2)
    except OSError as exc:
        return _fail(f"cannot load the fixtures: {exc}", 2)
    except api.fixture_errors as exc:
        return _fail(f"cannot load the fixtures: {exc}", 2)
    except SQLAlchemyError as exc:
        return _fail(f"cannot open the database {describe_db(options.db)[0]}: {exc}", 1)
    except ImportError as exc:  # a database driver that is not installed
        return _fail(f"--db: {exc}", 2)
    except Exception as exc:  # never a traceback for a start-up failure
        return _fail(f"cannot start: {type(exc).__name__}: {exc}", 1)
    try:
        sock = bind_socket(options.host, options.port)
    except socket.gaierror as exc:
        platform.close()
        return _fail(f"--host: cannot resolve {options.host!r}: {exc}", 2)
    except OSError as exc:
        platform.close()
        return _fail(f"cannot listen on {options.host}:{options.port}: {exc.strerror or exc}", 1)
    fixtures = (
        "kept what the database holds" if kept else f"loaded {Path(options.fixtures or api.default_fixture).name}"
    )
    url = base_url(sock, options.host)
    tokens = api.demo_tokens(platform)
    readiness = Readiness(
        sock.getsockname(),
        banner(options, api, url, tokens, fixtures, platform),
        options.ready_file,
        {
            "url": url,
            "pid": os.getpid(),
            "api": api.name,
            "database": describe_db(options.db)[0],
            "tokens": [{"token": t, "name": n, "email": e} for t, n, e in tokens],
        },
    )
    try:
        readiness.start()
        platform.start_runner(options.runner_interval)
        if options.workers > 1:
            _serve_workers(options, sock)
        else:
            _serve(options, api, sock, platform)
    finally:
        readiness.stop()
        platform.close()
        sock.close()
        print(f"{api.title} reference server stopped", flush=True)
    return 0


class Readiness:
    """Announces the server once it answers HTTP: the banner (first line ``... listening on URL``) and,
    with ``--ready-file``, the same facts as JSON.

    A thread sends a probe request (``GET /_ready``, answered 404 by the app) to the listening
    socket until an HTTP answer comes back, so neither appears before a request can be served
    (with ``--workers``, before a worker serves).
    """

    PROBE = b"GET /_ready HTTP/1.1\r\nHost: refserver\r\nConnection: close\r\n\r\n"

    def __init__(self, address: Any, text: str, ready_file: str | None, facts: dict[str, Any]) -> None:
        self.address = _probe_address(address)
        self.text = text
        self.ready_file = ready_file
        self.facts = facts
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="readiness", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        if self.ready_file is not None:
            with contextlib.suppress(OSError):
                Path(self.ready_file).unlink()

    def _answers(self) -> bool:
        try:
            with socket.create_connection(self.address[:2], timeout=2) as probe:
                probe.sendall(self.PROBE)
                return probe.recv(16).startswith(b"HTTP/")
        except OSError:
            return False

    def _run(self) -> None:
        while not self._stop.is_set():
            if self._answers():
                break
            self._stop.wait(0.02)
        else:
            return
        print(self.text, flush=True)
        if self.ready_file is not None:
            try:
                write_json_atomically(Path(self.ready_file), self.facts)
            except OSError as exc:
                log.error("--ready-file: cannot write %s: %s", self.ready_file, exc)


def _probe_address(address: Any) -> Any:
    """Where to connect to reach a socket bound to ``address`` (a wildcard means loopback)."""
    host, port = address[0], address[1]
    if host in ("0.0.0.0", ""):
        return ("127.0.0.1", port)
    if host == "::":
        return ("::1", port)
    return (host, port)


def write_json_atomically(path: Path, payload: Any) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(payload, indent=2) + "\n")
    os.replace(temporary, path)


def _fail(message: str, code: int) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr, flush=True)
    return code


def open_request(options: Options) -> OpenRequest:
    return OpenRequest(
        db=options.db,
        stage_seconds=options.stage_seconds,
        manual_clock=options.manual_clock,
        fixtures=options.fixtures,
        reset=options.reset,
    )


def _serve(options: Options, api: ApiDefinition, sock: socket.socket, platform: Platform) -> None:
    import uvicorn

    from reference_server.app import create_app

    app = create_app(
        platform,
        api=api,
        faults=options.faults,
        rate_limit=options.rate_limit,
        validate_responses=options.validate_responses,
        fixture=options.fixtures,
        limits=options.limits,
    )
    server = uvicorn.Server(_uvicorn_config(options, app))
    stop_signals: list[int] = []

    def remember(sig: int, frame: FrameType | None) -> None:
        # uvicorn re-raises the signal that stopped it once it has shut down;
        # landing here (instead of the default action) lets main() clean up
        # and exit 0.
        stop_signals.append(sig)

    previous = {sig: signal.signal(sig, remember) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.run(sockets=[sock])
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _serve_workers(options: Options, sock: socket.socket) -> None:
    from uvicorn.supervisors import Multiprocess

    os.environ[WORKER_ENV] = json.dumps(asdict(options))
    os.environ[PARENT_ENV] = str(os.getpid())
    config = _uvicorn_config(options, "reference_server.http.server:worker_app", factory=True, workers=options.workers)
    Multiprocess(config, sockets=[sock]).run()


def die_with_parent(parent_pid: int) -> None:
    """End this worker (SIGTERM: it finishes the requests in flight, then exits) when the parent dies.

    The parent runs the pipeline: a worker serving without it would acknowledge triggers that
    nothing carries out, and would keep the port from a restart. On Linux the kernel sends the
    signal (``PR_SET_PDEATHSIG``); a watchdog thread checking the parent pid covers the rest
    (and the parent dying before the prctl call).
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - the watchdog still works
            log.warning("prctl(PR_SET_PDEATHSIG) is not available; relying on the watchdog")

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.5)
        log.error("the parent process %d is gone (it ran the pipeline): this worker stops", parent_pid)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def worker_app() -> Any:
    """The app of one ``--workers`` process (uvicorn factory); the parent runs the pipeline."""
    from reference_server.app import create_app
    from reference_server.http.protocol import GuardedProtocol

    options = replace(Options(**json.loads(os.environ[WORKER_ENV])), reset=False)
    die_with_parent(int(os.environ[PARENT_ENV]))
    GuardedProtocol.limits = options.limits
    logsafe.install()
    api = load_api(options.api)
    platform = api.attach(open_request(options))
    atexit.register(platform.close)
    return create_app(
        platform,
        api=api,
        validate_responses=options.validate_responses,
        fixture=options.fixtures,
        limits=options.limits,
    )

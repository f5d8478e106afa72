"""Every job of the project, by name: `nox -s generate`, `nox -s test`, `nox -s bench`, ...

Sessions run in the project's own `.venv` (the README's commands create it),
so a session never downloads a second copy of what is already installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
nox.options.sessions = ["test"]
nox.options.reuse_existing_virtualenvs = True


def tool(name: str) -> str:
    return str(BIN / name)


def ensure_debian_packages(session: nox.Session, *packages: str) -> None:
    """Install Debian packages that are missing (the machines run as root)."""
    missing = [p for p in packages if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0]
    if not missing:
        return
    if shutil.which("apt-get") is None:
        session.error(f"missing system packages {missing} and no apt-get to install them")
    session.run("apt-get", "update", "-qq", external=True)
    session.run("apt-get", "install", "-y", "-qq", *missing, external=True,
                env={"DEBIAN_FRONTEND": "noninteractive"})


@nox.session(python=False)
def generate(session: nox.Session) -> None:
    """Generate every SDK of every API under spec/ into sdks/."""
    session.run(tool("sdkgen"), "generate", *session.posargs)


@nox.session(python=False)
def check(session: nox.Session) -> None:
    """Fail when sdks/ differs from what the generator produces."""
    session.run(tool("sdkgen"), "check")


@nox.session(python=False)
def lint(session: nox.Session) -> None:
    """ruff and mypy --strict on the generator, the server and the Python runtime."""
    session.run(tool("ruff"), "check", "generator", "reference_server", "tests", "noxfile.py")
    session.run(tool("mypy"), "--strict", "generator")
    session.run(tool("mypy"), "--strict", "reference_server")
    with session.chdir(ROOT / "templates" / "python"):
        session.run(tool("mypy"), "--strict", "-p", "runtime")


def pytest(session: nox.Session, *paths: str) -> None:
    session.run(tool("pytest"), "-q", "-p", "no:cacheprovider", *paths, *session.posargs)


@nox.session(python=False)
def unit(session: nox.Session) -> None:
    """Generator unit tests, the output-identity guard, the Python runtime and the Python SDK."""
    pytest(session, "tests/unit", "tests/generation/test_output_identity.py", "tests/generation/test_output_order.py",
           "tests/python_runtime", "tests/python_sdk")


@nox.session(python=False)
def server(session: nox.Session) -> None:
    """Reference server tests (domain, HTTP, conformance)."""
    pytest(session, "tests/reference_server")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@nox.session(python=False)
def postgres(session: nox.Session) -> None:
    """The store tests against a real PostgreSQL, started here on a loopback port and removed after."""
    import glob
    import tempfile

    try:
        ensure_debian_packages(session, "postgresql")
    except Exception as exc:  # noqa: BLE001 - no PostgreSQL is a reason to skip, said aloud
        session.skip(f"PostgreSQL cannot be installed here: {exc}")
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        session.skip("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)")
    bin_dir = Path(bins[-1]).parent
    # PostgreSQL refuses to run as root: run its programs as the `postgres` user then.
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    data = Path(tempfile.mkdtemp(prefix="sdkgen-pg-"))
    if as_user:
        shutil.chown(data, "postgres")
    port = _free_port()
    session.run(*as_user, str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", silent=True, external=True)
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off"
    session.run(*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(data / "log"),
                "-w", "start", silent=True, external=True)
    try:
        url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        session.log(f"PostgreSQL on {url}")
        session.run(tool("pytest"), "-q", "-p", "no:cacheprovider", "tests/reference_server/test_refserver_store.py",
                    "tests/reference_server/test_http_backends.py", "tests/reference_server/test_http_schemathesis.py",
                    "tests/reference_server/test_deplite_flow.py", "tests/reference_server/test_platform_flow.py",
                    env={"REFSERVER_TEST_PG_URL": url})
    finally:
        session.run(*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop",
                    silent=True, external=True, success_codes=[0, 1])
        shutil.rmtree(data, ignore_errors=True)


@nox.session(python=False)
def generation(session: nox.Session) -> None:
    """Every real-world spec in ../shared/specs generates, and the output type-checks."""
    pytest(session, "tests/generation")


@nox.session(python=False)
def fuzz_nightly(session: nox.Session) -> None:
    """Random specs for every target, each language's output compiled (SDKGEN_FUZZ_EXAMPLES, default 200)."""
    session.run(tool("pytest"), "-q", "-p", "no:cacheprovider", "tests/generation/test_fuzz_all_targets.py",
                env={"SDKGEN_FUZZ_NIGHTLY": "1"})


@nox.session(python=False)
def contract(session: nox.Session) -> None:
    """The cross-language contract suite against a live reference server."""
    pytest(session, "tests/contract")


@nox.session(python=False)
def install(session: nox.Session) -> None:
    """Each SDK built as its ecosystem's package, installed into a fresh project and used there (tests/install)."""
    pytest(session, "tests/install")


@nox.session(python=False)
def docs(session: nox.Session) -> None:
    """The API reference sites: written for every API under spec/ (sdks/<api>/docs), every call on them
    compiled in each language, and every page loaded in headless Chromium (tests/docs)."""
    session.run(tool("sdkgen"), "docs", *session.posargs)
    pytest(session, "tests/docs", "tests/unit/test_docs_site.py")


@nox.session(python=False)
def mcp(session: nox.Session) -> None:
    """The MCP target: every spec's tool table, and AxHub's server installed and driven over stdio and HTTP."""
    pytest(session, "tests/mcp")


@nox.session(python=False)
def mcp_bench(session: nox.Session) -> None:
    """tools/list size of the generated MCP servers (static, dynamic) beside FastMCP's from_openapi, and
    the per-call overhead of a tool call over the direct SDK call against one reference server."""
    env = {"PYTHONPATH": str(ROOT)}
    session.run(sys.executable, str(ROOT / "tests" / "bench" / "mcp_call_bench.py"), env=env)
    session.run(sys.executable, str(ROOT / "tests" / "bench" / "mcp_size_bench.py"), env=env)


@nox.session(python=False)
def sdks(session: nox.Session) -> None:
    """Each generated SDK's own toolchain: lint, compile and its unit tests (tests/sdk_*)."""
    pytest(session, *sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("tests/sdk_*") if p.is_dir()))


@nox.session(python=False)
def test(session: nox.Session) -> None:
    """The default suite (CI): lint, sdks/ up to date, every test folder but tests/docs in one pytest run,
    PostgreSQL. tests/docs (each reference site's calls compiled in six languages, every page loaded in
    Chromium) runs in `nox -s docs`: with it the suite passed 30 minutes on 2 cores (1841 s in CI)."""
    lint(session)
    check(session)
    pytest(session, "tests", "--ignore=tests/docs")
    postgres(session)


@nox.session(python=False)
def bench(session: nox.Session) -> None:
    """Generator speed and memory beside openapi-python-client's; reference server requests/s and latency;
    every SDK's per-call overhead against its language's bare HTTP client + JSON parser."""
    env = {"PYTHONPATH": str(ROOT)}
    session.run(sys.executable, str(ROOT / "tests" / "bench" / "generator_bench.py"), *session.posargs, env=env)
    # The reference server under load over loopback (installs wrk when missing).
    session.run(sys.executable, str(ROOT / "tests" / "bench" / "server_bench.py"), env=env)
    # SDK vs bare client per call, against a canned server replaying the reference server's answers.
    session.run(sys.executable, str(ROOT / "tests" / "bench" / "call_overhead_bench.py"), env=env)



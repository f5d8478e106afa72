"""Every generated Go SDK, used from a module of its own, with the Go release its go.mod declares.

For each ``sdks/<api>/go``: a fresh module in a temporary folder outside the repository requires the
SDK's module path (from its go.mod) with a ``replace`` directive to the SDK folder, as a user with a
local checkout would. Its ``main.go`` is the API's consumer program
(``tests/install/consumers/<api>/go/main.go``: real calls against the reference server), or, for an
API without one yet, a program that only imports the package. The module is formatted (gofmt),
built, vetted and run with exactly the toolchain of the SDK's ``go`` line (``go 1.24`` -> go1.24.0),
which the go command fetches from the module proxy once (``GOTOOLCHAIN``) and keeps in the module
cache. The README must state the same version.

When that toolchain cannot be fetched (no module proxy), the module is still built, vetted and run
with the installed Go, and the test then skips, naming the reason: the floor itself was not tested.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from contract_lib import RefServer, start_server, stop_server

from tests.install.install_lib import ROOT, check, output, run, sdk_dirs, sdk_ids
from tests.sdk_go.gotool import go_binary, go_env

CONSUMERS = Path(__file__).resolve().parent / "consumers"
# A toolchain download (about 70 MB, once per machine) and three go commands over a loaded machine.
pytestmark = pytest.mark.timeout(1800)

CONSUMER_MODULE = "sdkgen.test/install-consumer"


def _go_mod(sdk: Path) -> tuple[str, str]:
    """The SDK's module path and its `go` line."""
    text = (sdk / "go.mod").read_text()
    module = re.search(r"^module\s+(\S+)\s*$", text, re.MULTILINE)
    go_line = re.search(r"^go\s+(\d+\.\d+(?:\.\d+)?)\s*$", text, re.MULTILINE)
    assert module and go_line, f"{sdk}/go.mod has no module path or no go line:\n{text}"
    return module.group(1), go_line.group(1)


def _toolchain(go_version: str) -> str:
    """The toolchain name of the oldest release a `go` line admits: 1.24 -> go1.24.0, 1.24.3 -> go1.24.3."""
    return f"go{go_version}" if go_version.count(".") == 2 else f"go{go_version}.0"


def _fetch_env(toolchain: str) -> dict[str, str]:
    """go_env() with GOTOOLCHAIN set and the go command's own GOPROXY (or the user's), so it may download."""
    env = {**go_env(), "GOTOOLCHAIN": toolchain}
    env.pop("GOPROXY")
    if "GOPROXY" in os.environ:
        env["GOPROXY"] = os.environ["GOPROXY"]
    return env


def _select_toolchain(toolchain: str, work: Path) -> tuple[dict[str, str], str | None]:
    """The environment to build with and, when the wanted toolchain is unavailable, why."""
    fetched = run([go_binary(), "version"], cwd=work, env=_fetch_env(toolchain))
    if fetched.returncode == 0 and f"go version {toolchain} " in fetched.stdout:
        # From now on the toolchain is in the module cache: nothing else may be downloaded.
        return {**go_env(), "GOTOOLCHAIN": toolchain}, None
    return go_env(), f"the {toolchain} toolchain could not be fetched ({output(fetched).strip()})"


def _consumer_module(sdk: Path, module: str, go_version: str, work: Path) -> Path:
    project = work / "consumer"
    project.mkdir()
    (project / "go.mod").write_text(
        f"module {CONSUMER_MODULE}\n\ngo {go_version}\n\nrequire {module} v0.0.0\n\n"
        f"replace {module} => {sdk.resolve()}\n"
    )
    source = CONSUMERS / sdk.parent.name / "go" / "main.go"
    if source.is_file():
        shutil.copyfile(source, project / "main.go")
    else:
        # No consumer program for this API yet: the package must still compile into a program.
        (project / "main.go").write_text(f'package main\n\nimport _ "{module}"\n\nfunc main() {{}}\n')
    return project


@pytest.mark.parametrize("sdk", sdk_dirs("go"), ids=sdk_ids("go"))
def test_go_sdk_installs(sdk: Path, install_server: RefServer, tmp_path_factory: pytest.TempPathFactory) -> None:
    module, go_version = _go_mod(sdk)
    readme = (sdk / "README.md").read_text()
    assert "## Supported versions" in readme, f"{sdk}/README.md has no 'Supported versions' section"
    section = readme.split("## Supported versions", 1)[1].split("\n## ", 1)[0]
    assert f"Go {go_version} or newer" in section and f"`go {go_version}`" in section, section

    work = tmp_path_factory.mktemp(f"install-go-{sdk.parent.name}")
    assert ROOT not in work.parents
    toolchain = _toolchain(go_version)
    env, unavailable = _select_toolchain(toolchain, work)
    project = _consumer_module(sdk, module, go_version, work)

    used = check(run([go_binary(), "env", "GOVERSION"], cwd=project, env=env)).stdout.strip()
    if unavailable is None:
        assert used == toolchain, f"building with {used}, not {toolchain}"
    unformatted = check(run([Path(check(run([go_binary(), "env", "GOROOT"], cwd=project, env=env)).stdout.strip())
                             / "bin" / "gofmt", "-l", "."], cwd=project, env=env)).stdout.strip()
    assert unformatted == "", f"gofmt would change {unformatted}"
    binary = work / "consumer-bin"
    check(run([go_binary(), "build", "-o", binary, "."], cwd=project, env=env))
    # The consumer, and the SDK's own packages with their tests, as the floor toolchain sees them.
    check(run([go_binary(), "vet", "./...", f"{module}/..."], cwd=project, env=env))
    result = run([binary, install_server.base_url], cwd=project, env=env)
    assert result.returncode == 0, f"{output(result)}\n--- server log ---\n{install_server.log_tail()}"
    if (CONSUMERS / sdk.parent.name / "go" / "main.go").is_file():
        assert result.stdout.startswith("ok go:"), output(result)
        print(f"{used}: {result.stdout.strip()}")

    if unavailable is not None:
        pytest.skip(f"built, vetted and ran with the installed Go ({used}) only, not with the declared "
                    f"floor: {unavailable}")


@pytest.fixture(scope="module")
def deplite_install_server() -> Iterator[RefServer]:
    """A Deplite reference server for the two-SDK program."""
    with tempfile.TemporaryDirectory(prefix="install-deplite-") as tmp:
        server = start_server(Path(tmp), api="deplite")
        try:
            yield server
        finally:
            stop_server(server)


def test_two_go_sdks_in_one_module(install_server: RefServer, deplite_install_server: RefServer,
                                   tmp_path: Path) -> None:
    """Issue 16 item 9: one module requires the AxHub and the Deplite SDKs (two specs, two runtimes),
    is gofmt- and vet-clean, builds, and runs its calls against both reference servers."""
    project = tmp_path / "two-sdks"
    project.mkdir()
    axhub, deplite = ROOT / "sdks" / "axhub" / "go", ROOT / "sdks" / "deplite" / "go"
    (axhub_module, go_version), (deplite_module, _) = _go_mod(axhub), _go_mod(deplite)
    (project / "go.mod").write_text(
        f"module {CONSUMER_MODULE}\n\ngo {go_version}\n\nrequire (\n\t{axhub_module} v0.0.0\n"
        f"\t{deplite_module} v0.0.0\n)\n\nreplace {axhub_module} => {axhub}\n\nreplace {deplite_module} => {deplite}\n"
    )
    shutil.copyfile(CONSUMERS / "two_sdks" / "go" / "main.go", project / "main.go")
    env = go_env()
    gofmt = Path(go_binary()).parent / "gofmt"
    assert check(run([gofmt, "-l", "."], cwd=project, env=env)).stdout.strip() == ""
    check(run([go_binary(), "vet", "./..."], cwd=project, env=env))
    binary = tmp_path / "two-sdks-bin"
    check(run([go_binary(), "build", "-o", binary, "."], cwd=project, env=env))
    result = run([binary, install_server.base_url, deplite_install_server.base_url], cwd=project, env=env)
    assert result.returncode == 0, (f"{output(result)}\n--- axhub log ---\n{install_server.log_tail()}"
                                    f"\n--- deplite log ---\n{deplite_install_server.log_tail()}")
    assert result.stdout.startswith("ok go two sdks: axhub "), output(result)

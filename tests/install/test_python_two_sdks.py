"""Two Python SDKs generated from two specs in one application (issue 16 item 9).

The AxHub and Deplite SDKs are built into wheels (PEP 517, from copies of their folders) and both
installed into one fresh virtual environment outside the repository, on the Python of their
``requires-python`` floor, with mypy from PyPI. One program (``consumers/both/python/consumer.py``)
imports both, calls AxHub's and Deplite's reference servers with each client, and is checked with
``mypy --strict`` against the two installed packages.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from contract_lib import RefServer, start_server, stop_server

from tests.install.install_lib import ROOT, SDKS, check, output, run
from tests.install.test_python_install import _build, _floor, _interpreter, _metadata

CONSUMER = Path(__file__).resolve().parent / "consumers" / "both" / "python" / "consumer.py"
pytestmark = pytest.mark.timeout(1800)


@pytest.fixture(scope="module")
def deplite_root() -> Iterator[RefServer]:
    with tempfile.TemporaryDirectory(prefix="install-deplite-") as tmp:
        server = start_server(Path(tmp), api="deplite")
        try:
            yield server
        finally:
            stop_server(server)


def test_axhub_and_deplite_in_one_environment(install_server: RefServer, deplite_root: RefServer,
                                              tmp_path_factory: pytest.TempPathFactory) -> None:
    work = tmp_path_factory.mktemp("install-python-both")
    assert ROOT not in work.parents
    sdks = [SDKS / "axhub" / "python", SDKS / "deplite" / "python"]
    floors = {_floor(str(_metadata(sdk)["project"]["requires-python"])) for sdk in sdks}  # type: ignore[index]
    assert len(floors) == 1, floors
    floor = floors.pop()
    wheels = []
    for sdk in sdks:
        build = work / sdk.parent.name
        build.mkdir()
        wheels.append(_build(sdk, build)[0])

    venv = work / "venv"
    check(run([_interpreter(floor), "-m", "venv", venv], cwd=work))
    python = venv / "bin" / "python"
    check(run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", *wheels, "mypy>=1.10"],
              cwd=work))

    project = work / "app"
    project.mkdir()
    program = project / "consumer.py"
    program.write_text(CONSUMER.read_text())
    result = check(run([python, program, install_server.base_url, deplite_root.base_url], cwd=project))
    for line in ("ok axhub sync:", "ok axhub async:", "ok deplite: agent"):
        assert line in result.stdout, output(result)
    check(run([python, "-m", "mypy", "--strict", "--python-version", floor, "--no-incremental", program],
              cwd=project))

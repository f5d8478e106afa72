"""Every generated Python SDK, built and installed the way a user gets it, on the oldest Python it claims.

For each ``sdks/<api>/python``: a copy of the folder (so no build output lands in ``sdks/``) is built
into a wheel and an sdist with ``python -m build`` (PEP 517, isolated build environment); both must
hold the package and its ``py.typed``, and their metadata must say what the README says about the
supported versions. The wheel is installed into a fresh virtual environment outside the repository
on the Python of ``requires-python``'s floor, with its dependencies and mypy from PyPI; there the
package is imported from the venv (not from the repository), the API's consumer program
(``tests/install/consumers/<api>/python/consumer.py``, when there is one) calls the reference server
with the sync and the async client, and ``mypy --strict`` checks that program against the installed
package. Finally the sdist is installed over it, to prove it builds and installs too.
"""

from __future__ import annotations

import re
import shutil
import sys
import tarfile
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from contract_lib import RefServer

from tests.install.install_lib import ROOT, check, output, run, sdk_dirs, sdk_ids

CONSUMERS = Path(__file__).resolve().parent / "consumers"
# The build and install steps: a fresh venv, pip, PEP 517 builds and mypy, over a loaded machine.
pytestmark = pytest.mark.timeout(1800)


def _metadata(sdk: Path) -> dict[str, object]:
    project = tomllib.loads((sdk / "pyproject.toml").read_text())
    assert isinstance(project.get("project"), dict), f"{sdk}/pyproject.toml has no [project] table"
    return project


def _import_package(pyproject: dict[str, object]) -> str:
    """The importable package: the one pyproject ships py.typed for."""
    tool = pyproject.get("tool", {})
    assert isinstance(tool, dict)
    package_data = tool.get("setuptools", {}).get("package-data", {})
    packages = [name for name, files in package_data.items() if "py.typed" in files]
    assert len(packages) == 1, f"expected one package with py.typed in [tool.setuptools.package-data], got {packages}"
    return str(packages[0])


def _floor(requires_python: str) -> str:
    match = re.fullmatch(r">=\s*(3\.\d+)", requires_python.strip())
    assert match, f"requires-python {requires_python!r} is not of the form '>=3.N'"
    return match.group(1)


def _interpreter(version: str) -> str:
    """The CPython of the claimed floor: the install must run on exactly that version."""
    if f"{sys.version_info[0]}.{sys.version_info[1]}" == version:
        return sys.executable
    found = shutil.which(f"python{version}")
    if found is None:
        pytest.fail(f"the SDK claims Python {version} or newer, but there is no python{version} on this machine "
                    "to install and test it on")
    return found


def _build(sdk: Path, work: Path) -> tuple[Path, Path]:
    """Wheel and sdist of a copy of the SDK folder, built in isolated PEP 517 environments."""
    source = work / "source"
    shutil.copytree(sdk, source, ignore=shutil.ignore_patterns("build", "dist", "*.egg-info", "__pycache__"))
    dist = work / "dist"
    check(run([sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", dist, source], cwd=work))
    wheels = sorted(dist.glob("*.whl"))
    sdists = sorted(dist.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, f"build produced {sorted(p.name for p in dist.iterdir())}"
    return wheels[0], sdists[0]


def _check_wheel(wheel: Path, package: str, floor: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata_name = next((n for n in names if n.endswith(".dist-info/METADATA")), None)
        assert metadata_name is not None, f"{wheel.name} has no METADATA"
        metadata = Parser().parsestr(archive.read(metadata_name).decode())
    for required in (f"{package}/__init__.py", f"{package}/py.typed", f"{package}/models.py",
                     f"{package}/_runtime/__init__.py", f"{package}/resources/__init__.py"):
        assert required in names, f"{wheel.name} lacks {required}; it has {sorted(names)}"
    assert metadata["Requires-Python"] == f">={floor}", metadata["Requires-Python"]
    classifiers = metadata.get_all("Classifier") or []
    assert f"Programming Language :: Python :: {floor}" in classifiers, classifiers
    assert "Typing :: Typed" in classifiers, classifiers
    assert set(metadata.get_all("Requires-Dist") or []) >= {"httpx<1,>=0.27", "attrs>=23.2"}, \
        metadata.get_all("Requires-Dist")


def _check_sdist(sdist: Path, package: str) -> None:
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for required in ("pyproject.toml", "README.md", f"{package}/__init__.py", f"{package}/py.typed",
                     f"{package}/_runtime/__init__.py"):
        assert required in names, f"{sdist.name} lacks {required}; it has {sorted(names)}"


def _check_readme(sdk: Path, floor: str) -> None:
    readme = (sdk / "README.md").read_text()
    assert "## Supported versions" in readme, f"{sdk}/README.md has no 'Supported versions' section"
    section = readme.split("## Supported versions", 1)[1].split("\n## ", 1)[0]
    assert f"CPython {floor} or newer" in section and f'requires-python = ">={floor}"' in section, section
    claimed = set(re.findall(r"\b3\.\d+\b", section))
    assert claimed == {floor}, f"the README names Python versions {claimed}, the metadata only {floor}"


@pytest.mark.parametrize("sdk", sdk_dirs("python"), ids=sdk_ids("python"))
def test_python_sdk_installs(sdk: Path, install_server: RefServer, tmp_path_factory: pytest.TempPathFactory) -> None:
    pyproject = _metadata(sdk)
    project = pyproject["project"]
    assert isinstance(project, dict)
    package = _import_package(pyproject)
    floor = _floor(str(project.get("requires-python", "")))
    assert f'target-version = "py{floor.replace(".", "")}"' in (sdk / "pyproject.toml").read_text(), \
        "ruff's target-version is not the requires-python floor"
    _check_readme(sdk, floor)

    # Outside the repository: pytest's temporary folders live under the system temp dir.
    work = tmp_path_factory.mktemp(f"install-python-{sdk.parent.name}")
    assert ROOT not in work.parents
    wheel, sdist = _build(sdk, work)
    _check_wheel(wheel, package, floor)
    _check_sdist(sdist, package)

    venv = work / "venv"
    check(run([_interpreter(floor), "-m", "venv", venv], cwd=work))
    python = venv / "bin" / "python"
    version = check(run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"], cwd=work))
    assert version.stdout.strip() == floor, f"the venv runs Python {version.stdout.strip()}, not {floor}"
    check(run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel, "mypy>=1.10"],
              cwd=work))

    # Imported from the venv's site-packages, with its py.typed beside it.
    where = check(run([python, "-c", f"import pathlib, {package}; print(pathlib.Path({package}.__file__).parent)"],
                      cwd=work)).stdout.strip()
    installed = Path(where)
    assert venv in installed.parents, f"{package} was imported from {installed}, not from the venv"
    assert (installed / "py.typed").is_file(), f"the installed {package} has no py.typed"

    consumer_source = CONSUMERS / sdk.parent.name / "python" / "consumer.py"
    project_dir = work / "consumer"
    project_dir.mkdir()
    consumer = project_dir / "consumer.py"
    if consumer_source.is_file():
        shutil.copyfile(consumer_source, consumer)
        result = check(run([python, consumer, install_server.base_url], cwd=project_dir))
        assert "ok sync:" in result.stdout and "ok async:" in result.stdout, output(result)
        print(result.stdout)
    else:
        # No consumer program for this API yet: the installed package still imports and type-checks.
        consumer.write_text(f"import {package}\n\nprint({package}.__name__)\n")
        check(run([python, consumer], cwd=project_dir))
    # The project's own mypy configuration is not in reach: the consumer folder is outside the repository.
    check(run([python, "-m", "mypy", "--strict", "--python-version", floor, "--no-incremental", consumer],
              cwd=project_dir))

    # The sdist builds and installs as well (over the wheel's install, dependencies already there).
    check(run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
               "--force-reinstall", sdist], cwd=work))
    check(run([python, "-c", f"import {package}, pathlib; "
                             f"assert (pathlib.Path({package}.__file__).parent / 'py.typed').is_file()"], cwd=work))
    listed = check(run([python, "-m", "pip", "show", "-f", project["name"]], cwd=work)).stdout
    assert f"{package}/py.typed" in listed, listed

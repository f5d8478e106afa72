"""Node install test: every generated Node SDK packed as a publisher would and installed as a user would.

For each ``sdks/<api>/node``:
1. publisher: the SDK copied to a temp folder, ``npm install`` (its devDependencies from the npm
   registry, through npm's cache), ``npm pack`` (the ``prepack`` script builds dist/esm and dist/cjs);
   the tarball must carry both builds with their ``.d.ts`` files and no install-time script;
2. users: fresh projects outside the SDK folder, each ``npm install <tarball>`` with no build step:
   an ES module (``.mjs``), a CommonJS ``require`` (``.cjs``), TypeScript (module NodeNext) in a
   ``"type": "module"`` project and in a ``"type": "commonjs"`` project, under the options
   ``tsc --init`` writes today (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess) and
   ``skipLibCheck: false`` so the SDK's own declarations are checked too. The TypeScript projects
   compile and run with the current TypeScript and with the oldest one the README claims (4.9), and
   are type-checked with ``module``/``moduleResolution`` Node16 and (ES module project) Bundler.
   The README's first ``ts`` snippet is compiled in the ES module project.

The programs that call real operations live in ``tests/install/consumers/<api>/node/`` (``main.mjs``,
``main.cjs``, ``main.ts``) and run against ``install_server``; an API without them is still packed,
installed, loaded both ways and type-checked through a small generated file.

The tarball is also checked by arethetypeswrong (the types each resolution mode finds match the code).
The compilers come from ``tests/install/node_tooling`` (``npm ci`` once, then kept), shared by every
consumer through a ``node_modules/@types`` beside them.
"""

from __future__ import annotations

import json
import re
import shutil
import tarfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from contract_lib import RefServer, start_server, stop_server

from .install_lib import check, output, run, sdk_dirs, sdk_ids

pytestmark = pytest.mark.timeout(1500)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TOOLING = HERE / "node_tooling"
CONSUMERS = HERE / "consumers"
COMPILERS = {"current": "typescript", "floor": "typescript-floor"}
NPM_QUIET = ["--no-audit", "--no-fund", "--loglevel=error"]
_NOT_SHIPPED = shutil.ignore_patterns("node_modules", "dist", "package-lock.json", "*.tgz")

# The shop fixture app of the AxHub reference server, and an app id it does not know.
SHOP = "0c000000-0000-4000-8000-000000000001"

# What `tsc --init` (TypeScript 7) writes, plus the Node types and an output folder; skipLibCheck is
# off so that the SDK's .d.ts files are checked under these options too.
TSC_INIT_OPTIONS: dict[str, object] = {
    "module": "nodenext",
    "target": "esnext",
    "lib": ["esnext"],
    "types": ["node"],
    "sourceMap": True,
    "declaration": True,
    "declarationMap": True,
    "noUncheckedIndexedAccess": True,
    "exactOptionalPropertyTypes": True,
    "strict": True,
    "verbatimModuleSyntax": True,
    "isolatedModules": True,
    "noUncheckedSideEffectImports": True,
    "moduleDetection": "force",
    "skipLibCheck": False,
}
# Options newer than TypeScript 4.9, left out when the floor compiler checks the same project.
NEWER_THAN_FLOOR = ("noUncheckedSideEffectImports", "verbatimModuleSyntax")


def ensure_tooling() -> Path:
    """tests/install/node_tooling/node_modules, from the committed lock file, installed once."""
    modules = TOOLING / "node_modules"
    needed = [*COMPILERS.values(), "@types/node", "@arethetypeswrong/cli"]
    if not all((modules / name / "package.json").is_file() for name in needed):
        check(run(["npm", "ci", *NPM_QUIET], cwd=TOOLING))
    return modules


def tsc(compiler: str, *args: str | Path, cwd: Path) -> None:
    """Compile with one of the tooling's TypeScript versions; any diagnostic fails."""
    result = check(run(["node", TOOLING / "node_modules" / COMPILERS[compiler] / "bin" / "tsc", *args], cwd=cwd))
    assert (result.stdout + result.stderr).strip() == "", output(result)


def package_name(sdk: Path) -> str:
    return str(json.loads((sdk / "package.json").read_text(encoding="utf-8"))["name"])


def readme_snippet(sdk: Path) -> str:
    """The first ```ts block of the SDK's README: what a new user copies first."""
    found = re.search(r"^```ts\n(.*?)^```", (sdk / "README.md").read_text(encoding="utf-8"), re.M | re.S)
    assert found, f"{sdk / 'README.md'} has no ```ts snippet"
    return found.group(1)


def pack(sdk: Path, work: Path) -> Path:
    """The publisher's side: install the devDependencies, `npm pack`; the tarball."""
    publisher = work / "publisher"
    shutil.copytree(sdk, publisher, ignore=_NOT_SHIPPED)
    check(run(["npm", "install", "--prefer-offline", *NPM_QUIET], cwd=publisher))
    out = work / "packed"
    out.mkdir()
    check(run(["npm", "pack", "--pack-destination", out, *NPM_QUIET], cwd=publisher))
    tarballs = sorted(out.glob("*.tgz"))
    assert len(tarballs) == 1, tarballs
    return tarballs[0]


def check_tarball(tarball: Path) -> None:
    """Both module forms, each with declarations; nothing left to build or run at install time."""
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
        manifest = json.loads(archive.extractfile("package/package.json").read())  # type: ignore[union-attr]
        marker = archive.extractfile("package/dist/cjs/package.json")
        assert marker is not None
        assert json.loads(marker.read()) == {"type": "commonjs"}
    for form in ("esm", "cjs"):
        for file in ("index.js", "index.d.ts", "client.js", "client.d.ts", "runtime/index.d.ts"):
            assert f"package/dist/{form}/{file}" in names, f"{file} of the {form} build is not in {tarball.name}"
    install_time = {"preinstall", "install", "postinstall", "prepare"} & set(manifest.get("scripts", {}))
    assert not install_time, f"the package runs {install_time} when installed"
    assert "dependencies" not in manifest, manifest.get("dependencies")
    exports = manifest["exports"]["."]
    assert exports["import"] == {"types": "./dist/esm/index.d.ts", "default": "./dist/esm/index.js"}
    assert exports["require"] == {"types": "./dist/cjs/index.d.ts", "default": "./dist/cjs/index.js"}
    assert manifest["engines"]["node"] == ">=20"
    # arethetypeswrong: in every resolution mode (node10, node16 from CJS and from ESM, bundler) the
    # types TypeScript finds match the JavaScript Node or a bundler loads; it exits 1 on any problem.
    attw = TOOLING / "node_modules" / "@arethetypeswrong" / "cli" / "dist" / "index.js"
    result = check(run(["node", attw, tarball, "--format", "ascii", "--no-color"], cwd=tarball.parent))
    assert "node16 (from CJS): 🟢 (CJS)" in result.stdout, output(result)
    assert "node16 (from ESM): 🟢 (ESM)" in result.stdout, output(result)


def consumer(parent: Path, name: str, tarball: Path, module_type: str) -> Path:
    """A fresh project with the tarball installed, the way a user adds the package."""
    project = parent / name
    project.mkdir()
    (project / "package.json").write_text(
        json.dumps({"name": f"consumer-{name}", "private": True, "type": module_type}, indent=2) + "\n")
    check(run(["npm", "install", "--prefer-offline", *NPM_QUIET, tarball], cwd=project))
    return project


def write_tsconfig(project: Path, **overrides: object) -> None:
    """tsconfig.json (current TypeScript, NodeNext, emits dist/), tsconfig.floor.json (TypeScript 4.9,
    emits dist-floor/), and type-check-only variants for the other resolutions the README names."""
    options = {**TSC_INIT_OPTIONS, **overrides, "rootDir": ".", "outDir": "dist"}
    variants: dict[str, dict[str, object]] = {
        "tsconfig.json": options,
        "tsconfig.floor.json": {**{k: v for k, v in options.items() if k not in NEWER_THAN_FLOOR},
                                "outDir": "dist-floor"},
        "tsconfig.node16.json": {**options, "module": "node16", "moduleResolution": "node16", "noEmit": True},
    }
    if overrides.get("verbatimModuleSyntax", True):  # an ES module project: a bundler's resolution too
        variants["tsconfig.bundler.json"] = {**options, "module": "esnext", "moduleResolution": "bundler",
                                             "noEmit": True}
    for name, compiler_options in variants.items():
        config = {"compilerOptions": compiler_options, "include": ["*.ts"]}
        (project / name).write_text(json.dumps(config, indent=2) + "\n")


def compile_all(project: Path) -> None:
    """Every variant write_tsconfig wrote, each with its compiler; any diagnostic fails."""
    for config in sorted(project.glob("tsconfig*.json")):
        tsc("floor" if config.name == "tsconfig.floor.json" else "current", "-p", config, cwd=project)


def expected_lines(server: RefServer) -> list[str]:
    """What the consumer programs print, read from the server directly."""
    request = urllib.request.Request(f"{server.base_url}/api/v1/apps/{SHOP}/deployments?limit=2",
                                     headers={"Authorization": "Bearer tok_owner"})
    with urllib.request.urlopen(request, timeout=60) as response:
        page = json.load(response)
    first = page["items"][0]
    return [
        f"deployments total={page['total']} items={len(page['items'])} first={first['id']} status={first['status']}",
        "error NotFoundError status=404 code=not_found",
    ]


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The parent of every consumer project: its node_modules/@types gives them @types/node."""
    modules = ensure_tooling()
    parent = tmp_path_factory.mktemp("node-consumers")
    (parent / "node_modules").mkdir()
    (parent / "node_modules" / "@types").symlink_to(modules / "@types", target_is_directory=True)
    return parent


@pytest.mark.parametrize("sdk", sdk_dirs("node"), ids=sdk_ids("node"))
def test_node_package_installs_and_runs(sdk: Path, shared: Path, install_server: RefServer) -> None:
    api = sdk.parent.name
    name = package_name(sdk)
    programs = CONSUMERS / api / "node"
    has_programs = (programs / "main.ts").is_file()
    work = shared / api
    work.mkdir()

    tarball = pack(sdk, work)
    check_tarball(tarball)
    assert not (sdk / "dist").exists() and not (sdk / "node_modules").exists(), "the SDK folder was built in"

    env = {"AXHUB_BASE_URL": install_server.base_url, "AXHUB_TOKEN": "tok_owner"}
    expected = expected_lines(install_server) if has_programs else []

    def runs(project: Path, script: str) -> None:
        result = check(run(["node", script], cwd=project, env=env))
        if has_programs:
            assert result.stdout.splitlines() == expected, output(result)
        else:
            assert result.stdout.strip() == "loaded", output(result)

    # JavaScript, both module forms. Without programs: the package loads and exports something.
    js = consumer(work, "js", tarball, "commonjs")
    if has_programs:
        shutil.copy(programs / "main.mjs", js / "main.mjs")
        shutil.copy(programs / "main.cjs", js / "main.cjs")
    else:
        (js / "main.mjs").write_text(f"import * as api from {json.dumps(name)};\n"
                                     "console.log(Object.keys(api).length > 0 ? 'loaded' : 'empty');\n")
        (js / "main.cjs").write_text(f"const api = require({json.dumps(name)});\n"
                                     "console.log(Object.keys(api).length > 0 ? 'loaded' : 'empty');\n")
    runs(js, "main.mjs")
    runs(js, "main.cjs")

    # TypeScript in an ES module project: the program and the README's first snippet.
    esm = consumer(work, "ts-esm", tarball, "module")
    write_tsconfig(esm)
    (esm / "readme.ts").write_text(readme_snippet(sdk))
    # TypeScript in a CommonJS project. `tsc --init`'s verbatimModuleSyntax would make every `import`
    # there an error (TS1286: it asks for `import x = require()`); a CommonJS project turns it off.
    cjs = consumer(work, "ts-cjs", tarball, "commonjs")
    write_tsconfig(cjs, verbatimModuleSyntax=False)
    for project in (esm, cjs):
        if has_programs:
            shutil.copy(programs / "main.ts", project / "main.ts")
        else:
            (project / "main.ts").write_text(
                f"import * as api from {json.dumps(name)};\n\n"
                "console.log(Object.keys(api).length > 0 ? 'loaded' : 'empty');\n")
        compile_all(project)
        runs(project, "dist/main.js")
        runs(project, "dist-floor/main.js")
    # The same program resolved the ES module types in one project and the CommonJS ones in the other.
    assert "require(" not in (esm / "dist" / "main.js").read_text()
    assert "require(" in (cjs / "dist" / "main.js").read_text()

    # The CommonJS form `tsc --init`'s verbatimModuleSyntax asks for: `import x = require(...)`.
    (cjs / "required.ts").write_text(
        f"import api = require({json.dumps(name)});\n\n"
        "console.log(Object.keys(api).length > 0 ? 'loaded' : 'empty');\n")
    config = {"compilerOptions": {**TSC_INIT_OPTIONS, "rootDir": ".", "outDir": "dist-required"},
              "files": ["required.ts"]}
    (cjs / "tsconfig.required.json").write_text(json.dumps(config, indent=2) + "\n")
    tsc("current", "-p", cjs / "tsconfig.required.json", cwd=cjs)
    loaded = check(run(["node", "dist-required/required.js"], cwd=cjs))
    assert loaded.stdout.strip() == "loaded", output(loaded)


TWO_SDKS = HERE / "node_two_sdks"


@pytest.fixture(scope="module")
def deplite_install_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RefServer]:
    """A Deplite reference server for the two-SDK program (its root is the agent host)."""
    server = start_server(tmp_path_factory.mktemp("deplite-refserver"), api="deplite")
    try:
        yield server
    finally:
        stop_server(server)


def test_two_sdks_in_one_node_app(shared: Path, install_server: RefServer, deplite_install_server: RefServer) -> None:
    """Issue 16 item 9: the AxHub and the Deplite packages (each packed with `npm pack`) installed into
    one consumer project, and one program using both type-checked under `tsc --init`'s strict options
    (current TypeScript and 4.9; ES module and CommonJS projects) and run against both servers."""
    sdks = [ROOT / "sdks" / api / "node" for api in ("axhub", "deplite")]
    work = shared / "two-sdks"
    work.mkdir()
    tarballs = []
    for sdk in sdks:
        folder = work / sdk.parent.name
        folder.mkdir()
        tarballs.append(pack(sdk, folder))
    request = urllib.request.Request(f"{install_server.base_url}/api/v1/apps/{SHOP}/deployments?limit=2",
                                     headers={"Authorization": "Bearer tok_owner"})
    with urllib.request.urlopen(request, timeout=60) as response:
        total = int(json.load(response)["total"])
    expected = [
        f"axhub first={min(total, 2)} next={'true' if total > 2 else 'false'} all={total} total={total}",
        "deplite signed report count=1",
        "deplite vector 86ad7ec66cd0e160e5f79a19cb087817b1e253a22d3d152ca5c175b5b1a12d99",
        "deplite impostor AuthenticationError code=invalid_signature runtimes-apart=true",
    ]
    env = {"AXHUB_BASE_URL": install_server.base_url, "AXHUB_TOKEN": "tok_owner",
           "DEPLITE_ROOT_URL": deplite_install_server.base_url}
    for name, module_type in (("ts-esm", "module"), ("ts-cjs", "commonjs")):
        project = consumer(work, name, tarballs[0], module_type)
        check(run(["npm", "install", "--prefer-offline", *NPM_QUIET, tarballs[1]], cwd=project))
        manifest = json.loads((project / "package.json").read_text(encoding="utf-8"))
        assert set(manifest["dependencies"]) == {package_name(sdk) for sdk in sdks}, manifest
        write_tsconfig(project, **({} if module_type == "module" else {"verbatimModuleSyntax": False}))
        shutil.copy(TWO_SDKS / "main.ts", project / "main.ts")
        compile_all(project)
        for built in ("dist/main.js", "dist-floor/main.js"):
            deplite_install_server.reset()
            result = check(run(["node", built], cwd=project, env=env))
            assert result.stdout.splitlines() == expected, output(result)


def test_consumer_programs_name_real_sdks() -> None:
    """Every consumer program folder belongs to an API that has a Node SDK (a renamed API is noticed)."""
    apis = set(sdk_ids("node"))
    for folder in CONSUMERS.glob("*/node"):
        assert folder.parent.name in apis, f"{folder} has no sdks/{folder.parent.name}/node"
        assert {p.name for p in folder.iterdir()} >= {"main.ts", "main.mjs", "main.cjs"}, folder

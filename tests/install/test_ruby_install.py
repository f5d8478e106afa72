"""Every generated Ruby SDK, packaged and installed the way a user gets it, on the Ruby it claims as its floor.

For each ``sdks/<api>/ruby``: ``gem build`` packs the gemspec into a temporary folder (nothing lands in
``sdks/``); the package must hold every file of the gem's ``lib/`` and its README, depend on no other
gem, and state the floor the README and RuboCop state. ``gem install --local`` puts it into a fresh
``GEM_HOME`` (no network: the gem needs the standard library only). Then, from a folder outside the
repository, under ``ruby -w`` with only ``GEM_HOME``/``GEM_PATH`` set (no ``-I``, no ``RUBYLIB``),
a script requires the gem by name, checks it came from that ``GEM_HOME`` and builds its client; and the
API's consumer program (``tests/install/consumers/<api>/ruby/consumer.rb``, when there is one) calls
the reference server. Nothing may be written to stderr: no warning of Ruby's or RubyGems'.

Ruby comes from ``ensure_ruby`` (Debian's package, installed when missing): on Debian 12 that is
3.1.2, the floor the gems state. On a machine whose Ruby is newer the install still runs there, and a
warning says so, since the floor itself was then not tried.
"""

from __future__ import annotations

import json
import re
import shutil
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from contract_lib import RefServer, start_server, stop_server

from tests.generation.toolchains.ruby import gem_of, module_of, operation_count
from tests.install.install_lib import ROOT, check, output, run, sdk_dirs, sdk_ids
from tests.sdk_ruby.ruby_toolchain import ensure_ruby

CONSUMERS = Path(__file__).resolve().parent / "consumers"
# gem build and install are quick; the time goes to starting Ruby a few times on a loaded machine.
pytestmark = pytest.mark.timeout(900)

# What the packaged gem says about itself, read from the .gem file as `gem install` reads it.
_PACKAGE_SPEC = """
require "json"
require "rubygems/package"
spec = Gem::Package.new(ARGV.fetch(0)).spec
puts JSON.generate(
  "name" => spec.name, "version" => spec.version.to_s, "required_ruby_version" => spec.required_ruby_version.to_s,
  "files" => spec.files.sort, "dependencies" => spec.dependencies.map(&:to_s), "require_paths" => spec.require_paths
)
"""

# API-neutral: require the installed gem by name, find the SDK module it defines, build its client.
_LOAD_CHECK = """# frozen_string_literal: true

require "json"

name = ARGV.fetch(0)
before = Object.constants
require name
added = (Object.constants - before).reject { |constant| Object.autoload?(constant) }
sdks = added.map { |constant| Object.const_get(constant) }
            .select { |sdk| sdk.is_a?(Module) && sdk.const_defined?(:OPERATIONS, false) }
abort("#{name} defines #{sdks.length} SDK modules: #{sdks.inspect}") unless sdks.length == 1
sdk = sdks.first
client_class = sdk.constants.map { |constant| sdk.const_get(constant, false) }
                  .find { |constant| constant.is_a?(Class) && constant < sdk::BaseClient }
abort("#{sdk} has no client class") unless client_class
# An empty token builds a client without credentials; with none at all, an SDK whose every
# operation needs one refuses to build (InvalidArgumentError), as it should.
client = client_class.new(base_url: "http://127.0.0.1:9", token: "")
resources = client_class.instance_methods(false).sort.map { |reader| [reader, client.public_send(reader).class.name] }
client.close
spec = Gem.loaded_specs[name]
puts JSON.generate(
  "ruby" => RUBY_VERSION, "module" => sdk.name, "operations" => sdk::OPERATIONS.length, "client" => client_class.name,
  "resources" => resources, "gem_dir" => spec&.full_gem_path,
  "entry" => $LOADED_FEATURES.find { |feature| feature.end_with?("/#{name}.rb") }
)
"""


def _floor(required_ruby_version: str) -> str:
    match = re.fullmatch(r">=\s*(\d+\.\d+)(?:\.0)?", required_ruby_version.strip())
    assert match, f"required_ruby_version {required_ruby_version!r} is not of the form '>= X.Y'"
    return match.group(1)


def _gemspec_floor(sdk: Path) -> str:
    gemspec = (sdk / f"{gem_of(sdk)}.gemspec").read_text()
    match = re.search(r'^\s*spec\.required_ruby_version = "([^"]+)"$', gemspec, re.M)
    assert match, f"{sdk}: the gemspec sets no required_ruby_version"
    return _floor(match.group(1))


def _check_stated_versions(sdk: Path, floor: str) -> str:
    """The README's "Supported versions" and RuboCop's TargetRubyVersion say the gemspec's floor; returns
    the Ruby release the README says it is tested on."""
    rubocop = (sdk / ".rubocop.yml").read_text()
    assert re.search(rf"^\s*TargetRubyVersion: {re.escape(floor)}$", rubocop, re.M), \
        f"{sdk}/.rubocop.yml does not target Ruby {floor}"
    readme = (sdk / "README.md").read_text()
    assert "## Supported versions" in readme, f"{sdk}/README.md has no 'Supported versions' section"
    section = readme.split("## Supported versions", 1)[1].split("\n## ", 1)[0]
    assert f"Ruby {floor} or newer" in section and f'required_ruby_version = ">= {floor}"' in section, section
    assert "The standard library only" in section, section
    tested = re.search(r"Tested on Ruby (\d+\.\d+\.\d+)", section)
    assert tested, f"the README names no Ruby release it is tested on:\n{section}"
    assert tested.group(1).startswith(f"{floor}."), f"the README says tested on {tested.group(1)}, the floor is {floor}"
    named = set(re.findall(r"\b3\.\d+(?:\.\d+)?\b", section))
    assert named == {floor, tested.group(1)}, f"the README names Ruby versions {named}; the floor is {floor}"
    return tested.group(1)


def _gem_env(work: Path) -> tuple[Path, dict[str, str]]:
    """A fresh GEM_HOME that is also the whole GEM_PATH, and nothing else that could put the SDK in reach."""
    gem_home = work / "gems"
    gem_home.mkdir()
    env = {"GEM_HOME": str(gem_home), "GEM_PATH": str(gem_home), "GEM_SPEC_CACHE": str(work / "spec_cache"),
           "RUBYOPT": "", "RUBYLIB": "", "BUNDLE_GEMFILE": ""}
    return gem_home, env


def _build(sdk: Path, work: Path, name: str) -> Path:
    before = sorted(p.name for p in sdk.iterdir())
    gem = work / "pkg" / f"{name}.gem"
    gem.parent.mkdir()
    result = check(run(["gem", "build", f"{name}.gemspec", "--output", gem], cwd=sdk))
    assert "WARNING" not in result.stdout + result.stderr, output(result)
    assert gem.is_file(), output(result)
    assert sorted(p.name for p in sdk.iterdir()) == before, "gem build left something in the SDK folder"
    return gem


def _check_package(sdk: Path, gem: Path, name: str, floor: str) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(check(run(["ruby", "-w", "-e", _PACKAGE_SPEC, gem], cwd=gem.parent)).stdout)
    assert spec["name"] == name
    assert _floor(spec["required_ruby_version"]) == floor, spec["required_ruby_version"]
    assert spec["dependencies"] == [], f"the gem depends on {spec['dependencies']}, not on the standard library only"
    assert spec["require_paths"] == ["lib"]
    expected = sorted([*(p.relative_to(sdk).as_posix() for p in (sdk / "lib").rglob("*.rb")), "README.md"])
    assert spec["files"] == expected, f"packaged {len(spec['files'])} files, the SDK has {len(expected)}"
    assert f"lib/{name}/runtime/base_client.rb" in spec["files"]
    return spec


def _ruby_here(env: dict[str, str], work: Path) -> str:
    return check(run(["ruby", "-e", "print RUBY_VERSION"], cwd=work, env=env)).stdout.strip()


def _note_when_not_the_floor(ruby: str, floor: str, tested: str) -> None:
    if ruby.split(".")[:2] != floor.split("."):
        warnings.warn(f"the Ruby gem was installed and run on Ruby {ruby}, NOT on the floor {floor} its gemspec "
                      f"states (nor on {tested}, which its README says it is tested on)", UserWarning, stacklevel=2)


def _run_ruby(script: Path, args: list[str], cwd: Path, env: dict[str, str]) -> dict[str, Any]:
    """`ruby -w script args` from `cwd`; it must succeed, write nothing to stderr and print one JSON object."""
    result = run(["ruby", "-w", script, *args], cwd=cwd, env=env, timeout=300)
    assert result.returncode == 0, output(result)
    assert result.stderr == "", f"ruby -w wrote to stderr (warnings?):\n{output(result)}"
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


# ---------------------------------------------------------------- per-API consumer expectations

AXHUB_SHOP = "0c000000-0000-4000-8000-000000000001"
AXHUB_SHOP_DEPLOYMENTS = {"0d000000-0000-4000-8000-000000000101", "0d000000-0000-4000-8000-000000000102",
                          "0d000000-0000-4000-8000-000000000103"}


def _check_axhub(report: dict[str, Any]) -> None:
    """What consumers/axhub/ruby/consumer.rb printed. The server is shared with the other languages'
    install tests, so the shop's list may have grown; the fixture's three deployments are always there."""
    page = report["page"]
    assert page["class"] == "AxHub::Models::DeploymentPage" and page["total"] >= 3, page
    assert len(page["ids"]) == 2, page
    every = report["every_id"]
    assert set(every) >= AXHUB_SHOP_DEPLOYMENTS and len(every) == len(set(every)), every
    assert report["one"] == {
        "class": "AxHub::Models::Deployment", "id": "0d000000-0000-4000-8000-000000000102", "app_id": AXHUB_SHOP,
        "status": "failed", "commit_sha": "bad0c0ffee000000000000000000000000000001",
        "started_at_class": "Time", "started_at": "2025-05-02T10:00:00Z",
        "failure_code": "build_failed", "failure_stage": "building", "image_uri": None,
    }, report["one"]
    assert report["not_found"] == {
        "class": "AxHub::NotFoundError", "status": 404, "code": "not_found",
        "operation_id": "deployGetApiV1AppsByAppIDDeploymentsByDid", "api_status_error": True,
    }, report["not_found"]
    assert report["forbidden"] == {
        "class": "AxHub::PermissionDeniedError", "status": 403, "code": "forbidden",
        "operation_id": "deployPostApiV1AppsByAppIDDeployments", "api_status_error": True,
    }, report["forbidden"]


CONSUMER_CHECKS: dict[str, Callable[[dict[str, Any]], None]] = {"axhub": _check_axhub}


# ---------------------------------------------------------------- the test


@pytest.mark.parametrize("sdk", sdk_dirs("ruby"), ids=sdk_ids("ruby"))
def test_ruby_sdk_installs(sdk: Path, install_server: RefServer, tmp_path_factory: pytest.TempPathFactory) -> None:
    ensure_ruby()
    api = sdk.parent.name
    name = gem_of(sdk)
    floor = _gemspec_floor(sdk)
    tested = _check_stated_versions(sdk, floor)

    # Outside the repository: pytest's temporary folders live under the system temp dir.
    work = tmp_path_factory.mktemp(f"install-ruby-{api}")
    assert ROOT not in work.parents
    gem = _build(sdk, work, name)
    spec = _check_package(sdk, gem, name, floor)

    gem_home, env = _gem_env(work)
    ruby = _ruby_here(env, work)
    _note_when_not_the_floor(ruby, floor, tested)
    installed = check(run(["gem", "install", "--local", "--no-document", "--install-dir", gem_home, gem],
                          cwd=work, env=env))
    assert "WARNING" not in installed.stdout + installed.stderr, output(installed)
    gem_dir = gem_home / "gems" / f"{name}-{spec['version']}"
    assert (gem_dir / "lib" / f"{name}.rb").is_file(), output(installed)
    listed = check(run(["gem", "list", "--local", "--exact", name], cwd=work, env=env)).stdout
    assert f"{name} ({spec['version']})" in listed, listed

    # A plain program in a folder of its own: `require "<gem>"` finds the installed gem, nothing else.
    project = work / "consumer"
    project.mkdir()
    load_check = project / "load_check.rb"
    load_check.write_text(_LOAD_CHECK, encoding="utf-8")
    loaded = _run_ruby(load_check, [name], project, env)
    assert loaded["ruby"] == ruby
    assert loaded["module"] == module_of(sdk) and loaded["operations"] == operation_count(sdk), loaded
    assert loaded["resources"], f"the client of {name} has no resources: {loaded}"
    assert Path(loaded["gem_dir"]) == gem_dir, loaded
    assert Path(loaded["entry"]) == gem_dir / "lib" / f"{name}.rb", loaded

    consumer_source = CONSUMERS / api / "ruby" / "consumer.rb"
    if not consumer_source.is_file():
        return  # no consumer program for this API yet: built, installed, required and its client built
    assert api in CONSUMER_CHECKS, f"{consumer_source} has no expectations in CONSUMER_CHECKS"
    consumer = project / "consumer.rb"
    shutil.copyfile(consumer_source, consumer)
    report = _run_ruby(consumer, [install_server.base_url], project, env)
    assert report["ruby"] == ruby
    assert report["gem"] == {"version": spec["version"], "spec_version": spec["version"], "gem_dir": str(gem_dir),
                             "entry": str(gem_dir / "lib" / f"{name}.rb")}, report["gem"]
    CONSUMER_CHECKS[api](report)


@pytest.fixture(scope="module")
def deplite_install_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RefServer]:
    """A Deplite reference server (in memory) for the two-SDK program: its root is the agent host, its
    user API is under /api."""
    server = start_server(tmp_path_factory.mktemp("install-deplite"), api="deplite")
    try:
        yield server
    finally:
        stop_server(server)


def test_two_ruby_sdks_in_one_program(install_server: RefServer, deplite_install_server: RefServer,
                                      tmp_path_factory: pytest.TempPathFactory) -> None:
    """Issue #16 item 9: the AxHub and Deplite gems, each built with ``gem build``, installed into one
    GEM_HOME, and one program (consumers/two_sdks/ruby/consumer.rb) under ``ruby -w`` that requires
    both and uses both clients against their reference servers, nothing on stderr."""
    ensure_ruby()
    sdks = {path.parent.name: path for path in sdk_dirs("ruby")}
    assert {"axhub", "deplite"} <= set(sdks), sorted(sdks)
    work = tmp_path_factory.mktemp("install-ruby-two-sdks")
    gem_home, env = _gem_env(work)
    versions = {}
    for api in ("axhub", "deplite"):
        sdk = sdks[api]
        name = gem_of(sdk)
        build = work / api
        build.mkdir()
        gem = _build(sdk, build, name)
        versions[name] = _check_package(sdk, gem, name, _gemspec_floor(sdk))["version"]
        installed = check(run(["gem", "install", "--local", "--no-document", "--install-dir", gem_home, gem],
                              cwd=work, env=env))
        assert "WARNING" not in installed.stdout + installed.stderr, output(installed)
    project = work / "program"
    project.mkdir()
    program = project / "consumer.rb"
    shutil.copyfile(CONSUMERS / "two_sdks" / "ruby" / "consumer.rb", program)
    report = _run_ruby(program, [install_server.base_url, deplite_install_server.base_url], project, env)
    assert report["ruby"] == _ruby_here(env, work)
    for name, version in versions.items():
        assert report["gems"][name] == {"spec_version": version,
                                        "gem_dir": str(gem_home / "gems" / f"{name}-{version}")}, report["gems"]
    assert report["separation"] == {"base_clients_differ": True, "errors_apart": True, "models_apart": True}
    assert report["axhub"] == {"page_class": "AxHub::Page", "item_class": "AxHub::Models::Deployment",
                               "missing": "AxHub::NotFoundError 404"}, report["axhub"]
    assert report["deplite"] == {"beat_class": "Deplite::Models::HeartbeatAck", "enrolled_listed": True}


def test_the_floor_is_read_from_required_ruby_version() -> None:
    assert _floor(">= 3.1") == "3.1"
    assert _floor(">=3.2.0") == "3.2"
    with pytest.raises(AssertionError, match="not of the form"):
        _floor("~> 3.1")


def test_a_ruby_other_than_the_floor_is_noted() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _note_when_not_the_floor("3.1.2", "3.1", "3.1.2")
        assert not caught
        _note_when_not_the_floor("3.3.8", "3.1", "3.1.2")
    assert [str(w.message) for w in caught] == [
        "the Ruby gem was installed and run on Ruby 3.3.8, NOT on the floor 3.1 its gemspec states "
        "(nor on 3.1.2, which its README says it is tested on)"
    ]

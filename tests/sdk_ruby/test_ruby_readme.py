"""The generated Ruby README leads with the resource methods, and its snippets run: the "Use"
block passes `ruby -c`, and every one-line call the README shows (the resource methods of the
Use block and of each operation, and the operationId methods without arguments) is run against
the generated gem with a transport that answers 204, its placeholders given values of their
arguments' types, so a call whose method, accessor, arity, keyword or value type is wrong fails
here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .ruby_toolchain import HERE, ensure_ruby, output, run

REPO = HERE.parents[1]
SDK = REPO / "sdks" / "axhub" / "ruby"
README = SDK / "README.md"

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module", autouse=True)
def ruby() -> None:
    ensure_ruby()


def use_block() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Use"):]
    match = re.search(r"```ruby\n(.*?)```", section, re.S)
    assert match, "no ruby block under ## Use"
    return match.group(1)


def resource_calls() -> list[str]:
    """Every one-line call on the client the README shows (comments dropped), by operationId or
    by resource method, except the client's own helpers."""
    lines = README.read_text(encoding="utf-8").splitlines()
    calls = {line.split(" # ")[0] for line in lines if re.match(r"client\.\w+(\.\w+)*(\([^()]*\))?( #.*)?$", line)}
    return sorted(c for c in calls if not re.match(r"client\.(request|raw_request|with_options|stream)\b", c))


def test_the_readme_leads_with_the_resource_methods() -> None:
    text = README.read_text(encoding="utf-8")
    use = text.index("## Use")
    assert text.index("client.deployments.list(app_id", use) < text.index("By operationId", use)
    assert "AXHUB_TOKEN" in use_block() and "AxHub::Client.new\n" in use_block()


def test_the_use_block_is_valid_ruby(tmp_path: Path) -> None:
    script = tmp_path / "use.rb"
    script.write_text(use_block(), encoding="utf-8")
    result = run(["ruby", "-c", str(script)], cwd=tmp_path)
    assert result.returncode == 0, output(result)


def test_every_resource_method_call_in_the_readme_runs(tmp_path: Path) -> None:
    calls = resource_calls()
    assert len(calls) >= 24, calls  # one per operation, at least
    names = sorted({name for call in calls for name in re.findall(r"[(,] ?([a-z_]\w*)(?=[,)])", call)})
    script = "\n".join([
        'require "axhub"',
        "stub = ->(_request) { AxHub::HTTPResponse.new(status: 204) }",
        'client = AxHub::Client.new(base_url: "http://127.0.0.1:9", token: "t", transport: stub, environment: {})',
        "types = AxHub::OPERATIONS.values.flat_map(&:arguments).to_h { |a| [a.name, a.type] }",
        'sample = ->(name) { { integer: 7, number: 1.5, boolean: true }.fetch(types[name], "#{name}-1") }',
        *(f"{name} = sample.call(:{name})" for name in names),
        *(f"p({call})" for call in calls),
    ]) + "\n"
    path = tmp_path / "calls.rb"
    path.write_text(script, encoding="utf-8")
    result = run(["ruby", "-w", "-I", str(SDK / "lib"), str(path)], cwd=tmp_path)
    assert result.returncode == 0, output(result) + "\n" + script
    assert result.stderr == "", output(result)
    assert len(result.stdout.splitlines()) == len(calls), output(result)

"""The generated Ruby READMEs (every API's: AxHub and Deplite) lead with the resource methods, and
their snippets run: every ```ruby block passes `ruby -c`, the blocks that need no server (the
hand-signing one) run under `ruby -w`, and every one-line call a README shows (the resource methods
of the Use block and of each operation, and the operationId methods without arguments) is run
against the generated gem with a transport that answers 204, its placeholders given values of their
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
# Every API's Ruby SDK: (gem, module, client class).
SDKS = {"axhub": ("axhub", "AxHub", "Client"), "deplite": ("deplite", "Deplite", "Client")}


def sdk_of(api: str) -> Path:
    return REPO / "sdks" / api / "ruby"


def ruby_blocks(readme: Path) -> list[str]:
    return re.findall(r"```ruby\n(.*?)```", readme.read_text(encoding="utf-8"), re.S)

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module", autouse=True)
def ruby() -> None:
    ensure_ruby()


def use_block(readme: Path = README) -> str:
    text = readme.read_text(encoding="utf-8")
    section = text[text.index("## Use"):]
    match = re.search(r"```ruby\n(.*?)```", section, re.S)
    assert match, "no ruby block under ## Use"
    return match.group(1)


def resource_calls(readme: Path = README) -> list[str]:
    """Every one-line call on the client the README shows (comments dropped), by operationId or
    by resource method, except the client's own helpers."""
    lines = readme.read_text(encoding="utf-8").splitlines()
    calls = {line.split(" # ")[0] for line in lines if re.match(r"client\.\w+(\.\w+)*(\([^()]*\))?( #.*)?$", line)}
    return sorted(c for c in calls if not re.match(r"client\.(request|raw_request|with_options|stream)\b", c))


def test_the_readme_leads_with_the_resource_methods() -> None:
    text = README.read_text(encoding="utf-8")
    use = text.index("## Use")
    assert text.index("client.deployments.list(app_id", use) < text.index("By operationId", use)
    assert "AXHUB_TOKEN" in use_block() and "AxHub::Client.new\n" in use_block()


def test_the_deplite_readme_leads_with_the_resource_methods_and_documents_hosts_and_signing() -> None:
    readme = sdk_of("deplite") / "README.md"
    text = readme.read_text(encoding="utf-8")
    use = text.index("## Use")
    assert text.index("client.triggers.list(org_id", use) < text.index("By operationId", use)
    assert "DEPLITE_TOKEN" in use_block(readme) and "Deplite::Client.new\n" in use_block(readme)
    for needle in ("`DEPLITE_AGENT_BASE_URL` | `agent_base_url:`", "`DEPLITE_SIGNING_KEY_ID`",
                   "Deplite::Client.request_signer(", "(on the `agent` host, `agent_base_url:`)",
                   "`client.jobs.wait_for`"):
        assert needle in text, needle


@pytest.mark.parametrize("api", sorted(SDKS))
def test_every_ruby_block_is_valid_ruby(api: str, tmp_path: Path) -> None:
    blocks = ruby_blocks(sdk_of(api) / "README.md")
    assert len(blocks) >= 5, blocks
    for index, block in enumerate(blocks):
        script = tmp_path / f"block_{index}.rb"
        script.write_text(block, encoding="utf-8")
        result = run(["ruby", "-c", str(script)], cwd=tmp_path)
        assert result.returncode == 0, output(result) + "\n" + block


def test_the_signing_block_runs_and_signs() -> None:
    """The README's hand-signing snippet needs no server: run it, then show its headers."""
    readme = sdk_of("deplite") / "README.md"
    (block,) = [b for b in ruby_blocks(readme) if "request_signer(" in b]
    script = f'require "deplite"\n{block}\nputs signed_headers.keys.sort.join(",")\n'
    result = run(["ruby", "-w", "-I", str(sdk_of("deplite") / "lib"), "-e", script], cwd=REPO)
    assert result.returncode == 0 and result.stderr == "", output(result)
    assert result.stdout.strip() == "X-Agent-Id,X-Nonce,X-Signature,X-Timestamp", output(result)


@pytest.mark.parametrize("api", sorted(SDKS))
def test_the_use_block_is_valid_ruby(api: str, tmp_path: Path) -> None:
    script = tmp_path / "use.rb"
    script.write_text(use_block(sdk_of(api) / "README.md"), encoding="utf-8")
    result = run(["ruby", "-c", str(script)], cwd=tmp_path)
    assert result.returncode == 0, output(result)


@pytest.mark.parametrize("api", sorted(SDKS))
def test_every_resource_method_call_in_the_readme_runs(api: str, tmp_path: Path) -> None:
    gem, module, client = SDKS[api]
    sdk = sdk_of(api)
    calls = resource_calls(sdk / "README.md")
    operations = len(re.findall(r"^    \S+ => Operation\.new\(", (sdk / "lib" / gem / "operations.rb").read_text(),
                                re.M))
    assert operations and len(calls) >= operations, (operations, calls)  # one per operation, at least
    found = {name for call in calls for name in re.findall(r"(?:[(,]|: ) ?([a-z_]\w*)(?=[,)])", call)}
    names = sorted(found - {"true", "false", "nil"})
    script = "\n".join([
        f'require "{gem}"',
        f"stub = ->(_request) {{ {module}::HTTPResponse.new(status: 204) }}",
        f'client = {module}::{client}.new(base_url: "http://127.0.0.1:9", token: "t", transport: stub,',
        "                          environment: {})",
        f"types = {module}::OPERATIONS.values.flat_map(&:arguments).to_h {{ |a| [a.name, a.type] }}",
        # a value of each placeholder's type: a list [], a map {}, else a number, a flag or a String
        "sample = lambda do |name|",
        "  type = types[name]",
        "  next(type.first == :array ? [] : {}) if type.is_a?(Array)",
        '  { integer: 7, number: 1.5, boolean: true }.fetch(type, "#{name}-1")',
        "end",
        *(f"{name} = sample.call(:{name})" for name in names),
        *(f"p({call})" for call in calls),
    ]) + "\n"
    path = tmp_path / "calls.rb"
    path.write_text(script, encoding="utf-8")
    result = run(["ruby", "-w", "-I", str(sdk / "lib"), str(path)], cwd=tmp_path)
    assert result.returncode == 0, output(result) + "\n" + script
    assert result.stderr == "", output(result)
    assert len(result.stdout.splitlines()) == len(calls), output(result)

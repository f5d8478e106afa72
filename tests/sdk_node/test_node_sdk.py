"""The committed Node SDK (sdks/axhub/node): generated as committed, type-checks under the strictest
settings with no warning, builds its declarations, and passes its unit tests (node:test against a
local node:http server). Also the Node target's own checks: aliases, escaping, names."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator import ir
from generator.cli import load, main
from generator.diagnostics import SpecError
from generator.targets import TARGETS
from generator.targets.base import render_target
from generator.targets.node.literals import ts_value
from generator.targets.node.readme import example_args
from generator.targets.node.symbols import RUNTIME_EXPORTS

from .node_toolchain import (
    copy_sdk,
    ensure_tooling,
    link_modules,
    package_name,
    report,
    run,
    tsc,
)

REPO = Path(__file__).resolve().parents[2]
SDK = REPO / "sdks" / "axhub" / "node"
HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A temp folder with the SDK copied in and built by its own build script (both module forms,
    dist/esm and dist/cjs, with .d.ts), and the tests beside it."""
    ensure_tooling()
    root = tmp_path_factory.mktemp("node")
    sdk = copy_sdk(SDK, root / "sdk")
    link_modules(root, {package_name(SDK): sdk})
    built = run(["node", str(sdk / "scripts" / "build.mjs")], cwd=sdk)
    assert built.returncode == 0, "the SDK's build failed:\n" + report(built)
    assert built.stdout.strip() == "" and built.stderr.strip() == "", "the build printed warnings:\n" + report(built)
    tests = root / "tests"
    tests.mkdir()
    shutil.copytree(HERE / "src", tests / "src")
    shutil.copy(HERE / "tsconfig.json", tests / "tsconfig.json")
    (tests / "package.json").write_text('{"private": true, "type": "module"}\n')
    return root


def test_generated_sdk_is_current() -> None:
    """`sdkgen check` compares sdks/axhub/node with a fresh render (no stray build output either)."""
    assert main(["check", "--lang", "node", "--out", str(REPO / "sdks"), "--spec", str(REPO / "spec")]) == 0
    for stray in ("node_modules", "dist", "package-lock.json"):
        assert not (SDK / stray).exists(), f"{SDK / stray} must not be left in the generated SDK"


def test_sdk_builds_with_declarations(workspace: Path) -> None:
    dist = workspace / "sdk" / "dist"
    for form in ("esm", "cjs"):
        for name in ("index.js", "index.d.ts", "client.d.ts", "models.d.ts", "runtime/client.d.ts"):
            assert (dist / form / name).is_file(), f"{form}/{name}"
    assert json.loads((dist / "cjs" / "package.json").read_text()) == {"type": "commonjs"}
    manifest = json.loads((SDK / "package.json").read_text())
    assert manifest["type"] == "module"
    assert manifest["exports"]["."] == {
        "import": {"types": "./dist/esm/index.d.ts", "default": "./dist/esm/index.js"},
        "require": {"types": "./dist/cjs/index.d.ts", "default": "./dist/cjs/index.js"},
    }
    assert "dependencies" not in manifest  # zero runtime dependencies
    # Built by the publisher's `npm pack`, never when a user installs the package.
    assert manifest["scripts"]["prepack"] == "node scripts/build.mjs"
    assert not {"preinstall", "install", "postinstall", "prepare"} & set(manifest["scripts"])


def test_both_module_forms_load_the_same_names(workspace: Path) -> None:
    """`require` gets the CommonJS build and `import` the ES module one, with the same exports."""
    script = (
        "const cjs = require('@axhub/sdk');"
        "import('@axhub/sdk').then((esm) => {"
        " const a = Object.keys(cjs).filter((k) => k !== '__esModule').sort().join(',');"
        " const b = Object.keys(esm).sort().join(',');"
        " console.log(a === b ? 'same ' + Object.keys(esm).length : 'differ: ' + a + ' / ' + b);"
        " console.log(require.resolve('@axhub/sdk'));"
        "});"
    )
    result = run(["node", "-e", script], cwd=workspace / "tests")
    assert result.returncode == 0, report(result)
    lines = result.stdout.split("\n")
    assert re.fullmatch(r"same \d+", lines[0]), report(result)
    assert lines[1].endswith("/dist/cjs/index.js"), report(result)


def test_unit_tests_pass(workspace: Path) -> None:
    tests = workspace / "tests"
    compiled = tsc("-p", str(tests / "tsconfig.json"))
    assert compiled.returncode == 0, "tsc on the tests failed:\n" + report(compiled)
    files = sorted(str(p) for p in (tests / "dist").glob("*.test.js"))
    assert len(files) >= 5, files
    result = run(["node", "--test", "--test-reporter=spec", *files], cwd=tests)
    assert result.returncode == 0, "node --test failed:\n" + report(result)
    assert re.search(r"^\S*\s*fail 0\s*$", result.stdout, re.M), report(result)


def test_runtime_exports_are_reserved() -> None:
    """Model names avoid every name the runtime exports (src/index.ts re-exports both)."""
    index = (REPO / "templates" / "node" / "runtime" / "index.ts").read_text()
    exported: set[str] = set()
    for block in re.findall(r"export (?:type )?\{([^}]*)\}", index):
        exported |= {name.strip() for name in block.split(",") if name.strip()}
    for module in re.findall(r'export \* from "\./([a-z]+)\.js"', index):
        text = (REPO / "templates" / "node" / "runtime" / f"{module}.ts").read_text()
        exported |= set(re.findall(r"^export (?:abstract )?(?:class|function|const|interface|type) (\w+)", text, re.M))
    assert exported <= RUNTIME_EXPORTS, sorted(exported - RUNTIME_EXPORTS)


# ---------------------------------------------------------------- the target on other specs

HOSTILE = r"""
openapi: 3.1.0
info: {title: "Hostile */ ${x} \" \\ API", version: "1.0.0", description: "ends */ a string \" ` ${injected} \u2028"}
servers: [{url: "http://127.0.0.1:1/a\"b"}]
paths:
  /things/{thing-id}:
    get:
      operationId: get-thing
      summary: "Reads */ a \" thing \\ ${x} \u2029"
      tags: ["class", "constructor"]
      parameters:
        - {name: thing-id, in: path, required: true, schema: {type: string}}
        - {name: "x-weird\"header", in: header, schema: {type: string}}
        - {name: delete, in: query, description: "*/ console.log(1) /*", schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
  /events:
    get:
      operationId: events
      tags: [feed]
      responses:
        "200":
          description: a stream
          content:
            text/event-stream:
              schema: {type: string}
  /promise:
    post:
      operationId: then
      tags: ["then"]
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Record"}
      responses:
        "204": {description: none}
components:
  schemas:
    Error:
      type: object
      description: "*/ export const pwned = 1; /*"
      required: ["a\"b", "constructor"]
      properties:
        "a\"b": {type: string, enum: ["x\"y", "*/", "${z}", "\\", "2fa", "", "then"]}
        constructor: {type: [string, "null"]}
        "weird key": {type: array, items: {$ref: "#/components/schemas/Error"}}
    Record:
      type: object
      additionalProperties: {type: integer}
      properties:
        Promise: {type: string, const: "a\"\u2028b"}
"""


def _generate(tmp_path: Path, text: str) -> tuple[int, Path]:
    spec = tmp_path / "hostile.yaml"
    spec.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    status = main(["generate", "--spec", str(spec), "--lang", "node", "--out", str(out)])
    return status, out / "hostile" / "node"


def test_hostile_spec_strings_are_escaped_and_compile(tmp_path: Path) -> None:
    status, root = _generate(tmp_path, HOSTILE)
    assert status == 0
    link_modules(root)
    result = tsc("-p", str(root / "tsconfig.json"), "--noEmit")
    assert result.returncode == 0, report(result)
    models = (root / "src" / "models.ts").read_text()
    assert "export const pwned" not in models.replace("*\\/ export const pwned", "")
    assert "ErrorModel" in models and "RecordModel" in models  # globals are not shadowed
    feed = (root / "src" / "resources" / "feed.ts").read_text()
    assert "streamEvents(" in feed and "AsyncGenerator<ServerSentEvent, void, undefined>" in feed


def _alias_spec(aliases: list[str]) -> str:
    paths = []
    for index, alias in enumerate(aliases):
        paths.append(
            f"  /r{index}:\n    get:\n      operationId: op{index}\n      tags: [things]\n"
            f"      x-sdkgen-node-alias: {json.dumps(alias)}\n"
            "      responses:\n        '204': {description: none}\n"
        )
    return "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n" + "".join(paths)


@pytest.mark.parametrize(
    ("aliases", "code", "message"),
    [
        # Pinned names that collide in every language: the neutral pass refuses them on loading.
        (["things.a.b", "things.a"], "method-name-collision", "'things.a' of op1 is already a namespace"),
        (["things.a", "things.a.b"], "method-name-collision",
         "'things.a.b' of op1 is already the name of op0, not a namespace"),
        (["things.getX", "things.get_x"], "method-name-collision", "'things.get_x' of op1 is already the name of op0"),
        (["single"], "extension-invalid", "'single' needs a resource and a method name"),
        (["things.2fa"], "extension-invalid", "segment '2fa' must start with a letter"),
        # Collisions only Node has: its operationId methods, client members, Object members.
        (["things.op1", "x.y"], "node-alias-collision", "`things.op1` is already the method of op1"),
        (["request.x"], "node-alias-collision", "the client already has a member named 'request'"),
        (["things.toString"], "node-alias-invalid", "'toString' is not a usable member name"),
    ],
)
def test_alias_collisions_are_diagnostics(tmp_path: Path, aliases: list[str], code: str, message: str) -> None:
    status, root = _generate(tmp_path, _alias_spec(aliases))
    assert status == 2
    assert not root.exists()
    with pytest.raises(SpecError) as caught:
        loaded = load(tmp_path / "hostile.yaml", strict=False)
        render_target(TARGETS["node"], loaded.api, loaded.settings)
    found = [d for d in caught.value.diagnostics if d.code == code]
    text = "\n".join(d.format() for d in found)
    assert message in text and "#/paths/~1r" in text and "x-sdkgen-node-alias" in text, text


def test_old_alias_words_are_cased_for_node(tmp_path: Path) -> None:
    """x-sdkgen-node-alias is read as x-sdkgen-method: its segments are words, cased by Node (with a
    deprecation warning); `bad-name` was refused before the neutral name and is `badName` now."""
    status, root = _generate(tmp_path, _alias_spec(["things.bad-name", "other.get_thing"]))
    assert status == 0
    resource = (root / "src" / "resources" / "things.ts").read_text()
    namespaces = (root / "src" / "namespaces.ts").read_text()
    assert "  badName(\n" in resource and "  getThing(\n" in namespaces
    loaded = load(tmp_path / "hostile.yaml", strict=False)
    assert [d.code for d in loaded.diagnostics] == ["extension-deprecated"] * 2


def test_aliases_merge_into_resources_and_compile(tmp_path: Path) -> None:
    status, root = _generate(tmp_path, _alias_spec(["things.list", "things.deep.get", "other.named.call_"]))
    assert status == 0
    link_modules(root)
    result = tsc("-p", str(root / "tsconfig.json"), "--noEmit")
    assert result.returncode == 0, report(result)
    resource = (root / "src" / "resources" / "things.ts").read_text()
    assert "  list(\n" in resource and "  op0(\n" in resource and "readonly deep: ThingsDeepNamespace;" in resource


def test_operations_carry_their_security_schemes(tmp_path: Path) -> None:
    """Each operation lists the schemes it accepts (an empty list: none); a spec without schemes
    gives no list, so the runtime sends a token to every operation."""
    out = tmp_path / "out"
    spec = REPO / "tests" / "generation" / "cases" / "security.yaml"
    assert main(["generate", "--spec", str(spec), "--lang", "node", "--out", str(out)]) == 0
    operations = (out / "security" / "node" / "src" / "operations.ts").read_text()
    found = dict(re.findall(r'^    operationId: "(\w+)",\n(?:    .*\n)*?    security: (.*),$', operations, re.M))
    assert found == {
        "withBearer": '[{ kind: "http", scheme: "bearer" }]',
        "withBasic": '[{ kind: "http", scheme: "basic" }]',
        "withHeaderKey": '[{ kind: "apiKey", location: "header", name: "X-API-Key" }]',
        "withQueryKey": '[{ kind: "apiKey", location: "query", name: "api_key" }]',
        "withCookieKey": '[{ kind: "apiKey", location: "cookie", name: "session_key" }]',
        "withOauth": '[{ kind: "oauth2", tokenUrl: "https://auth.example.com/token" }]',
        "publicCall": "[]",
    }
    status, root = _generate(tmp_path, _alias_spec(["things.list"]))
    assert status == 0
    assert "security:" not in (root / "src" / "operations.ts").read_text()


def test_readme_example_arguments() -> None:
    """The README's call gets placeholder strings for the required parameters (path ones first), and
    no example call when a required parameter is not a string (a placeholder would not compile)."""
    text = ir.Primitive("string")

    def op(*params: ir.Parameter) -> ir.Operation:
        return ir.Operation("op", "GET", "/x", "r", parameters=list(params))

    def printed(operation: ir.Operation) -> str | None:
        args = example_args(operation)
        return None if args is None else ", ".join(ts_value(a) for a in args)

    assert printed(op()) == ""
    assert printed(op(ir.Parameter("id", "path", text, True),
                      ir.Parameter("limit", "query", ir.Primitive("integer"), False))) == '{ id: "<id>" }'
    assert printed(op(ir.Parameter("q", "query", text, True))) == 'null, { q: "<q>" }'
    assert printed(op(ir.Parameter("a-b", "path", text, True), ir.Parameter("X-Key", "header", text, True))) \
        == '{ "a-b": "<a-b>" }, { "X-Key": "<X-Key>" }'
    assert printed(op(ir.Parameter("n", "path", ir.Primitive("integer"), True))) is None
    assert printed(op(ir.Parameter("f", "query", ir.Primitive("string", "binary"), True))) is None
    readme = (SDK / "README.md").read_text(encoding="utf-8")
    assert 'await sdk.deployments.deployGetApiV1AppsByAppIDDeployments({ appID: "<appID>" });' in readme


def test_readme_snippets_compile(workspace: Path) -> None:
    """Every ```ts block of the generated README (the resource methods first, the seed form beside
    them) compiles under the strict settings of the tests, against the built SDK."""
    readme = (SDK / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```ts\n(.*?)^```$", readme, re.M | re.S)
    assert len(blocks) >= 2, blocks
    assert "sdk.deployments.list(" in blocks[0] and "sdk.deployments.get(" in blocks[0]  # the new surface leads
    assert "sdk.request(" in blocks[1]  # the seed form beside it
    folder = workspace / "readme"
    (folder / "src").mkdir(parents=True)
    for index, block in enumerate(blocks):
        (folder / "src" / f"snippet{index}.ts").write_text(block, encoding="utf-8")
    shutil.copy(HERE / "tsconfig.json", folder / "tsconfig.json")
    (folder / "package.json").write_text('{"private": true, "type": "module"}\n')
    compiled = tsc("-p", str(folder / "tsconfig.json"), "--noEmit")
    assert compiled.returncode == 0, "the README's snippets do not compile:\n" + report(compiled)

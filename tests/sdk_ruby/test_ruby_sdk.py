"""The generated Ruby SDK (sdks/axhub/ruby) through Ruby's own tools: every file compiled with
warnings on, the gem loaded with warnings on, RuboCop, `gem build`, and the minitest suite of
tests/sdk_ruby/test against a local server. Also: the output is current, the runtime manifest is
complete, and a hostile spec cannot break or inject code."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.targets.ruby import (
    RUBY_FLOOR,
    RUNTIME_FILES,
    STANDARD_LIBRARY,
    comment_lines,
    rb_comment,
    rb_literal,
    rb_string,
    rb_string_split,
)

from .ruby_toolchain import CHECK_SCRIPT, HERE, ensure_ruby, output, run

REPO = HERE.parents[1]
SDK = REPO / "sdks" / "axhub" / "ruby"
RUNTIME = REPO / "templates" / "ruby" / "runtime"

pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module", autouse=True)
def ruby() -> None:
    ensure_ruby()


def check(*paths: Path, loads: dict[Path, str] | None = None) -> dict[str, Any]:
    """check_ruby.rb over `paths`: compile every file with warnings on, then require each gem."""
    args = ["ruby", str(CHECK_SCRIPT)]
    for lib, feature in (loads or {}).items():
        args += ["--load", f"{lib}={feature}"]
    result = run([*args, *map(str, paths)], cwd=REPO)
    assert result.returncode == 0, output(result)
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_the_runtime_manifest_names_every_runtime_file() -> None:
    files = sorted(p.relative_to(RUNTIME).with_suffix("").as_posix() for p in RUNTIME.rglob("*.rb"))
    assert sorted(RUNTIME_FILES) == files
    assert len(set(RUNTIME_FILES)) == len(RUNTIME_FILES)


def test_the_committed_sdk_is_current() -> None:
    assert main(["check", "--spec", str(REPO / "spec" / "axhub"), "--lang", "ruby", "--out", str(REPO / "sdks")]) == 0


def test_every_file_compiles_and_the_gem_loads_without_warnings() -> None:
    report = check(SDK, HERE, loads={SDK / "lib": "axhub"})
    assert report["files"] > 60
    assert report["gems"]["axhub"]["operations"] == 24


def test_rubocop_is_clean() -> None:
    result = run(["rubocop", "--format", "simple", "--no-color"], cwd=SDK)
    assert result.returncode == 0, output(result)
    consumers = REPO / "tests" / "install" / "consumers"
    result = run(["rubocop", "--format", "simple", "--no-color", "-c", str(SDK / ".rubocop.yml"), str(HERE),
                  str(consumers)], cwd=REPO)
    assert result.returncode == 0, output(result)


def test_gem_build_has_no_warnings(tmp_path: Path) -> None:
    result = run(["gem", "build", "axhub.gemspec", "--output", str(tmp_path / "axhub.gem")], cwd=SDK)
    assert result.returncode == 0, output(result)
    assert "WARNING" not in result.stdout + result.stderr, output(result)
    assert (tmp_path / "axhub.gem").is_file()
    assert not list(SDK.glob("*.gem"))


def test_the_minitest_suite_passes_with_warnings_on() -> None:
    deplite = REPO / "sdks" / "deplite" / "ruby" / "lib"  # test_hosts_and_signing: hosts and the signature
    result = run(["ruby", "-w", "-I", str(SDK / "lib"), "-I", str(deplite), str(HERE / "run_tests.rb")], cwd=REPO)
    assert result.returncode == 0, output(result)
    assert re.search(r"\d+ runs, \d+ assertions, 0 failures, 0 errors, 0 skips", result.stdout), output(result)
    warnings = [line for line in result.stderr.splitlines() if "warning:" in line]
    assert not warnings, output(result)


def test_generated_security_and_event_streams_work_end_to_end(tmp_path: Path) -> None:
    """The gems of cases/security.yaml and cases/params_bodies.yaml, through their generated
    methods, against the local server (tests/sdk_ruby/cases)."""
    libs = []
    for case in ("security.yaml", "params_bodies.yaml"):
        spec = REPO / "tests" / "generation" / "cases" / case
        assert main(["generate", "--spec", str(spec), "--lang", "ruby", "--out", str(tmp_path)]) == 0
        libs += ["-I", str(tmp_path / Path(case).stem / "ruby" / "lib")]
    script = HERE / "cases" / "test_generated_cases.rb"
    result = run(["ruby", "-w", "-I", str(SDK / "lib"), *libs, str(script)], cwd=REPO)
    assert result.returncode == 0, output(result)
    assert re.search(r"[1-9]\d* runs, \d+ assertions, 0 failures, 0 errors, 0 skips", result.stdout), output(result)
    assert "warning:" not in result.stderr, output(result)


# ---------------------------------------------------------------- the Ruby floor

# What Ruby 3.1 (the floor) does not have, as it would appear in code: core and standard-library
# methods added in 3.2 or later, `Data`, `it`, anonymous argument forwarding (3.2), an anonymous
# block parameter beside keyword parameters (which 3.1.2 refuses). `ruby -wc` on 3.1.2 and RuboCop
# (TargetRubyVersion 3.1) catch the syntax; this also catches the methods, whatever Ruby runs the tests.
NEWER_THAN_THE_FLOOR = {
    "Data (3.2)": r"\bData\.define\b",
    "String#bytesplice/byteindex/byterindex (3.2)": r"\.(?:bytesplice|byteindex|byterindex)\b",
    "Integer#ceildiv (3.2)": r"\.ceildiv\b",
    "MatchData#byteoffset (3.2), #bytebegin/#byteend (3.4)": r"\.(?:byteoffset|bytebegin|byteend)\b",
    "Class#attached_object (3.2)": r"\battached_object\b",
    "ObjectSpace::WeakKeyMap (3.3)": r"\bWeakKeyMap\b",
    "URI.encode_uri_component (3.2)": r"\b(?:en|de)code_uri_component\b",
    "SecureRandom.uuid_v4/uuid_v7 (3.3)": r"\buuid_v[47]\b",
    "Regexp timeouts, Regexp.linear_time? (3.2)": r"\bRegexp\.(?:timeout|linear_time\?)|Regexp\.new\([^)]*timeout:",
    "Exception#detailed_message (3.2)": r"\bdetailed_message\b",
    "Module#set_temporary_name (3.3)": r"\bset_temporary_name\b",
    "Range#overlap? (3.3)": r"\.overlap\?",
    "Hash.new(capacity:) (3.4)": r"Hash\.new\(\s*capacity:",
    "Enumerator.product (3.2)": r"\bEnumerator(?:\.product|::Product)\b",
    "Time.new(String) (3.2)": r"\bTime\.new\(\s*[\"']",
    "Queue#pop(timeout:) (3.2)": r"\.pop\(\s*timeout:",
    "it (3.4)": r"(?<![\w.:@$])it(?![\w?!:])(?!\s*[\"'(])",
    "anonymous * or ** forwarding (3.2)": r"^(?!\s*def\b)[^|\n]*[(,]\s*\*{1,2}\s*[),]",
    "an anonymous block parameter beside keyword parameters (3.1.2 refuses it)": r"\bdef\s[^(]*\([^)]*\w:[^)]*&\)",
}
# A standard-library constant the code names -> the feature that defines it (on 3.1, Set too).
FEATURES = {r"\bSet\b": "set", r"\bJSON\b": "json", r"\bURI\b": "uri", r"\bNet::HTTP": "net/http",
            r"\bSecureRandom\b": "securerandom", r"\bZlib\b": "zlib", r"\bOpenSSL\b": "openssl",
            r"\bDate(?:Time)?\b": "date", r"\.(?:iso8601|httpdate)\b": "time"}


def ruby_code(path: Path) -> str:
    """The code of a Ruby file with its comments and the text of its string literals taken out (roughly:
    enough for the patterns above, which look for names and punctuation)."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = re.sub(r'"(?:[^"\\]|\\.)*"', '""', line)
        line = re.sub(r"'(?:[^'\\]|\\.)*'", "''", line)
        lines.append(re.sub(r"#(?![{@$]).*", "", line))
    return "\n".join(lines)


def ruby_sources() -> list[Path]:
    roots = [RUNTIME, REPO / "templates" / "ruby" / "lib", HERE, REPO / "tests" / "contract" / "runners" / "ruby",
             REPO / "tests" / "install" / "consumers"]
    found = [path for root in roots for path in sorted(root.rglob("*")) if path.suffix in (".rb", ".jinja")]
    return [path for path in found if path.suffix == ".rb" or path.name.endswith(".rb.jinja")]


def test_the_floor_is_the_one_the_toolchain_and_the_gem_state() -> None:
    assert RUBY_FLOOR == "3.1"
    assert f'required_ruby_version = ">= {RUBY_FLOOR}"' in (SDK / "axhub.gemspec").read_text(encoding="utf-8")
    assert f"TargetRubyVersion: {RUBY_FLOOR}\n" in (SDK / ".rubocop.yml").read_text(encoding="utf-8")


def test_the_patterns_find_what_they_look_for(tmp_path: Path) -> None:
    samples = {
        "Data (3.2)": "Point = Data.define(:x, :y)",
        "String#bytesplice/byteindex/byterindex (3.2)": "text.byteindex(\"a\")",
        "URI.encode_uri_component (3.2)": "URI.encode_uri_component(value)",
        "it (3.4)": "items.map { it * 2 }",
        "anonymous * or ** forwarding (3.2)": "  other(*)",
        "an anonymous block parameter beside keyword parameters (3.1.2 refuses it)": "def lines(final:, &)",
    }
    for what, line in samples.items():
        source = tmp_path / "sample.rb"
        source.write_text(f"# {what}\n{line} # a comment\n", encoding="utf-8")
        assert re.search(NEWER_THAN_THE_FLOOR[what], ruby_code(source), re.M), (what, line)
    innocent = tmp_path / "innocent.rb"
    innocent.write_text('def call(*, **)\n  rows.each { |a, *, b| b }\n  "it" # it is fine\n  it "works"\nend\n',
                        encoding="utf-8")
    code = ruby_code(innocent)
    assert not [what for what, pattern in NEWER_THAN_THE_FLOOR.items() if re.search(pattern, code, re.M)]


def test_nothing_newer_than_the_floor_is_used() -> None:
    sources = ruby_sources()
    assert len(sources) > 30
    found = []
    for path in sources:
        code = ruby_code(path)
        for what, pattern in NEWER_THAN_THE_FLOOR.items():
            found += [f"{path.relative_to(REPO)}: {what}: {m.group(0)!r}" for m in re.finditer(pattern, code, re.M)]
    assert not found, "\n".join(found)


def test_the_entry_file_requires_every_standard_library_feature_the_runtime_uses() -> None:
    runtime = "\n".join(ruby_code(path) for path in sorted(RUNTIME.rglob("*.rb")))
    used = {feature for pattern, feature in FEATURES.items() if re.search(pattern, runtime)}
    assert used <= set(STANDARD_LIBRARY), f"the runtime uses {sorted(used - set(STANDARD_LIBRARY))} unrequired"
    entry = (SDK / "lib" / "axhub.rb").read_text(encoding="utf-8")
    assert re.findall(r'^require "([^"]+)"$', entry, re.M) == list(STANDARD_LIBRARY)


# ---------------------------------------------------------------- escaping


def test_string_literals_escape_everything_that_could_break_out() -> None:
    assert rb_string('a"b\\c#{x}#@y#$z') == '"a\\"b\\\\c\\#{x}\\#@y\\#$z"'
    assert rb_string("line\nnext\r\t\x01\u2028\ufeff") == '"line\\nnext\\r\\t\\u0001\\u2028\\uFEFF"'
    assert rb_string("\ud800") == '"\ufffd"'
    assert rb_literal({"k": [1, 2.5, None, True, float("inf")]}) == '{ "k" => [1, 2.5, nil, true, Float::INFINITY] }'


def test_a_long_string_split_across_lines_is_the_same_value_and_fits() -> None:
    values = ['"' * 70 + "\\" * 9 + "#{x}#$y#@z" * 6, "ünïcode \u2028 \x01 " * 12, "x" * 300, "#" + "{" * 200]
    pairs = [(text, rb_string_split(text, 40, 100)) for text in values]
    for _, literal in pairs:
        lines = literal.split("\n")
        assert len(lines) > 1 and len(lines[0]) <= 40 + 2 and all(len(line) <= 8 + 100 + 2 for line in lines)
    script = "require 'json'\nputs JSON.generate([" + ", ".join(literal for _, literal in pairs) + "])\n"
    result = run(["ruby", "-w", "-e", script], cwd=REPO)
    assert result.returncode == 0 and not result.stderr, output(result)
    assert json.loads(result.stdout) == [text for text, _ in pairs]


def test_comments_stay_comments() -> None:
    text = "first\nend; raise 'x'\n=begin\n__END__\nshareable_constant_value: literal\n-*- coding: ascii -*-"
    lines = rb_comment(text, 4).split("\n")
    assert all(line.lstrip().startswith("#") for line in lines)
    assert "| shareable_constant_value: literal" in "\n".join(lines)
    assert "| -*- coding: ascii -*-" in "\n".join(lines)
    long = comment_lines("word " * 100, 40)
    assert all(len(line) <= 40 for line in long)


HOSTILE = '"; raise "INJECTED"; "\n#{raise "INJECTED"}\nend; raise "INJECTED"\n=begin\n*/ \u2028 \x01 \\'


def hostile_spec() -> dict[str, Any]:
    text = HOSTILE
    enum_values = ["plain", text, "#{1}", "a\"b", "", "1st", "VALUES", "ünïcode", "\ud800"]
    return {
        "openapi": "3.1.0",
        "info": {"title": text, "version": "1.0.0", "description": text + "\nshareable_constant_value: literal"},
        "servers": [{"url": 'https://example.com/"#{x}'}],
        "tags": [{"name": "class", "description": text}],
        "paths": {
            "/items/{id}/#@x\"q\\": {
                "get": {
                    "operationId": "list#{Items}\"; raise",
                    "tags": ["class"],
                    "summary": text,
                    "description": text,
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"},
                         "description": text},
                        {"name": "q\"#{x}", "in": "query", "schema": {"type": "string", "enum": enum_values},
                         "description": text},
                        {"name": "X-Hdr\"", "in": "header", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": text,
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Hash"}}},
                        }
                    },
                    "x-sdkgen-waiter": {"name": text, "field": text, "terminal": [text, "done"]},
                }
            }
        },
        "components": {
            "schemas": {
                "Hash": {
                    "type": "object",
                    "description": text,
                    "required": ["class"],
                    "properties": {
                        "class": {"type": "string", "description": text, "default": text},
                        "to_h": {"type": "string"},
                        "raise": {"type": "integer"},
                        "1abc": {"type": "boolean"},
                        "": {"type": "string"},
                        "x\"#{y}": {"type": "string", "enum": enum_values},
                        "Model": {"$ref": "#/components/schemas/Model"},
                    },
                },
                "Model": {"type": "string", "enum": enum_values, "description": text},
                "Time": {"oneOf": [{"$ref": "#/components/schemas/Hash"}, {"type": "string"}], "description": text},
            }
        },
    }


def test_a_hostile_spec_generates_code_that_loads_and_keeps_every_value(tmp_path: Path) -> None:
    spec = tmp_path / "hostile.json"
    spec.write_text(json.dumps(hostile_spec()), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(spec), "--lang", "ruby", "--out", str(out)]) == 0
    root = out / "hostile" / "ruby"
    report = check(root, loads={root / "lib": "hostile"})
    assert report["gems"]["hostile"]["operations"] == 1
    script = (
        'require "hostile"; require "json"; op = Hostile::OPERATIONS.values.first; '
        "puts JSON.generate([Hostile::OPERATIONS.keys, op.path, op.params.map(&:name), "
        "Hostile::Models::ModelModel::VALUES, Hostile::Models::HashModel.attributes.keys, "
        "Hostile::Models::HashModel.attributes.values.map(&:wire), Hostile::Client.default_base_url, "
        "Hostile::Client.instance_methods(false)])"
    )
    result = run(["ruby", "-w", "-I", str(root / "lib"), "-e", script], cwd=tmp_path)
    assert result.returncode == 0 and not result.stderr, output(result)
    keys, path, params, values, attributes, wires, base_url, resources = json.loads(result.stdout)
    assert keys == ["list#{Items}\"; raise"]
    assert path == "/items/{id}/#@x\"q\\"
    assert params == ["id", "q\"#{x}", "X-Hdr\""]
    assert values == ["plain", HOSTILE, "#{1}", "a\"b", "", "1st", "VALUES", "ünïcode", "\ufffd"]
    assert wires == ["class", "to_h", "raise", "1abc", "", "x\"#{y}", "Model"]
    assert attributes == ["class_", "to_h_", "raise_", "field_1abc", "field", "x_y", "model"]
    assert base_url == 'https://example.com/"#{x}'
    assert resources == ["class_"]
    for source in root.rglob("*.rb"):
        text = source.read_text(encoding="utf-8")
        assert not re.search(r"^\s*#\s*shareable_constant_value", text, re.M), source
        assert "\u2028" not in text, source

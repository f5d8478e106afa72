"""Every Ruby call the reference sites show is checked against the SDK it documents: the calls come
from the provider the pages print (generator/targets/docs/calls/ruby.py). Each is wrapped in a
method whose parameters are the values it needs and the file passes `ruby -wc` (syntax, no
warning); then a script loads the gem, builds a client and, for every call, follows its accessors
with respond_to?, finds its method and checks the arguments against Method#parameters (how many
positional ones, which keywords, every required keyword given)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.build import load_api
from generator.diagnostics import Diagnostics
from generator.settings import load_settings
from generator.targets.docs.calls.ruby import ruby_calls
from generator.targets.ruby.view import RubyView
from tests.sdk_ruby.ruby_toolchain import output, run

ROOT = Path(__file__).resolve().parents[2]
APIS = sorted(p.parent for p in (ROOT / "spec").glob("*/openapi.yaml"))
CALL = re.compile(r"^client\.([\w.]+)\.(\w+[?!]?)\((.*?)\)(?: *\.each \{ \|item\| puts item \})?$")

CHECKER = r"""
$LOAD_PATH.unshift(ARGV.fetch(0))
require ARGV.fetch(1)
require "json"

client = Object.const_get(ARGV.fetch(2)).new(base_url: "http://127.0.0.1:9", token: "t")
failures = []
JSON.parse(File.read(ARGV.fetch(3))).each do |call|
  target = client
  missing = call["chain"].find do |accessor|
    next true unless target.respond_to?(accessor)

    target = target.public_send(accessor)
    false
  end
  if missing
    failures << "#{call['label']}: no accessor #{missing}"
    next
  end
  unless target.respond_to?(call["method"])
    failures << "#{call['label']}: #{target.class} has no method #{call['method']}"
    next
  end
  parameters = target.method(call["method"]).parameters
  required = parameters.count { |kind, _| kind == :req }
  optional = parameters.count { |kind, _| kind == :opt }
  rest = parameters.any? { |kind, _| kind == :rest }
  given = call["positional"]
  if given < required || (!rest && given > required + optional)
    failures << "#{call['label']}: #{given} positional argument(s), #{call['method']} takes #{parameters.inspect}"
  end
  named = parameters.select { |kind, _| %i[key keyreq].include?(kind) }.map { |_, name| name.to_s }
  keyrest = parameters.any? { |kind, _| kind == :keyrest }
  unknown = call["keywords"].reject { |k| named.include?(k) || keyrest }
  failures << "#{call['label']}: unknown keyword(s) #{unknown.join(', ')}" unless unknown.empty?
  absent = parameters.select { |kind, _| kind == :keyreq }.map { |_, name| name.to_s } - call["keywords"]
  failures << "#{call['label']}: required keyword(s) #{absent.join(', ')} not given" unless absent.empty?
end
puts failures
puts "checked #{JSON.parse(File.read(ARGV.fetch(3))).size} calls"
exit(failures.empty? ? 0 : 1)
"""


def site_calls(spec: Path) -> tuple[RubyView, list[tuple[str, str, tuple[tuple[str, str], ...]]]]:
    api = load_api(spec / "openapi.yaml")
    settings = load_settings(spec / "openapi.yaml", Diagnostics())
    calls = [(f"{operation_id} ({call.form})", call.code, call.needs)
             for operation_id, found in ruby_calls(api, settings).items() for call in found]
    assert len(calls) > len(api.operations)  # every seed call, and the resource methods
    return RubyView(api, settings), calls


def wrapped(calls: list[tuple[str, str, tuple[tuple[str, str], ...]]]) -> str:
    """Every call in a method of its own, taking the client and the values the call needs."""
    lines = ["# frozen_string_literal: true", "", "# Every Ruby call of the reference site (tests/docs).",
             "module SiteCalls"]
    for index, (label, code, needs) in enumerate(calls, 1):
        lines += ["", f"  # {label}", *(f"  # @param {name} [{type_}]" for name, type_ in needs),
                  f"  def self.call_{index}({', '.join(['client', *(name for name, _ in needs)])})",
                  f"    {code}", "  end"]
    return "\n".join([*lines, "end", ""])


def described(calls: list[tuple[str, str, tuple[tuple[str, str], ...]]]) -> list[dict[str, object]]:
    """Each call's accessors, method, number of positional arguments and keywords, from its code."""
    result: list[dict[str, object]] = []
    for label, code, _ in calls:
        match = CALL.match(code)
        assert match, f"{label}: not a call the checker reads: {code}"
        args = [a for a in match.group(3).split(", ") if a]
        keywords = [a.split(":", 1)[0] for a in args if re.match(r"^\w+: ", a)]
        result.append({"label": label, "chain": match.group(1).split("."), "method": match.group(2),
                       "positional": len(args) - len(keywords), "keywords": keywords})
    return result


def check(spec: Path, calls: list[tuple[str, str, tuple[tuple[str, str], ...]]], view: RubyView,
          tmp_path: Path) -> tuple[bool, str]:
    source = tmp_path / "site_calls.rb"
    source.write_text(wrapped(calls), encoding="utf-8")
    syntax = run(["ruby", "-wc", str(source)], cwd=tmp_path)
    if syntax.returncode != 0 or syntax.stderr.strip():
        return False, output(syntax)
    (tmp_path / "calls.json").write_text(json.dumps(described(calls)), encoding="utf-8")
    (tmp_path / "check.rb").write_text(CHECKER, encoding="utf-8")
    lib = ROOT / "sdks" / spec.name / "ruby" / "lib"
    result = run(["ruby", "-w", "check.rb", str(lib), view.gem, f"{view.module}::{view.client}", "calls.json"],
                 cwd=tmp_path)
    return result.returncode == 0 and "checked" in result.stdout, output(result)


@pytest.mark.parametrize("spec", APIS, ids=lambda p: p.name)
def test_every_ruby_call_on_the_site_is_a_method_of_the_sdk(spec: Path, tmp_path: Path) -> None:
    view, calls = site_calls(spec)
    ok, report = check(spec, calls, view, tmp_path)
    assert ok, report


def test_a_call_the_sdk_does_not_have_fails_the_check(tmp_path: Path) -> None:
    spec = ROOT / "spec" / "axhub"
    view, calls = site_calls(spec)
    wrong = [(label, code.replace("client.deployments.get(app_id, did)", "client.deployments.get(app_id, did, 3)"),
              needs) for label, code, needs in calls]
    assert wrong != calls
    ok, report = check(spec, wrong, view, tmp_path)
    assert not ok and "3 positional argument(s)" in report, report
    renamed = [(label, code.replace("client.deployments.get(", "client.deployments.fetch("), needs)
               for label, code, needs in calls]
    ok, report = check(spec, renamed, view, tmp_path)
    assert not ok and "has no method fetch" in report, report

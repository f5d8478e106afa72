"""Every Go call the reference sites show compiles against the SDK it documents: the calls come
from the provider the pages print (generator/targets/docs/calls/go.py), each wrapped in a function
whose parameters are the values it needs (plus the client and a context), in one consumer module
that requires every API's SDK through a replace directive; one `go vet ./...` checks them all."""

from __future__ import annotations

import re
from pathlib import Path

from generator.build import load_api
from generator.diagnostics import Diagnostics
from generator.settings import load_settings
from generator.targets.docs.calls.go import go_calls
from generator.targets.go.symbols import GoSymbols
from tests.sdk_go.gotool import output, run_go

ROOT = Path(__file__).resolve().parents[2]
APIS = sorted(p.parent for p in (ROOT / "spec").glob("*/openapi.yaml"))


def _module_path(sdk: Path) -> str:
    match = re.search(r"^module\s+(\S+)", (sdk / "go.mod").read_text(encoding="utf-8"), re.M)
    assert match, f"{sdk}/go.mod names no module"
    return match.group(1)


def snippet_file(spec: Path) -> tuple[str, str]:
    """(module path of the SDK, a Go file of package `calls` with every Go call of the API's site)."""
    api = load_api(spec / "openapi.yaml")
    settings = load_settings(spec / "openapi.yaml", Diagnostics())
    package = GoSymbols(api, settings).package
    module = _module_path(ROOT / "sdks" / spec.name / "go")
    body: list[str] = []
    types: set[str] = set()
    count = 0
    for operation_id, calls in go_calls(api, settings).items():
        for call in calls:
            count += 1
            types |= {type_ for _, type_ in call.needs}
            parameters = "".join(f", {name} {type_}" for name, type_ in call.needs)
            declared = re.match(r"(\w+), err :=", call.code)  # a reader goes on to use them
            keep = [f"\t_, _ = {declared.group(1)}, err"] if declared else []
            body += [f"// {operation_id} ({call.form})",
                     f"func call{count}(ctx context.Context, client *{package}.Client{parameters}) {{",
                     f"\t{call.code}", *keep, "}", ""]
    assert count > len(api.operations)  # every seed call, and the resource methods
    text = "\n".join(body)
    # The standard packages the types name (time.Time, ...), and fmt when a loop prints its items.
    qualifiers = set(re.findall(r"(?<![\w.])([a-z]\w*)\.[A-Z]", " ".join(types))) - {package}
    stdlib = sorted({"context"} | qualifiers | ({"fmt"} if "fmt." in text else set()))
    imports = [f'\t"{name}"' for name in stdlib] + [f'\t"{module}"']
    head = ["// Every Go call of the reference site, checked by tests/docs/test_snippets_go.py.",
            "package calls", "", "import (", *imports, ")", ""]
    return module, "\n".join([*head, text])


def vet(files: dict[str, tuple[str, str]], tmp_path: Path) -> tuple[bool, str]:
    """go vet ./... over one consumer module with a package per API (name -> (module, source))."""
    modules = {name: module for name, (module, _) in files.items()}
    requires = "".join(f"\t{module} v0.0.0\n" for module in modules.values())
    replaces = "".join(f"replace {module} => {(ROOT / 'sdks' / name / 'go').resolve()}\n"
                       for name, module in modules.items())
    (tmp_path / "go.mod").write_text(f"module sdkgen.test/sitecalls\n\ngo 1.24\n\nrequire (\n{requires})\n\n{replaces}")
    for name, (_, source) in files.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "calls.go").write_text(source, encoding="utf-8")
    result = run_go(["vet", "./..."], tmp_path)
    return result.returncode == 0, output(result)


def test_every_go_call_on_the_site_compiles(tmp_path: Path) -> None:
    ok, report = vet({spec.name: snippet_file(spec) for spec in APIS}, tmp_path)
    assert ok, report


def test_a_call_the_sdk_does_not_have_fails_to_compile(tmp_path: Path) -> None:
    module, source = snippet_file(ROOT / "spec" / "axhub")
    call = "client.Deployments().Get(ctx, appID, did"
    broken = source.replace(f"{call})", f"{call}, 3)", 1)
    assert broken != source
    ok, report = vet({"axhub": (module, broken)}, tmp_path)
    assert not ok and "cannot use 3" in report, report

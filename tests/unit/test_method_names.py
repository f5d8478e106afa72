"""The language-neutral method name of every operation (generator/passes/method_names.py): derived
from tag, HTTP method and path shape, pinned by x-sdkgen-method, collisions resolved in one
fixed-order pass; AxHub's names are exactly the ones its spec gives; every corpus spec gets
unique, valid names."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import ir
from generator.build import load_api
from generator.cli import load
from generator.diagnostics import Diagnostics
from generator.extensions.method import parse
from generator.naming import camel, pascal, snake
from generator.passes.method_names import COLLISION, assign_all
from tests.generation.conftest import corpus_specs, spec_id

REPO = Path(__file__).resolve().parents[2]
AXHUB = REPO / "spec" / "axhub" / "openapi.yaml"


def operation(method: str, path: str, tag: str = "things", pinned: str | None = None) -> ir.Operation:
    op = ir.Operation(f"{method.lower()}{len(path)}{path}", method, path, tag, source=f"t.yaml#/paths/{method}")
    if pinned is not None:
        name = parse(pinned, "x-sdkgen-method")
        assert isinstance(name, ir.MethodName), name
        op.neutral_name = name
    return op


def named(*ops: ir.Operation) -> tuple[list[str], Diagnostics]:
    """Each operation's name as dotted camel case, in the order given, after the pass."""
    resources: dict[str, ir.Resource] = {}
    for op in ops:
        resources.setdefault(op.resource, ir.Resource(op.resource)).operations.append(op)
    api = ir.Api("T", "1", resources=list(resources.values()))
    diagnostics = Diagnostics()
    assign_all(api, diagnostics)
    return [dotted(op) for op in ops], diagnostics


def dotted(op: ir.Operation) -> str:
    assert op.neutral_name is not None
    return ".".join(camel(words) for words in op.neutral_name.segments)


def names(*ops: ir.Operation) -> list[str]:
    found, diagnostics = named(*ops)
    assert list(diagnostics) == []
    return found


# ---------------------------------------------------------------- derivation rules


def test_collection_and_item_verbs() -> None:
    assert names(
        operation("GET", "/things"), operation("POST", "/things"),
        operation("GET", "/things/{id}"), operation("PUT", "/things/{id}"), operation("DELETE", "/things/{id}"),
    ) == ["things.list", "things.create", "things.get", "things.update", "things.delete"]


def test_patch_and_post_on_an_item_update() -> None:
    assert names(operation("PATCH", "/things/{id}"), operation("GET", "/things/{id}")) == [
        "things.update", "things.get"]
    assert names(operation("POST", "/things/{id}")) == ["things.update"]


def test_a_collection_is_a_segment_with_an_item_path_or_the_tag() -> None:
    # `/widgets` has an item path, so it is a collection even though the tag differs (and is nested).
    assert names(operation("GET", "/widgets"), operation("GET", "/widgets/{id}")) == [
        "things.widgets.list", "things.widgets.get"]
    # `/things` is the tag, singular or plural, so it is a collection without an item path.
    assert names(operation("POST", "/thing", "things")) == ["things.create"]
    assert names(operation("GET", "/special-events", "Events")) == ["events.list"]


def test_actions_after_an_item_or_a_collection_are_their_verb() -> None:
    assert names(
        operation("POST", "/apps/{appID}/deployments/{did}/cancel", "deployments"),
        operation("POST", "/apps/{appID}/deployments/{did}/rollback", "deployments"),
        operation("POST", "/deployments/prune", "deployments"),
    ) == ["deployments.cancel", "deployments.rollback", "deployments.prune"]


def test_other_methods_on_an_action_segment_take_their_verb() -> None:
    assert names(
        operation("GET", "/museum-hours", "Operations"),
        operation("PUT", "/things/{id}/staging"),
        operation("DELETE", "/things/{id}/staging"),
        operation("HEAD", "/things/{id}/staging"),
    ) == ["operations.getMuseumHours", "things.updateStaging", "things.deleteStaging", "things.headStaging"]


def test_nesting_comes_from_the_collection_segment_when_it_is_not_the_tag() -> None:
    assert names(
        operation("POST", "/tenants/{tenantID}/app-bootstraps", "deployments"),
        operation("GET", "/tenants/{tenantID}/app-bootstraps/{bootstrapID}", "deployments"),
        operation("GET", "/github/accounts", "deployments"),
    ) == ["deployments.appBootstraps.create", "deployments.appBootstraps.get", "deployments.github.getAccounts"]


def test_prefixes_formats_and_rpc_segments() -> None:
    # /api and versions are not anchors; a format suffix is not part of the name; `noun.verb` names its verb.
    assert names(
        operation("GET", "/api/v1/things"),
        operation("GET", "/2010-04-01/Accounts/{AccountSid}/Calls.json", "Calls"),
        operation("GET", "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json", "Calls"),
        operation("POST", "/chat.postMessage", "chat"),
        operation("GET", "/conversations.list", "conversations"),
    ) == ["things.list", "calls.list", "calls.get", "chat.postMessage", "conversations.list"]


def test_untagged_operations_take_the_default_resource() -> None:
    assert names(operation("GET", "/pets", "default"), operation("GET", "/pets/{id}", "default"),
                 operation("GET", "/", "default")) == ["default.pets.list", "default.pets.get", "default.get"]


def test_reserved_words_stay_neutral() -> None:
    ops = [operation("DELETE", "/things/{id}"), operation("POST", "/class/{id}/import", "class")]
    assert names(*ops) == ["things.delete", "class.import"]
    assert [op.neutral_name for op in ops] == [
        ir.MethodName((("things",),), ("delete",)), ir.MethodName((("class",),), ("import",))]


def test_words_are_kept_not_cased() -> None:
    op = operation("POST", "/apps/{appID}/git/github/connect-GitHub", "deployments")
    names(op)
    assert op.neutral_name == ir.MethodName((("deployments",), ("github",)), ("connect", "Git", "Hub"))
    assert (snake(op.neutral_name.method), pascal(op.neutral_name.method)) == ("connect_git_hub", "ConnectGitHub")


# ---------------------------------------------------------------- collisions and pinning


def test_a_collision_takes_the_path_parameters_that_distinguish_it() -> None:
    assert names(
        operation("GET", "/apps/{appID}/deployments", "deployments"),
        operation("GET", "/tenants/{tenantID}/deployments", "deployments"),
    ) == ["deployments.list", "deployments.listByTenantID"]


def test_a_collision_takes_the_static_segments_that_distinguish_it() -> None:
    assert names(operation("GET", "/v1/things/{id}"), operation("GET", "/v2/things/{id}")) == [
        "things.get", "things.getV2"]


def test_a_collision_on_the_same_path_takes_the_http_method() -> None:
    assert names(operation("PUT", "/things/{id}"), operation("PATCH", "/things/{id}")) == [
        "things.update", "things.updatePatch"]


def test_a_number_only_when_nothing_else_distinguishes() -> None:
    assert names(operation("GET", "/things"), operation("GET", "/things.json"), operation("GET", "/things.xml")) == [
        "things.list", "things.listGet", "things.list2"]


def test_names_that_differ_only_in_case_or_word_breaks_collide() -> None:
    assert names(operation("POST", "/things/getX"), operation("POST", "/things/get_x")) == [
        "things.getX", "things.getXPost"]


def test_pinned_names_win_over_earlier_derived_ones() -> None:
    ops = [operation("GET", "/mine/things"), operation("GET", "/all/things", pinned="things.list")]
    assert names(*ops) == ["things.listMine", "things.list"]
    assert ops[1].neutral_name is not None and ops[1].neutral_name.pinned
    assert ops[0].neutral_name is not None and not ops[0].neutral_name.pinned


def test_a_derived_name_does_not_nest_under_a_pinned_method() -> None:
    # things.widgets is a method, so the widgets collection cannot be a namespace of things.
    assert names(operation("POST", "/x", pinned="things.widgets"), operation("GET", "/widgets/{id}")) == [
        "things.widgets", "things.getWidgets"]


@pytest.mark.parametrize(("first", "second", "message"), [
    ("things.list", "things.list", "'things.list' of {} is already the name of {}"),
    ("things.getX", "things.get_x", "'things.get_x' of {} is already the name of {}"),
    ("things.a.b", "things.a", "'things.a' of {} is already a namespace"),
    ("things.a", "things.a.b", "'things.a.b' of {} is already the name of {}, not a namespace"),
])
def test_pinned_names_that_collide_are_an_error(first: str, second: str, message: str) -> None:
    ops = [operation("GET", "/a", pinned=first), operation("GET", "/b", pinned=second)]
    _, diagnostics = named(*ops)
    (error,) = diagnostics
    assert error.code == COLLISION and error.location.pointer == "/paths/GET/x-sdkgen-method"
    assert message.format(ops[1].operation_id, ops[0].operation_id) in error.message


# ---------------------------------------------------------------- AxHub, determinism, the corpus


def test_axhub_gets_exactly_the_names_its_spec_gives() -> None:
    raw = yaml.safe_load(AXHUB.read_text(encoding="utf-8"))
    given = {op["operationId"]: op.get("x-sdkgen-method")
             for item in raw["paths"].values() for op in item.values() if isinstance(op, dict)}
    api = load_api(AXHUB)
    assert len(api.operations) == len(given) == 24
    for op in api.operations:
        name = op.neutral_name
        assert name is not None
        if given[op.operation_id] is None:  # the one the spec leaves to the generator
            assert (dotted(op), name.pinned) == ("deployments.github.complete", False)
            continue
        assert name == parse(given[op.operation_id], "x-sdkgen-method"), op.operation_id
        assert dotted(op) == given[op.operation_id]  # Node's casing of the words is what the spec wrote
    by_id = {op.operation_id: op.neutral_name for op in api.operations}
    connect = by_id["deployPostApiV1AppsByAppIDGitGithubConnect"]
    assert connect is not None
    assert ([snake(s) for s in connect.segments], [pascal(s) for s in connect.segments]) == (
        ["apps", "git", "connect_github"], ["Apps", "Git", "ConnectGithub"])


DUMP = """
import json, sys
from pathlib import Path
from generator.build import load_api
for spec in sys.argv[1:]:
    print(json.dumps([[op.operation_id, op.neutral_name.resource, op.neutral_name.method]
                      for op in load_api(Path(spec)).operations]))
"""


def test_names_do_not_depend_on_hash_seed_or_run() -> None:
    specs = [str(AXHUB), *(str(p) for p in corpus_specs() if p.name in ("openapi.json", "petstore-expanded.yaml"))]
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run([sys.executable, "-c", DUMP, *specs], cwd=REPO, env=env,
                                capture_output=True, text=True, check=True)
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] and len(outputs[0].splitlines()) == len(specs)
    in_process = [json.dumps([[op.operation_id, op.neutral_name.resource, op.neutral_name.method]
                              for op in load_api(Path(spec)).operations if op.neutral_name is not None])
                  for spec in specs]
    assert "\n".join(in_process) == outputs[0].rstrip("\n")


WORD = re.compile(r"^[^\W_]+$")


@pytest.mark.parametrize("spec", corpus_specs(), ids=spec_id)
def test_every_corpus_operation_gets_a_unique_valid_name(spec: Path) -> None:
    api = load(spec, strict=False).api
    methods: dict[tuple[str, ...], str] = {}
    namespaces: set[tuple[str, ...]] = set()
    for op in api.operations:
        name = op.neutral_name
        assert name is not None and not name.pinned, op.operation_id
        assert name.resource and name.method, op.operation_id
        for words in name.segments:
            assert words and all(WORD.match(w) for w in words), (op.operation_id, name)
            assert words[0][0].isalpha(), (op.operation_id, name)
        key = tuple("".join(w.lower() for w in words) for words in name.segments)
        assert key not in methods, f"{op.operation_id} and {methods[key]} are both {dotted(op)}"
        methods[key] = op.operation_id
        namespaces.update(key[:depth] for depth in range(1, len(key)))
    assert not namespaces & set(methods), "a method has the name of a namespace"

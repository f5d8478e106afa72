"""Round trips through the Node SDKs of the construct cases (tests/generation/cases/).

One TypeScript harness, compiled once with every case's SDK under the options the SDKs ship and run
once with node:
- every document of roundtrip/documents.json is read by the SDK's own response decoder from the
  JSON text a server would send and written back by its own request encoder; Python compares the
  result with the document (same keys and values, null distinct from absent, bool distinct from
  number);
- Node models are interfaces, so "which variant class" is a question for the compiler: for every
  path in `classes`, the document's literal type at that path must be assignable to the named
  variant and to no other member of the union declared there (a compile error otherwise);
- the HostileEnum values of cases/hostile.json are read back from the compiled models.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.cli import load, main
from generator.targets.node import NodeView, ts_string
from tests.sdk_node.node_toolchain import link_modules, report, run, tsc

from .toolchains.node import compiler_options

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
ROUNDTRIP = HERE / "roundtrip" / "documents.json"


def case_specs() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if p.suffix in (".yaml", ".json"))


@dataclasses.dataclass
class Case:
    name: str  # the spec's stem, as documents.json names it
    root: Path  # the generated Node project
    view: NodeView
    alias: str  # its prefix in the harness


# ---------------------------------------------------------------- the harness, written from Python


def _type_at(view: NodeView, model: str, steps: list[str], classes: dict[str, str]) -> ir.Type:
    """The declared IR type at a dotted path of a value of `model`; unions on the way are entered
    through the variant `classes` names for that prefix."""
    current: ir.Type = ir.NamedType(model)
    for depth, step in enumerate(steps):
        current = _resolve(view, current, ".".join(steps[:depth]), classes)
        if isinstance(current, ir.ArrayType) and step.isdigit():
            current = current.item
        elif isinstance(current, ir.MapType):
            current = current.value
        elif isinstance(current, ir.NamedType) and isinstance(view.api.models[current.name], ir.ObjectModel):
            decl = view.api.models[current.name]
            assert isinstance(decl, ir.ObjectModel)
            field = next((f for f in decl.fields if f.wire_name == step), None)
            if field is not None:
                current = field.type
            elif decl.additional is not None:
                current = decl.additional
            else:
                raise AssertionError(f"{model}: no field {step!r} in {current.name}")
        else:
            raise AssertionError(f"{model}: cannot step into {step!r} of {current}")
    return current


def _resolve(view: NodeView, t: ir.Type, prefix: str, classes: dict[str, str]) -> ir.Type:
    """Aliases followed; a union replaced by the variant `classes` names at `prefix`."""
    while isinstance(t, ir.NamedType):
        decl = view.api.models[t.name]
        if isinstance(decl, ir.AliasModel):
            t = decl.target
        elif isinstance(decl, ir.UnionModel):
            wanted = classes.get(prefix)
            assert wanted is not None, f"the path {prefix!r} crosses union {t.name} without a class"
            t = ir.NamedType(wanted)
        else:
            return t
    return t


def _members(view: NodeView, t: ir.Type) -> list[tuple[str | None, str]]:
    """(IR model name or None, TypeScript type) of each member of the union declared as `t`."""
    t = dataclasses.replace(t, nullable=False)
    while isinstance(t, ir.NamedType) and isinstance(view.api.models[t.name], ir.AliasModel):
        decl = view.api.models[t.name]
        assert isinstance(decl, ir.AliasModel)
        t = dataclasses.replace(decl.target, nullable=False)
    variants: list[ir.Type] = [t]
    if isinstance(t, ir.NamedType) and isinstance(view.api.models[t.name], ir.UnionModel):
        decl = view.api.models[t.name]
        assert isinstance(decl, ir.UnionModel)
        variants = list(decl.variants)
    elif isinstance(t, ir.UnionType):
        variants = list(t.variants)
    return [(v.name if isinstance(v, ir.NamedType) else None, view.ts_type(v, "m."))
            for v in variants]


def _literal(value: Any) -> str:
    """A TypeScript expression whose type is the JSON value's literal type."""
    if isinstance(value, dict):
        # A computed key makes "__proto__" an own property, like JSON.parse does.
        items = [f"[{ts_string(k)}]: {_literal(v)}" if k == "__proto__" else f"{ts_string(k)}: {_literal(v)}"
                 for k, v in value.items()]
        return "{ " + ", ".join(items) + " }" if items else "{}"
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=True)


def _index(steps: list[str]) -> str:
    return "".join(f"[{step}]" if step.isdigit() else f"[{ts_string(step)}]" for step in steps)


def write_harness(scratch: Path, cases: dict[str, Case], documents: list[dict[str, Any]]) -> int:
    """harness.ts beside the cases; the number of variant checks it holds."""
    lines = [
        "// Written by tests/generation/test_node_roundtrip.py.",
        'import { readFileSync } from "node:fs";',
    ]
    used = sorted({d["case"] for d in documents})
    typed = {d["case"] for d in documents if d["classes"]}
    for name in sorted({*used, "hostile"}):
        case = cases[name]
        where = "./" + case.root.relative_to(scratch).as_posix() + "/src"
        if name in typed:
            lines.append(f'import type * as {case.alias}_m from "{where}/models.js";')
        if name == "hostile":
            lines.append(f'import * as {case.alias}_models from "{where}/models.js";')
        if name in used:
            lines += [
                f'import * as {case.alias}_request from "{where}/runtime/request.js";',
                f'import * as {case.alias}_response from "{where}/runtime/response.js";',
            ]
    lines += [
        "",
        "type DeepMutable<T> = T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;",
        "type IsMatch<V, M> = [V] extends [M] ? true : false;",
        "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
        "type Expect<T extends true> = T;",
        "",
    ]
    checks = 0
    for index, doc in enumerate(documents):
        if not doc["classes"]:
            continue
        case = cases[doc["case"]]
        lines.append(f"export const doc{index} = {_literal(doc['document'])} as const;")
        for path, class_name in doc["classes"].items():
            assert class_name in case.view.api.models, f"#{index}: no model {class_name} in {case.name}"
            steps = [s for s in path.split(".") if s]
            declared = _type_at(case.view, doc["type"], steps, doc["classes"])
            members = _members(case.view, declared)
            assert class_name in [n for n, _ in members], f"#{index} {path}: {class_name} is not a member"
            value = f"DeepMutable<typeof doc{index}>{_index(steps)}"
            tested = ", ".join(f"IsMatch<{value}, {ts.replace('m.', case.alias + '_m.')}>" for _, ts in members)
            expected = ", ".join("true" if n == class_name else "false" for n, _ in members)
            lines.append(f"// #{index} {doc['type']} at {path or '(value)'} is {class_name}")
            lines.append(f"export type Check{index}_{checks} = Expect<Same<[{tested}], [{expected}]>>;")
            checks += 1
    hostile = cases["hostile"]
    hostile_enum = hostile.view.model_names["HostileEnum"]
    lines += [
        "",
        "interface Codec {",
        "  decode(text: string): unknown;",
        "  encode(value: unknown): string | undefined;",
        "}",
        "",
        "const codecs: Record<string, Codec> = {",
    ]
    for name in used:
        a = cases[name].alias
        lines += [
            f"  {ts_string(name)}: {{",
            f"    decode: (text) => {a}_response.parseResponse(operation, response(text)),",
            "    encode: (value) => {",
            f"      const encoded = {a}_request.encodeBody(operation, value).body;",
            '      return typeof encoded === "string" ? encoded : undefined;',
            "    },",
            "  },",
        ]
    lines += [
        "};",
        "",
        "// How the harness's documents travel: a JSON response, then a JSON request body.",
        "const operation = {",
        '  operationId: "roundTrip",',
        '  method: "POST",',
        '  path: "/round-trip",',
        "  params: [],",
        '  requestContentType: "application/json",',
        '  responses: { "200": "json" },',
        "} as const;",
        "",
        "function response(text: string) {",
        "  return {",
        "    status: 200,",
        '    statusText: "OK",',
        '    headers: new Headers({ "content-type": "application/json" }),',
        "    body: new TextEncoder().encode(text),",
        '    method: "POST",',
        '    url: "http://127.0.0.1/round-trip",',
        "  };",
        "}",
        "",
        'const inputs = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as { case: string; text: string }[];',
        "const encoded = inputs.map((input) => {",
        "  const codec = codecs[input.case];",
        "  if (codec === undefined) {",
        "    throw new Error(`no codec for ${input.case}`);",
        "  }",
        "  return codec.encode(codec.decode(input.text)) ?? null;",
        "});",
        f"const hostile = Object.values({hostile.alias}_models.{hostile_enum});",
        "process.stdout.write(JSON.stringify({ encoded, hostile }));",
        "",
    ]
    (scratch / "harness.ts").write_text("\n".join(lines), encoding="utf-8")
    return checks


# ---------------------------------------------------------------- one build, one run


@dataclasses.dataclass
class Outcome:
    documents: list[dict[str, Any]]
    encoded: list[str | None]
    hostile: list[Any]
    checks: int


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    scratch = tmp_path_factory.mktemp("node_roundtrip")
    out = scratch / "cases"
    out.mkdir()
    cases: dict[str, Case] = {}
    for number, spec in enumerate(case_specs()):
        before = set(out.iterdir())
        assert main(["generate", "--spec", str(spec), "--lang", "node", "--out", str(out)]) == 0, spec.name
        (api_dir,) = set(out.iterdir()) - before
        loaded = load(spec, strict=False)
        cases[spec.stem] = Case(spec.stem, api_dir / "node", NodeView(loaded.api, loaded.settings), f"c{number}")
    documents = json.loads(ROUNDTRIP.read_text(encoding="utf-8"))
    missing = sorted({d["case"] for d in documents} - set(cases))
    assert not missing, f"documents name cases that were not generated: {missing}"
    checks = write_harness(scratch, cases, documents)
    inputs = [{"case": d["case"], "text": json.dumps(d["document"], ensure_ascii=False)} for d in documents]
    (scratch / "inputs.json").write_text(json.dumps(inputs), encoding="utf-8")
    (scratch / "package.json").write_text('{"private": true, "type": "module"}\n', encoding="utf-8")
    options = compiler_options(cases["hostile"].root)
    config = {
        "compilerOptions": {**options, "rootDir": ".", "outDir": "dist"},
        "include": ["harness.ts", "cases/*/node/src/**/*.ts"],
    }
    (scratch / "tsconfig.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    link_modules(scratch)
    built = tsc("-p", str(scratch / "tsconfig.json"))
    assert built.returncode == 0 and not (built.stdout + built.stderr).strip(), (
        "tsc on the round-trip harness failed:\n" + "\n".join(report(built).splitlines()[:80])
    )
    ran = run(["node", str(scratch / "dist" / "harness.js"), str(scratch / "inputs.json")], cwd=scratch)
    assert ran.returncode == 0, "the harness failed:\n" + report(ran)
    result = json.loads(ran.stdout)
    return Outcome(documents, result["encoded"], result["hostile"], checks)


def same_json(a: Any, b: Any) -> bool:
    """Equal as JSON values: bool is not a number, an int equals the same float, keys as sets."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def test_same_json_is_strict() -> None:
    assert same_json({"a": [1, 2.0, None]}, {"a": [1.0, 2, None]})
    assert not same_json({"a": True}, {"a": 1})
    assert not same_json({"a": None}, {})
    assert not same_json(["x"], ["x", "y"])


def test_models_round_trip(outcome: Outcome) -> None:
    assert len(outcome.encoded) == len(outcome.documents)
    failures = []
    for index, (doc, text) in enumerate(zip(outcome.documents, outcome.encoded, strict=True)):
        again = None if text is None else json.loads(text)
        if text is None or not same_json(again, doc["document"]):
            failures.append(f"#{index} {doc['case']}.{doc['type']}: {text} != {json.dumps(doc['document'])}")
    assert not failures, "\n".join(failures)


def test_variant_classes_are_checked(outcome: Outcome) -> None:
    """The harness compiled, so every check held; here: none was left out."""
    assert outcome.checks == sum(len(d["classes"]) for d in outcome.documents)
    assert outcome.checks > 0


def test_hostile_text_stays_inert(outcome: Outcome) -> None:
    spec = json.loads((CASES / "hostile.json").read_text(encoding="utf-8"))
    assert outcome.hostile == spec["components"]["schemas"]["HostileEnum"]["enum"]

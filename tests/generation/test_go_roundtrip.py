"""Models of the construct cases (tests/generation/cases) round-trip real JSON through Go.

One Go program, built once in a workspace with every case's generated module, decodes each
document of roundtrip/documents.json into its model, checks the Go type of the variants named in
`classes`, encodes the value back and compares it with the input as JSON values (same members,
same numbers, explicit null distinct from absent). It also prints the HostileEnum constants of
the hostile case as the compiled code holds them.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.build import load_api
from generator.cli import main
from generator.diagnostics import Diagnostics
from generator.settings import load_settings
from generator.targets.go import GoView
from generator.targets.go.text import go_string
from tests.sdk_go.gotool import output, run_go

CASES = Path(__file__).parent / "cases"
ROUNDTRIP = Path(__file__).parent / "roundtrip" / "documents.json"
HOSTILE = "hostile"

_HARNESS = r"""
// The round-trip harness: reads jobs (JSON) from the file named by its first
// argument and prints one line per failure; exit status 1 when any failed.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"reflect"
	"strconv"
	"strings"
)

type job struct {
	Index    int               `json:"index"`
	Case     string            `json:"case"`
	Type     string            `json:"type"`
	Document json.RawMessage   `json:"document"`
	Classes  map[string]string `json:"classes"`
}

func main() {
	if len(os.Args) == 2 && os.Args[1] == "-hostile" {
		out, _ := json.Marshal(hostileEnum)
		fmt.Println(string(out))
		return
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var jobs []job
	if err := json.Unmarshal(data, &jobs); err != nil {
		panic(err)
	}
	failed := 0
	for _, j := range jobs {
		for _, problem := range check(j) {
			failed++
			fmt.Printf("#%d %s.%s: %s\n", j.Index, j.Case, j.Type, problem)
		}
	}
	fmt.Printf("checked %d documents\n", len(jobs))
	if failed > 0 {
		os.Exit(1)
	}
}

func check(j job) (problems []string) {
	newValue, ok := models[j.Case][j.Type]
	if !ok {
		return []string{"no such model in the harness"}
	}
	target := newValue()
	if err := json.Unmarshal(j.Document, target); err != nil {
		return []string{"decode: " + err.Error()}
	}
	for path, want := range j.Classes {
		node, err := walk(reflect.ValueOf(target), path)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%q: %v", path, err))
		} else if got := node.Type().Name(); got != want {
			problems = append(problems, fmt.Sprintf("%q is a %s, not a %s", path, node.Type(), want))
		}
	}
	again, err := json.Marshal(target)
	if err != nil {
		return append(problems, "encode: "+err.Error())
	}
	same, err := jsonEqual(j.Document, again)
	if err != nil || !same {
		problems = append(problems, fmt.Sprintf("encoded %s, not %s (%v)", again, j.Document, err))
	}
	return problems
}

// unwrap looks through pointers, interfaces, Optionals (Get) and unions (Value).
func unwrap(v reflect.Value) (reflect.Value, error) {
	for {
		switch {
		case !v.IsValid():
			return v, fmt.Errorf("absent")
		case v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface:
			if v.IsNil() {
				return v, fmt.Errorf("nil")
			}
			v = v.Elem()
		case v.Type().Name() != "" && strings.HasPrefix(v.Type().Name(), "Optional["):
			got := v.MethodByName("Get").Call(nil)
			if !got[1].Bool() {
				return v, fmt.Errorf("absent or null")
			}
			v = got[0]
		case v.Kind() == reflect.Struct && v.MethodByName("Raw").IsValid() && v.MethodByName("Value").IsValid():
			v = v.MethodByName("Value").Call(nil)[0]
		default:
			return v, nil
		}
	}
}

func walk(v reflect.Value, path string) (reflect.Value, error) {
	v, err := unwrap(v)
	for _, step := range strings.Split(path, ".") {
		if err != nil || step == "" {
			continue
		}
		switch v.Kind() {
		case reflect.Struct:
			name, ok := wireFields[v.Type().PkgPath()+"."+v.Type().Name()][step]
			if !ok {
				return v, fmt.Errorf("%s has no member %q", v.Type(), step)
			}
			v = v.FieldByName(name)
		case reflect.Slice, reflect.Array:
			i, convErr := strconv.Atoi(step)
			if convErr != nil || i < 0 || i >= v.Len() {
				return v, fmt.Errorf("no item %q", step)
			}
			v = v.Index(i)
		case reflect.Map:
			v = v.MapIndex(reflect.ValueOf(step))
		default:
			return v, fmt.Errorf("cannot step into a %s with %q", v.Type(), step)
		}
		v, err = unwrap(v)
	}
	return v, err
}

func jsonEqual(a, b []byte) (bool, error) {
	var x, y any
	for _, pair := range []struct {
		data []byte
		into *any
	}{{a, &x}, {b, &y}} {
		dec := json.NewDecoder(bytes.NewReader(pair.data))
		dec.UseNumber()
		if err := dec.Decode(pair.into); err != nil {
			return false, err
		}
	}
	return equal(x, y), nil
}

func equal(x, y any) bool {
	switch a := x.(type) {
	case map[string]any:
		b, ok := y.(map[string]any)
		if !ok || len(a) != len(b) {
			return false
		}
		for k, v := range a {
			w, present := b[k]
			if !present || !equal(v, w) {
				return false
			}
		}
		return true
	case []any:
		b, ok := y.([]any)
		if !ok || len(a) != len(b) {
			return false
		}
		for i := range a {
			if !equal(a[i], b[i]) {
				return false
			}
		}
		return true
	case json.Number:
		b, ok := y.(json.Number)
		if !ok {
			return false
		}
		r, okA := new(big.Rat).SetString(a.String())
		s, okB := new(big.Rat).SetString(b.String())
		return okA && okB && r.Cmp(s) == 0
	}
	return x == y
}
"""


def case_specs() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if p.suffix in (".yaml", ".json"))


def documents() -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(ROUNDTRIP.read_text(encoding="utf-8"))
    return loaded


def _view(spec: Path) -> GoView:
    return GoView(load_api(spec), load_settings(spec, Diagnostics()))


def harness_source(views: dict[str, GoView], docs: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """The tables of the harness (models, wire names, hostile constants) and its jobs."""
    aliases = {case: f"c{index}" for index, case in enumerate(sorted(views))}
    imports = "".join(f"\t{aliases[case]} {go_string(views[case].module)}\n" for case in sorted(views))
    models: dict[str, set[str]] = {}
    jobs = []
    for index, doc in enumerate(docs):
        view = views[doc["case"]]
        go_type = view.symbols.type_names[doc["type"]]
        models.setdefault(doc["case"], set()).add(go_type)
        classes = {path: view.symbols.type_names[name] for path, name in doc["classes"].items()}
        jobs.append({"index": index, "case": doc["case"], "type": go_type, "document": doc["document"],
                     "classes": classes})
    lines = [_HARNESS.replace("import (\n", "import (\n" + imports + "\n", 1)]
    lines.append("var models = map[string]map[string]func() any{")
    for case in sorted(models):
        lines.append(f"\t{go_string(case)}: {{")
        for go_type in sorted(models[case]):
            lines.append(f"\t\t{go_string(go_type)}: func() any {{ return new({aliases[case]}.{go_type}) }},")
        lines.append("\t},")
    lines.append("}")
    lines.append("")
    lines.append("var wireFields = map[string]map[string]string{")
    for case in sorted(views):
        for struct in views[case].models.structs:
            members = ", ".join(f"{go_string(f.wire)}: {go_string(f.name)}" for f in struct.fields)
            lines.append(f"\t{go_string(views[case].module + '.' + struct.name)}: {{{members}}},")
    lines.append("}")
    lines.append("")
    hostile = views[HOSTILE]
    (enum,) = [e for e in hostile.models.enums if e.name == hostile.symbols.type_names["HostileEnum"]]
    lines.append("var hostileEnum = []string{")
    lines.extend(f"\tstring({aliases[HOSTILE]}.{member.name})," for member in enum.members)
    lines.append("}")
    return "\n".join(lines) + "\n", jobs


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The built harness binary and its jobs file."""
    out = tmp_path_factory.mktemp("go-roundtrip")
    docs = documents()
    wanted = {doc["case"] for doc in docs} | {HOSTILE}
    specs = {spec.stem: spec for spec in case_specs() if spec.stem in wanted}
    assert set(specs) == wanted, f"documents name cases that do not exist: {wanted - set(specs)}"
    views = {}
    for case, spec in specs.items():
        assert main(["generate", "--spec", str(spec), "--lang", "go", "--out", str(out)]) == 0, case
        views[case] = _view(spec)
        assert (out / case / "go" / "go.mod").read_text().startswith(f"module {views[case].module}\n")
    source, jobs = harness_source(views, docs)
    program = out / "harness"
    program.mkdir()
    (program / "go.mod").write_text("module sdkgen.test/roundtrip\n\ngo 1.24\n")
    (program / "main.go").write_text(source)
    uses = "".join(f"\t./{case}/go\n" for case in sorted(views)) + "\t./harness\n"
    (out / "go.work").write_text(f"go 1.24\n\nuse (\n{uses})\n")
    binary = out / "roundtrip-harness"
    for command in (["vet", "./harness"], ["build", "-trimpath", "-o", str(binary), "./harness"]):
        result = run_go(command, out, timeout=1800)
        assert result.returncode == 0, output(result)
    jobs_file = out / "jobs.json"
    jobs_file.write_text(json.dumps(jobs))
    return binary, jobs_file


def _run(binary: Path, *args: str) -> tuple[int, str]:
    result = subprocess.run([str(binary), *args], capture_output=True, text=True, timeout=120)
    return result.returncode, result.stdout + result.stderr


def test_models_round_trip(harness: tuple[Path, Path]) -> None:
    binary, jobs = harness
    status, text = _run(binary, str(jobs))
    assert status == 0, text
    assert f"checked {len(documents())} documents" in text, text


def test_hostile_text_stays_inert(harness: tuple[Path, Path]) -> None:
    """The hostile enum values are exactly themselves in the compiled code: nothing broke out of a
    string literal or a comment, and no escape changed a byte."""
    binary, _ = harness
    status, text = _run(binary, "-hostile")
    assert status == 0, text
    spec = json.loads((CASES / "hostile.json").read_text(encoding="utf-8"))
    expected = spec["components"]["schemas"]["HostileEnum"]["enum"]
    assert json.loads(text) == expected

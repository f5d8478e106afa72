"""The output-identity guard: what the generator writes, one sha256 per file, kept in a manifest.

Every spec of the corpus (../shared/specs), every construct case (tests/generation/cases) and every
API of the repository (spec/<api>/) is generated in memory for all six targets, and each file's
digest is compared with `output_digests.json` beside this module. A refactor of the generator must
leave every digest as it is; a change that is meant to alter output (a bug fix, a template change,
a runtime change) records the new digests in the same commit:

    .venv/bin/python -m tests.generation.output_identity --update   # rewrite the manifest
    .venv/bin/python -m tests.generation.output_identity            # compare; exit 1 naming each file

`--only LABEL` (repeatable) limits either command to some specs, e.g. `--only cases/names.json`;
with `--update` the other specs keep their recorded digests. The test that runs the comparison in
the normal suite is `tests/generation/test_output_identity.py`. Generation only: no compiler runs.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from generator.cli import load
from generator.parallel import render_each
from generator.targets import TARGETS

from .conftest import CORPUS, REPO, corpus_specs

MANIFEST = Path(__file__).with_name("output_digests.json")
CASES = Path(__file__).parent / "cases"
REPO_SPECS = REPO / "spec"
FORMAT = 1

# label -> {language -> {path under the SDK root -> sha256 hex}}
Digests = dict[str, dict[str, dict[str, str]]]


def case_specs() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if p.suffix in (".yaml", ".yml", ".json"))


def repo_specs() -> list[Path]:
    if not REPO_SPECS.is_dir():
        return []
    return sorted(p for p in REPO_SPECS.glob("*/openapi.*") if p.suffix in (".yaml", ".yml", ".json"))


def label(spec: Path) -> str:
    """A stable name for a spec, independent of where the repository is checked out."""
    if spec.is_relative_to(CORPUS):
        return "corpus/" + spec.relative_to(CORPUS).as_posix()
    return spec.relative_to(REPO).as_posix() if spec.is_relative_to(REPO) else spec.as_posix()


def all_specs() -> dict[str, Path]:
    """label -> spec file, for every spec the manifest covers that is present on this machine."""
    return {label(spec): spec for spec in [*corpus_specs(), *case_specs(), *repo_specs()]}


def digest_spec(spec: Path, languages: Sequence[str] = tuple(TARGETS)) -> dict[str, dict[str, str]]:
    """language -> {path -> sha256} of everything the generator writes for `spec` (warnings allowed)."""
    loaded = load(spec, strict=False)
    result: dict[str, dict[str, str]] = {}
    with contextlib.closing(render_each(loaded.api, loaded.settings, list(languages))) as each:
        for language, files in each:
            result[language] = {path: hashlib.sha256(content).hexdigest() for path, content in sorted(files.items())}
    return {language: result[language] for language in languages}


def read_manifest(path: Path = MANIFEST) -> Digests:
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise SystemExit(f"{path}: unknown manifest format {data.get('format')!r}; expected {FORMAT}")
    specs: Digests = data["specs"]
    return specs


def write_manifest(digests: Digests, path: Path = MANIFEST) -> None:
    data = {"format": FORMAT, "update": "python -m tests.generation.output_identity --update",
            "specs": {k: digests[k] for k in sorted(digests)}}
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def differences(expected: dict[str, dict[str, str]], actual: dict[str, dict[str, str]]) -> list[str]:
    """One line per file whose digest changed, that disappeared or that is new, per language."""
    lines = []
    for language in sorted(set(expected) | set(actual)):
        if language not in actual:
            lines.append(f"{language}: not generated (recorded in the manifest)")
            continue
        if language not in expected:
            lines.append(f"{language}: generated but not recorded")
            continue
        old, new = expected[language], actual[language]
        for path in sorted(set(old) | set(new)):
            if path not in new:
                lines.append(f"{language}/{path}: no longer generated")
            elif path not in old:
                lines.append(f"{language}/{path}: new file")
            elif old[path] != new[path]:
                lines.append(f"{language}/{path}: content changed")
    return lines


def _selected(only: Iterable[str] | None) -> dict[str, Path]:
    specs = all_specs()
    if not only:
        return specs
    wanted = list(only)
    unknown = [name for name in wanted if name not in specs]
    if unknown:
        raise SystemExit(f"unknown spec label(s): {', '.join(unknown)}; known: {', '.join(specs)}")
    return {name: specs[name] for name in wanted}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.generation.output_identity", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="record the current output as the manifest")
    parser.add_argument("--only", action="append", metavar="LABEL", help="only this spec (repeatable)")
    args = parser.parse_args(argv)
    recorded = read_manifest()
    specs = _selected(args.only)
    if not args.only and not CORPUS.is_dir():
        print(f"warning: the corpus is not at {CORPUS}; only the cases and spec/ are covered", file=sys.stderr)
    changed = 0
    for name, spec in specs.items():
        actual = digest_spec(spec)
        if args.update:
            recorded[name] = actual
            print(f"recorded {name} ({sum(len(files) for files in actual.values())} files)")
            continue
        lines = differences(recorded.get(name, {}), actual) if name in recorded else ["not in the manifest"]
        changed += bool(lines)
        for line in lines:
            print(f"{name}: {line}")
    if args.update:
        if not args.only:  # a full update also forgets specs that are gone
            recorded = {name: recorded[name] for name in specs}
        write_manifest(recorded)
        print(f"wrote {MANIFEST.relative_to(REPO)} ({len(recorded)} specs)")
        return 0
    missing = [name for name in recorded if name not in all_specs()]
    for name in missing:
        print(f"{name}: recorded but not found on this machine (skipped)", file=sys.stderr)
    print(f"{len(specs) - changed} of {len(specs)} spec(s) generate the recorded bytes")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())

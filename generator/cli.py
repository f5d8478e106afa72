"""`sdkgen`: generate SDKs, check that committed SDKs are current, lint a spec.

Exit status: 0 success; 1 `check` found differences; 2 the spec (or the
command line) has errors, and nothing was written; 3 an internal error.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import ir
from .build import Builder
from .diagnostics import Diagnostic, Diagnostics, Location, Severity, SpecError
from .loader import Workspace
from .output import StagedTree, diff_tree, stage_tree
from .parallel import render_each
from .passes import refine
from .settings import Settings, api_name_for, find_spec_file, load_settings
from .targets import TARGETS

EXIT_OK, EXIT_DIFFERENT, EXIT_SPEC, EXIT_INTERNAL = 0, 1, 2, 3


@dataclass
class LoadedApi:
    spec_file: Path
    api: ir.Api
    settings: Settings
    diagnostics: Diagnostics


class UsageError(Exception):
    pass


def discover_specs(spec: str | None) -> list[Path]:
    """Spec files named by --spec: a file, a folder holding one, or a folder of API folders."""
    root = Path(spec) if spec else Path("spec")
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise UsageError(f"--spec {root}: no such file or folder")
    own = find_spec_file(root)
    if own is not None:
        return [own]
    found = [f for child in sorted(root.iterdir()) if child.is_dir() for f in [find_spec_file(child)] if f]
    if not found:
        raise UsageError(f"no openapi.yaml, openapi.yml or openapi.json under {root}")
    return found


def parse_languages(value: str | None) -> list[str]:
    if not value:
        return list(TARGETS)
    languages = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [lang for lang in languages if lang not in TARGETS]
    if unknown:
        raise UsageError(f"unknown language(s): {', '.join(unknown)}; known: {', '.join(TARGETS)}")
    return languages


def load(spec_file: Path, strict: bool) -> LoadedApi:
    diagnostics = Diagnostics()
    workspace = Workspace(spec_file, diagnostics)
    api = refine(Builder(workspace).build(), diagnostics)
    settings = load_settings(spec_file, diagnostics)
    if strict:
        # Each warning becomes its error: printed once, as an error.
        diagnostics.items = [
            Diagnostic(d.code, Severity.ERROR, d.message + " (--strict)", d.location, d.hint)
            if d.severity is Severity.WARNING else d
            for d in diagnostics.items
        ]
    if diagnostics.has_errors():
        raise SpecError(diagnostics)
    return LoadedApi(spec_file, api, settings, diagnostics)


def print_diagnostics(diagnostics: Diagnostics) -> None:
    # In file and line order, as an editor would walk them; sys.stderr looked up now, not at import.
    for item in sorted(diagnostics, key=lambda d: (d.location.file, d.location.line or 0, d.code)):
        print(item.format(), file=sys.stderr)


TreeSink = Callable[[Path, dict[str, bytes]], None]


def render_all(
    specs: list[Path], languages: list[str], out: Path, strict: bool, on_tree: TreeSink | None = None
) -> dict[Path, dict[str, bytes]]:
    """Every output tree in memory, or SpecError with every problem of every spec.

    `on_tree` sees each tree as soon as it is rendered (while other targets still render)."""
    trees: dict[Path, dict[str, bytes]] = {}
    failed = Diagnostics()
    for spec_file in specs:
        try:
            loaded = load(spec_file, strict)
        except SpecError as exc:
            failed.items.extend(exc.diagnostics.items)
            continue
        print_diagnostics(loaded.diagnostics)
        rendered: dict[str, dict[str, bytes]] = {}
        # Closed on an error too, which stops the children still rendering.
        with contextlib.closing(render_each(loaded.api, loaded.settings, languages)) as each:
            for language, files in each:
                rendered[language] = files
                if on_tree is not None:
                    on_tree(out / loaded.settings.api_name / language, files)
        for language in languages:  # reported in the order asked, whichever finished first
            trees[out / loaded.settings.api_name / language] = rendered[language]
    if failed.has_errors():
        raise SpecError(failed)
    return trees


def cmd_generate(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    specs = discover_specs(args.spec)
    languages = parse_languages(args.lang)
    # Each tree is staged (written beside its folder) as soon as it is rendered, and swapped in
    # only when every tree of every spec has been: an error anywhere replaces nothing.
    staged: list[StagedTree] = []
    try:
        trees = render_all(specs, languages, Path(args.out), args.strict,
                           on_tree=lambda destination, files: staged.append(stage_tree(files, destination)))
        for tree in staged:
            tree.commit()
    except BaseException:
        for tree in staged:
            tree.discard()
        raise
    for destination, files in trees.items():
        size = sum(len(content) for content in files.values())
        print(f"wrote {destination} ({len(files)} files, {size:,} bytes)")
    print(f"generated {len(trees)} SDK(s) in {time.perf_counter() - started:.2f}s")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    specs = discover_specs(args.spec)
    languages = parse_languages(args.lang)
    trees = render_all(specs, languages, Path(args.out), args.strict)
    problems = [line for destination, files in trees.items() for line in diff_tree(files, destination)]
    if problems:
        for line in problems:
            print(line, file=sys.stderr)
        print(
            f"sdkgen check: {len(problems)} file(s) differ from what the generator produces; "
            "run `sdkgen generate` and commit the result",
            file=sys.stderr,
        )
        return EXIT_DIFFERENT
    print(f"sdkgen check: {len(trees)} SDK(s) match the generator")
    return EXIT_OK


def cmd_lint(args: argparse.Namespace) -> int:
    specs = discover_specs(args.path)
    status = EXIT_OK
    for spec_file in specs:
        try:
            loaded = load(spec_file, args.strict)
        except SpecError as exc:
            print_diagnostics(exc.diagnostics)
            errors = len(exc.diagnostics.errors)
            print(f"{spec_file}: {errors} error(s)", file=sys.stderr)
            status = EXIT_SPEC
            continue
        print_diagnostics(loaded.diagnostics)
        api = loaded.api
        print(
            f"{spec_file}: ok ({len(api.operations)} operations, {len(api.models)} models, "
            f"{len(loaded.diagnostics.warnings)} warning(s))"
        )
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sdkgen", description="Generate SDKs from an OpenAPI document.")
    commands = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--spec", help="a spec file, a folder with openapi.yaml, or a folder of API folders "
                                      "(default: spec/)")
        p.add_argument("--lang", help=f"comma-separated languages (default: all of {', '.join(TARGETS)})")
        p.add_argument("--out", default="sdks", help="output root; SDKs go to OUT/<api>/<lang>/ (default: sdks)")
        p.add_argument("--strict", action="store_true", help="treat warnings as errors")

    generate = commands.add_parser("generate", help="render SDKs and write them, replacing each folder whole")
    common(generate)
    generate.set_defaults(handler=cmd_generate)
    check = commands.add_parser("check", help="exit 1, naming the files, when OUT differs from a fresh render")
    common(check)
    check.set_defaults(handler=cmd_check)
    docs = commands.add_parser("docs", help="render only the API reference sites (OUT/<api>/docs/), replacing each")
    docs.add_argument("--spec", help="a spec file, a folder with openapi.yaml, or a folder of API folders "
                                     "(default: spec/)")
    docs.add_argument("--out", default="sdks", help="output root; sites go to OUT/<api>/docs/ (default: sdks)")
    docs.add_argument("--strict", action="store_true", help="treat warnings as errors")
    docs.set_defaults(handler=cmd_generate, lang="docs")
    lint = commands.add_parser("lint", help="report the spec's diagnostics; write nothing")
    lint.add_argument("path", help="a spec file or folder")
    lint.add_argument("--strict", action="store_true", help="treat warnings as errors")
    lint.set_defaults(handler=cmd_lint)
    return parser


# A run allocates many small objects that live until it ends (the IR, the profiles, the rendered
# files); at the default thresholds the collector scans them again and again, about a sixth of a
# render. Rarer collections still free cycles; peak memory stays far under the 500 MB budget.
_GC_THRESHOLDS = (50_000, 20, 20)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    thresholds = gc.get_threshold()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        return int(args.handler(args))
    except UsageError as exc:
        print(f"sdkgen: {exc}", file=sys.stderr)
        return EXIT_SPEC
    except SpecError as exc:
        print_diagnostics(exc.diagnostics)
        print(f"sdkgen: {len(exc.diagnostics.errors)} error(s); nothing was written", file=sys.stderr)
        return EXIT_SPEC
    except KeyboardInterrupt:
        print("sdkgen: interrupted; nothing was replaced", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a bare traceback
        if os.environ.get("SDKGEN_DEBUG"):
            import traceback  # only here: a run that works never needs it

            traceback.print_exc()
        where = Location("sdkgen")
        print(f"{where}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        print("sdkgen: this is a bug in sdkgen, not in your spec; set SDKGEN_DEBUG=1 for the traceback",
              file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        gc.set_threshold(*thresholds)


__all__ = ["api_name_for", "main"]

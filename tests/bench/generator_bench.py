"""Generator speed and peak memory beside openapi-python-client's, measured in one run.

    nox -s bench                         every spec in ../shared/specs
    python tests/bench/generator_bench.py --largest --repeat 1     the largest only, once

Targets (issue 7): our Python alone at least 3x faster than openapi-python-client; all our
targets together (six --lang values; python covers the sync and the async client, so seven
SDKs) faster than openapi-python-client's Python alone; peak memory under 500 MB. The verdict
is printed per spec and for the corpus as a whole (sums of the medians), and the exit status
is 1 when a target is missed.

Each measurement runs the whole command in a fresh process (start-up included,
as a user would see it) and reads the child's peak resident memory from the
kernel; the median of --repeat runs is reported. openapi-python-client is
installed into .bench/opc (its own venv, so its dependencies never mix with
ours) at the pinned version below.

Both tools run from compiled bytecode, as an installed package does: pip
compiled openapi-python-client's modules when it installed them, and the
bench compiles ours (the checkout's __pycache__, git-ignored) before it starts.
Without that, a shell with PYTHONDONTWRITEBYTECODE set (as CI and containers
often have) would make every one of our runs compile the generator's source
again, a cost no installed copy pays.
"""

from __future__ import annotations

import argparse
import compileall
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "specs"
OPC_VERSION = "0.29.1"
OPC_VENV = ROOT / ".bench" / "opc"
# Every measured run writes into its own fresh folder here; all of them are removed only when the
# bench ends. Removing each run's output right away made the NEXT run slower, whichever tool it
# was: ext4 without a journal (this kind of VM disk) skips inodes freed in the last minutes when
# it allocates new ones, scanning past each of them for every file created, so a run after a
# cleanup of 3,800 files spent 1.3-1.6 s in the kernel instead of 0.3 s (coolify, all targets).
SCRATCH = ROOT / ".bench" / "scratch"
SDKGEN = [sys.executable, "-m", "generator"]

_MEASURE = (
    "import json, resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)\n"
    "elapsed = time.perf_counter() - start\n"
    "peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(json.dumps({'seconds': elapsed, 'peak_mb': peak_kb / 1024, 'status': done.returncode,"
    " 'stderr': done.stderr[-400:]}))\n"
)


def measure(command: list[str]) -> dict[str, float | int | str]:
    """Time and peak memory of `command`, measured from a fresh wrapper process."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True)
    result: dict[str, float | int | str] = json.loads(out.stdout)
    return result


def compile_bytecode(opc: Path) -> None:
    """Bytecode for both tools' modules, written now when missing or stale (never timed)."""
    compileall.compile_dir(str(ROOT / "generator"), quiet=1)
    compileall.compile_dir(str(opc.parents[1] / "lib"), quiet=1)


def ensure_opc() -> Path:
    exe = OPC_VENV / "bin" / "openapi-python-client"
    if not exe.exists():
        print(f"installing openapi-python-client {OPC_VERSION} into {OPC_VENV} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(OPC_VENV)], check=True)
        subprocess.run([str(OPC_VENV / "bin" / "pip"), "install", "-q", "--disable-pip-version-check",
                        f"openapi-python-client=={OPC_VERSION}"], check=True)
    return exe


def median_run(make_command: object, repeat: int) -> dict[str, float | int | str]:
    runs = []
    for _ in range(repeat):
        scratch = Path(tempfile.mkdtemp(dir=SCRATCH))
        runs.append(measure(make_command(scratch)))  # type: ignore[operator]
    best = sorted(runs, key=lambda r: float(r["seconds"]))[len(runs) // 2]
    best["seconds"] = statistics.median(float(r["seconds"]) for r in runs)
    best["peak_mb"] = max(float(r["peak_mb"]) for r in runs)
    return best


Row = tuple[str, dict[str, float | int | str]]


def bench_spec(spec: Path, opc: Path, languages: list[str], repeat: int) -> list[Row]:
    rows = [
        ("openapi-python-client (python)", median_run(
            lambda d: [str(opc), "generate", "--path", str(spec), "--output-path", str(d / "out"), "--overwrite"],
            repeat)),
        ("sdkgen (python)", median_run(
            lambda d: [*SDKGEN, "generate", "--spec", str(spec), "--lang", "python", "--out", str(d)], repeat)),
    ]
    if languages != ["python"]:
        rows.append((f"sdkgen ({len(languages)} targets)", median_run(
            lambda d: [*SDKGEN, "generate", "--spec", str(spec), "--lang", ",".join(languages), "--out", str(d)],
            repeat)))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--largest", action="store_true", help="only the largest spec")
    parser.add_argument("--all", action="store_true", help=argparse.SUPPRESS)  # the default now
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--spec", action="append", default=[], metavar="TEXT",
                        help="only specs whose path under the corpus contains TEXT (repeatable)")
    args = parser.parse_args()
    specs = sorted((p for p in CORPUS.rglob("*") if p.suffix in (".json", ".yaml", ".yml")),
                   key=lambda p: p.stat().st_size, reverse=True)
    if not specs:
        print(f"no specs under {CORPUS}", file=sys.stderr)
        return 2
    if args.spec:
        specs = [p for p in specs if any(text in str(p.relative_to(CORPUS)) for text in args.spec)]
        if not specs:
            print(f"no spec under {CORPUS} matches {args.spec}", file=sys.stderr)
            return 2
    if args.largest:
        specs = specs[:1]
    sys.path.insert(0, str(ROOT))
    from generator.targets import TARGETS

    languages = list(TARGETS)
    opc = ensure_opc()
    compile_bytecode(opc)
    shutil.rmtree(SCRATCH, ignore_errors=True)  # left by an interrupted bench
    SCRATCH.mkdir(parents=True)
    print(f"{'spec':44} {'tool':32} {'seconds':>8} {'peak MB':>8} {'vs opc':>7}  status")
    failures = 0
    totals = [0.0, 0.0, 0.0]  # opc, ours (python), ours (all), over the specs opc could generate
    peak = 0.0
    for spec in specs:
        rows = bench_spec(spec, opc, languages, args.repeat)
        peak = max([peak, *(float(r["peak_mb"]) for tool, r in rows if tool.startswith("sdkgen"))])
        if rows[0][1]["status"] == 0:
            for index, (_, r) in enumerate(rows[:3]):
                totals[index] += float(r["seconds"])
        baseline = float(rows[0][1]["seconds"])
        name = f"{spec.relative_to(CORPUS)} ({spec.stat().st_size / 1e6:.1f} MB)"
        for tool, r in rows:
            ok = "ok" if r["status"] == 0 else f"exit {r['status']}"
            speedup = baseline / float(r["seconds"]) if float(r["seconds"]) else 0.0
            print(f"{name:44} {tool:32} {float(r['seconds']):8.2f} {float(r['peak_mb']):8.1f} {speedup:6.1f}x  {ok}")
            name = ""
            if tool.startswith("sdkgen") and r["status"] != 0:
                failures += 1
                print(f"    {r['stderr']}")
    shutil.rmtree(SCRATCH, ignore_errors=True)
    if totals[0] and totals[1] and totals[2]:
        python_speedup, all_speedup = totals[0] / totals[1], totals[0] / totals[2]
        verdicts = [
            (f"python alone {python_speedup:.1f}x faster than openapi-python-client (target >= 3x)",
             python_speedup >= 3),
            (f"all {len(languages)} --lang targets {all_speedup:.1f}x openapi-python-client's speed (target > 1x)",
             all_speedup > 1),
            (f"peak memory {peak:.0f} MB (target < 500 MB)", peak < 500),
        ]
        print(f"corpus totals (specs openapi-python-client generates): opc {totals[0]:.1f}s, "
              f"ours python {totals[1]:.1f}s, ours all {totals[2]:.1f}s")
        for text, ok in verdicts:
            print(f"{'ok  ' if ok else 'MISS'} {text}")
            failures += 0 if ok else 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""The per-call overhead bench works: each harness, run with a handful of calls, decodes what the server sent.

One build per language (as ``nox -s bench`` does), then every client of it measures both calls
with n=4 against the canned server. Only correctness is asserted, never timing: the SDK's typed
result and the bare JSON tree agree with the recording, every call made exactly one request on
each path, and the canned server serves the recorded bytes and refuses a request without the token.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import call_overhead_bench as bench  # noqa: E402

N, BLOCK, WARMUP = 4, 2, 1
CALLS_PER_PATH = WARMUP + N  # each call kind, each path: the warm-up, then N measured calls


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> bench.Recording:
    return bench.record(tmp_path_factory.mktemp("call-overhead-recorded"))


@pytest.fixture(scope="module")
def canned(tmp_path_factory: pytest.TempPathFactory, recording: bench.Recording) -> Iterator[bench.CannedServer]:
    binary = bench.build_go_binary(bench.HERE / "canned", tmp_path_factory.mktemp("canned") / "canned")
    with bench.canned_server(binary, recording) as server:
        yield server


def test_go_sources_are_formatted_and_vetted() -> None:
    from tests.sdk_go.gotool import output, run_go

    for folder in (bench.HERE / "canned", bench.HERE / "go"):
        formatted = run_go(["gofmt", "-l", "."], cwd=folder)
        assert formatted.returncode == 0 and formatted.stdout.strip() == "", output(formatted)
        vetted = run_go(["vet", "./..."], cwd=folder)
        assert vetted.returncode == 0, output(vetted)


def test_ruby_harness_parses_without_warnings() -> None:
    from tests.sdk_ruby.ruby_toolchain import output, run

    checked = run(["ruby", "-wc", "-I", str(bench.SDKS / "ruby" / "lib"), str(bench.HERE / "ruby" / "bench.rb")],
                  cwd=bench.ROOT)
    assert checked.returncode == 0 and checked.stderr == "", output(checked)


def test_canned_server_serves_the_recording_byte_for_byte(
    canned: bench.CannedServer, recording: bench.Recording
) -> None:
    host, port = canned.url.removeprefix("http://").rsplit(":", 1)
    for call, (path, query) in bench.call_targets().items():
        target = f"{path}?{query}" if query else path
        assert bench.raw_exchange(host, int(port), target, bench.TOKEN) == recording.responses[call]
    refused = bench.raw_exchange(host, int(port), bench.call_targets()["get"][0], None)
    assert bench.status_of(refused) == 401
    assert bench.body_of(refused)["code"] == "unauthorized"
    wrong = bench.raw_exchange(host, int(port), bench.call_targets()["get"][0], "tok_nobody")
    assert wrong == refused


def test_recording_is_what_the_bench_expects(recording: bench.Recording) -> None:
    get = recording.expected("get")
    assert get == {"id": bench.SHOP_V1, "status": "succeeded", "image_uri": "gcr.io/axhub-apps/acme/shop:3f1c2a9b8d7e"}
    page = recording.expected("list")
    assert bench.SHOP_V1 in page["ids"] and page["total"] == len(page["ids"])
    assert page["failure_codes"], "the fixture's failed deployment gives the list call a nested object to decode"


@pytest.mark.parametrize("language", bench.LANGUAGES)
def test_harness(language: str, canned: bench.CannedServer, recording: bench.Recording,
                 tmp_path: Path) -> None:
    command = bench.BUILDERS[language](tmp_path)
    calls = list(bench.HARNESS_CALLS[language])
    for client in bench.CLIENTS[language]:
        config = {**bench.harness_config(canned.url, N, WARMUP, BLOCK, calls), "clients": [client]}
        before = canned.stats()
        answer = bench.run_harness(language, command, config, timeout=600)
        after = canned.stats()
        rows: list[dict[str, Any]] = answer["rows"]
        assert [(row["client"], row["call"]) for row in rows] == [(client, call) for call in calls], answer
        for row in rows:
            expected = recording.expected(row["call"])
            assert row["sdk_value"] == expected, f"{client} {row['call']}: the SDK decoded {row['sdk_value']}"
            assert row["bare_value"] == expected, f"{client} {row['call']}: the bare path decoded {row['bare_value']}"
            bench.check_row(row, recording)
            figures = [row[key] for key in ("sdk_us_per_call", "bare_us_per_call",
                                            "sdk_cpu_us_per_call", "bare_cpu_us_per_call")]
            assert all(isinstance(value, int | float) and value >= 0 for value in figures), row
            assert len(row["sdk_blocks"]) == len(row["bare_blocks"]) == -(-N // BLOCK), row
        # One request per call on each path: no hidden retries, and the bare requests are told apart.
        for kind in ("sdk", "bare"):
            served = bench._delta(before, after, kind, "requests")
            assert served == CALLS_PER_PATH * len(calls), f"{client}: {served} {kind} requests\n{after}"
        assert "stderr" not in answer, f"{client} wrote to stderr:\n{answer['stderr']}"


def test_a_harness_fails_when_the_server_refuses_it(canned: bench.CannedServer) -> None:
    config = {**bench.harness_config(canned.url, N, WARMUP, BLOCK, ["get"]), "clients": ["python"],
              "token": "tok_nobody"}
    result = subprocess.run([*bench.build_python(Path()), json.dumps(config)], capture_output=True, text=True,
                            timeout=300, env=bench.harness_env("python"))
    assert result.returncode != 0
    assert "401" in result.stderr or "AuthenticationError" in result.stderr, result.stderr[-3000:]


def test_the_ratio_pairs_each_rounds_blocks() -> None:
    # A slow spell (round 2) doubles both paths' times; the paired ratio does not move.
    row = {"sdk_blocks": [150.0, 300.0, 150.0], "bare_blocks": [100.0, 200.0, 100.0]}
    assert bench.paired_ratio(row) == 1.5


def _run(sdk: list[float], bare: list[float], sdk_cpu: float, bare_cpu: float, **extra: Any) -> dict[str, Any]:
    return {"client": "go", "call": "list", "sdk_blocks": sdk, "bare_blocks": bare, "sdk_us_per_call": max(sdk),
            "bare_us_per_call": max(bare), "sdk_cpu_us_per_call": sdk_cpu, "bare_cpu_us_per_call": bare_cpu,
            "sdk_value": {}, "bare_value": {}, **extra}


def test_repeated_runs_combine_into_medians() -> None:
    runs = [
        _run([110.0, 120.0], [100.0, 100.0], 130.0, 100.0, sdk_connections=1, bare_connections=1, load=2.0),
        _run([300.0, 330.0], [200.0, 300.0], 110.0, 100.0, sdk_connections=1, bare_connections=0, load=9.0),
        _run([125.0], [100.0], 120.0, 100.0, sdk_connections=0, bare_connections=1, load=4.0),
    ]
    row = bench.combine(runs)
    # The blocks pooled: paired ratios 1.1, 1.2, 1.5, 1.1, 1.25 -> median 1.2.
    assert row["sdk_blocks"] == [110.0, 120.0, 300.0, 330.0, 125.0]
    assert bench.paired_ratio(row) == pytest.approx(1.2)
    assert row["run_ratios"] == [1.15, 1.3, 1.25]
    # Per-call times and the CPU ratio: medians over the runs (CPU ratios 1.3, 1.1, 1.2).
    assert (row["sdk_us_per_call"], row["bare_us_per_call"]) == (125.0, 100.0)
    assert bench.cpu_ratio(row) == pytest.approx(1.2)
    assert (row["sdk_connections"], row["bare_connections"], row["load"], row["runs"]) == (2, 2, 4.0, 3)
    # One run combines into itself.
    single = bench.combine(runs[:1])
    assert bench.paired_ratio(single) == pytest.approx(1.15) and bench.cpu_ratio(single) == pytest.approx(1.3)


def test_combine_refuses_runs_of_different_rows() -> None:
    with pytest.raises(ValueError, match="one client and call"):
        bench.combine([_run([1.0], [1.0], 1.0, 1.0), {**_run([1.0], [1.0], 1.0, 1.0), "call": "get"}])
    with pytest.raises(ValueError, match="no runs"):
        bench.combine([])


def test_the_table_marks_a_row_over_the_target_by_wall_or_cpu(capsys: pytest.CaptureFixture[str]) -> None:
    within = bench.combine([_run([120.0], [100.0], 120.0, 100.0)])
    cpu_over = bench.combine([_run([120.0], [100.0], 140.0, 100.0)])
    wall_over = bench.combine([{**_run([140.0], [100.0], 120.0, 100.0), "call": "get"}])
    bench.print_table([within, cpu_over, wall_over])
    lines = capsys.readouterr().out.splitlines()[2:]
    assert [" ok " in line for line in lines] == [True, False, False]
    assert all(" over " in line for line in lines[1:])

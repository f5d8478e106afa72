"""The Platform API's mechanics in the generated Ruby SDK (sdks/platform/ruby): tenants, sessions,
webhook verification and resumable streams, through the minitest suite of tests/sdk_ruby/platform
(a fake transport and clock) with warnings on."""

from __future__ import annotations

import re

import pytest

from .ruby_toolchain import HERE, ensure_ruby, output, run

REPO = HERE.parents[1]
SDK = REPO / "sdks" / "platform" / "ruby"

pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module", autouse=True)
def ruby() -> None:
    ensure_ruby()


def test_the_platform_minitest_suite_passes_with_warnings_on() -> None:
    files = sorted((HERE / "platform").glob("test_*.rb"))
    assert files
    script = "ARGV.each { |file| require File.expand_path(file) }"
    result = run(["ruby", "-w", "-I", str(SDK / "lib"), "-e", script, *map(str, files)], cwd=REPO)
    assert result.returncode == 0, output(result)
    assert re.search(r"[1-9]\d* runs, \d+ assertions, 0 failures, 0 errors, 0 skips", result.stdout), output(result)
    warnings = [line for line in result.stderr.splitlines() if "warning:" in line]
    assert not warnings, output(result)


def test_rubocop_is_clean_on_the_platform_sdk() -> None:
    result = run(["rubocop", "--format", "simple", "--no-color"], cwd=SDK)
    assert result.returncode == 0, output(result)

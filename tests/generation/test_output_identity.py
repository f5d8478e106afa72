"""The generator's output stays byte-identical to the recorded manifest (see output_identity.py).

A failure lists each file that changed. When the change is meant (a fix, a template or runtime
edit), record the new digests in the same commit:
    .venv/bin/python -m tests.generation.output_identity --update
"""

from __future__ import annotations

import pytest

from . import output_identity as oi

RECORDED = oi.read_manifest()
PRESENT = oi.all_specs()


def test_manifest_covers_every_spec_present() -> None:
    assert RECORDED, f"{oi.MANIFEST} is missing or empty; record it with --update"
    unrecorded = sorted(set(PRESENT) - set(RECORDED))
    assert not unrecorded, f"specs without recorded digests (run --update): {unrecorded}"


@pytest.mark.parametrize("name", sorted(PRESENT))
def test_output_is_byte_identical(name: str) -> None:
    if name not in RECORDED:
        pytest.fail(f"{name} is not in {oi.MANIFEST.name}; run `python -m tests.generation.output_identity --update`")
    lines = oi.differences(RECORDED[name], oi.digest_spec(PRESENT[name]))
    shown = "\n".join(lines[:40]) + (f"\n... and {len(lines) - 40} more" if len(lines) > 40 else "")
    assert not lines, (
        f"{name}: {len(lines)} generated file(s) differ from the manifest:\n{shown}\n"
        "If the change is meant, record it: python -m tests.generation.output_identity --update"
    )


def test_differences_name_each_kind_of_change() -> None:
    old = {"go": {"a.go": "1", "b.go": "2"}, "java": {"X.java": "3"}}
    new = {"go": {"a.go": "1", "b.go": "9", "c.go": "4"}, "ruby": {"x.rb": "5"}}
    assert oi.differences(old, new) == [
        "go/b.go: content changed",
        "go/c.go: new file",
        "java: not generated (recorded in the manifest)",
        "ruby: generated but not recorded",
    ]
    assert oi.differences(old, old) == []

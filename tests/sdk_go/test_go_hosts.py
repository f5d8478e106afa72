"""Hosts and request signatures from a spec that is not Deplite's (tests/sdk_go/hosts/openapi.yaml):
three hosts (one named by x-sdkgen-host, one by its host name) and a signature with other headers,
another canonical order and separator, base64 and 24-byte nonces. The SDK generated from it is
formatted, vetted and runs hosts/hosts_test.go: each operation goes to its host, signed as its
scheme says, by its method and by operationId, and the scheme's hand signer agrees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .gotool import output, run_go

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent / "hosts"


def test_hosts_and_signature_of_another_shape(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", str(HERE / "openapi.yaml"),
                             "--lang", "go", "--out", str(tmp_path)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    sdk = tmp_path / "hosts" / "go"
    (sdk / "hosts_test.go").write_text((HERE / "hosts_test.go").read_text())
    fmt = run_go(["gofmt", "-l", "."], sdk)
    assert fmt.returncode == 0 and fmt.stdout.strip() == "", output(fmt)
    vet = run_go(["vet", "./..."], sdk)
    assert vet.returncode == 0, output(vet)
    tested = run_go(["test", "-count=1", "-v", "."], sdk)
    assert tested.returncode == 0, output(tested)
    for name in ("TestEachOperationGoesToItsHostSignedAsItsSchemeSays", "TestTheSchemesSignerSignsByHand",
                 "TestWithoutASigningKeyTheBearerStillGoesAndBadHostsAreRefused"):
        assert f"--- PASS: {name} " in tested.stdout, output(tested)

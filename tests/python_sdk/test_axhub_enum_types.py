"""Enums are typed and still accept values the SDK does not know (issue 16 item 7), proven with
mypy --strict on programs written as a user would: an enum member or a plain string goes where an
enum is expected, a field reads as `Enum | str`, another type is refused; at run time an unknown
value decodes as the plain string.

What mypy cannot do, by the nature of "accepts unknown values": `Enum | str` (like
`Literal[...] | str`) is a subtype-union with `str`, so a misspelt string is accepted; the members
give names, completion and a typed read, not a check of the spelling."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from axhub import models

SDK = Path(__file__).resolve().parents[2] / "sdks" / "axhub" / "python"
MYPY = Path(sys.executable).parent / "mypy"

GOOD = '''
from typing import assert_type

from axhub import AxHubClient, SyncPage, models


def use(client: AxHubClient, deployment: models.Deployment) -> None:
    assert_type(deployment.status, models.DeploymentStatus | str)
    if deployment.status == models.DeploymentStatus.SUCCEEDED:
        print("done")
    lines: SyncPage[models.LogLine] = client.deployments.logs("app", direction=models.LogDirection.FORWARD)
    newer = client.deployments.logs("app", direction="forward")  # a plain string the spec lists
    later = client.deployments.logs("app", direction="sideways")  # a value this SDK does not know yet
    print(lines, newer, later)
    assert_type(models.DeploymentStatus("pending"), models.DeploymentStatus)
'''

BAD = '''
from axhub import AxHubClient, models


def use(client: AxHubClient, deployment: models.Deployment) -> None:
    client.deployments.logs("app", direction=3)
    status: models.DeploymentStatus = deployment.status
'''


def mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    program = tmp_path / "program.py"
    program.write_text(textwrap.dedent(source))
    return subprocess.run(
        [str(MYPY), "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(program)],
        capture_output=True, text=True, timeout=600, env={"MYPYPATH": str(SDK), "PATH": "/usr/bin:/bin"},
    )


def test_members_and_plain_strings_type_check(tmp_path: Path) -> None:
    result = mypy(tmp_path, GOOD)
    assert result.returncode == 0, result.stdout + result.stderr


def test_another_type_or_a_narrower_read_is_refused(tmp_path: Path) -> None:
    result = mypy(tmp_path, BAD)
    assert result.returncode == 1, result.stdout
    assert 'Argument "direction" to "logs" of "DeploymentsResource" has incompatible type "int"' in result.stdout
    # The field may hold a value the SDK does not know: it does not narrow to the enum unchecked.
    assert 'variable has type "DeploymentStatus")  [assignment]' in result.stdout
    assert "Found 2 errors" in result.stdout


def test_an_unknown_value_decodes_as_the_plain_string() -> None:
    known = models.Deployment.from_dict({"id": "d", "status": "succeeded"})
    assert known.status is models.DeploymentStatus.SUCCEEDED
    unknown = models.Deployment.from_dict({"id": "d", "status": "hibernating"})
    assert unknown.status == "hibernating" and not isinstance(unknown.status, models.DeploymentStatus)
    assert unknown.to_dict()["status"] == "hibernating"  # and goes back unchanged

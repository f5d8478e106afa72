"""An API whose x-sdkgen-tenant names another header and client option (tests/sdk_java/orgs:
X-Org, organizationId, ORGS_ORG): the generated Java client gets its own Builder with an
organizationId setter, compiles with -Xlint:all -Werror, and sends the header on the operation that
declares it only (OrgsTenantTest, against the runtime's local test server)."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.cli import main

from .test_java_platform import suites
from .toolchain import checkstyle, ensure_java_toolchain, maven, tail

HERE = Path(__file__).resolve().parent
SPEC = HERE / "orgs"


def test_another_tenant_header_and_option_name(tmp_path: Path) -> None:
    ensure_java_toolchain()
    assert main(["generate", "--spec", str(SPEC), "--lang", "java", "--out", str(tmp_path / "out")]) == 0
    project = tmp_path / "out" / "orgs" / "java"
    client = (project / "src/main/java/io/orgs/sdk/OrgsClient.java").read_text(encoding="utf-8")
    assert "public Builder organizationId(String id)" in client
    assert '.tenant(TENANT_HEADER, "ORG")' in client and 'TENANT_HEADER = "X-Org"' in client
    shutil.copytree(SPEC / "src", project / "src", dirs_exist_ok=True)
    result = maven(project, "-q", "test", "-Dtest=OrgsTenantTest,TenantTest")
    assert result.returncode == 0, tail(result)
    found = suites(project)
    assert found.get("io.orgs.sdk.OrgsTenantTest", {}).get("tests") == 2, found
    assert found["io.orgs.sdk.OrgsTenantTest"]["failures"] == 0 and found["io.orgs.sdk.OrgsTenantTest"]["errors"] == 0


def test_the_test_source_passes_checkstyle() -> None:
    ensure_java_toolchain()
    result = checkstyle(SPEC / "src")
    assert result.returncode == 0, tail(result)

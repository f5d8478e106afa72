"""The generated Go SDK (sdks/axhub/go) through Go's own tools: gofmt, go vet, go build,
the runtime's unit tests, the surface tests in tests/sdk_go/surface, and a hostile spec."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import load_api
from generator.diagnostics import Diagnostics
from generator.settings import load_settings
from generator.targets.base import render_target
from generator.targets.go import GoTarget

from .gotool import output, run_go

REPO = Path(__file__).resolve().parents[2]
SDK = REPO / "sdks" / "axhub" / "go"
SURFACE = Path(__file__).resolve().parent / "surface"
HOSTILE = Path(__file__).resolve().parent / "hostile" / "openapi.json"
RUNTIME = REPO / "templates" / "go" / "runtime"


def seed_names() -> list[tuple[str, ...]]:
    source = (REPO / "tests" / "unit" / "test_naming.py").read_text()
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "SEED_NAMES" for t in node.targets):
            return [tuple(row) for row in ast.literal_eval(node.value)]
    raise AssertionError("SEED_NAMES not found")


def test_committed_sdk_is_what_the_generator_makes() -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "check", "--lang", "go"], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generation_is_deterministic() -> None:
    spec = REPO / "spec" / "axhub" / "openapi.yaml"
    first = render_target(GoTarget(), load_api(spec), load_settings(spec, Diagnostics()))
    second = render_target(GoTarget(), load_api(spec), load_settings(spec, Diagnostics()))
    assert first == second
    assert "go.mod" in first and first["go.mod"].startswith(b"module github.com/axhub/axhub-go\n")


def test_every_seed_method_has_the_seed_name() -> None:
    service = (SDK / "deployments_service.go").read_text()
    operations = (SDK / "operations.go").read_text()
    rows = seed_names()
    assert len(rows) == 24
    for operation_id, go_name, *_ in rows:
        signature = (f"func (s *DeploymentsService) {go_name}(ctx context.Context, params OperationParams, "
                     "opts ...RequestOption) (")
        assert signature in service, go_name
        assert f'ID:     "{operation_id}",' in operations, operation_id
    assert "func (c *Client) Deployments() *DeploymentsService" in (SDK / "client.go").read_text()


def test_gofmt_is_clean() -> None:
    for folder in (SDK, SURFACE, RUNTIME):
        result = run_go(["gofmt", "-l", "."], folder)
        assert result.returncode == 0 and result.stdout.strip() == "", output(result)


def test_go_vet_and_build() -> None:
    for args in (["vet", "./..."], ["build", "./..."]):
        result = run_go(args, SDK)
        assert result.returncode == 0, output(result)


def test_runtime_unit_tests() -> None:
    result = run_go(["test", "-count=1", "-v", "./..."], SDK)
    assert result.returncode == 0, output(result)
    assert "ok  \tgithub.com/axhub/axhub-go/internal/core" in result.stdout, output(result)
    for name in ("TestClientCredentialsTokenIsFetchedOnceAndShared", "TestClientCredentialsTokenIsRefreshedAfterExpiry",
                 "TestClientCredentialsTokenIsRenewedOnceOn401", "TestAPIKeyInHeaderQueryAndCookie",
                 "TestEventStreamParsingAcrossChunks", "TestStreamYieldsEventsAsTheyArriveAfterRetries",
                 "TestPathStylesFollowTheOpenAPIStyleTable", "TestSignatureVectors",
                 "TestHostsRouteOperationsAndEveryAttemptIsSignedAfresh", "TestSigningKeyAndHostComeFromTheEnvironment",
                 "TestBadHostsAndHalfSigningKeysAreRefusedWhenBuilt", "TestPagesByHand",
                 "TestWaitForIsBoundedByCountTimeoutAndStop", "TestFollowIsBoundedByCountTimeoutAndStop",
                 "TestMissingCredentialsAreRefusedWhenBuilt", "TestTenantGoesOnlyToTenantScopedOperations",
                 "TestTenantOverriddenPerCallAndByTheHeaderParameter", "TestTenantFromEnvironmentAndNeverRequired",
                 "TestSessionConcurrentCallsWithAnExpiredTokenRefreshOnce",
                 "TestSessionRevokedRefreshTokenIsTheAuthenticationErrorAndNotRetried",
                 "TestSessionLoginStoresThePairAndRefreshesBeforeExpiry",
                 "TestSessionTokenStoreLoadsAndPersistsAndLogoutForgets",
                 "TestSessionOptionsAreRefusedOnOneCallAndWithTokenWins", "TestWebhookVerifiedAndDecodedIntoItsEvent",
                 "TestWebhookTwoSecretsDuringARotation", "TestWebhookAnythingElseIsRefused",
                 "TestResumeReconnectsWithLastEventIDAndTheServersRetry",
                 "TestResumeDoesNotRepeatTheEventItResumedAfter", "TestResumeIsBoundedByMaxReconnects"):
        assert f"--- PASS: {name} " in result.stdout, f"{name} did not run\n" + output(result)


def test_surface_tests_against_the_generated_sdk() -> None:
    vet = run_go(["vet", "./..."], SURFACE)
    assert vet.returncode == 0, output(vet)
    result = run_go(["test", "-count=1", "-v", "./..."], SURFACE)
    assert result.returncode == 0, output(result)
    assert len(re.findall(r"^--- PASS", result.stdout, re.M)) >= 13, output(result)
    for name in ("TestMisuseIsTheSDKsOwnError", "TestWaitForOnTheResource", "TestFollowLogsOnTheResource",
                 "TestFriendlyListReturnsPages"):
        assert f"--- PASS: {name} " in result.stdout, f"{name} did not run\n" + output(result)


def test_runtime_imports_the_standard_library_only() -> None:
    for path in sorted(RUNTIME.glob("*.go")):
        block = re.search(r"^import \((.*?)^\)", path.read_text(), re.M | re.S)
        single = re.findall(r'^import "([^"]+)"', path.read_text(), re.M)
        imports = re.findall(r'"([^"]+)"', block.group(1)) if block else single
        for name in imports:
            assert "." not in name.split("/")[0], f"{path.name} imports {name}"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile")
    result = subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", str(HOSTILE), "--lang", "go",
                             "--out", str(out)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return out / "hostile" / "go"


def test_hostile_spec_gives_clean_compiling_go(hostile: Path) -> None:
    for path in hostile.rglob("*.go"):
        text = path.read_bytes().decode("utf-8")
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\ufeff]", text), path
    fmt = run_go(["gofmt", "-l", "."], hostile)
    assert fmt.returncode == 0 and fmt.stdout.strip() == "", output(fmt)
    for args in (["vet", "./..."], ["build", "./..."]):
        result = run_go(args, hostile)
        assert result.returncode == 0, output(result)


def test_hostile_names_are_escaped_and_kept(hostile: Path) -> None:
    models = (hostile / "models.go").read_text()
    assert 'core.Field("a\\"b", &m.AB_2)' in models  # wire name kept, Go name sanitised
    assert re.search(r"^\tNext +\*Node +`json:\"next\"`$", models, re.M)  # a required self-reference is a pointer
    assert "type Client2 struct" in models  # a model may not take a runtime or package name
    files = sorted(p.name for p in hostile.glob("*.go"))
    assert not any(name.endswith("_test.go") or name.endswith("_linux.go") for name in files), files
    assert (hostile / "go.mod").read_text().startswith("module example.com/hostile-go\n")


GENERATED_TESTS = Path(__file__).resolve().parent / "generated"
CASES = REPO / "tests" / "generation" / "cases"


@pytest.fixture(scope="module")
def auth_and_streams(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The security and params_bodies cases generated into one workspace, each with its Go test."""
    out = tmp_path_factory.mktemp("auth-streams")
    for case, test in (("security", "security_test.go"), ("params_bodies", "stream_test.go")):
        result = subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", str(CASES / f"{case}.yaml"),
                                 "--lang", "go", "--out", str(out)], cwd=REPO, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        (out / case / "go" / test).write_text((GENERATED_TESTS / test).read_text())
    (out / "go.work").write_text("go 1.24\n\nuse (\n\t./security/go\n\t./params_bodies/go\n)\n")
    return out


def test_generated_security_and_event_streams(auth_and_streams: Path) -> None:
    """The generated operation tables drive the runtime: each operation of the security case sends
    the credentials of its scheme (none for the public one), and the event-stream operation ranges
    over events by its method and by operationId."""
    packages = ["example.com/security-go", "example.com/params-bodies-go"]
    vet = run_go(["vet", *packages], auth_and_streams)
    assert vet.returncode == 0, output(vet)
    result = run_go(["test", "-count=1", "-v", *packages], auth_and_streams)
    assert result.returncode == 0, output(result)
    for name in ("TestEachOperationSendsTheCredentialsOfItsScheme", "TestStreamEventsByMethodAndByOperationID"):
        assert f"--- PASS: {name} " in result.stdout, output(result)


def test_generated_options_follow_the_schemes() -> None:
    """Credential options are exported only when a scheme takes them: the AxHub SDK (bearer only)
    keeps its surface."""
    aliases = (SDK / "aliases.go").read_text()
    for name in ("WithBasicAuth", "WithAPIKey", "WithClientCredentials", "WithTokenURL", "ServerSentEvent"):
        assert name not in aliases, name
    assert "Secured: true" in (SDK / "client.go").read_text()

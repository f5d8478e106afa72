"""The friendly surface of the Go SDK (issue 16): misuse of its typed inputs fails at compile time.

Each program below is a small module that uses the committed AxHub SDK wrongly; `go vet` (which
type-checks) must refuse it with the compiler's message, naming the wrong argument."""

from __future__ import annotations

from pathlib import Path

import pytest

from .gotool import output, run_go

REPO = Path(__file__).resolve().parents[2]
SDK = REPO / "sdks" / "axhub" / "go"

MISUSES = {
    "another_operations_params": (
        "_, _ = client.Deployments().List(ctx, \"a\", axhub.DeploymentsTenantFeedParams{})",
        "cannot use axhub.DeploymentsTenantFeedParams{} (value of struct type axhub.DeploymentsTenantFeedParams) "
        "as axhub.DeploymentsListParams value in argument to client.Deployments().List",
    ),
    "string_for_an_integer": (
        "_, _ = client.Deployments().List(ctx, \"a\", axhub.DeploymentsListParams{Limit: axhub.Some(\"ten\")})",
        "cannot use axhub.Some(\"ten\")",
    ),
    "integer_path_argument_as_string": (
        "_, _ = client.Deployments().Github().Repositories(ctx, \"42\", axhub.DeploymentsGithubRepositoriesParams{})",
        "cannot use \"42\" (untyped string constant) as int64 value in argument",
    ),
    "missing_path_argument": (
        "_, _ = client.Deployments().Get(ctx, \"a\")",
        "not enough arguments in call to client.Deployments().Get",
    ),
    "misspelt_field": (
        "_, _ = client.Deployments().List(ctx, \"a\", axhub.DeploymentsListParams{Limitt: axhub.Some[int64](1)})",
        "unknown field Limitt in struct literal of type axhub.DeploymentsListParams",
    ),
}

PROGRAM = """package main

import (
	"context"

	"github.com/axhub/axhub-go"
)

func main() {
	ctx := context.Background()
	client, _ := axhub.NewClient(axhub.WithBaseURL("http://127.0.0.1:1"))
	STATEMENT
}
"""


def go_mod(name: str) -> str:
    return (f"module sdkgen.test/{name}\n\ngo 1.24\n\nrequire github.com/axhub/axhub-go v0.0.0\n\n"
            f"replace github.com/axhub/axhub-go => {SDK}\n")


@pytest.mark.parametrize("case", sorted(MISUSES))
def test_misuse_does_not_compile(case: str, tmp_path: Path) -> None:
    statement, message = MISUSES[case]
    (tmp_path / "go.mod").write_text(go_mod("misuse"))
    (tmp_path / "main.go").write_text(PROGRAM.replace("STATEMENT", statement))
    result = run_go(["vet", "."], tmp_path)
    assert result.returncode != 0, output(result)
    assert message in result.stdout + result.stderr, output(result)


def test_correct_use_compiles(tmp_path: Path) -> None:
    (tmp_path / "go.mod").write_text(go_mod("use"))
    statement = ("_, _ = client.Deployments().List(ctx, \"a\", "
                 "axhub.DeploymentsListParams{Limit: axhub.Some[int64](20)})")
    (tmp_path / "main.go").write_text(PROGRAM.replace("STATEMENT", statement))
    result = run_go(["vet", "."], tmp_path)
    assert result.returncode == 0, output(result)


def test_readme_program_compiles(tmp_path: Path) -> None:
    """The README's first program (the resource methods, then the seed form) builds and vets as written."""
    readme = (SDK / "README.md").read_text()
    use = readme[readme.index("## Use"):]
    program = use[use.index("```go\n") + len("```go\n"):use.index("\n```", use.index("```go\n"))]
    assert "client.Deployments().List(ctx" in program and "DeployGetApiV1AppsByAppIDDeployments(ctx" in program
    (tmp_path / "go.mod").write_text(go_mod("readme"))
    (tmp_path / "main.go").write_text(program + "\n")
    result = run_go(["vet", "."], tmp_path)
    assert result.returncode == 0, output(result)


def test_deplite_readme_program_compiles(tmp_path: Path) -> None:
    """The Deplite README's first program (pages, auto-paging, a body, the seed form) vets as written."""
    sdk = REPO / "sdks" / "deplite" / "go"
    readme = (sdk / "README.md").read_text()
    use = readme[readme.index("## Use"):]
    program = use[use.index("```go\n") + len("```go\n"):use.index("\n```", use.index("```go\n"))]
    assert "client.Jobs().LogsAutoPaging(ctx" in program and "page.NextPage(ctx)" in program
    (tmp_path / "go.mod").write_text("module sdkgen.test/deplite-readme\n\ngo 1.24\n\n"
                                     f"require github.com/deplite/deplite-go v0.0.0\n\n"
                                     f"replace github.com/deplite/deplite-go => {sdk}\n")
    (tmp_path / "main.go").write_text(program + "\n")
    result = run_go(["vet", "."], tmp_path)
    assert result.returncode == 0, output(result)

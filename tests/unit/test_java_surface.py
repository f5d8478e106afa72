"""The Java SDK's friendly surface (generator/targets/java/surface.py): resource methods named from
each operation's neutral name, nested as the names nest, path parameters positional, the rest in one
params builder with primitive overloads; the seed surface unchanged beside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import ir
from generator.cli import load
from generator.targets.base import render_target
from generator.targets.java import JavaTarget, JavaView

REPO = Path(__file__).resolve().parents[2]
AXHUB = REPO / "spec" / "axhub" / "openapi.yaml"
ROOT = "src/main/java/ai/axhub/sdk/"


@pytest.fixture(scope="module")
def axhub() -> tuple[JavaView, dict[str, str]]:
    loaded = load(AXHUB, False)
    files = render_target(JavaTarget(), loaded.api, loaded.settings)
    return JavaView(loaded.api, loaded.settings), {k: v.decode("utf-8") for k, v in files.items()}


def signatures(source: str, name: str) -> list[str]:
    return re.findall(r"public (\S+(?:<[^>]*>)?) " + name + r"\(([^)]*)\)", source)


def test_axhub_methods_are_the_names_the_spec_gives(axhub: tuple[JavaView, dict[str, str]]) -> None:
    view, _ = axhub
    tree = {}
    for root in view.surface.roots:
        stack = [root]
        while stack:
            node = stack.pop(0)
            tree[node.path] = (node.class_name, node.merged, [m.name for m in node.methods])
            stack += node.children
    assert tree["deployments"] == ("DeploymentsResource", True, [
        "list", "trigger", "get", "cancel", "rollback", "logs", "disableStaging", "enableStaging", "tenantFeed"])
    assert tree["deployments.lifecycle"] == ("DeploymentsLifecycleService", False,
                                             ["diagnosis", "retryPromotion", "releases", "promotePreflight"])
    assert tree["apps"] == ("AppsService", False, [])
    assert tree["apps.git"] == ("AppsGitService", False,
                                ["disconnect", "get", "update", "register", "connectGithub", "installStart"])
    assert [n.accessor for n in view.surface.roots] == ["deployments", "apps"]


def test_path_parameters_are_positional_and_the_rest_one_params_object(
        axhub: tuple[JavaView, dict[str, str]]) -> None:
    _, files = axhub
    resource = files[ROOT + "resources/DeploymentsResource.java"]
    assert ("Paged<Deployment>", "String appID, DeploymentsListParams params, RequestOptions options") in \
        signatures(resource, "list")
    assert ("Paged<Deployment>", "String appID") in signatures(resource, "list")
    assert ("CompletableFuture<Paged<Deployment>>", "String appID, DeploymentsListParams params") in \
        signatures(resource, "listAsync")
    # the raw-response forms (withRawResponse()) give the first page as it came
    assert ("HttpResponseFor<DeploymentPage>", "String appID") in signatures(resource, "list")
    assert ("Deployment", "String appID, String did") in signatures(resource, "get")
    # the seed forms stay as they were
    assert ("DeploymentPage", "\n            Map<String, ?> pathParams, Map<String, ?> query, Object body") in \
        signatures(resource, "deployGetApiV1AppsByAppIDDeployments")
    client = files[ROOT + "AxHubClient.java"]
    assert "public AppsService apps() {" in client and "public DeploymentsResource deployments() {" in client
    assert '.environment(ENV_PREFIX, System::getenv)' in client and 'ENV_PREFIX = "AXHUB"' in client


def test_params_builders_have_primitive_overloads_and_body_fields(axhub: tuple[JavaView, dict[str, str]]) -> None:
    _, files = axhub
    listing = files[ROOT + "params/DeploymentsListParams.java"]
    assert "public Builder limit(Long limit) {" in listing and "public Builder limit(long limit) {" in listing
    trigger = files[ROOT + "params/DeploymentsTriggerParams.java"]
    for setter in ("commitSha(String commitSha)", "forceRebuild(Boolean forceRebuild)",
                   "forceRebuild(boolean forceRebuild)", "idempotencyKey(String idempotencyKey)",
                   "body(TriggerDeploymentRequest body)"):
        assert f"public Builder {setter} {{" in trigger, setter
    preflight = files[ROOT + "params/DeploymentsLifecyclePromotePreflightParams.java"]
    assert 'Checks.required(query.get("deployment_id"), "deploymentId");' in preflight
    # a required query parameter: no overload without the params object
    service = files[ROOT + "resources/DeploymentsLifecycleService.java"]
    assert [s for s in signatures(service, "promotePreflight") if "params" not in s[1]] == []


def test_names_collide_deterministically_with_the_seed_and_reserved_words() -> None:
    """A derived name equal to a seed method or a Java keyword gets escaped or numbered, the same each time."""
    ops = [ir.Operation("list", "GET", "/things", "things"),
           ir.Operation("newThing", "POST", "/things/{id}/new", "things",
                        parameters=[ir.Parameter("id", "path", ir.Primitive("integer"), True)])]
    ops[0].neutral_name = ir.MethodName((("things",),), ("list",))
    ops[1].neutral_name = ir.MethodName((("things",),), ("new",))
    api = ir.Api("T", "1", resources=[ir.Resource("things", operations=ops)])
    settings = load(AXHUB, False).settings
    names = []
    for _ in range(2):
        view = JavaView(api, settings)
        (root,) = view.surface.roots
        names.append([(m.name, m.async_name, [(a.name, a.type) for a in m.args]) for m in root.methods])
    assert names[0] == names[1] == [("list2", "list2Async", []), ("new_", "newAsync", [("id", "long")])]


def test_arguments_and_setters_never_shadow_what_the_generated_code_uses() -> None:
    """A path parameter named `client` would hide the class's runtime client; a query parameter named
    `query` the builder's map: both get other names."""
    string = ir.Primitive("string")
    op = ir.Operation("getThing", "GET", "/things/{client}", "things",
                      parameters=[ir.Parameter("client", "path", string, True),
                                  ir.Parameter("query", "query", string, False),
                                  ir.Parameter("fields", "query", string, False)])
    op.neutral_name = ir.MethodName((("things",),), ("get",))
    api = ir.Api("T", "1", resources=[ir.Resource("things", operations=[op])])
    view = JavaView(api, load(AXHUB, False).settings)
    (method,) = view.surface.roots[0].methods
    assert [a.name for a in method.args] == ["client2"]
    assert method.params is not None and [s.name for s in method.params.setters] == ["query2", "fields2"]


def test_a_namespace_named_client_does_not_take_the_classes_client_field() -> None:
    ops = [ir.Operation("getA", "GET", "/a", "things"), ir.Operation("getB", "GET", "/b", "things"),
           ir.Operation("getC", "GET", "/c", "other")]
    ops[0].neutral_name = ir.MethodName((("things",), ("client",)), ("get",))
    ops[1].neutral_name = ir.MethodName((("other",), ("client",)), ("get",))
    ops[2].neutral_name = ir.MethodName((("client",),), ("get",))
    api = ir.Api("T", "1", resources=[ir.Resource("things", operations=ops[:2]),
                                      ir.Resource("other", operations=ops[2:])])
    view = JavaView(api, load(AXHUB, False).settings)
    accessors = {ns.path: ns.accessor for root in view.surface.roots for ns in [root, *root.children]}
    assert accessors == {"things": "things", "things.client": "client2", "other": "other",
                         "other.client": "client2", "client": "client2"}

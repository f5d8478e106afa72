"""The API-neutral layer routes each operation under the path of its effective server.

OpenAPI: an operation's ``servers`` win over its path item's, which win over the document's.
Deplite uses all three levels' worth (document ``/api``, path-level root servers); AxHub's server
has no path, so its routes are its path templates as before.
"""

from __future__ import annotations

from pathlib import Path

from reference_server.http.spec import build_api_spec, url_path

ROOT = Path(__file__).resolve().parents[2]


def test_axhub_routes_are_its_path_templates() -> None:
    spec = build_api_spec(ROOT / "spec" / "axhub" / "openapi.yaml")
    assert spec.operations
    assert all(op.route == op.path and op.server_path == "" for op in spec.operations.values())


def test_deplite_user_api_under_api_and_agent_api_at_the_root() -> None:
    ops = build_api_spec(ROOT / "spec" / "deplite" / "openapi.yaml").operations
    assert ops["listTriggers"].route == "/api/orgs/{orgId}/triggers"
    assert ops["getJob"].route == "/api/jobs/{jobId}"
    assert ops["runTrigger"].route == "/triggers/{triggerId}/run"
    assert ops["enrollAgent"].route == "/agent/enroll"
    assert ops["openAgentStream"].route == "/agent/stream"
    assert ops["enrollAgent"].server_url == "https://api.deplite.io"


def test_operation_servers_win_over_path_and_document(tmp_path: Path) -> None:
    doc = tmp_path / "openapi.yaml"
    doc.write_text(
        """openapi: 3.1.0
info: {title: T, version: "1"}
servers: [{url: "https://h.example/{base}", variables: {base: {default: v1}}}]
paths:
  /a:
    get: {operationId: getA, responses: {"204": {description: ok}}}
  /b:
    servers: [{url: "https://other.example/b-root/"}]
    get: {operationId: getB, responses: {"204": {description: ok}}}
    post:
      operationId: postB
      servers: [{url: "/op"}]
      responses: {"204": {description: ok}}
"""
    )
    ops = build_api_spec(doc).operations
    assert ops["getA"].route == "/v1/a"  # document server, variable at its default
    assert ops["getB"].route == "/b-root/b"  # path item server, trailing slash dropped
    assert ops["postB"].route == "/op/b"  # operation server, relative URL


def test_url_path() -> None:
    assert url_path("https://h.example") == ""
    assert url_path("https://h.example/") == ""
    assert url_path("http://127.0.0.1:8080/api") == "/api"
    assert url_path("/v2/") == "/v2"

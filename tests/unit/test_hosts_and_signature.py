"""Path- and operation-level `servers` become named hosts (ir.Host, Operation.host), and
`x-sdkgen-signature` on a security scheme becomes ir.Signature; bad values are reported where
they stand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator import ir
from generator.build import Builder
from generator.diagnostics import Diagnostics
from generator.loader import Workspace

OK = {"200": {"description": "ok"}}


def build(tmp_path: Path, paths: dict[str, Any], schemes: dict[str, Any] | None = None) -> tuple[ir.Api, Diagnostics]:
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "servers": [{"url": "https://app.example.com/api"}],
        "paths": paths,
    }
    if schemes:
        spec["components"] = {"securitySchemes": schemes}
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    diagnostics = Diagnostics()
    return Builder(Workspace(path, diagnostics)).build(), diagnostics


def hosts_of(api: ir.Api) -> dict[str, str]:
    return {op.operation_id: op.host for op in api.operations}


def test_path_and_operation_servers_name_hosts(tmp_path: Path) -> None:
    agent = [{"url": "https://agent.example.com", "x-sdkgen-host": "agent"}, {"url": "http://127.0.0.1:8080"}]
    api, diagnostics = build(tmp_path, {
        "/a": {"servers": agent, "get": {"operationId": "a", "responses": OK}},
        "/b": {"get": {"operationId": "b", "responses": OK, "servers": agent}},
        "/c": {"get": {"operationId": "c", "responses": OK}},
        "/d": {"servers": agent, "get": {
            "operationId": "d", "responses": OK, "servers": [{"url": "https://files.example.com/v2"}]}},
        "/e": {"get": {"operationId": "e", "responses": OK, "servers": [{"url": "https://app.example.com/api"}]}},
    })
    assert not list(diagnostics)
    assert hosts_of(api) == {"a": "agent", "b": "agent", "c": "", "d": "files", "e": ""}
    assert [(h.key, h.default_url) for h in api.hosts] == [
        ("agent", "https://agent.example.com"), ("files", "https://files.example.com/v2")]


def test_host_names_never_collide_or_say_nothing(tmp_path: Path) -> None:
    api, _ = build(tmp_path, {
        "/a": {"get": {"operationId": "a", "responses": OK, "servers": [{"url": "https://www.x.com"}]}},
        "/b": {"get": {"operationId": "b", "responses": OK, "servers": [{"url": "https://10.0.0.1"}]}},
        "/c": {"get": {"operationId": "c", "responses": OK, "servers": [{"url": "https://upload.x.com"}]}},
        "/d": {"get": {"operationId": "d", "responses": OK, "servers": [{"url": "https://upload.y.com"}]}},
    })
    assert [h.key for h in api.hosts] == ["host", "host_2", "upload", "upload_2"]


def test_bad_host_name_and_empty_servers_are_reported(tmp_path: Path) -> None:
    api, diagnostics = build(tmp_path, {
        "/a": {"get": {"operationId": "a", "responses": OK,
                       "servers": [{"url": "https://q.x.com", "x-sdkgen-host": "no spaces"}]}},
        "/b": {"servers": [{"description": "no url"}], "get": {"operationId": "b", "responses": OK}},
    })
    found = [(d.code, d.location.pointer) for d in diagnostics]
    assert ("extension-invalid", "/paths/~1a/get/servers/0/x-sdkgen-host") in found
    assert ("servers-empty", "/paths/~1b/servers") in found
    assert hosts_of(api) == {"a": "q", "b": ""}


SIGNED = {
    "type": "apiKey", "in": "header", "name": "X-Signature",
    "x-sdkgen-signature": {
        "algorithm": "hmac-sha256",
        "headers": {"keyId": "X-Key", "timestamp": "X-Ts", "nonce": "X-Nonce", "signature": "X-Signature"},
        "encoding": "base64", "nonceBytes": 24,
    },
}


def test_signature_is_read_with_its_defaults(tmp_path: Path) -> None:
    api, diagnostics = build(tmp_path, {"/a": {"get": {"operationId": "a", "responses": OK}}}, {"agent": SIGNED})
    assert not list(diagnostics)
    (scheme,) = api.security_schemes
    assert scheme.signature == ir.Signature(
        algorithm="hmac-sha256", key_id_header="X-Key", timestamp_header="X-Ts", nonce_header="X-Nonce",
        signature_header="X-Signature", canonical=ir.SIGNATURE_PARTS, separator="\n", encoding="base64",
        nonce_bytes=24, tolerance_seconds=300,
    )


def test_a_bad_signature_lists_every_problem_at_its_place(tmp_path: Path) -> None:
    bad = {**SIGNED, "x-sdkgen-signature": {
        "algorithm": "md5", "headers": {"keyId": "X-Key"}, "canonical": ["method", "body"],
        "encoding": "hex", "nonceBytes": 4}}
    api, diagnostics = build(tmp_path, {"/a": {"get": {"operationId": "a", "responses": OK}}}, {"agent": bad})
    (problem,) = list(diagnostics)
    assert problem.code == "extension-invalid"
    assert problem.location.pointer == "/components/securitySchemes/agent/x-sdkgen-signature"
    for words in ("md5", "headers must name", "canonical", "nonceBytes"):
        assert words in problem.message
    assert api.security_schemes[0].signature is None


def test_deplite_declares_its_agent_host_and_signature() -> None:
    from generator.build import load_api

    api = load_api(Path(__file__).resolve().parents[2] / "spec" / "deplite" / "openapi.yaml")
    assert [h.key for h in api.hosts] == ["agent"]
    agent_ops = {op.operation_id for op in api.operations if op.host == "agent"}
    assert {"runTrigger", "enrollAgent", "openAgentStream", "submitJobResult"} <= agent_ops
    (signed,) = [s for s in api.security_schemes if s.signature]
    assert signed.signature is not None and signed.signature.key_id_header == "X-Agent-Id"

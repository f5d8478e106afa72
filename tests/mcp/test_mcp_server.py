"""The installed `axhub-mcp` driven by the official MCP client against the reference server, over
stdio and streamable HTTP: tools/list, the smoke flow, invalid arguments, dynamic mode, filters."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from contract_lib import RefServer

from generator.cli import load
from generator.targets.mcp import build_tools
from tests.install.install_lib import check, run
from tests.mcp.mcp_lib import HttpServer, Installed, drive_http, drive_stdio, server_env

# Building two wheels and installing the MCP SDK from PyPI, on a loaded machine.
pytestmark = pytest.mark.timeout(1800)

NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
SECRET = "tok_owner"


def keywords(schema: Any) -> Iterator[str]:
    """Every keyword used anywhere in a schema (property names are not keywords)."""
    if isinstance(schema, dict):
        for key, value in schema.items():
            yield key
            if key in ("properties", "patternProperties", "$defs", "definitions"):
                for sub in value.values():
                    yield from keywords(sub)
            elif key in ("items", "additionalProperties", "not", "contains", "propertyNames"):
                yield from keywords(value)
            elif key in ("anyOf", "oneOf", "allOf", "prefixItems"):
                for sub in value:
                    yield from keywords(sub)


def check_listing(listing: dict[str, Any]) -> None:
    tools = listing["tools"]
    names = [t["name"] for t in tools]
    assert len(names) == len(set(names)), names
    for tool in tools:
        assert NAME.fullmatch(tool["name"]), tool["name"]
        assert tool["description"].strip(), tool["name"]
        for key in ("inputSchema", "outputSchema"):
            if key in tool:
                jsonschema.Draft202012Validator.check_schema(tool[key])
                used = set(keywords(tool[key]))
                assert not used & {"$ref", "$defs", "definitions"}, (tool["name"], key)
                assert tool[key]["type"] == "object"


def test_stdio_tools_list(installed: Installed, mcp_refserver: RefServer) -> None:
    listing = drive_stdio(installed, "listing", server_env(mcp_refserver.base_url, SECRET), "--tools", "static")
    check_listing(listing)
    by_name = {t["name"]: t for t in listing["tools"]}
    # one tool per operation (24) plus two waiters and the log tail
    assert len(by_name) == 27
    assert {"deployments_list", "deployments_trigger", "wait_for_deployment", "deployments_logs_tail"} <= set(by_name)
    assert by_name["deployments_list"]["annotations"]["readOnlyHint"] is True
    assert by_name["deployments_list"]["annotations"]["idempotentHint"] is True
    assert "readOnlyHint" not in by_name["deployments_cancel"]["annotations"]  # false: MCP's default
    assert by_name["apps_git_disconnect"]["annotations"]["destructiveHint"] is True
    assert by_name["deployments_trigger"]["annotations"]["destructiveHint"] is False
    assert "idempotentHint" not in by_name["deployments_trigger"]["annotations"]  # false: MCP's default
    # flat arguments: the path parameter beside the body's fields, descriptions from the spec
    trigger = by_name["deployments_trigger"]["inputSchema"]
    assert {"appID", "commit_sha", "force_rebuild"} <= set(trigger["properties"])
    assert trigger["required"] == ["appID"]
    assert "commit" in trigger["properties"]["commit_sha"]["description"]
    # output schemas tolerate unknown fields and enum values: no enum, no required, none closed
    for tool in listing["tools"]:
        text = json.dumps(tool.get("outputSchema", {}))
        assert '"enum"' not in text and '"required"' not in text and '"additionalProperties": false' not in text
    assert SECRET not in json.dumps(listing)
    assert "nextPage" not in by_name["deployments_list"]["description"]
    assert "Paged" in by_name["deployments_list"]["description"]


def check_smoke(out: dict[str, Any]) -> None:
    assert not out["trigger"]["isError"], out["trigger"]
    assert out["trigger"]["structured"]["status"] == "pending"
    assert not out["wait"]["isError"], out["wait"]
    assert out["wait"]["structured"]["status"] == "succeeded"
    assert out["progress"], "the waiter reported no progress"
    assert [p[0] for p in out["progress"]] == sorted(p[0] for p in out["progress"])
    assert out["progress"][-1][2] == "status is succeeded"
    logs = out["logs"]
    assert not logs["isError"] and len(logs["structured"]["lines"]) == 2
    assert logs["structured"]["lines"][-1]["message"] == "server listening on :8080"
    # the next page: the same call with the cursor the answer gave
    assert logs["texts"][-1].startswith("More results: call deployments_logs with ")
    following = json.loads(logs["texts"][-1].split(" with ", 1)[1])
    assert following["cursor"] and following["limit"] == 2
    tail = out["tail"]
    assert not tail["isError"], tail
    assert [line["message"] for line in tail["structured"]["items"]][-1] == "server listening on :8080"
    assert tail["structured"]["stopped"] == "lines"
    assert not out["rollback"]["isError"], out["rollback"]
    assert out["rollback"]["structured"] == {"result": {}}
    live = [r for r in out["releases"]["structured"]["items"] if r["active_prod"]]
    assert [r["version"] for r in live] == [1]
    missing = out["missing"]
    assert missing["isError"] and missing["structured"]["error"]["status"] == 404
    assert missing["structured"]["error"]["code"] == "not_found"
    assert SECRET not in json.dumps(out)


def check_forbidden(out: dict[str, Any]) -> None:
    forbidden = out["trigger"]
    assert forbidden["isError"], forbidden
    error = forbidden["structured"]["error"]
    assert (error["status"], error["code"]) == (403, "forbidden")
    assert error["message"]
    assert "Traceback" not in json.dumps(forbidden)


def check_invalid(out: dict[str, Any]) -> None:
    for key, field in (("wrong_type", "limit"), ("missing", "did"), ("unknown", "limitt")):
        result = out[key]
        assert result["isError"], result
        assert field in result["structured"]["error"]["message"], result
        assert "Traceback" not in json.dumps(result)
    assert "argument did: required, but missing" in out["missing"]["structured"]["error"]["message"]
    assert "argument limitt: unknown here; known: appID, limit, offset, fields" in \
        out["unknown"]["structured"]["error"]["message"]
    assert out["no_such_tool"]["isError"]


def test_stdio_smoke(installed: Installed, mcp_refserver: RefServer) -> None:
    mcp_refserver.reset()
    check_smoke(drive_stdio(installed, "smoke", server_env(mcp_refserver.base_url, SECRET)))


def test_stdio_forbidden_and_invalid(installed: Installed, mcp_refserver: RefServer) -> None:
    mcp_refserver.reset()
    member = server_env(mcp_refserver.base_url, "tok_member")
    out = drive_stdio(installed, "smoke_forbidden", member)
    check_forbidden(out)
    check_invalid(drive_stdio(installed, "invalid", member))


def test_stdio_dynamic(installed: Installed, mcp_refserver: RefServer) -> None:
    mcp_refserver.reset()
    env = server_env(mcp_refserver.base_url, SECRET)
    listing = drive_stdio(installed, "listing", env, "--tools", "dynamic")
    check_listing(listing)
    assert [t["name"] for t in listing["tools"]] == ["list_endpoints", "describe_endpoint", "invoke_endpoint"]
    assert listing["bytes"] < 20_000
    out = drive_stdio(installed, "dynamic", env, "--tools", "dynamic")
    assert [e["name"] for e in out["search"]["structured"]["endpoints"]][0] == "deployments_cancel"
    assert out["all"]["structured"]["count"] == 27
    described = out["describe"]["structured"]
    assert described["name"] == "deployments_list" and "appID" in described["inputSchema"]["properties"]
    assert not out["invoke"]["isError"] and len(out["invoke"]["structured"]["items"]) == 1
    assert out["bad"]["isError"] and "appID" in out["bad"]["structured"]["error"]["message"]
    assert out["unknown"]["isError"] and "nope" in out["unknown"]["structured"]["error"]["message"]


def test_filters(installed: Installed, mcp_refserver: RefServer) -> None:
    env = server_env(mcp_refserver.base_url, SECRET)

    def names(*args: str) -> list[str]:
        return check(run([installed.script, "--list-tools", *args], cwd=installed.work, env=env)).stdout.split()

    read_only = names("--read-only")
    assert "deployments_list" in read_only and "deployments_trigger" not in read_only
    assert names("--tool", "apps_git_*") == ["apps_git_disconnect", "apps_git_get", "apps_git_update",
                                             "apps_git_register", "apps_git_connect_github", "apps_git_install_start"]
    assert names("--tool", "wait_for_*", "--tool", "deployments_get") == [
        "deployments_get", "wait_for_deployment", "wait_for_bootstrap"]
    bad = run([installed.script, "--tag", "nope"], cwd=installed.work, env=env)
    assert bad.returncode == 2 and "unknown tag(s): nope" in bad.stderr and "Traceback" not in bad.stderr
    empty = run([installed.script, "--tool", "zzz*"], cwd=installed.work, env=env)
    assert empty.returncode == 2 and "no tool is left" in empty.stderr


def test_http_transport(installed: Installed, mcp_refserver: RefServer) -> None:
    mcp_refserver.reset()
    server = HttpServer(installed, server_env(mcp_refserver.base_url, SECRET), "--tools", "static")
    try:
        check_listing(drive_http(installed, "listing", server.url))
        check_smoke(drive_http(installed, "smoke", server.url))
        check_invalid(drive_http(installed, "invalid", server.url))
    finally:
        server.stop()
    assert SECRET not in server.log.read_text()
    dynamic = HttpServer(installed, server_env(mcp_refserver.base_url, SECRET), "--tools", "dynamic")
    try:
        out = drive_http(installed, "dynamic", dynamic.url)
        assert not out["invoke"]["isError"], out["invoke"]
    finally:
        dynamic.stop()


def test_installed_package_type_checks(installed: Installed) -> None:
    """The installed package passes mypy --strict as its users' projects see it."""
    consumer = installed.work / "consumer.py"
    consumer.write_text("import axhub_mcp\n\n"
                        "names: list[str] = [t.name for t in axhub_mcp.tools()]\nprint(len(names))\n")
    check(run([installed.python, "-m", "mypy", "--strict", "--no-incremental", consumer], cwd=installed.work))
    assert check(run([installed.python, consumer], cwd=installed.work)).stdout.strip() == "27"


def test_fields_select_part_of_the_answer(installed: Installed, mcp_refserver: RefServer) -> None:
    mcp_refserver.reset()
    out = drive_stdio(installed, "fields", server_env(mcp_refserver.base_url, SECRET))
    page = out["page"]
    assert not page["isError"], page
    assert page["structured"] == {"items": [{"id": page["structured"]["items"][0]["id"],
                                             "status": page["structured"]["items"][0]["status"]}]}
    # the next page's arguments come from the whole answer and keep the selection
    following = json.loads(page["texts"][-1].split(" with ", 1)[1])
    assert following["offset"] == 1 and following["fields"] == ["items.id", "items.status"]
    assert out["one"]["structured"] == {"status": "succeeded", "id": "0d000000-0000-4000-8000-000000000101"}
    assert out["wait"]["structured"] == {"status": "succeeded"}
    for key, words in (("unknown", ["fields", "'colour' is not a field", "status"]),
                       ("empty_segment", ["fields", "empty segment"]),
                       ("none", ["fields", "at least one field"]),
                       ("not_a_list", ["fields", "not of type 'array'"])):
        result = out[key]
        assert result["isError"], result
        message = result["structured"]["error"]["message"]
        assert all(w in message for w in words), (key, message)
        assert result["structured"]["error"]["type"] == "invalid_arguments"


BINARY_PATHS = {
    "/files/{name}": {"put": {
        "tags": ["files"], "operationId": "putFile",
        "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
        "requestBody": {"required": True, "content": {"application/octet-stream": {
            "schema": {"type": "string", "format": "binary"}}}},
        "responses": {"204": {"description": "stored"}}}},
    "/uploads": {"post": {
        "tags": ["files"], "operationId": "upload",
        "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
            "type": "object", "required": ["file"],
            "properties": {"file": {"type": "string", "format": "binary"}, "label": {"type": "string"}}}}}},
        "responses": {"204": {"description": "stored"}}}},
}


def test_binary_bodies_travel_as_base64(installed: Installed, tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps({"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": BINARY_PATHS}))
    rows = build_tools(load(spec, False).api)
    by_name = {r["name"]: r for r in rows}
    put, upload = by_name["files_update"], by_name["files_uploads"]
    assert put["inputSchema"]["properties"]["body"]["contentEncoding"] == "base64"
    assert "Base64-encoded" in put["inputSchema"]["properties"]["body"]["description"]
    assert upload["inputSchema"]["properties"]["file"]["contentEncoding"] == "base64"
    assert "contentEncoding" not in upload["inputSchema"]["properties"]["label"]
    for row in rows:
        jsonschema.Draft202012Validator.check_schema(row["inputSchema"])
    data = bytes(range(256))
    calls = [
        ["files_update", {"name": "a.bin", "body": base64.b64encode(data).decode()}],
        ["files_uploads", {"file": base64.b64encode(b"hello").decode(), "label": "greeting"}],
        ["files_update", {"name": "a.bin", "body": "not base64!"}],
        ["files_uploads", {"file": "QUJD\u00e9"}],
        ["files_update", {"name": "a.bin", "body": 12}],
    ]
    (tmp_path / "rows.json").write_text(json.dumps(rows))
    (tmp_path / "calls.json").write_text(json.dumps(calls))
    done = check(run([installed.python, Path(__file__).with_name("probe.py"), tmp_path / "rows.json",
                      tmp_path / "calls.json"], cwd=installed.work))
    good, multipart, bad, bad_multipart, wrong_type = json.loads(done.stdout)
    assert good["sent"] == [{"operation": "putFile", "path": {"name": "a.bin"}, "query": {},
                             "body": {"bytes": data.hex()}}]
    assert not good["result"]["isError"]
    assert multipart["sent"][0]["body"] == {"file": {"bytes": b"hello".hex()}, "label": "greeting"}
    for result, argument in ((bad, "body"), (bad_multipart, "file"), (wrong_type, "body")):
        assert result["sent"] == [], result  # refused before anything is sent
        error = result["result"]["structured"]["error"]
        assert result["result"]["isError"] and error["type"] == "invalid_arguments"
        assert f"argument {argument}" in error["message"], error
        assert "Traceback" not in json.dumps(result)
    assert "not base64" in bad["result"]["structured"]["error"]["message"]

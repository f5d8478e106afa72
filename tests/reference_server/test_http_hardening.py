"""Finding 8: log forging, strict bearer tokens."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from refserver_testlib import SHOP

from reference_server.api import parse_bearer
from reference_server.apis.axhub.domain.errors import DomainError
from reference_server.http.logsafe import EscapeControls, escape_controls

ROOT = Path(__file__).resolve().parents[2]


def test_escape_controls():
    assert escape_controls("a\nb\r\x00\x1b[31m\u2028") == "a\\x0ab\\x0d\\x00\\x1b[31m\\u2028"
    assert escape_controls("plain é text") == "plain é text"


def test_filter_keeps_the_access_record_shape():
    record = logging.LogRecord(
        "uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5", "GET", "/x\nFORGED 200", "1.1", 404), None,
    )
    assert EscapeControls().filter(record)
    assert record.getMessage() == '127.0.0.1:5 - "GET /x\\x0aFORGED 200 HTTP/1.1" 404'


def test_a_newline_in_the_path_cannot_forge_a_log_line(tmp_path: Path):
    ready = tmp_path / "ready.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reference_server", "--port", "0", "--db", "sqlite://", "--faults",
         "--ready-file", str(ready)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        while not ready.exists():
            assert proc.poll() is None
            time.sleep(0.05)
        import json

        url = json.loads(ready.read_text())["url"]
        # the path is logged decoded with the injected fault (and with any error)
        forged = "/api/v1/apps/%0a2099-01-01 INFO FORGED: admin logged in/deployments"
        assert httpx.get(url + forged, headers={"X-Fault": "id=f; kind=503"}).status_code == 503
        proc.send_signal(signal.SIGTERM)
        err, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    lines = err.splitlines()
    assert any("\\x0a2099-01-01 INFO FORGED" in line for line in lines), err
    assert not any(line.lstrip().startswith(("2099-01-01", "FORGED")) for line in lines), err


@pytest.mark.parametrize(
    "header",
    ["Bearer tok_owner ", "Bearer tok_owner\t", "Bearer tok_owner extra", " Bearer tok_owner", "Bearer\ttok_owner"],
)
def test_bearer_with_anything_around_the_token_is_refused(header: str):
    with pytest.raises(DomainError) as caught:
        parse_bearer(header)
    assert caught.value.status == 401


def test_bearer_accepts_rfc6750_tokens():
    assert parse_bearer("Bearer tok_owner") == "tok_owner"
    assert parse_bearer("bearer  a-b.c_d~e+f/g==") == "a-b.c_d~e+f/g=="


def test_trailing_space_token_over_http_is_401(client: Any):
    response = client.get(f"/api/v1/apps/{SHOP}/deployments", headers={"Authorization": "Bearer tok_owner "})
    assert response.status_code == 401 and response.json()["code"] == "unauthorized"


# -- finding 7: the spec states the rules the server applies ----------------------------------------
def _spec() -> dict[str, Any]:
    import yaml

    return dict(yaml.safe_load((ROOT / "spec" / "axhub" / "openapi.yaml").read_text()))


def _spec_accepts(schema: dict[str, Any], value: str) -> bool:
    import re

    return (
        schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", 10**9)
        and re.search(schema["pattern"], value) is not None
    )


KEYS = ["k", "a b", "~!", "x" * 255, "x" * 256, "é", "tab\there", " lead", "trail ", "\x7f", "日本"]


@pytest.mark.parametrize("value", KEYS)
def test_idempotency_key_rule_is_the_specs(client: Any, value: str):
    schema = _spec()["components"]["parameters"]["IdempotencyKey"]["schema"]
    from reference_server.apis.axhub.domain.idempotency import _check_key

    try:
        _check_key(value)
        server_accepts = True
    except DomainError:
        server_accepts = False
    assert server_accepts == _spec_accepts(schema, value), value


NAMES = ["blog", "a", ".", "..", "...", ".a", "..a", "a.b_c-d", "x" * 100, "x" * 101, "a b", "a/b", "é", ""]


@pytest.mark.parametrize("value", NAMES)
def test_repo_name_rule_is_the_specs(client: Any, value: str):
    from refserver_testlib import ACME, TEMPLATE_NODE

    schema = _spec()["components"]["schemas"]["CreateBootstrapRequest"]["properties"]["repo_name"]
    body = {
        "template_id": TEMPLATE_NODE,
        "name": "Blog",
        "slug": "blog",
        "subdomain": "blog",
        "github_owner": "octo-owner",
        "github_installation_id": 1001,
        "repo_name": value,
    }
    response = client.post(
        f"/api/v1/tenants/{ACME}/app-bootstraps", json=body, headers={"Authorization": "Bearer tok_owner"}
    )
    assert (response.status_code == 202) == _spec_accepts(schema, value), (value, response.text)
    if response.status_code != 202:
        assert response.status_code == 400 and response.json()["code"] == "validation_failed"

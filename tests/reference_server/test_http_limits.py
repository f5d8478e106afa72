"""Input limits: every refusal a 4xx in the documented error shape, never a 500.

Findings of the careful tester: offsets/pages above 2^63-1, integers of
thousands of digits, JSON nested ~1000 levels, NUL characters in strings
(PostgreSQL refuses them), bodies of any size read before authentication.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from refserver_testlib import ACME, SHOP, TEMPLATE_NODE

from reference_server.http.limits import Limits

OWNER = {"Authorization": "Bearer tok_owner"}
DEPLOYMENTS = f"/api/v1/apps/{SHOP}/deployments"
REPOS = "/api/v1/github/installations/{}/repositories"
BOOTSTRAPS = f"/api/v1/tenants/{ACME}/app-bootstraps"
BOOTSTRAP = {
    "template_id": TEMPLATE_NODE,
    "name": "Blog",
    "slug": "blog",
    "subdomain": "blog",
    "github_owner": "octo-owner",
    "github_installation_id": 1001,
    "repo_name": "blog",
}


def refused(response: Any, status: int = 400, code: str = "validation_failed") -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["statusCode"] == status and body["code"] == code, body
    assert response.headers["content-type"] == "application/json"
    return str(body["message"])


# -- finding 3: integers ------------------------------------------------------------------
@pytest.mark.parametrize("value", [str(2**63), str(2**64 + 5), "9" * 30])
def test_offset_above_int64_is_400(client: Any, value: str):
    text = refused(client.get(DEPLOYMENTS, params={"offset": value}, headers=OWNER))
    assert "query parameter offset" in text and "out of range" in text


def test_page_above_int64_is_400(client: Any):
    text = refused(client.get(REPOS.format(1001), params={"page": str(2**63)}, headers=OWNER))
    assert "query parameter page" in text and "out of range" in text


def test_largest_int64_offset_is_accepted(client: Any):
    response = client.get(DEPLOYMENTS, params={"offset": str(2**63 - 1)}, headers=OWNER)
    assert response.status_code == 200, response.text
    assert response.json()["items"] == []


def test_integer_of_5000_digits_in_path_and_query_is_400(client: Any):
    huge = "7" * 5000
    text = refused(client.get(REPOS.format(huge), headers=OWNER))
    assert "path parameter installationID" in text and "(5000 characters)" in text
    refused(client.get(DEPLOYMENTS, params={"limit": huge}, headers=OWNER))


def test_integer_out_of_range_in_body_is_400(client: Any):
    for value in (2**63, -(2**63) - 1):
        text = refused(client.post(BOOTSTRAPS, json={**BOOTSTRAP, "github_installation_id": value}, headers=OWNER))
        assert "body.github_installation_id" in text and "out of range" in text
    raw = json.dumps(BOOTSTRAP).replace('"github_installation_id": 1001', '"github_installation_id": ' + "1" * 5000)
    text = refused(client.post(BOOTSTRAPS, content=raw, headers={**OWNER, "content-type": "application/json"}))
    assert "out of range" in text


# -- finding 3: JSON depth ------------------------------------------------------------------
@pytest.mark.parametrize("depth", [65, 990, 5000, 100_000])
def test_deeply_nested_json_is_400(client: Any, depth: int):
    raw = '{"force_rebuild": ' + "[" * depth + "]" * depth + "}"
    text = refused(client.post(DEPLOYMENTS, content=raw, headers={**OWNER, "content-type": "application/json"}))
    assert "nested deeper than 64 levels" in text


def test_json_depth_is_configurable(make_app: Any):
    from conftest import AsgiClient

    client = AsgiClient(make_app(faults=True, limits=Limits(max_json_depth=3)))
    try:
        raw = json.dumps({"force_rebuild": [[[]]]})
        text = refused(client.post(DEPLOYMENTS, content=raw, headers={**OWNER, "content-type": "application/json"}))
        assert "nested deeper than 3 levels" in text
        ok = client.post(DEPLOYMENTS, content=json.dumps({"force_rebuild": True}),
                         headers={**OWNER, "content-type": "application/json"})
        assert ok.status_code == 202, ok.text
    finally:
        client.close()


def test_integer_range_is_configurable(make_app: Any):
    from conftest import AsgiClient

    client = AsgiClient(make_app(faults=True, limits=Limits(min_integer=-1000, max_integer=1000)))
    try:
        assert client.get(DEPLOYMENTS, params={"offset": "1000"}, headers=OWNER).status_code == 200
        assert "from -1000 to 1000" in refused(client.get(DEPLOYMENTS, params={"offset": "1001"}, headers=OWNER))
    finally:
        client.close()


# -- finding 3/4: NUL characters ----------------------------------------------------------------
def test_nul_in_a_body_string_is_400(client: Any, platform: Any):
    text = refused(client.post(BOOTSTRAPS, json={**BOOTSTRAP, "name": "Bl\x00og"}, headers=OWNER))
    assert "body.name" in text and "NUL" in text


def test_nul_in_a_property_name_is_400(client: Any):
    refused(client.post(DEPLOYMENTS, json={"force_rebuild": True, "a\x00": 1}, headers=OWNER))


def test_nul_in_a_path_or_query_parameter_is_400(client: Any):
    assert "NUL" in refused(client.get(f"/api/v1/apps/{SHOP}/logs", params={"cursor": "a\x00b"}, headers=OWNER))
    assert "NUL" in refused(client.get(f"/api/v1/tenants/{ACME}/app-bootstraps/ab%00", headers=OWNER))


# -- finding 2, 8: over a real socket (uvicorn + the server's protocol) ------------------------
@pytest.fixture
def guarded(make_app: Any) -> Any:
    """A live server with small limits; yields (host, port)."""
    from conftest import LiveServer

    from reference_server.http.protocol import protocol_class

    limits = Limits(max_body_bytes=1000, max_header_bytes=2000, header_timeout=0.5)
    server = LiveServer(make_app(faults=True, limits=limits), http=protocol_class(limits))
    try:
        yield server.sock.getsockname()[:2]
    finally:
        server.stop()


def exchange(address: Any, data: bytes, *, read_all: bool = True) -> tuple[int, dict[str, str], Any]:
    """Send ``data`` on a fresh connection; parse the one response (the server closes the connection)."""
    import socket

    with socket.create_connection(address, timeout=30) as sock:
        sock.sendall(data)
        received = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
    return status, headers, json.loads(body)


def test_declared_body_over_the_limit_is_413_before_it_is_read_and_before_auth(guarded: Any):
    # 200 MB announced, none of it sent: the answer comes without the server waiting for the body
    request = (
        f"POST {DEPLOYMENTS} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {200 * 1024 * 1024}\r\n\r\n"
    ).encode()
    status, headers, body = exchange(guarded, request)
    assert status == 413 and body["code"] == "payload_too_large" and body["statusCode"] == 413
    assert headers["content-type"] == "application/json" and headers["connection"] == "close"


def test_streamed_body_over_the_limit_is_413(guarded: Any):
    chunk = b"[" + b"1," * 300 + b"1]"
    chunked = b"".join(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" for _ in range(5)) + b"0\r\n\r\n"
    request = (
        f"POST {DEPLOYMENTS} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer tok_owner\r\n"
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    ).encode() + chunked
    status, _, body = exchange(guarded, request)
    assert status == 413 and body["code"] == "payload_too_large"


def test_body_within_the_limit_is_served(guarded: Any):
    import httpx

    host, port = guarded
    response = httpx.post(f"http://{host}:{port}{DEPLOYMENTS}", json={"force_rebuild": True}, headers=OWNER)
    assert response.status_code == 202, response.text


def test_headers_over_the_limit_are_431_json(guarded: Any):
    request = f"GET {DEPLOYMENTS} HTTP/1.1\r\nHost: x\r\nX-Padding: {'a' * 3000}\r\n\r\n".encode()
    status, headers, body = exchange(guarded, request)
    assert status == 431 and body["code"] == "request_header_fields_too_large"
    assert headers["content-type"] == "application/json"


def test_headers_trickling_past_the_timeout_get_408_and_the_connection_closes(guarded: Any):
    # the request line arrives, the headers never finish: the server answers and closes by itself
    status, _, body = exchange(guarded, f"GET {DEPLOYMENTS} HTTP/1.1\r\nHost: x\r\nX-Slow: ".encode())
    assert status == 408 and body["code"] == "request_timeout"


def test_malformed_http_is_400_in_the_error_shape(guarded: Any):
    status, headers, body = exchange(guarded, b"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n")
    assert status == 400 and body == {
        "statusCode": 400,
        "code": "validation_failed",
        "message": body["message"],
    }
    assert headers["content-type"] == "application/json"


def test_an_integer_written_as_1_0_is_an_integer(client: Any):
    """JSON Schema counts 1001.0 as an integer; the handler got a float and refused it (schemathesis)."""
    raw = json.dumps(BOOTSTRAP).replace('"github_installation_id": 1001', '"github_installation_id": 1001.0')
    response = client.post(BOOTSTRAPS, content=raw, headers={**OWNER, "content-type": "application/json"})
    assert response.status_code == 202, response.text

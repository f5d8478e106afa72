"""Schemathesis runs ``spec/platform/openapi.yaml`` against a live ``python -m reference_server --api platform``.

As ``test_deplite_schemathesis.py`` does for Deplite: the real command with ``--validate-responses``
(a nonconforming response is a 500 there, and its log must show none), every one-request check, and
valid cases pointed at real objects (a webhook, an API key and a member of the root tenant, the
root tenant in ``X-Tenant-ID``) so that they reach the domain. Calls are made with the fixture's
admin API key; webhook URLs of valid cases point at a closed local port, so deliveries fail fast
and go nowhere.

Not fuzzed: ``streamEvents`` (an endless event stream; ``test_platform_flow.py`` reads it).
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    allow_header_conformance,
    content_type_conformance,
    ignored_auth,
    missing_required_header,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "platform" / "openapi.yaml"
MAX_EXAMPLES = 15
CONFIG = SchemathesisConfig.from_str(
    """
[generation]
allow-x00 = false

[checks]
positive_data_acceptance.expected-statuses = ["2xx", "3xx", "400", "401", "403", "404", "409", "423", "429"]
"""
)
ADMIN = {"Authorization": "Bearer lsk_demoAdminKey0000000000000000000000000000000"}
NOWHERE = "http://127.0.0.1:9/hook"  # the discard port: nothing listens, a delivery fails at once
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
    positive_data_acceptance,
    missing_required_header,
    unsupported_method,
    allow_header_conformance,
    ignored_auth,
]
WORLD: dict[str, Any] = {}
STATUSES: list[tuple[str, int]] = []

schema = schemathesis.openapi.from_path(SPEC, config=CONFIG).exclude(operation_id="streamEvents")


def _make_world(url: str) -> dict[str, list[str]]:
    """In the root tenant: a webhook, an API key and a member with the user role."""
    api = f"{url}/v1"
    hook = httpx.post(f"{api}/webhooks", headers=ADMIN,
                      json={"name": "fuzz", "url": NOWHERE, "events": ["member.added"]}).json()["webhook"]
    key = httpx.post(f"{api}/api-keys", headers=ADMIN, json={"name": "fuzz", "authority": "user"}).json()["apiKey"]
    email = f"fuzz-{secrets.token_hex(4)}@example.com"
    httpx.post(f"{api}/tenant/invitations", headers=ADMIN, json={"email": email, "role": "user"})
    mails = httpx.get(f"{url}/_platform/outbox", params={"to": email}).json()["emails"]
    joined = httpx.post(f"{api}/auth/register", json={"email": email, "password": "fuzz-password",
                                                      "displayName": "Fuzz", "invitationToken": mails[0]["token"]})
    return {"webhookId": [hook["id"]], "keyId": [key["id"]], "userId": [joined.json()["user"]["id"]]}


def _populate(url: str) -> None:
    """Two worlds: DELETE cases get the second, so that the first stays whole for every other case."""
    WORLD["ids"] = _make_world(url)
    WORLD["victims"] = _make_world(url)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("platform-schemathesis")
    ready, log_path = tmp / "ready.json", tmp / "server.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PLATFORM_DELIVERY_TIMEOUT_SECONDS": "0.5"}
    command = [
        sys.executable, "-m", "reference_server", "--api", "platform", "--port", "0",
        "--db", f"sqlite:///{tmp / 'platform.sqlite3'}", "--validate-responses", "--no-access-log",
        "--log-level", "warning", "--ready-file", str(ready),
    ]  # fmt: skip
    with log_path.open("wb") as log:
        proc = subprocess.Popen(command, cwd=tmp, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        while not ready.exists():
            if proc.poll() is not None:
                raise RuntimeError(f"the server did not start:\n{log_path.read_text(errors='replace')}")
            time.sleep(0.05)
        url = str(json.loads(ready.read_text())["url"])
        _populate(url)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    output = log_path.read_text(errors="replace")
    assert "does not conform" not in output and "Traceback" not in output, output[-5000:]


def _point_at_world(case: Any) -> None:
    ids = WORLD["victims"] if case.method.upper() == "DELETE" else WORLD["ids"]
    for name, value in list(case.path_parameters.items()):
        pool = ids.get(name)
        if pool:
            case.path_parameters[name] = pool[zlib.crc32(repr(value).encode()) % len(pool)]
    if isinstance(case.headers, dict) and "X-Tenant-ID" in case.headers:
        case.headers["X-Tenant-ID"] = "t-root"
    if isinstance(case.body, dict) and "url" in case.body:
        case.body["url"] = NOWHERE


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)
def test_spec_against_server(case: Any, served: str) -> None:
    op_id = case.operation.definition.raw["operationId"]
    if case.meta is not None and case.meta.generation.mode.is_positive:
        _point_at_world(case)
    response = case.call_and_validate(base_url=served + "/v1", headers=dict(ADMIN), checks=CHECKS, timeout=30)
    STATUSES.append((op_id, response.status_code))


def test_fuzzing_reached_the_domain() -> None:
    if len({label for label, _ in STATUSES}) < 20:
        pytest.skip("run together with test_spec_against_server")
    succeeded = {label for label, status in STATUSES if 200 <= status < 400}
    labels = {label for label, _ in STATUSES}
    print(f"operations with a 2xx/3xx: {len(succeeded)} of {len(labels)}; without: {sorted(labels - succeeded)}")
    assert len(succeeded) >= len(labels) * 3 // 4, sorted(labels - succeeded)

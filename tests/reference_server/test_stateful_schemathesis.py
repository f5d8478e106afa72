"""Schemathesis against ``python -m reference_server --spec PATH`` on each corpus spec (read in place).

The live server runs with ``--validate-responses`` (a nonconforming answer would be a 500 and a
log line: ``serve`` refuses both). Per operation schemathesis sends valid and invalid requests
(bounded: a few examples each, derandomized, no deadline) with Basic credentials where the
spec asks for them, and checks every answer:

* ``not_a_server_error``: no 5xx;
* ``response_schema_conformance``, ``content_type_conformance``, ``response_headers_conformance``:
  every documented answer as the spec describes it;
* ``negative_data_rejection``: invalid requests refused.

``ignored_auth`` is left out on purpose: the server accepts any credentials of the kind the spec
asks for (it has no users), while that check also sends made-up credentials and expects a 401;
a request without credentials gets its 401 (``test_stateful_server``). ``status_code_conformance``
too: Twilio's spec documents no error status at all
(a 400, 401 or 404 there is necessarily undocumented; the server then answers the shared error
body, which nothing in the spec describes).

Random ids would only ever find nothing, so before the run a few objects are created and, in
valid cases, path parameters are pointed at them (half of the time, picked by a hash of the
generated value): requests then reach stored objects as well as 404s.
"""

from __future__ import annotations

import base64
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
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
)
from stateful_testlib import BASIC, MUSEUM, PETSTORE, TWILIO, need, serve

MAX_EXAMPLES = 12
CONFIG = SchemathesisConfig.from_str(
    """
[generation]
allow-x00 = false
"""
)
CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    content_type_conformance,
    response_headers_conformance,
    negative_data_rejection,
]
STATUSES: dict[str, list[tuple[str, int]]] = {"petstore": [], "museum": [], "twilio": []}


class Live:
    def __init__(self, url: str, pools: dict[str, list[str]], auth: tuple[str, str] | None) -> None:
        self.url = url
        self.pools = pools  # path parameter name (or "template|name") -> ids of stored objects
        self.auth = auth


def _point(case: Any, live: Live) -> None:
    """In a valid case, point path parameters at stored objects half of the time."""
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return
    path = case.path_parameters or {}
    if zlib.crc32(repr(sorted(path.items())).encode()) % 2:
        return
    for name in list(path):
        pool = live.pools.get(f"{case.operation.path}|{name}") or live.pools.get(name)
        if pool:
            path[name] = pool[zlib.crc32(repr(path[name]).encode()) % len(pool)]


def _run(case: Any, live: Live, label: str) -> None:
    _point(case, live)
    headers = {}
    if live.auth is not None:
        token = base64.b64encode(":".join(live.auth).encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    response = case.call_and_validate(base_url=live.url, headers=headers, checks=CHECKS, timeout=30)
    STATUSES[label].append((case.operation.label, response.status_code))


SETTINGS: Any = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)


def fuzz_test(spec: Path, live_fixture: str, label: str) -> Any:
    """The schemathesis test of ``spec`` (one case per generated request), or a test that skips
    saying why when the corpus folder is absent."""
    if not spec.is_file():

        def absent() -> None:
            need(spec)

        return absent
    schema = schemathesis.openapi.from_path(spec, config=CONFIG)

    @schema.parametrize()
    @SETTINGS
    def fuzz(case: Any, request: pytest.FixtureRequest) -> None:
        _run(case, request.getfixturevalue(live_fixture), label)

    return fuzz


# -- petstore ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def petstore_live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with serve(need(PETSTORE), tmp_path_factory.mktemp("st-petstore")) as server:
        ids = [str(httpx.post(f"{server.url}/pets", json={"name": f"p{i}"}).json()["id"]) for i in range(3)]
        yield Live(server.url, {"id": ids}, None)


test_petstore = fuzz_test(PETSTORE, "petstore_live", "petstore")


# -- museum --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def museum_live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with serve(need(MUSEUM), tmp_path_factory.mktemp("st-museum")) as server:
        event = {"name": "E", "location": "L", "eventDescription": "D", "dates": ["2024-01-01"], "price": 1}
        events = [
            httpx.post(f"{server.url}/special-events", json=event, auth=BASIC).json()["eventId"] for _ in range(3)
        ]
        ticket = {"ticketType": "general", "ticketDate": "2024-01-01"}
        tickets = [httpx.post(f"{server.url}/tickets", json=ticket, auth=BASIC).json()["ticketId"] for _ in range(2)]
        yield Live(server.url, {"eventId": events, "ticketId": tickets}, BASIC)


test_museum = fuzz_test(MUSEUM, "museum_live", "museum")


# -- twilio serverless (form bodies, nested collections) ----------------------------------------
@pytest.fixture(scope="module")
def twilio_live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with serve(need(TWILIO), tmp_path_factory.mktemp("st-twilio")) as server:
        base = f"{server.url}/v1/Services"
        service = httpx.post(base, data={"UniqueName": "s", "FriendlyName": "S"}, auth=BASIC).json()["sid"]
        env = httpx.post(f"{base}/{service}/Environments", data={"UniqueName": "e"}, auth=BASIC).json()["sid"]
        function = httpx.post(f"{base}/{service}/Functions", data={"FriendlyName": "f"}, auth=BASIC).json()["sid"]
        asset = httpx.post(f"{base}/{service}/Assets", data={"FriendlyName": "a"}, auth=BASIC).json()["sid"]
        build = httpx.post(f"{base}/{service}/Builds", data={}, auth=BASIC).json()["sid"]
        variable = httpx.post(
            f"{base}/{service}/Environments/{env}/Variables", data={"Key": "k", "Value": "v"}, auth=BASIC
        ).json()["sid"]
        pools = {
            "ServiceSid": [service],
            "EnvironmentSid": [env],
            "FunctionSid": [function],
            "AssetSid": [asset],
            "/v1/Services/{Sid}|Sid": [service],
            "/v1/Services/{ServiceSid}/Environments/{Sid}|Sid": [env],
            "/v1/Services/{ServiceSid}/Functions/{Sid}|Sid": [function],
            "/v1/Services/{ServiceSid}/Assets/{Sid}|Sid": [asset],
            "/v1/Services/{ServiceSid}/Builds/{Sid}|Sid": [build],
            "/v1/Services/{ServiceSid}/Builds/{Sid}/Status|Sid": [build],
            "/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables/{Sid}|Sid": [variable],
        }
        yield Live(server.url, pools, BASIC)


test_twilio = fuzz_test(TWILIO, "twilio_live", "twilio")


@pytest.mark.parametrize("label", sorted(STATUSES))
def test_fuzzing_reached_stored_objects(label: str) -> None:
    """The runs above got successes (stored objects found), not only refusals."""
    if not STATUSES[label]:
        pytest.skip("run together with the schemathesis tests above")
    codes = {status for _, status in STATUSES[label]}
    succeeded = {op for op, status in STATUSES[label] if 200 <= status < 300}
    print(f"{label}: statuses {sorted(codes)}; operations with a 2xx: {len(succeeded)}")
    assert any(200 <= c < 300 for c in codes) and 400 in codes, sorted(codes)

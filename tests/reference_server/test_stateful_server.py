"""``python -m reference_server --spec PATH``: any OpenAPI document served statefully, over HTTP.

Each corpus spec (read in place) goes through create -> read -> list contains it -> update ->
delete -> read 404 against the real command with ``--validate-responses`` (a nonconforming
answer would be a 500 and a log line, which ``serve`` refuses). Also: state survives a restart
on the same SQLite file, 401 without the credentials an operation requires, 400 naming the
field, ids in the id schema's format, the spec's pagination, examples marked in a header.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from stateful_testlib import BASIC, MUSEUM, PETSTORE, TWILIO, need, serve

EXAMPLE_HEADER = "x-refserver-example"


def test_petstore_flow_and_restart(tmp_path: Path) -> None:
    spec = need(PETSTORE)
    with serve(spec, tmp_path) as server, httpx.Client(base_url=server.url) as client:
        created = client.post("/pets", json={"name": "Rex", "tag": "dog"})
        assert created.status_code == 200, created.text
        pet = created.json()
        assert pet["name"] == "Rex" and pet["tag"] == "dog" and isinstance(pet["id"], int)
        second = client.post("/pets", json={"name": "Tom"}).json()
        assert second["id"] == pet["id"] + 1  # integer ids count up
        assert client.get(f"/pets/{pet['id']}").json() == pet
        listed = client.get("/pets").json()
        assert pet in listed and second in listed
        assert client.get("/pets", params={"limit": 1}).json() == [pet]  # the spec's limit parameter
        assert client.delete(f"/pets/{second['id']}").status_code == 204
        gone = client.get(f"/pets/{second['id']}")
        # the spec's "default" response is {code: integer, message}: errors take that shape
        assert gone.status_code == 404 and gone.json()["code"] == 404 and "message" in gone.json()
    with serve(spec, tmp_path) as server, httpx.Client(base_url=server.url) as client:
        assert client.get(f"/pets/{pet['id']}").json() == pet  # the same SQLite file: kept
        assert client.get(f"/pets/{second['id']}").status_code == 404
        assert client.post("/pets", json={"name": "Kit"}).json()["id"] == pet["id"] + 2  # the counter too
        banner = server.log.read_text(errors="replace")
    # the banner names the spec and its credential rule, not a hand-written domain's fixtures or tokens
    assert f"spec:       {spec}" in banner and "credentials: any of the kind the spec asks for" in banner
    assert "fixtures:" not in banner and "pipeline:" not in banner and "tokens (send" not in banner


def test_petstore_400_names_the_field(tmp_path: Path) -> None:
    with serve(need(PETSTORE), tmp_path) as server, httpx.Client(base_url=server.url) as client:
        missing = client.post("/pets", json={"tag": "x"})
        assert missing.status_code == 400
        assert "body.name is required" in missing.json()["message"]
        wrong = client.post("/pets", json={"name": 5})
        assert wrong.status_code == 400 and "body.name" in wrong.json()["message"]
        assert client.get("/pets/abc").status_code == 400
        assert "path parameter id" in client.get("/pets/abc").json()["message"]


def test_museum_flow_auth_pagination_and_examples(tmp_path: Path) -> None:
    with serve(need(MUSEUM), tmp_path) as server, httpx.Client(base_url=server.url, auth=BASIC) as client:
        event = {
            "name": "Pirate Coding Workshop",
            "location": "Computer Room",
            "eventDescription": "Arrr.",
            "dates": ["2024-12-29"],
            "price": 25,
        }
        created = client.post("/special-events", json=event)
        assert created.status_code == 201, created.text
        body = created.json()
        assert uuid.UUID(body["eventId"]).version == 4  # the id schema says format uuid
        assert {k: body[k] for k in event} == event
        event_id = body["eventId"]
        assert client.get(f"/special-events/{event_id}").json() == body
        assert body in client.get("/special-events").json()
        patched = client.patch(f"/special-events/{event_id}", json={"price": 30, "location": "Hall"})
        assert patched.status_code == 200 and patched.json()["price"] == 30 and patched.json()["location"] == "Hall"
        assert client.get(f"/special-events/{event_id}").json()["location"] == "Hall"
        # page/limit: the second page of size 1 holds the second event
        other = client.post("/special-events", json={**event, "name": "Second"}).json()
        assert client.get("/special-events", params={"page": 2, "limit": 1}).json() == [other]
        assert client.delete(f"/special-events/{event_id}").status_code == 204
        gone = client.get(f"/special-events/{event_id}")
        assert gone.status_code == 404 and gone.headers["content-type"].startswith("application/problem+json")
        assert set(gone.json()) <= {"type", "title"}
        # an action path reads the stored ticket; an operation no pattern fits answers an example
        ticket = client.post("/tickets", json={"ticketType": "general", "ticketDate": "2024-01-01"})
        assert ticket.status_code == 201 and uuid.UUID(ticket.json()["ticketId"])
        qr = client.get(f"/tickets/{ticket.json()['ticketId']}/qr")
        assert qr.status_code == 200 and qr.headers["content-type"] == "image/png" and qr.content
        assert client.get(f"/tickets/{uuid.uuid4()}/qr").status_code == 404
        hours = client.get("/museum-hours")
        assert hours.status_code == 200 and EXAMPLE_HEADER in hours.headers and isinstance(hours.json(), list)
        assert EXAMPLE_HEADER not in client.get("/special-events").headers
        # 400 naming the field, on a JSON body
        bad = client.post("/special-events", json={**event, "price": "free"})
        assert bad.status_code == 400 and "body.price" in bad.json()["title"]
    with serve(need(MUSEUM), tmp_path / "noauth") as server:
        refused = httpx.get(f"{server.url}/special-events")
        assert refused.status_code == 401
        assert "MuseumPlaceholderAuth" in refused.json()["message"]
        assert httpx.get(f"{server.url}/special-events", headers={"Authorization": "Bearer x"}).status_code == 401


def _twilio_sid(value: Any, prefix: str) -> str:
    assert isinstance(value, str) and re.fullmatch(prefix + r"[0-9a-fA-F]{32}", value), value
    return value


def test_twilio_form_bodies_nested_collections(tmp_path: Path) -> None:
    with serve(need(TWILIO), tmp_path) as server, httpx.Client(base_url=server.url, auth=BASIC) as client:
        created = client.post("/v1/Services", data={"UniqueName": "svc", "FriendlyName": "My service"})
        assert created.status_code == 201, created.text
        service = created.json()
        sid = _twilio_sid(service["sid"], "ZS")  # the id schema's pattern
        assert service["friendly_name"] == "My service" and service["unique_name"] == "svc"
        assert client.get(f"/v1/Services/{sid}").json() == service
        page = client.get("/v1/Services", params={"PageSize": 5}).json()
        assert service in page["services"] and page["meta"]["key"] == "services" and page["meta"]["page_size"] == 5
        updated = client.post(f"/v1/Services/{sid}", data={"FriendlyName": "Renamed"})
        assert updated.status_code == 200 and updated.json()["friendly_name"] == "Renamed"
        # a nested collection is scoped by its parent, which must exist
        env = client.post(f"/v1/Services/{sid}/Environments", data={"UniqueName": "staging"})
        assert env.status_code == 201 and env.json()["unique_name"] == "staging"
        env_sid = _twilio_sid(env.json()["sid"], "ZE")
        variable = client.post(
            f"/v1/Services/{sid}/Environments/{env_sid}/Variables", data={"Key": "A", "Value": "1"}
        ).json()
        assert (variable["key"], variable["value"]) == ("A", "1")
        listed = client.get(f"/v1/Services/{sid}/Environments/{env_sid}/Variables").json()["variables"]
        assert listed == [variable]
        missing_parent = client.post(f"/v1/Services/ZS{'0' * 32}/Environments", data={"UniqueName": "x"})
        assert missing_parent.status_code == 404
        # 400 naming the form field
        bad = client.post("/v1/Services", data={"UniqueName": "x", "FriendlyName": "y", "IncludeCredentials": "maybe"})
        assert bad.status_code == 400 and "body.IncludeCredentials" in bad.json()["message"]
        assert (
            "body.FriendlyName is required" in client.post("/v1/Services", data={"UniqueName": "z"}).json()["message"]
        )
        assert client.delete(f"/v1/Services/{sid}").status_code == 204
        assert client.get(f"/v1/Services/{sid}").status_code == 404
        assert client.get(f"/v1/Services/{sid}/Environments/{env_sid}").status_code == 404
        # no credentials: 401 before validation
        refused = httpx.post(f"{server.url}/v1/Services", data={})
        assert refused.status_code == 401 and refused.json()["code"] == "unauthorized"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--spec"], "expected a path"),
        (["--spec", "/nonexistent/openapi.yaml"], "no such file"),
        (["--spec", "a.yaml", "--spec", "b.yaml"], "given twice"),
    ],
)
def test_spec_argument_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    from reference_server.__main__ import translate

    with pytest.raises(SystemExit) as exit_info:
        translate(argv)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_spec_with_api_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reference_server.__main__ import translate

    spec = tmp_path / "openapi.yaml"
    spec.write_text("openapi: 3.0.0\n")
    with pytest.raises(SystemExit):
        translate(["--spec", str(spec), "--api", "axhub"])
    assert "choose one" in capsys.readouterr().err
    assert translate(["--spec", str(spec), "--port", "0"]) == ["--port", "0", "--api", f"spec:{spec.resolve()}"]


def test_workers_share_the_store_and_never_share_an_id(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with serve(need(PETSTORE), tmp_path, None, "--workers", "2") as server, httpx.Client(base_url=server.url) as client:

        def create(i: int) -> int:
            response = client.post("/pets", json={"name": f"p{i}"})
            assert response.status_code == 200, response.text
            return int(response.json()["id"])

        with ThreadPoolExecutor(8) as pool:
            ids = list(pool.map(create, range(24)))
        assert sorted(ids) == list(range(1, 25))
        assert len(client.get("/pets", params={"limit": 100}).json()) == 24

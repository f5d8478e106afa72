"""The stateful server's inference and value building, without HTTP: which operation does what,
ids in the id schema's format, values completed to fit a schema."""

from __future__ import annotations

import random
import re
import uuid
from pathlib import Path

import pytest
from stateful_testlib import MUSEUM, PETSTORE, SPECS_DIR, TWILIO, need

from reference_server.api import OpenRequest
from reference_server.stateful import SpecProblem, definition_for
from reference_server.stateful.engine import StatefulPlatform
from reference_server.stateful.schemas import RegexSampler, Schemas


def _platform(spec: Path) -> StatefulPlatform:
    platform, _ = definition_for(need(spec)).open(OpenRequest(db="sqlite://", stage_seconds=1))
    assert isinstance(platform, StatefulPlatform)
    return platform


def _roles(platform: StatefulPlatform) -> dict[str, str]:
    return {op_id: route.role for op_id, route in platform.model.routes.items()}


def test_roles_from_paths() -> None:
    assert _roles(_platform(PETSTORE)) == {
        "findPets": "list",
        "addPet": "create",
        "find pet by id": "read",
        "deletePet": "delete",
    }
    museum = _roles(_platform(MUSEUM))
    assert museum["getMuseumHours"] == "example"  # no collection: answers an example
    assert museum["updateSpecialEvent"] == "update"
    assert museum["buyMuseumTickets"] == "create"  # /tickets/{ticketId}/qr makes /tickets a collection
    assert museum["getTicketCode"] == "action-read"


def test_nested_collections_are_scoped_by_their_parent() -> None:
    routes = _platform(TWILIO).model.routes
    create = routes["CreateVariable"]
    assert create.collection == "/v1/Services/{}/Environments/{}/Variables"
    assert create.scope_params == ("ServiceSid", "EnvironmentSid")
    assert create.parent == ("/v1/Services/{}/Environments", 1)
    assert routes["FetchBuildStatus"].role == "action-read"


def test_twilio_json_suffixed_paths() -> None:
    spec = SPECS_DIR / "twilio" / "twilio_api_v2010.json"
    routes = _platform(spec).model.routes
    assert routes["CreateCall"].role == "create"
    assert routes["FetchCall"].role == "read" and routes["FetchCall"].id_param == "Sid"
    assert routes["CreateCall"].parent == ("/2010-04-01/Accounts", 0)


def test_ids_follow_the_id_schema() -> None:
    museum = _platform(MUSEUM)
    with museum.store.begin() as conn:
        assert uuid.UUID(str(museum.new_id(conn, "/special-events", "eventId"))).version == 4
    petstore = _platform(PETSTORE)
    with petstore.store.begin() as conn:
        assert [petstore.new_id(conn, "/pets", "id") for _ in range(3)] == [1, 2, 3]
    twilio = _platform(TWILIO)
    with twilio.store.begin() as conn:
        sid = twilio.new_id(conn, "/v1/Services", "sid")
    assert re.fullmatch(r"ZS[0-9a-fA-F]{32}", str(sid))


def test_plain_string_ids_are_short_random_strings() -> None:
    schemas = Schemas("3.1.0", seed=1)
    first, second = schemas.string({"type": "string"}, unique=True), schemas.string({"type": "string"}, unique=True)
    assert first != second and len(first) == 8


@pytest.mark.parametrize(
    "pattern", [r"^ZS[0-9a-fA-F]{32}$", r"^([01]\d|2[0-3]):?([0-5]\d)$", r"^[a-z]+(-[a-z]+)*$", r"^(ab|cd){2,3}x?$"]
)
def test_regex_sampler(pattern: str) -> None:
    sampler = RegexSampler(random.Random(7))
    for _ in range(20):
        assert re.search(pattern, sampler.sample(pattern))


def test_complete_keeps_valid_values_and_fills_the_rest() -> None:
    schemas = Schemas("3.0.3")
    schema = {
        "type": "object",
        "required": ["name", "count"],
        "properties": {
            "name": {"type": "string"},
            "count": {"type": "integer", "minimum": 5},
            "friendly_name": {"type": "string"},
            "when": {"type": "string", "format": "date-time"},
            "kind": {"type": "string", "enum": ["a", "b"]},
        },
    }
    value = schemas.complete(schema, {"name": "n", "count": 1, "FriendlyName": "F", "extra": True})
    assert value["name"] == "n" and value["friendly_name"] == "F"  # matched loosely by name
    assert value["count"] >= 5 and value["kind"] in ("a", "b") and "extra" not in value
    assert schemas.is_valid(schema, value)


def test_a_missing_or_broken_spec_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SpecProblem, match="no such file"):
        definition_for(tmp_path / "absent.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.0.0\npaths: [\n")
    with pytest.raises(SpecProblem):
        definition_for(broken)


OVERLAPPING = """
openapi: 3.0.3
info: {title: Overlap, version: "1"}
paths:
  /projects/{uuid}/{name}:
    get:
      operationId: getByName
      parameters:
        - {name: uuid, in: path, required: true, schema: {type: string}}
        - {name: name, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: one
          content: {application/json: {schema: {type: object, properties: {name: {type: string}}}}}
  /projects/{uuid}/environments:
    get:
      operationId: listEnvironments
      parameters:
        - {name: uuid, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: all, content: {application/json: {schema: {type: array, items: {type: string}}}}}
"""


def test_a_literal_segment_wins_over_a_parameter(tmp_path: Path) -> None:
    from conftest import AsgiClient

    from reference_server.app import create_app

    spec = tmp_path / "overlap.yaml"
    spec.write_text(OVERLAPPING)
    definition = definition_for(spec)
    platform, _ = definition.open(OpenRequest(db="sqlite://", stage_seconds=1))
    app = create_app(platform, api=definition, validate_responses=True)
    client = AsgiClient(app)
    try:
        # /projects/{uuid}/environments reads project p1 through an action path (there is none: 404) ...
        environments = client.get("/projects/p1/environments")
        assert environments.status_code == 404 and "no /projects 'p1'" in environments.text
        # ... while /projects/{uuid}/{name} fits no pattern: an example
        named = client.get("/projects/p1/staging")
        assert named.status_code == 200 and isinstance(named.json(), dict) and "x-refserver-example" in named.headers
    finally:
        client.close()
    assert app.refserver.conformance_failures == []

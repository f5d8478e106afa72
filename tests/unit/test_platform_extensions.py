"""The platform mechanics declared in a spec: `x-sdkgen-session`, `x-sdkgen-tenant`,
`x-sdkgen-webhook-signature` and `x-sdkgen-resume` read into the IR (Operation.session,
Api.session, Api.tenant, Operation.tenant_scoped, Api.webhook_signature, Operation.resume), and
every malformed value reported as `extension-invalid` where it stands."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.build import Builder, load_api
from generator.diagnostics import Diagnostics
from generator.loader import Workspace

REPO = Path(__file__).resolve().parents[2]


def _json(schema: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}


SESSION_ANSWER = {
    "type": "object",
    "required": ["accessToken", "refreshToken"],
    "properties": {
        "accessToken": {"type": "string"},
        "refreshToken": {"type": "string"},
        "expiresIn": {"type": "integer"},
        "user": {"type": "object", "properties": {"id": {"type": "string"}}},
        "nested": {"type": "object", "properties": {"token": {"type": "string"}}},
    },
}
REFRESH_BODY = {"type": "object", "required": ["refreshToken"], "properties": {"refreshToken": {"type": "string"}}}
EVENT = {
    "type": "object",
    "required": ["type", "id"],
    "properties": {"type": {"type": "string", "enum": ["thing.made"]}, "id": {"type": "string"}},
}
LOGIN = {"role": "login", "accessToken": "accessToken", "refreshToken": "refreshToken", "expiresIn": "expiresIn"}
REFRESH = {**LOGIN, "role": "refresh", "requestField": "refreshToken"}
TENANT_PARAM = {"name": "X-Tenant-ID", "in": "header", "required": False, "schema": {"type": "string"}}


def base_spec() -> dict[str, Any]:
    """A small API with a login, a refresh, a logout, a tenant-scoped list and an event stream."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/login": {"post": {
                "operationId": "login", "security": [], "x-sdkgen-session": dict(LOGIN),
                "responses": {"200": {"description": "ok", "content": _json("Session")}}}},
            "/refresh": {"post": {
                "operationId": "refresh", "security": [], "x-sdkgen-session": dict(REFRESH),
                "requestBody": {"required": True, "content": _json("RefreshBody")},
                "responses": {"200": {"description": "ok", "content": _json("Session")}}}},
            "/logout": {"post": {
                "operationId": "logout", "x-sdkgen-session": {"role": "logout", "requestField": "refreshToken"},
                "requestBody": {"content": _json("RefreshBody")},
                "responses": {"204": {"description": "gone"}}}},
            "/things": {"get": {
                "operationId": "listThings", "parameters": [{"$ref": "#/components/parameters/Tenant"}],
                "responses": {"200": {"description": "ok"}}}},
            "/public": {"get": {"operationId": "publicThing", "responses": {"200": {"description": "ok"}}}},
            "/events": {"get": {
                "operationId": "events",
                "x-sdkgen-resume": {"header": "Last-Event-ID", "maxReconnects": 3, "retryMs": 250},
                "parameters": [
                    {"$ref": "#/components/parameters/Tenant"},
                    {"name": "Last-Event-ID", "in": "header", "schema": {"type": "string"}},
                ],
                "responses": {"200": {"description": "events", "content": {
                    "text/event-stream": {"schema": {"$ref": "#/components/schemas/ThingMade"}}}}}}},
        },
        "webhooks": {
            "thing.made": {"post": {
                "requestBody": {"content": _json("ThingMade")},
                "responses": {"200": {"description": "ok"}}}},
        },
        "x-sdkgen-tenant": {"header": "X-Tenant-ID", "option": "tenantId"},
        "x-sdkgen-webhook-signature": {
            "header": "X-Webhook-Signature", "algorithm": "hmac-sha256", "encoding": "hex",
            "secretPrefix": "whsec_", "testHeader": "X-Webhook-Test", "eventField": "type",
        },
        "components": {
            "parameters": {"Tenant": TENANT_PARAM},
            "schemas": {"Session": SESSION_ANSWER, "RefreshBody": REFRESH_BODY, "ThingMade": EVENT},
        },
    }


def build(tmp_path: Path, spec: dict[str, Any]) -> tuple[ir.Api, Diagnostics]:
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    diagnostics = Diagnostics()
    return Builder(Workspace(path, diagnostics)).build(), diagnostics


def problems(diagnostics: Diagnostics) -> list[tuple[str, str, str]]:
    return [(d.code, d.location.pointer, d.message) for d in diagnostics if d.code != "webhooks-skipped"]


def op(api: ir.Api, operation_id: str) -> ir.Operation:
    return next(o for o in api.operations if o.operation_id == operation_id)


# -- what a good spec gives -------------------------------------------------------------------------
def test_every_mechanic_is_read_into_the_ir(tmp_path: Path) -> None:
    api, diagnostics = build(tmp_path, base_spec())
    assert problems(diagnostics) == []
    assert op(api, "login").session == ir.SessionRole(
        role="login", access_token_path=("accessToken",), refresh_token_path=("refreshToken",),
        expires_in_path=("expiresIn",),
    )
    assert op(api, "refresh").session is not None and op(api, "refresh").session.request_field == "refreshToken"
    assert op(api, "logout").session == ir.SessionRole(role="logout", request_field="refreshToken")
    assert api.session == ir.Session(login=("login",), refresh="refresh", logout="logout")
    assert api.tenant == ir.TenantHeader(header="X-Tenant-ID", option=("tenant", "id"), env="TENANT_ID")
    scoped = {o.operation_id for o in api.operations if o.tenant_scoped}
    assert scoped == {"listThings", "events"}
    assert op(api, "events").resume == ir.Resume(header="Last-Event-ID", max_reconnects=3, retry_ms=250)
    assert op(api, "listThings").resume is None
    signature = api.webhook_signature
    assert signature is not None
    assert (signature.header, signature.algorithm, signature.encoding) == ("X-Webhook-Signature", "hmac-sha256", "hex")
    assert (signature.secret_prefix, signature.test_header) == ("whsec_", "X-Webhook-Test")
    assert signature.event_field == "type"
    assert signature.events == (ir.WebhookEvent(name="thing.made", model=ir.NamedType("ThingMade")),)


def test_defaults_resume_true_and_tenant_option(tmp_path: Path) -> None:
    spec = base_spec()
    spec["paths"]["/events"]["get"]["x-sdkgen-resume"] = True
    spec["x-sdkgen-tenant"] = {"header": "X-Org"}
    spec["components"]["parameters"]["Tenant"] = {**TENANT_PARAM, "name": "x-org"}  # header names ignore case
    api, diagnostics = build(tmp_path, spec)
    assert problems(diagnostics) == []
    assert op(api, "events").resume == ir.Resume()
    assert api.tenant == ir.TenantHeader(header="X-Org", option=("tenant", "id"), env="TENANT_ID")
    assert op(api, "listThings").tenant_scoped


def test_nested_answer_paths_are_followed(tmp_path: Path) -> None:
    spec = base_spec()
    spec["paths"]["/login"]["post"]["x-sdkgen-session"]["accessToken"] = "nested.token"
    api, diagnostics = build(tmp_path, spec)
    assert problems(diagnostics) == []
    assert op(api, "login").session is not None
    assert op(api, "login").session.access_token_path == ("nested", "token")


def test_a_spec_without_the_extensions_has_none_of_them(tmp_path: Path) -> None:
    spec = base_spec()
    for key in ("x-sdkgen-tenant", "x-sdkgen-webhook-signature"):
        del spec[key]
    for item in spec["paths"].values():
        for operation in item.values():
            operation.pop("x-sdkgen-session", None)
            operation.pop("x-sdkgen-resume", None)
    api, diagnostics = build(tmp_path, spec)
    assert problems(diagnostics) == []
    assert (api.session, api.tenant, api.webhook_signature) == (None, None, None)
    assert not any(o.session or o.tenant_scoped or o.resume for o in api.operations)


# -- what a bad spec gets ------------------------------------------------------------------------------
SESSION_AT = "/paths/~1{}/post/x-sdkgen-session"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("login", "must be a mapping"),
        ({"role": "signin"}, "role must be one of login, refresh, logout"),
        ({"role": "login", "accessToken": "accessToken"}, "needs refreshToken"),
        ({**LOGIN, "accessToken": "a..b"}, "dotted path"),
        ({**LOGIN, "colour": "red"}, "unknown key(s) colour"),
        ({"role": "logout", "accessToken": "accessToken"}, "reads nothing from its answer"),
    ],
)
def test_a_malformed_session_is_reported_on_its_operation(tmp_path: Path, value: Any, words: str) -> None:
    spec = base_spec()
    spec["paths"]["/login"]["post"]["x-sdkgen-session"] = value
    api, diagnostics = build(tmp_path, spec)
    found = problems(diagnostics)
    assert any(code == "extension-invalid" and at == SESSION_AT.format("login") and words in message
               for code, at, message in found), found
    assert op(api, "login").session is None


def test_a_refresh_without_its_request_field_is_refused(tmp_path: Path) -> None:
    spec = base_spec()
    del spec["paths"]["/refresh"]["post"]["x-sdkgen-session"]["requestField"]
    _, diagnostics = build(tmp_path, spec)
    assert any("needs requestField" in message for _, _, message in problems(diagnostics))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (("login", "accessToken", "token"), "path token is not a string field of the answer"),
        (("login", "expiresIn", "user.id"), "path user.id is not a integer or number field"),
        (("refresh", "requestField", "missing"), "requestField missing is not a string field of the request body"),
    ],
)
def test_paths_that_the_schemas_lack_are_reported(tmp_path: Path, change: tuple[str, str, str], words: str) -> None:
    spec = base_spec()
    operation, key, value = change
    spec["paths"][f"/{operation}"]["post"]["x-sdkgen-session"][key] = value
    api, diagnostics = build(tmp_path, spec)
    found = problems(diagnostics)
    assert any(at == SESSION_AT.format(operation) and words in message for _, at, message in found), found
    assert api.session is None


def test_refresh_must_be_one_and_login_must_exist(tmp_path: Path) -> None:
    spec = base_spec()
    spec["paths"]["/refresh2"] = copy.deepcopy(spec["paths"]["/refresh"])
    spec["paths"]["/refresh2"]["post"]["operationId"] = "refreshAgain"
    spec["paths"]["/login"]["post"]["x-sdkgen-session"] = {**REFRESH}
    spec["paths"]["/login"]["post"]["requestBody"] = {"content": _json("RefreshBody")}
    api, diagnostics = build(tmp_path, spec)
    messages = [message for _, _, message in problems(diagnostics)]
    assert any("exactly one operation must have role refresh (found: login, refresh, refreshAgain)" in m
               for m in messages), messages
    assert any("no operation has role login" in m for m in messages)
    assert api.session is None


def test_a_required_tenant_header_and_an_unused_one_are_reported(tmp_path: Path) -> None:
    spec = base_spec()
    spec["components"]["parameters"]["Tenant"] = {**TENANT_PARAM, "required": True}
    _, diagnostics = build(tmp_path, spec)
    found = problems(diagnostics)
    wanted = "listThings declares X-Tenant-ID as required"
    assert any(code == "extension-invalid" and at == "/x-sdkgen-tenant" and wanted in message
               for code, at, message in found), found

    spec = base_spec()
    spec["x-sdkgen-tenant"] = {"header": "X-Workspace"}
    api, diagnostics = build(tmp_path, spec)
    assert [(code, at) for code, at, _ in problems(diagnostics)] == [("tenant-header-unused", "/x-sdkgen-tenant")]
    assert not any(o.tenant_scoped for o in api.operations)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("X-Tenant-ID", "must be a mapping"),
        ({"header": "X Tenant"}, "header must be an HTTP header name"),
        ({"header": "X-Tenant-ID", "option": "2fast"}, "option must be an identifier"),
        ({"header": "X-Tenant-ID", "env": "tenant"}, "env must be upper-case"),
    ],
)
def test_a_malformed_tenant_block_is_reported(tmp_path: Path, value: Any, words: str) -> None:
    spec = base_spec()
    spec["x-sdkgen-tenant"] = value
    api, diagnostics = build(tmp_path, spec)
    found = problems(diagnostics)
    assert any(at == "/x-sdkgen-tenant" and words in message for _, at, message in found), found
    assert api.tenant is None


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ({"algorithm": "hmac-sha256"}, "header must be an HTTP header name"),
        ({"header": "X-Sig", "algorithm": "md5"}, "algorithm 'md5' is not one of hmac-sha256"),
        ({"header": "X-Sig", "encoding": "base32"}, "encoding 'base32' is not one of hex, base64"),
        ({"header": "X-Sig", "testHeader": "no good"}, "testHeader must be an HTTP header name"),
        ({"header": "X-Sig", "secret": "x"}, "unknown key(s) secret"),
    ],
)
def test_a_malformed_webhook_signature_is_reported(tmp_path: Path, value: Any, words: str) -> None:
    spec = base_spec()
    spec["x-sdkgen-webhook-signature"] = value
    api, diagnostics = build(tmp_path, spec)
    found = problems(diagnostics)
    assert any(at == "/x-sdkgen-webhook-signature" and words in message for _, at, message in found), found
    assert api.webhook_signature is None


def test_a_webhook_signature_needs_webhooks_with_payloads(tmp_path: Path) -> None:
    spec = base_spec()
    spec["webhooks"] = {"thing.made": {"post": {"responses": {"200": {"description": "ok"}}}}}
    api, diagnostics = build(tmp_path, spec)
    messages = [message for _, _, message in problems(diagnostics)]
    assert any("'thing.made' has no POST with a request body" in m for m in messages), messages
    assert any("declare no event" in m for m in messages)
    assert api.webhook_signature is None


@pytest.mark.parametrize(
    ("event", "words"),
    [
        ({"type": "object", "properties": {"kind": {"type": "string"}}}, "has no field type to name the event"),
        ({"type": "object", "properties": {"type": {"type": "string", "enum": ["other.thing"]}}},
         "ThingMade.type allows 'other.thing', not 'thing.made'"),
        ({"type": "string"}, "its payload is not an object"),
    ],
)
def test_each_webhook_payload_must_name_its_event(tmp_path: Path, event: Any, words: str) -> None:
    spec = base_spec()
    spec["components"]["schemas"]["ThingMade"] = event
    _, diagnostics = build(tmp_path, spec)
    found = problems(diagnostics)
    assert any(at == "/x-sdkgen-webhook-signature" and words in message for _, at, message in found), found


def test_a_union_payload_with_the_discriminator_names_its_events(tmp_path: Path) -> None:
    spec = base_spec()
    schemas = spec["components"]["schemas"]
    schemas["ThingGone"] = {**EVENT, "properties": {**EVENT["properties"], "type": {"type": "string",
                                                                                  "enum": ["thing.gone"]}}}
    schemas["AnyEvent"] = {"oneOf": [{"$ref": "#/components/schemas/ThingMade"},
                                     {"$ref": "#/components/schemas/ThingGone"}],
                           "discriminator": {"propertyName": "type"}}
    spec["webhooks"]["thing.made"]["post"]["requestBody"] = {"content": _json("AnyEvent")}
    api, diagnostics = build(tmp_path, spec)
    assert problems(diagnostics) == []
    assert api.webhook_signature is not None
    assert api.webhook_signature.events[0].model == ir.NamedType("AnyEvent")
    spec["components"]["schemas"]["AnyEvent"]["discriminator"] = {"propertyName": "kind"}
    _, diagnostics = build(tmp_path, spec)
    found = problems(diagnostics)
    assert any("union without a discriminator on type" in message for _, _, message in found), found


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("yes", "must be true or a mapping"),
        ({"maxReconnects": 0}, "maxReconnects must be an integer from 1 to 100"),
        ({"retryMs": -1}, "retryMs must be an integer from 0 to 600000"),
        ({"header": "Last Event"}, "header must be a header name"),
    ],
)
def test_a_malformed_resume_is_reported(tmp_path: Path, value: Any, words: str) -> None:
    spec = base_spec()
    spec["paths"]["/events"]["get"]["x-sdkgen-resume"] = value
    api, diagnostics = build(tmp_path, spec)
    found = problems(diagnostics)
    assert any(at == "/paths/~1events/get/x-sdkgen-resume" and words in message for _, at, message in found), found
    assert op(api, "events").resume is None


def test_resume_needs_an_event_stream_and_an_optional_header(tmp_path: Path) -> None:
    spec = base_spec()
    spec["paths"]["/things"]["get"]["x-sdkgen-resume"] = True
    spec["paths"]["/events"]["get"]["parameters"][1]["required"] = True
    api, diagnostics = build(tmp_path, spec)
    found = problems(diagnostics)
    assert any(at == "/paths/~1things/get/x-sdkgen-resume" and "no text/event-stream success response" in message
               for _, at, message in found), found
    assert any(at == "/paths/~1events/get/x-sdkgen-resume" and "Last-Event-ID parameter must be optional" in message
               for _, at, message in found), found
    assert op(api, "listThings").resume is None


def test_the_new_keys_are_known_extensions(tmp_path: Path) -> None:
    """No `extension-unknown` warning for the two operation-level keys."""
    _, diagnostics = build(tmp_path, base_spec())
    assert not [d for d in diagnostics if d.code == "extension-unknown"]


# -- the platform spec -----------------------------------------------------------------------------
def test_the_platform_spec_declares_all_four_mechanics() -> None:
    api = load_api(REPO / "spec" / "platform" / "openapi.yaml")
    assert api.session == ir.Session(login=("register", "login"), refresh="refreshSession", logout="logout")
    assert api.tenant is not None and api.tenant.header == "X-Tenant-ID"
    scoped = {o.operation_id for o in api.operations if o.tenant_scoped}
    assert {"listMembers", "createWebhook", "streamEvents"} <= scoped
    assert not scoped & {"login", "register", "listApiKeys", "createTenant", "listTenants"}
    resumable = [o.operation_id for o in api.operations if o.resume is not None]
    assert resumable == ["streamEvents"]
    signature = api.webhook_signature
    assert signature is not None and signature.secret_prefix == "whsec_"
    assert [e.name for e in signature.events] == ["tenant.created", "member.added", "member.removed",
                                                  "member.role_changed"]
    for event in signature.events:
        assert isinstance(event.model, ir.NamedType) and event.model.name in api.models

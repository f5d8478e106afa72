"""Results and errors: 2xx typed, 204 → {}, 3xx not followed, every error status."""

from __future__ import annotations

import pickle
from typing import Any

import fakeapi.models as m
import httpx
import pytest
import respx
from fakeapi import FakeClient
from fakeapi._operations import OPERATIONS
from fakeapi._runtime import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    EmptyResult,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    PreconditionRequiredError,
    RateLimitError,
    RawResponse,
    RequestOptions,
    ResponseDecodeError,
    SDKError,
    ServerError,
    UnprocessableEntityError,
)

GET = OPERATIONS["deployGetDeployment"]
IDS = {"appID": "app_1", "deploymentID": "dep/1"}
DEPLOYMENT = {"id": "dep_1", "app_id": "app_1", "status": "running",
              "created_at": "2024-05-06T07:08:09Z", "completed_at": None, "new_field": [1]}


def test_2xx_json_is_decoded_to_the_declared_type(client: FakeClient,
                                                  api: respx.MockRouter) -> None:
    api.route().respond(200, json=DEPLOYMENT)
    dep = client.deployments.deploy_get_deployment(
        {"appID": "app_1", "deploymentID": "dep_1"})
    assert isinstance(dep, m.Deployment)
    assert dep.additional_properties == {"new_field": [1]}


def test_status_class_key_and_union_response(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(201, json={"name": "Rex", "barks": 2})
    assert isinstance(client.request("petGet", {"petID": "p"}), m.Dog)
    api.route().respond(200, json={"connected": False, "reason": "none"})
    status = client.request("gitGetConnection", {"appID": "a"})
    assert isinstance(status, m.GitNotConnected)
    assert status.reason == "none"


@pytest.mark.parametrize("op_id, path_params", [
    ("deployCancelDeployment", {"appID": "a", "deploymentID": "d"}),
    ("deployUpdateApp", {"appID": "a"}),
])
def test_204_and_empty_2xx_give_an_empty_dict(client: FakeClient, api: respx.MockRouter,
                                              op_id: str, path_params: dict[str, str]) -> None:
    api.route().respond(204)
    result = client.request(op_id, path_params)
    assert result == {}
    assert isinstance(result, EmptyResult)
    api.route().respond(200, content=b"")
    assert client.request(op_id, path_params) == {}


def test_202_with_a_body(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(202, json={"deployment_id": "d1", "status": "queued"})
    accepted = client.request("deployCreateDeployment", {"appID": "a"}, body={"image_uri": "i"})
    assert isinstance(accepted, m.DeploymentAccepted)
    assert accepted.status == "queued"


def test_302_is_not_followed(client: FakeClient, api: respx.MockRouter) -> None:
    route = api.route().respond(302, headers={"Location": "https://github.com/apps/x/install"})
    result = client.request("gitInstallStart")
    assert result == {"status": 302, "location": "https://github.com/apps/x/install"}
    assert route.call_count == 1


def test_302_is_not_followed_even_by_a_following_http_client(
    client_kwargs: dict[str, Any], api: respx.MockRouter
) -> None:
    api.get("/api/v1/git/install").respond(302, headers={"Location": "/elsewhere"})
    target = api.get("/elsewhere").respond(200, json={})
    http = httpx.Client(follow_redirects=True)
    with FakeClient(http_client=http, **client_kwargs) as client:
        assert client.request("gitInstallStart") == {"status": 302, "location": "/elsewhere"}
    assert not target.called
    http.close()


ERRORS = [
    (400, BadRequestError), (401, AuthenticationError), (403, PermissionDeniedError),
    (404, NotFoundError), (409, ConflictError), (412, PreconditionFailedError),
    (422, UnprocessableEntityError), (428, PreconditionRequiredError), (429, RateLimitError),
    (500, InternalServerError), (418, ClientError), (451, ClientError), (501, ServerError),
    (503, ServerError), (599, ServerError),
]


@pytest.mark.parametrize(("status", "cls"), ERRORS)
def test_every_error_status_has_its_class(client: FakeClient, api: respx.MockRouter,
                                          status: int, cls: type[APIStatusError]) -> None:
    body = {"statusCode": status, "code": "some_code", "message": "it broke", "retryAfter": 42}
    api.route().respond(status, json=body, headers={"X-Request-Id": "req_9"})
    with pytest.raises(cls) as info:
        client.call(GET, IDS, options=RequestOptions(max_retries=0))
    error = info.value
    assert type(error) is cls
    assert isinstance(error, APIStatusError) and isinstance(error, SDKError)
    assert (error.status, error.code, error.message, error.retry_after) == (
        status, "some_code", "it broke", 42)
    assert error.body == body
    assert error.headers["x-request-id"] == "req_9"
    assert error.operation_id == "deployGetDeployment"
    assert error.method == "GET"
    assert error.url == "https://api.fake.test/api/v1/apps/app_1/deployments/dep%2F1"
    text = str(error)
    for part in ("deployGetDeployment", "GET /api/v1/apps/app_1/deployments/dep%2F1",
                 str(status), "some_code", "it broke", "req_9"):
        assert part in text


def test_error_class_families(client: FakeClient, api: respx.MockRouter) -> None:
    assert issubclass(NotFoundError, ClientError)
    assert issubclass(InternalServerError, ServerError)
    assert not issubclass(ServerError, ClientError)


def test_error_with_text_body_and_retry_after_header(client: FakeClient,
                                                     api: respx.MockRouter) -> None:
    api.route().respond(503, text="upstream down", headers={"Retry-After": "5"})
    with pytest.raises(ServerError) as info:
        client.call(GET, IDS, options=RequestOptions(max_retries=0))
    assert info.value.body == "upstream down"
    assert info.value.message == "upstream down"
    assert info.value.code is None
    assert info.value.retry_after == 5


def test_error_with_empty_body(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(404)
    with pytest.raises(NotFoundError) as info:
        client.call(GET, IDS)
    assert info.value.body is None
    assert info.value.message == "Not Found"
    assert "404" in str(info.value)


def test_errors_pickle(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(409, json={"code": "dup", "message": "exists"})
    with pytest.raises(ConflictError) as info:
        client.call(GET, IDS)
    error = info.value
    error.response = None  # the live response is not part of the copy
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ConflictError
    assert (copy.status, copy.code, str(copy)) == (409, "dup", str(error))


def test_invalid_json_in_a_2xx(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(200, content=b"<html>", headers={"Content-Type": "application/json"})
    with pytest.raises(ResponseDecodeError) as info:
        client.call(GET, IDS)
    assert info.value.text == "<html>"


def test_raw_request_gives_the_response_as_it_came(client: FakeClient,
                                                   api: respx.MockRouter) -> None:
    api.route().respond(200, json=DEPLOYMENT, headers={"X-Request-Id": "r"})
    raw = client.raw_request("deployGetDeployment", IDS)
    assert isinstance(raw, RawResponse)
    assert raw.status == 200
    assert raw.headers["x-request-id"] == "r"
    assert raw.json() == DEPLOYMENT
    assert isinstance(raw.body, bytes)
    assert isinstance(raw.parsed(), m.Deployment)
    api.route().respond(404, json={"code": "nope"})
    raw = client.raw_request(GET, IDS)
    assert raw.status == 404
    with pytest.raises(NotFoundError):
        raw.parsed()


def test_text_response(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(200, text="plain", headers={"Content-Type": "text/plain"})
    assert client.call(GET, IDS) == "plain"
    api.route().respond(200, content=b"\x00\x01",
                        headers={"Content-Type": "application/octet-stream"})
    assert client.call(GET, IDS) == b"\x00\x01"


def test_error_is_raised_from_httpx_response(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(401, json={"code": "unauthorized", "message": "bad token"})
    with pytest.raises(AuthenticationError) as info:
        client.call(GET, IDS)
    assert isinstance(info.value.response, httpx.Response)
    assert info.value.status_code == 401

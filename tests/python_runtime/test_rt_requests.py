"""What goes on the wire: paths, query, headers, auth, bodies, hooks, options."""

from __future__ import annotations

import datetime
import json
import platform
from typing import Any
from urllib.parse import parse_qsl

import fakeapi.models as m
import httpx
import pytest
import respx
from fakeapi import FakeClient
from fakeapi._operations import OPERATIONS
from fakeapi._runtime import InvalidArgumentError, RequestOptions
from fakeapi._runtime.operation import Operation, Param
from fakeapi._runtime.request import render_path

PAGE = {"items": [], "total": 0}


def last(api: respx.MockRouter) -> httpx.Request:
    request: httpx.Request = api.calls.last.request
    return request


def test_path_values_are_encoded_one_by_one(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(200, json=PAGE)
    client.call(OPERATIONS["deployListDeployments"], {"appID": "a/b c"})
    assert last(api).url.raw_path == b"/api/v1/apps/a%2Fb%20c/deployments"
    client.call(OPERATIONS["deployListDeployments"], {"appID": ".."})
    assert last(api).url.raw_path == b"/api/v1/apps/%2E%2E/deployments"
    client.call(OPERATIONS["deployListDeployments"], {"appID": "ü?#%"})
    assert last(api).url.raw_path == b"/api/v1/apps/%C3%BC%3F%23%25/deployments"


@pytest.mark.parametrize("path_params", [None, {}, {"appID": ""}, {"appID": None}])
def test_missing_or_empty_path_param_is_refused_before_sending(
    client: FakeClient, api: respx.MockRouter, path_params: Any
) -> None:
    route = api.route().respond(200, json=PAGE)
    with pytest.raises(InvalidArgumentError, match="appID") as info:
        client.call(OPERATIONS["deployListDeployments"], path_params)
    assert isinstance(info.value, ValueError)
    assert "deployListDeployments" in str(info.value)
    assert not route.called


def test_query_values_are_strings(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(200, json=PAGE)
    client.deployments.deploy_list_deployments(
        {"appID": "app_1"},
        {"limit": 10, "offset": 0, "verbose": True, "status": m.DeploymentStatus.FAILED,
         "tags": ["x", "y"]},
    )
    assert parse_qsl(last(api).url.query.decode()) == [
        ("limit", "10"), ("offset", "0"), ("verbose", "true"), ("status", "failed"),
        ("tags", "x"), ("tags", "y"),
    ]


def test_query_styles_header_and_cookie_params(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(200)
    when = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)  # noqa: UP017
    client.request(
        "search",
        query={
            "q": "a b",
            "ids": [1, 2, 3],
            "pipes": ["a", "b"],
            "spaces": ["c", "d"],
            "filter": {"since": when, "active": False, "skip": None},
            "X-Trace": "trace-1",
            "session": "s1",
            "unknown": None,
            "extra": 1.5,
        },
    )
    request = last(api)
    assert parse_qsl(request.url.query.decode()) == [
        ("q", "a b"), ("ids", "1,2,3"), ("pipes", "a|b"), ("spaces", "c d"),
        ("filter[since]", "2024-01-02T03:04:05Z"), ("filter[active]", "false"), ("extra", "1.5"),
    ]
    assert request.headers["X-Trace"] == "trace-1"
    assert request.headers["Cookie"] == "session=s1"


def test_default_headers_auth_tenant_and_user_agent(
    client_kwargs: dict[str, Any], api: respx.MockRouter
) -> None:
    api.route().respond(200, json=PAGE)
    with FakeClient(token="tok", tenant_id="ten_1", headers={"X-Custom": "1"},
                    **client_kwargs) as client:
        client.call(OPERATIONS["deployListDeployments"], {"appID": "a"})
    request = last(api)
    assert request.headers["Authorization"] == "Bearer tok"
    assert request.headers["X-Tenant-ID"] == "ten_1"
    assert request.headers["X-Custom"] == "1"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"] == f"fakeapi/1.2.3 python/{platform.python_version()}"
    assert str(request.url).startswith("https://api.fake.test/api/v1/apps/a/deployments")


def test_no_auth_headers_without_token(client_kwargs: dict[str, Any],
                                       api: respx.MockRouter) -> None:
    api.route().respond(200, json=PAGE)
    with FakeClient(**client_kwargs) as client:
        client.call(OPERATIONS["deployListDeployments"], {"appID": "a"})
    assert "Authorization" not in last(api).headers
    assert "X-Tenant-ID" not in last(api).headers


def test_signer_is_called_on_every_attempt_after_auth(
    client_kwargs: dict[str, Any], clock: Any, api: respx.MockRouter
) -> None:
    api.route().mock(side_effect=[httpx.Response(503), httpx.Response(200, json=PAGE)])
    seen: list[str] = []

    def signer(request: httpx.Request) -> None:
        seen.append(request.headers["Authorization"])
        request.headers["X-Nonce"] = f"n{len(seen)}"
        request.headers["X-Signature"] = "sig"

    with FakeClient(token="tok", signer=signer, sleep=clock.sleep, **client_kwargs) as client:
        client.call(OPERATIONS["deployListDeployments"], {"appID": "a"})
    assert seen == ["Bearer tok", "Bearer tok"]
    assert [c.request.headers["X-Nonce"] for c in api.calls] == ["n1", "n2"]


def test_json_body(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(202, json={"deployment_id": "d1", "status": "pending"})
    result = client.call(OPERATIONS["deployCreateDeployment"], {"appID": "a"},
                         None, m.DeploymentCreate(image_uri="img:1", note=None))
    assert isinstance(result, m.DeploymentAccepted)
    assert result.status is m.DeploymentStatus.PENDING
    request = last(api)
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"image_uri": "img:1", "note": None}
    # plain maps are accepted too, wire keys unchanged
    client.call(OPERATIONS["deployCreateDeployment"], {"appID": "a"}, None,
                {"image_uri": "img:2", "snake_case_key": 1})
    assert json.loads(last(api).content) == {"image_uri": "img:2", "snake_case_key": 1}


def test_required_body_and_bad_json_refused(client: FakeClient, api: respx.MockRouter) -> None:
    route = api.route().respond(202, json={})
    with pytest.raises(InvalidArgumentError, match="body is required"):
        client.call(OPERATIONS["deployCreateDeployment"], {"appID": "a"})
    with pytest.raises(InvalidArgumentError, match="JSON"):
        client.call(OPERATIONS["deployCreateDeployment"], {"appID": "a"}, None,
                    {"x": float("nan")})
    assert not route.called


def test_form_and_multipart_bodies(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(200)
    client.request("formLogin", body={"user": "me", "remember": True, "scopes": ["a", "b"]})
    request = last(api)
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(request.content.decode()) == [
        ("user", "me"), ("remember", "true"), ("scopes", "a"), ("scopes", "b")]

    api.route().respond(201)
    client.request("uploadFile", body={"title": "t", "file": ("a.txt", b"hello", "text/plain")})
    request = last(api)
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    body = request.content
    assert b'Content-Disposition: form-data; name="title"\r\n\r\nt\r\n' in body
    assert b'name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n' in body
    assert body.endswith(f"--{content_type.split('boundary=')[1]}--\r\n".encode())


def test_debug_hooks_see_redacted_requests_and_responses(
    client_kwargs: dict[str, Any], api: respx.MockRouter
) -> None:
    api.route().respond(200, json=PAGE, headers={"Set-Cookie": "sid=secret", "X-Request-Id": "r1"})
    requests: list[httpx.Request] = []
    responses: list[httpx.Response] = []

    def signer(request: httpx.Request) -> None:
        request.headers["X-Signature"] = "very-secret"

    with FakeClient(token="tok_secret", signer=signer, headers={"Cookie": "c=secret"},
                    on_request=requests.append, on_response=responses.append,
                    **client_kwargs) as client:
        client.call(OPERATIONS["deployListDeployments"], {"appID": "a"})
    (request,), (response,) = requests, responses
    for name in ("Authorization", "X-Signature", "Cookie"):
        assert request.headers[name] == "[REDACTED]"
    assert response.headers["Set-Cookie"] == "[REDACTED]"
    assert response.headers["X-Request-Id"] == "r1"
    assert response.json() == PAGE
    assert "secret" not in repr(request.headers) + repr(response.headers)
    # the real request still carried the secrets
    assert last(api).headers["Authorization"] == "Bearer tok_secret"


def test_per_call_timeout_and_extra_query_and_headers(
    client: FakeClient, api: respx.MockRouter
) -> None:
    api.route().respond(200, json=PAGE)
    client.call(OPERATIONS["deployListDeployments"], {"appID": "a"})
    assert last(api).extensions["timeout"] == httpx.Timeout(60.0).as_dict()
    client.call(OPERATIONS["deployListDeployments"], {"appID": "a"}, {"limit": 1},
                None, RequestOptions(timeout=5.0, headers={"X-A": "b"},
                                     extra_query={"debug": True}))
    request = last(api)
    assert request.extensions["timeout"] == httpx.Timeout(5.0).as_dict()
    assert request.headers["X-A"] == "b"
    assert parse_qsl(request.url.query.decode()) == [("limit", "1"), ("debug", "true")]


def test_client_timeout(client_kwargs: dict[str, Any], api: respx.MockRouter) -> None:
    api.route().respond(200, json=PAGE)
    with FakeClient(timeout=7, **client_kwargs) as client:
        assert client.timeout == httpx.Timeout(7)
        client.call(OPERATIONS["deployListDeployments"], {"appID": "a"})
    assert last(api).extensions["timeout"] == httpx.Timeout(7).as_dict()


def test_with_options_copies_and_shares_the_pool(
    client: FakeClient, api: respx.MockRouter
) -> None:
    api.route().respond(200, json=PAGE)
    other = client.with_options(tenant_id="t2", max_retries=0, headers={"X-B": "1"},
                                timeout=3)
    assert other is not client
    assert other._http is client._http
    assert other.deployments._client is other
    assert client.deployments._client is client
    assert (other.max_retries, client.max_retries) == (0, 2)
    other.deployments.deploy_list_deployments({"appID": "a"})
    request = last(api)
    assert request.headers["X-Tenant-ID"] == "t2"
    assert request.headers["X-B"] == "1"
    assert request.extensions["timeout"] == httpx.Timeout(3).as_dict()
    client.deployments.deploy_list_deployments({"appID": "a"})
    assert "X-Tenant-ID" not in last(api).headers
    other.close()  # does not close the shared pool
    client.deployments.deploy_list_deployments({"appID": "a"})


def test_request_by_operation_id_and_unknown_id(client: FakeClient,
                                                api: respx.MockRouter) -> None:
    api.route().respond(200, json=PAGE)
    page = client.request("deployListDeployments", {"appID": "a"}, {"limit": 5})
    assert isinstance(page, m.DeploymentPage)
    with pytest.raises(InvalidArgumentError, match="deployListDeployments") as info:
        client.request("deployListDeploymens", {"appID": "a"})
    assert "did you mean" in str(info.value)
    with pytest.raises(InvalidArgumentError, match="unknown operationId 'nothingLikeIt'"):
        client.request("nothingLikeIt")


def test_base_url_required_and_overridable(client_kwargs: dict[str, Any],
                                           api: respx.MockRouter) -> None:
    from fakeapi._runtime import SyncClient

    with pytest.raises(InvalidArgumentError, match="base_url"):
        SyncClient()
    with respx.mock(base_url="http://localhost:9999") as local:
        local.route().respond(200, json=PAGE)
        with FakeClient("http://localhost:9999/", **client_kwargs) as client:
            client.call(OPERATIONS["deployListDeployments"], {"appID": "a"})
        assert str(local.calls.last.request.url) == "http://localhost:9999/api/v1/apps/a/deployments"


def test_user_http_client_is_used_and_not_closed(client_kwargs: dict[str, Any],
                                                 api: respx.MockRouter) -> None:
    api.route().respond(200, json=PAGE)
    http = httpx.Client(timeout=9, headers={"X-From-Http-Client": "1"})
    with FakeClient(http_client=http, **client_kwargs) as client:
        client.call(OPERATIONS["deployListDeployments"], {"appID": "a"})
        assert client.timeout == httpx.Timeout(9)
    assert last(api).headers["X-From-Http-Client"] == "1"
    assert not http.is_closed
    http.close()


# OpenAPI 3.1's style examples (color = "blue" / ["blue", "black", "brown"] / {R: 100, G: 200, B: 150}).
_COLOR_PRIMITIVE, _COLOR_ARRAY, _COLOR_OBJECT = "blue", ["blue", "black", "brown"], {"R": 100, "G": 200, "B": 150}
PATH_STYLE_TABLE = [
    ("simple", False, _COLOR_PRIMITIVE, "blue"),
    ("simple", False, _COLOR_ARRAY, "blue,black,brown"),
    ("simple", False, _COLOR_OBJECT, "R,100,G,200,B,150"),
    ("simple", True, _COLOR_PRIMITIVE, "blue"),
    ("simple", True, _COLOR_ARRAY, "blue,black,brown"),
    ("simple", True, _COLOR_OBJECT, "R=100,G=200,B=150"),
    ("label", False, _COLOR_PRIMITIVE, ".blue"),
    ("label", False, _COLOR_ARRAY, ".blue,black,brown"),
    ("label", False, _COLOR_OBJECT, ".R,100,G,200,B,150"),
    ("label", True, _COLOR_PRIMITIVE, ".blue"),
    ("label", True, _COLOR_ARRAY, ".blue.black.brown"),
    ("label", True, _COLOR_OBJECT, ".R=100.G=200.B=150"),
    ("matrix", False, _COLOR_PRIMITIVE, ";color=blue"),
    ("matrix", False, _COLOR_ARRAY, ";color=blue,black,brown"),
    ("matrix", False, _COLOR_OBJECT, ";color=R,100,G,200,B,150"),
    ("matrix", True, _COLOR_PRIMITIVE, ";color=blue"),
    ("matrix", True, _COLOR_ARRAY, ";color=blue;color=black;color=brown"),
    ("matrix", True, _COLOR_OBJECT, ";R=100;G=200;B=150"),
]


def _styled(style: str, explode: bool) -> Operation:
    param = Param("color", "path", required=True, style=style, explode=explode)  # type: ignore[arg-type]
    return Operation("paint", "GET", "/paint/{color}/now", params=(param,))


@pytest.mark.parametrize(("style", "explode", "value", "expected"), PATH_STYLE_TABLE)
def test_path_styles_follow_the_openapi_style_table(style: str, explode: bool, value: Any, expected: str) -> None:
    assert render_path(_styled(style, explode), {"color": value}) == f"/paint/{expected}/now"


def test_path_styles_go_on_the_wire_as_rendered(client: FakeClient, api: respx.MockRouter) -> None:
    api.route().respond(204)
    client.call(_styled("matrix", True), {"color": {"R": 100, "G": 200}})
    assert last(api).url.raw_path == b"/paint/;R=100;G=200/now"
    client.call(_styled("label", True), {"color": ["a b", "c"]})
    assert last(api).url.raw_path == b"/paint/.a%20b.c/now"


@pytest.mark.parametrize(("style", "explode", "listed", "keyed"), [
    ("simple", False, "a%2Cb%3Bc,x%2Fy.z", "k%3D1,v%262"),
    ("simple", True, "a%2Cb%3Bc,x%2Fy.z", "k%3D1=v%262"),
    ("label", False, ".a%2Cb%3Bc,x%2Fy.z", ".k%3D1,v%262"),
    ("label", True, ".a%2Cb%3Bc.x%2Fy.z", ".k%3D1=v%262"),
    ("matrix", False, ";color=a%2Cb%3Bc,x%2Fy.z", ";color=k%3D1,v%262"),
    ("matrix", True, ";color=a%2Cb%3Bc;color=x%2Fy.z", ";k%3D1=v%262"),
])
def test_path_style_values_with_reserved_characters_are_percent_encoded(
    style: str, explode: bool, listed: str, keyed: str
) -> None:
    assert render_path(_styled(style, explode), {"color": ["a,b;c", "x/y.z"]}) == f"/paint/{listed}/now"
    assert render_path(_styled(style, explode), {"color": {"k=1": "v&2"}}) == f"/paint/{keyed}/now"


@pytest.mark.parametrize("style", ["label", "matrix"])
@pytest.mark.parametrize("value", ["", [], {}, None])
def test_empty_label_and_matrix_values_are_refused(style: str, value: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="'color' is required"):
        render_path(_styled(style, True), {"color": value})

"""Typed error bodies (issue 16 item 4): the body of an error status decoded into the type the
operation declares for that status, else its class (4XX), else default, as ``APIStatusError.error``
(``error_as(cls)`` reads it typed), beside status, code, message, request ID and headers."""

from __future__ import annotations

import pickle
from typing import Any

import attrs
import httpx
import pytest
from fakeapi._runtime import (
    APIStatusError,
    ConflictError,
    Model,
    NotFoundError,
    Operation,
    ServerError,
    SyncClient,
)


@attrs.define(kw_only=True)
class Problem(Model):
    code: str = attrs.field(metadata={"wire": "code"})
    message: str = attrs.field(metadata={"wire": "message"})
    retry_after: int | None = attrs.field(default=None, metadata={"wire": "retryAfter"})


@attrs.define(kw_only=True)
class Conflict(Model):
    code: str = attrs.field(metadata={"wire": "code"})
    holder: str = attrs.field(metadata={"wire": "holder"})


@attrs.define(kw_only=True)
class Fallback(Model):
    detail: str = attrs.field(metadata={"wire": "detail"})


OPERATIONS = {
    "declared": Operation("declared", "GET", "/declared",
                          responses={"200": Any, "409": Conflict, "4XX": Problem, "default": Fallback}),
    "plain": Operation("plain", "GET", "/plain", responses={"200": Any}),
}


class Client(SyncClient):
    OPERATIONS = OPERATIONS
    DEFAULT_BASE_URL = "https://api.example.test"


def answering(status: int, body: bytes, content_type: str = "application/json") -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": content_type,
                                                             "x-request-id": "req_42"})

    return Client(http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0)


def failure(client: Client, operation: str = "declared") -> APIStatusError:
    with pytest.raises(APIStatusError) as caught:
        client.request(operation)
    return caught.value


def test_the_exact_status_wins() -> None:
    error = failure(answering(409, b'{"code": "taken", "holder": "ann"}'))
    assert isinstance(error, ConflictError)
    assert isinstance(error.error, Conflict) and error.error.holder == "ann"
    assert error.error_as(Conflict) == Conflict(code="taken", holder="ann")
    assert error.error_as(Problem) is None
    assert (error.status, error.code, error.request_id) == (409, "taken", "req_42")
    assert error.body == {"code": "taken", "holder": "ann"}  # the raw JSON stays beside it
    assert error.headers["x-request-id"] == "req_42"


def test_the_status_class_then_default() -> None:
    error = failure(answering(404, b'{"code": "not_found", "message": "no such thing", "retryAfter": 3}'))
    assert isinstance(error, NotFoundError)
    problem = error.error_as(Problem)
    assert problem is not None and (problem.code, problem.message, problem.retry_after) == (
        "not_found", "no such thing", 3)
    server = failure(answering(503, b'{"detail": "maintenance"}'))
    assert type(server) is ServerError and server.status == 503
    assert server.error_as(Fallback) == Fallback(detail="maintenance")


def test_no_declared_type_or_no_json_leaves_error_none() -> None:
    assert failure(answering(404, b'{"code": "x"}'), "plain").error is None
    text = failure(answering(404, b"<html>gateway</html>", "text/html"))
    assert text.error is None and text.body == "<html>gateway</html>"
    assert failure(answering(404, b"")).error is None
    assert failure(answering(404, b'["not", "an", "object"]')).error is None


def test_the_typed_error_survives_pickling() -> None:
    error = failure(answering(409, b'{"code": "taken", "holder": "ann"}'))
    again = pickle.loads(pickle.dumps(error))
    assert again.error == error.error and str(again) == str(error)

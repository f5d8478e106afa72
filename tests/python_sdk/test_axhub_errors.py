"""The generated SDK's errors carry the spec's error model (issue 16 item 4), over respx."""

from __future__ import annotations

import respx
from axhub import AxHubClient, NotFoundError, models

BASE = "https://api.test"
APP = "5f0c2b8e-8d47-4d4e-9d8c-1f2e3a4b5c6d"
DID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


@respx.mock
def test_a_declared_error_status_decodes_into_the_error_model() -> None:
    body = {"statusCode": 404, "code": "not_found", "message": "no deployment"}
    respx.get(f"{BASE}/api/v1/apps/{APP}/deployments/{DID}").respond(404, json=body,
                                                                     headers={"X-Request-Id": "req_9"})
    client = AxHubClient(BASE, token="tok", max_retries=0)
    try:
        client.deployments.get(APP, DID)
    except NotFoundError as error:
        declared = error.error_as(models.Error)
        assert isinstance(error.error, models.Error) and declared is error.error
        assert (declared.status_code, declared.code, declared.message) == (404, "not_found", "no deployment")
        assert (error.status, error.code, error.message, error.request_id) == (
            404, "not_found", "no deployment", "req_9")
    else:
        raise AssertionError("a 404 did not raise")

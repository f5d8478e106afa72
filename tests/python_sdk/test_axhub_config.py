"""Configuration of the generated AxHub client: AXHUB_TOKEN, AXHUB_BASE_URL and AXHUB_LOG from the
environment (explicit arguments win), bad values refused when the client is built, and a closed
client refusing calls, always with the SDK's own InvalidArgumentError and before anything is sent."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest
import respx
from axhub import AsyncAxHubClient, AxHubClient, InvalidArgumentError, RequestOptions, SDKError

APP = "5f0c2b8e-8d47-4d4e-9d8c-1f2e3a4b5c6d"
DID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AXHUB_TOKEN", "AXHUB_BASE_URL", "AXHUB_LOG"):
        monkeypatch.delenv(name, raising=False)


def sent_request(client: AxHubClient) -> httpx.Request:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={"status": "ok"})
        client.deployments.lifecycle.diagnosis(APP)
    return route.calls.last.request


def test_token_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AXHUB_TOKEN", "from-env")
    monkeypatch.setenv("AXHUB_BASE_URL", "https://env.example/")
    client = AxHubClient(max_retries=0)
    assert client.base_url == "https://env.example"
    request = sent_request(client)
    assert str(request.url).startswith("https://env.example/api/v1/apps/")
    assert request.headers["authorization"] == "Bearer from-env"


def test_explicit_arguments_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AXHUB_TOKEN", "from-env")
    monkeypatch.setenv("AXHUB_BASE_URL", "https://env.example")
    client = AxHubClient("https://given.example", token="given", max_retries=0)
    request = sent_request(client)
    assert request.url.host == "given.example"
    assert request.headers["authorization"] == "Bearer given"


def test_without_environment_the_default_base_url() -> None:
    assert AxHubClient(token="").base_url == "https://api.axhub.ai"


def test_log_level_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("axhub._runtime")
    before = logger.level
    try:
        monkeypatch.setenv("AXHUB_LOG", "debug")
        AxHubClient("https://api.test", token="")
        assert logger.level == logging.DEBUG
        monkeypatch.setenv("AXHUB_LOG", "loud")
        with pytest.raises(InvalidArgumentError, match="AXHUB_LOG='loud'"):
            AxHubClient("https://api.test", token="")
    finally:
        logger.setLevel(before)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)


@pytest.mark.parametrize("url", ["ftp://files.example", "localhost:8080", "/api", "https://", "http//x.example", ""])
def test_a_base_url_that_is_not_absolute_http_is_refused(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if url == "":  # empty is "not given": the environment's value is then checked the same way
        monkeypatch.setenv("AXHUB_BASE_URL", "ftp://files.example")
    with pytest.raises(InvalidArgumentError, match="absolute http"):
        AxHubClient(url or None)
    with pytest.raises(InvalidArgumentError):
        AsyncAxHubClient(url or None)


def test_with_options_checks_the_base_url_too() -> None:
    with pytest.raises(InvalidArgumentError, match="absolute http"):
        AxHubClient("https://api.test", token="").with_options(base_url="api.test")


@pytest.mark.parametrize(("options", "message"), [
    ({"timeout": -1}, "timeout must be >= 0"),
    ({"timeout": "5"}, "timeout must be seconds"),
    ({"timeout": True}, "timeout must be seconds"),
    ({"max_retries": -1}, "max_retries must be >= 0"),
    ({"max_retries": "3"}, "max_retries must be an int"),
    ({"token": 123}, "token must be a string"),
])
def test_bad_option_values_are_refused_when_built(options: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        AxHubClient("https://api.test", **options)


def test_bad_per_call_options_are_refused_before_sending() -> None:
    client = AxHubClient("https://api.test", token="t")
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={})
        with pytest.raises(InvalidArgumentError, match="timeout"):
            client.deployments.lifecycle.diagnosis(APP, options=RequestOptions(timeout="5"))  # type: ignore[arg-type]
    assert not route.called


def test_path_params_of_the_wrong_kind_are_the_sdks_error() -> None:
    client = AxHubClient("https://api.test", token="t")
    with pytest.raises(InvalidArgumentError, match="path_params must be a mapping"):
        client.deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(APP)  # type: ignore[arg-type]


def test_a_closed_client_refuses_calls() -> None:
    client = AxHubClient("https://api.test", token="t")
    copy = client.with_options(max_retries=0)
    client.close()
    assert client.is_closed and copy.is_closed
    for target in (client, copy):
        with pytest.raises(InvalidArgumentError, match="closed") as raised:
            target.deployments.get(APP, DID)
        assert isinstance(raised.value, SDKError)
    with pytest.raises(InvalidArgumentError, match="closed"):
        client.request("deployGetApiV1AppsByAppIDDeploymentsByDid", {"appID": APP, "did": DID})


def test_a_closed_async_client_refuses_calls() -> None:
    async def scenario() -> None:
        async with AsyncAxHubClient("https://api.test", token="t") as client:
            pass
        with pytest.raises(InvalidArgumentError, match="closed"):
            await client.deployments.get(APP, DID)

    asyncio.run(scenario())


def test_closing_a_copy_leaves_the_original_open() -> None:
    client = AxHubClient("https://api.test", token="t")
    client.with_options(max_retries=1).close()
    assert not client.is_closed


def test_a_missing_credential_is_refused_when_built(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every AxHub operation needs a credential: a client with none could make no call."""
    monkeypatch.delenv("AXHUB_TOKEN", raising=False)
    for flavour in (AxHubClient, AsyncAxHubClient):
        with pytest.raises(InvalidArgumentError, match="needs credentials and none were given.*AXHUB_TOKEN"):
            flavour("https://api.test")
    monkeypatch.setenv("AXHUB_TOKEN", "")  # an empty variable is not a credential
    with pytest.raises(InvalidArgumentError, match="none were given"):
        AxHubClient("https://api.test")
    monkeypatch.setenv("AXHUB_TOKEN", "from-env")
    assert sent_request(AxHubClient("https://api.test", max_retries=0)).headers["authorization"] == "Bearer from-env"


def test_an_explicit_empty_token_builds_a_client_without_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AXHUB_TOKEN", "from-env")
    request = sent_request(AxHubClient("https://api.test", token="", max_retries=0))
    assert "authorization" not in request.headers  # on purpose: not even the environment's

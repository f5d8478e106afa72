"""List methods of the resource surface return a page (issue 16 item 3): `.items`,
`has_next_page()`, `next_page()`, iteration over every item across pages; async: `await` gives the
first page, `async for` every item. Over a mocked transport (respx)."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import respx
from axhub import (
    AsyncAxHubClient,
    AsyncPage,
    AsyncPaginator,
    AxHubClient,
    InvalidArgumentError,
    NotFoundError,
    SyncPage,
    models,
)

BASE = "https://api.test"
APP = "5f0c2b8e-8d47-4d4e-9d8c-1f2e3a4b5c6d"
LIST_URL = f"{BASE}/api/v1/apps/{APP}/deployments"


def deployment(index: int) -> dict[str, object]:
    return {
        "id": f"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c{index:02d}", "app_id": APP, "commit_sha": "a" * 40,
        "status": "building", "trigger_source": "manual", "started_at": "2026-11-22T09:00:00Z",
        "completed_at": None, "current_stage": "building", "failure_reason": None, "image_uri": None,
    }


PAGES = [
    {"items": [deployment(0), deployment(1)], "next_cursor": "", "total": 3},
    {"items": [deployment(2)], "next_cursor": "", "total": 3},
]


def mock_pages() -> respx.Route:
    """Answers by the offset asked for, as often as asked."""
    def answer(request: httpx.Request) -> httpx.Response:
        n = 1 if request.url.params.get("offset") == "2" else 0
        return httpx.Response(200, json=PAGES[n], headers={"x-request-id": f"req_{n}"})

    return respx.get(LIST_URL).mock(side_effect=answer)


@respx.mock
def test_the_first_page_is_fetched_at_the_call_and_steps_by_hand() -> None:
    route = mock_pages()
    client = AxHubClient(BASE, token="tok", max_retries=0)
    page = client.deployments.list(APP, limit=2)
    assert isinstance(page, SyncPage) and route.call_count == 1
    assert [d.id[-2:] for d in page.items] == ["00", "01"]
    assert all(isinstance(d, models.Deployment) for d in page.items)
    assert page.request_id == "req_0" and page.body.total == 3
    assert page.has_next_page()
    second = page.next_page()
    assert [d.id[-2:] for d in second.items] == ["02"] and second.request_id == "req_1"
    assert not second.has_next_page()
    with pytest.raises(InvalidArgumentError, match="last page"):
        second.next_page()
    assert dict(route.calls[1].request.url.params) == {"limit": "2", "offset": "2"}


@respx.mock
def test_iterating_a_page_goes_through_every_later_page() -> None:
    route = mock_pages()
    page = AxHubClient(BASE, token="tok", max_retries=0).deployments.list(APP, limit=2)
    assert [d.id[-2:] for d in page] == ["00", "01", "02"]
    assert route.call_count == 2
    assert [len(p.items) for p in page.iter_pages()] == [2, 1]  # the first page again, the second refetched
    assert route.call_count == 3


@respx.mock
def test_an_error_on_the_first_page_raises_at_the_call() -> None:
    respx.get(LIST_URL).respond(404, json={"statusCode": 404, "code": "not_found", "message": "no app"})
    with pytest.raises(NotFoundError):
        AxHubClient(BASE, token="tok", max_retries=0).deployments.list(APP)


def test_async_await_gives_the_first_page_and_async_for_every_item() -> None:
    async def scenario() -> None:
        with respx.mock:
            route = mock_pages()
            async with AsyncAxHubClient(BASE, token="tok", max_retries=0) as client:
                pager = client.deployments.list(APP, limit=2)
                assert isinstance(pager, AsyncPaginator) and route.call_count == 0  # nothing sent yet
                page = await pager
                assert isinstance(page, AsyncPage)
                assert [d.id[-2:] for d in page.items] == ["00", "01"] and page.has_next_page()
                second = await page.next_page()
                assert [d.id[-2:] for d in second.items] == ["02"] and not second.has_next_page()
                with pytest.raises(InvalidArgumentError):
                    await second.next_page()
        with respx.mock:
            mock_pages()
            async with AsyncAxHubClient(BASE, token="tok", max_retries=0) as client:
                every = [d.id[-2:] async for d in client.deployments.list(APP, limit=2)]
                assert every == ["00", "01", "02"]

    asyncio.run(scenario())

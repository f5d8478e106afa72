"""Per-call overhead of the Python SDK (sync and async) against bare httpx + ``response.json()``.

    python bench.py CONFIG_JSON

CONFIG_JSON (one argument, a JSON object) names the server (``base_url``), the
``token``, the ``app`` and deployment (``did``) ids, the page ``limit``, the
``calls`` to measure (``get``: one deployment, ``list``: a page of them), the
number of measured calls per path ``n``, the ``warmup`` calls per path, the
calls per timed ``block`` and the ``clients`` (``python``, ``python-async``).

Both paths send the same request (Accept, User-Agent, Authorization over one
keep-alive connection) and decode the whole answer: the SDK into its models,
the bare path into dicts and lists. They run in alternating blocks (the order
flips every round) so drift on a busy machine hits both alike. Prints one JSON
line: ``{"rows": [{client, call, sdk_us_per_call, bare_us_per_call, ...}]}``
where the wall-time figures are the median over blocks, and the
``*_cpu_us_per_call`` pair this process's CPU time over all blocks per call (a
mean: CPU clocks can be coarse, so one block's figure may be off by a tick). The SDK's directory
must be on ``sys.path`` (the driver sets ``PYTHONPATH``).
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import axhub
import httpx

BARE_USER_AGENT = "call-overhead-bare"
# A resource-surface call sends the same request as this seed call (and decodes the same answer).
SAME_REQUEST = {"get_resource": "get"}


def summary(call: str, value: Any) -> dict[str, Any]:
    """The part of a decoded answer both paths must agree on (typed model or plain JSON)."""

    def field(obj: Any, name: str) -> Any:
        got = obj[name] if isinstance(obj, dict) else getattr(obj, name)
        return getattr(got, "value", got)  # an enum member -> its wire value

    if SAME_REQUEST.get(call, call) == "get":
        return {name: field(value, name) for name in ("id", "status", "image_uri")}
    items = field(value, "items")
    return {
        "total": field(value, "total"),
        "ids": [field(item, "id") for item in items],
        "failure_codes": [
            field(field(item, "failure_reason"), "code")
            for item in items
            if field(item, "failure_reason") is not None
        ],
    }


class Timings:
    """Wall and process CPU microseconds per call of each timed block, per path."""

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {"sdk": [], "bare": []}
        self.cpu: dict[str, list[float]] = {"sdk": [], "bare": []}
        self._start = (0.0, 0.0)

    def start(self) -> None:
        self._start = (time.perf_counter(), time.process_time())

    def stop(self, path: str, calls: int) -> None:
        wall, cpu = time.perf_counter() - self._start[0], time.process_time() - self._start[1]
        self.wall[path].append(wall * 1e6 / calls)
        self.cpu[path].append(cpu * 1e6 / calls)


def row(client: str, call: str, timings: Timings, last: dict[str, Any]) -> dict[str, Any]:
    return {
        "client": client,
        "call": call,
        "sdk_us_per_call": statistics.median(timings.wall["sdk"]),
        "bare_us_per_call": statistics.median(timings.wall["bare"]),
        "sdk_cpu_us_per_call": statistics.fmean(timings.cpu["sdk"]),
        "bare_cpu_us_per_call": statistics.fmean(timings.cpu["bare"]),
        "sdk_blocks": timings.wall["sdk"],
        "bare_blocks": timings.wall["bare"],
        "sdk_value": summary(call, last["sdk"]),
        "bare_value": summary(call, last["bare"]),
    }


def rounds(config: dict[str, Any]) -> int:
    return max(1, -(-int(config["n"]) // int(config["block"])))


def measure_sync(client: str, call: str, config: dict[str, Any],
                 sdk: Callable[[], Any], bare: Callable[[], Any]) -> dict[str, Any]:
    block = int(config["block"])
    for _ in range(int(config["warmup"])):
        sdk()
        bare()
    timings = Timings()
    last: dict[str, Any] = {}
    paths = [("sdk", sdk), ("bare", bare)]
    for number in range(rounds(config)):
        for name, function in paths if number % 2 == 0 else paths[::-1]:
            timings.start()
            for _ in range(block):
                last[name] = function()
            timings.stop(name, block)
    return row(client, call, timings, last)


async def measure_async(client: str, call: str, config: dict[str, Any],
                        sdk: Callable[[], Awaitable[Any]], bare: Callable[[], Awaitable[Any]]) -> dict[str, Any]:
    block = int(config["block"])
    for _ in range(int(config["warmup"])):
        await sdk()
        await bare()
    timings = Timings()
    last: dict[str, Any] = {}
    paths = [("sdk", sdk), ("bare", bare)]
    for number in range(rounds(config)):
        for name, function in paths if number % 2 == 0 else paths[::-1]:
            timings.start()
            for _ in range(block):
                last[name] = await function()
            timings.stop(name, block)
    return row(client, call, timings, last)


def urls(config: dict[str, Any]) -> dict[str, tuple[str, dict[str, str]]]:
    base = f"{config['base_url']}/api/v1/apps/{config['app']}/deployments"
    return {"get": (f"{base}/{config['did']}", {}), "list": (base, {"limit": str(config["limit"])})}


def bare_headers(config: dict[str, Any]) -> dict[str, str]:
    return {"Accept": "application/json", "User-Agent": BARE_USER_AGENT, "Authorization": f"Bearer {config['token']}"}


def run_sync(config: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    headers = bare_headers(config)
    targets = urls(config)
    with axhub.AxHubClient(base_url=config["base_url"], token=config["token"]) as sdk_client, \
            httpx.Client() as http:
        deployments = sdk_client.deployments

        def bare(call: str) -> Callable[[], Any]:
            url, params = targets[call]

            def send() -> Any:
                response = http.get(url, params=params, headers=headers)
                response.raise_for_status()
                return response.json()

            return send

        sdk_calls: dict[str, Callable[[], Any]] = {
            "get": lambda: deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(
                {"appID": config["app"], "did": config["did"]}),
            "list": lambda: deployments.deploy_get_api_v1_apps_by_app_id_deployments(
                {"appID": config["app"]}, {"limit": int(config["limit"])}),
            "get_resource": lambda: deployments.get(config["app"], config["did"]),
        }
        for call in config["calls"]:
            rows.append(measure_sync("python", call, config, sdk_calls[call], bare(SAME_REQUEST.get(call, call))))
    return rows


async def run_async(config: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    headers = bare_headers(config)
    targets = urls(config)
    async with axhub.AsyncAxHubClient(base_url=config["base_url"], token=config["token"]) as sdk_client, \
            httpx.AsyncClient() as http:
        deployments = sdk_client.deployments

        def bare(call: str) -> Callable[[], Awaitable[Any]]:
            url, params = targets[call]

            async def send() -> Any:
                response = await http.get(url, params=params, headers=headers)
                response.raise_for_status()
                return response.json()

            return send

        sdk_calls: dict[str, Callable[[], Awaitable[Any]]] = {
            "get": lambda: deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(
                {"appID": config["app"], "did": config["did"]}),
            "list": lambda: deployments.deploy_get_api_v1_apps_by_app_id_deployments(
                {"appID": config["app"]}, {"limit": int(config["limit"])}),
            "get_resource": lambda: deployments.get(config["app"], config["did"]),
        }
        for call in config["calls"]:
            rows.append(await measure_async(
                "python-async", call, config, sdk_calls[call], bare(SAME_REQUEST.get(call, call))))
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    config = json.loads(argv[1])
    rows: list[dict[str, Any]] = []
    clients = config.get("clients", ["python", "python-async"])
    if "python" in clients:
        rows += run_sync(config)
    if "python-async" in clients:
        rows += asyncio.run(run_async(config))
    print(json.dumps({"rows": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

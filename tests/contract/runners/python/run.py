"""Contract runner for the Python SDKs: runs tests/contract/scenarios/*.json (AxHub's) and
<api>/*.json (Deplite's, Platform's), each API against its own reference server.

Every step goes through the SDK's generic surface, by operationId:
``client.request`` / ``client.raw_request`` for plain calls and
``client.iterate`` / ``client.wait`` / ``client.tail`` for the helpers; the
typed resources are the smoke tests' business. ``--mode sync`` uses each API's
sync client (``AxHubClient``, ``DepliteClient``, ``PlatformClient``), ``--mode
async`` its async one, ``--mode both`` (the default) runs every scenario once
with each. Before each scenario its API's server is reset to its fixture
(``POST /_admin/reset``; the servers run with ``--faults``), so scenarios are
independent. AxHub's server is ``--base-url``, the others' ``--server API=URL``;
scenarios of an API without a server make the runner refuse to start (exit 2).

    python tests/contract/runners/python/run.py --base-url http://127.0.0.1:8080 \
        --server deplite=http://127.0.0.1:8081 --server platform=http://127.0.0.1:8082
    python tests/contract/runners/python/run.py --base-url URL --api axhub --mode async -k logs

Prints one line per scenario (``PASS``/``FAIL``, mode, name, seconds, and for a
failure the step and the reason), then exactly ``N passed, N failed``; exits 1
when anything failed, 2 on bad arguments or unreadable scenarios. The format is
tests/contract/README.md; ``validate_scenario`` checks it.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import json
import math
import re
import secrets
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
SCENARIOS_DIR = HERE.parents[1] / "scenarios"
SDK_ROOT = ROOT / "sdks" / "axhub" / "python"

# The APIs the scenarios drive (README "APIs"): the package and clients of each, the path of its
# main base URL under the server's root, and its other hosts (HOSTS key -> path under the root).
APIS: dict[str, dict[str, Any]] = {
    "axhub": {"package": "axhub", "sync": "AxHubClient", "async": "AsyncAxHubClient", "base": "", "hosts": {}},
    "deplite": {"package": "deplite", "sync": "DepliteClient", "async": "AsyncDepliteClient", "base": "/api",
                "hosts": {"agent": ""}},
    "platform": {"package": "platform_sdk", "sync": "PlatformClient", "async": "AsyncPlatformClient",
                 "base": "/v1", "hosts": {}},
}
DEFAULT_API = "axhub"

# -- the format ------------------------------------------------------------------

HELPERS = ("paginate", "wait", "tail")
ERROR_CLASSES = (
    "BadRequest",
    "Authentication",
    "PermissionDenied",
    "NotFound",
    "Conflict",
    "PreconditionFailed",
    "UnprocessableEntity",
    "PreconditionRequired",
    "RateLimit",
    "Client",
    "Server",
    "Connection",
    "Timeout",
)
SCENARIO_KEYS = {"name", "description", "api", "token", "vars", "steps"}
STEP_KEYS = {
    "description",
    "operation",
    "helper",
    "token",
    "signingKey",
    "pathParams",
    "query",
    "body",
    "headers",
    "options",
    "raw",
    "helperOptions",
    "expect",
    "capture",
}
OPTION_KEYS = {"maxRetries", "timeoutSeconds", "idempotencyKey"}
HELPER_OPTION_KEYS = {"paginate": set(), "wait": {"timeoutSeconds", "intervalSeconds"},
                      "tail": {"take", "timeoutSeconds", "intervalSeconds"}}
SUCCESS_KEYS = {"status", "headers", "empty", "fields", "present", "absent", "count", "minCount", "elapsedAtLeast"}
ERROR_KEYS = {"error", "status", "code", "retryAfter", "fields", "elapsedAtLeast"}
MATCHERS = {"$prefix", "$contains", "$type", "$len", "$plus", "$oneOf"}
TYPES = {"string", "number", "integer", "boolean", "null", "object", "array"}
VAR_RE = re.compile(r"\{\{\s*(\$?[A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
WHOLE_VAR_RE = re.compile(r"^\{\{\s*(\$?[A-Za-z_][A-Za-z0-9_]*)\s*\}\}$")

DEFAULT_WAIT_TIMEOUT = 60.0
DEFAULT_WAIT_INTERVAL = 0.1
DEFAULT_TAIL_TIMEOUT = 30.0
DEFAULT_TAIL_INTERVAL = 0.1


def validate_scenario(doc: Any, stem: str | None = None) -> list[str]:
    """Everything wrong with one scenario document, as messages (empty: valid)."""
    problems: list[str] = []
    if not isinstance(doc, dict):
        return ["a scenario is a JSON object"]
    for key in sorted(set(doc) - SCENARIO_KEYS):
        problems.append(f"unknown scenario key {key!r}")
    if not isinstance(doc.get("name"), str) or not doc.get("name"):
        problems.append("name must be a non-empty string")
    elif stem is not None and doc["name"] != stem:
        problems.append(f"name {doc['name']!r} differs from the file name {stem!r}")
    if not isinstance(doc.get("description"), str) or not doc.get("description"):
        problems.append("description must be a non-empty string")
    if "token" in doc and doc["token"] is not None and not isinstance(doc["token"], str):
        problems.append("token must be a string or null")
    if "api" in doc and doc["api"] not in APIS:
        problems.append(f"api must be one of {', '.join(APIS)}")
    if "vars" in doc and not isinstance(doc["vars"], dict):
        problems.append("vars must be an object")
    steps = doc.get("steps")
    if not isinstance(steps, list) or not steps:
        problems.append("steps must be a non-empty array")
        return problems
    for index, step in enumerate(steps, 1):
        problems.extend(f"step {index}: {p}" for p in _validate_step(step))
    return problems


def _validate_step(step: Any) -> list[str]:
    if not isinstance(step, dict):
        return ["a step is a JSON object"]
    problems = [f"unknown step key {k!r}" for k in sorted(set(step) - STEP_KEYS)]
    if not isinstance(step.get("operation"), str) or not step.get("operation"):
        problems.append("operation must be an operationId")
    helper = step.get("helper")
    if helper is not None and helper not in HELPERS:
        problems.append(f"helper must be one of {', '.join(HELPERS)}")
    if "token" in step and step["token"] is not None and not isinstance(step["token"], str):
        problems.append("token must be a string or null")
    if "signingKey" in step and not (
        isinstance(step["signingKey"], dict) and set(step["signingKey"]) == {"keyId", "secret"}
        and all(isinstance(v, str) for v in step["signingKey"].values())
    ):
        problems.append("signingKey must be {keyId, secret} (strings)")
    for key in ("pathParams", "query", "headers", "options", "helperOptions", "capture"):
        if key in step and not isinstance(step[key], dict):
            problems.append(f"{key} must be an object")
    if isinstance(step.get("options"), dict):
        problems.extend(f"unknown option {k!r}" for k in sorted(set(step["options"]) - OPTION_KEYS))
    if "helperOptions" in step:
        allowed = HELPER_OPTION_KEYS.get(helper or "", set())
        if helper is None:
            problems.append("helperOptions needs a helper")
        elif isinstance(step["helperOptions"], dict):
            problems.extend(f"unknown helperOptions key {k!r} for {helper}"
                            for k in sorted(set(step["helperOptions"]) - allowed))
    if "raw" in step and (not isinstance(step["raw"], bool) or (step["raw"] and helper is not None)):
        problems.append("raw must be a boolean, and only on plain calls")
    if isinstance(step.get("capture"), dict):
        for name, spec in step["capture"].items():
            if not isinstance(spec, (str, dict)) or (
                isinstance(spec, dict) and (set(spec) != {"path", "regex"} or not isinstance(spec["regex"], str))
            ):
                problems.append(f"capture {name!r} must be a path or {{path, regex}}")
    expect = step.get("expect")
    if not isinstance(expect, dict):
        problems.append("expect must be an object")
        return problems
    if "error" in expect:
        problems.extend(f"unknown expect key {k!r} for an error" for k in sorted(set(expect) - ERROR_KEYS))
        if expect["error"] not in ERROR_CLASSES:
            problems.append(f"error must be one of {', '.join(ERROR_CLASSES)}")
        if "capture" in step:
            problems.append("capture needs a success")
        if "fields" in expect and expect["error"] in ("Connection", "Timeout"):
            problems.append("fields (of the error body) need an error with a response")
    else:
        problems.extend(f"unknown expect key {k!r}" for k in sorted(set(expect) - SUCCESS_KEYS))
        if ("status" in expect or "headers" in expect) and not step.get("raw"):
            problems.append("a success status or headers need raw: true")
        if "headers" in expect and not isinstance(expect["headers"], dict):
            problems.append("expect.headers must be an object")
        if ("count" in expect or "minCount" in expect) and helper not in ("paginate", "tail"):
            problems.append("count/minCount need the paginate or tail helper")
    for key in ("fields", "headers"):
        if not isinstance(expect.get(key, {}), dict):
            problems.append(f"expect.{key} must be an object")
            return problems
    for key in ("present", "absent"):
        if key in expect and not (isinstance(expect[key], list) and all(isinstance(p, str) for p in expect[key])):
            problems.append(f"expect.{key} must be an array of paths")
    for path, expected in {**expect.get("fields", {}), **expect.get("headers", {})}.items():
        if _is_matcher(expected):
            (name, arg), = expected.items()
            if name not in MATCHERS:
                problems.append(f"field {path!r}: unknown matcher {name}")
            elif name == "$type" and arg not in TYPES:
                problems.append(f"field {path!r}: $type must be one of {sorted(TYPES)}")
            elif name == "$plus" and not (isinstance(arg, list) and len(arg) == 2 and isinstance(arg[0], str)):
                problems.append(f"field {path!r}: $plus takes [variable, number]")
            elif name == "$oneOf" and not isinstance(arg, list):
                problems.append(f"field {path!r}: $oneOf takes an array")
            elif name in ("$prefix", "$contains") and not isinstance(arg, str):
                problems.append(f"field {path!r}: {name} takes a string")
            elif name == "$len" and (not isinstance(arg, int) or isinstance(arg, bool)):
                problems.append(f"field {path!r}: $len takes an integer")
    return problems


def _is_matcher(value: Any) -> bool:
    return isinstance(value, dict) and len(value) == 1 and next(iter(value)).startswith("$")


def scenario_files(directory: Path = SCENARIOS_DIR) -> list[Path]:
    """The scenario files: ``*.json`` (AxHub's) and ``<api>/*.json`` of every other API, in that order."""
    files = sorted(directory.glob("*.json"))
    for api in APIS:
        if api != DEFAULT_API:
            files.extend(sorted((directory / api).glob("*.json")))
    return files


def scenario_api(doc: Mapping[str, Any]) -> str:
    return str(doc.get("api", DEFAULT_API))


def load_scenarios(directory: Path = SCENARIOS_DIR) -> list[dict[str, Any]]:
    """All scenarios (``scenario_files`` order); raises ValueError listing every problem."""
    found: list[dict[str, Any]] = []
    problems: list[str] = []
    for path in scenario_files(directory):
        label = path.relative_to(directory).as_posix()
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            problems.append(f"{label}: not JSON: {exc}")
            continue
        problems.extend(f"{label}: {p}" for p in validate_scenario(doc, path.stem))
        folder = path.parent.name if path.parent != directory else DEFAULT_API
        if isinstance(doc, dict) and doc.get("api", DEFAULT_API) in APIS and scenario_api(doc) != folder:
            problems.append(f"{label}: api {scenario_api(doc)!r} belongs in "
                            f"{'the top folder' if scenario_api(doc) == DEFAULT_API else scenario_api(doc) + '/'}")
        found.append(doc)
    if problems:
        raise ValueError("bad scenarios:\n  " + "\n  ".join(problems))
    return found


# -- variables and paths ------------------------------------------------------


class StepFailure(Exception):
    """One expectation did not hold."""


def substitute(value: Any, variables: Mapping[str, Any]) -> Any:
    """Replace ``{{name}}`` in every string of ``value`` (a whole-string reference keeps its type)."""
    if isinstance(value, str):
        whole = WHOLE_VAR_RE.match(value)
        if whole:
            return _lookup_var(whole.group(1), variables)
        return VAR_RE.sub(lambda m: _text(_lookup_var(m.group(1), variables)), value)
    if isinstance(value, list):
        return [substitute(v, variables) for v in value]
    if isinstance(value, dict):
        return {k: substitute(v, variables) for k, v in value.items()}
    return value


def _lookup_var(name: str, variables: Mapping[str, Any]) -> Any:
    if name not in variables:
        raise StepFailure(f"undefined variable {{{{{name}}}}}")
    return variables[name]


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


_MISSING = object()


def get_path(value: Any, path: str) -> Any:
    """The value at a dotted path (``items.0.id``); ``_MISSING`` when it is not there."""
    if path == "":
        return value
    current = value
    for part in path.split("."):
        if isinstance(current, dict):
            if part not in current:
                return _MISSING
            current = current[part]
        elif isinstance(current, list) and part.isdigit():
            index = int(part)
            if index >= len(current):
                return _MISSING
            current = current[index]
        else:
            return _MISSING
    return current


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def json_equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=0, abs_tol=1e-9)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def check_field(actual: Any, expected: Any, variables: Mapping[str, Any]) -> str | None:
    """Why ``actual`` does not match ``expected`` (a literal or a matcher), or None."""
    if _is_matcher(expected):
        (name, arg), = expected.items()
        if name == "$prefix":
            ok = isinstance(actual, str) and actual.startswith(arg)
        elif name == "$contains":
            ok = isinstance(actual, str) and arg in actual
        elif name == "$type":
            kind = json_type(actual)
            ok = kind == arg or (arg == "number" and kind == "integer")
        elif name == "$len":
            ok = isinstance(actual, (str, list, dict)) and len(actual) == arg
        elif name == "$plus":
            base = _lookup_var(arg[0], variables)
            ok = json_type(actual) in ("integer", "number") and json_equal(actual, base + arg[1])
            expected = {"$plus": [f"{arg[0]}={base}", arg[1]]}
        elif name == "$oneOf":
            ok = any(json_equal(actual, option) for option in arg)
        else:
            raise StepFailure(f"unknown matcher {name}")
        return None if ok else f"expected {json.dumps(expected)}, got {json.dumps(actual)}"
    if not json_equal(actual, expected):
        return f"expected {json.dumps(expected)}, got {json.dumps(actual)}"
    return None


def check_fields(value: Any, fields: Mapping[str, Any], variables: Mapping[str, Any]) -> list[str]:
    problems = []
    for path, expected in fields.items():
        actual = get_path(value, path)
        if actual is _MISSING:
            problems.append(f"{path}: missing")
            continue
        why = check_field(actual, expected, variables)
        if why:
            problems.append(f"{path}: {why}")
    return problems


def _short(value: Any, limit: int = 300) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= limit else text[:limit] + "…"


# -- the SDK -----------------------------------------------------------------------


def import_sdk(api: str = DEFAULT_API) -> Any:
    """The Python package of `api`'s SDK (sdks/<api>/python)."""
    sdk_root = ROOT / "sdks" / api / "python"
    if str(sdk_root) not in sys.path:
        sys.path.insert(0, str(sdk_root))
    return importlib.import_module(APIS[api]["package"])


def error_class_name(axhub: Any, exc: BaseException) -> str | None:
    """The language-neutral name of an SDK error, most specific first; None for others."""
    if isinstance(exc, axhub.APITimeoutError):
        return "Timeout"
    if isinstance(exc, axhub.APIConnectionError):
        return "Connection"
    table = (
        (axhub.BadRequestError, "BadRequest"),
        (axhub.AuthenticationError, "Authentication"),
        (axhub.PermissionDeniedError, "PermissionDenied"),
        (axhub.NotFoundError, "NotFound"),
        (axhub.ConflictError, "Conflict"),
        (axhub.PreconditionFailedError, "PreconditionFailed"),
        (axhub.UnprocessableEntityError, "UnprocessableEntity"),
        (axhub.PreconditionRequiredError, "PreconditionRequired"),
        (axhub.RateLimitError, "RateLimit"),
        (axhub.ServerError, "Server"),
        (axhub.ClientError, "Client"),
    )
    for cls, name in table:
        if isinstance(exc, cls):
            return name
    if isinstance(exc, axhub.APIStatusError):
        return f"Other({type(exc).__name__})"
    return None


ClientKey = tuple[str | None, str | None, str | None]


class Driver:
    """Runs one step's SDK call, sync or async, and returns the wire-shaped result.

    One driver per API: ``root_url`` is the server's root; the client's base URL and its other
    hosts are the paths of ``APIS[api]`` under it.
    """

    def __init__(self, mode: str, root_url: str, api: str = DEFAULT_API) -> None:
        self.axhub = import_sdk(api)
        self.api = api
        self.mode = mode
        self.base_url = root_url + APIS[api]["base"]
        self.hosts = {key: root_url + path for key, path in APIS[api]["hosts"].items()}
        self.clients: dict[ClientKey, Any] = {}

    def client(self, token: str | None, signing_key: Mapping[str, str] | None = None) -> Any:
        key: ClientKey = (token, *((signing_key["keyId"], signing_key["secret"]) if signing_key else (None, None)))
        if key not in self.clients:
            info = APIS[self.api]
            cls = getattr(self.axhub, info["sync"] if self.mode == "sync" else info["async"])
            # A scenario without a token sends none: token="" says so on purpose (None would be
            # refused when every operation needs a credential).
            kwargs: dict[str, Any] = {"base_url": self.base_url, "token": "" if token is None else token,
                                      "max_retries": 2, "timeout": 30.0}
            # a generated client takes each other host's base URL as `<key>_base_url`
            kwargs.update({f"{host}_base_url": url for host, url in self.hosts.items()})
            if signing_key:
                kwargs["signing_key_id"] = signing_key["keyId"]
                kwargs["signing_secret"] = signing_key["secret"]
            self.clients[key] = cls(**kwargs)
        return self.clients[key]

    async def close(self) -> None:
        for client in self.clients.values():
            result = client.close()
            if inspect.isawaitable(result):
                await result
        self.clients.clear()

    def options(self, step: Mapping[str, Any]) -> Any:
        opts = step.get("options") or {}
        kwargs: dict[str, Any] = {}
        if "maxRetries" in opts:
            kwargs["max_retries"] = int(opts["maxRetries"])
        if "timeoutSeconds" in opts:
            kwargs["timeout"] = float(opts["timeoutSeconds"])
        if "idempotencyKey" in opts:
            kwargs["idempotency_key"] = str(opts["idempotencyKey"])
        if step.get("headers"):
            kwargs["headers"] = {str(k): _text(v) for k, v in step["headers"].items()}
        return self.axhub.RequestOptions(**kwargs) if kwargs else None

    async def run(self, step: Mapping[str, Any], token: str | None) -> tuple[Any, Any]:
        """(wire-shaped result, the raw response when the step is raw)."""
        client = self.client(token, step.get("signingKey"))
        op = step["operation"]
        path_params = step.get("pathParams")
        query = step.get("query")
        options = self.options(step)
        helper = step.get("helper")
        helper_options = step.get("helperOptions") or {}
        if helper is None:
            if step.get("raw"):
                raw = await _maybe(client.raw_request(op, path_params, query, step.get("body"), options=options))
                return wire(raw.parsed()), raw
            result = await _maybe(client.request(op, path_params, query, step.get("body"), options=options))
            return wire(result), None
        if helper == "paginate":
            return [wire(item) async for item in _aiter(client.iterate(op, path_params, query,
                                                                                options=options))], None
        if helper == "wait":
            result = await _maybe(client.wait(
                op,
                path_params,
                query=query,
                timeout=float(helper_options.get("timeoutSeconds", DEFAULT_WAIT_TIMEOUT)),
                interval=float(helper_options.get("intervalSeconds", DEFAULT_WAIT_INTERVAL)),
                options=options,
            ))
            return wire(result), None
        # tail: follow until `take` items arrived or the time is up
        take = helper_options.get("take")
        deadline = time.monotonic() + float(helper_options.get("timeoutSeconds", DEFAULT_TAIL_TIMEOUT))
        items: list[Any] = []
        stream = client.tail(
            op,
            path_params,
            query,
            interval=float(helper_options.get("intervalSeconds", DEFAULT_TAIL_INTERVAL)),
            stop=lambda: time.monotonic() >= deadline,
            options=options,
        )
        async for item in _aiter(stream):
            items.append(wire(item))
            if take is not None and len(items) >= int(take):
                break
        closer = getattr(stream, "aclose", None) or getattr(stream, "close", None)
        if closer is not None:
            await _maybe(closer())
        return items, None


def wire(value: Any) -> Any:
    """The JSON shape of an SDK result: models through their public ``to_dict()`` (wire keys,
    absent fields left out, enums and date-times as strings); ``{}`` for an empty result."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(k): wire(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [wire(v) for v in value]
    return value


async def _maybe(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def _aiter(iterable: Any) -> Any:
    if hasattr(iterable, "__aiter__"):
        async for item in iterable:
            yield item
    else:
        for item in iterable:
            yield item


# -- executing a scenario -----------------------------------------------------------


def step_label(index: int, step: Mapping[str, Any]) -> str:
    helper = f"{step['helper']} " if step.get("helper") else ""
    note = f" ({step['description']})" if step.get("description") else ""
    return f"step {index} {helper}{step.get('operation')}{note}"


async def run_step(driver: Driver, scenario: Mapping[str, Any], raw_step: Mapping[str, Any],
                   variables: dict[str, Any]) -> None:
    expect_raw = raw_step["expect"]
    step = {k: substitute(v, variables) for k, v in raw_step.items() if k not in ("expect", "capture")}
    expect = substitute(expect_raw, variables)
    token = step["token"] if "token" in step else scenario.get("token")
    started = time.monotonic()
    error: BaseException | None = None
    result: Any = None
    raw: Any = None
    try:
        result, raw = await driver.run(step, token)
    except driver.axhub.SDKError as exc:
        error = exc
    elapsed = time.monotonic() - started

    if "elapsedAtLeast" in expect and elapsed + 0.005 < float(expect["elapsedAtLeast"]):
        raise StepFailure(f"took {elapsed:.2f}s, expected at least {expect['elapsedAtLeast']}s")

    if "error" in expect:
        if error is None:
            raise StepFailure(f"expected {expect['error']} error, got success {_short(result)}")
        name = error_class_name(driver.axhub, error)
        problems = []
        if name != expect["error"]:
            problems.append(f"error class {name or type(error).__name__}, expected {expect['error']}")
        if "status" in expect and getattr(error, "status", None) != expect["status"]:
            problems.append(f"status {getattr(error, 'status', None)}, expected {expect['status']}")
        if "code" in expect and getattr(error, "code", None) != expect["code"]:
            problems.append(f"code {getattr(error, 'code', None)!r}, expected {expect['code']!r}")
        if "retryAfter" in expect:
            got = getattr(error, "retry_after", None)
            if got is None or not json_equal(got, expect["retryAfter"]):
                problems.append(f"retryAfter {got}, expected {expect['retryAfter']}")
        body = getattr(error, "body", None)
        problems.extend(check_fields(body, expect.get("fields") or {}, variables))
        if problems:
            raise StepFailure("; ".join(problems) + f" [{error}]")
        return

    if error is not None:
        raise StepFailure(f"unexpected {error_class_name(driver.axhub, error) or type(error).__name__}: {error}")
    problems = []
    if "status" in expect and raw.status != expect["status"]:
        problems.append(f"status {raw.status}, expected {expect['status']}")
    for name, expected in (expect.get("headers") or {}).items():
        actual = raw.headers.get(name)
        why = "missing" if actual is None else check_field(actual, expected, variables)
        if why:
            problems.append(f"header {name}: {why}")
    if expect.get("empty") and result != {}:
        problems.append(f"expected an empty result {{}}, got {_short(result)}")
    if "count" in expect and (not isinstance(result, list) or len(result) != expect["count"]):
        problems.append(f"count {len(result) if isinstance(result, list) else '-'}, expected {expect['count']}")
    if "minCount" in expect and (not isinstance(result, list) or len(result) < expect["minCount"]):
        problems.append(
            f"count {len(result) if isinstance(result, list) else '-'}, expected at least {expect['minCount']}")
    problems.extend(check_fields(result, expect.get("fields") or {}, variables))
    for path in expect.get("present") or []:
        if get_path(result, path) is _MISSING:
            problems.append(f"{path}: expected present, missing")
    for path in expect.get("absent") or []:
        if get_path(result, path) is not _MISSING:
            problems.append(f"{path}: expected absent, got {_short(get_path(result, path))}")
    if problems:
        raise StepFailure("; ".join(problems) + f" [result {_short(result)}]")

    for name, spec in (raw_step.get("capture") or {}).items():
        path = spec if isinstance(spec, str) else spec["path"]
        value = get_path(result, path)
        if value is _MISSING:
            raise StepFailure(f"capture {name}: {path} is missing [result {_short(result)}]")
        if isinstance(spec, dict):
            match = re.search(spec["regex"], _text(value))
            if match is None:
                raise StepFailure(f"capture {name}: {spec['regex']!r} does not match {_short(value)}")
            value = match.group(1) if match.groups() else match.group(0)
        variables[name] = value


async def run_scenario(driver: Driver, scenario: Mapping[str, Any]) -> str | None:
    """None when every step passed, else the failure (step label and reason)."""
    variables: dict[str, Any] = {"$run": secrets.token_hex(4), **(scenario.get("vars") or {})}
    for index, step in enumerate(scenario["steps"], 1):
        try:
            await run_step(driver, scenario, step, variables)
        except StepFailure as exc:
            return f"{step_label(index, step)}: {exc}"
        except Exception as exc:  # the runner or the SDK broke: report, go on with the next scenario
            return f"{step_label(index, step)}: {type(exc).__name__}: {exc}"
    return None


def reset_server(base_url: str) -> None:
    """``POST /_admin/reset``: the fixture again, fault counters forgotten (needs ``--faults``)."""
    request = urllib.request.Request(f"{base_url}/_admin/reset", method="POST", data=b"")
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            if response.status != 204:
                raise RuntimeError(f"POST /_admin/reset answered {response.status}")
    except urllib.error.URLError as exc:
        raise RuntimeError(f"POST /_admin/reset failed: {exc} (is the server running with --faults?)") from exc


async def run_all(servers: Mapping[str, str], modes: list[str], scenarios: list[dict[str, Any]],
                  out: Callable[[str], None], reset: bool = True) -> tuple[int, int]:
    """Every scenario in every mode, each against the server of its API (``servers``: api -> root URL)."""
    passed = failed = 0
    for mode in modes:
        drivers: dict[str, Driver] = {}
        try:
            for scenario in scenarios:
                api = scenario_api(scenario)
                root = servers[api]
                started = time.monotonic()
                try:
                    if api not in drivers:
                        drivers[api] = Driver(mode, root, api)
                    if reset:
                        await asyncio.to_thread(reset_server, root)
                    failure = await run_scenario(drivers[api], scenario)
                except RuntimeError as exc:
                    failure = f"before step 1: {exc}"
                took = time.monotonic() - started
                if failure is None:
                    passed += 1
                    out(f"PASS {mode} {scenario['name']} ({took:.2f}s)")
                else:
                    failed += 1
                    out(f"FAIL {mode} {scenario['name']} ({took:.2f}s): {failure}")
        finally:
            for driver in drivers.values():
                await driver.close()
    return passed, failed


def parse_servers(base_url: str | None, pairs: list[str]) -> dict[str, str]:
    """``--base-url`` (AxHub's server) and ``--server API=URL`` as api -> root URL; ValueError when bad."""
    servers: dict[str, str] = {}
    if base_url:
        servers[DEFAULT_API] = base_url.rstrip("/")
    for pair in pairs:
        api, sep, url = pair.partition("=")
        if not sep or api not in APIS or not url.startswith(("http://", "https://")):
            raise ValueError(f"--server {pair!r}: expected API=URL with API one of {', '.join(APIS)}")
        servers[api] = url.rstrip("/")
    return servers


def missing_servers(scenarios: list[dict[str, Any]], servers: Mapping[str, str]) -> list[str]:
    """The APIs of `scenarios` that have no server: a runner refuses to start (exit 2), never skips them."""
    return sorted({scenario_api(s) for s in scenarios} - set(servers))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", help="AxHub's reference server, e.g. http://127.0.0.1:8080")
    parser.add_argument("--server", action="append", default=[], metavar="API=URL",
                        help="the root URL of another API's server, e.g. deplite=http://127.0.0.1:8081 (repeatable)")
    parser.add_argument("--api", action="append", default=[], choices=sorted(APIS),
                        help="run only the scenarios of this API (repeatable; default: all)")
    parser.add_argument("--mode", choices=("sync", "async", "both"), default="both")
    parser.add_argument("--scenarios", type=Path, default=SCENARIOS_DIR,
                        help="folder of *.json scenarios (and <api>/*.json)")
    parser.add_argument("--no-reset", action="store_true",
                        help="do not POST /_admin/reset before each scenario (the server must be fresh)")
    parser.add_argument("-k", dest="select", action="append", default=[],
                        help="run only scenarios whose name contains this (repeatable)")
    args = parser.parse_args(argv)
    try:
        servers = parse_servers(args.base_url, args.server)
        scenarios = load_scenarios(args.scenarios)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.select:
        scenarios = [s for s in scenarios if any(k in s["name"] for k in args.select)]
    if args.api:
        scenarios = [s for s in scenarios if scenario_api(s) in args.api]
    missing = missing_servers(scenarios, servers)
    if missing:
        print(f"no server for the scenarios of {', '.join(missing)}: pass --base-url (axhub) or --server API=URL "
              "(or select other scenarios with --api / -k)", file=sys.stderr)
        return 2
    modes = ["sync", "async"] if args.mode == "both" else [args.mode]

    def out(line: str) -> None:
        print(line, flush=True)

    passed, failed = asyncio.run(run_all(servers, modes, scenarios, out, reset=not args.no_reset))
    print(f"{passed} passed, {failed} failed", flush=True)
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())

"""openapi-core (0.23) behind the server: full request and response validation.

``OpenApiCoreChecker`` wraps ``openapi_core.OpenAPI`` with small adapters for
its ``Request`` (plus ``SupportsPathPattern``: routing already happened) and
``Response`` protocols. The app uses it when built with
``validate_responses=True`` (tests, ``--validate-responses``): every response
the server produces is validated against the spec and a mismatch is a loud
failure. Tests also use ``request_errors`` to check that the fast request
validator agrees with openapi-core.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from reference_server.http.errors import Answer
from reference_server.http.spec import is_json_media


class CoreRequest:
    """An ``openapi_core.protocols.Request`` with a known path pattern."""

    def __init__(
        self,
        *,
        host_url: str,
        method: str,
        path: str,
        path_pattern: str,
        path_params: Mapping[str, Any],
        query: Iterable[tuple[str, str]] = (),
        headers: Iterable[tuple[str, str]] = (),
        body: bytes | None = None,
        content_type: str | None = None,
    ) -> None:
        self.host_url = host_url
        self.method = method.lower()
        self.path = path
        self.path_pattern = path_pattern
        self.parameters = RequestParameters(
            path=dict(path_params),
            query=ImmutableMultiDict(list(query)),
            header=Headers(list(headers)),
            cookie=ImmutableMultiDict(),
        )
        self.body = body if body else None
        self.content_type = (content_type or "application/octet-stream").lower()


class CoreResponse:
    """An ``openapi_core.protocols.Response`` over an ``Answer``."""

    def __init__(self, answer: Answer) -> None:
        self.status_code = answer.status
        self.headers = Headers(list(answer.headers.items()))
        self.content_type = answer.headers.get("content-type", "")
        self.data = answer.body if answer.body else None


def describe(error: BaseException) -> str:
    """An openapi-core error with its causes and schema errors, on one line."""
    parts = [f"{type(error).__name__}: {error}"]
    cause = error.__cause__
    while cause is not None:
        text = f"{type(cause).__name__}: {cause}"
        schema_errors = getattr(cause, "schema_errors", None)
        if schema_errors:
            text += " [" + "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in schema_errors) + "]"
        parts.append(text)
        cause = cause.__cause__
    return " <- ".join(parts)


def _host_of(url: str) -> str:
    """``scheme://netloc`` of an absolute URL; a relative one as is."""
    parsed = urlsplit(url)
    return f"{parsed.scheme}://{parsed.netloc}" if parsed.netloc else url


class OpenApiCoreChecker:
    def __init__(self, spec_path: str | Path, server_url: str) -> None:
        path = Path(spec_path).resolve()
        # openapi-core reads only application/json as JSON: teach it the spec's other JSON types
        # (application/problem+json, ...), so their bodies are checked rather than refused.
        # Other media types (image/png, text/plain, ...) have no deserializer there: their bodies reach
        # the schema (``type: string``, maybe ``format: binary``) as bytes, which 3.1 never calls a
        # string; they are checked as the string their bytes spell (latin-1, which maps every byte).
        json_types, other_types = _media_types(path)
        deserializers: dict[str, Any] = {media: _as_text for media in other_types}
        deserializers.update({media: _json_loads for media in json_types})
        # The document was loaded (and checked) by the generator's loader already; openapi-core's own
        # spec validator refuses some documents that are served fine (Kubernetes' specs).
        config = Config(extra_media_type_deserializers=deserializers, spec_validator_cls=None)
        if path.suffix.lower() == ".json":
            # openapi-core reads files with a YAML parser, which refuses some valid JSON (escaped
            # surrogate pairs such as "\ud83d\ude00", in Twilio's specs): read JSON as JSON.
            self.openapi = OpenAPI.from_dict(json.loads(path.read_text()), config=config, base_uri=path.as_uri())
        else:
            self.openapi = OpenAPI.from_path(path, config=config)
        self.server_url = server_url.rstrip("/")
        # Requests arrive at the operation's own server path (``/v2`` of ``https://host/v2``), which is
        # how openapi-core matches them against that server: the request's host is taken from the
        # operation's server URL (``server_url`` in ``request``), the document's first by default.
        self.host_url = _host_of(self.server_url)
        # openapi-core caches lazily; keep concurrent first uses apart.
        self._lock = threading.Lock()

    @classmethod
    def shared(cls, spec_path: str | Path, server_url: str) -> OpenApiCoreChecker:
        """One checker per (spec, server) and process: building one takes a while."""
        key = (str(Path(spec_path).resolve()), server_url)
        with _SHARED_LOCK:
            if key not in _SHARED:
                _SHARED[key] = cls(spec_path, server_url)
            return _SHARED[key]

    def request(self, server_url: str | None = None, **kwargs: Any) -> CoreRequest:
        """A request for openapi-core: ``path`` and ``path_pattern`` as served (server path included)."""
        host = _host_of(server_url.rstrip("/")) if server_url else self.host_url
        return CoreRequest(host_url=host, **kwargs)

    def request_errors(self, request: CoreRequest) -> list[str]:
        with self._lock:
            return [describe(e) for e in self.openapi.iter_request_errors(request)]

    def response_errors(self, request: CoreRequest, answer: Answer) -> list[str]:
        with self._lock:
            return [describe(e) for e in self.openapi.iter_response_errors(request, CoreResponse(answer))]


def _json_loads(data: bytes | str) -> Any:
    return json.loads(data)


def _as_text(data: bytes | str) -> str:
    return data.decode("latin-1") if isinstance(data, bytes) else data


_OWN_DESERIALIZERS = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data")


def _media_types(path: Path) -> tuple[set[str], set[str]]:
    """(the JSON media types other than application/json, the non-JSON ones openapi-core has no
    deserializer for) that the document's ``content`` maps name."""
    found: set[str] = set()
    try:
        text = path.read_text()
        document = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (OSError, ValueError, yaml.YAMLError):
        return set(), set()
    stack: list[Any] = [document]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            content = item.get("content")
            if isinstance(content, dict):
                found.update(str(m) for m in content)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    found = {m for m in found if m.split(";", 1)[0].strip().lower() not in _OWN_DESERIALIZERS}
    json_types = {m for m in found if is_json_media(m)}
    return json_types, {m for m in found - json_types if "*" not in m}


_SHARED: dict[tuple[str, str], OpenApiCoreChecker] = {}
_SHARED_LOCK = threading.Lock()

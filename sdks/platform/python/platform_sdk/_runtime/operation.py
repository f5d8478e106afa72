"""Public: how generated code describes an operation to the runtime.

Generated ``_operations.py`` holds ``OPERATIONS: dict[str, Operation]``; the
runtime reads nothing else about the API.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Literal

from .signing import Signature

__all__ = [
    "Operation",
    "Pagination",
    "PaginationStyle",
    "Param",
    "ParamKind",
    "ParamLocation",
    "ParamStyle",
    "SecurityScheme",
    "StopRule",
    "Tail",
    "TenantHeader",
    "Waiter",
]

ParamLocation = Literal["path", "query", "header", "cookie"]
ParamKind = Literal["string", "integer", "number", "boolean"]
ParamStyle = Literal["form", "simple", "label", "matrix", "deepObject", "pipeDelimited", "spaceDelimited"]

_DEFAULT_STYLE: dict[str, ParamStyle] = {
    "path": "simple",
    "query": "form",
    "header": "simple",
    "cookie": "form",
}


@dataclasses.dataclass(frozen=True)
class Param:
    """One parameter. ``name`` is the wire name; ``style``/``explode`` as in OpenAPI.

    ``style`` defaults by location (path/header: simple, query/cookie: form) and
    ``explode`` by style (form: true, others: false), as OpenAPI does. Path
    parameters are given in ``path_params``; query, header and cookie parameters
    all in ``query``, and are sent where ``location`` says.
    """

    name: str
    location: ParamLocation
    required: bool = False
    style: ParamStyle | None = None
    explode: bool | None = None
    # The one scalar its values are, when they are: the resource surface checks arguments against it.
    kind: ParamKind | None = None

    def __post_init__(self) -> None:
        if self.location not in _DEFAULT_STYLE:
            raise ValueError(f"param {self.name!r}: unknown location {self.location!r}")
        style = self.style or _DEFAULT_STYLE[self.location]
        object.__setattr__(self, "style", style)
        if self.explode is None:
            object.__setattr__(self, "explode", style == "form")


PaginationStyle = Literal["offset", "page", "cursor", "next_url", "link_header", "starting_after"]
StopRule = Literal["empty", "short", "total", "token", "has_more"]


@dataclasses.dataclass(frozen=True)
class Pagination:
    """How a list operation pages, as data: one pager (``pagination.py``) reads it for every style.

    Paths are tuples of wire names from the page's root, e.g. ``("metadata", "continue")``.

    - ``style`` says how the next request is made. ``offset``: ``param`` += the items on the
      page; ``page``: ``param`` += 1 (1-based); ``cursor``: ``param`` = the token at ``next``;
      ``starting_after``: ``param`` = the key ``next`` of the page's last item (its id);
      ``next_url``: GET the URL at ``next``; ``link_header``: GET the response's
      ``Link: <url>; rel="next"``.
    - ``size_param`` is the page-size query parameter; ``total`` and ``has_more`` the paths of
      the page's count of all items and of its "another page exists" flag.
    - ``stop`` lists the rules that end the iteration: ``empty`` (no items), ``short`` (fewer
      items than ``size_param`` asked for), ``total`` (every item counted), ``token`` (the
      next token, URL or id absent, empty or unchanged), ``has_more`` (the flag is false).
    """

    style: PaginationStyle
    items: tuple[str, ...] = ("items",)
    param: str | None = None
    size_param: str | None = None
    next: tuple[str, ...] = ()
    total: tuple[str, ...] = ()
    has_more: tuple[str, ...] = ()
    stop: tuple[StopRule, ...] = ("token",)


@dataclasses.dataclass(frozen=True)
class Waiter:
    """Poll this (GET) operation until ``field`` (a wire name) is one of ``terminal``."""

    name: str
    field: str
    terminal: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Tail:
    """Follow new items: send ``param=value`` (e.g. ``direction=forward``), then the
    previous page's next cursor, forever. Reads the operation's cursor ``Pagination``."""

    name: str
    param: str
    value: Any


@dataclasses.dataclass(frozen=True)
class TenantHeader:
    """The header that names the tenant a call is about (an API's ``x-sdkgen-tenant``).

    The client's tenant option (``tenant_id``; also the variable ``<ENV_PREFIX>_<env>`` when
    ``env`` is set) is sent in ``header`` on the operations marked ``tenant_scoped`` only, unless
    the call gives that header itself. It is never required.
    """

    header: str
    env: str = ""


@dataclasses.dataclass(frozen=True)
class SecurityScheme:
    """One way the API accepts credentials, as the spec's ``securitySchemes`` declares it.

    - ``http``: ``scheme`` is ``bearer`` (the client's ``token``) or ``basic``
      (``username`` and ``password``).
    - ``apiKey``: the client's ``api_key`` goes in ``location`` (``header``, ``query`` or
      ``cookie``) under ``parameter_name``.
    - ``oauth2`` / ``openIdConnect``: an access token as a bearer token; with ``client_id``
      and ``client_secret`` the client fetches one from ``token_url`` (client credentials).
    - ``mutualTLS``: nothing is sent; configure certificates on the ``http_client``.

    With a ``signature``, the scheme is a request signature the client computes itself with its
    ``signing_key_id`` and ``signing_secret`` (see ``signing.Signature``), whatever its ``kind``.
    """

    name: str
    kind: Literal["http", "apiKey", "oauth2", "openIdConnect", "mutualTLS"]
    scheme: str = ""
    location: Literal["", "header", "query", "cookie"] = ""
    parameter_name: str = ""
    token_url: str = ""
    signature: Signature | None = None


@dataclasses.dataclass(frozen=True, eq=False)
class Operation:
    """One operation of the API, keyed by its operationId.

    ``responses`` maps a status (``"200"``), a status class (``"2XX"``) or
    ``"default"`` to the type expression of the body, or to ``None`` for no body.
    ``request_content_type`` is the body's media type (``None``: no body).
    A response type of ``ServerSentEvent`` marks an event stream (see ``stream``).

    ``security`` lists the schemes the operation accepts (``()``: it takes no
    credentials). ``None`` means the API declares no schemes at all; the client's
    ``token`` is then sent as a bearer token.

    ``tenant_scoped``: it takes the client's tenant in the header of the client's ``TENANT``.
    """

    operation_id: str
    method: str
    path: str
    params: tuple[Param, ...] = ()
    request_content_type: str | None = None
    responses: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    pagination: Pagination | None = None
    waiter: Waiter | None = None
    tail: Tail | None = None
    body_required: bool = False
    security: tuple[SecurityScheme, ...] | None = None
    host: str = ""
    tenant_scoped: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "method", self.method.upper())

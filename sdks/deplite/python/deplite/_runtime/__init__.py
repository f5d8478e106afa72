"""The runtime of this SDK: hand-written, the same in every generated package.

Public names are re-exported here. Modules: ``types``, ``model``, ``options``,
``operation``, ``page``, ``signing``, ``client_options``, ``errors``, ``sse``,
``sync_client``, ``async_client`` are public;
``serde``, ``request``, ``response``, ``retry``, ``pagination``, ``debug``,
``auth``, ``constants`` and ``base_client`` are internal (their names may change).
"""

from .async_client import AsyncClient
from .client_options import AsyncClientOptions, ClientChanges, SyncClientOptions
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    PreconditionRequiredError,
    RateLimitError,
    ResponseDecodeError,
    SDKError,
    ServerError,
    UnprocessableEntityError,
    WaiterTimeoutError,
)
from .model import Discriminator, Model
from .operation import Operation, Pagination, Param, SecurityScheme, Tail, TenantHeader, Waiter
from .options import RequestOptions
from .page import AsyncPage, AsyncPaginator, SyncPage
from .response import APIResponse, RawResponse
from .serde import decode, encode
from .signing import RequestSigner, Signature
from .sse import AsyncEventStream, EventStream, ServerSentEvent
from .surface import arguments, body_of
from .sync_client import SyncClient
from .types import UNSET, EmptyResult, RedirectResult, Unset
from .webhook import (
    WebhookDelivery,
    WebhookEvent,
    WebhookSignature,
    WebhookVerificationError,
    WebhookVerifier,
)

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncClientOptions",
    "AsyncEventStream",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ClientChanges",
    "ClientError",
    "ConflictError",
    "Discriminator",
    "EmptyResult",
    "EventStream",
    "InternalServerError",
    "InvalidArgumentError",
    "Model",
    "NotFoundError",
    "Operation",
    "Pagination",
    "Param",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "PreconditionRequiredError",
    "RateLimitError",
    "RawResponse",
    "RedirectResult",
    "RequestOptions",
    "RequestSigner",
    "ResponseDecodeError",
    "SDKError",
    "SecurityScheme",
    "Signature",
    "ServerError",
    "ServerSentEvent",
    "SyncClient",
    "SyncClientOptions",
    "SyncPage",
    "Tail",
    "TenantHeader",
    "UnprocessableEntityError",
    "Unset",
    "Waiter",
    "WaiterTimeoutError",
    "WebhookDelivery",
    "WebhookEvent",
    "WebhookSignature",
    "WebhookVerificationError",
    "WebhookVerifier",
    "arguments",
    "body_of",
    "decode",
    "encode",
]

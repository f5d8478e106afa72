"""The language-neutral model of an API: what every target renders from.

Nothing here knows a target language. Names are the spec's own (wire names)
or neutral PascalCase names the builder made for schemas; each target's
profile re-cases them with `naming`. Types are a small closed set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# ---------------------------------------------------------------- types


@dataclass(frozen=True)
class Type:
    """Base of every type expression. `nullable`: JSON null is a valid value."""

    nullable: bool = field(default=False, kw_only=True)


@dataclass(frozen=True)
class Primitive(Type):
    """string, integer, number or boolean, with the spec's format (date-time, int64, binary, ...)."""

    name: str
    format: str | None = None


@dataclass(frozen=True)
class AnyType(Type):
    """Any JSON value."""


@dataclass(frozen=True)
class ArrayType(Type):
    item: Type


@dataclass(frozen=True)
class MapType(Type):
    """A JSON object with arbitrary keys and values of one type."""

    value: Type


@dataclass(frozen=True)
class NamedType(Type):
    """A reference to a declaration in `Api.models` by its neutral name."""

    name: str


@dataclass(frozen=True)
class ConstType(Type):
    """Exactly one JSON value (`const`, or a one-value enum used as a tag)."""

    value: Any
    base: str  # string, integer, number, boolean


@dataclass(frozen=True)
class UnionType(Type):
    """An anonymous union of types that are not objects (e.g. string or integer)."""

    variants: tuple[Type, ...]


# ---------------------------------------------------------------- declarations


@dataclass
class Field:
    wire_name: str
    type: Type
    required: bool
    description: str = ""
    default: Any = None
    has_default: bool = False
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False


@dataclass
class ObjectModel:
    name: str
    fields: list[Field]
    description: str = ""
    # Type of properties not listed; None when the schema forbids them
    # (additionalProperties: false). Unknown fields are kept either way.
    additional: Type | None = field(default_factory=AnyType)
    source: str = ""


@dataclass
class EnumValue:
    value: Any
    description: str = ""


@dataclass
class EnumModel:
    name: str
    base: str  # string, integer or number
    values: list[EnumValue]
    description: str = ""
    source: str = ""


@dataclass
class Discriminator:
    property: str
    mapping: dict[str, str]  # wire value -> model name


@dataclass
class UnionModel:
    name: str
    variants: list[Type]
    discriminator: Discriminator | None = None
    description: str = ""
    source: str = ""


@dataclass
class AliasModel:
    """A named schema that is not an object, enum or union (e.g. an array of strings)."""

    name: str
    target: Type
    description: str = ""
    source: str = ""


Model = ObjectModel | EnumModel | UnionModel | AliasModel

# ---------------------------------------------------------------- operations


@dataclass
class Parameter:
    name: str  # wire name
    location: str  # path, query, header, cookie
    type: Type
    required: bool
    description: str = ""
    style: str = "form"
    explode: bool = True
    default: Any = None
    has_default: bool = False
    deprecated: bool = False


@dataclass
class Body:
    content_type: str
    type: Type
    required: bool
    description: str = ""
    content_types: tuple[str, ...] = ()


@dataclass
class Response:
    status: str  # "200", "2XX", "default"
    description: str
    content_type: str | None  # None: no body
    type: Type | None
    headers: tuple[str, ...] = ()

    @property
    def is_success(self) -> bool:
        return self.status[:1] in ("2", "3")

    @property
    def is_redirect(self) -> bool:
        return self.status[:1] == "3"


PAGINATION_STYLES = ("offset", "page", "cursor", "next_url", "link_header", "starting_after")
# Why a pager stops: an empty page, a page shorter than the page size, `total` reached, the next
# token/URL/id absent (or unchanged), the page's has-more flag false.
STOP_RULES = ("empty", "short", "total", "token", "has_more")


@dataclass
class Pagination:
    """How a listing operation pages: a neutral description every runtime's one pager reads.

    - `style`: how the next request is made. offset: `param` += items on the page; page: `param`
      += 1 (1-based); cursor: `param` = the token at `next_path`; starting_after: `param` = the
      field `next_path` of the page's last item (its id); next_url: GET the URL at `next_path`;
      link_header: GET the URL of the response's `Link: <...>; rel="next"`.
    - paths are tuples of wire names from the page's root (`("metadata", "continue")`).
    - `size_param`: the page-size query parameter, if any (the `short` rule reads it).
    - `stop`: the rules (from STOP_RULES) that end the iteration, checked on every page.
    """

    style: str
    items_path: tuple[str, ...]
    item_type: Type
    param: str | None = None  # the query parameter that receives the offset/page/token/id
    size_param: str | None = None
    next_path: tuple[str, ...] = ()
    total_path: tuple[str, ...] = ()
    has_more_path: tuple[str, ...] = ()
    stop: tuple[str, ...] = ()
    declared: bool = False  # from x-sdkgen-pagination, not inferred


@dataclass
class Waiter:
    name: str
    field: str
    terminal: tuple[str, ...]


@dataclass
class Tail:
    name: str
    param: str
    value: str


@dataclass(frozen=True)
class MethodName:
    """An operation's language-neutral name in the resource model, beside its wire operationId.

    Words, not cased strings: `resource` is the path of namespaces from the client (each a word
    list, e.g. (("apps",), ("git",))) and `method` the call's words (("connect", "Github")); each
    target cases and escapes them itself. `pinned_by` names the extension that gave it
    (`x-sdkgen-method`, or its old name `x-sdkgen-node-alias`) with the value as `written`; a
    derived name (generator/passes/method_names.py) has neither.
    """

    resource: tuple[tuple[str, ...], ...]
    method: tuple[str, ...]
    pinned_by: str = ""
    written: str = ""

    @property
    def pinned(self) -> bool:
        return bool(self.pinned_by)

    @property
    def segments(self) -> tuple[tuple[str, ...], ...]:
        """The resource path followed by the method: every segment's words, in order."""
        return (*self.resource, self.method)


@dataclass
class Operation:
    operation_id: str
    method: str  # upper case
    path: str
    resource: str  # the tag it belongs to
    summary: str = ""
    description: str = ""
    deprecated: bool = False
    parameters: list[Parameter] = field(default_factory=list)
    body: Body | None = None
    responses: list[Response] = field(default_factory=list)
    security: tuple[str, ...] = ()
    neutral_name: MethodName | None = None  # every operation has one after passes.refine
    pagination: Pagination | None = None
    waiter: Waiter | None = None
    tail: Tail | None = None
    host: str = ""  # the Host (Api.hosts) it is sent to; "" = the document's servers
    source: str = ""
    session: SessionRole | None = None  # x-sdkgen-session: this call logs in, refreshes or logs out
    tenant_scoped: bool = False  # it declares the header of Api.tenant: the client's tenant option fills it
    resume: Resume | None = None  # x-sdkgen-resume: an event stream resumed with Last-Event-ID

    @property
    def success_responses(self) -> list[Response]:
        return [r for r in self.responses if r.is_success]

    def params_in(self, location: str) -> list[Parameter]:
        return [p for p in self.parameters if p.location == location]


@dataclass
class Resource:
    name: str  # the tag, as written
    description: str = ""
    operations: list[Operation] = field(default_factory=list)


@dataclass
class ServerVariable:
    name: str
    default: str
    values: tuple[str, ...] = ()
    description: str = ""


@dataclass
class Server:
    url: str
    description: str = ""
    variables: list[ServerVariable] = field(default_factory=list)

    @property
    def default_url(self) -> str:
        url = self.url
        for variable in self.variables:
            url = url.replace("{" + variable.name + "}", variable.default)
        return url


@dataclass(frozen=True)
class Host:
    """A base URL of its own that some operations go to (path- or operation-level `servers`).

    `name` is a word list from `x-sdkgen-host` on its first server (else from the first server's
    host name); each SDK has a client option and an environment variable `<PREFIX>_<NAME>_BASE_URL`
    to override it, beside the document's `base_url`.
    """

    name: tuple[str, ...]
    servers: tuple[Server, ...]

    @property
    def key(self) -> str:
        """The name as one lower-case snake word, as operations and runtimes refer to it."""
        return "_".join(self.name)

    @property
    def default_url(self) -> str:
        return self.servers[0].default_url


# The parts a request signature covers, in the order `Signature.canonical` lists them.
SIGNATURE_PARTS = ("method", "target", "timestamp", "nonce", "bodySha256")


@dataclass(frozen=True)
class Signature:
    """A request signature a client computes itself (`x-sdkgen-signature` on a security scheme).

    The client holds a key id and a secret. Per request it takes the time (Unix seconds) and a
    fresh random nonce (`nonce_bytes`, hex), joins the `canonical` parts (SIGNATURE_PARTS: the
    upper-case method, the request target as sent (path and query), the timestamp, the nonce, the
    lower-case hex SHA-256 of the body bytes) with `separator`, and sends the HMAC (`algorithm`,
    keyed with the secret, in `encoding`) with the key id, timestamp and nonce in their headers.
    """

    algorithm: str  # hmac-sha256
    key_id_header: str
    timestamp_header: str
    nonce_header: str
    signature_header: str
    canonical: tuple[str, ...] = SIGNATURE_PARTS
    separator: str = "\n"
    encoding: str = "hex"
    nonce_bytes: int = 16
    tolerance_seconds: int = 300


# ---------------------------------------------------------------- platform mechanics

SESSION_ROLES = ("login", "refresh", "logout")


@dataclass(frozen=True)
class SessionRole:
    """What one operation does to the client's session (`x-sdkgen-session` on the operation).

    - login: a successful answer opens a session; the runtime stores the access token, the refresh
      token and the expiry found at the three paths of the answer (tuples of wire names from the
      body's root) and sends the access token as the bearer credential from then on.
    - refresh: the runtime calls it itself (before the access token expires, or once after a 401)
      with the stored refresh token in the body field `request_field`, and stores the rotated pair
      read from the answer as for login. A 401 from it ends the session (the SDK's authentication
      error, not retried).
    - logout: after a successful answer the runtime forgets the session; it fills `request_field`
      (optional) with the stored refresh token when the caller left it out.
    """

    role: str  # one of SESSION_ROLES
    access_token_path: tuple[str, ...] = ()
    refresh_token_path: tuple[str, ...] = ()
    expires_in_path: tuple[str, ...] = ()  # seconds until the access token expires; () = unknown
    request_field: str = ""  # refresh: where the refresh token goes; logout: the same, optional


@dataclass(frozen=True)
class Session:
    """The session mechanics of the API, by operationId (from the operations' SessionRole)."""

    login: tuple[str, ...]  # every operation that opens a session (sign-in, sign-up)
    refresh: str  # the one operation that rotates the pair
    logout: str = ""  # the operation that closes it, if any


@dataclass(frozen=True)
class TenantHeader:
    """`x-sdkgen-tenant`: a header naming the tenant a call is about.

    Every operation declaring a header parameter named `header` is tenant-scoped
    (`Operation.tenant_scoped`); the SDK fills that parameter from the client option `option`
    (words, cased by each target) unless the call gives its own value, and sends it nowhere else.
    The parameter is optional in the spec (credentials such as admin keys work without it), so the
    option is optional too.
    """

    header: str
    option: tuple[str, ...]  # e.g. ("tenant", "id")
    env: str = ""  # the environment variable suffix that also sets it (`<PREFIX>_<env>`), e.g. TENANT_ID


@dataclass(frozen=True)
class Resume:
    """`x-sdkgen-resume` on a `text/event-stream` operation: how the runtime resumes a broken stream.

    When the stream ends or breaks before the caller stops reading, the runtime reconnects with the
    id of the last event it delivered in `header`, waiting the server's last `retry:` value (else
    `retry_ms`) before each attempt, at most `max_reconnects` times in a row without an event in
    between; events are delivered once each (the server resumes after the id sent).
    """

    header: str = "Last-Event-ID"
    max_reconnects: int = 5
    retry_ms: int = 1000


@dataclass(frozen=True)
class WebhookEvent:
    """One entry of the document's `webhooks`: the event type (its key) and the payload's model."""

    name: str  # e.g. "tenant.created", the value of the payload's `event_field`
    model: Type  # the request body's type (a NamedType of Api.models)


@dataclass(frozen=True)
class WebhookSignature:
    """`x-sdkgen-webhook-signature`: how the API signs the webhook deliveries it sends.

    The signature in `header` is the HMAC (`algorithm`) of the raw request body, keyed with the
    webhook's whole secret string as UTF-8 (prefix included), in `encoding` (lower-case hex or
    base64). Secrets start with `secret_prefix`. `test_header` (if any) marks test deliveries.
    The payload is decoded by `event_field` into the model of the matching `events` entry.
    """

    header: str
    algorithm: str = "hmac-sha256"
    encoding: str = "hex"
    secret_prefix: str = ""
    test_header: str = ""
    event_field: str = "type"
    events: tuple[WebhookEvent, ...] = ()


@dataclass
class SecurityScheme:
    name: str
    kind: str  # http, apiKey, oauth2, openIdConnect, mutualTLS
    scheme: str = ""  # bearer, basic (http)
    location: str = ""  # header, query, cookie (apiKey)
    parameter_name: str = ""  # apiKey name
    token_url: str = ""  # oauth2 client credentials
    description: str = ""
    signature: Signature | None = None  # kind apiKey/http with x-sdkgen-signature: the client signs


@dataclass
class Api:
    title: str
    version: str
    description: str = ""
    servers: list[Server] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)
    models: dict[str, Model] = field(default_factory=dict)
    security_schemes: list[SecurityScheme] = field(default_factory=list)
    hosts: list[Host] = field(default_factory=list)  # base URLs beside `servers`, in first-use order
    session: Session | None = None  # the operations x-sdkgen-session marks, gathered
    tenant: TenantHeader | None = None  # x-sdkgen-tenant on the document
    webhook_signature: WebhookSignature | None = None  # x-sdkgen-webhook-signature on the document

    @property
    def operations(self) -> list[Operation]:
        return [op for resource in self.resources for op in resource.operations]

    @property
    def default_base_url(self) -> str:
        return self.servers[0].default_url if self.servers else ""

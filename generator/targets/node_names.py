"""Names the Node/TypeScript target must keep free, in one place.

Every set here guards a place where a name from the spec meets a name the SDK
or JavaScript already gives a meaning to. tests/sdk_node checks RUNTIME_EXPORTS
against what templates/node/runtime/index.ts really exports.
"""

from __future__ import annotations

# What src/runtime/index.ts exports; src/index.ts re-exports it beside the models,
# so no model, resource or namespace class may take one of these names.
RUNTIME_EXPORTS = frozenset(
    """BaseClient Caller ClientDefaults OperationShape DEFAULT_MAX_RETRIES DEFAULT_TIMEOUT_MS
    SDKError InvalidArgumentError RequestTarget APIUserAbortError APIConnectionError APITimeoutError
    StatusErrorInit APIStatusError ClientError BadRequestError AuthenticationError PermissionDeniedError
    NotFoundError ConflictError PreconditionFailedError UnprocessableEntityError PreconditionRequiredError
    RateLimitError ServerError InternalServerError errorClassForStatus ResponseDecodeError
    WaiterTimeoutError Operation Pagination Param ParamLocation ParamStyle ResponseKind Tail Waiter
    RawResponse SecurityScheme backoffDelay parseRetryAfter retryDelay ClientOptions DebugRequest DebugResponse
    EmptyResult FetchLike Logger NoParams Params RedirectResult RequestOptions ServerSentEvent
    SignableRequest Signer
    TailOptions WaitOptions""".split()
)

# Runtime types a generated resource or namespace module may import.
RUNTIME_TYPES_USED = (
    "EmptyResult", "NoParams", "RedirectResult", "RequestOptions", "ServerSentEvent", "TailOptions", "WaitOptions",
)

# Globals the generated modules use or a reader expects to mean the global.
GLOBAL_NAMES = frozenset(
    """Array ArrayBuffer AsyncGenerator AsyncIterable AsyncIterableIterator AbortController AbortSignal
    BigInt Blob Boolean DataView Date Error Exclude Extract FormData Function Headers Iterable JSON Map
    Math NonNullable Number Object Omit Parameters Partial Pick Promise Readonly Record Request Required
    Response ReturnType Set String Symbol TextDecoder TextEncoder URL URLSearchParams Uint8Array m""".split()
)

# Own names of every JavaScript object: a member named so would break the class or its instances.
OBJECT_MEMBERS = frozenset(
    """constructor prototype __proto__ toString toLocaleString valueOf hasOwnProperty isPrototypeOf
    propertyIsEnumerable __defineGetter__ __defineSetter__ __lookupGetter__ __lookupSetter__ then""".split()
)

# Members of the generated client (BaseClient's public API): a resource may not shadow them.
CLIENT_MEMBERS = frozenset(
    """baseUrl options withOptions request rawRequest call iterate wait tail stream""".split()
)

// Public: every error the SDK throws, and the one map from HTTP status to class.
//
//   SDKError
//   ├── InvalidArgumentError          refused before sending
//   ├── ClientClosedError             a call on a client after close()
//   ├── APIUserAbortError             the caller's AbortSignal fired (never retried)
//   ├── APIConnectionError            no response (connect, reset, DNS, ...)
//   │   └── APITimeoutError           the attempt ran out of time
//   ├── APIStatusError                a non-2xx, non-3xx response
//   │   ├── ClientError               any other 4xx
//   │   │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
//   │   │   ├── NotFoundError 404, ConflictError 409, PreconditionFailedError 412,
//   │   │   └── UnprocessableEntityError 422, PreconditionRequiredError 428, RateLimitError 429
//   │   └── ServerError               any other 5xx
//   │       └── InternalServerError 500
//   ├── ResponseDecodeError           a 2xx whose body is not what it says
//   └── WaiterTimeoutError            wait() ran out of time

/** Base of every error this SDK throws. */
export class SDKError extends Error {
  override name = "SDKError";
}

/** An argument was refused before anything was sent (e.g. an empty path parameter). */
export class InvalidArgumentError extends SDKError {
  override name = "InvalidArgumentError";
}

/** A call on a client after its `close()`: nothing is sent. */
export class ClientClosedError extends SDKError {
  override name = "ClientClosedError";
}

/** Where a failed request was going. */
export interface RequestTarget {
  operationId?: string | undefined;
  method?: string | undefined;
  url?: string | undefined;
}

/** The caller aborted the request with its `AbortSignal`. */
export class APIUserAbortError extends SDKError {
  override name = "APIUserAbortError";
  readonly operationId: string | undefined;

  constructor(message: string, target: RequestTarget = {}, options?: { cause?: unknown }) {
    super(`${prefix(target.operationId)}${where(target)}${message}`, options);
    this.operationId = target.operationId;
  }
}

/** No response arrived: the connection failed or broke (retried before it is thrown). */
export class APIConnectionError extends SDKError {
  override name = "APIConnectionError";
  readonly operationId: string | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;

  constructor(message: string, target: RequestTarget = {}, options?: { cause?: unknown }) {
    super(`${prefix(target.operationId)}${where(target)}${message}`, options);
    this.operationId = target.operationId;
    this.method = target.method;
    this.url = target.url;
  }
}

/** The attempt timed out (retried before it is thrown). */
export class APITimeoutError extends APIConnectionError {
  override name = "APITimeoutError";
}

/** What the SDK read from an error response. */
export interface StatusErrorInit extends RequestTarget {
  status: number;
  /** The error body's `code`. */
  code?: string | undefined;
  /** The error body's `message`, else the status text. */
  message?: string | undefined;
  /** Seconds, from the `Retry-After` header or the body's `retryAfter`. */
  retryAfter?: number | undefined;
  /** The decoded JSON body, or its text when it is not JSON (undefined when empty). */
  body?: unknown;
  /** The body when it was JSON (what `error` holds), else undefined. */
  error?: unknown;
  headers?: Headers | undefined;
}

/**
 * The server answered with an error status. `code`, `message` and `retryAfter`
 * come from the error body (`{"statusCode", "code", "message", "retryAfter"}`);
 * `retryAfter` falls back to the `Retry-After` header.
 */
export class APIStatusError<E = unknown> extends SDKError {
  override name = "APIStatusError";
  /**
   * The decoded JSON error body (undefined when the body was empty or not JSON). Typed `unknown`
   * on a caught error; `client.isErrorOf(error, operationId)` narrows it to the error schemas the
   * operation declares, by status (`default` included).
   */
  readonly error: E | undefined;
  readonly status: number;
  readonly code: string | undefined;
  readonly detail: string | undefined;
  readonly retryAfter: number | undefined;
  readonly body: unknown;
  readonly headers: Headers;
  readonly operationId: string | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;

  constructor(init: StatusErrorInit) {
    super(statusMessage(init));
    this.status = init.status;
    this.code = init.code;
    this.detail = init.message;
    this.retryAfter = init.retryAfter;
    this.body = init.body;
    this.error = init.error as E | undefined;
    this.headers = init.headers ?? new Headers();
    this.operationId = init.operationId;
    this.method = init.method;
    this.url = init.url;
  }

  /** The `X-Request-ID` the server sent, if any. */
  get requestId(): string | undefined {
    return this.headers.get("x-request-id") ?? undefined;
  }
}

/** A 4xx; the catch-all for 4xx statuses without their own class. */
export class ClientError extends APIStatusError {
  override name = "ClientError";
}
/** 400 */
export class BadRequestError extends ClientError {
  override name = "BadRequestError";
}
/** 401 */
export class AuthenticationError extends ClientError {
  override name = "AuthenticationError";
}
/** 403 */
export class PermissionDeniedError extends ClientError {
  override name = "PermissionDeniedError";
}
/** 404 */
export class NotFoundError extends ClientError {
  override name = "NotFoundError";
}
/** 409 */
export class ConflictError extends ClientError {
  override name = "ConflictError";
}
/** 412 */
export class PreconditionFailedError extends ClientError {
  override name = "PreconditionFailedError";
}
/** 422 */
export class UnprocessableEntityError extends ClientError {
  override name = "UnprocessableEntityError";
}
/** 428 */
export class PreconditionRequiredError extends ClientError {
  override name = "PreconditionRequiredError";
}
/** 429 */
export class RateLimitError extends ClientError {
  override name = "RateLimitError";
}
/** A 5xx; catch this for every server failure. Thrown as is for 5xx other than 500. */
export class ServerError extends APIStatusError {
  override name = "ServerError";
}
/** 500 */
export class InternalServerError extends ServerError {
  override name = "InternalServerError";
}

type StatusErrorClass = new (init: StatusErrorInit) => APIStatusError;

const STATUS_ERRORS: ReadonlyMap<number, StatusErrorClass> = new Map<number, StatusErrorClass>([
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [412, PreconditionFailedError],
  [422, UnprocessableEntityError],
  [428, PreconditionRequiredError],
  [429, RateLimitError],
  [500, InternalServerError],
]);

/** The one status → class map: the exact status, then its class of status, then the base. */
export function errorClassForStatus(status: number): StatusErrorClass {
  const exact = STATUS_ERRORS.get(status);
  if (exact !== undefined) {
    return exact;
  }
  if (status >= 400 && status < 500) {
    return ClientError;
  }
  if (status >= 500 && status < 600) {
    return ServerError;
  }
  return APIStatusError;
}

/** A 2xx response whose body could not be read as its content type says (e.g. bad JSON). */
export class ResponseDecodeError extends SDKError {
  override name = "ResponseDecodeError";
  readonly status: number;
  readonly text: string;
  readonly operationId: string | undefined;

  constructor(
    message: string,
    init: { status: number; text: string; operationId?: string | undefined },
    options?: { cause?: unknown },
  ) {
    super(`${prefix(init.operationId)}${message}`, options);
    this.status = init.status;
    this.text = init.text;
    this.operationId = init.operationId;
  }
}

/**
 * `wait()` gave up before the resource reached a terminal state: its time ran out (`reason`
 * `"timeout"`), it polled `maxPolls` times (`"maxPolls"`), or its `stop` callback said so (`"stop"`).
 */
export class WaiterTimeoutError extends SDKError {
  override name = "WaiterTimeoutError";
  /** The last object seen. */
  readonly last: unknown;
  /** Its watched field. */
  readonly value: unknown;
  readonly operationId: string | undefined;
  readonly timeoutMs: number;
  /** Why it gave up. */
  readonly reason: "timeout" | "maxPolls" | "stop";
  /** How many times it asked. */
  readonly polls: number | undefined;

  constructor(
    message: string,
    init: {
      last: unknown;
      value: unknown;
      operationId?: string | undefined;
      timeoutMs: number;
      reason?: "timeout" | "maxPolls" | "stop" | undefined;
      polls?: number | undefined;
    },
  ) {
    super(message);
    this.last = init.last;
    this.value = init.value;
    this.operationId = init.operationId;
    this.timeoutMs = init.timeoutMs;
    this.reason = init.reason ?? "timeout";
    this.polls = init.polls;
  }
}

function prefix(operationId: string | undefined): string {
  return operationId ? `${operationId}: ` : "";
}

function where(target: RequestTarget): string {
  const parts = [target.method, pathOf(target.url)].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? `${parts.join(" ")}: ` : "";
}

function pathOf(url: string | undefined): string | undefined {
  if (!url) {
    return undefined;
  }
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}

function statusMessage(init: StatusErrorInit): string {
  const parts: string[] = [];
  if (init.operationId) {
    parts.push(`${init.operationId}:`);
  }
  if (init.method || init.url) {
    parts.push([init.method, pathOf(init.url)].filter(Boolean).join(" "), "returned");
  }
  parts.push(String(init.status));
  if (init.code) {
    parts.push(init.code);
  }
  let text = parts.join(" ");
  if (init.message) {
    text += `: ${init.message}`;
  }
  if (init.retryAfter !== undefined) {
    text += ` (retry after ${init.retryAfter}s)`;
  }
  const requestId = init.headers?.get("x-request-id");
  if (requestId) {
    text += ` [request id ${requestId}]`;
  }
  return text;
}

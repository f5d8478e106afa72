// Public: the value and option types every generated SDK shares.

/** The result of a 204, or of any 2xx without a body: an empty object `{}`. */
export type EmptyResult = Record<string, never>;

/** The result of a 3xx: redirects are never followed, the caller decides. */
export interface RedirectResult {
  status: number;
  location: string;
}

/** One event of a `text/event-stream` response. */
export interface ServerSentEvent {
  /** The `event:` field, `"message"` when there is none. */
  event: string;
  /** The `data:` lines, joined with newlines (often JSON: `JSON.parse(event.data)`). */
  data: string;
  /** The last `id:` seen on the stream. */
  id: string | undefined;
  /** The last `retry:` (ms) the server asked for. */
  retry: number | undefined;
}

/** Path or query parameters keyed by wire name, for `request()` by operationId. */
export type Params = Readonly<Record<string, unknown>>;

/** An operation that takes no path parameters, or no query: pass nothing (or `{}`). */
export type NoParams = Readonly<Record<string, never>>;

/** A request about to be sent; a signer may add or change headers (once per attempt). */
export interface SignableRequest {
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  /** The encoded body: a string (JSON, form), bytes, or multipart form data. */
  readonly body: string | Uint8Array | FormData | Blob | undefined;
}

/** Signs each attempt, e.g. with `X-Agent-Id`, `X-Timestamp`, `X-Nonce`, `X-Signature`. */
export type Signer = (request: SignableRequest) => void | Promise<void>;

/** What a debug hook sees of a request: secrets in headers are redacted. */
export interface DebugRequest {
  readonly operationId: string;
  readonly attempt: number;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
}

/** What a debug hook sees of a response: secrets in headers are redacted. */
export interface DebugResponse {
  readonly operationId: string;
  readonly attempt: number;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Receives one line per request and response (headers redacted). */
export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
}

/** The `fetch` the client sends with; replace it to use a proxy, mock, or instrument. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Settings of a client. Every one has a default; `withOptions()` layers more on top. A setting
 * given as `undefined` counts as not given (so `token: process.env.API_TOKEN` is fine when the
 * variable is unset).
 */
export interface ClientOptions {
  /** Where the API lives; defaults to `<PREFIX>_BASE_URL`, else the spec's first server. */
  baseUrl?: string | undefined;
  /**
   * Bearer token (user JWT or API token), sent as `Authorization: Bearer <token>` to operations
   * that accept a bearer, OAuth2 or OpenID Connect scheme (to every operation when the spec
   * declares no schemes). Defaults to `<PREFIX>_TOKEN` (e.g. `AXHUB_TOKEN`).
   */
  token?: string | undefined;
  /** HTTP Basic credentials, for operations that accept the `basic` scheme. */
  username?: string | undefined;
  password?: string | undefined;
  /** Sent for every API key scheme an operation accepts, as its header, query parameter or cookie. */
  apiKey?: string | undefined;
  /**
   * OAuth2 client credentials: the client fetches a token from the scheme's token URL, shares it
   * among calls and fetches a new one before it expires or when the API answers 401. (A copy
   * made by `withOptions` keeps its own token.)
   */
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  /** Replaces the token URL the spec gives (OAuth2 client credentials). */
  tokenUrl?: string | undefined;
  /** Scopes asked for with the token (OAuth2 client credentials). */
  scopes?: readonly string[] | undefined;
  /**
   * The key id and secret that sign the requests of operations whose security is a request
   * signature (both or neither; defaults `<PREFIX>_SIGNING_KEY_ID`, `<PREFIX>_SIGNING_SECRET`).
   * Each attempt is signed afresh; the secret is never sent or shown.
   */
  signingKeyId?: string | undefined;
  signingSecret?: string | undefined;
  /** Sent as `X-Tenant-ID` when set. */
  tenantId?: string | undefined;
  /** Time allowed for one attempt, in milliseconds (default 60 000). */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt (default 2; 0 turns retries off). */
  maxRetries?: number | undefined;
  /** Sent with every request (a call's own headers win). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Signs every attempt after all other headers are set. */
  signer?: Signer | undefined;
  /** Replaces the global `fetch`. */
  fetch?: FetchLike | undefined;
  /** Merged into every `fetch` init (e.g. an undici `dispatcher` for a proxy or TLS). */
  fetchOptions?: RequestInit | undefined;
  /** Sees every attempt before it is sent, with secrets redacted. */
  onRequest?: ((request: DebugRequest) => void) | undefined;
  /** Sees every response, with secrets redacted. */
  onResponse?: ((response: DebugResponse) => void) | undefined;
  /** Gets one debug line per request and response, with secrets redacted. */
  logger?: Logger | undefined;
  /** Waits between retries and polls (tests replace it). */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  /** Uniform in [0, 1): the jitter of the backoff (tests replace it). */
  random?: (() => number) | undefined;
  /** Epoch milliseconds: deadlines of waiters and HTTP-date `Retry-After` (tests replace it). */
  now?: (() => number) | undefined;
}

/** Overrides for one call; anything left out (or `undefined`) falls back to the client. */
export interface RequestOptions {
  /** Aborts the call (and its retries and waits) when it fires. */
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
  /** Added to (and winning over) the client's headers. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Sent as `Idempotency-Key`; kept the same on every retry of this call. */
  idempotencyKey?: string | undefined;
  /** Extra query parameters, sent as they are. */
  extraQuery?: Params | undefined;
}

/**
 * Options of `wait()` and the generated `waitFor…` helpers. Every wait is bounded: it gives up with
 * `WaiterTimeoutError` after `waitTimeoutMs`, after `maxPolls` polls, or when `stop` says so, and
 * rejects with `APIUserAbortError` when `signal` fires.
 */
export interface WaitOptions<T = unknown> extends RequestOptions {
  /** Give up after this long (default 600 000 ms); the last pause is cut to fit. */
  waitTimeoutMs?: number | undefined;
  /** Pause between polls (default 2 000 ms). */
  intervalMs?: number | undefined;
  /** Give up after this many polls (default: no limit but the time). */
  maxPolls?: number | undefined;
  /** Called with each non-terminal result; returning true gives up at once. */
  stop?: ((last: T) => boolean) | undefined;
}

/**
 * Options of `tail()` and the generated `tail…`/`follow…` helpers. The tail ends (without an
 * error) when `signal` fires, after `maxPolls` polls, once `tailTimeoutMs` has passed, when `stop`
 * returns true for an item (after yielding it), or when the loop breaks.
 */
export interface TailOptions<T = unknown> extends RequestOptions {
  /** Pause between polls when no more lines are waiting (default 2 000 ms). */
  intervalMs?: number | undefined;
  /** Stop after this many polls. */
  maxPolls?: number | undefined;
  /** Stop once this long has passed since the tail began (the last pause is cut to fit). */
  tailTimeoutMs?: number | undefined;
  /** Called with each item after it is yielded; returning true ends the tail. */
  stop?: ((item: T) => boolean) | undefined;
}

// Public: the client every generated SDK extends. It builds, sends, retries and
// decodes requests that generated code describes as `Operation`s, and runs the
// helpers over them (pagination, waiters, log tail).

import { randomUUID } from "node:crypto";

import {
  AUTO_IDEMPOTENCY_METHODS,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TAIL_INTERVAL_MS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_WAIT_INTERVAL_MS,
  DEFAULT_WAIT_TIMEOUT_MS,
  IDEMPOTENCY_HEADER,
  REDACTED_HEADERS,
  TENANT_HEADER,
} from "./constants.js";
import { ClientCredentials, type Credentials, credentialsFor } from "./auth.js";
import { type HostDefaults, resolveHosts, resolveOptions } from "./config.js";
import { describeBody, describeError, redactHeaders } from "./debug.js";
import {
  APIConnectionError,
  APIStatusError,
  APITimeoutError,
  APIUserAbortError,
  ClientClosedError,
  InvalidArgumentError,
  WaiterTimeoutError,
} from "./errors.js";
import type { Operation, Pagination, SecurityScheme } from "./operation.js";
import {
  type NextPage,
  asInt,
  getPath,
  isMore,
  linkNext,
  nextPage,
  pageItems,
  sameOrigin,
  wireGet,
} from "./pagination.js";
import { APIPromise, attachRequestId } from "./api-promise.js";
import { Page, PagePromise } from "./page.js";
import { encodeBody, encodeQuery, renderPath, routeParams } from "./request.js";
import { type HttpResponse, RawResponse, errorDetails, parseResponse } from "./response.js";
import { backoffDelay, isRetryableRequest, parseRetryAfter, retryDelay, shouldRetryStatus } from "./retry.js";
import { type RequestSignature, RequestSigner } from "./signing.js";
import { parseEvents } from "./sse.js";
import { seedArgs } from "./surface.js";
import type {
  ClientOptions,
  FetchLike,
  Params,
  RequestOptions,
  ServerSentEvent,
  TailOptions,
  WaitOptions,
} from "./types.js";

/** What a generated client tells the runtime about its API. */
export interface ClientDefaults {
  readonly operations: Readonly<Record<string, Operation>>;
  readonly defaultBaseUrl: string;
  /** The package name and version, for `User-Agent`. */
  readonly sdkName: string;
  readonly sdkVersion: string;
  /**
   * The API's prefix of the variables a client reads: `<envPrefix>_TOKEN`, `_BASE_URL`, `_LOG`
   * (none are read without one).
   */
  readonly envPrefix?: string;
  /**
   * The API's other hosts by key (an operation's `host`): the option and variable that override
   * each, and its default URL.
   */
  readonly hosts?: Readonly<Record<string, HostDefaults>>;
}

/** The argument and result types of one operation, for `request()` by operationId. */
export interface OperationShape {
  pathParams: unknown;
  query: unknown;
  body: unknown;
  result: unknown;
  /** The declared error bodies by status (`404`, `"4XX"`, `default`): `{}` when none is declared. */
  errors: object;
}

/**
 * An `APIStatusError` of one operation, as its responses declare it: for each declared error
 * status, `status` and the typed `error` body (a `4XX` range or `default` has `status: number`,
 * so checking `status` narrows only where the spec is exact).
 */
export type OperationError<S extends OperationShape> = [keyof S["errors"]] extends [never]
  ? APIStatusError
  : {
      [St in keyof S["errors"]]: APIStatusError<S["errors"][St]> & {
        readonly status: St extends number ? St : number;
      };
    }[keyof S["errors"]];

/** True when `T` has no required key (`{}` is one of its values), so it may be left out. */
type Omittable<T> = {} extends T ? true : false;

/**
 * The arguments of `request()` after the operationId: `pathParams` and `query` are required
 * when they hold a required parameter (`null` stands in for an earlier group that has none).
 */
export type RequestArgs<S extends OperationShape> =
  Omittable<S["query"]> extends true
    ? Omittable<S["pathParams"]> extends true
      ? [pathParams?: S["pathParams"] | null, query?: S["query"] | null, body?: S["body"] | null, options?: RequestOptions]
      : [pathParams: S["pathParams"], query?: S["query"] | null, body?: S["body"] | null, options?: RequestOptions]
    : Omittable<S["pathParams"]> extends true
      ? [pathParams: S["pathParams"] | null, query: S["query"], body?: S["body"] | null, options?: RequestOptions]
      : [pathParams: S["pathParams"], query: S["query"], body?: S["body"] | null, options?: RequestOptions];

type UncheckedArgs = [
  pathParams?: object | null,
  query?: object | null,
  body?: unknown,
  options?: RequestOptions,
];

/** What generated resources call: each method takes an `Operation` or an operationId. */
export interface Caller {
  call<T>(
    operation: Operation | string,
    pathParams?: object | null,
    query?: object | null,
    body?: unknown,
    options?: RequestOptions,
  ): Promise<T>;
  iterate<T>(
    operation: Operation | string,
    pathParams?: object | null,
    query?: object | null,
    options?: RequestOptions,
  ): AsyncGenerator<T, void, undefined>;
  wait<T>(
    operation: Operation | string,
    pathParams?: object | null,
    query?: object | null,
    options?: WaitOptions<T>,
  ): Promise<T>;
  tail<T>(
    operation: Operation | string,
    pathParams?: object | null,
    query?: object | null,
    options?: TailOptions<T>,
  ): AsyncGenerator<T, void, undefined>;
  waitFor<T>(
    operation: Operation | string,
    args: readonly unknown[],
    params?: object | null,
    options?: WaitOptions<T>,
  ): Promise<T>;
  follow<T>(
    operation: Operation | string,
    args: readonly unknown[],
    params?: object | null,
    options?: TailOptions<T>,
  ): AsyncGenerator<T, void, undefined>;
  stream(
    operation: Operation | string,
    pathParams?: object | null,
    query?: object | null,
    body?: unknown,
    options?: RequestOptions,
  ): AsyncGenerator<ServerSentEvent, void, undefined>;
  invoke<T>(
    operation: Operation | string,
    args: readonly unknown[],
    params?: object | null,
    options?: RequestOptions,
  ): APIPromise<T>;
  list<T, B = unknown>(
    operation: Operation | string,
    args: readonly unknown[],
    params?: object | null,
    options?: RequestOptions,
  ): PagePromise<T, B>;
  serverSentEvents(
    operation: Operation | string,
    args: readonly unknown[],
    params?: object | null,
    options?: RequestOptions,
  ): AsyncGenerator<ServerSentEvent, void, undefined>;
}

/** One call, ready to send: every attempt of it is built from this, unchanged. */
interface PreparedRequest {
  readonly operation: Operation;
  readonly method: string;
  readonly url: string;
  /** The base URL of the operation's host (no trailing slash). */
  readonly base: string;
  /** The URL as errors and debug hooks show it: API keys in the query redacted. */
  readonly shownUrl: string;
  readonly headers: Headers;
  /** Lower-case names of the headers whose values are never shown. */
  readonly secretHeaders: ReadonlySet<string>;
  /** Each attempt sends a client-credentials token of this URL. */
  readonly tokenUrl: string | undefined;
  /** Each attempt is signed so, with the client's signing key. */
  readonly signature: RequestSignature | undefined;
  readonly body: string | Uint8Array | FormData | Blob | undefined;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  /** An idempotent method, or carries an `Idempotency-Key`. */
  readonly retryable: boolean;
  readonly signal: AbortSignal | undefined;
}

/** `options` without the settings given as `undefined` (those count as not given). */
/** The credentials a security list sends, with the names the debug hooks must not see (see `#credentialsOf`). */
interface SentCredentials {
  readonly credentials: Credentials;
  readonly secretHeaders: ReadonlySet<string>;
  readonly secretQuery: ReadonlySet<string>;
}

/**
 * Past this many security lists (each operation has its own, or shares the API's) a client stops keeping
 * their credentials, so a caller building operations on the fly cannot grow it without bound.
 */
const MAX_KEPT_CREDENTIALS = 1024;

/** Whether a request's body must be encoded before it is signed (see `#signable`). */
function needsEncoding(prepared: PreparedRequest): boolean {
  return prepared.signature !== undefined && (prepared.body instanceof FormData || prepared.body instanceof Blob);
}

/** Headers as a plain object of lower-case names, as fetch takes them. */
function plainHeaders(headers: Headers): Record<string, string> {
  const plain: Record<string, string> = {};
  headers.forEach((value, name) => {
    plain[name] = value;
  });
  return plain;
}

/** The request target a URL is sent with: its path and query, as fetch sends them. */
function requestTarget(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

/** The call an attempt's error names (made only when there is an error). */
function errorTarget(prepared: PreparedRequest): { operationId: string; method: string; url: string } {
  return { operationId: prepared.operation.operationId, method: prepared.method, url: prepared.shownUrl };
}

function definedOnly<O extends ClientOptions>(options: O): O {
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    if (value !== undefined) {
      kept[name] = value;
    }
  }
  return kept as O;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new APIUserAbortError("aborted"));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError("aborted while waiting"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Read through a call, so that a check made before an `await` is not taken as still true. */
function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}

function checkCount(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
    throw new InvalidArgumentError(`${name} must be a number >= 0 (got ${String(value)})`);
  }
}

/** A poll count: a whole number >= 1, if given. */
function checkPolls(value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
    throw new InvalidArgumentError(`maxPolls must be a whole number >= 1 (got ${String(value)})`);
  }
}

function checkCallback(name: string, value: unknown): void {
  if (value !== undefined && typeof value !== "function") {
    throw new InvalidArgumentError(`${name} must be a function (got ${typeof value})`);
  }
}

function stateOf(value: unknown): unknown {
  return typeof value === "boolean" ? String(value) : value;
}

/** Up to three known operationIds that look like `wanted`. */
function closeMatches(wanted: string, known: string[]): string[] {
  const target = wanted.toLowerCase();
  const scored = known.map((name) => ({ name, score: distance(target, name.toLowerCase()) }));
  const limit = Math.max(2, Math.floor(target.length / 4));
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((s) => s.name);
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The client of one API. Generated clients extend it, attach their resources,
 * and type `request()` with their `OperationTypes`.
 */
export class BaseClient<
  Ops extends { [K in keyof Ops]: OperationShape },
  Options extends ClientOptions = ClientOptions,
> implements Caller {
  /** Where requests go (no trailing slash). */
  readonly baseUrl: string;
  /** Where the operations of each other host go, by host key (no trailing slash). */
  readonly hostUrls: Readonly<Record<string, string>>;
  readonly #options: Options;
  readonly #defaults: ClientDefaults;
  readonly #fetch: FetchLike;
  readonly #sleepImpl: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly #random: () => number;
  readonly #now: () => number;
  readonly #userAgent: string;
  readonly #credentials: ClientCredentials | undefined;
  /**
   * What each security list (an operation's, by identity) sends with this client's options, and the
   * header names the debug hooks must not see: both depend on nothing else, so they are worked out once.
   */
  readonly #sentCredentials = new Map<readonly SecurityScheme[] | undefined, SentCredentials>();
  /** The signer of each signature scheme, made at its first use. */
  readonly #signers = new Map<RequestSignature, RequestSigner>();

  #closed = false;

  /**
   * A client; what `options` leave out comes from `<envPrefix>_TOKEN`, `<envPrefix>_BASE_URL` and
   * `<envPrefix>_LOG` (`debug` or `off`). Bad settings throw `InvalidArgumentError` here.
   */
  constructor(given: Options, defaults: ClientDefaults) {
    const options = resolveOptions(new.target.name, given, defaults.envPrefix, defaults.defaultBaseUrl);
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.hostUrls = Object.freeze(resolveHosts(new.target.name, options, defaults.hosts ?? {}));
    this.#options = definedOnly(options) as Options;
    this.#defaults = defaults;
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#sleepImpl = options.sleep ?? defaultSleep;
    this.#random = options.random ?? Math.random;
    this.#now = options.now ?? Date.now;
    this.#userAgent = `${defaults.sdkName}/${defaults.sdkVersion} node/${process.version}`;
    if (options.clientId !== undefined && options.clientSecret !== undefined) {
      this.#credentials = new ClientCredentials(options.clientId, options.clientSecret, options.scopes ?? [], {
        fetch: this.#fetch,
        fetchOptions: options.fetchOptions,
        now: this.#now,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        userAgent: this.#userAgent,
        logger: options.logger,
      });
    }
  }

  /**
   * Stop this client: every later call (and the next page of a running iteration) rejects with
   * `ClientClosedError` before sending. Copies made by `withOptions` are clients of their own.
   */
  close(): void {
    this.#closed = true;
  }

  /** Whether `close()` was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /** The settings this client was made with (`withOptions` layers over them). */
  get options(): Readonly<Options> {
    return this.#options;
  }

  /**
   * A copy with some settings changed; `headers` are added over the current
   * ones, and a setting given as `undefined` keeps its current value.
   * Resources of the copy call through the copy.
   */
  withOptions(options: Options): this {
    const Client = this.constructor as new (options: Options) => this;
    return new Client({
      ...this.#options,
      ...definedOnly(options),
      headers: { ...this.#options.headers, ...options.headers },
    });
  }

  /**
   * Call an operation by its operationId: `request("opId", pathParams, query, body)`. Only the
   * API's operationIds compile, and `pathParams` (and `query`) must be given when the operation has
   * required ones; for an operationId known only at run time use `requestUnchecked()`.
   */
  request<K extends keyof Ops & string>(operationId: K, ...args: RequestArgs<Ops[K]>): Promise<Ops[K]["result"]> {
    const [pathParams, query, body, options] = args as UncheckedArgs;
    return this.call(operationId, pathParams, query, body, options);
  }

  /**
   * `request()` for an operationId that is only known at run time (a scenario file, a CLI): the
   * arguments are checked when the call is made (an unknown operationId or a missing path parameter
   * is an `InvalidArgumentError` before anything is sent) and the result is `unknown`.
   */
  requestUnchecked(
    operationId: string,
    pathParams?: Params | null,
    query?: Params | null,
    body?: unknown,
    options?: RequestOptions,
  ): Promise<unknown> {
    return this.call(operationId, pathParams, query, body, options);
  }

  /**
   * Whether `error` is an `APIStatusError` thrown by operation `operationId` (through any of its
   * methods); if so its `error` body is typed by the schemas the operation declares for its status.
   */
  isErrorOf<K extends keyof Ops & string>(error: unknown, operationId: K): error is OperationError<Ops[K]> {
    return error instanceof APIStatusError && error.operationId === operationId;
  }

  /** Like `request()`, but gives the response as it came (status, headers, body bytes). */
  async rawRequest(
    operationId: string,
    pathParams?: object | null,
    query?: object | null,
    body?: unknown,
    options?: RequestOptions,
  ): Promise<RawResponse> {
    const operation = this.#operation(operationId);
    const response = await this.#send(this.#prepare(operation, pathParams, query, body, options));
    return new RawResponse(operation, response, this.#now);
  }

  /** Send one operation and decode its result (what every generated method does). */
  async call<T>(
    operation: Operation | string,
    pathParams?: object | null,
    query?: object | null,
    body?: unknown,
    options?: RequestOptions,
  ): Promise<T> {
    const op = this.#operation(operation);
    const response = await this.#send(this.#prepare(op, pathParams, query, body, options));
    const requestId = response.headers.get("x-request-id") ?? undefined;
    return attachRequestId(parseResponse(op, response, this.#now) as T, requestId) as T;
  }

  /**
   * What a resource method does: path values in path order and one params object (query,
   * header and body fields), sent as `call()` sends them. Bad arguments reject with
   * `InvalidArgumentError` before anything is sent.
   */
  invoke<T>(
    operation: Operation | string,
    args: readonly unknown[],
    params?: object | null,
    options?: RequestOptions,
  ): APIPromise<T> {
    const send = async (): Promise<RawResponse> => {
      const op = this.#operation(operation);
      const seed = seedArgs(op, args, params);
      const prepared = this.#prepare(op, seed.pathParams, seed.query, seed.body, options);
      return new RawResponse(op, await this.#send(prepared), this.#now);
    };
    return new APIPromise<T>(send());
  }


  /**
   * A resource method of a paginated operation: awaited, the first page (`data`, `hasNextPage()`,
   * `getNextPage()`); iterated with `for await`, every item across all pages. Nothing is sent until
   * it is awaited or iterated.
   */
  list<T, B = unknown>(
    operation: Operation | string,
    args: readonly unknown[],
    params?: object | null,
    options?: RequestOptions,
  ): PagePromise<T, B> {
    const op = this.#operation(operation);
    const pagination = op.pagination;
    if (pagination === undefined) {
      throw new InvalidArgumentError(`${op.operationId} is not paginated`);
    }
    const seed = seedArgs(op, args, params);
    const first: NextPage = { query: { ...seed.query } };
    return new PagePromise<T, B>(() => this.#page<T, B>(op, pagination, seed.pathParams, first, 0, options));
  }

  /** One page of a list: fetched with `step`, after `seenBefore` items of earlier pages. */
  async #page<T, B>(
    op: Operation,
    pagination: Pagination,
    pathParams: object | null | undefined,
    step: NextPage,
    seenBefore: number,
    options: RequestOptions | undefined,
  ): Promise<Page<T, B>> {
    let prepared = this.#prepare(op, pathParams, step.query, undefined, options);
    if (step.url !== undefined) {
      prepared = this.#follow(prepared, step.url);
    }
    const response = await this.#send(prepared);
    const body = parseResponse(op, response, this.#now);
    const items = pageItems(body, pagination) as T[];
    const seen = seenBefore + items.length;
    const link = pagination.style === "link_header" ? linkNext(response.headers.get("link")) : undefined;
    const next = nextPage(pagination, step.query, body, items, seen, prepared.url, link);
    const fetchNext =
      next === undefined ? undefined : () => this.#page<T, B>(op, pagination, pathParams, next, seen, options);
    return new Page<T, B>(items, body as B, new RawResponse(op, response, this.#now), fetchNext);
  }

  /** A resource helper: `wait()` with path values in path order and the method's params object. */
  waitFor<T>(
    operation: Operation | string,
    args: readonly unknown[],
    params?: object | null,
    options?: WaitOptions<T>,
  ): Promise<T> {
    try {
      const op = this.#operation(operation);
      const seed = seedArgs(op, args, params);
      return this.wait<T>(op, seed.pathParams, seed.query, options);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * A resource helper: `tail()` with path values in path order and the method's params object (the
   * tail's own parameter is set by the helper).
   */
  follow<T>(
    operation: Operation | string,
    args: readonly unknown[],
    params?: object | null,
    options?: TailOptions<T>,
  ): AsyncGenerator<T, void, undefined> {
    const op = this.#operation(operation);
    const seed = seedArgs(op, args, params);
    return this.tail<T>(op, seed.pathParams, seed.query, options);
  }

  /** A resource method of an operation answering `text/event-stream`: its events, as `stream()` gives them. */
  serverSentEvents(
    operation: Operation | string,
    args: readonly unknown[],
    params?: object | null,
    options?: RequestOptions,
  ): AsyncGenerator<ServerSentEvent, void, undefined> {
    const op = this.#operation(operation);
    const seed = seedArgs(op, args, params);
    return this.stream(op, seed.pathParams, seed.query, seed.body, options);
  }

  /** Every item of a paginated operation across all pages, fetched as the loop needs them. */
  iterate<T>(
    operation: Operation | string,
    pathParams?: object | null,
    query?: object | null,
    options?: RequestOptions,
  ): AsyncGenerator<T, void, undefined> {
    const op = this.#operation(operation);
    if (op.pagination === undefined) {
      throw new InvalidArgumentError(`${op.operationId} is not paginated`);
    }
    return this.#iterateSteps<T>(op, op.pagination, pathParams, { ...query }, options);
  }

  async *#iterateSteps<T>(
    op: Operation,
    pagination: Pagination,
    pathParams: object | null | undefined,
    query: Params,
    options: RequestOptions | undefined,
  ): AsyncGenerator<T, void, undefined> {
    let step: NextPage | undefined = { query };
    let seen = 0;
    while (step !== undefined) {
      let prepared = this.#prepare(op, pathParams, step.query, undefined, options);
      if (step.url !== undefined) {
        prepared = this.#follow(prepared, step.url);
      }
      const response = await this.#send(prepared);
      const page = parseResponse(op, response, this.#now);
      const items = pageItems(page, pagination);
      seen += items.length;
      for (const item of items) {
        yield item as T;
      }
      const link = pagination.style === "link_header" ? linkNext(response.headers.get("link")) : undefined;
      step = nextPage(pagination, step.query, page, items, seen, prepared.url, link);
    }
  }

  /**
   * The request for a next-page URL the API gave: its own query, plus any API key the client
   * sends in the query. Only on the API's own origin: elsewhere, no credentials go.
   */
  #follow(prepared: PreparedRequest, next: string): PreparedRequest {
    const op = prepared.operation;
    const secret = this.#credentialsOf(op.security).secretQuery;
    const target = new URL(next);
    if (!sameOrigin(next, prepared.base)) {
      target.search = "";
      throw new InvalidArgumentError(
        `${op.operationId}: the next page is at ${target.toString()}, not on ${prepared.base}; ` +
          "not following it with this client's credentials",
      );
    }
    const pairs: [string, string][] = [...target.searchParams.entries()];
    const given = new Set(pairs.map(([name]) => name));
    for (const [name, value] of new URL(prepared.url).searchParams.entries()) {
      if (secret.has(name) && !given.has(name)) {
        pairs.push([name, value]);
      }
    }
    target.search = "";
    const base = target.toString();
    const search = encodeQuery(pairs);
    const shown = encodeQuery(pairs, secret);
    return {
      ...prepared,
      url: base + (search ? `?${search}` : ""),
      shownUrl: base + (shown ? `?${shown}` : ""),
    };
  }

  /**
   * Poll a waiter operation until its field is terminal; the last result.
   * Throws `WaiterTimeoutError` after `waitTimeoutMs`.
   */
  async wait<T>(
    operation: Operation | string,
    pathParams?: object | null,
    query?: object | null,
    options: WaitOptions<T> = {},
  ): Promise<T> {
    const op = this.#operation(operation);
    const waiter = op.waiter;
    if (waiter === undefined) {
      throw new InvalidArgumentError(`${op.operationId} has no waiter`);
    }
    const timeoutMs = options.waitTimeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
    const intervalMs = options.intervalMs ?? DEFAULT_WAIT_INTERVAL_MS;
    const { maxPolls, stop } = options;
    checkCount("waitTimeoutMs", timeoutMs);
    checkCount("intervalMs", intervalMs);
    checkPolls(maxPolls);
    checkCallback("stop", stop);
    const deadline = this.#now() + timeoutMs;
    for (let polls = 1; ; polls += 1) {
      const current = await this.call<T>(op, pathParams, query, undefined, options);
      const state = stateOf(wireGet(current, waiter.field));
      if (typeof state === "string" && waiter.terminal.includes(state)) {
        return current;
      }
      const remaining = deadline - this.#now();
      const reason =
        remaining <= 0 ? "timeout" : maxPolls !== undefined && polls >= maxPolls ? "maxPolls" : stop?.(current) === true ? "stop" : undefined;
      if (reason !== undefined) {
        const why =
          reason === "timeout" ? `after ${timeoutMs} ms` : reason === "maxPolls" ? `after ${polls} polls` : "when stop() said so";
        throw new WaiterTimeoutError(
          `${op.operationId}: ${waiter.field} is still ${JSON.stringify(state)} ${why} ` +
            `(waiting for ${waiter.terminal.join(", ")})`,
          { last: current, value: state, operationId: op.operationId, timeoutMs, reason, polls },
        );
      }
      await this.#sleep(Math.min(intervalMs, remaining), options.signal);
    }
  }

  /**
   * Follow an operation with a tail forward: yield items as they arrive, asking
   * again at once while more are waiting, else every `intervalMs`. Ends when
   * `signal` fires, after `maxPolls`, or when the loop breaks.
   */
  tail<T>(
    operation: Operation | string,
    pathParams?: object | null,
    query?: object | null,
    options: TailOptions<T> = {},
  ): AsyncGenerator<T, void, undefined> {
    const op = this.#operation(operation);
    const tail = op.tail;
    if (tail === undefined) {
      throw new InvalidArgumentError(`${op.operationId} cannot be tailed`);
    }
    checkCount("intervalMs", options.intervalMs);
    checkPolls(options.maxPolls);
    checkCount("tailTimeoutMs", options.tailTimeoutMs);
    checkCallback("stop", options.stop);
    const pagination: Pagination = op.pagination ?? {
      style: "cursor",
      items: ["items"],
      param: "cursor",
      next: ["next_cursor"],
      stop: ["token"],
    };
    return this.#tailSteps<T>(op, pagination, pathParams, { ...query, [tail.param]: tail.value }, options);
  }

  async *#tailSteps<T>(
    op: Operation,
    pagination: Pagination,
    pathParams: object | null | undefined,
    first: Params,
    options: TailOptions<T>,
  ): AsyncGenerator<T, void, undefined> {
    const { signal, maxPolls, stop, tailTimeoutMs } = options;
    const intervalMs = options.intervalMs ?? DEFAULT_TAIL_INTERVAL_MS;
    const limit = pagination.sizeParam === undefined ? undefined : asInt(first[pagination.sizeParam]);
    const deadline = tailTimeoutMs === undefined ? undefined : this.#now() + tailTimeoutMs;
    let query = first;
    let polls = 0;
    const finished = (): boolean =>
      signal?.aborted === true ||
      (maxPolls !== undefined && polls >= maxPolls) ||
      (deadline !== undefined && this.#now() >= deadline);
    try {
      while (!finished()) {
        const page = await this.call<unknown>(op, pathParams, query, undefined, options);
        polls += 1;
        const items = pageItems(page, pagination);
        for (const item of items) {
          yield item as T;
          if (stop?.(item as T) === true) {
            return;
          }
        }
        if (pagination.param !== undefined) {
          const cursor = getPath(page, pagination.next);
          if (cursor !== undefined && cursor !== null && cursor !== "") {
            query = { ...query, [pagination.param]: String(cursor) };
          }
        }
        // More waiting at once: the page says so, or came back full (never when empty).
        const more =
          items.length > 0 &&
          (isMore(page, pagination) === true || (limit !== undefined && limit > 0 && limit <= items.length));
        if (!more && !finished()) {
          const left = deadline === undefined ? intervalMs : Math.min(intervalMs, deadline - this.#now());
          await this.#sleep(left, signal);
        }
      }
    } catch (error) {
      if (error instanceof APIUserAbortError && signal?.aborted === true) {
        return;
      }
      throw error;
    }
  }

  /**
   * Send an operation that answers with `text/event-stream` and yield its events
   * as they arrive. Retries apply until the stream starts; the attempt timeout
   * covers the wait for the response headers, `signal` the whole stream.
   */
  stream(
    operation: Operation | string,
    pathParams?: object | null,
    query?: object | null,
    body?: unknown,
    options?: RequestOptions,
  ): AsyncGenerator<ServerSentEvent, void, undefined> {
    const op = this.#operation(operation);
    const prepared = this.#prepare(op, pathParams, query, body, options);
    prepared.headers.set("Accept", "text/event-stream");
    return this.#streamSteps(op, prepared);
  }

  async *#streamSteps(op: Operation, prepared: PreparedRequest): AsyncGenerator<ServerSentEvent, void, undefined> {
    const response = await this.#send(prepared, true);
    if (response.stream === undefined) {
      parseResponse(op, response, this.#now); // throws the status error; a 3xx or 204 has no events
      return;
    }
    try {
      yield* parseEvents(response.stream);
    } catch (error) {
      if (isAborted(prepared.signal)) {
        throw new APIUserAbortError("stream aborted", { operationId: op.operationId }, { cause: error });
      }
      throw new APIConnectionError(`the event stream broke: ${describeError(error)}`, {
        operationId: op.operationId,
        method: prepared.method,
        url: prepared.shownUrl,
      }, { cause: error });
    }
  }

  // ------------------------------------------------------------ internals

  #operation(operation: Operation | string): Operation {
    if (typeof operation !== "string") {
      return operation;
    }
    const operations = this.#defaults.operations;
    const found = Object.hasOwn(operations, operation) ? operations[operation] : undefined;
    if (found !== undefined) {
      return found;
    }
    const close = closeMatches(operation, Object.keys(operations));
    const hint = close.length > 0 ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(", ")}?` : "";
    throw new InvalidArgumentError(`unknown operationId ${JSON.stringify(operation)}${hint}`);
  }

  #prepare(
    operation: Operation,
    pathParams: object | null | undefined,
    query: object | null | undefined,
    body: unknown,
    options: RequestOptions = {},
  ): PreparedRequest {
    if (this.#closed) {
      throw new ClientClosedError(`${operation.operationId}: this client is closed (close() was called)`);
    }
    checkCount("maxRetries", options.maxRetries);
    checkCount("timeoutMs", options.timeoutMs);
    const path = renderPath(operation, pathParams as Params | null | undefined);
    const routed = routeParams(operation, query as Params | null | undefined);
    for (const [name, value] of Object.entries(options.extraQuery ?? {})) {
      routed.query.push(...(value === undefined || value === null ? [] : [[name, String(value)] as [string, string]]));
    }
    const encoded = encodeBody(operation, body);
    const client = this.#options;

    const { credentials, secretHeaders, secretQuery } = this.#credentialsOf(operation.security);
    routed.query.push(...credentials.query);
    const headers = new Headers({ Accept: "application/json", "User-Agent": this.#userAgent });
    for (const [name, value] of Object.entries(client.headers ?? {})) {
      headers.set(name, value);
    }
    for (const [name, value] of credentials.headers) {
      headers.set(name, value);
    }
    if (client.tenantId) {
      headers.set(TENANT_HEADER, client.tenantId);
    }
    for (const [name, value] of routed.headers) {
      headers.set(name, value);
    }
    const allCookies = [...credentials.cookies, ...routed.cookies];
    if (allCookies.length > 0) {
      const cookies = allCookies.map(([k, v]) => `${k}=${v}`).join("; ");
      const existing = headers.get("cookie");
      headers.set("Cookie", existing ? `${existing}; ${cookies}` : cookies);
    }
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      headers.set(name, value);
    }
    if (encoded.contentType !== undefined) {
      headers.set("Content-Type", encoded.contentType);
    }
    const maxRetries = options.maxRetries ?? client.maxRetries ?? DEFAULT_MAX_RETRIES;
    if (options.idempotencyKey) {
      headers.set(IDEMPOTENCY_HEADER, options.idempotencyKey);
    } else if (
      AUTO_IDEMPOTENCY_METHODS.has(operation.method) &&
      maxRetries > 0 &&
      !headers.has(IDEMPOTENCY_HEADER)
    ) {
      headers.set(IDEMPOTENCY_HEADER, randomUUID()); // once per call, kept on its retries
    }
    const search = encodeQuery(routed.query);
    const shown = secretQuery.size === 0 ? search : encodeQuery(routed.query, secretQuery);
    const base = this.#baseOf(operation);
    return {
      operation,
      method: operation.method,
      url: base + path + (search ? `?${search}` : ""),
      base,
      shownUrl: base + path + (shown ? `?${shown}` : ""),
      headers,
      secretHeaders,
      // An Authorization given for this call wins over a fetched token, as over every other credential.
      tokenUrl: Object.keys(options.headers ?? {}).some((name) => name.toLowerCase() === "authorization")
        ? undefined
        : credentials.tokenUrl,
      signature: credentials.signature,
      body: encoded.body,
      timeoutMs: options.timeoutMs ?? client.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: Math.floor(maxRetries),
      retryable: isRetryableRequest(operation.method, headers),
      signal: options.signal,
    };
  }

  /** The base URL of the operation's host. */
  #baseOf(operation: Operation): string {
    const host = operation.host;
    if (host === undefined || host === "") {
      return this.baseUrl;
    }
    const url = Object.hasOwn(this.hostUrls, host) ? this.hostUrls[host] : undefined;
    if (url === undefined) {
      throw new InvalidArgumentError(`${operation.operationId}: this client knows no host ${JSON.stringify(host)}`);
    }
    return url;
  }

  /** The signer of `signature` with this client's signing key. */
  #signerOf(signature: RequestSignature): RequestSigner {
    let signer = this.#signers.get(signature);
    if (signer === undefined) {
      const { signingKeyId, signingSecret } = this.#options;
      if (signingKeyId === undefined || signingSecret === undefined) {
        throw new InvalidArgumentError("a signed operation needs signingKeyId and signingSecret");
      }
      signer = new RequestSigner(signature, signingKeyId, signingSecret, { now: this.#now });
      if (this.#signers.size < MAX_KEPT_CREDENTIALS) {
        this.#signers.set(signature, signer);
      }
    }
    return signer;
  }

  /**
   * A request whose signature covers its body bytes: a multipart or blob body is encoded here
   * once (with its Content-Type), so that what is signed is what every attempt sends.
   */
  async #signable(prepared: PreparedRequest): Promise<PreparedRequest> {
    const { body } = prepared;
    if (prepared.signature === undefined || !(body instanceof FormData || body instanceof Blob)) {
      return prepared;
    }
    const encoded = new Response(body);
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const headers = new Headers(prepared.headers);
    const type = encoded.headers.get("content-type");
    if (type !== null) {
      headers.set("Content-Type", type);
    }
    return { ...prepared, headers, body: bytes };
  }

  /** The credentials `security` sends with this client's options (see `#sentCredentials`). */
  #credentialsOf(security: readonly SecurityScheme[] | undefined): SentCredentials {
    let sent = this.#sentCredentials.get(security);
    if (sent === undefined) {
      const credentials = credentialsFor(security, this.#options);
      sent = {
        credentials,
        secretHeaders: new Set([...REDACTED_HEADERS, ...credentials.secretHeaders]),
        secretQuery: new Set(credentials.secretQuery),
      };
      if (this.#sentCredentials.size < MAX_KEPT_CREDENTIALS) {
        this.#sentCredentials.set(security, sent);
      }
    }
    return sent;
  }

  /**
   * Send with retries: transport errors and retryable statuses, for requests
   * that may be repeated, up to `maxRetries` times, waiting in between. A 401 to
   * a client-credentials token is sent once more with a new token (not a retry:
   * the server refused the request before acting on it).
   */
  async #send(given: PreparedRequest, streaming = false): Promise<HttpResponse> {
    // Awaited only when there is something to wait for: each await is a turn of the event loop.
    const prepared = needsEncoding(given) ? await this.#signable(given) : given;
    const signer = prepared.signature === undefined ? undefined : this.#signerOf(prepared.signature);
    const target = signer === undefined ? "" : requestTarget(prepared.url);
    // The call's headers as a plain object (lower-case names), made once: each attempt sends it as
    // it is, or a copy with its own token or signature, without building a Headers per attempt.
    const base = plainHeaders(prepared.headers);
    let retry = 0;
    let renewed = false;
    for (let attempt = 1; ; attempt += 1) {
      let headers = base;
      const token = prepared.tokenUrl === undefined ? undefined : await this.#token(prepared);
      if (token !== undefined || signer !== undefined) {
        headers = { ...base };
      }
      if (token !== undefined) {
        headers["authorization"] = `Bearer ${token}`;
      }
      if (signer !== undefined) {
        // A fresh time and nonce per attempt: a retry sends a new signature.
        const body = prepared.body as string | Uint8Array | undefined;
        for (const [name, value] of Object.entries(signer.sign(prepared.method, target, body))) {
          headers[name.toLowerCase()] = value;
        }
      }
      if (this.#options.signer !== undefined) {
        const signed = new Headers(headers);
        await this.#options.signer({
          operationId: prepared.operation.operationId,
          method: prepared.method,
          url: prepared.url,
          headers: signed,
          body: prepared.body,
        });
        headers = plainHeaders(signed);
      }
      this.#showRequest(prepared, headers, attempt);
      const canRetry = prepared.retryable && retry < prepared.maxRetries;
      let response: HttpResponse;
      try {
        response = await this.#attempt(prepared, headers, attempt, streaming);
      } catch (error) {
        if (error instanceof APIConnectionError && canRetry) {
          await this.#sleep(backoffDelay(retry, this.#random), prepared.signal);
          retry += 1;
          continue;
        }
        throw error;
      }
      this.#showResponse(prepared, response, attempt);
      if (response.status === 401 && token !== undefined && prepared.tokenUrl !== undefined && !renewed) {
        renewed = true;
        this.#credentials?.invalidate(prepared.tokenUrl, token);
        continue;
      }
      if (canRetry && shouldRetryStatus(response.status)) {
        const retryAfter = parseRetryAfter(response.headers, this.#now) ?? errorDetails(response).retryAfterMs;
        await this.#sleep(retryDelay(retry, retryAfter, this.#random), prepared.signal);
        retry += 1;
        continue;
      }
      return response;
    }
  }

  /** The client-credentials token an attempt sends, if it sends one; waiting for it obeys the call's signal. */
  async #token(prepared: PreparedRequest): Promise<string | undefined> {
    if (prepared.tokenUrl === undefined || this.#credentials === undefined) {
      return undefined;
    }
    const { signal } = prepared;
    const target = { operationId: prepared.operation.operationId, method: prepared.method, url: prepared.shownUrl };
    if (signal?.aborted === true) {
      throw new APIUserAbortError("request aborted", target, { cause: signal.reason });
    }
    const fetching = this.#credentials.token(prepared.tokenUrl);
    if (signal === undefined) {
      return fetching;
    }
    let onAbort = (): void => undefined;
    const aborted = new Promise<never>((_resolve, reject) => {
      onAbort = () => reject(new APIUserAbortError("aborted while waiting for a token", target, { cause: signal.reason }));
      signal.addEventListener("abort", onAbort, { once: true });
    });
    try {
      return await Promise.race([fetching, aborted]);
    } finally {
      signal.removeEventListener("abort", onAbort);
    }
  }

  /**
   * One attempt, under its own timeout and the caller's signal. The body is read
   * whole, except a 2xx of a stream, which is handed on unread.
   */
  async #attempt(
    prepared: PreparedRequest,
    headers: Record<string, string>,
    attempt: number,
    streaming: boolean,
  ): Promise<HttpResponse> {
    const { signal } = prepared;
    if (signal?.aborted === true) {
      throw new APIUserAbortError("request aborted", errorTarget(prepared), { cause: signal.reason });
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, prepared.timeoutMs);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener("abort", onAbort, { once: true });
    let handedOn = false;
    try {
      const response = await this.#fetch(prepared.url, {
        ...this.#options.fetchOptions,
        method: prepared.method,
        headers,
        body: prepared.body ?? null,
        redirect: "manual",
        signal: controller.signal,
      });
      if (streaming && response.ok && response.status !== 204 && response.body !== null) {
        handedOn = true; // the caller's signal keeps watching the stream
        return {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
          body: new Uint8Array(),
          method: prepared.method,
          url: prepared.shownUrl,
          stream: response.body,
        };
      }
      const body = new Uint8Array(await response.arrayBuffer());
      return {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body,
        method: prepared.method,
        url: prepared.shownUrl,
      };
    } catch (error) {
      const target = errorTarget(prepared);
      if (isAborted(signal)) {
        throw new APIUserAbortError("request aborted", target, { cause: error });
      }
      const tries = attempt > 1 ? ` (attempt ${attempt})` : "";
      if (timedOut) {
        throw new APITimeoutError(`request timed out after ${prepared.timeoutMs} ms${tries}`, target, {
          cause: error,
        });
      }
      throw new APIConnectionError(`connection failed${tries}: ${describeError(error)}`, target, { cause: error });
    } finally {
      clearTimeout(timer);
      if (!handedOn) {
        signal?.removeEventListener("abort", onAbort);
      }
    }
  }

  async #sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
    await this.#sleepImpl(ms, signal);
    if (signal?.aborted === true) {
      throw new APIUserAbortError("aborted while waiting");
    }
  }

  #showRequest(prepared: PreparedRequest, headers: Record<string, string>, attempt: number): void {
    const { onRequest, logger } = this.#options;
    if (onRequest === undefined && logger === undefined) {
      return;
    }
    const shown = redactHeaders(headers, prepared.secretHeaders);
    logger?.debug(`request ${prepared.method} ${prepared.shownUrl} (attempt ${attempt})`, { headers: shown });
    onRequest?.({
      operationId: prepared.operation.operationId,
      attempt,
      method: prepared.method,
      url: prepared.shownUrl,
      headers: shown,
      body: describeBody(prepared.body),
    });
  }

  #showResponse(prepared: PreparedRequest, response: HttpResponse, attempt: number): void {
    const { onResponse, logger } = this.#options;
    if (onResponse === undefined && logger === undefined) {
      return;
    }
    const shown = redactHeaders(response.headers, prepared.secretHeaders);
    logger?.debug(`response ${prepared.method} ${prepared.shownUrl} -> ${response.status}`, { headers: shown });
    onResponse?.({
      operationId: prepared.operation.operationId,
      attempt,
      method: prepared.method,
      url: prepared.shownUrl,
      status: response.status,
      headers: shown,
      body: new TextDecoder().decode(response.body),
    });
  }
}

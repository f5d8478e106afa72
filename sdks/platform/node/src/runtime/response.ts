// Internal: reading a response into a result or an error (`RawResponse` is public).

import { APIStatusError, ResponseDecodeError, errorClassForStatus } from "./errors.js";
import type { Operation, ResponseKind } from "./operation.js";
import { isJsonMedia } from "./request.js";
import { parseRetryAfter } from "./retry.js";
import type { EmptyResult, RedirectResult } from "./types.js";

/** A response read whole: every attempt's body is read inside its timeout. */
export interface HttpResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: Uint8Array;
  readonly method: string;
  readonly url: string;
  /** The body still to be read, for a 2xx of `stream()`. */
  readonly stream?: AsyncIterable<Uint8Array>;
}

const decoder = new TextDecoder();

function textOf(body: Uint8Array): string {
  return decoder.decode(body);
}

/** The declared kind for `status`: exact, then `2XX`-style, then `default`; undefined if undeclared. */
export function responseKind(operation: Operation, status: number): ResponseKind | undefined {
  const family = Math.floor(status / 100);
  for (const key of [String(status), `${family}XX`, `${family}xx`, "default"]) {
    const kind = operation.responses[key];
    if (kind !== undefined) {
      return kind;
    }
  }
  return undefined;
}

/**
 * 2xx → the decoded body (`{}` when there is none); 3xx → `{status, location}`;
 * anything else → throw the status's error class.
 */
export function parseResponse(operation: Operation, response: HttpResponse, now?: () => number): unknown {
  const { status } = response;
  if (status >= 300 && status < 400) {
    const result: RedirectResult = { status, location: response.headers.get("location") ?? "" };
    return result;
  }
  if (status < 200 || status >= 300) {
    throw statusError(operation, response, now);
  }
  const text = textOf(response.body);
  if (status === 204 || text.trim() === "") {
    const empty: EmptyResult = {};
    return empty;
  }
  const kind = responseKind(operation, status);
  const contentType = response.headers.get("content-type") ?? "";
  const plainJson = contentType === "application/json"; // what nearly every response says: neither check below
  if (kind === "binary" || (!plainJson && contentType !== "" && mediaIsBinary(contentType))) {
    return response.body;
  }
  if (kind === "text" || (!plainJson && contentType !== "" && !isJsonMedia(contentType))) {
    return text;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ResponseDecodeError(
      `${status} response is not valid JSON (${String(error)})`,
      { status, text, operationId: operation.operationId },
      { cause: error },
    );
  }
}

function mediaIsBinary(contentType: string): boolean {
  const media = contentType.split(";", 1)[0]?.trim().toLowerCase() ?? "";
  return media === "application/octet-stream" || /^(image|audio|video)\//.test(media) || media === "application/pdf";
}

/** What an error body says: `{"statusCode", "code", "message", "retryAfter"}` (or `{"error": {...}}`). */
export interface ErrorDetails {
  body: unknown;
  /** Whether `body` was decoded from JSON (not the text of a body that is not). */
  json: boolean;
  code: string | undefined;
  message: string | undefined;
  /** Milliseconds, from the body's `retryAfter` (seconds) only. */
  retryAfterMs: number | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Read an error body, tolerating anything that is not the usual shape. */
export function errorDetails(response: HttpResponse): ErrorDetails {
  const text = textOf(response.body);
  let body: unknown = undefined;
  let json = false;
  if (text.trim() !== "") {
    try {
      body = JSON.parse(text) as unknown;
      json = true;
    } catch {
      body = text;
    }
  }
  let fields: Record<string, unknown> = {};
  if (isRecord(body)) {
    fields = isRecord(body["error"]) ? body["error"] : body;
  }
  const code = fields["code"];
  let message = fields["message"];
  if (message === undefined && typeof fields["error"] === "string") {
    message = fields["error"];
  }
  if (message === undefined && typeof body === "string" && body.length <= 500) {
    message = body.trim();
  }
  const seconds = fields["retryAfter"];
  const retryAfterMs =
    typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0
      ? seconds * 1000
      : typeof seconds === "string" && /^\d+(\.\d+)?$/.test(seconds)
        ? Number(seconds) * 1000
        : undefined;
  return {
    body,
    json,
    code: code === undefined || code === null ? undefined : String(code),
    message: message === undefined || message === null ? undefined : String(message),
    retryAfterMs,
  };
}

/** The error for a non-2xx, non-3xx response, by the one status → class map. */
export function statusError(operation: Operation, response: HttpResponse, now?: () => number): APIStatusError {
  const details = errorDetails(response);
  const retryAfterMs = parseRetryAfter(response.headers, now) ?? details.retryAfterMs;
  const ErrorClass = errorClassForStatus(response.status);
  return new ErrorClass({
    status: response.status,
    code: details.code,
    message: details.message ?? (response.statusText || undefined),
    retryAfter: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
    body: details.body,
    error: details.json ? details.body : undefined,
    headers: response.headers,
    operationId: operation.operationId,
    method: response.method,
    url: response.url,
  });
}

/** The response of one call as it came: status, headers, body bytes. */
export class RawResponse {
  readonly operation: Operation;
  readonly status: number;
  readonly headers: Headers;
  /** The body bytes, as received. */
  readonly body: Uint8Array;
  readonly url: string;
  readonly #response: HttpResponse;
  readonly #now: (() => number) | undefined;

  constructor(operation: Operation, response: HttpResponse, now?: () => number) {
    this.operation = operation;
    this.status = response.status;
    this.headers = response.headers;
    this.body = response.body;
    this.url = response.url;
    this.#response = response;
    this.#now = now;
  }

  /** The body as text (UTF-8). */
  text(): string {
    return textOf(this.body);
  }

  /** The body as JSON; undefined when it is empty. */
  json(): unknown {
    const text = this.text();
    return text.trim() === "" ? undefined : (JSON.parse(text) as unknown);
  }

  /** The `X-Request-ID` the server sent, if any. */
  get requestId(): string | undefined {
    return this.headers.get("x-request-id") ?? undefined;
  }

  /** What the call would have returned (or throws its error). */
  parsed(): unknown {
    return parseResponse(this.operation, this.#response, this.#now);
  }
}

// Internal: when to retry and how long to wait.

import {
  IDEMPOTENCY_HEADER,
  IDEMPOTENT_METHODS,
  INITIAL_RETRY_DELAY_MS,
  MAX_RETRY_AFTER_MS,
  MAX_RETRY_DELAY_MS,
  RETRYABLE_STATUSES,
} from "./constants.js";

/** An idempotent method, or any method carrying an `Idempotency-Key`. */
export function isRetryableRequest(method: string, headers: Headers): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase()) || headers.has(IDEMPOTENCY_HEADER);
}

export function shouldRetryStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/**
 * Exponential backoff with full jitter before retry `retry` (0-based), in ms:
 * `random() * min(MAX_RETRY_DELAY_MS, INITIAL_RETRY_DELAY_MS * 2 ** retry)`.
 */
export function backoffDelay(retry: number, random: () => number): number {
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, INITIAL_RETRY_DELAY_MS * 2 ** Math.min(retry, 32));
  return Math.max(0, Math.min(1, random())) * ceiling;
}

/**
 * Milliseconds to wait from `Retry-After` (delta-seconds or an HTTP-date) or
 * `Retry-After-Ms`; undefined when there is none or it cannot be read.
 */
export function parseRetryAfter(headers: Headers, now: () => number = Date.now): number | undefined {
  const millis = headers.get("retry-after-ms");
  if (millis !== null && millis.trim() !== "" && Number.isFinite(Number(millis))) {
    return Math.max(0, Number(millis));
  }
  const value = headers.get("retry-after")?.trim();
  if (value === undefined || value === "") {
    return undefined;
  }
  if (/^\d+(\.\d+)?$/.test(value)) {
    return Number(value) * 1000;
  }
  const when = Date.parse(value);
  if (Number.isNaN(when)) {
    return undefined;
  }
  return Math.max(0, when - now());
}

/** Wait what the server asked (capped at `MAX_RETRY_AFTER_MS`), else back off. */
export function retryDelay(retry: number, retryAfterMs: number | undefined, random: () => number): number {
  if (retryAfterMs !== undefined) {
    return Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
  }
  return backoffDelay(retry, random);
}

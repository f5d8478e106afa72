// Internal: every default of the transport in one place (timeouts, retries, headers).

/** Time allowed for one attempt (connect, send, read the whole body), in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Retries after the first attempt; a call makes at most `1 + maxRetries` attempts. */
export const DEFAULT_MAX_RETRIES = 2;

/** Backoff before retry `n` (0-based) is `random() * min(MAX, INITIAL * 2 ** n)`. */
export const INITIAL_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 8_000;

/**
 * A `Retry-After` (header, or `retryAfter` in the error body) is waited for,
 * but never longer than this.
 */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Statuses that are retried (when the request may be repeated safely). */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/** Methods that may be repeated without an `Idempotency-Key`. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set([
  "GET",
  "HEAD",
  "OPTIONS",
  "TRACE",
  "PUT",
  "DELETE",
]);

/** Methods that get an `Idempotency-Key` from the client when retries are on. */
export const AUTO_IDEMPOTENCY_METHODS: ReadonlySet<string> = new Set(["POST"]);

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const TENANT_HEADER = "X-Tenant-ID";

/** Headers whose values the debug hooks and the logger never see. */
export const REDACTED_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-signature",
  "x-api-key",
  "x-auth-token",
]);
export const REDACTED = "[REDACTED]";

/** A fetched OAuth2 token is replaced this long before its `expires_in` runs out. */
export const TOKEN_REFRESH_MARGIN_MS = 30_000;

/** Defaults of the helpers. */
export const DEFAULT_WAIT_TIMEOUT_MS = 600_000;
export const DEFAULT_WAIT_INTERVAL_MS = 2_000;
export const DEFAULT_TAIL_INTERVAL_MS = 2_000;

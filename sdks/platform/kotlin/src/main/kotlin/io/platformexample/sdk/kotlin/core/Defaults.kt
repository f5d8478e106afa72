package io.platformexample.sdk.kotlin.core

import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.minutes
import kotlin.time.Duration.Companion.seconds

/** Every default of the transport and the helpers, in one place. */
object Defaults {
    /** Time allowed for one attempt. */
    val TIMEOUT = 60.seconds

    /** Retries after the first attempt: a call makes at most `1 + MAX_RETRIES` attempts. */
    const val MAX_RETRIES = 2

    /** Backoff before retry `n` (0-based) is `jitter() * min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2^n)`. */
    val INITIAL_RETRY_DELAY = 500.milliseconds
    val MAX_RETRY_DELAY = 8.seconds

    /** A `Retry-After` (header, or `retryAfter` in the error body) is honoured up to this long. */
    val MAX_RETRY_AFTER = 60.seconds

    /** Statuses that are retried, when the request may be repeated safely. */
    val RETRYABLE_STATUSES = setOf(408, 429, 500, 502, 503, 504)

    /** Methods that may be repeated without an `Idempotency-Key`. */
    val IDEMPOTENT_METHODS = setOf("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE")

    /** Methods that get an `Idempotency-Key` from the client while retries are on. */
    val AUTO_IDEMPOTENCY_METHODS = setOf("POST")

    const val IDEMPOTENCY_HEADER = "Idempotency-Key"
    const val TENANT_HEADER = "X-Tenant-ID"

    /** Headers whose values debug hooks and logs never see. */
    val REDACTED_HEADERS =
        setOf(
            "authorization",
            "proxy-authorization",
            "cookie",
            "set-cookie",
            "x-signature",
            "x-api-key",
            "x-auth-token",
        )
    const val REDACTED = "[REDACTED]"

    /** Defaults of the helpers. */
    val WAIT_TIMEOUT = 10.minutes
    val WAIT_INTERVAL = 2.seconds
    val TAIL_INTERVAL = 2.seconds
}

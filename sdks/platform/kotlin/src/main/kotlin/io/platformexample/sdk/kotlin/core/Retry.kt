package io.platformexample.sdk.kotlin.core

import java.time.Clock
import java.time.ZonedDateTime
import java.time.format.DateTimeFormatter
import java.time.format.DateTimeParseException
import kotlin.math.pow
import kotlin.time.Duration
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

/** When to retry and how long to wait. */
internal object Retry {
    /** An idempotent method, or any method carrying an `Idempotency-Key`. */
    fun isRetryable(
        method: String,
        headers: Headers,
    ): Boolean = method.uppercase() in Defaults.IDEMPOTENT_METHODS || Defaults.IDEMPOTENCY_HEADER in headers

    fun shouldRetry(status: Int): Boolean = status in Defaults.RETRYABLE_STATUSES

    /** Exponential backoff with full jitter before retry number [retry] (0-based). */
    fun backoff(
        retry: Int,
        jitter: () -> Double,
    ): Duration {
        val ceiling = minOf(Defaults.MAX_RETRY_DELAY, Defaults.INITIAL_RETRY_DELAY * 2.0.pow(minOf(retry, 32)))
        return ceiling * jitter().coerceIn(0.0, 1.0)
    }

    /** Wait what the server asked (capped at [Defaults.MAX_RETRY_AFTER]), else back off. */
    fun delay(
        retry: Int,
        retryAfter: Double?,
        jitter: () -> Double,
    ): Duration = if (retryAfter != null) minOf(retryAfter.seconds, Defaults.MAX_RETRY_AFTER) else backoff(retry, jitter)

    /** Seconds from `Retry-After` (delta-seconds or an HTTP date) or `Retry-After-Ms`; null when absent or unreadable. */
    fun retryAfter(
        headers: Headers,
        clock: Clock,
    ): Double? {
        headers
            .first("retry-after-ms")
            ?.trim()
            ?.toDoubleOrNull()
            ?.let { return maxOf(0.0, it / 1000.0) }
        val value = headers.first("retry-after")?.trim() ?: return null
        value.toDoubleOrNull()?.let { return if (it.isFinite()) maxOf(0.0, it) else null }
        return try {
            val date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
            val millis = date.toInstant().toEpochMilli() - clock.millis()
            maxOf(0.0, millis.milliseconds.inWholeMilliseconds / 1000.0)
        } catch (_: DateTimeParseException) {
            null
        }
    }
}

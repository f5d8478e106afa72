package io.platformexample.sdk.internal;

import io.platformexample.sdk.core.Defaults;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Internal: when to retry and how long to wait. Shared by blocking and async calls. */
public final class Retries {
    private Retries() {}

    /**
     * Whether a status is retried (when the request may be repeated).
     *
     * @param status the HTTP status
     * @return true for 408, 429, 500, 502, 503 and 504
     */
    public static boolean isRetryableStatus(int status) {
        return Defaults.RETRYABLE_STATUSES.contains(status);
    }

    /**
     * Exponential backoff with full jitter before retry number {@code retry} (0-based): {@code
     * jitter * min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2^retry)}.
     *
     * @param retry the retry number, from 0
     * @param jitter a number in [0, 1)
     * @return the delay
     */
    public static Duration backoff(int retry, double jitter) {
        double ceiling = Math.min(
                Defaults.MAX_RETRY_DELAY.toNanos(),
                Defaults.INITIAL_RETRY_DELAY.toNanos() * Math.pow(2, Math.min(retry, 32)));
        double factor = Math.max(0.0, Math.min(1.0, jitter));
        return Duration.ofNanos((long) (factor * ceiling));
    }

    /**
     * The wait a response asks for: {@code Retry-After-Ms}, or {@code Retry-After} as seconds or
     * an HTTP date.
     *
     * @param headers the response headers
     * @param clock the wall clock, for HTTP dates
     * @return the wait, when the response asks for one
     */
    public static Optional<Duration> retryAfter(HttpHeaders headers, Clock clock) {
        Optional<String> millis = headers.firstValue("retry-after-ms");
        if (millis.isPresent()) {
            try {
                return Optional.of(Duration.ofNanos((long) (Math.max(0.0, Double.parseDouble(millis.get().trim())) * 1e6)));
            } catch (NumberFormatException e) {
                // fall through to Retry-After
            }
        }
        Optional<String> value = headers.firstValue("retry-after");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return parseRetryAfter(value.get(), clock);
    }

    /**
     * A {@code Retry-After} value: delta-seconds or an HTTP date.
     *
     * @param value the header value
     * @param clock the wall clock, for HTTP dates
     * @return the wait, or empty when the value cannot be read
     */
    public static Optional<Duration> parseRetryAfter(String value, Clock clock) {
        String text = value.trim();
        try {
            double seconds = Double.parseDouble(text);
            if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) (Math.max(0.0, seconds) * 1e9)));
        } catch (NumberFormatException e) {
            // an HTTP date, then
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), when.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The wait before a retry: what the server asked (capped at {@code MAX_RETRY_AFTER}), else the
     * backoff.
     *
     * @param retry the retry number, from 0
     * @param retryAfter what the server asked, or null
     * @param jitter a number in [0, 1)
     * @return the delay
     */
    public static Duration delay(int retry, Duration retryAfter, double jitter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(Defaults.MAX_RETRY_AFTER) > 0 ? Defaults.MAX_RETRY_AFTER : retryAfter;
        }
        return backoff(retry, jitter);
    }
}

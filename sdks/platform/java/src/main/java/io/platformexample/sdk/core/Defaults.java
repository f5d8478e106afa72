package io.platformexample.sdk.core;

import java.time.Duration;
import java.util.Set;

/** Public: every default of the transport and the helpers, in one place. */
public final class Defaults {
    /** The request timeout of each attempt (until the response headers arrive). */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The connect timeout of the HTTP client the SDK creates. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Retries after the first attempt; a call makes at most {@code 1 + MAX_RETRIES} attempts. */
    public static final int MAX_RETRIES = 2;

    /** Backoff before retry {@code n} (0-based) is {@code random(0, min(MAX, INITIAL * 2^n))}. */
    public static final Duration INITIAL_RETRY_DELAY = Duration.ofMillis(500);

    /** The ceiling of the backoff. */
    public static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(8);

    /** A {@code Retry-After} (header, or {@code retryAfter} in the body) is honoured up to this. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    /** Statuses that are retried (when the request may be repeated safely). */
    public static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    /** Methods that may be repeated without an {@code Idempotency-Key}. */
    public static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");

    /** Methods that get an {@code Idempotency-Key} from the client while retries are on. */
    public static final Set<String> AUTO_IDEMPOTENCY_METHODS = Set.of("POST");

    /** The idempotency header. */
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    /** The tenant header. */
    public static final String TENANT_HEADER = "X-Tenant-ID";

    /** Headers whose values debug hooks never see (lower case). */
    public static final Set<String> REDACTED_HEADERS = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "x-signature", "x-api-key", "x-auth-token");

    /** What a redacted header value reads. */
    public static final String REDACTED = "[REDACTED]";

    /** How long a waiter waits, at most. */
    public static final Duration WAIT_TIMEOUT = Duration.ofSeconds(600);

    /** How often a waiter polls. */
    public static final Duration WAIT_INTERVAL = Duration.ofSeconds(2);

    /** How often a tail polls when no more lines are waiting. */
    public static final Duration TAIL_INTERVAL = Duration.ofSeconds(2);

    private Defaults() {}
}

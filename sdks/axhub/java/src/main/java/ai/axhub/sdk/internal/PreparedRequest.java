package ai.axhub.sdk.internal;

import ai.axhub.sdk.core.Operation;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Internal: one call, ready to send; every attempt of it is built from this, unchanged.
 *
 * @param operation the operation
 * @param method the HTTP method
 * @param uri the full URI, query included
 * @param headers the headers (the Idempotency-Key, when any, is fixed here for every attempt)
 * @param body the body bytes, or null
 * @param timeout the request timeout of each attempt, or null for none
 * @param maxRetries retries after the first attempt
 * @param retryable whether the request may be repeated (idempotent method, or an Idempotency-Key)
 */
public record PreparedRequest(
        Operation<?> operation,
        String method,
        URI uri,
        List<Map.Entry<String, String>> headers,
        byte[] body,
        Duration timeout,
        int maxRetries,
        boolean retryable) {}

package sdkgen.runtime.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sdkgen.runtime.core.Operation;

/**
 * Internal: one call, ready to send; every attempt of it is built from this, unchanged.
 *
 * @param operation the operation
 * @param method the HTTP method
 * @param uri the full URI, query included
 * @param displayUri {@code uri} with secret query values (API keys) redacted: what logs, listeners
 *     and errors show
 * @param headers the headers (the Idempotency-Key, when any, is fixed here for every attempt)
 * @param secretHeaders lower-case names of headers listeners must not see, beyond the usual ones
 * @param tokenUrl the OAuth2 token URL whose token each attempt sends as {@code Authorization}, or
 *     null
 * @param body the body bytes, or null
 * @param timeout the request timeout of each attempt, or null for none
 * @param maxRetries retries after the first attempt
 * @param retryable whether the request may be repeated (idempotent method, or an Idempotency-Key)
 */
public record PreparedRequest(
        Operation<?> operation,
        String method,
        URI uri,
        URI displayUri,
        List<Map.Entry<String, String>> headers,
        Set<String> secretHeaders,
        String tokenUrl,
        byte[] body,
        Duration timeout,
        int maxRetries,
        boolean retryable) {}

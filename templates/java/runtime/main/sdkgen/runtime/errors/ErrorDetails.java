package sdkgen.runtime.errors;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;

/**
 * Everything known about an error response: what {@link ApiStatusException} carries.
 *
 * @param status the HTTP status
 * @param code the error body's {@code code}, or null
 * @param message the error body's {@code message} (or the body text), or null
 * @param retryAfter how long the server asked to wait ({@code Retry-After}, or the body's
 *     {@code retryAfter}), or null
 * @param body the decoded JSON body (maps, lists, strings, numbers), the text when it is not JSON,
 *     or null when empty
 * @param headers the response headers
 * @param operationId the operation that was called
 * @param method the HTTP method
 * @param url the URL of the request
 */
public record ErrorDetails(
        int status,
        String code,
        String message,
        Duration retryAfter,
        Object body,
        HttpHeaders headers,
        String operationId,
        String method,
        URI url) {}

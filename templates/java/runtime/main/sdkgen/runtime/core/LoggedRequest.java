package sdkgen.runtime.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Public: one attempt as a {@link HttpListener} sees it; secret headers read {@code [REDACTED]}.
 *
 * @param operationId the operation
 * @param attempt 1 for the first attempt, 2 for the first retry, ...
 * @param method the HTTP method
 * @param uri the full URI
 * @param headers the headers, secrets redacted
 * @param body the body bytes (empty when there is none)
 */
public record LoggedRequest(
        String operationId, int attempt, String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    /**
     * The body as UTF-8 text.
     *
     * @return the text
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}

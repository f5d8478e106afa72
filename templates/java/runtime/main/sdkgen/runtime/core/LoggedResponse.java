package sdkgen.runtime.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Public: one response as a {@link HttpListener} sees it; secret headers read {@code
 * [REDACTED]}.
 *
 * @param operationId the operation
 * @param attempt the attempt it answers (1 for the first)
 * @param method the HTTP method of the request
 * @param uri the URI of the request
 * @param status the HTTP status
 * @param headers the headers, secrets redacted
 * @param body the body bytes
 */
public record LoggedResponse(
        String operationId,
        int attempt,
        String method,
        URI uri,
        int status,
        Map<String, List<String>> headers,
        byte[] body) {
    /**
     * The body as UTF-8 text.
     *
     * @return the text
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}

package io.platformexample.sdk.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Public: one attempt as a {@link HttpListener} sees it; secret headers read {@code [REDACTED]}.
 */
public final class LoggedRequest {
    private final String operationId;
    private final int attempt;
    private final String method;
    private final URI uri;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    /**
     * Creates one.
     *
     * @param operationId the operation
     * @param attempt 1 for the first attempt, 2 for the first retry, ...
     * @param method the HTTP method
     * @param uri the full URI
     * @param headers the headers, secrets redacted
     * @param body the body bytes (empty when there is none)
     */
    public LoggedRequest(String operationId, int attempt, String method, URI uri, Map<String, List<String>> headers, byte[] body) {
        this.operationId = operationId;
        this.attempt = attempt;
        this.method = method;
        this.uri = uri;
        this.headers = headers;
        this.body = body;
    }

    /**
     * The body as UTF-8 text.
     *
     * @return the text
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Returns the operation.
     *
     * @return the operation
     */
    public String operationId() {
        return operationId;
    }

    /**
     * Returns the attempt number: 1 for the first attempt, 2 for the first retry, and so on.
     *
     * @return 1 for the first attempt, 2 for the first retry, ...
     */
    public int attempt() {
        return attempt;
    }

    /**
     * Returns the HTTP method.
     *
     * @return the HTTP method
     */
    public String method() {
        return method;
    }

    /**
     * Returns the full URI.
     *
     * @return the full URI
     */
    public URI uri() {
        return uri;
    }

    /**
     * Returns the headers, secrets redacted.
     *
     * @return the headers, secrets redacted
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns the body bytes (empty when there is none).
     *
     * @return the body bytes (empty when there is none)
     */
    public byte[] body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LoggedRequest)) {
            return false;
        }
        LoggedRequest that = (LoggedRequest) other;
        return Objects.equals(operationId, that.operationId)
                && Objects.equals(attempt, that.attempt)
                && Objects.equals(method, that.method)
                && Objects.equals(uri, that.uri)
                && Objects.equals(headers, that.headers)
                && Objects.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operationId, attempt, method, uri, headers, body);
    }

    @Override
    public String toString() {
        return "LoggedRequest[operationId=" + operationId + ", attempt=" + attempt + ", method=" + method + ", uri=" + uri + ", headers=" + headers + ", body=" + body + "]";
    }
}

package io.platformexample.sdk.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Public: one response as a {@link HttpListener} sees it; secret headers read {@code
 * [REDACTED]}.
 */
public final class LoggedResponse {
    private final String operationId;
    private final int attempt;
    private final String method;
    private final URI uri;
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    /**
     * Creates one.
     *
     * @param operationId the operation
     * @param attempt the attempt it answers (1 for the first)
     * @param method the HTTP method of the request
     * @param uri the URI of the request
     * @param status the HTTP status
     * @param headers the headers, secrets redacted
     * @param body the body bytes
     */
    public LoggedResponse(String operationId, int attempt, String method, URI uri, int status, Map<String, List<String>> headers, byte[] body) {
        this.operationId = operationId;
        this.attempt = attempt;
        this.method = method;
        this.uri = uri;
        this.status = status;
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
     * Returns the attempt it answers (1 for the first).
     *
     * @return the attempt it answers (1 for the first)
     */
    public int attempt() {
        return attempt;
    }

    /**
     * Returns the HTTP method of the request.
     *
     * @return the HTTP method of the request
     */
    public String method() {
        return method;
    }

    /**
     * Returns the URI of the request.
     *
     * @return the URI of the request
     */
    public URI uri() {
        return uri;
    }

    /**
     * Returns the HTTP status.
     *
     * @return the HTTP status
     */
    public int status() {
        return status;
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
     * Returns the body bytes.
     *
     * @return the body bytes
     */
    public byte[] body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LoggedResponse)) {
            return false;
        }
        LoggedResponse that = (LoggedResponse) other;
        return Objects.equals(operationId, that.operationId)
                && Objects.equals(attempt, that.attempt)
                && Objects.equals(method, that.method)
                && Objects.equals(uri, that.uri)
                && Objects.equals(status, that.status)
                && Objects.equals(headers, that.headers)
                && Objects.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operationId, attempt, method, uri, status, headers, body);
    }

    @Override
    public String toString() {
        return "LoggedResponse[operationId=" + operationId + ", attempt=" + attempt + ", method=" + method + ", uri=" + uri + ", status=" + status + ", headers=" + headers + ", body=" + body + "]";
    }
}

package io.platformexample.sdk.errors;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything known about an error response: what {@link ApiStatusException} carries.
 */
public final class ErrorDetails {
    private final int status;
    private final String code;
    private final String message;
    private final Duration retryAfter;
    private final Object body;
    private final HttpHeaders headers;
    private final String operationId;
    private final String method;
    private final URI url;
    private final Object declaredBody;

    /**
     * Creates one.
     *
     * @param status the HTTP status
     * @param code the error body's {@code code}, or null
     * @param message the error body's {@code message} (or the body text), or null
     * @param retryAfter how long the server asked to wait ({@code Retry-After}, or the body's {@code retryAfter}), or null
     * @param body the decoded JSON body (maps, lists, strings, numbers), the text when it is not JSON, or null when empty
     * @param headers the response headers
     * @param operationId the operation that was called
     * @param method the HTTP method
     * @param url the URL of the request
     */
    public ErrorDetails(int status, String code, String message, Duration retryAfter, Object body, HttpHeaders headers, String operationId, String method, URI url) {
        this(status, code, message, retryAfter, body, headers, operationId, method, url, null);
    }

    /**
     * Creates one with the body decoded to the schema the operation declares for the status.
     *
     * @param status the HTTP status
     * @param code the error code of the body, or null
     * @param message the error message of the body, or null
     * @param retryAfter the server's requested wait, or null
     * @param body the decoded body (JSON values, text, or null)
     * @param headers the response headers
     * @param operationId the operation that was called
     * @param method the HTTP method
     * @param url the URL of the request
     * @param declaredBody the body as the declared error model, or null when none is declared or it does not decode
     */
    public ErrorDetails(
            int status, String code, String message, Duration retryAfter, Object body, HttpHeaders headers, String operationId,
            String method, URI url, Object declaredBody) {
        this.status = status;
        this.code = code;
        this.message = message;
        this.retryAfter = retryAfter;
        this.body = body;
        this.headers = headers;
        this.operationId = operationId;
        this.method = method;
        this.url = url;
        this.declaredBody = declaredBody;
    }

    /**
     * The body decoded to the error model the operation declares for this status (or for {@code
     * default}).
     *
     * @return the model, or null when none is declared or the body does not decode to it
     */
    public Object declaredBody() {
        return declaredBody;
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
     * Returns the error body's {@code code}, or null.
     *
     * @return the error body's {@code code}, or null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the error body's {@code message} (or the body text), or null.
     *
     * @return the error body's {@code message} (or the body text), or null
     */
    public String message() {
        return message;
    }

    /**
     * Returns how long the server asked to wait ({@code Retry-After}, or the body's {@code retryAfter}), or null.
     *
     * @return how long the server asked to wait ({@code Retry-After}, or the body's {@code retryAfter}), or null
     */
    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * Returns the decoded JSON body (maps, lists, strings, numbers), the text when it is not JSON, or null when empty.
     *
     * @return the decoded JSON body (maps, lists, strings, numbers), the text when it is not JSON, or null when empty
     */
    public Object body() {
        return body;
    }

    /**
     * Returns the response headers.
     *
     * @return the response headers
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * Returns the operation that was called.
     *
     * @return the operation that was called
     */
    public String operationId() {
        return operationId;
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
     * Returns the URL of the request.
     *
     * @return the URL of the request
     */
    public URI url() {
        return url;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ErrorDetails)) {
            return false;
        }
        ErrorDetails that = (ErrorDetails) other;
        return Objects.equals(status, that.status)
                && Objects.equals(code, that.code)
                && Objects.equals(message, that.message)
                && Objects.equals(retryAfter, that.retryAfter)
                && Objects.equals(body, that.body)
                && Objects.equals(headers, that.headers)
                && Objects.equals(operationId, that.operationId)
                && Objects.equals(method, that.method)
                && Objects.equals(url, that.url)
                && Objects.equals(declaredBody, that.declaredBody);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, code, message, retryAfter, body, headers, operationId, method, url, declaredBody);
    }

    @Override
    public String toString() {
        return "ErrorDetails[status=" + status + ", code=" + code + ", message=" + message + ", retryAfter=" + retryAfter + ", body=" + body + ", headers=" + headers + ", operationId=" + operationId + ", method=" + method + ", url=" + url + ", declaredBody=" + declaredBody + "]";
    }
}

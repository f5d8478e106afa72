package io.platformexample.sdk.errors;

import java.net.URI;

/** The request timed out (connect or response). Retried before it is thrown. */
public class ApiTimeoutException extends ApiConnectionException {
    private static final long serialVersionUID = 1L;

    /**
     * A timeout of one call.
     *
     * @param message what timed out
     * @param operationId the operation that was called
     * @param method the HTTP method
     * @param url the URL of the request
     * @param cause the underlying timeout
     */
    public ApiTimeoutException(String message, String operationId, String method, URI url, Throwable cause) {
        super(message, operationId, method, url, cause);
    }
}

package io.platformexample.sdk.errors;

import java.net.URI;

/** No response arrived: the connection failed or broke. Retried before it is thrown. */
public class ApiConnectionException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final String operationId;
    private final String method;
    private final URI url;

    /**
     * A transport failure of one call.
     *
     * @param message what failed
     * @param operationId the operation that was called
     * @param method the HTTP method
     * @param url the URL of the request
     * @param cause the underlying I/O failure
     */
    public ApiConnectionException(String message, String operationId, String method, URI url, Throwable cause) {
        super(describe(operationId, method, url, message), cause);
        this.operationId = operationId;
        this.method = method;
        this.url = url;
    }

    private static String describe(String operationId, String method, URI url, String message) {
        StringBuilder text = new StringBuilder();
        if (operationId != null) {
            text.append(operationId).append(": ");
        }
        if (method != null) {
            text.append(method).append(' ');
        }
        if (url != null) {
            text.append(ApiStatusException.pathOf(url)).append(": ");
        } else if (method != null) {
            text.setLength(text.length() - 1);
            text.append(": ");
        }
        return text.append(message).toString();
    }

    /**
     * The operationId of the call that failed.
     *
     * @return the operationId, or null
     */
    public String operationId() {
        return operationId;
    }

    /**
     * The HTTP method of the call that failed.
     *
     * @return the method, or null
     */
    public String method() {
        return method;
    }

    /**
     * The URL of the call that failed.
     *
     * @return the URL, or null
     */
    public URI url() {
        return url;
    }
}

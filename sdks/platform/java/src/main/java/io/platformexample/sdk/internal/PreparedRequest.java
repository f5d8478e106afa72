package io.platformexample.sdk.internal;

import io.platformexample.sdk.core.Operation;
import io.platformexample.sdk.core.Signature;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Internal: one call, ready to send; every attempt of it is built from this, unchanged.
 */
public final class PreparedRequest {
    private final Operation<?> operation;
    private final String method;
    private final URI uri;
    private final URI displayUri;
    private final List<Map.Entry<String, String>> headers;
    private final Set<String> secretHeaders;
    private final String tokenUrl;
    private final byte[] body;
    private final Duration timeout;
    private final int maxRetries;
    private final boolean retryable;
    private final Signature signature;

    /**
     * Creates one.
     *
     * @param operation the operation
     * @param method the HTTP method
     * @param uri the full URI, query included
     * @param displayUri {@code uri} with secret query values (API keys) redacted: what logs, listeners and errors show
     * @param headers the headers (the Idempotency-Key, when any, is fixed here for every attempt)
     * @param secretHeaders lower-case names of headers listeners must not see, beyond the usual ones
     * @param tokenUrl the OAuth2 token URL whose token each attempt sends as {@code Authorization}, or null
     * @param body the body bytes, or null
     * @param timeout the request timeout of each attempt, or null for none
     * @param maxRetries retries after the first attempt
     * @param retryable whether the request may be repeated (idempotent method, or an Idempotency-Key)
     * @param signature the signature each attempt carries, made with the client's signing key, or null
     */
    public PreparedRequest(Operation<?> operation, String method, URI uri, URI displayUri, List<Map.Entry<String, String>> headers, Set<String> secretHeaders, String tokenUrl, byte[] body, Duration timeout, int maxRetries, boolean retryable, Signature signature) {
        this.operation = operation;
        this.method = method;
        this.uri = uri;
        this.displayUri = displayUri;
        this.headers = headers;
        this.secretHeaders = secretHeaders;
        this.tokenUrl = tokenUrl;
        this.body = body;
        this.timeout = timeout;
        this.maxRetries = maxRetries;
        this.retryable = retryable;
        this.signature = signature;
    }

    /**
     * Returns the signature each attempt carries, made with the client's signing key, or null.
     *
     * @return the signature, or null
     */
    public Signature signature() {
        return signature;
    }

    /**
     * Returns the operation.
     *
     * @return the operation
     */
    public Operation<?> operation() {
        return operation;
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
     * Returns the full URI, query included.
     *
     * @return the full URI, query included
     */
    public URI uri() {
        return uri;
    }

    /**
     * Returns {@code uri} with secret query values (API keys) redacted: what logs, listeners and errors show.
     *
     * @return {@code uri} with secret query values (API keys) redacted: what logs, listeners and errors show
     */
    public URI displayUri() {
        return displayUri;
    }

    /**
     * Returns the headers (the Idempotency-Key, when any, is fixed here for every attempt).
     *
     * @return the headers (the Idempotency-Key, when any, is fixed here for every attempt)
     */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /**
     * Returns lower-case names of headers listeners must not see, beyond the usual ones.
     *
     * @return lower-case names of headers listeners must not see, beyond the usual ones
     */
    public Set<String> secretHeaders() {
        return secretHeaders;
    }

    /**
     * Returns the OAuth2 token URL whose token each attempt sends as {@code Authorization}, or null.
     *
     * @return the OAuth2 token URL whose token each attempt sends as {@code Authorization}, or null
     */
    public String tokenUrl() {
        return tokenUrl;
    }

    /**
     * Returns the body bytes, or null.
     *
     * @return the body bytes, or null
     */
    public byte[] body() {
        return body;
    }

    /**
     * Returns the request timeout of each attempt, or null for none.
     *
     * @return the request timeout of each attempt, or null for none
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Returns retries after the first attempt.
     *
     * @return retries after the first attempt
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * Returns whether the request may be repeated (idempotent method, or an Idempotency-Key).
     *
     * @return whether the request may be repeated (idempotent method, or an Idempotency-Key)
     */
    public boolean retryable() {
        return retryable;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PreparedRequest)) {
            return false;
        }
        PreparedRequest that = (PreparedRequest) other;
        return Objects.equals(operation, that.operation)
                && Objects.equals(method, that.method)
                && Objects.equals(uri, that.uri)
                && Objects.equals(displayUri, that.displayUri)
                && Objects.equals(headers, that.headers)
                && Objects.equals(secretHeaders, that.secretHeaders)
                && Objects.equals(tokenUrl, that.tokenUrl)
                && Objects.equals(body, that.body)
                && Objects.equals(timeout, that.timeout)
                && Objects.equals(maxRetries, that.maxRetries)
                && Objects.equals(retryable, that.retryable)
                && Objects.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, method, uri, displayUri, headers, secretHeaders, tokenUrl, body, timeout, maxRetries, retryable, signature);
    }

    @Override
    public String toString() {
        return "PreparedRequest[operation=" + operation + ", method=" + method + ", uri=" + uri + ", displayUri=" + displayUri + ", headers=" + headers + ", secretHeaders=" + secretHeaders + ", tokenUrl=" + tokenUrl + ", body=" + body + ", timeout=" + timeout + ", maxRetries=" + maxRetries + ", retryable=" + retryable + ", signature=" + signature + "]";
    }
}

package io.platformexample.sdk.core;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * Public: a successful response of one method as it came (status, headers, request ID, body),
 * with {@link #parse()} giving the typed result the plain method returns. What a resource's
 * {@code withRawResponse()} methods return; an error status throws the usual {@code
 * ApiStatusException} (which carries its own status, headers and body) instead.
 *
 * @param <T> the typed result
 */
public final class HttpResponseFor<T> {
    private final RawResponse raw;

    /**
     * Wraps a response.
     *
     * @param raw the response
     */
    public HttpResponseFor(RawResponse raw) {
        this.raw = Objects.requireNonNull(raw, "raw");
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int statusCode() {
        return raw.status();
    }

    /**
     * The response headers.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return raw.headers();
    }

    /**
     * The server's ID of the request, from the {@code X-Request-Id} header: quote it when you
     * report a problem.
     *
     * @return the ID, or empty when the server sent none
     */
    public Optional<String> requestId() {
        return raw.headers().firstValue("x-request-id");
    }

    /**
     * The URI of the request, secret query values redacted.
     *
     * @return the URI
     */
    public URI uri() {
        return raw.uri();
    }

    /**
     * The body bytes, as received.
     *
     * @return the body (empty when there is none)
     */
    public byte[] body() {
        return raw.body();
    }

    /**
     * The untyped response (text, JSON tree).
     *
     * @return the raw response
     */
    public RawResponse raw() {
        return raw;
    }

    /**
     * The typed result, decoded from the body as the plain method does.
     *
     * @return the result
     * @throws io.platformexample.sdk.errors.ResponseDecodeException when the body does not decode
     */
    @SuppressWarnings("unchecked")
    public T parse() {
        return (T) raw.parsed();
    }

    @Override
    public String toString() {
        return "HttpResponseFor[" + raw.operation().operationId() + " " + raw.status() + "]";
    }
}

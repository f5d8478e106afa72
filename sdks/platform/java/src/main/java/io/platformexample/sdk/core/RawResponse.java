package io.platformexample.sdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.platformexample.sdk.internal.Responses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Public: the response of one call as it came: status, headers and body, whatever the status.
 * {@link #parsed()} gives what the typed call would have returned (or throws its error).
 */
public final class RawResponse {
    private final Operation<?> operation;
    private final String method;
    private final URI uri;
    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;
    private final Clock clock;

    /**
     * A response.
     *
     * @param operation the operation called
     * @param method the HTTP method of the request
     * @param uri the URI of the request
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body bytes
     * @param clock the wall clock, for {@code Retry-After} dates
     */
    public RawResponse(
            Operation<?> operation, String method, URI uri, int status, HttpHeaders headers, byte[] body, Clock clock) {
        this.operation = operation;
        this.method = method;
        this.uri = uri;
        this.status = status;
        this.headers = headers;
        this.body = body == null ? new byte[0] : body;
        this.clock = clock;
    }

    /**
     * The operation called.
     *
     * @return the operation
     */
    public Operation<?> operation() {
        return operation;
    }

    /**
     * The URI of the request.
     *
     * @return the URI
     */
    public URI uri() {
        return uri;
    }

    /**
     * The HTTP status.
     *
     * @return the status code
     */
    public int status() {
        return status;
    }

    /**
     * The response headers.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * The body bytes.
     *
     * @return a copy of the body
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body as UTF-8 text.
     *
     * @return the text
     */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body as a JSON tree.
     *
     * @return the tree; a missing node when the body is empty
     * @throws UncheckedIOException when the body is not JSON
     */
    public JsonNode json() {
        if (text().isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the body is not JSON", e);
        }
    }

    /**
     * What the typed call returns for this response: the decoded body, {@link EmptyResult} or
     * {@link RedirectResult}.
     *
     * @return the result
     * @throws io.platformexample.sdk.errors.ApiStatusException for an error status
     */
    public Object parsed() {
        return Responses.parse(operation, method, uri, status, headers, body, clock);
    }

    @Override
    public String toString() {
        return "RawResponse[" + operation.operationId() + " " + status + "]";
    }
}

package io.platformexample.sdk.core;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Public: one attempt of a request, as a {@link RequestSigner} sees it: method, URI, headers and
 * body bytes, with {@link #setHeader} to add the signature headers.
 */
public final class SigningRequest {
    private final String method;
    private final URI uri;
    private final byte[] body;
    private final Map<String, List<String>> headers;

    /**
     * A request to sign.
     *
     * @param method the HTTP method
     * @param uri the full URI, query included
     * @param headers the headers so far
     * @param body the body bytes (empty when there is none)
     */
    public SigningRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
        this.method = method;
        this.uri = uri;
        this.body = body.clone();
        this.headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> this.headers.put(name, new ArrayList<>(values)));
    }

    /**
     * The HTTP method.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * The full URI, query included.
     *
     * @return the URI
     */
    public URI uri() {
        return uri;
    }

    /**
     * The body bytes.
     *
     * @return a copy of the body (empty when there is none)
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * The headers (case-insensitive names), including those set by the signer.
     *
     * @return an unmodifiable view
     */
    public Map<String, List<String>> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /**
     * The first value of a header.
     *
     * @param name the header name
     * @return the value, or null
     */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * Sets a header, replacing any value it had.
     *
     * @param name the header name
     * @param value the value
     */
    public void setHeader(String name, String value) {
        headers.put(name, new ArrayList<>(List.of(value)));
    }
}

package io.platformexample.sdk.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * Internal: a response read whole, seen as one whose body is a stream; what a transport that
 * cannot stream gives the event-stream calls.
 */
public final class BufferedResponse implements HttpResponse<InputStream> {
    private final HttpResponse<byte[]> whole;

    /**
     * Wraps a response read whole.
     *
     * @param whole the response
     */
    public BufferedResponse(HttpResponse<byte[]> whole) {
        this.whole = whole;
    }

    @Override
    public int statusCode() {
        return whole.statusCode();
    }

    @Override
    public HttpRequest request() {
        return whole.request();
    }

    @Override
    public Optional<HttpResponse<InputStream>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
        return whole.headers();
    }

    @Override
    public InputStream body() {
        return new ByteArrayInputStream(whole.body() == null ? new byte[0] : whole.body());
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return whole.sslSession();
    }

    @Override
    public URI uri() {
        return whole.uri();
    }

    @Override
    public HttpClient.Version version() {
        return whole.version();
    }
}

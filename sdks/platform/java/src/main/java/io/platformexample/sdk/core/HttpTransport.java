package io.platformexample.sdk.core;

import io.platformexample.sdk.internal.BufferedResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Public: what sends requests. The default wraps a {@link HttpClient}; pass your own {@code
 * HttpClient} (proxy, TLS, executor) with {@link #of(HttpClient)}, or implement this interface to
 * send requests any other way. Redirects must not be followed.
 */
public interface HttpTransport extends AutoCloseable {
    /**
     * Sends one request and waits for the whole response.
     *
     * @param request the request
     * @return the response
     * @throws IOException when no response arrives
     * @throws InterruptedException when the thread is interrupted
     */
    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException;

    /**
     * Sends one request without blocking.
     *
     * @param request the request
     * @return the response; completes exceptionally with an {@link IOException} when none arrives
     */
    CompletableFuture<HttpResponse<byte[]>> sendAsync(HttpRequest request);

    /**
     * Sends one request and returns once the response headers have arrived, the body to be read
     * as it comes (server-sent events). The default reads the whole body with {@link
     * #send(HttpRequest)} first; a transport that can stream should override it.
     *
     * @param request the request
     * @return the response, its body unread
     * @throws IOException when no response arrives
     * @throws InterruptedException when the thread is interrupted
     */
    default HttpResponse<InputStream> sendStreaming(HttpRequest request) throws IOException, InterruptedException {
        return new BufferedResponse(send(request));
    }

    /**
     * {@link #sendStreaming(HttpRequest)} without blocking.
     *
     * @param request the request
     * @return the response, its body unread; completes exceptionally with an {@link IOException}
     *     when none arrives
     */
    default CompletableFuture<HttpResponse<InputStream>> sendStreamingAsync(HttpRequest request) {
        return sendAsync(request).thenApply(BufferedResponse::new);
    }

    /** Releases what the transport holds; the default holds nothing. */
    @Override
    default void close() {}

    /**
     * A transport over a {@link HttpClient}. The client should not follow redirects: the SDK
     * returns them to the caller.
     *
     * @param client the client
     * @return the transport
     */
    static HttpTransport of(HttpClient client) {
        return new HttpTransport() {
            @Override
            public HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
                return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }

            @Override
            public CompletableFuture<HttpResponse<byte[]>> sendAsync(HttpRequest request) {
                return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
            }

            @Override
            public HttpResponse<InputStream> sendStreaming(HttpRequest request) throws IOException, InterruptedException {
                return client.send(request, streaming());
            }

            @Override
            public CompletableFuture<HttpResponse<InputStream>> sendStreamingAsync(HttpRequest request) {
                return client.sendAsync(request, streaming());
            }

            /** A 2xx body as it arrives; any other read whole first, since it is an error to decode. */
            private HttpResponse.BodyHandler<InputStream> streaming() {
                return info -> info.statusCode() >= 200 && info.statusCode() < 300
                        ? HttpResponse.BodySubscribers.ofInputStream()
                        : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), ByteArrayInputStream::new);
            }

            @Override
            public void close() {
                if (client instanceof AutoCloseable) { // HttpClient is closeable from Java 21 on
                    try {
                        ((AutoCloseable) client).close();
                    } catch (Exception e) {
                        // closing is best effort
                    }
                }
            }
        };
    }
}

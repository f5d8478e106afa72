package sdkgen.runtime.core;

import java.io.IOException;
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
            public void close() {
                if (client instanceof AutoCloseable closeable) { // HttpClient is closeable from Java 21 on
                    try {
                        closeable.close();
                    } catch (Exception e) {
                        // closing is best effort
                    }
                }
            }
        };
    }
}

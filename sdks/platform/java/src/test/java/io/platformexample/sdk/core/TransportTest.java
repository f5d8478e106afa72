package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.ApiTimeoutException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransportTest {
    private TestServer server;
    private RecordingSleeper sleeper;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        sleeper = new RecordingSleeper();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theClientTimeoutEndsASlowAttempt() {
        server.handler(r -> Reply.json(200, "{}").delayed(2000));
        ApiClient client = Fakes.client(server, sleeper).timeout(Duration.ofMillis(200)).maxRetries(0).build();
        long started = System.nanoTime();
        ApiTimeoutException error = assertThrows(
                ApiTimeoutException.class, () -> client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMillis(1800)) < 0);
        assertTrue(error.getMessage().startsWith("getItem: GET /items/a: request timed out"), error.getMessage());
    }

    @Test
    void aPerCallTimeoutOverridesTheClients() {
        server.handler(r -> Reply.json(200, "{}").delayed(600));
        ApiClient client = Fakes.client(server, sleeper).timeout(Duration.ofMillis(100)).maxRetries(0).build();
        RequestOptions patient = RequestOptions.builder().timeout(Duration.ofSeconds(10)).build();
        assertEquals(Map.of(), client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, patient));
        RequestOptions hasty = RequestOptions.builder().timeout(Duration.ofMillis(100)).build();
        ApiClient lenient = Fakes.client(server, sleeper).maxRetries(0).build();
        assertThrows(ApiTimeoutException.class, () -> lenient.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, hasty));
    }

    @Test
    void timeoutsAreRetried() {
        server.enqueue(Reply.json(200, "{}").delayed(1500), Reply.json(200, "{\"ok\":true}"));
        ApiClient client = Fakes.client(server, sleeper).timeout(Duration.ofMillis(300)).build();
        assertEquals(Map.of("ok", true), client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null));
        assertEquals(1, sleeper.sleeps().size());
    }

    @Test
    void defaults() {
        ClientOptions options = Fakes.client(server, sleeper).build().options();
        assertEquals(Defaults.TIMEOUT, options.timeout());
        assertEquals(Duration.ofSeconds(60), Defaults.TIMEOUT);
        assertEquals(Defaults.CONNECT_TIMEOUT, options.connectTimeout());
        assertEquals(2, options.maxRetries());
        assertTrue(options.ownsTransport());
    }

    @Test
    void aConfiguredHttpClientIsUsed() {
        server.enqueue(Reply.json(200, "{\"via\":\"custom\"}"));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        ApiClient client = Fakes.client(server, sleeper).httpClient(http).build();
        assertEquals(Map.of("via", "custom"), client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null));
        assertTrue(!client.options().ownsTransport());
    }

    @Test
    void theTransportCanBeReplaced() {
        List<HttpRequest> sent = new ArrayList<>();
        HttpTransport canned = new HttpTransport() {
            @Override
            public HttpResponse<byte[]> send(HttpRequest request) {
                sent.add(request);
                return new Canned(request, 200, "{\"canned\":1}");
            }

            @Override
            public CompletableFuture<HttpResponse<byte[]>> sendAsync(HttpRequest request) {
                return CompletableFuture.completedFuture(send(request));
            }
        };
        ApiClient client = ClientBuilder.create(c -> c, Fakes.OPERATIONS).baseUrl("https://api.example.test").transport(canned).build();
        assertEquals(Map.of("canned", 1), client.call(Fakes.GET_ITEM, Map.of("id", "x"), null, null, null));
        assertEquals(Map.of("canned", 1), client.callAsync(Fakes.GET_ITEM, Map.of("id", "y"), null, null, null).join());
        assertEquals(URI.create("https://api.example.test/items/x"), sent.get(0).uri());
        assertSame(canned, client.options().transport());
    }

    /** A response made up in memory. */
    private static final class Canned implements HttpResponse<byte[]> {
        private final HttpRequest request;
        private final int statusCode;
        private final String text;

        private Canned(HttpRequest request, int statusCode, String text) {
            this.request = request;
            this.statusCode = statusCode;
            this.text = text;
        }

        @Override
        public Optional<HttpResponse<byte[]>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.of("content-type", List.of("application/json")), (k, v) -> true);
        }

        @Override
        public byte[] body() {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }

        public HttpRequest request() {
            return request;
        }

        public int statusCode() {
            return statusCode;
        }

        public String text() {
            return text;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Canned)) {
                return false;
            }
            Canned that = (Canned) other;
            return Objects.equals(request, that.request)
                    && Objects.equals(statusCode, that.statusCode)
                    && Objects.equals(text, that.text);
        }

        @Override
        public int hashCode() {
            return Objects.hash(request, statusCode, text);
        }

        @Override
        public String toString() {
            return "Canned[request=" + request + ", statusCode=" + statusCode + ", text=" + text + "]";
        }
    }
}

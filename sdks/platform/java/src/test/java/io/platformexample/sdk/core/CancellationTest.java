package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling an async call's future reaches what the call is doing: the exchange in flight, the
 * pause before a retry, a waiter's poll and its pause; and nothing starts after it. The transport
 * and the sleeper are scripted, so every step is completed by the test itself.
 */
class CancellationTest {
    private final List<CompletableFuture<HttpResponse<byte[]>>> exchanges = Collections.synchronizedList(new ArrayList<>());
    private final List<CompletableFuture<Void>> pauses = Collections.synchronizedList(new ArrayList<>());
    private boolean ignoreCancel;
    private ApiClient client;

    @BeforeEach
    void build() {
        HttpTransport transport = new HttpTransport() {
            @Override
            public HttpResponse<byte[]> send(HttpRequest request) {
                throw new UnsupportedOperationException("the cancellation tests only send async");
            }

            @Override
            public CompletableFuture<HttpResponse<byte[]>> sendAsync(HttpRequest request) {
                CompletableFuture<HttpResponse<byte[]>> exchange = ignoreCancel ? new Stubborn<>() : new CompletableFuture<>();
                exchanges.add(exchange);
                return exchange;
            }
        };
        Sleeper sleeper = duration -> {
            CompletableFuture<Void> pause = new CompletableFuture<>();
            pauses.add(pause);
            return pause;
        };
        client = ClientBuilder.create(c -> c, Fakes.OPERATIONS)
                .baseUrl("https://api.example.test")
                .transport(transport)
                .sleeper(sleeper)
                .jitter(() -> 0.5)
                .build();
    }

    @Test
    void cancellingCancelsTheExchangeInFlight() {
        CompletableFuture<Map<String, Object>> call = client.callAsync(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        assertEquals(1, exchanges.size());
        assertTrue(call.cancel(true));
        assertTrue(exchanges.get(0).isCancelled());
        assertEquals(1, exchanges.size());
        assertEquals(0, pauses.size());
        assertThrows(CancellationException.class, call::join);
    }

    @Test
    void cancellingDuringTheRetryPauseEndsThePauseAndStartsNoAttempt() {
        CompletableFuture<Map<String, Object>> call = client.callAsync(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        exchanges.get(0).complete(response(503, "{}"));
        assertEquals(1, pauses.size());
        call.cancel(true);
        assertTrue(pauses.get(0).isCancelled());
        assertEquals(1, exchanges.size());
        assertEquals(1, pauses.size());
    }

    @Test
    void aResponseArrivingAfterTheCancelIsNotRetried() {
        ignoreCancel = true; // a transport that cannot abort an exchange
        CompletableFuture<Map<String, Object>> call = client.callAsync(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        call.cancel(false);
        assertFalse(exchanges.get(0).isCancelled());
        exchanges.get(0).complete(response(503, "{}"));
        assertEquals(1, exchanges.size());
        assertEquals(0, pauses.size());
        assertTrue(call.isCancelled());
    }

    @Test
    void withoutACancelTheSameScriptRetriesToTheEnd() {
        CompletableFuture<Map<String, Object>> call = client.callAsync(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        for (int attempt = 0; attempt < 2; attempt++) {
            exchanges.get(attempt).complete(response(503, "{}"));
            pauses.get(attempt).complete(null);
        }
        exchanges.get(2).complete(response(200, "{\"id\":\"a\"}"));
        assertEquals(Map.of("id", "a"), call.join());
        assertEquals(3, exchanges.size());
        assertEquals(2, pauses.size());
    }

    @Test
    void cancellingAWaiterStopsItsPollsAndPauses() {
        CompletableFuture<Map<String, Object>> waiting = client.waitForAsync(Fakes.GET_JOB, Map.of("id", "j"), null, null, null);
        exchanges.get(0).complete(response(200, "{\"status\":\"running\"}"));
        assertEquals(1, pauses.size());
        pauses.get(0).complete(null);
        assertEquals(2, exchanges.size()); // the second poll is in flight
        waiting.cancel(true);
        assertTrue(exchanges.get(1).isCancelled());
        assertEquals(2, exchanges.size());
        assertEquals(1, pauses.size());
    }

    @Test
    void cancellingAWaiterDuringItsPause() {
        CompletableFuture<Map<String, Object>> waiting = client.waitForAsync(Fakes.GET_JOB, Map.of("id", "j"), null, null, null);
        exchanges.get(0).complete(response(200, "{\"status\":\"running\"}"));
        waiting.cancel(true);
        assertTrue(pauses.get(0).isCancelled());
        assertEquals(1, exchanges.size());
    }

    @Test
    void requestAndRawRequestFuturesCancelToo() {
        CompletableFuture<Object> request = client.requestAsync("getItem", Map.of("id", "a"), null, null, null);
        request.cancel(true);
        assertTrue(exchanges.get(0).isCancelled());
        CompletableFuture<RawResponse> raw = client.rawRequestAsync("getItem", Map.of("id", "a"), null, null, null);
        raw.cancel(true);
        assertTrue(exchanges.get(1).isCancelled());
        assertEquals(2, exchanges.size());
    }

    private static HttpResponse<byte[]> response(int status, String json) {
        return new Scripted(status, json);
    }

    /** A future whose cancel does nothing, like a transport that cannot abort an exchange. */
    private static final class Stubborn<T> extends CompletableFuture<T> {
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return false;
        }
    }

    /** A JSON response made up in memory. */
    private static final class Scripted implements HttpResponse<byte[]> {
        private final int status;
        private final String json;

        private Scripted(int status, String json) {
            this.status = status;
            this.json = json;
        }

        @Override
        public int statusCode() {
            return status;
        }

        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(uri()).build();
        }

        @Override
        public Optional<HttpResponse<byte[]>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.of("content-type", List.of("application/json")), (name, value) -> true);
        }

        @Override
        public byte[] body() {
            return json.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return URI.create("https://api.example.test/");
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}

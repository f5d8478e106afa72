package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.ApiConnectionException;
import io.platformexample.sdk.errors.ConflictException;
import io.platformexample.sdk.errors.RateLimitException;
import io.platformexample.sdk.errors.ServerErrorException;
import io.platformexample.sdk.internal.Retries;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {
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

    private ApiClient client() {
        return Fakes.client(server, sleeper).build();
    }

    @Test
    void retriesRetryableStatusesWithExponentialBackoffAndJitter() {
        server.enqueue(Reply.json(503, "{}"), Reply.json(502, "{}"), Reply.json(200, "{\"id\":\"a\"}"));
        Map<String, Object> item = client().call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        assertEquals("a", item.get("id"));
        assertEquals(3, server.requests().size());
        // jitter 0.5 of min(8 s, 0.5 s * 2^n)
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), sleeper.sleeps());
    }

    @Test
    void everyRetryableStatusIsRetried() {
        for (int status : List.of(408, 429, 500, 502, 503, 504)) {
            server.enqueue(Reply.json(status, "{}"), Reply.json(200, "{}"));
        }
        ApiClient client = client();
        for (int i = 0; i < 6; i++) {
            client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        }
        assertEquals(12, server.requests().size());
    }

    @Test
    void backoffGrowsAndIsCapped() {
        assertEquals(Duration.ofMillis(500), Retries.backoff(0, 1.0));
        assertEquals(Duration.ofSeconds(1), Retries.backoff(1, 1.0));
        assertEquals(Duration.ofSeconds(8), Retries.backoff(10, 1.0));
        assertEquals(Duration.ZERO, Retries.backoff(3, 0.0));
    }

    @Test
    void honoursRetryAfterSeconds() {
        server.enqueue(Reply.json(429, "{\"code\":\"rate_limited\"}").header("Retry-After", "3"), Reply.json(200, "{}"));
        client().call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        assertEquals(List.of(Duration.ofSeconds(3)), sleeper.sleeps());
    }

    @Test
    void honoursRetryAfterHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                sleeper.clock().instant().plusSeconds(7).atOffset(ZoneOffset.UTC));
        server.enqueue(Reply.json(503, "{}").header("Retry-After", date), Reply.json(200, "{}"));
        client().call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.sleeps());
    }

    @Test
    void honoursRetryAfterInTheErrorBodyAndCapsLongWaits() {
        server.enqueue(
                Reply.json(429, "{\"statusCode\":429,\"code\":\"rate_limited\",\"retryAfter\":4}"),
                Reply.json(503, "{}").header("Retry-After", "3600"),
                Reply.json(200, "{}"));
        client().call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        assertEquals(List.of(Duration.ofSeconds(4), Defaults.MAX_RETRY_AFTER), sleeper.sleeps());
    }

    @Test
    void maxRetriesPerClientThenTheErrorIsThrown() {
        server.handler(r -> Reply.json(429, "{\"code\":\"rate_limited\",\"message\":\"slow down\"}").header("Retry-After", "1"));
        ApiClient client = Fakes.client(server, sleeper).maxRetries(3).build();
        RateLimitException error = assertThrows(
                RateLimitException.class, () -> client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null));
        assertEquals(4, server.requests().size());
        assertEquals(Duration.ofSeconds(1), error.retryAfter().orElseThrow());
    }

    @Test
    void maxRetriesPerCall() {
        server.handler(r -> Reply.json(500, "{}"));
        ApiClient client = client();
        RequestOptions once = RequestOptions.builder().maxRetries(0).build();
        assertThrows(ServerErrorException.class, () -> client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, once));
        assertEquals(1, server.requests().size());
        assertTrue(sleeper.sleeps().isEmpty());
    }

    @Test
    void postGetsOneIdempotencyKeyReusedAcrossRetries() {
        server.enqueue(Reply.json(503, "{}"), Reply.json(500, "{}"), Reply.json(201, "{}"));
        client().call(Fakes.CREATE_ITEM, null, null, Map.of("name", "x"), null);
        Set<String> keys = server.requests().stream().map(r -> r.header("Idempotency-Key")).collect(Collectors.toSet());
        assertEquals(1, keys.size());
        assertNotNull(keys.iterator().next());
        assertEquals(3, server.requests().size());
    }

    @Test
    void eachCallGetsItsOwnIdempotencyKey() {
        server.enqueue(Reply.json(201, "{}"), Reply.json(201, "{}"));
        ApiClient client = client();
        client.call(Fakes.CREATE_ITEM, null, null, Map.of(), null);
        client.call(Fakes.CREATE_ITEM, null, null, Map.of(), null);
        List<TestServer.Recorded> requests = server.requests();
        assertTrue(!requests.get(0).header("Idempotency-Key").equals(requests.get(1).header("Idempotency-Key")));
    }

    @Test
    void aGivenIdempotencyKeyIsKept() {
        server.enqueue(Reply.json(201, "{}"), Reply.json(201, "{}"));
        ApiClient client = client();
        client.call(Fakes.CREATE_ITEM, null, Map.of("Idempotency-Key", "from-params"), Map.of(), null);
        assertEquals("from-params", server.last().header("Idempotency-Key"));
        client.call(Fakes.CREATE_ITEM, null, null, Map.of(), RequestOptions.builder().idempotencyKey("opt").build());
        assertEquals("opt", server.last().header("Idempotency-Key"));
    }

    @Test
    void noIdempotencyKeyWhenRetriesAreOff() {
        server.enqueue(Reply.json(201, "{}"));
        Fakes.client(server, sleeper).maxRetries(0).build().call(Fakes.CREATE_ITEM, null, null, Map.of(), null);
        assertNull(server.last().header("Idempotency-Key"));
    }

    @Test
    void nonIdempotentRequestsWithoutKeyAreNotRetried() {
        server.handler(r -> Reply.json(503, "{}"));
        ApiClient client = client();
        assertThrows(ServerErrorException.class, () -> client.call(Fakes.PATCH_ITEM, Map.of("id", "a"), null, null, null));
        assertEquals(1, server.requests().size());
        assertNull(server.last().header("Idempotency-Key"));
    }

    @Test
    void nonIdempotentRequestsWithKeyAreRetried() {
        server.enqueue(Reply.json(503, "{}"), Reply.json(200, "{}"));
        RequestOptions keyed = RequestOptions.builder().idempotencyKey("k-1").build();
        client().call(Fakes.PATCH_ITEM, Map.of("id", "a"), null, null, keyed);
        assertEquals(2, server.requests().size());
    }

    @Test
    void otherErrorsAreNotRetried() {
        server.enqueue(Reply.json(409, "{\"code\":\"conflict\"}"));
        assertThrows(ConflictException.class, () -> client().call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null));
        assertEquals(1, server.requests().size());
    }

    @Test
    void connectionErrorsAreRetriedThenThrown() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ApiClient client = Fakes.client(server, sleeper).baseUrl("http://127.0.0.1:" + port).build();
        ApiConnectionException error = assertThrows(
                ApiConnectionException.class, () -> client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null));
        assertEquals(2, sleeper.sleeps().size());
        assertTrue(error.getMessage().startsWith("getItem: GET /items/a: connection failed (after 3 attempts)"), error.getMessage());
        assertEquals("getItem", error.operationId());
    }
}

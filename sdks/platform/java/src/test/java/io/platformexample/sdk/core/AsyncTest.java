package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.InvalidArgumentException;
import io.platformexample.sdk.errors.NotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsyncTest {
    private TestServer server;
    private RecordingSleeper sleeper;
    private ApiClient client;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        sleeper = new RecordingSleeper();
        client = Fakes.client(server, sleeper).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void asyncCallsDecodeTheSameWay() throws Exception {
        server.enqueue(Reply.json(200, "{\"id\":\"a\"}"));
        CompletableFuture<Map<String, Object>> future = client.callAsync(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        assertEquals(Map.of("id", "a"), future.get());
    }

    @Test
    void asyncCallsRetryWithTheSameKeyAndDelays() {
        server.enqueue(Reply.json(503, "{}"), Reply.json(429, "{}").header("Retry-After", "2"), Reply.json(201, "{\"ok\":1}"));
        assertEquals(Map.of("ok", 1), client.callAsync(Fakes.CREATE_ITEM, null, null, Map.of(), null).join());
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofSeconds(2)), sleeper.sleeps());
        assertEquals(1, server.requests().stream().map(r -> r.header("Idempotency-Key")).distinct().count());
    }

    @Test
    void asyncErrorsCompleteExceptionallyWithTheirClass() {
        server.enqueue(Reply.json(404, "{\"code\":\"not_found\"}"));
        ExecutionException error = assertThrows(ExecutionException.class,
                () -> client.callAsync(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null).get());
        NotFoundException cause = assertInstanceOf(NotFoundException.class, error.getCause());
        assertEquals("not_found", cause.code());
    }

    @Test
    void badArgumentsFailTheFutureBeforeSending() {
        ExecutionException error = assertThrows(ExecutionException.class,
                () -> client.callAsync(Fakes.GET_ITEM, Map.of(), null, null, null).get());
        assertInstanceOf(InvalidArgumentException.class, error.getCause());
        assertEquals(0, server.requests().size());
    }

    @Test
    void requestAndRawRequestByOperationId() {
        server.enqueue(Reply.empty(204), Reply.json(409, "{}"));
        assertEquals(Map.of(), client.requestAsync("deleteItem", Map.of("id", "a"), null, null, null).join());
        assertEquals(409, client.rawRequestAsync("getItem", Map.of("id", "a"), null, null, null).join().status());
    }
}

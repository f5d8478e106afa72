package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.InvalidArgumentException;
import io.platformexample.sdk.errors.NotFoundException;
import io.platformexample.sdk.errors.ResponseDecodeException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The raw form of a call: status, headers and request ID as they came, parse() for the result. */
class RawCallTest {
    private TestServer server;
    private ApiClient client;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        client = Fakes.client(server, new RecordingSleeper()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRawCallGivesStatusHeadersRequestIdAndTheTypedResult() {
        server.enqueue(Reply.json(200, "{\"id\":\"a\"}").header("X-Request-Id", "req_1").header("X-Extra", "yes"));
        HttpResponseFor<Map<String, Object>> raw = client.callRaw(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        assertEquals(200, raw.statusCode());
        assertEquals(Optional.of("req_1"), raw.requestId());
        assertEquals(Optional.of("yes"), raw.headers().firstValue("x-extra"));
        assertEquals("{\"id\":\"a\"}", raw.raw().text());
        assertEquals(Map.of("id", "a"), raw.parse());
        assertEquals("/items/a", raw.uri().getPath());
    }

    @Test
    void aResponseWithoutARequestIdAndAnEmptyOne() {
        server.enqueue(Reply.empty(204));
        HttpResponseFor<EmptyResult> raw = client.callRaw(Fakes.DELETE_ITEM, Map.of("id", "a"), null, null, null);
        assertEquals(204, raw.statusCode());
        assertEquals(Optional.empty(), raw.requestId());
        assertInstanceOf(EmptyResult.class, raw.parse());
    }

    @Test
    void anErrorStatusThrowsAsThePlainCallDoes() {
        server.enqueue(Reply.json(404, "{\"code\":\"not_found\"}").header("X-Request-Id", "req_2"));
        NotFoundException error = assertThrows(NotFoundException.class,
                () -> client.callRaw(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null));
        assertEquals(Optional.of("req_2"), error.requestId());
    }

    @Test
    void aBodyThatDoesNotDecodeFailsOnlyWhenParsed() {
        server.enqueue(Reply.text(200, "application/json", "not json"));
        HttpResponseFor<Map<String, Object>> raw = client.callRaw(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        assertEquals(200, raw.statusCode());
        assertThrows(ResponseDecodeException.class, raw::parse);
    }

    @Test
    void theAsyncFormAndBadArguments() throws Exception {
        server.enqueue(Reply.json(201, "{\"ok\":1}").header("X-Request-Id", "req_3"));
        CompletableFuture<HttpResponseFor<Map<String, Object>>> future =
                client.callRawAsync(Fakes.CREATE_ITEM, null, null, Map.of(), null);
        HttpResponseFor<Map<String, Object>> raw = future.get();
        assertEquals(201, raw.statusCode());
        assertEquals(Optional.of("req_3"), raw.requestId());
        assertEquals(Map.of("ok", 1), raw.parse());

        server.enqueue(Reply.json(404, "{}"));
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> client.callRawAsync(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null).get());
        assertInstanceOf(NotFoundException.class, failed.getCause());
        ExecutionException missing = assertThrows(ExecutionException.class,
                () -> client.callRawAsync(Fakes.CREATE_ITEM, null, null, null, null).get());
        assertInstanceOf(InvalidArgumentException.class, missing.getCause());
        assertTrue(client.callRawAsync(Fakes.CREATE_ITEM, null, null, null, null).isCompletedExceptionally());
    }
}

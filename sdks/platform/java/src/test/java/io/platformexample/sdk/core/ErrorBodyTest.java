package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.ApiStatusException;
import io.platformexample.sdk.errors.ConflictException;
import io.platformexample.sdk.errors.NotFoundException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The error body decoded to the model the operation declares for the status, beside the untyped body. */
class ErrorBodyTest {
    /** 404 declares an item-shaped error, {@code default} a map; 500 falls to {@code default}. */
    private static final Operation<Map<String, Object>> FETCH = Operation.<Map<String, Object>>builder("fetch", "GET", "/things/{id}")
            .param("id", Operation.Location.PATH, true, "simple", false)
            .json("200", new TypeReference<Map<String, Object>>() {})
            .json("404", Fakes.Item.class)
            .json("default", new TypeReference<Map<String, Object>>() {})
            .build();

    /** Declares nothing for errors. */
    private static final Operation<Map<String, Object>> BARE = Operation.<Map<String, Object>>builder("bare", "GET", "/bare")
            .json("200", new TypeReference<Map<String, Object>>() {})
            .build();

    private TestServer server;
    private ApiClient client;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        client = Fakes.client(server, new RecordingSleeper()).maxRetries(0).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theDeclaredModelForTheStatusIsOnTheException() {
        server.enqueue(Reply.json(404, "{\"id\":\"missing\",\"code\":\"not_found\"}"));
        NotFoundException error = assertThrows(NotFoundException.class, () -> client.call(FETCH, Map.of("id", "x"), null, null, null));
        assertEquals(Optional.of(new Fakes.Item("missing")), error.errorBody(Fakes.Item.class));
        assertEquals(Optional.of(new Fakes.Item("missing")), error.errorBody());
        assertEquals("not_found", error.code()); // the untyped fields stay
        assertEquals(Map.of("id", "missing", "code", "not_found"), error.body());
        assertEquals(Optional.empty(), error.errorBody(String.class));
    }

    @Test
    void anUndeclaredStatusUsesDefault() {
        server.enqueue(Reply.json(409, "{\"code\":\"conflict\"}"));
        ConflictException error = assertThrows(ConflictException.class, () -> client.call(FETCH, Map.of("id", "x"), null, null, null));
        assertEquals(Optional.of(Map.of("code", "conflict")), error.errorBody());
    }

    @Test
    void aBodyThatDoesNotFitTheModelKeepsOnlyTheUntypedBody() {
        server.enqueue(Reply.json(404, "[1,2]"));
        NotFoundException error = assertThrows(NotFoundException.class, () -> client.call(FETCH, Map.of("id", "x"), null, null, null));
        assertEquals(Optional.empty(), error.errorBody());
        assertInstanceOf(java.util.List.class, error.body());
    }

    @Test
    void noDeclaredErrorMeansNoTypedBody() {
        server.enqueue(Reply.json(404, "{\"id\":\"a\"}"), Reply.text(404, "text/plain", "gone"));
        ApiStatusException error = assertThrows(ApiStatusException.class, () -> client.call(BARE, null, null, null, null));
        assertEquals(Optional.empty(), error.errorBody());
        ApiStatusException text = assertThrows(ApiStatusException.class, () -> client.call(FETCH, Map.of("id", "x"), null, null, null));
        assertEquals(Optional.empty(), text.errorBody());
        assertInstanceOf(String.class, text.body());
    }
}

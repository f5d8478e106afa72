package ai.axhub.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.axhub.sdk.core.TestServer.Recorded;
import ai.axhub.sdk.core.TestServer.Reply;
import ai.axhub.sdk.errors.NotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Resumable event streams: a fake API that ends every connection after two events and resumes
 * after the Last-Event-ID it is sent; the client reconnects with the server's retry wait (on a
 * recording sleeper), delivers every event once, and stops after maxReconnects empty tries.
 */
class ResumeTest {
    private static final Operation<EventStream> EVENTS = Operation.<EventStream>builder("events", "GET", "/events")
            .param("Last-Event-ID", Operation.Location.HEADER, false, "simple", false)
            .response("200", Operation.ResponseKind.EVENTS)
            .json("404", Object.class)
            .resume("Last-Event-ID", 3, 700)
            .build();
    private static final Operation<EventStream> PLAIN = Operation.<EventStream>builder("plain", "GET", "/events")
            .response("200", Operation.ResponseKind.EVENTS)
            .build();

    private TestServer server;
    private RecordingSleeper sleeper;
    private volatile int total = 5;
    private volatile String retry = "retry: 250\n\n";
    private volatile boolean repeatResumed;
    private volatile boolean goneAfterFirst;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        sleeper = new RecordingSleeper();
        server.handler(this::answer);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Two events per connection, after the Last-Event-ID sent. */
    private Reply answer(Recorded request) {
        String last = request.header("Last-Event-ID");
        if (goneAfterFirst && last != null) {
            return Reply.json(404, "{\"code\":\"not_found\",\"message\":\"gone\"}");
        }
        int after = last == null ? 0 : Integer.parseInt(last);
        StringBuilder text = new StringBuilder(retry);
        int from = repeatResumed && after > 0 ? after : after + 1;
        for (int id = from; id <= Math.min(total, after + 2); id++) {
            text.append("id: ").append(id).append("\ndata: {\"n\":").append(id).append("}\n\n");
        }
        return Reply.text(200, "text/event-stream", text.toString());
    }

    private ApiClient client() {
        return ClientBuilder.create(c -> c, Map.of("events", EVENTS, "plain", PLAIN)).baseUrl(server.baseUrl())
                .sleeper(sleeper).clock(sleeper.clock()).build();
    }

    private static List<String> ids(EventStream events) {
        List<String> ids = new ArrayList<>();
        try (events) {
            for (ServerSentEvent event : events) {
                ids.add(event.id().orElse("?"));
            }
        }
        return ids;
    }

    private List<String> lastEventIds() {
        List<String> sent = new ArrayList<>();
        for (Recorded request : server.requests()) {
            sent.add(String.valueOf(request.header("Last-Event-ID")));
        }
        return sent;
    }

    @Test
    void aStreamThatEndsIsResumedAfterTheLastEventWithNothingLostOrRepeated() {
        assertEquals(List.of("1", "2", "3", "4", "5"), ids(client().stream(EVENTS, null, null, null, null)));
        // three connections with events, then maxReconnects (3) tries without one
        assertEquals(List.of("null", "2", "4", "5", "5", "5"), lastEventIds());
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofMillis(250),
                Duration.ofMillis(250)), sleeper.sleeps(), "the server's retry: value before each reconnection");
    }

    @Test
    void withoutTheServersRetryTheDescriptionsWaitIsUsed() {
        retry = "";
        total = 2;
        assertEquals(List.of("1", "2"), ids(client().stream(EVENTS, null, null, null, null)));
        assertEquals(Duration.ofMillis(700), sleeper.sleeps().get(0));
        assertEquals(3, sleeper.sleeps().size());
    }

    @Test
    void theEventTheServerResumedAfterIsNotDeliveredTwice() {
        repeatResumed = true;
        assertEquals(List.of("1", "2", "3", "4", "5"), ids(client().stream(EVENTS, null, null, null, null)));
    }

    @Test
    void theAsyncCallsStreamResumesToo() {
        assertEquals(List.of("1", "2", "3", "4", "5"), ids(client().streamAsync(EVENTS, null, null, null, null).join()));
    }

    @Test
    void anErrorStatusOnAReconnectionEndsTheStreamWithIt() {
        goneAfterFirst = true;
        List<String> seen = new ArrayList<>();
        EventStream events = client().stream(EVENTS, null, null, null, null);
        assertThrows(NotFoundException.class, () -> {
            for (ServerSentEvent event : events) {
                seen.add(event.id().orElse("?"));
            }
        });
        assertEquals(List.of("1", "2"), seen);
        events.close();
    }

    @Test
    void anOperationWithoutResumeIsNotReconnected() {
        assertEquals(List.of("1", "2"), ids(client().stream(PLAIN, null, null, null, null)));
        assertEquals(1, server.requests().size());
    }
}

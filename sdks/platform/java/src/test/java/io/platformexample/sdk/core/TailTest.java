package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.platformexample.sdk.core.Fakes.Line;
import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.InvalidArgumentException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TailTest {
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

    private static String page(String cursor, boolean hasMore, String... messages) {
        String lines = java.util.Arrays.stream(messages).map(m -> "{\"message\":\"" + m + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"lines\":" + lines + ",\"next_cursor\":\"" + cursor + "\",\"has_more\":" + hasMore + "}";
    }

    @Test
    void followsForwardWithThePreviousCursorEveryInterval() {
        server.enqueue(
                Reply.json(200, page("c1", false, "one", "two")),
                Reply.json(200, page("c1", false)),
                Reply.json(200, page("c2", false, "three")));
        ApiClient client = Fakes.client(server, sleeper).build();
        List<String> seen = new ArrayList<>();
        try (Tail<Line> tail = client.tail(Fakes.LOGS, Map.of("app", "a1"), Map.of("since", "2025-01-01T00:00:00Z"),
                TailOptions.defaults().withMaxPolls(3), null)) {
            for (Line line : tail) {
                seen.add(line.message());
            }
            assertEquals(3, tail.polls());
        }
        assertEquals(List.of("one", "two", "three"), seen);
        List<TestServer.Recorded> requests = server.requests();
        assertEquals("forward", requests.get(0).query("direction"));
        assertEquals("2025-01-01T00:00:00Z", requests.get(0).query("since"));
        assertEquals(null, requests.get(0).query("cursor"));
        assertEquals("c1", requests.get(1).query("cursor"));
        assertEquals("c1", requests.get(2).query("cursor"));
        assertEquals(List.of(Defaults.TAIL_INTERVAL, Defaults.TAIL_INTERVAL), sleeper.sleeps());
        assertEquals(Duration.ofSeconds(2), Defaults.TAIL_INTERVAL);
    }

    @Test
    void pollsAgainAtOnceWhenMoreIsWaiting() {
        server.enqueue(
                Reply.json(200, page("c1", true, "a")),
                Reply.json(200, page("c2", false, "b", "c")),
                Reply.json(200, page("c3", false, "d")));
        ApiClient client = Fakes.client(server, sleeper).build();
        try (Tail<Line> tail = client.tail(Fakes.LOGS, Map.of("app", "a1"), Map.of("limit", 2),
                new TailOptions(Duration.ofMillis(500), 3), null)) {
            assertEquals(List.of("a", "b", "c", "d"), tail.stream().map(Line::message).collect(Collectors.toList()));
        }
        // after "a" (has_more) and after "b","c" (a full page of limit 2): no pause
        assertTrue(sleeper.sleeps().isEmpty(), sleeper.sleeps().toString());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void closeStopsABlockedTailFromAnotherThread() throws Exception {
        server.handler(r -> Reply.json(200, page("c", false)));
        ApiClient client = Fakes.client(server, sleeper).sleeper(Sleeper.system()).build();
        Tail<Line> tail = client.tail(Fakes.LOGS, Map.of("app", "a1"), null, TailOptions.defaults().withInterval(Duration.ofSeconds(30)), null);
        CompletableFuture<Boolean> next = CompletableFuture.supplyAsync(tail::hasNext);
        while (server.requests().isEmpty()) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        tail.close();
        assertFalse(next.get(5, TimeUnit.SECONDS));
        assertEquals(1, server.requests().size());
    }

    @Test
    void aDeadlineEndsTheTailWithTheLastPauseCutToIt() {
        server.handler(r -> Reply.json(200, page("c1", false)));
        ApiClient client = Fakes.client(server, sleeper).build();
        TailOptions bounded = TailOptions.defaults().withInterval(Duration.ofSeconds(2)).withTimeout(Duration.ofSeconds(5));
        try (Tail<Line> tail = client.tail(Fakes.LOGS, Map.of("app", "a1"), null, bounded, null)) {
            assertFalse(tail.hasNext());
            assertEquals(3, tail.polls());
        }
        // polls at 0 s, 2 s and 4 s; the last pause is the 1 s left, then the deadline ends it
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1)), sleeper.sleeps());
    }

    @Test
    void theStopCallbackEndsTheTailBeforeItsNextPoll() {
        server.handler(r -> Reply.json(200, page("c1", false, "line")));
        ApiClient client = Fakes.client(server, sleeper).build();
        List<String> seen = new ArrayList<>();
        TailOptions stopping = TailOptions.defaults().withStop(() -> seen.size() >= 2);
        try (Tail<Line> tail = client.tail(Fakes.LOGS, Map.of("app", "a1"), null, stopping, null)) {
            for (Line line : tail) {
                seen.add(line.message());
            }
        }
        assertEquals(List.of("line", "line"), seen);
        assertEquals(2, server.requests().size());
    }

    @Test
    void onlyOperationsWithATailCanBeTailed() {
        ApiClient client = Fakes.client(server, sleeper).build();
        assertThrows(InvalidArgumentException.class, () -> client.tail(Fakes.LIST_CURSOR, null, null, null, null));
    }
}

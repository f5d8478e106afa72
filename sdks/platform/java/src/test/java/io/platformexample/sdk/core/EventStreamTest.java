package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.platformexample.sdk.errors.NotFoundException;
import io.platformexample.sdk.internal.EventParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Server-sent events: parsed as the HTML standard says, read while they arrive, retried only before they begin. */
class EventStreamTest {
    private static final Operation<EventStream> EVENTS = Operation.<EventStream>builder("streamEvents", "GET", "/events")
            .param("topic", Operation.Location.QUERY, false, "form", true)
            .response("200", Operation.ResponseKind.EVENTS)
            .json("default", Object.class)
            .build();

    /** How long a test waits for the other side at most; only a broken client ever waits this long. */
    private static final long PATIENCE_SECONDS = 20;

    private HttpServer server;
    private final Deque<Script> scripts = new ArrayDeque<>();
    private final List<Map<String, List<String>>> requestHeaders = new ArrayList<>();

    /** What the server does with one request. */
    @FunctionalInterface
    private interface Script {
        void run(HttpExchange exchange) throws IOException, InterruptedException;
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try {
                Script script;
                synchronized (scripts) {
                    requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
                    script = scripts.poll();
                }
                if (script == null) {
                    exchange.sendResponseHeaders(599, -1);
                } else {
                    script.run(exchange);
                }
            } catch (IOException | InterruptedException e) {
                // the client went away
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void script(Script... next) {
        synchronized (scripts) {
            scripts.addAll(List.of(next));
        }
    }

    private ApiClient client() {
        RecordingSleeper sleeper = new RecordingSleeper();
        return ClientBuilder.create(c -> c, Map.of("streamEvents", EVENTS))
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                .sleeper(sleeper)
                .clock(sleeper.clock())
                .jitter(() -> 0.5)
                .build();
    }

    private static void begin(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0); // chunked: the body is written as it goes
    }

    private static void chunk(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        chunk(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Test
    void eventsArriveAsTheServerWritesThem() throws Exception {
        CountDownLatch firstSeen = new CountDownLatch(1);
        AtomicBoolean serverWaitedInVain = new AtomicBoolean();
        byte[] name = "data: 名前\n\n".getBytes(StandardCharsets.UTF_8);
        script(exchange -> {
            begin(exchange);
            OutputStream out = exchange.getResponseBody();
            chunk(out, ": keep-alive\r\nevent: greet\r\nid: 1\r\nda");
            chunk(out, "ta: hel");
            chunk(out, "lo\r\n\r\n");
            // The rest only once the client has the first event: a client that waits for the
            // whole body would never get it.
            serverWaitedInVain.set(!firstSeen.await(PATIENCE_SECONDS, TimeUnit.SECONDS));
            chunk(out, "data: line one\rdata: line two\r\r");
            chunk(out, "retry: 1500\ndata:{\"n\":3}\n\n");
            chunk(out, "data: x\r");
            chunk(out, "\ndata: y\r\n\r\n");
            chunk(out, java.util.Arrays.copyOfRange(name, 0, 7)); // splits the first character
            chunk(out, java.util.Arrays.copyOfRange(name, 7, name.length));
            chunk(out, "event: ignored-without-data\n\n");
            chunk(out, "id: 7\ndata: last\n");
            out.close();
        });
        List<ServerSentEvent> events = new ArrayList<>();
        try (EventStream stream = client().call(EVENTS, null, Map.of("topic", "t"), null, null)) {
            assertEquals(200, stream.status());
            for (ServerSentEvent event : stream) {
                events.add(event);
                firstSeen.countDown();
            }
        }
        assertFalse(serverWaitedInVain.get(), "the first event was not handed over before the body ended");
        assertEquals("text/event-stream", requestHeaders.get(0).get("Accept").get(0));
        assertEquals(List.of(
                new ServerSentEvent("greet", "hello", "1", null),
                new ServerSentEvent("message", "line one\nline two", "1", null),
                new ServerSentEvent("message", "{\"n\":3}", "1", 1500L),
                new ServerSentEvent("message", "x\ny", "1", 1500L),
                new ServerSentEvent("message", "名前", "1", 1500L),
                new ServerSentEvent("message", "last", "7", 1500L)), events);
        assertEquals(Map.of("n", 3), events.get(2).dataAs(Map.class));
        assertEquals(Optional.of(Duration.ofMillis(1500)), events.get(2).retry());
        assertEquals(Optional.of("7"), events.get(5).id());
    }

    @Test
    void theStreamViewAndTheAsyncCallGiveTheSameEvents() {
        Script twoEvents = exchange -> {
            begin(exchange);
            OutputStream out = exchange.getResponseBody();
            chunk(out, "data: a\n\n");
            chunk(out, "data: b\n\n");
            out.close();
        };
        script(twoEvents, twoEvents);
        ApiClient client = client();
        try (EventStream stream = client.stream(EVENTS, null, null, null, null)) {
            assertEquals(List.of("a", "b"), stream.stream().map(ServerSentEvent::data).collect(Collectors.toList()));
            assertThrows(IllegalStateException.class, stream::iterator);
        }
        try (EventStream stream = client.callAsync(EVENTS, null, null, null, null).join()) {
            assertEquals(List.of("a", "b"), stream.stream().map(ServerSentEvent::data).collect(Collectors.toList()));
        }
    }

    @Test
    void anErrorStatusBeforeTheStreamIsRetriedThenThrown() {
        AtomicInteger attempts = new AtomicInteger();
        Script unavailable = exchange -> {
            attempts.incrementAndGet();
            reply(exchange, 503, "{\"message\":\"busy\"}");
        };
        Script missing = exchange -> reply(exchange, 404, "{\"code\":\"no_topic\",\"message\":\"no such topic\"}");
        script(unavailable, exchange -> {
            begin(exchange);
            OutputStream out = exchange.getResponseBody();
            chunk(out, "data: after a retry\n\n");
            out.close();
        }, missing, missing);
        ApiClient client = client();
        try (EventStream stream = client.call(EVENTS, null, null, null, null)) {
            assertEquals(List.of("after a retry"), stream.stream().map(ServerSentEvent::data).collect(Collectors.toList()));
        }
        assertEquals(1, attempts.get());
        NotFoundException error = assertThrows(NotFoundException.class, () -> client.call(EVENTS, null, null, null, null));
        assertEquals("no_topic", error.code());
        Throwable async = assertThrows(Exception.class, () -> client.streamAsync(EVENTS, null, null, null, null).join()).getCause();
        assertTrue(async instanceof NotFoundException, String.valueOf(async));
    }

    @Test
    void closingEndsTheExchange() throws Exception {
        CountDownLatch clientGone = new CountDownLatch(1);
        script(exchange -> {
            begin(exchange);
            OutputStream out = exchange.getResponseBody();
            chunk(out, "data: first\n\n");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            try {
                while (System.nanoTime() < deadline) {
                    chunk(out, ": still here\n");
                    Thread.sleep(10);
                }
            } catch (IOException e) {
                clientGone.countDown(); // the write failed: the client closed the connection
            }
        });
        EventStream stream = client().call(EVENTS, null, null, null, null);
        Iterator<ServerSentEvent> events = stream.iterator();
        assertEquals("first", events.next().data());
        stream.close();
        assertFalse(events.hasNext());
        assertTrue(clientGone.await(PATIENCE_SECONDS, TimeUnit.SECONDS), "the server kept writing to a closed stream");
    }

    @Test
    void theTimeoutCoversTheWaitForTheHeadersNotTheQuietBetweenEvents() {
        script(exchange -> {
            begin(exchange);
            OutputStream out = exchange.getResponseBody();
            chunk(out, "data: early\n\n");
            Thread.sleep(800); // four times the client's timeout
            chunk(out, "data: late\n\n");
            out.close();
        });
        RecordingSleeper sleeper = new RecordingSleeper();
        ApiClient client = ClientBuilder.create(c -> c, Map.of("streamEvents", EVENTS))
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                .sleeper(sleeper)
                .timeout(Duration.ofMillis(200))
                .build();
        try (EventStream stream = client.call(EVENTS, null, null, null, null)) {
            assertEquals(List.of("early", "late"), stream.stream().map(ServerSentEvent::data).collect(Collectors.toList()));
        }
    }

    @Test
    void eventsAddingUpToMoreThanTheTimeoutAllArrive() {
        script(exchange -> {
            begin(exchange);
            OutputStream out = exchange.getResponseBody();
            for (int n = 0; n < 5; n++) {
                chunk(out, "data: " + n + "\n\n");
                Thread.sleep(100); // each gap within the 250 ms timeout; together twice it
            }
            chunk(out, "data: last"); // and no blank line after the last event
            out.close();
        });
        ApiClient client = ClientBuilder.create(c -> c, Map.of("streamEvents", EVENTS))
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                .sleeper(new RecordingSleeper())
                .timeout(Duration.ofMillis(250))
                .build();
        try (EventStream stream = client.call(EVENTS, null, null, null, null)) {
            assertEquals(List.of("0", "1", "2", "3", "4", "last"), stream.stream().map(ServerSentEvent::data).collect(Collectors.toList()));
        }
    }

    @Test
    void aRawResponseReadsTheSameEventsFromMemory() throws Exception {
        script(exchange -> {
            begin(exchange);
            OutputStream out = exchange.getResponseBody();
            chunk(out, "data: one\n\ndata: two");
            out.close();
        });
        RawResponse raw = client().rawRequest("streamEvents", null, null, null, null);
        try (EventStream stream = (EventStream) raw.parsed()) {
            assertEquals(List.of("one", "two"), stream.stream().map(ServerSentEvent::data).collect(Collectors.toList()));
        }
    }

    private static List<ServerSentEvent> parse(String text) throws IOException {
        EventParser parser = new EventParser(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<ServerSentEvent> events = new ArrayList<>();
        for (ServerSentEvent event = parser.next(); event != null; event = parser.next()) {
            events.add(event);
        }
        return events;
    }

    @Test
    void theParserFollowsTheStandardsFieldRules() throws IOException {
        assertEquals(List.of(new ServerSentEvent("message", "x", null, null)), parse("\uFEFFdata: x\n\n"));
        assertEquals(List.of(new ServerSentEvent("message", "", null, null)), parse("data\n\n"));
        assertEquals(List.of(new ServerSentEvent("message", " two spaces", null, null)), parse("data:  two spaces\n\n"));
        assertEquals(List.of(new ServerSentEvent("message", "a\n", null, null)), parse("data: a\ndata:\n\n"));
        assertEquals(List.of(new ServerSentEvent("message", "v", "ok", null)), parse("id: ok\nid: b\0d\nretry: 1x\ndata: v\n\n"));
        assertEquals(List.of(new ServerSentEvent("message", "v", null, null)), parse("id: 5\nid\ndata: v\n\n"));
        assertEquals(List.of(), parse("event: e\n\n: comment\nunknown: field\n\n"));
        assertEquals(List.of(new ServerSentEvent("message", "after", null, null)), parse("event: e\n\ndata: after\n\n"));
        assertEquals(List.of(), parse(""));
    }

    /** A body that hands out one byte per read, so every field is split across reads. */
    @Test
    void theParserDoesNotCareWhereReadsEnd() throws IOException {
        byte[] text = "event: e\r\ndata: 1\r\rdata: 2\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new InputStream() {
            private int next;

            @Override
            public int read() {
                return next < text.length ? text[next++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (next >= text.length) {
                    return -1;
                }
                buffer[offset] = text[next++];
                return 1;
            }
        };
        EventParser parser = new EventParser(trickle);
        assertEquals(new ServerSentEvent("e", "1", null, null), parser.next());
        assertEquals(new ServerSentEvent("message", "2", null, null), parser.next());
        assertEquals(null, parser.next());
    }
}

package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.InvalidArgumentException;
import io.platformexample.sdk.errors.WaiterTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WaiterTest {
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
    void pollsUntilTheFieldIsTerminal() {
        server.enqueue(
                Reply.json(200, "{\"status\":\"running\"}"),
                Reply.json(200, "{\"status\":\"running\"}"),
                Reply.json(200, "{\"status\":\"done\",\"id\":\"j\"}"));
        Map<String, Object> job = client.waitFor(Fakes.GET_JOB, Map.of("id", "j"), null, null, null);
        assertEquals("done", job.get("status"));
        assertEquals(3, server.requests().size());
        assertEquals(List.of(Defaults.WAIT_INTERVAL, Defaults.WAIT_INTERVAL), sleeper.sleeps());
    }

    @Test
    void timesOutWithTheLastResult() {
        server.handler(r -> Reply.json(200, "{\"status\":\"running\"}"));
        WaitOptions wait = new WaitOptions(Duration.ofSeconds(5), Duration.ofSeconds(2));
        WaiterTimeoutException error = assertThrows(
                WaiterTimeoutException.class, () -> client.waitFor(Fakes.GET_JOB, Map.of("id", "j"), null, wait, null));
        assertEquals("running", error.value());
        assertEquals(Map.of("status", "running"), error.last());
        assertEquals(Duration.ofSeconds(5), error.timeout());
        // 2 s, 2 s, then the last 1 s of the 5 s budget
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1)), sleeper.sleeps());
        assertEquals(4, server.requests().size());
    }

    @Test
    void waitsWithoutBlocking() {
        server.enqueue(Reply.json(200, "{\"status\":\"queued\"}"), Reply.json(200, "{\"status\":\"failed\"}"));
        Map<String, Object> job = client.waitForAsync(Fakes.GET_JOB, Map.of("id", "j"), null, WaitOptions.defaults(), null).join();
        assertEquals("failed", job.get("status"));
    }

    @Test
    void asyncTimeoutsCompleteExceptionally() {
        server.handler(r -> Reply.json(200, "{\"status\":\"running\"}"));
        WaitOptions wait = WaitOptions.defaults().withTimeout(Duration.ofSeconds(1)).withInterval(Duration.ofMillis(400));
        CompletionException error = assertThrows(CompletionException.class,
                () -> client.waitForAsync(Fakes.GET_JOB, Map.of("id", "j"), null, wait, null).join());
        assertInstanceOf(WaiterTimeoutException.class, error.getCause());
    }

    @Test
    void maxPollsAndTheStopCallbackBoundTheWait() {
        server.handler(r -> Reply.json(200, "{\"status\":\"running\"}"));
        WaiterTimeoutException polls = assertThrows(WaiterTimeoutException.class, () -> client.waitFor(
                Fakes.GET_JOB, Map.of("id", "j"), null, WaitOptions.defaults().withMaxPolls(3), null));
        assertEquals(3, server.requests().size());
        assertTrue(polls.getMessage().contains("after 3 polls"), polls.getMessage());
        assertEquals("running", polls.value());

        int before = server.requests().size();
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        WaitOptions stopping = WaitOptions.defaults().withStop(() -> asked.incrementAndGet() >= 2);
        WaiterTimeoutException stopped = assertThrows(WaiterTimeoutException.class,
                () -> client.waitFor(Fakes.GET_JOB, Map.of("id", "j"), null, stopping, null));
        assertTrue(stopped.getMessage().contains("stop callback"), stopped.getMessage());
        assertEquals(2, server.requests().size() - before);

        CompletionException async = assertThrows(CompletionException.class, () -> client.waitForAsync(
                Fakes.GET_JOB, Map.of("id", "j"), null, WaitOptions.defaults().withMaxPolls(1), null).join());
        assertInstanceOf(WaiterTimeoutException.class, async.getCause());
    }

    @Test
    void badBoundsAreTheSdksError() {
        assertThrows(InvalidArgumentException.class, () -> WaitOptions.defaults().withMaxPolls(0));
        assertThrows(InvalidArgumentException.class, () -> new WaitOptions(Duration.ofSeconds(-1), Duration.ZERO));
        assertThrows(InvalidArgumentException.class, () -> new WaitOptions(null, Duration.ZERO));
        assertThrows(InvalidArgumentException.class, () -> TailOptions.defaults().withTimeout(Duration.ZERO));
        assertThrows(InvalidArgumentException.class, () -> new TailOptions(Duration.ofSeconds(1), -1));
    }

    @Test
    void onlyOperationsWithAWaiterWait() {
        assertThrows(InvalidArgumentException.class, () -> client.waitFor(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null));
    }
}

package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.ClientClosedException;
import io.platformexample.sdk.errors.InvalidArgumentException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings from the environment, settings refused at build time, and a closed client. */
class ConfigurationTest {
    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ClientBuilder<ApiClient> builder() {
        return ClientBuilder.create(c -> c, Fakes.OPERATIONS).baseUrl("https://default.example");
    }

    @Test
    void theEnvironmentSetsTokenBaseUrlAndLog() {
        Map<String, String> env = Map.of("ACME_TOKEN", "env-token", "ACME_BASE_URL", server.baseUrl(), "ACME_LOG", "debug");
        ApiClient client = builder().environment("ACME", env::get).sleeper(new RecordingSleeper()).build();
        assertEquals("env-token", client.options().token());
        assertEquals(server.baseUrl().replaceAll("/+$", ""), client.options().baseUrl());
        assertNotNull(client.options().listener());

        server.enqueue(Reply.json(200, "{\"id\":\"a\"}"));
        client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        assertEquals("Bearer env-token", server.last().header("Authorization"));
    }

    @Test
    void explicitSettingsWinOverTheEnvironmentAndEmptyVariablesChangeNothing() {
        Map<String, String> env = Map.of("ACME_TOKEN", "env-token", "ACME_BASE_URL", "https://env.example");
        ApiClient client = builder().environment("ACME", env::get).token("given").baseUrl("https://given.example").build();
        assertEquals("given", client.options().token());
        assertEquals("https://given.example", client.options().baseUrl());

        Map<String, String> empty = Map.of("ACME_TOKEN", "", "ACME_BASE_URL", "", "ACME_LOG", "");
        ApiClient unchanged = builder().environment("ACME", empty::get).build();
        assertNull(unchanged.options().token());
        assertEquals("https://default.example", unchanged.options().baseUrl());
        assertNull(unchanged.options().listener());
    }

    @Test
    void aBaseUrlThatIsNotAbsoluteHttpWithAHostIsRefusedAtBuild() {
        for (String bad : new String[] {"ftp://example.com", "localhost:8080", "/v1", "http://", "https:///path", "not a url"}) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> builder().baseUrl(bad).build(), bad);
            assertTrue(e.getMessage().contains("baseUrl"), e.getMessage());
        }
        Map<String, String> env = Map.of("ACME_BASE_URL", "ftp://example.com");
        assertThrows(InvalidArgumentException.class, () -> builder().environment("ACME", env::get).build());
        assertEquals("HTTPS://Example.com", builder().baseUrl("HTTPS://Example.com").build().options().baseUrl());
    }

    @Test
    void badOptionValuesAreRefusedAtBuild() {
        assertThrows(InvalidArgumentException.class, () -> builder().timeout(Duration.ofSeconds(-1)).build());
        assertThrows(InvalidArgumentException.class, () -> builder().timeout(Duration.ZERO).build());
        assertThrows(InvalidArgumentException.class, () -> builder().connectTimeout(Duration.ofMillis(-5)).build());
        assertThrows(InvalidArgumentException.class, () -> builder().maxRetries(-1).build());
        Map<String, String> env = Map.of("ACME_LOG", "loud");
        InvalidArgumentException e = assertThrows(
                InvalidArgumentException.class, () -> builder().environment("ACME", env::get).build());
        assertTrue(e.getMessage().contains("ACME_LOG=loud"), e.getMessage());
    }

    @Test
    void aClosedClientRefusesCallsWithTheSdksError() {
        ApiClient client = builder().baseUrl(server.baseUrl()).build();
        client.close();
        assertTrue(client.isClosed());
        assertThrows(ClientClosedException.class, () -> client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null));
        CompletionException async = assertThrows(CompletionException.class,
                () -> client.callAsync(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null).join());
        assertInstanceOf(ClientClosedException.class, async.getCause());
        assertThrows(ClientClosedException.class, () -> client.iterate(Fakes.LIST_OFFSET, null, null, null).iterator().next());
        assertEquals(0, server.requests().size());
        client.close(); // twice is fine
    }
}

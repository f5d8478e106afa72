package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.type.TypeReference;
import io.platformexample.sdk.core.TestServer.Reply;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tenant header: only on tenant-scoped operations of an API that declares one, from the option or the environment. */
class TenantTest {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private static final Operation<Map<String, Object>> SCOPED = Operation.<Map<String, Object>>builder("scoped", "GET", "/scoped")
            .param("X-Org", Operation.Location.HEADER, false, "simple", false)
            .tenantScoped()
            .json("200", MAP)
            .build();
    private static final Operation<Map<String, Object>> UNSCOPED = Operation.<Map<String, Object>>builder("unscoped", "GET", "/unscoped")
            .json("200", MAP)
            .build();

    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        server.handler(r -> Reply.json(200, "{}"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ClientBuilder<ApiClient> client() {
        return ClientBuilder.create(c -> c, Map.of("scoped", SCOPED, "unscoped", UNSCOPED)).baseUrl(server.baseUrl());
    }

    private String sent(ApiClient client, Operation<Map<String, Object>> operation, Map<String, ?> query, RequestOptions options) {
        client.call(operation, null, query, null, options);
        return server.last().header("X-Org");
    }

    @Test
    void theTenantGoesOnlyToTenantScopedOperations() {
        ApiClient client = client().tenant("X-Org", "ORG_ID").tenantId("t-1").build();
        assertEquals("t-1", sent(client, SCOPED, null, null));
        assertNull(sent(client, UNSCOPED, null, null));
        client.call(UNSCOPED, null, null, null, null);
        assertNull(server.last().header("X-Tenant-ID"), "not under the default name either");
    }

    @Test
    void aCallOverridesTheTenantOrSendsNone() {
        ApiClient client = client().tenant("X-Org", "ORG_ID").tenantId("t-1").build();
        assertEquals("t-2", sent(client, SCOPED, null, RequestOptions.builder().tenantId("t-2").build()));
        assertNull(sent(client, SCOPED, null, RequestOptions.builder().tenantId("").build()));
        assertEquals("t-3", sent(client, SCOPED, Map.of("X-Org", "t-3"), null), "the operation's own parameter wins");
        assertEquals("t-1", sent(ClientBuilder.from(client.options(), c -> c, client.operations()).build(), SCOPED, null, null), "kept by a copy");
    }

    @Test
    void theTenantIsNeverRequired() {
        ApiClient client = client().tenant("X-Org", "ORG_ID").build();
        assertNull(sent(client, SCOPED, null, null));
    }

    @Test
    void theEnvironmentSetsTheTenantAndTheOptionWins() {
        Map<String, String> env = Map.of("ACME_ORG_ID", "from-env");
        ApiClient fromEnv = client().tenant("X-Org", "ORG_ID").environment("ACME", env::get).build();
        assertEquals("from-env", sent(fromEnv, SCOPED, null, null));
        ApiClient optionWins = client().tenant("X-Org", "ORG_ID").environment("ACME", env::get).tenantId("given").build();
        assertEquals("given", sent(optionWins, SCOPED, null, null));
        ApiClient undeclared = client().environment("ACME", env::get).build();
        undeclared.call(SCOPED, null, null, null, null);
        assertNull(server.last().header("X-Tenant-ID"), "an API without a tenant header reads no such variable");
    }

    @Test
    void anApiWithoutATenantHeaderSendsXTenantIdEverywhere() {
        ApiClient client = client().tenantId("t-9").build();
        client.call(UNSCOPED, null, null, null, null);
        assertEquals("t-9", server.last().header("X-Tenant-ID"));
    }
}

package io.orgs.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.orgs.sdk.core.TestServer;
import io.orgs.sdk.core.TestServer.Reply;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An API whose tenant header is X-Org and whose client option is organizationId (env ORGS_ORG). */
class OrgsTenantTest {
    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        server.handler(r -> Reply.json(200, "{\"names\":[]}"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theOptionOfTheDescriptionFillsTheDeclaredHeaderOnScopedOperationsOnly() {
        OrgsClient client = OrgsClient.builder().baseUrl(server.baseUrl()).token("t").organizationId("org-1").build();
        client.projects().listProjects(null, null, null);
        assertEquals("org-1", server.last().header("X-Org"));
        assertNull(server.last().header("X-Tenant-ID"));
        client.projects().getMe(null, null, null);
        assertNull(server.last().header("X-Org"), "not on an operation without the header");

        client.withOptions(b -> b.organizationId("org-2")).projects().listProjects(null, null, null);
        assertEquals("org-2", server.last().header("X-Org"));
    }

    @Test
    void theVariableSetsItAndTheOptionWins() {
        Map<String, String> env = Map.of("ORGS_ORG", "from-env");
        OrgsClient fromEnv = OrgsClient.builder().environment("ORGS", env::get).baseUrl(server.baseUrl()).token("t").build();
        fromEnv.projects().listProjects(null, null, null);
        assertEquals("from-env", server.last().header("X-Org"));
        OrgsClient given = OrgsClient.builder().environment("ORGS", env::get).organizationId("given")
                .baseUrl(server.baseUrl()).token("t").build();
        given.projects().listProjects(null, null, null);
        assertEquals("given", server.last().header("X-Org"));
    }
}

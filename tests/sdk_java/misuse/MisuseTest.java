package ai.axhub.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.axhub.sdk.core.HttpResponseFor;
import ai.axhub.sdk.core.RecordingSleeper;
import ai.axhub.sdk.core.TestServer;
import ai.axhub.sdk.core.TestServer.Reply;
import ai.axhub.sdk.errors.ClientClosedException;
import ai.axhub.sdk.errors.InvalidArgumentException;
import ai.axhub.sdk.errors.NotFoundException;
import ai.axhub.sdk.errors.SdkException;
import ai.axhub.sdk.models.Deployment;
import ai.axhub.sdk.models.Error;
import ai.axhub.sdk.params.DeploymentsListParams;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every Java case of issue 16's "What users found", as a user meets it, now ends in the SDK's own
 * exception (or works): ftp:// and host-less base URLs refused by build(), a missing token refused
 * by build() (an empty one is none on purpose), bad option values and an unknown log level refused
 * by build(), a closed client refusing sync and async calls, primitive page sizes, typed error
 * bodies with the request ID, and the request ID of a success through withRawResponse().
 */
class MisuseTest {
    private static final String APP = "3f1c2a9e-0000-4000-8000-000000000001";
    private static final String DID = "9b2e6c1d-0000-4000-8000-000000000002";

    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AxHubClient client() {
        return AxHubClient.builder().baseUrl(server.baseUrl()).token("tok_owner").sleeper(new RecordingSleeper()).build();
    }

    private static String deployment() {
        return "{\"id\":\"" + DID + "\",\"app_id\":\"" + APP + "\",\"commit_sha\":\"" + "a".repeat(40) + "\","
                + "\"status\":\"building\",\"trigger_source\":\"manual\",\"started_at\":\"2025-01-02T03:04:05Z\"}";
    }

    @Test
    void baseUrlsThatAreNotAbsoluteHttpAreRefusedAtBuild() {
        for (String bad : new String[] {"ftp://example.com", "localhost:8080", "example.com/api", "http://"}) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> AxHubClient.builder().baseUrl(bad).token("t").build(), bad);
            assertTrue(e.getMessage().contains("baseUrl"), e.getMessage());
        }
        Map<String, String> env = Map.of("AXHUB_BASE_URL", "ftp://example.com");
        assertThrows(InvalidArgumentException.class,
                () -> AxHubClient.builder().environment("AXHUB", env::get).token("t").build());
    }

    @Test
    void aMissingTokenIsRefusedAtBuildAndAnEmptyOneIsNoneOnPurpose() {
        assumeTrue(System.getenv("AXHUB_TOKEN") == null || System.getenv("AXHUB_TOKEN").isEmpty(),
                "AXHUB_TOKEN is set in this environment");
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> AxHubClient.builder().baseUrl(server.baseUrl()).build());
        assertTrue(e.getMessage().contains("AXHUB_TOKEN"), e.getMessage());
        server.enqueue(Reply.json(401, "{\"code\":\"unauthorized\",\"message\":\"no token\"}"));
        AxHubClient anonymous = AxHubClient.builder().baseUrl(server.baseUrl()).token("").maxRetries(0).build();
        assertThrows(SdkException.class, () -> anonymous.deployments().get(APP, DID));
        assertEquals(null, server.last().header("Authorization"));
    }

    @Test
    void badOptionValuesAreRefusedAtBuild() {
        assertThrows(InvalidArgumentException.class,
                () -> AxHubClient.builder().token("t").timeout(Duration.ofSeconds(-5)).build());
        assertThrows(InvalidArgumentException.class, () -> AxHubClient.builder().token("t").maxRetries(-1).build());
        Map<String, String> env = Map.of("AXHUB_LOG", "loud");
        InvalidArgumentException log = assertThrows(InvalidArgumentException.class,
                () -> AxHubClient.builder().environment("AXHUB", env::get).token("t").build());
        assertTrue(log.getMessage().contains("AXHUB_LOG=loud"), log.getMessage());
    }

    @Test
    void aClosedClientRefusesSyncAndAsyncCalls() {
        AxHubClient client = client();
        client.close();
        assertThrows(ClientClosedException.class, () -> client.deployments().get(APP, DID));
        CompletionException async = assertThrows(CompletionException.class,
                () -> client.deployments().getAsync(APP, DID).join());
        assertInstanceOf(ClientClosedException.class, async.getCause());
        assertEquals(0, server.requests().size());
    }

    @Test
    void pageSizesArePrimitiveAndNullPathArgumentsAreTheSdksError() {
        server.enqueue(Reply.json(200, "{\"items\":[],\"next_cursor\":\"\",\"total\":0}"));
        AxHubClient client = client();
        assertEquals(0, client.deployments().list(APP, DeploymentsListParams.builder().limit(2).build()).items().size());
        assertEquals("2", server.last().query("limit"));
        assertThrows(InvalidArgumentException.class, () -> client.deployments().get(null, DID));
    }

    @Test
    void errorBodiesAreTypedAndSuccessesCarryTheirRequestId() {
        AxHubClient client = client();
        server.enqueue(Reply.json(404, "{\"code\":\"not_found\",\"message\":\"no such deployment\"}")
                .header("X-Request-Id", "req_404"));
        NotFoundException missing = assertThrows(NotFoundException.class, () -> client.deployments().get(APP, DID));
        assertEquals("not_found", missing.code());
        assertEquals(Optional.of("req_404"), missing.requestId());
        Error typed = missing.errorBody(Error.class).orElseThrow();
        assertEquals("no such deployment", typed.message());

        server.enqueue(Reply.json(200, deployment()).header("X-Request-Id", "req_ok"));
        HttpResponseFor<Deployment> ok = client.deployments().withRawResponse().get(APP, DID);
        assertEquals(Optional.of("req_ok"), ok.requestId());
        assertEquals(DID, ok.parse().id());
    }
}
